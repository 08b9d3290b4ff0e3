//! The open-data API against the HSDS 3.0 JSON schemas (vendored in `hsds-schemas/`): every
//! answer validates, Czech fields travel as taxonomy terms and attributes, paging and filters
//! work, and bad parameters get a Czech 400.

use crate::support::TestApp;
use jsonschema::{Retrieve, Uri, Validator};
use reqwest::StatusCode;
use serde_json::Value;
use std::io::Read;

const SCHEMAS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hsds-schemas");

fn schema_json(file: &str) -> Value {
    let bytes = std::fs::read(format!("{SCHEMAS}/{file}")).expect("schema file");
    if file.ends_with(".gz") {
        let mut text = String::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_string(&mut text)
            .expect("gzip");
        serde_json::from_str(&text).expect("schema json")
    } else {
        serde_json::from_slice(&bytes).expect("schema json")
    }
}

/// Serves the relative references of the published schemas (`taxonomy_term.json` names
/// `taxonomy.json`) from the vendored files; nothing is fetched.
struct VendoredSchemas;

impl Retrieve for VendoredSchemas {
    fn retrieve(
        &self,
        uri: &Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let file = uri.as_str().rsplit('/').next().unwrap_or_default();
        match file {
            "taxonomy.json" | "metadata.json" => Ok(schema_json(file)),
            other => Err(format!("no vendored schema {other}").into()),
        }
    }
}

/// A validator of a compiled schema (`service`, `service_list`...), or of a published one.
fn validator(name: &str) -> Validator {
    let options = jsonschema::options()
        .with_base_uri(format!("https://hsds.example/schema/{name}"))
        .with_retriever(VendoredSchemas);
    let file = if name.ends_with(".json") {
        name.to_owned()
    } else {
        format!("{name}.json.gz")
    };
    options
        .build(&schema_json(&file))
        .expect("the schema compiles")
}

fn assert_valid(validator: &Validator, value: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

async fn get(app: &TestApp, path: &str) -> (StatusCode, Value) {
    let response = app
        .client
        .get(format!("{}{path}", app.base))
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.expect("JSON"))
}

/// A page answer: the `Page` fields, and each item against `item`.
async fn page(app: &TestApp, path: &str, item: &Validator) -> Value {
    let (status, body) = get(app, path).await;
    assert_eq!(status, StatusCode::OK, "{path}: {body}");
    assert_valid(&validator("page.json"), &body, path);
    for (i, content) in body["contents"]
        .as_array()
        .expect("contents")
        .iter()
        .enumerate()
    {
        assert_valid(item, content, &format!("{path} item {i}"));
    }
    body
}

fn ids(page: &Value) -> Vec<String> {
    page["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn every_answer_validates_against_the_hsds_schemas() {
    let app = TestApp::spawn().await;
    let (status, about) = get(&app, "/api/hsds/").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(about["version"], "3.0");

    let (service, service_list) = (validator("service"), validator("service_list"));
    let services = page(&app, "/api/hsds/services?per_page=50", &service_list).await;
    assert_eq!(
        services["total_items"], 48,
        "every published sample service"
    );
    assert_eq!(services["size"], 48);
    page(
        &app,
        "/api/hsds/services?full=true&per_page=10&page=2",
        &service,
    )
    .await;
    for id in ids(&services) {
        let (status, one) = get(&app, &format!("/api/hsds/services/{id}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_valid(&service, &one, &id);
    }

    let (organization, organization_list) =
        (validator("organization"), validator("organization_list"));
    let organizations = page(&app, "/api/hsds/organizations", &organization_list).await;
    page(
        &app,
        "/api/hsds/organizations?full_service=true&per_page=5",
        &organization,
    )
    .await;
    for id in ids(&organizations) {
        let path = format!("/api/hsds/organizations/{id}?full_service=true");
        let (status, one) = get(&app, &path).await;
        assert_eq!(status, StatusCode::OK);
        assert_valid(&organization, &one, &path);
    }

    let (at_location, at_location_list) = (
        validator("service_at_location"),
        validator("service_at_location_list"),
    );
    let places = page(
        &app,
        "/api/hsds/service_at_locations?per_page=500",
        &at_location_list,
    )
    .await;
    assert!(places["total_items"].as_u64().unwrap() > 0);
    for id in ids(&places).into_iter().take(20) {
        let (status, one) = get(&app, &format!("/api/hsds/service_at_locations/{id}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_valid(&at_location, &one, &id);
    }

    let (taxonomy, term) = (validator("taxonomy.json"), validator("taxonomy_term.json"));
    let taxonomies = page(&app, "/api/hsds/taxonomies", &taxonomy).await;
    assert_eq!(taxonomies["total_items"], 5);
    for id in ids(&taxonomies) {
        let (_, one) = get(&app, &format!("/api/hsds/taxonomies/{id}")).await;
        assert_valid(&taxonomy, &one, &id);
    }
    let terms = page(&app, "/api/hsds/taxonomy_terms?per_page=500", &term).await;
    for id in ids(&terms).into_iter().take(10) {
        let (_, one) = get(&app, &format!("/api/hsds/taxonomy_terms/{id}")).await;
        assert_valid(&term, &one, &id);
    }
}

/// The term of `taxonomy` (its slug) with this code, from the API.
async fn term_id(app: &TestApp, taxonomy: &str, code: &str) -> String {
    let (_, terms) = get(app, "/api/hsds/taxonomy_terms?per_page=500").await;
    terms["contents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| {
            t["code"] == code
                && t["taxonomy"]
                    .as_str()
                    .is_some_and(|name| name.starts_with(taxonomy))
        })
        .and_then(|t| t["id"].as_str())
        .unwrap_or_else(|| panic!("no term {taxonomy}/{code}"))
        .to_owned()
}

#[tokio::test]
async fn czech_fields_travel_as_terms_and_attributes_and_filter_the_list() {
    let app = TestApp::spawn().await;
    let debt = term_id(&app, "druh-sluzby", "socialni-poradenstvi").await;
    let (status, found) = get(
        &app,
        &format!("/api/hsds/services?taxonomy_term_id={debt}&search=dluhy&full=true"),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{found}");
    let services = found["contents"].as_array().unwrap();
    assert!(!services.is_empty());
    for service in services {
        let attributes = service["attributes"].as_array().unwrap();
        assert!(
            attributes.iter().any(|a| a["taxonomy_term_id"] == debt),
            "each carries the type's term"
        );
        let codes: Vec<&str> = attributes
            .iter()
            .filter_map(|a| a["taxonomy_term"]["code"].as_str())
            .collect();
        assert!(
            codes.contains(&"ambulantni") || codes.contains(&"terenni"),
            "{codes:?}"
        );
    }
    let (_, everything) = get(&app, "/api/hsds/services?full=true&per_page=500").await;
    let keyed = everything["contents"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["attributes"].as_array().unwrap())
        .find(|a| a["taxonomy_term"]["code"] == "klic-sluzby" && a["value"] == "linka-duvery")
        .expect("the key the wizard names a service by travels as an attribute");
    assert_eq!(keyed["link_entity"], "service");

    let (_, in_town) = get(&app, "/api/hsds/services?obec=549240&per_page=500").await;
    let (_, all) = get(&app, "/api/hsds/services?per_page=500").await;
    assert!(in_town["total_items"].as_u64() < all["total_items"].as_u64());

    let organization = all["contents"][0]["organization_id"].as_str().unwrap();
    let (_, own) = get(
        &app,
        &format!("/api/hsds/services?organization_id={organization}"),
    )
    .await;
    assert!(
        own["contents"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["organization_id"] == organization)
    );

    let (_, second) = get(&app, "/api/hsds/services?per_page=10&page=2").await;
    assert_eq!(second["page_number"], 2);
    assert_eq!(second["first_page"], false);
    assert_eq!(second["contents"][0]["id"], all["contents"][10]["id"]);
}

#[tokio::test]
async fn bad_parameters_get_a_czech_400_and_unknown_ids_a_404() {
    let app = TestApp::spawn().await;
    for path in [
        "/api/hsds/services?per_page=0",
        "/api/hsds/services?per_page=501",
        "/api/hsds/services?page=x",
        "/api/hsds/services?modified_after=2026-01-01",
        "/api/hsds/services?format=xml",
        "/api/hsds/services?taxonomy_term_id=abc",
        "/api/hsds/services?forma=kouzelna",
        "/api/hsds/services?search=%FF",
        "/api/hsds/service_at_locations?postcode=39701",
    ] {
        let (status, body) = get(&app, path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        assert!(
            body["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{path}"
        );
    }
    for path in [
        "/api/hsds/services/00000000-0000-4000-8000-000000000000",
        "/api/hsds/services/nic",
        "/api/hsds/organizations/nic",
        "/api/hsds/service_at_locations/nic",
        "/api/hsds/taxonomy_terms/nic",
    ] {
        let (status, body) = get(&app, path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(body["error"].is_string());
    }
}

#[tokio::test]
async fn service_and_provider_pages_link_to_their_open_data() {
    let app = TestApp::spawn().await;
    let (_, list) = get(&app, "/api/hsds/services?per_page=1").await;
    let hsds_id = list["contents"][0]["id"].as_str().unwrap().to_owned();
    let service = app
        .store
        .matching_ids(&domain::Filter::default())
        .await
        .unwrap()[0];
    let page = app
        .client
        .get(format!("{}/sluzby/{service}", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(&format!("/otevrena-data/sluzby/{service}")));
    let link = app
        .client
        .get(format!("{}/otevrena-data/sluzby/{service}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(link.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        link.headers()["location"],
        format!("/api/hsds/services/{hsds_id}").as_str()
    );
    let docs = app
        .client
        .get(format!("{}/otevrena-data", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(docs.status(), StatusCode::OK);
    assert!(docs.text().await.unwrap().contains("/api/hsds/services"));
}

#[tokio::test]
async fn the_export_writes_what_the_api_serves_and_it_validates() {
    let app = TestApp::spawn().await;
    let dir = std::env::temp_dir().join(format!("pomoc-export-{}", std::process::id()));
    let request = server::export::parse_args(&[
        "--format".into(),
        "hsds-json".into(),
        dir.display().to_string(),
    ])
    .unwrap();
    let report = server::export::export(&app.store, "https://pomoc.example", &request)
        .await
        .unwrap();
    assert_eq!(report.services, 48);
    let read = |file: &str| -> Vec<Value> {
        serde_json::from_slice(&std::fs::read(dir.join(file)).unwrap()).expect(file)
    };
    let services = read("services.json");
    assert_eq!(services.len(), 48);
    let service = validator("service");
    for item in &services {
        assert_valid(&service, item, "services.json");
    }
    let (_, first) = get(
        &app,
        &format!("/api/hsds/services/{}", services[0]["id"].as_str().unwrap()),
    )
    .await;
    assert_eq!(first, services[0], "the same object as the API's");
    let organization = validator("organization");
    let organizations = read("organizations.json");
    assert_eq!(organizations.len(), report.organizations);
    for item in &organizations {
        assert_valid(&organization, item, "organizations.json");
    }
    assert_eq!(read("taxonomies.json").len(), 5);
    assert_eq!(read("taxonomy_terms.json").len(), report.terms);
    assert!(matches!(
        server::export::parse_args(&["--format".into(), "xml".into(), "d".into()]),
        Err(server::export::ExportError::Format(_))
    ));
    std::fs::remove_dir_all(&dir).unwrap();
}
