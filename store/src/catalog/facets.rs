//! Counting over the catalogue index: which services match, and the facet counts — how many
//! results each choice would give with every other criterion kept.

use super::criteria::{Criteria, Dimension};
use super::index::{CatalogIndex, Relevance};
use domain::catalog::{AudienceRef, FacetCount, Facets};
use domain::{DeliveryForm, ServiceLanguage, ServiceType, TargetGroup};
use std::collections::HashSet;

/// A matching service: its position in the index and, when there is text, how well it matches.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match {
    pub position: usize,
    pub relevance: Relevance,
}

/// Everything a search page needs but the rows themselves.
pub(crate) struct Tally {
    pub matches: Vec<Match>,
    pub facets: Facets,
}

/// `text_hits`: the services the full-text index found, when there is text.
/// `in_place`: the services present in the chosen municipality, when one is chosen.
pub(crate) fn tally(
    index: &CatalogIndex,
    criteria: &Criteria,
    text_hits: Option<&HashSet<i64>>,
    in_place: Option<&HashSet<i64>>,
) -> Tally {
    let audience_masks: Vec<i64> = index
        .audiences
        .iter()
        .map(|a| TargetGroup::mask(&a.target_groups))
        .collect();
    let mut audience_counts = vec![0u32; audience_masks.len()];
    let mut type_counts = [0u32; 64];
    let mut form_counts = [0u32; 64];
    let mut language_counts = [0u32; 64];
    // Services that meet every criterion except the municipality, for its facet.
    let mut anywhere = vec![false; index.entries.len()];
    let mut matches = Vec::new();

    for (position, entry) in index.entries.iter().enumerate() {
        let found = text_hits.is_none_or(|hits| hits.contains(&entry.id));
        if !found || criteria.unsearchable_text {
            continue;
        }
        let admits = |except| criteria.admits(entry.codes(), except);
        let all = admits(None);
        anywhere[position] = all;
        if in_place.is_some_and(|ids| !ids.contains(&entry.id)) {
            continue;
        }
        if all {
            matches.push(Match {
                position,
                relevance: entry.relevance(&criteria.terms),
            });
        }
        if admits(Some(Dimension::ServiceType))
            && let Some(t) = entry.service_type
        {
            type_counts[t.bit() as usize] += 1;
        }
        if admits(Some(Dimension::Form)) {
            count_bits(entry.forms, &mut form_counts);
        }
        if admits(Some(Dimension::Language)) {
            count_bits(entry.languages, &mut language_counts);
        }
        if admits(Some(Dimension::Audience)) {
            for (count, mask) in audience_counts.iter_mut().zip(&audience_masks) {
                if entry.target_groups & mask != 0 {
                    *count += 1;
                }
            }
        }
    }

    if !criteria.terms.is_empty() {
        // Best first; equally good ones stay in catalogue order (the sort is stable).
        matches.sort_by_key(|m| std::cmp::Reverse(m.relevance));
    }
    let facets = Facets {
        audiences: index
            .audiences
            .iter()
            .zip(audience_counts)
            .map(|(a, count)| FacetCount {
                value: AudienceRef {
                    slug: a.slug.clone(),
                    name: a.name.clone(),
                },
                count,
            })
            .collect(),
        service_types: ServiceType::ALL
            .iter()
            .map(|t| FacetCount {
                value: *t,
                count: type_counts[t.bit() as usize],
            })
            .filter(|f| f.count > 0 || criteria.service_types.contains(&f.value))
            .collect(),
        forms: DeliveryForm::ALL
            .iter()
            .map(|f| FacetCount {
                value: *f,
                count: form_counts[f.bit() as usize],
            })
            .collect(),
        languages: ServiceLanguage::ALL
            .iter()
            .map(|l| FacetCount {
                value: *l,
                count: language_counts[l.bit() as usize],
            })
            .filter(|f| {
                f.count > 0
                    || criteria
                        .language_mask
                        .is_some_and(|m| m & (1 << f.value.bit()) != 0)
            })
            .collect(),
        municipalities: index
            .district
            .iter()
            .map(|d| FacetCount {
                value: d.municipality.clone(),
                count: d.services.iter().filter(|p| anywhere[**p]).count() as u32,
            })
            .collect(),
    };
    Tally { matches, facets }
}

/// Adds one to the count of each bit set in `mask` (only the set bits are visited: this runs for
/// every service of every search).
fn count_bits(mask: i64, counts: &mut [u32; 64]) {
    let mut rest = mask as u64;
    while rest != 0 {
        counts[rest.trailing_zeros() as usize] += 1;
        rest &= rest - 1;
    }
}
