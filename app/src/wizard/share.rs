//! The server side of the wizard: walking the tree, finding the contacts in the catalogue,
//! drawing the QR code, dating the printout.

use super::api::{OutcomeView, StepView, WizardData, WizardWords};
use super::steps;
use crate::AppError;
use crate::faq::FaqItem;
use crate::i18n::{Arg, I18n, use_i18n};
use crate::needs::record::Recorder;
use crate::state::{PublicUrl, store};
use domain::catalog::ServiceSummary;
use domain::filter::keys;
use domain::needs::Signal;
use domain::wizard::{Outcome, Step, WalkError, WizardTree};
use domain::{Filter, MunicipalityCode, ServiceLanguage};
use leptos::prelude::use_context;

/// How many further services from the catalogue an outcome lists.
const NEARBY: usize = 3;

fn wizard_error(i18n: I18n, error: WalkError) -> AppError {
    tracing::debug!(%error, "unknown wizard path");
    AppError::BadRequest(i18n.t("wizard-error-text"))
}

/// The island's words in the page's language.
fn words(i18n: I18n) -> WizardWords {
    let placeholder =
        |key, name: &str| i18n.t_with(key, &[(name, Arg::from(format!("{{{name}}}")))]);
    WizardWords {
        kicker: i18n.t("wizard-kicker"),
        title: placeholder("wizard-title", "question"),
        not_found: i18n.t("wizard-not-found"),
        search_catalog: i18n.t("wizard-search-catalog"),
        or: i18n.t("wizard-or"),
        search_faq: i18n.t("wizard-search-faq"),
        trail: i18n.t("wizard-trail"),
        change: i18n.t("wizard-change"),
        change_label: placeholder("wizard-change-label", "answer"),
        restart: i18n.t("wizard-restart"),
        in_czech: i18n.t("wizard-in-czech"),
    }
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
    let i18n = use_i18n();
    let localized = tree().await?.localized(i18n.lang);
    let tree = &localized.tree;
    let answers: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let walk = tree.walk(&answers).map_err(|e| wizard_error(i18n, e))?;
    let municipality = municipality_in(query);
    let keys = walk.keys();
    let answered = steps::answered(&walk, municipality);
    let node = &walk.current.key;
    let recorder = Recorder::for_page();
    let count = |signal| {
        if let Some(recorder) = &recorder {
            recorder.count(Some(signal));
        }
    };
    let step = match &walk.current.step {
        Step::Question(q) => {
            count(Signal::wizard_step(node));
            steps::question(tree, q, &keys, municipality)
        }
        Step::Outcome(outcome) => {
            let code = tree.short_code(&walk);
            let view = outcome_view(i18n, outcome, &code, municipality, audience).await?;
            count(Signal::wizard_outcome(node));
            if let Some(m) = municipality
                && !has_local(&view, m).await?
            {
                count(Signal::outcome_without_local(node, m));
            }
            StepView::Outcome(Box::new(view))
        }
    };
    let walker = matches!(step, StepView::Question { .. }).then(|| tree.questions_only());
    Ok(WizardData {
        path: keys.join("/"),
        answered,
        step,
        walker,
        municipality: municipality.map(|m| m.to_string()),
        words: words(i18n),
        in_czech: localized.in_czech(&walk.current.key),
        czech_nodes: localized.in_czech.iter().map(|k| k.to_string()).collect(),
    })
}

/// Is any of the outcome's services present in the municipality (the nearby ones are)?
async fn has_local(view: &OutcomeView, municipality: MunicipalityCode) -> Result<bool, AppError> {
    if !view.nearby.is_empty() {
        return Ok(true);
    }
    let contacts: Vec<i64> = view.contacts.iter().map(|c| c.id).collect();
    Ok(store()?.any_present_in(&contacts, municipality).await?)
}

async fn outcome_view(
    i18n: I18n,
    outcome: &Outcome,
    code: &str,
    municipality: Option<MunicipalityCode>,
    audience: Option<&str>,
) -> Result<OutcomeView, AppError> {
    let store = store()?;
    // On a page in Ukrainian or English, the services that speak it come first.
    let own = (i18n.lang != domain::Lang::Cs).then(|| ServiceLanguage::of_page(i18n.lang));
    let speaks = |s: &ServiceSummary| own.is_some_and(|l| s.languages.contains(&l));
    let mut contacts = store.services_by_key(&outcome.contacts).await?;
    contacts.sort_by_key(|s| !speaks(s));
    let mut nearby = Vec::new();
    if let Some(search) = &outcome.search {
        let mut filter = Filter::from_query(search)?.filter;
        filter.municipality = municipality;
        if filter.audience.is_none() {
            filter.audience = audience.and_then(|a| domain::AudienceSlug::parse(a).ok());
        }
        let mut found = store.search(&filter).await?.items;
        found.retain(|s| contacts.iter().all(|c| c.id != s.id));
        found.sort_by_key(|s| !speaks(s));
        nearby = found.into_iter().take(NEARBY).collect();
    }
    let mut faq = Vec::new();
    for slug in &outcome.faq {
        if let Some(f) = store.faq(slug).await? {
            let text = f.text(i18n.lang);
            faq.push(FaqItem {
                slug: f.slug.to_string(),
                in_czech: text.falls_back(i18n.lang),
                question: text.value.question,
                excerpt: String::new(),
            });
        }
    }
    let municipalities = store.district_municipalities().await?;
    let base = use_context::<PublicUrl>().map(|p| p.0).unwrap_or_default();
    let short = i18n.href(&format!("/p/{code}"));
    let short_link = match municipality {
        Some(m) => format!("{base}{short}?{}={m}", keys::MUNICIPALITY),
        None => format!("{base}{short}"),
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
        qr_svg: qr_svg(&short_link, &i18n.t("outcome-qr")),
        short_link,
        date: today(i18n.lang),
    })
}

/// The QR code of a link as inline SVG (without the XML declaration), named `label`.
fn qr_svg(link: &str, label: &str) -> String {
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
                    &format!(
                        r#"<svg role="img" aria-label="{}" "#,
                        crate::common::escaped_on_server(label.to_owned()).replace('"', "&quot;")
                    ),
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

/// Today's date in the Czech Republic (CET), as `lang` writes it ("23. 11. 2026").
fn today(lang: domain::Lang) -> String {
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
    domain::lang::short_date(lang, year, month as u32, day as u32)
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
        let date = today(domain::Lang::Cs);
        assert!(date.ends_with(". 2026") || date.len() >= 10, "{date}");
        let parts: Vec<&str> = date.split(". ").collect();
        assert_eq!(parts.len(), 3);
    }

    #[test]
    fn qr_codes_are_inline_svg() {
        let svg = qr_svg("https://pomoc.example/p/32", "QR kód odkazu");
        assert!(svg.starts_with("<svg role=\"img\""), "{}", &svg[..40]);
        assert!(svg.contains("</svg>"));
    }
}
