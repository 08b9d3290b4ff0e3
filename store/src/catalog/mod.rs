//! Reading the catalogue: the site's facts, the search with its facet counts, and the pages of a
//! single service or organisation.

mod criteria;
mod detail;
mod facets;
mod index;
mod map;
mod search;
mod site;

pub(crate) use index::{IndexCache, bump_version};
