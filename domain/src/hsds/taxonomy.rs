//! The portal's own taxonomies in HSDS: the law's code lists (§ service type, delivery form,
//! register target group), the audiences residents pick, and the properties HSDS has no field
//! for (register id, keywords...), carried as attributes with a value.

use super::ids::{Ids, Kind};
use super::types::{Taxonomy, TaxonomyTerm};
use crate::{Audience, DeliveryForm, ServiceType, TargetGroup};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaxonomyKind {
    ServiceType = 0,
    DeliveryForm = 1,
    TargetGroup = 2,
    Audience = 3,
    Property = 4,
}

/// Slug, name and description of each taxonomy, in `TaxonomyKind` order.
pub const TAXONOMIES: [(TaxonomyKind, &str, &str, &str); 5] = [
    (
        TaxonomyKind::ServiceType,
        "druh-sluzby",
        "Druh sociální služby",
        "Druhy sociálních služeb podle zákona č. 108/2006 Sb., o sociálních službách (§ 37–70).",
    ),
    (
        TaxonomyKind::DeliveryForm,
        "forma-poskytovani",
        "Forma poskytování",
        "Ambulantní, terénní nebo pobytová forma podle § 33 zákona č. 108/2006 Sb.",
    ),
    (
        TaxonomyKind::TargetGroup,
        "cilova-skupina",
        "Cílová skupina",
        "Cílové skupiny osob podle číselníku Registru poskytovatelů sociálních služeb (MPSV).",
    ),
    (
        TaxonomyKind::Audience,
        "skupina-obyvatel",
        "Skupina obyvatel",
        "Skupiny, které si obyvatel vybírá na portálu; každá zahrnuje několik cílových skupin.",
    ),
    (
        TaxonomyKind::Property,
        "vlastnost",
        "Vlastnost záznamu",
        "Údaje, pro které HSDS nemá pole; hodnota je v atributu.",
    ),
];

/// What an attribute of the `vlastnost` taxonomy says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Property {
    /// The service's id in the national register (7 digits).
    RegisterId = 0,
    Keywords = 1,
    ContactNote = 2,
    /// The location's position is its municipality's centre.
    ApproximatePosition = 3,
    /// The key FAQ answers and wizard outcomes name the service by.
    ServiceKey = 4,
    /// A registered maximum of one delivery form (`pobytova luzka 32`), never free places.
    Capacity = 5,
}

impl Property {
    pub const ALL: [Property; 6] = [
        Property::RegisterId,
        Property::Keywords,
        Property::ContactNote,
        Property::ApproximatePosition,
        Property::ServiceKey,
        Property::Capacity,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Property::RegisterId => "registr-id",
            Property::Keywords => "klicova-slova",
            Property::ContactNote => "poznamka-ke-kontaktu",
            Property::ApproximatePosition => "poloha-priblizna",
            Property::ServiceKey => "klic-sluzby",
            Property::Capacity => "kapacita-registrovana",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Property::RegisterId => "Identifikátor služby v registru poskytovatelů",
            Property::Keywords => "Klíčová slova pro vyhledávání",
            Property::ContactNote => "Poznámka ke kontaktu",
            Property::ApproximatePosition => "Poloha je střed obce, ne adresa",
            Property::ServiceKey => "Klíč služby na portálu",
            Property::Capacity => {
                "Registrovaná kapacita formy: forma, typ a nejvyšší počet (ne volná místa)"
            }
        }
    }
}

/// One term: its taxonomy, its place in it (for the id), code and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermRef {
    pub taxonomy: TaxonomyKind,
    pub index: u32,
    pub code: String,
    pub name: String,
}

impl TermRef {
    pub fn service_type(t: ServiceType) -> TermRef {
        TermRef::new(TaxonomyKind::ServiceType, t.bit(), t.slug(), t.label())
    }

    pub fn delivery_form(f: DeliveryForm) -> TermRef {
        TermRef::new(TaxonomyKind::DeliveryForm, f.bit(), f.slug(), f.label())
    }

    pub fn target_group(g: TargetGroup) -> TermRef {
        TermRef::new(TaxonomyKind::TargetGroup, g.bit(), g.slug(), g.label())
    }

    pub fn audience(position: usize, audience: &Audience) -> TermRef {
        TermRef::new(
            TaxonomyKind::Audience,
            position as u32,
            audience.slug.as_str(),
            &audience.name,
        )
    }

    pub fn property(p: Property) -> TermRef {
        TermRef::new(TaxonomyKind::Property, p as u32, p.code(), p.label())
    }

    fn new(taxonomy: TaxonomyKind, index: u32, code: &str, name: &str) -> TermRef {
        TermRef {
            taxonomy,
            index,
            code: code.to_owned(),
            name: name.to_owned(),
        }
    }

    pub fn id(&self, ids: &Ids) -> String {
        ids.record(
            Kind::TaxonomyTerm,
            ((self.taxonomy as u64) << 32) | u64::from(self.index),
        )
    }

    pub fn to_hsds(&self, ids: &Ids) -> TaxonomyTerm {
        let (_, slug, name, _) = TAXONOMIES[self.taxonomy as usize];
        TaxonomyTerm {
            id: self.id(ids),
            code: Some(self.code.clone()),
            name: self.name.clone(),
            description: self.name.clone(),
            taxonomy: Some(format!("{slug}: {name}")),
            taxonomy_id: Some(taxonomy_id(ids, self.taxonomy)),
            language: Some("cs".into()),
        }
    }
}

pub fn taxonomy_id(ids: &Ids, kind: TaxonomyKind) -> String {
    ids.record(Kind::Taxonomy, kind as u64)
}

/// The taxonomies as HSDS objects.
pub fn taxonomies(ids: &Ids) -> Vec<Taxonomy> {
    TAXONOMIES
        .iter()
        .map(|(kind, slug, name, description)| Taxonomy {
            id: taxonomy_id(ids, *kind),
            name: format!("{slug}: {name}"),
            description: (*description).to_owned(),
            version: Some("1".into()),
        })
        .collect()
}

/// Every term of every taxonomy, the audiences' from the data.
pub fn terms(audiences: &[Audience]) -> Vec<TermRef> {
    ServiceType::ALL
        .iter()
        .map(|t| TermRef::service_type(*t))
        .chain(DeliveryForm::ALL.iter().map(|f| TermRef::delivery_form(*f)))
        .chain(TargetGroup::ALL.iter().map(|g| TermRef::target_group(*g)))
        .chain(
            audiences
                .iter()
                .enumerate()
                .map(|(i, a)| TermRef::audience(i, a)),
        )
        .chain(Property::ALL.iter().map(|p| TermRef::property(*p)))
        .collect()
}
