//! The catalogue queries, each test on its own fresh database filled with the sample data.

use domain::{DeliveryForm, Filter, MunicipalityCode, ServiceLanguage, ServiceType};

use crate::support::{filter, sample_store};

const MILEVSKO: u32 = 549576;

#[tokio::test]
async fn search_folds_case_diacritics_and_endings() {
    let store = sample_store().await;
    for text in [
        "pecovatelska",
        "PEČOVATEL",
        "pečovatelsk",
        "Pečovatelská služba",
    ] {
        let page = store
            .search(&filter(&format!("q={}", domain::query::encode(text))))
            .await
            .unwrap();
        let names: Vec<&str> = page.items.iter().map(|s| s.name.as_str()).collect();
        assert!(
            names.contains(&"Pečovatelská služba Milevsko"),
            "{text}: {names:?}"
        );
        assert!(
            names.contains(&"Charitní pečovatelská služba"),
            "{text}: {names:?}"
        );
    }
}

#[tokio::test]
async fn a_ukrainian_or_english_query_finds_what_its_czech_equivalent_finds() {
    let store = sample_store().await;
    let found_by = async |query: &str| -> Vec<String> {
        let query = format!("q={}", domain::query::encode(query));
        let page = store.search(&filter(&query)).await.unwrap();
        page.items.into_iter().map(|s| s.name).collect()
    };
    let czech = found_by("dluhy").await;
    for query in ["борги", "debt"] {
        let found = found_by(query).await;
        assert!(
            found.contains(&"Dluhové poradenství THEIA".to_owned()),
            "{query}: {found:?}"
        );
        assert!(
            czech.iter().all(|name| found.contains(name)),
            "{query}: {found:?} ⊉ {czech:?}"
        );
    }
    for query in ["їжа", "food"] {
        let found = found_by(query).await;
        assert!(
            found
                .iter()
                .any(|name| domain::text::fold(name).contains("potravin")),
            "{query}: {found:?}"
        );
    }
    // A database indexed before these synonyms is re-indexed once at start.
    assert!(store.refresh_synonyms().await.unwrap() > 0);
    assert_eq!(
        store.refresh_synonyms().await.unwrap(),
        0,
        "indexed with these synonyms"
    );
    let again = found_by("debt").await;
    assert!(again.contains(&"Dluhové poradenství THEIA".to_owned()));
}

#[tokio::test]
async fn name_hits_rank_before_description_hits() {
    let store = sample_store().await;
    let page = store.search(&filter("q=dluhy")).await.unwrap();
    assert!(page.total >= 3, "dluhy appears in several descriptions");
    assert_eq!(page.items[0].name, "Dluhové poradenství THEIA");
    let page = store.search(&filter("q=potravinov%C3%A1")).await.unwrap();
    let first_non_name = page
        .items
        .iter()
        .position(|s| !domain::text::fold(&s.name).contains("potravin"));
    let last_name = page
        .items
        .iter()
        .rposition(|s| domain::text::fold(&s.name).contains("potravin"));
    if let (Some(first_other), Some(last_hit)) = (first_non_name, last_name) {
        assert!(
            last_hit < first_other,
            "{:?}",
            page.items.iter().map(|s| &s.name).collect::<Vec<_>>()
        );
    }
}

#[tokio::test]
async fn keywords_find_what_descriptions_do_not_say() {
    let store = sample_store().await;
    let page = store
        .search(&filter("q=nem%C3%A1m+co+j%C3%ADst"))
        .await
        .unwrap();
    assert!(
        page.items
            .iter()
            .any(|s| s.name == "Potravinová pomoc Charity"),
        "{:?}",
        page.items
    );
}

#[tokio::test]
async fn hostile_text_is_only_text() {
    let store = sample_store().await;
    for text in [
        "'; DROP TABLE services;--",
        "\" OR 1=1 --",
        "name:* NEAR(a b)",
        "%_\\",
        "😀",
    ] {
        let page = store
            .search(&filter(&format!("q={}", domain::query::encode(text))))
            .await
            .unwrap();
        assert!(page.total < 48, "{text} matched {}", page.total);
    }
    assert!(
        store.search(&Filter::default()).await.unwrap().total >= 40,
        "the data survives"
    );
}

#[tokio::test]
async fn facet_counts_are_what_choosing_the_value_gives() {
    let store = sample_store().await;
    let base = filter("skupina=seniori");
    let page = store.search(&base).await.unwrap();
    each_count_is_what_choosing_gives(&store, &base, &page.facets.forms, |f, v| {
        f.forms.insert(v);
    })
    .await;
    each_count_is_what_choosing_gives(&store, &base, &page.facets.service_types, |f, v| {
        f.service_types.insert(v);
    })
    .await;
    each_count_is_what_choosing_gives(&store, &base, &page.facets.languages, |f, v| {
        f.languages.insert(v);
    })
    .await;
    for a in &page.facets.audiences {
        let chosen = base.changed(|f| f.audience = Some(a.value.slug.clone()));
        assert_eq!(
            store.search(&chosen).await.unwrap().total,
            a.count,
            "{}",
            a.value.name
        );
    }
    for m in page
        .facets
        .municipalities
        .iter()
        .filter(|m| m.count > 0)
        .take(10)
    {
        let chosen = base.changed(|f| f.municipality = Some(m.value.code));
        assert_eq!(
            store.search(&chosen).await.unwrap().total,
            m.count,
            "{}",
            m.value.name
        );
    }
    assert_eq!(
        page.facets.municipalities.len(),
        75,
        "every municipality of the district is offered"
    );
}

async fn each_count_is_what_choosing_gives<T: Copy + std::fmt::Debug>(
    store: &store::Store,
    base: &Filter,
    facet: &[domain::catalog::FacetCount<T>],
    choose: impl Fn(&mut Filter, T),
) {
    for value in facet {
        let chosen = base.changed(|f| choose(f, value.value));
        assert_eq!(
            store.search(&chosen).await.unwrap().total,
            value.count,
            "{:?}",
            value.value
        );
    }
}

#[tokio::test]
async fn filters_narrow_by_audience_form_type_and_place() {
    let store = sample_store().await;
    let all = store.search(&Filter::default()).await.unwrap().total;
    let field = store.search(&filter("forma=terenni")).await.unwrap();
    assert!(field.total > 0 && field.total < all);
    assert!(
        field
            .items
            .iter()
            .all(|s| s.forms.contains(&DeliveryForm::Field))
    );

    let home_care = store
        .search(&filter("druh=pecovatelska-sluzba"))
        .await
        .unwrap();
    assert_eq!(home_care.total, 2);
    assert!(
        home_care
            .items
            .iter()
            .all(|s| s.service_type == Some(ServiceType::HomeCare))
    );

    let in_milevsko = store
        .search(&filter(&format!("obec={MILEVSKO}")))
        .await
        .unwrap();
    let names: Vec<&str> = in_milevsko.items.iter().map(|s| s.name.as_str()).collect();
    assert!(
        names.contains(&"Pečovatelská služba Milevsko"),
        "located there: {names:?}"
    );
    assert!(
        names.contains(&"Linka důvěry Písecko"),
        "reaches the whole district: {names:?}"
    );
    assert!(
        !names.contains(&"Nízkoprahový klub Kotva"),
        "only in Protivín: {names:?}"
    );
}

#[tokio::test]
async fn residents_find_services_that_speak_their_language() {
    let store = sample_store().await;
    let ukrainian = store.search(&filter("jazyk=uk")).await.unwrap();
    let names: Vec<&str> = ukrainian.items.iter().map(|s| s.name.as_str()).collect();
    assert!(names.contains(&"Dluhové poradenství THEIA"), "{names:?}");
    assert!(names.contains(&"Potravinová pomoc Charity"), "{names:?}");
    assert!(!names.contains(&"Noclehárna NADĚJE"), "{names:?}");
    assert!(
        ukrainian
            .items
            .iter()
            .all(|s| s.languages.contains(&ServiceLanguage::Ukrainian))
    );
    let either = store.search(&filter("jazyk=uk&jazyk=cse")).await.unwrap();
    assert!(
        either.total > ukrainian.total,
        "any chosen language will do"
    );
    let facet = |page: &domain::catalog::SearchPage, l| {
        page.facets
            .languages
            .iter()
            .find(|f| f.value == l)
            .map(|f| f.count)
    };
    assert_eq!(
        facet(&ukrainian, ServiceLanguage::Ukrainian),
        Some(ukrainian.total)
    );
    assert!(
        facet(&ukrainian, ServiceLanguage::Vietnamese).is_some(),
        "the other languages stay offered"
    );
    let detail = store.service(ukrainian.items[0].id).await.unwrap().unwrap();
    assert!(detail.languages.contains(&ServiceLanguage::Ukrainian));
}

#[tokio::test]
async fn pages_beyond_the_last_give_the_last() {
    let store = sample_store().await;
    let page = store.search(&filter("strana=9999")).await.unwrap();
    assert_eq!(page.page, page.page_count());
    assert!(!page.items.is_empty());
    let first = store.search(&Filter::default()).await.unwrap();
    let second = store.search(&filter("strana=2")).await.unwrap();
    assert_eq!(first.items.len(), store::PER_PAGE as usize);
    assert!(
        first
            .items
            .iter()
            .all(|a| second.items.iter().all(|b| a.id != b.id))
    );
}

#[tokio::test]
async fn an_unknown_audience_is_ignored_not_an_error() {
    let store = sample_store().await;
    let all = store.search(&Filter::default()).await.unwrap().total;
    assert_eq!(
        store
            .search(&filter("skupina=neznama"))
            .await
            .unwrap()
            .total,
        all
    );
}

#[tokio::test]
async fn a_service_page_has_everything_a_resident_needs() {
    let store = sample_store().await;
    let id = store
        .search(&filter("q=Pe%C4%8Dovatelsk%C3%A1+slu%C5%BEba+Milevsko"))
        .await
        .unwrap()
        .items[0]
        .id;
    let service = store.service(id).await.unwrap().expect("published");
    assert_eq!(service.name, "Pečovatelská služba Milevsko");
    assert_eq!(service.phones[0].href(), "tel:+420382000111");
    assert_eq!(
        service.locations[0].municipality.code,
        MunicipalityCode::from_number(MILEVSKO).unwrap()
    );
    assert!(!service.locations[0].position_approximate);
    assert!(
        service.area.len() > 5,
        "a field service lists where it goes"
    );
    assert!(
        service
            .audiences
            .iter()
            .any(|a| a.slug.as_str() == "seniori")
    );
    assert!(
        service
            .other_services
            .iter()
            .any(|s| s.name == "Tísňová péče Milevsko")
    );
    assert!(service.hours.is_some());
    assert!(store.service(999_999).await.unwrap().is_none());
}

#[tokio::test]
async fn unknown_contacts_are_said_not_invented() {
    let store = sample_store().await;
    let id = store.search(&filter("q=THEIA")).await.unwrap().items[0].id;
    let service = store.service(id).await.unwrap().unwrap();
    assert!(service.phones.is_empty());
    assert!(service.contact_note.is_some());
    assert!(
        service.locations[0].position_approximate,
        "no address known: the municipality's centre"
    );
}

#[tokio::test]
async fn an_organisation_page_lists_its_services() {
    let store = sample_store().await;
    let hit = &store.search(&filter("q=Otava")).await.unwrap().items[0];
    let org = store
        .organization(hit.organization.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(org.name, "Centrum duševního zdraví Otava, z. ú.");
    assert_eq!(org.services.len(), 4);
    assert_eq!(org.municipality.unwrap().name, "Písek");
    assert!(store.organization(-1).await.unwrap().is_none());
}

#[tokio::test]
async fn site_info_says_sample_data_and_lists_audiences() {
    let store = sample_store().await;
    let site = store.site_info().await.unwrap();
    assert!(site.sample_data);
    assert_eq!(site.region_name, "Písecko");
    assert_eq!(site.audiences.len(), 5);
    assert_eq!(site.audiences[0].slug.as_str(), "seniori");
    assert!(site.service_count >= 40);
    assert_eq!(store.audiences().await.unwrap(), site.audiences);
}

#[tokio::test]
async fn an_empty_database_reports_nothing_rather_than_failing() {
    let store = crate::support::scratch().await;
    let page = store.search(&filter("q=cokoli")).await.unwrap();
    assert_eq!(page.total, 0);
    assert!(!store.site_info().await.unwrap().sample_data);
}

#[tokio::test]
async fn the_national_data_set_imports_and_searches() {
    let store = crate::support::scratch().await;
    let data = store::generate_national(&store::NationalDataSet {
        services: 300,
        ..Default::default()
    })
    .unwrap();
    let report = store.import_sample(&data).await.unwrap();
    assert_eq!(report.municipalities, 6259);
    assert_eq!(report.services, 300);
    assert_eq!(store.search(&Filter::default()).await.unwrap().total, 300);
}
