//! The server side of the wizard: walking the tree, finding the contacts in the catalogue,
//! drawing the QR code, dating the printout.

use super::api::{OutcomeView, StepView, WizardData};
use super::steps;
use crate::AppError;
use crate::faq::FaqItem;
use crate::state::{PublicUrl, store};
use domain::filter::keys;
use domain::wizard::{Outcome, Step, WalkError, WizardTree};
use domain::{Filter, MunicipalityCode};
use leptos::prelude::use_context;

/// How many further services from the catalogue an outcome lists.
const NEARBY: usize = 3;

fn wizard_error(error: WalkError) -> AppError {
    AppError::BadRequest(format!("Tuto cestu průvodcem neznáme: {error}."))
}

async fn tree() -> Result<WizardTree, AppError> {
    store()?.wizard_tree().await?.ok_or(AppError::NotFound)
}

/// The resident's municipality from the wizard's query, if it names a valid one.
fn municipality_in(query: &str) -> Option<MunicipalityCode> {
    domain::query::parse_pairs(query)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == keys::MUNICIPALITY)
        .and_then(|(_, v)| MunicipalityCode::parse(&v).ok())
}

pub async fn step(path: &str, query: &str, audience: Option<&str>) -> Result<WizardData, AppError> {
    let tree = tree().await?;
    let answers: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let walk = tree.walk(&answers).map_err(wizard_error)?;
    let municipality = municipality_in(query);
    let keys = walk.keys();
    let answered = steps::answered(&walk, municipality);
    let step = match &walk.current.step {
        Step::Question(q) => steps::question(&tree, q, &keys, municipality),
        Step::Outcome(outcome) => {
            let code = tree.short_code(&walk);
            StepView::Outcome(Box::new(
                outcome_view(outcome, &code, municipality, audience).await?,
            ))
        }
    };
    let walker = matches!(step, StepView::Question { .. }).then(|| tree.questions_only());
    Ok(WizardData {
        path: keys.join("/"),
        answered,
        step,
        walker,
        municipality: municipality.map(|m| m.to_string()),
    })
}

async fn outcome_view(
    outcome: &Outcome,
    code: &str,
    municipality: Option<MunicipalityCode>,
    audience: Option<&str>,
) -> Result<OutcomeView, AppError> {
    let store = store()?;
    let contacts = store.services_by_key(&outcome.contacts).await?;
    let nearby = match &outcome.search {
        Some(search) => {
            let mut filter = Filter::from_query(search)?.filter;
            filter.municipality = municipality;
            if filter.audience.is_none() {
                filter.audience = audience.and_then(|a| domain::AudienceSlug::parse(a).ok());
            }
            store
                .search(&filter)
                .await?
                .items
                .into_iter()
                .filter(|s| contacts.iter().all(|c| c.id != s.id))
                .take(NEARBY)
                .collect()
        }
        None => Vec::new(),
    };
    let mut faq = Vec::new();
    for slug in &outcome.faq {
        if let Some(f) = store.faq(slug).await? {
            faq.push(FaqItem {
                slug: f.slug.to_string(),
                question: f.question,
                excerpt: String::new(),
            });
        }
    }
    let municipalities = store.district_municipalities().await?;
    let base = use_context::<PublicUrl>().map(|p| p.0).unwrap_or_default();
    let short_link = match municipality {
        Some(m) => format!("{base}/p/{code}?{}={m}", keys::MUNICIPALITY),
        None => format!("{base}/p/{code}"),
    };
    Ok(OutcomeView {
        title: outcome.title.clone(),
        summary: outcome.summary.clone(),
        now: outcome.now.clone(),
        bring: outcome.bring.clone(),
        contacts,
        nearby,
        faq,
        municipality: municipality
            .and_then(|m| municipalities.iter().find(|x| x.code == m).cloned()),
        municipalities,
        qr_svg: qr_svg(&short_link),
        short_link,
        date: today(),
    })
}

/// The QR code of a link as inline SVG (without the XML declaration).
fn qr_svg(link: &str) -> String {
    match qrcode::QrCode::new(link.as_bytes()) {
        Ok(code) => {
            let svg = code
                .render::<qrcode::render::svg::Color>()
                .min_dimensions(176, 176)
                .quiet_zone(true)
                .build();
            match svg.find("<svg") {
                Some(start) => svg[start..].replacen(
                    "<svg ",
                    r#"<svg role="img" aria-label="QR kód odkazu" "#,
                    1,
                ),
                None => svg,
            }
        }
        Err(error) => {
            tracing::warn!(%error, "QR code not drawn");
            String::new()
        }
    }
}

/// Today's date in the Czech Republic (CET), as "23. 11. 2026".
fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let days = (seconds + 3600).div_euclid(86_400);
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{day}. {month}. {year}")
}

/// The wizard URL a short code stands for, keeping a municipality from `query`.
pub async fn resolve(code: &str, query: &str) -> Result<String, AppError> {
    let tree = tree().await?;
    let keys = tree.from_short_code(code).map_err(|_| AppError::NotFound)?;
    let keys: Vec<&str> = keys.iter().map(|k| k.as_str()).collect();
    Ok(steps::step_href(&keys, municipality_in(query)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_czech() {
        let date = today();
        assert!(date.ends_with(". 2026") || date.len() >= 10, "{date}");
        let parts: Vec<&str> = date.split(". ").collect();
        assert_eq!(parts.len(), 3);
    }

    #[test]
    fn qr_codes_are_inline_svg() {
        let svg = qr_svg("https://pomoc.example/p/32");
        assert!(svg.starts_with("<svg role=\"img\""), "{}", &svg[..40]);
        assert!(svg.contains("</svg>"));
    }
}
