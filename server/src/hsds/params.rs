//! The query of a list request: HSDS's own parameters and the catalogue's filter. Parameters the
//! API cannot honour (`modified_after`, `postcode`, `proximity`, a `format` other than JSON) are
//! refused with a 400 that says so, never silently ignored.

use super::{ApiError, Context};
use domain::hsds::{Kind, TaxonomyKind};
use domain::{DeliveryForm, Filter, ServiceType, TargetGroup};

/// Items per page unless `per_page` says otherwise, and the most it may say.
pub const PER_PAGE: u64 = 50;
pub const PER_PAGE_MAX: u64 = 500;

#[derive(Debug, Clone, Default)]
pub struct ListParams {
    /// 1-based.
    pub page: u64,
    pub per_page: u64,
    pub search: String,
    /// Whole objects instead of their one-to-one fields.
    pub full: bool,
    /// Organizations with their services.
    pub full_service: bool,
    pub taxonomy_term_id: Option<String>,
    pub taxonomy_id: Option<String>,
    pub organization_id: Option<String>,
    pub top_only: bool,
}

impl ListParams {
    pub fn read(raw: Option<&str>) -> Result<ListParams, ApiError> {
        let pairs = domain::query::parse_pairs(raw.unwrap_or_default())
            .map_err(|e| ApiError::BadRequest(format!("Dotaz nelze přečíst: {e}.")))?;
        let mut params = ListParams {
            page: 1,
            per_page: PER_PAGE,
            ..ListParams::default()
        };
        for (key, value) in pairs {
            let number = |max: u64| {
                value
                    .trim()
                    .parse::<u64>()
                    .ok()
                    .filter(|n| (1..=max).contains(n))
                    .ok_or_else(|| {
                        ApiError::BadRequest(format!("„{key}“ má být celé číslo od 1 do {max}."))
                    })
            };
            let flag = || matches!(value.trim(), "true" | "1" | "");
            match key.as_str() {
                "page" => params.page = number(u64::from(u32::MAX))?,
                "per_page" => params.per_page = number(PER_PAGE_MAX)?,
                "search" => params.search = domain::filter::normalize_text(&value).0,
                "full" => params.full = flag(),
                "full_service" => params.full_service = flag(),
                "minimal" => params.full = !flag(),
                "top_only" => params.top_only = flag(),
                "taxonomy_term_id" => params.taxonomy_term_id = Some(value),
                "taxonomy_id" => params.taxonomy_id = Some(value),
                "organization_id" => params.organization_id = Some(value),
                "format" if value.trim() == "json" => {}
                "format" | "modified_after" | "postcode" | "proximity" | "parent_id" => {
                    return Err(ApiError::BadRequest(format!(
                        "Parametr „{key}“ v této hodnotě API nepodporuje."
                    )));
                }
                _ => {}
            }
        }
        Ok(params)
    }

    /// The services' filter: the catalogue's parameters, `search`, and a taxonomy term.
    pub fn filter(&self, raw: Option<&str>, cx: &Context) -> Result<Filter, ApiError> {
        let parsed = Filter::from_query(raw.unwrap_or_default())
            .map_err(|e| ApiError::BadRequest(format!("Dotaz nelze přečíst: {e}.")))?;
        if let Some(notice) = parsed.notices.first() {
            return Err(ApiError::BadRequest(notice.to_string()));
        }
        let mut filter = parsed.filter;
        if !self.search.is_empty() {
            filter.text = self.search.clone();
        }
        if self.taxonomy_id.is_some() {
            return Err(ApiError::BadRequest(
                "Služby filtrujte podle pojmu (taxonomy_term_id); každá služba nese pojmy \
                 několika taxonomií."
                    .into(),
            ));
        }
        if let Some(term) = &self.taxonomy_term_id {
            narrow(&mut filter, term, cx)?;
        }
        Ok(filter)
    }

    /// The organization `organization_id` names.
    pub fn organization(&self, cx: &Context) -> Result<Option<i64>, ApiError> {
        self.organization_id
            .as_deref()
            .map(|id| {
                cx.ids
                    .parse(Kind::Organization, id)
                    .and_then(|n| i64::try_from(n).ok())
                    .ok_or_else(|| ApiError::BadRequest("Neznámé organization_id.".into()))
            })
            .transpose()
    }

    /// This page of a list of `total` items, holding `contents`.
    pub fn page<T>(&self, contents: Vec<T>, total: usize) -> domain::hsds::Page<T> {
        domain::hsds::Page::new(contents, total as u64, self.page, self.per_page)
    }

    /// The slice of `all` this page shows.
    pub fn slice<'a, T>(&self, all: &'a [T]) -> &'a [T] {
        let start = usize::try_from((self.page - 1).saturating_mul(self.per_page))
            .unwrap_or(usize::MAX)
            .min(all.len());
        let end = start.saturating_add(self.per_page as usize).min(all.len());
        &all[start..end]
    }
}

/// Adds the taxonomy term `id` to the filter.
fn narrow(filter: &mut Filter, id: &str, cx: &Context) -> Result<(), ApiError> {
    let unknown = || ApiError::BadRequest("Neznámý taxonomy_term_id.".into());
    let n = cx.ids.parse(Kind::TaxonomyTerm, id).ok_or_else(unknown)?;
    let (taxonomy, index) = (n >> 32, (n & 0xffff_ffff) as u32);
    match taxonomy {
        t if t == TaxonomyKind::ServiceType as u64 => {
            let found = ServiceType::ALL.iter().find(|v| v.bit() == index);
            filter.service_types.insert(*found.ok_or_else(unknown)?);
        }
        t if t == TaxonomyKind::DeliveryForm as u64 => {
            let found = DeliveryForm::ALL.iter().find(|v| v.bit() == index);
            filter.forms.insert(*found.ok_or_else(unknown)?);
        }
        t if t == TaxonomyKind::TargetGroup as u64 => {
            let found = TargetGroup::ALL.iter().find(|v| v.bit() == index);
            filter.target_groups.insert(*found.ok_or_else(unknown)?);
        }
        t if t == TaxonomyKind::Audience as u64 => {
            let audience = cx.audiences.get(index as usize).ok_or_else(unknown)?;
            filter.audience = Some(audience.slug.clone());
        }
        _ => {
            return Err(ApiError::BadRequest(
                "Podle vlastností záznamu (taxonomie „vlastnost“) filtrovat nelze.".into(),
            ));
        }
    }
    Ok(())
}
