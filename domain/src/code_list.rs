//! Closed code lists (the law's service types, delivery forms, target groups).
//!
//! Every list shares one shape: a stable ASCII slug used in URLs and data files, a Czech label for
//! people, and a bit position used to store a set of values as one integer in the database.
//! Bit positions are persisted: append new variants, never renumber old ones.

/// Why a slug was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("neznámá hodnota „{value}“ v číselníku {list}")]
pub struct UnknownCode {
    pub list: &'static str,
    pub value: String,
}

/// Declares a code list enum with its slug, Czech label and persisted bit.
macro_rules! code_list {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident as $list:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $bit:literal, $slug:literal, $label:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in the order people expect to see them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable ASCII identifier used in URLs and data files.
            pub const fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug,)+ }
            }

            /// The Czech name shown to people.
            pub const fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }

            /// The persisted bit position of this value in a stored set.
            pub const fn bit(self) -> u32 {
                match self { $($name::$variant => $bit,)+ }
            }

            /// Parses a slug.
            pub fn from_slug(slug: &str) -> Result<Self, $crate::code_list::UnknownCode> {
                match slug {
                    $($slug => Ok($name::$variant),)+
                    other => Err($crate::code_list::UnknownCode {
                        list: $list,
                        value: other.chars().take(60).collect(),
                    }),
                }
            }

            /// Packs a set of values into the integer stored in the database.
            pub fn mask<'a>(values: impl IntoIterator<Item = &'a $name>) -> i64 {
                values.into_iter().fold(0i64, |acc, v| acc | (1i64 << v.bit()))
            }

            /// Unpacks a stored integer; unknown bits are ignored.
            pub fn from_mask(mask: i64) -> Vec<$name> {
                Self::ALL.iter().copied().filter(|v| mask & (1i64 << v.bit()) != 0).collect()
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.label())
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::code_list::UnknownCode;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::from_slug(s)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.slug())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let slug = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                Self::from_slug(&slug).map_err(::serde::de::Error::custom)
            }
        }
    };
}

pub(crate) use code_list;
