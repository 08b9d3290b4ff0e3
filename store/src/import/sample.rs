//! The sample data file: a district's audiences, organisations and services in TOML. Every field
//! is read through its domain type, so a wrong phone number stops the import with a message that
//! says where it is.

use super::municipalities::parse_municipalities;
use super::{ImportError, ImportReport, Writer};
use crate::{Store, StoreError};
use domain::Audience;
use domain::faq::{Faq, Topic};
use domain::import::OrganizationEntry;
use domain::wizard::WizardTree;
use serde::Deserialize;

const PISEK_SAMPLE: &str = include_str!("../../data/sample-pisek.toml");
pub(crate) const PISEK_MUNICIPALITIES: &str = include_str!("../../data/obce-okres-pisek.csv");

/// A district's directory as the sample data file holds it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SampleData {
    pub site: Site,
    #[serde(default)]
    pub topics: Vec<Topic>,
    pub audiences: Vec<Audience>,
    pub organizations: Vec<OrganizationEntry>,
    #[serde(default)]
    pub faqs: Vec<Faq>,
    #[serde(default)]
    pub articles: Vec<domain::news::Article>,
    #[serde(default)]
    pub events: Vec<domain::news::Event>,
    pub plan: Option<domain::plan::Plan>,
    #[serde(default)]
    pub consultations: Vec<super::write_consultation::ConsultationEntry>,
    #[serde(default)]
    pub surveys: Vec<super::write_survey::SurveyEntry>,
    pub wizard: Option<WizardTree>,
    /// The municipalities, from the CSV beside the file.
    #[serde(skip)]
    municipalities_csv: &'static str,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub region_name: String,
    /// Districts (kód okresu) whose municipalities the catalogue offers as a filter.
    pub district_codes: Vec<String>,
    /// True for made-up data: the site then says so on every page.
    pub sample: bool,
}

impl SampleData {
    /// A directory without questions or wizard (the generated benchmark data).
    pub(crate) fn directory(
        site: Site,
        audiences: Vec<Audience>,
        organizations: Vec<OrganizationEntry>,
        municipalities_csv: &'static str,
    ) -> Self {
        SampleData {
            site,
            topics: Vec::new(),
            audiences,
            organizations,
            faqs: Vec::new(),
            articles: Vec::new(),
            events: Vec::new(),
            plan: None,
            consultations: Vec::new(),
            surveys: Vec::new(),
            wizard: None,
            municipalities_csv,
        }
    }

    /// The same data without the directory (providers, services, questions, the wizard): the
    /// site, its municipalities, topics and audiences, ready for a directory imported elsewhere.
    pub fn without_directory(mut self) -> SampleData {
        self.organizations.clear();
        self.faqs.clear();
        self.articles.clear();
        self.events.clear();
        self.plan = None;
        self.consultations.clear();
        self.surveys.clear();
        self.wizard = None;
        self
    }

    /// The Písek district's sample data that ships with the portal.
    pub fn bundled() -> Result<SampleData, ImportError> {
        Self::parse(PISEK_SAMPLE, PISEK_MUNICIPALITIES)
    }

    /// Reads a data file and the municipality list it refers to.
    pub fn parse(
        toml_text: &str,
        municipalities_csv: &'static str,
    ) -> Result<SampleData, ImportError> {
        let mut data: SampleData = toml::from_str(toml_text)?;
        data.municipalities_csv = municipalities_csv;
        Ok(data)
    }
}

impl Store {
    /// Imports a data file into the database in one transaction: all of it or nothing.
    #[tracing::instrument(skip_all, fields(region = %data.site.region_name))]
    pub async fn import_sample(&self, data: &SampleData) -> Result<ImportReport, StoreError> {
        let municipalities = parse_municipalities(data.municipalities_csv)?;
        let mut writer = Writer::begin(&self.pool).await?;
        writer
            .site(
                &data.site.region_name,
                &data.site.district_codes,
                data.site.sample,
            )
            .await?;
        writer.municipalities(&municipalities).await?;
        for (position, topic) in data.topics.iter().enumerate() {
            writer.topic(topic, position).await?;
        }
        for (position, audience) in data.audiences.iter().enumerate() {
            writer.audience(audience, position).await?;
        }
        for organization in &data.organizations {
            let id = writer.organization(organization).await?;
            for service in &organization.services {
                writer.service(id, &organization.name, service).await?;
            }
        }
        for (position, faq) in data.faqs.iter().enumerate() {
            writer.faq(faq, position).await?;
        }
        if let Some(tree) = &data.wizard {
            writer.wizard(tree).await?;
        }
        for article in &data.articles {
            writer.article(article).await?;
        }
        for event in &data.events {
            writer.event(event).await?;
        }
        if let Some(plan) = &data.plan {
            writer.plan(plan).await?;
        }
        for consultation in &data.consultations {
            writer.consultation(consultation).await?;
        }
        for survey in &data.surveys {
            writer.survey(survey).await?;
        }
        let report = writer.commit().await?;
        self.reindex_content().await?;
        tracing::info!(?report, "data imported");
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::import::ServiceEntry;
    use domain::{DeliveryForm, TargetGroup};
    use std::collections::HashSet;

    #[test]
    fn the_bundled_sample_speaks_ukrainian_and_english_throughout() {
        let data = SampleData::bundled().unwrap();
        for lang in domain::Lang::TRANSLATED {
            let tree = data.wizard.as_ref().unwrap().localized(lang);
            assert!(tree.in_czech.is_empty(), "{lang}: {:?}", tree.in_czech);
            for audience in &data.audiences {
                assert!(
                    audience.translations.get(lang).is_some(),
                    "{lang} {}",
                    audience.slug
                );
            }
            for topic in &data.topics {
                assert!(
                    topic.translations.get(lang).is_some(),
                    "{lang} {}",
                    topic.slug
                );
            }
        }
        assert!(data.wizard.as_ref().unwrap().validate().is_ok());
    }

    #[test]
    fn the_bundled_sample_meets_the_coverage_the_portal_promises() {
        let data = SampleData::bundled().unwrap();
        let services: Vec<&ServiceEntry> = data
            .organizations
            .iter()
            .flat_map(|o| &o.services)
            .collect();
        assert!(
            data.organizations.len() >= 15,
            "{} organisations",
            data.organizations.len()
        );
        assert!(services.len() >= 40, "{} services", services.len());
        let types: HashSet<_> = services.iter().filter_map(|s| s.service_type).collect();
        assert!(types.len() >= 20, "{} service types", types.len());
        let forms: HashSet<_> = services
            .iter()
            .flat_map(|s| s.forms.iter().copied())
            .collect();
        assert_eq!(forms.len(), 3);
        let places: HashSet<_> = services
            .iter()
            .flat_map(|s| s.locations.iter().map(|l| l.municipality))
            .collect();
        assert!(
            places.len() >= 10,
            "locations in {} municipalities",
            places.len()
        );
        for audience in &data.audiences {
            assert!(
                services
                    .iter()
                    .any(|s| audience.covers(TargetGroup::mask(&s.target_groups))),
                "no service for {}",
                audience.name
            );
        }
        let field_with_area = services
            .iter()
            .filter(|s| s.forms.contains(&DeliveryForm::Field))
            .all(|s| {
                !s.area.is_empty() || s.area_radius_km.is_some() || !s.area_districts.is_empty()
            });
        assert!(field_with_area, "every field service says where it reaches");
    }

    #[tokio::test]
    async fn a_bad_phone_stops_the_import_and_names_where() {
        let text = PISEK_SAMPLE.replacen("phones = [\"", "phones = [\"12", 1);
        let err = SampleData::parse(&text, PISEK_MUNICIPALITIES)
            .unwrap_err()
            .to_string();
        assert!(err.contains("telefon"), "{err}");
    }

    #[tokio::test]
    async fn an_unknown_municipality_rolls_the_whole_import_back() {
        let store = Store::open_scratch().await.unwrap();
        let text = PISEK_SAMPLE.replacen("municipality = 549240", "municipality = 999999", 1);
        let data = SampleData::parse(&text, PISEK_MUNICIPALITIES).unwrap();
        let err = store.import_sample(&data).await.unwrap_err().to_string();
        assert!(err.contains("999999"), "{err}");
        assert!(
            store.is_empty().await.unwrap(),
            "nothing may stay from a failed import"
        );
    }
}
