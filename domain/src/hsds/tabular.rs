//! HSDS 3.0 as tables: the CSV datapackage. Each nested object of the JSON form becomes a row
//! of its table with its parent's id (`phones.csv` has `service_id` or `organization_id`), and
//! the import nests the rows again into the same objects, so both forms read through one path.
//! Columns are the specification's, in its order (from its example datapackage).

use super::{Organization, Service, Taxonomy, TaxonomyTerm};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// One table of the datapackage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [&'static str],
}

impl Table {
    pub fn file(self) -> String {
        format!("{}.csv", self.name)
    }
}

pub const ORGANIZATIONS: Table = Table {
    name: "organizations",
    columns: &[
        "id",
        "name",
        "alternate_name",
        "description",
        "email",
        "website",
        "tax_status",
        "tax_id",
        "year_incorporated",
        "legal_status",
        "logo",
        "uri",
        "parent_organization_id",
    ],
};
pub const ORGANIZATION_IDENTIFIERS: Table = Table {
    name: "organization_identifiers",
    columns: &[
        "id",
        "organization_id",
        "identifier_scheme",
        "identifier_type",
        "identifier",
    ],
};
pub const SERVICES: Table = Table {
    name: "services",
    columns: &[
        "id",
        "organization_id",
        "program_id",
        "name",
        "alternate_name",
        "description",
        "url",
        "email",
        "status",
        "interpretation_services",
        "application_process",
        "fees_description",
        "wait_time",
        "fees",
        "accreditations",
        "eligibility_description",
        "minimum_age",
        "maximum_age",
        "assured_date",
        "assurer_email",
        "licenses",
        "alert",
        "last_modified",
    ],
};
pub const LOCATIONS: Table = Table {
    name: "locations",
    columns: &[
        "id",
        "location_type",
        "url",
        "organization_id",
        "name",
        "alternate_name",
        "description",
        "transportation",
        "latitude",
        "longitude",
        "external_identifier",
        "external_identifier_type",
    ],
};
pub const ADDRESSES: Table = Table {
    name: "addresses",
    columns: &[
        "id",
        "location_id",
        "attention",
        "address_1",
        "address_2",
        "city",
        "region",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ],
};
pub const SERVICE_AT_LOCATION: Table = Table {
    name: "service_at_location",
    columns: &["id", "service_id", "location_id", "description"],
};
pub const PHONES: Table = Table {
    name: "phones",
    columns: &[
        "id",
        "location_id",
        "service_id",
        "organization_id",
        "contact_id",
        "service_at_location_id",
        "number",
        "extension",
        "type",
        "description",
    ],
};
pub const CONTACTS: Table = Table {
    name: "contacts",
    columns: &[
        "id",
        "organization_id",
        "service_id",
        "service_at_location_id",
        "location_id",
        "name",
        "title",
        "department",
        "email",
    ],
};
pub const SCHEDULES: Table = Table {
    name: "schedules",
    columns: &[
        "id",
        "service_id",
        "location_id",
        "service_at_location_id",
        "valid_from",
        "valid_to",
        "dtstart",
        "timezone",
        "until",
        "count",
        "wkst",
        "freq",
        "interval",
        "byday",
        "byweekno",
        "bymonthday",
        "byyearday",
        "description",
        "opens_at",
        "closes_at",
        "schedule_link",
        "attending_type",
        "notes",
    ],
};
pub const SERVICE_AREAS: Table = Table {
    name: "service_areas",
    columns: &[
        "id",
        "service_id",
        "name",
        "description",
        "extent",
        "extent_type",
        "uri",
    ],
};
pub const LANGUAGES: Table = Table {
    name: "languages",
    columns: &[
        "id",
        "service_id",
        "location_id",
        "phone_id",
        "name",
        "code",
        "note",
    ],
};
pub const ATTRIBUTES: Table = Table {
    name: "attributes",
    columns: &[
        "id",
        "link_id",
        "taxonomy_term_id",
        "link_type",
        "link_entity",
        "value",
    ],
};
pub const TAXONOMIES: Table = Table {
    name: "taxonomies",
    columns: &["id", "name", "description", "uri", "version"],
};
pub const TAXONOMY_TERMS: Table = Table {
    name: "taxonomy_terms",
    columns: &[
        "id",
        "code",
        "name",
        "description",
        "parent_id",
        "taxonomy",
        "language",
        "taxonomy_id",
        "term_uri",
    ],
};

/// Every table the portal writes, in the order of the datapackage.
pub const TABLES: [Table; 14] = [
    ORGANIZATIONS,
    ORGANIZATION_IDENTIFIERS,
    SERVICES,
    LOCATIONS,
    ADDRESSES,
    SERVICE_AT_LOCATION,
    PHONES,
    CONTACTS,
    SCHEDULES,
    SERVICE_AREAS,
    LANGUAGES,
    ATTRIBUTES,
    TAXONOMIES,
    TAXONOMY_TERMS,
];

/// Columns holding numbers; the rest are text.
const NUMBERS: [&str; 6] = [
    "latitude",
    "longitude",
    "count",
    "interval",
    "minimum_age",
    "maximum_age",
];

/// The datapackage descriptor (Frictionless Data) naming each table and its columns.
pub fn datapackage() -> Value {
    let resources: Vec<Value> = TABLES
        .iter()
        .map(|t| {
            let fields: Vec<Value> = t
                .columns
                .iter()
                .map(|c| {
                    let kind = if NUMBERS.contains(c) {
                        "number"
                    } else {
                        "string"
                    };
                    serde_json::json!({ "name": c, "type": kind })
                })
                .collect();
            serde_json::json!({
                "name": t.name,
                "path": t.file(),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": { "fields": fields, "primaryKey": "id" }
            })
        })
        .collect();
    serde_json::json!({
        "profile": "tabular-data-package",
        "name": "pomoc-hsds",
        "title": "Adresář sociálních služeb (HSDS 3.0)",
        "resources": resources
    })
}

/// A row of one table, its cells in the table's column order.
pub type Row = (Table, Vec<String>);

/// The rows one JSON object becomes: its own and those of everything nested in it.
#[derive(Default)]
pub struct Rows {
    pub rows: Vec<Row>,
}

impl Rows {
    pub fn organization(organization: &Organization) -> Rows {
        let mut rows = Rows::default();
        let value = to_value(organization);
        let id = text(&value, "id");
        rows.push(ORGANIZATIONS, &value, &[]);
        rows.children(
            &value,
            "organization_identifiers",
            ORGANIZATION_IDENTIFIERS,
            &[],
        );
        let owner = [("organization_id", id.as_str())];
        rows.children(&value, "phones", PHONES, &owner);
        rows.children(&value, "contacts", CONTACTS, &owner);
        rows.attributes(&value);
        for location in list(&value, "locations") {
            rows.location(location, &owner);
        }
        rows
    }

    /// A service's rows; its places' locations are written where `new_location` says they
    /// have not been written yet.
    pub fn service(service: &Service, new_location: &mut dyn FnMut(&str) -> bool) -> Rows {
        let mut rows = Rows::default();
        let value = to_value(service);
        let id = text(&value, "id");
        rows.push(SERVICES, &value, &[]);
        let owner = [("service_id", id.as_str())];
        rows.children(&value, "phones", PHONES, &owner);
        rows.children(&value, "contacts", CONTACTS, &owner);
        rows.children(&value, "schedules", SCHEDULES, &owner);
        rows.children(&value, "service_areas", SERVICE_AREAS, &owner);
        rows.children(&value, "languages", LANGUAGES, &owner);
        rows.attributes(&value);
        for at in list(&value, "service_at_locations") {
            let at_id = text(at, "id");
            rows.push(SERVICE_AT_LOCATION, at, &owner);
            let here = [("service_at_location_id", at_id.as_str())];
            rows.children(at, "schedules", SCHEDULES, &here);
            if let Some(location) = at.get("location")
                && new_location(&text(location, "id"))
            {
                rows.location(location, &[]);
            }
        }
        rows
    }

    pub fn taxonomy(taxonomy: &Taxonomy) -> Rows {
        let mut rows = Rows::default();
        rows.push(TAXONOMIES, &to_value(taxonomy), &[]);
        rows
    }

    pub fn term(term: &TaxonomyTerm) -> Rows {
        let mut rows = Rows::default();
        rows.push(TAXONOMY_TERMS, &to_value(term), &[]);
        rows
    }

    fn location(&mut self, location: &Value, owner: &[(&str, &str)]) {
        let id = text(location, "id");
        self.push(LOCATIONS, location, owner);
        self.children(
            location,
            "addresses",
            ADDRESSES,
            &[("location_id", id.as_str())],
        );
        self.attributes(location);
    }

    fn attributes(&mut self, value: &Value) {
        self.children(value, "attributes", ATTRIBUTES, &[]);
    }

    fn children(&mut self, value: &Value, key: &str, table: Table, owner: &[(&str, &str)]) {
        for child in list(value, key) {
            self.push(table, child, owner);
        }
    }

    fn push(&mut self, table: Table, value: &Value, owner: &[(&str, &str)]) {
        let cells = table
            .columns
            .iter()
            .map(|column| match owner.iter().find(|(c, _)| c == column) {
                Some((_, id)) => (*id).to_owned(),
                None => text(value, column),
            })
            .collect();
        self.rows.push((table, cells));
    }
}

fn to_value(item: &impl serde::Serialize) -> Value {
    serde_json::to_value(item).unwrap_or(Value::Null)
}

fn list<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A scalar field as a cell; nested objects and missing fields are empty.
fn text(value: &Value, key: &str) -> String {
    match value.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// A row read from a CSV file: column name → cell.
pub type Record = HashMap<String, String>;

/// The rows of the child tables, by the id of the record they belong to, for nesting them
/// again. Services are not kept here: they are read one at a time.
#[derive(Default)]
pub struct Children {
    by: HashMap<(&'static str, &'static str, String), Vec<Record>>,
    locations: HashMap<String, Record>,
    terms: HashMap<String, Record>,
}

/// Which tables hang off which parent, by which column.
const LINKS: [(Table, &str); 13] = [
    (ORGANIZATION_IDENTIFIERS, "organization_id"),
    (PHONES, "organization_id"),
    (PHONES, "service_id"),
    (CONTACTS, "organization_id"),
    (CONTACTS, "service_id"),
    (SCHEDULES, "service_id"),
    (SCHEDULES, "service_at_location_id"),
    (SERVICE_AREAS, "service_id"),
    (LANGUAGES, "service_id"),
    (SERVICE_AT_LOCATION, "service_id"),
    (ADDRESSES, "location_id"),
    (ATTRIBUTES, "link_id"),
    (LOCATIONS, "organization_id"),
];

impl Children {
    /// Files a row of `table`. Locations and terms are also kept by their own id.
    pub fn add(&mut self, table: Table, record: Record) {
        if table == LOCATIONS
            && let Some(id) = record.get("id")
        {
            self.locations.insert(id.clone(), record.clone());
        }
        if table == TAXONOMY_TERMS {
            if let Some(id) = record.get("id") {
                self.terms.insert(id.clone(), record);
            }
            return;
        }
        let parents: Vec<&'static str> = LINKS
            .iter()
            .filter(|(t, _)| *t == table)
            .map(|(_, column)| *column)
            .collect();
        let last = parents.len().saturating_sub(1);
        let mut record = Some(record);
        for (i, column) in parents.into_iter().enumerate() {
            let Some(row) = (if i == last {
                record.take()
            } else {
                record.clone()
            }) else {
                continue;
            };
            if let Some(parent) = row.get(column).filter(|p| !p.is_empty()).cloned() {
                self.by
                    .entry((table.name, column, parent))
                    .or_default()
                    .push(row);
            }
        }
    }

    fn of(&self, table: Table, column: &'static str, parent: &str) -> &[Record] {
        self.by
            .get(&(table.name, column, parent.to_owned()))
            .map_or(&[], Vec::as_slice)
    }

    /// The organization of a row of `organizations.csv`, with its nested objects.
    pub fn organization(&self, row: &Record) -> Result<Organization, serde_json::Error> {
        let mut value = object(row);
        let id = row.get("id").cloned().unwrap_or_default();
        let owner = ("organization_id", id.as_str());
        self.nest(
            &mut value,
            "organization_identifiers",
            ORGANIZATION_IDENTIFIERS,
            owner,
        );
        self.nest(&mut value, "phones", PHONES, owner);
        self.nest(&mut value, "contacts", CONTACTS, owner);
        let locations: Vec<Value> = self
            .of(LOCATIONS, "organization_id", &id)
            .iter()
            .map(|l| self.location(l))
            .collect();
        set(&mut value, "locations", locations);
        self.attributes_of(&mut value, &id);
        serde_json::from_value(Value::Object(value))
    }

    /// The service of a row of `services.csv`, with its nested objects.
    pub fn service(&self, row: &Record) -> Result<Service, serde_json::Error> {
        let mut value = object(row);
        let id = row.get("id").cloned().unwrap_or_default();
        let owner = ("service_id", id.as_str());
        self.nest(&mut value, "phones", PHONES, owner);
        self.nest(&mut value, "contacts", CONTACTS, owner);
        self.nest(&mut value, "schedules", SCHEDULES, owner);
        self.nest(&mut value, "service_areas", SERVICE_AREAS, owner);
        self.nest(&mut value, "languages", LANGUAGES, owner);
        let places: Vec<Value> = self
            .of(SERVICE_AT_LOCATION, "service_id", &id)
            .iter()
            .map(|at| {
                let mut place = object(at);
                let at_id = at.get("id").cloned().unwrap_or_default();
                let here = ("service_at_location_id", at_id.as_str());
                self.nest(&mut place, "schedules", SCHEDULES, here);
                if let Some(location) = at.get("location_id").and_then(|l| self.locations.get(l)) {
                    place.insert("location".into(), self.location(location));
                }
                Value::Object(place)
            })
            .collect();
        set(&mut value, "service_at_locations", places);
        self.attributes_of(&mut value, &id);
        serde_json::from_value(Value::Object(value))
    }

    fn location(&self, row: &Record) -> Value {
        let mut value = object(row);
        let id = row.get("id").cloned().unwrap_or_default();
        self.nest(&mut value, "addresses", ADDRESSES, ("location_id", &id));
        self.attributes_of(&mut value, &id);
        Value::Object(value)
    }

    /// Attributes with their taxonomy term, as the JSON form carries them.
    fn attributes_of(&self, value: &mut Map<String, Value>, id: &str) {
        let attributes: Vec<Value> = self
            .of(ATTRIBUTES, "link_id", id)
            .iter()
            .map(|a| {
                let mut attribute = object(a);
                if let Some(term) = a.get("taxonomy_term_id").and_then(|t| self.terms.get(t)) {
                    attribute.insert("taxonomy_term".into(), Value::Object(object(term)));
                }
                Value::Object(attribute)
            })
            .collect();
        set(value, "attributes", attributes);
    }

    fn nest(
        &self,
        value: &mut Map<String, Value>,
        key: &str,
        table: Table,
        (column, parent): (&'static str, &str),
    ) {
        let rows = self
            .of(table, column, parent)
            .iter()
            .map(|r| Value::Object(object(r)))
            .collect();
        set(value, key, rows);
    }
}

fn set(value: &mut Map<String, Value>, key: &str, items: Vec<Value>) {
    if !items.is_empty() {
        value.insert(key.to_owned(), Value::Array(items));
    }
}

/// A row as a JSON object: empty cells left out, number columns as numbers.
fn object(row: &Record) -> Map<String, Value> {
    row.iter()
        .filter(|(_, cell)| !cell.trim().is_empty())
        .map(|(column, cell)| {
            let number = NUMBERS
                .contains(&column.as_str())
                .then(|| cell.trim().parse::<f64>().ok())
                .flatten()
                .and_then(serde_json::Number::from_f64);
            let value = number.map_or_else(|| Value::String(cell.clone()), Value::Number);
            (column.clone(), value)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows as a CSV reader gives them back.
    fn read(rows: Rows, children: &mut Children) -> Vec<Record> {
        let mut own = Vec::new();
        for (table, cells) in rows.rows {
            let record: Record = table
                .columns
                .iter()
                .map(|c| (*c).to_owned())
                .zip(cells)
                .collect();
            if table == ORGANIZATIONS {
                own.push(record);
            } else {
                children.add(table, record);
            }
        }
        own
    }

    #[test]
    fn an_organization_with_empty_required_text_nests_back_whole() {
        let organization: Organization = serde_json::from_value(serde_json::json!({
            "id": "o1",
            "name": "Spolek",
            "description": "",
            "phones": [{"id": "p1", "number": "+420 382 111 222"}],
            "locations": [{
                "id": "l1",
                "location_type": "postal",
                "addresses": [{
                    "id": "a1", "location_id": "l1", "address_1": "Písek", "city": "Písek",
                    "state_province": "Jihočeský kraj", "postal_code": "", "country": "CZ",
                    "address_type": "postal"
                }]
            }]
        }))
        .unwrap();
        let mut children = Children::default();
        let own = read(Rows::organization(&organization), &mut children);
        let back = children.organization(&own[0]).unwrap();
        assert_eq!(back, organization);
    }
}
