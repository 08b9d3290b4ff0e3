//! Embedding the portal's views in municipal websites: which views can be embedded, the colour
//! schemes a host may choose (an allow-list, so every one keeps WCAG AA contrast), the origins
//! allowed to frame the views, and the snippets a webmaster pastes.

/// A view that can be embedded, with its path under `/embed/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedView {
    Catalogue,
    Map,
    Wizard,
    Faq,
}

impl EmbedView {
    pub const ALL: [EmbedView; 4] = [
        EmbedView::Catalogue,
        EmbedView::Map,
        EmbedView::Wizard,
        EmbedView::Faq,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            EmbedView::Catalogue => "sluzby",
            EmbedView::Map => "mapa",
            EmbedView::Wizard => "pomoc",
            EmbedView::Faq => "dotazy",
        }
    }

    pub fn from_slug(slug: &str) -> Option<EmbedView> {
        EmbedView::ALL.into_iter().find(|v| v.slug() == slug)
    }

    /// The iframe's title: what a screen reader announces on the host's page.
    pub fn title(self) -> &'static str {
        match self {
            EmbedView::Catalogue => "Katalog sociálních služeb",
            EmbedView::Map => "Mapa sociálních služeb",
            EmbedView::Wizard => "Průvodce Potřebuji pomoc",
            EmbedView::Faq => "Časté dotazy o sociálních službách",
        }
    }

    /// The height the frame starts with, before the view reports its own.
    pub fn initial_height(self) -> u32 {
        match self {
            EmbedView::Map => 560,
            _ => 420,
        }
    }
}

/// A colour scheme a host may pick (`barva=`): the brand colour, its dark and its light shade.
/// Each dark shade reaches 4.5:1 on white and white text reaches 4.5:1 on it, and each light
/// shade keeps the site's dark text at 4.5:1: no choice can break the contrast.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub slug: &'static str,
    pub label: &'static str,
    pub brand: &'static str,
    pub brand_dark: &'static str,
    pub brand_light: &'static str,
}

pub const PALETTES: [Palette; 5] = [
    Palette {
        slug: "zelena",
        label: "zelená (výchozí)",
        brand: "#0b5e55",
        brand_dark: "#07443d",
        brand_light: "#e6f2f0",
    },
    Palette {
        slug: "modra",
        label: "modrá",
        brand: "#1d4f91",
        brand_dark: "#143a6b",
        brand_light: "#e7eef8",
    },
    Palette {
        slug: "cervena",
        label: "červená",
        brand: "#a4262c",
        brand_dark: "#7a1c21",
        brand_light: "#f8e9ea",
    },
    Palette {
        slug: "fialova",
        label: "fialová",
        brand: "#5c2d91",
        brand_dark: "#43206b",
        brand_light: "#efe8f6",
    },
    Palette {
        slug: "seda",
        label: "šedá",
        brand: "#3d4451",
        brand_dark: "#2a2f38",
        brand_light: "#eceef1",
    },
];

impl Palette {
    /// The palette of a `barva=` value; `None` for anything not on the list.
    pub fn from_slug(slug: &str) -> Option<Palette> {
        PALETTES.into_iter().find(|p| p.slug == slug)
    }

    /// The CSS custom properties the view's frame sets.
    pub fn style(self) -> String {
        format!(
            "--brand: {}; --brand-dark: {}; --brand-light: {};",
            self.brand, self.brand_dark, self.brand_light
        )
    }
}

/// WCAG 2.1 contrast ratio of two `#rrggbb` colours.
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

fn luminance(hex: &str) -> Option<f64> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let c = f64::from(u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?) / 255.0;
        Some(if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

/// Why an origin in the allow-list was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("„{0}“ není původ webu ve tvaru https://www.obec.cz (bez cesty)")]
pub struct OriginError(pub String);

/// A web origin (`https://www.mesto-pisek.cz`, `http://127.0.0.1:3311`): scheme, host, port.
pub fn parse_origin(input: &str) -> Result<String, OriginError> {
    let refuse = || OriginError(input.chars().take(80).collect());
    let trimmed = input.trim().trim_end_matches('/');
    let (scheme, rest) = trimmed.split_once("://").ok_or_else(refuse)?;
    if !matches!(scheme, "http" | "https") || rest.is_empty() {
        return Err(refuse());
    }
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => {
            if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) || port.len() > 5 {
                return Err(refuse());
            }
            (host, Some(port))
        }
        _ => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'));
    if !host_ok {
        return Err(refuse());
    }
    Ok(match port {
        Some(port) => format!("{scheme}://{}:{port}", host.to_ascii_lowercase()),
        None => format!("{scheme}://{}", host.to_ascii_lowercase()),
    })
}

/// The `Content-Security-Policy` of embedded views: the portal itself (the generator's preview)
/// and the allowed origins may frame them.
pub fn embed_frame_ancestors(origins: &[String]) -> String {
    let mut policy = String::from("frame-ancestors 'self'");
    for origin in origins {
        policy.push(' ');
        policy.push_str(origin);
    }
    policy
}

/// What the generator's form chose: the view, and the filter and colours it passes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedChoice {
    pub view: EmbedView,
    pub municipality: Option<crate::MunicipalityCode>,
    pub audience: Option<crate::AudienceSlug>,
    pub palette: Palette,
}

/// A value of the generator's form that is not one of its choices, by field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChoiceError {
    #[error("Pohled „{0}“ neznáme; vyberte katalog, mapu, průvodce nebo dotazy.")]
    View(String),
    #[error("„{0}“ není kód obce.")]
    Municipality(String),
    #[error("„{0}“ není skupina obyvatel.")]
    Audience(String),
    #[error("Barvu „{0}“ nenabízíme; vyberte jednu z nabídky (všechny mají dostatečný kontrast).")]
    Colour(String),
}

impl ChoiceError {
    /// The form field it belongs to.
    pub fn field(&self) -> &'static str {
        match self {
            ChoiceError::View(_) => "pohled",
            ChoiceError::Municipality(_) => "obec",
            ChoiceError::Audience(_) => "skupina",
            ChoiceError::Colour(_) => "barva",
        }
    }
}

impl Default for EmbedChoice {
    fn default() -> Self {
        EmbedChoice {
            view: EmbedView::Catalogue,
            municipality: None,
            audience: None,
            palette: PALETTES[0],
        }
    }
}

impl EmbedChoice {
    /// Reads `pohled`, `obec`, `skupina` and `barva`; what is not a choice is named and left at
    /// its default.
    pub fn from_query(query: &str) -> (EmbedChoice, Vec<ChoiceError>) {
        let mut choice = EmbedChoice::default();
        let mut errors = Vec::new();
        let shorten = |v: &str| v.chars().take(40).collect::<String>();
        for (key, value) in crate::query::parse_pairs(query).unwrap_or_default() {
            if value.is_empty() {
                continue;
            }
            match key.as_str() {
                "pohled" => match EmbedView::from_slug(&value) {
                    Some(view) => choice.view = view,
                    None => errors.push(ChoiceError::View(shorten(&value))),
                },
                "obec" => match crate::MunicipalityCode::parse(&value) {
                    Ok(code) => choice.municipality = Some(code),
                    Err(_) => errors.push(ChoiceError::Municipality(shorten(&value))),
                },
                "skupina" => match crate::AudienceSlug::parse(&value) {
                    Ok(slug) => choice.audience = Some(slug),
                    Err(_) => errors.push(ChoiceError::Audience(shorten(&value))),
                },
                "barva" => match Palette::from_slug(&value) {
                    Some(palette) => choice.palette = palette,
                    None => errors.push(ChoiceError::Colour(shorten(&value))),
                },
                _ => {}
            }
        }
        (choice, errors)
    }

    /// The embedded view's query: the municipality, the audience, and colours other than the
    /// default.
    pub fn embed_query(&self) -> String {
        let mut pairs = Vec::new();
        if let Some(code) = self.municipality {
            pairs.push(format!("obec={code}"));
        }
        if let Some(slug) = &self.audience {
            pairs.push(format!("skupina={slug}"));
        }
        if self.palette != PALETTES[0] {
            pairs.push(format!("barva={}", self.palette.slug));
        }
        pairs.join("&")
    }

    /// The path of the embedded view with its query.
    pub fn embed_path(&self) -> String {
        match self.embed_query() {
            q if q.is_empty() => format!("/embed/{}", self.view.slug()),
            q => format!("/embed/{}?{q}", self.view.slug()),
        }
    }
}

/// What the webmaster pastes: the loader with one element, and a plain iframe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippets {
    pub loader: String,
    pub iframe: String,
}

/// The snippets for `view` with the query `query` (already URL-encoded) on the portal at
/// `public_url`.
pub fn snippets(public_url: &str, view: EmbedView, query: &str) -> Snippets {
    let base = public_url.trim_end_matches('/');
    let target = if query.is_empty() {
        view.slug().to_owned()
    } else {
        format!("{}?{query}", view.slug())
    };
    let attr = escape_attribute(&target);
    Snippets {
        loader: format!(
            "<div data-pomoc=\"{attr}\"></div>\n<script src=\"{base}/embed.js\" async></script>"
        ),
        iframe: format!(
            "<iframe src=\"{base}/embed/{attr}\" title=\"{}\" loading=\"lazy\" \
             style=\"width:100%;height:{}px;border:0\"></iframe>",
            view.title(),
            view.initial_height()
        ),
    }
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_palette_keeps_aa_contrast() {
        for p in PALETTES {
            assert!(contrast(p.brand, "#ffffff").unwrap() >= 4.5, "{}", p.slug);
            assert!(
                contrast(p.brand_dark, "#ffffff").unwrap() >= 4.5,
                "{}",
                p.slug
            );
            assert!(
                contrast(p.brand_light, "#1b1b1b").unwrap() >= 4.5,
                "{}",
                p.slug
            );
            assert!(
                contrast(p.brand, p.brand_light).unwrap() >= 4.5,
                "{}",
                p.slug
            );
        }
        assert_eq!(Palette::from_slug("modra").unwrap().brand, "#1d4f91");
        assert!(Palette::from_slug("red; background:url(x)").is_none());
    }

    #[test]
    fn origins_are_scheme_host_and_port_only() {
        assert_eq!(
            parse_origin("https://www.Mesto-Pisek.cz/").unwrap(),
            "https://www.mesto-pisek.cz"
        );
        assert_eq!(
            parse_origin("http://127.0.0.1:3311").unwrap(),
            "http://127.0.0.1:3311"
        );
        for bad in [
            "www.obec.cz",
            "ftp://obec.cz",
            "https://obec.cz/stranka",
            "https://",
            "https://obec.cz:abc",
            "https://obec.cz; script-src *",
        ] {
            assert!(parse_origin(bad).is_err(), "{bad}");
        }
        assert_eq!(
            embed_frame_ancestors(&["https://obec.cz".into()]),
            "frame-ancestors 'self' https://obec.cz"
        );
    }

    #[test]
    fn the_generator_reads_its_choices_and_names_what_is_not_one() {
        let (choice, errors) =
            EmbedChoice::from_query("pohled=mapa&obec=549240&skupina=seniori&barva=modra");
        assert!(errors.is_empty());
        assert_eq!(
            choice.embed_path(),
            "/embed/mapa?obec=549240&skupina=seniori&barva=modra"
        );
        let (choice, errors) = EmbedChoice::from_query("pohled=kino&barva=%23ff0000&obec=12");
        assert_eq!(choice, EmbedChoice::default());
        let fields: Vec<_> = errors.iter().map(ChoiceError::field).collect();
        assert_eq!(fields, ["pohled", "barva", "obec"]);
        assert_eq!(EmbedChoice::default().embed_path(), "/embed/sluzby");
    }

    #[test]
    fn snippets_escape_the_query_and_name_the_frame() {
        let s = snippets(
            "https://pomoc.example/",
            EmbedView::Map,
            "obec=549240&skupina=seniori",
        );
        assert_eq!(
            s.loader,
            "<div data-pomoc=\"mapa?obec=549240&amp;skupina=seniori\"></div>\n\
             <script src=\"https://pomoc.example/embed.js\" async></script>"
        );
        assert!(
            s.iframe.contains(
                "src=\"https://pomoc.example/embed/mapa?obec=549240&amp;skupina=seniori\""
            )
        );
        assert!(s.iframe.contains("title=\"Mapa sociálních služeb\""));
    }
}
