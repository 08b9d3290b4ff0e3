//! Topics, common questions and the wizard, each test on its own fresh database.

use domain::Slug;
use domain::faq::FaqFilter;
use domain::wizard::Step;
use store::SampleData;

use crate::support::sample_store;

fn slug(s: &str) -> Slug {
    Slug::parse(s).unwrap()
}

fn filter(query: &str) -> FaqFilter {
    FaqFilter::from_query(query).unwrap()
}

#[tokio::test]
async fn every_question_is_listed_without_a_filter() {
    let store = sample_store().await;
    let list = store.faqs(&FaqFilter::default()).await.unwrap();
    assert!(list.items.len() >= 16, "{} questions", list.items.len());
    assert_eq!(list.items[0].slug.as_str(), "jsem-sam-a-potrebuji-pomoc");
    assert_eq!(list.topics.len(), 7);
}

#[tokio::test]
async fn an_audience_sees_its_questions_and_those_for_everyone() {
    let store = sample_store().await;
    let all = store.faqs(&FaqFilter::default()).await.unwrap().items.len();
    let seniors: Vec<String> = store
        .faqs(&filter("skupina=seniori"))
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|f| f.slug.to_string())
        .collect();
    assert!(seniors.len() < all);
    assert!(
        seniors.contains(&"rodic-s-demenci".to_owned()),
        "tagged for seniors"
    );
    assert!(seniors.contains(&"mame-dluhy".to_owned()), "for everyone");
    assert!(
        !seniors.contains(&"dite-a-drogy".to_owned()),
        "for families only"
    );
}

#[tokio::test]
async fn topics_and_czech_text_narrow_the_questions() {
    let store = sample_store().await;
    let housing = store.faqs(&filter("tema=bydleni")).await.unwrap().items;
    assert!(housing.iter().any(|f| f.slug.as_str() == "nemam-kde-spat"));
    assert!(housing.iter().all(|f| f.slug.as_str() != "mame-dluhy"));

    let care = store
        .faqs(&filter("q=P%C5%98%C3%8DSP%C4%9AVEK+na+p%C3%A9%C4%8Di"))
        .await
        .unwrap()
        .items;
    assert_eq!(
        care[0].slug.as_str(),
        "prispevek-na-peci",
        "its question says it: first"
    );
    assert!(care.len() > 1, "other answers mention it too");

    let debts = store.faqs(&filter("q=dluhy")).await.unwrap().items;
    assert!(debts.iter().any(|f| f.slug.as_str() == "mame-dluhy"));
    assert!(
        store
            .faqs(&filter("q=%3F%3F"))
            .await
            .unwrap()
            .items
            .is_empty(),
        "nothing searchable, nothing found"
    );
}

#[tokio::test]
async fn a_question_page_names_its_services_in_order() {
    let store = sample_store().await;
    let faq = store
        .faq(&slug("mame-dluhy"))
        .await
        .unwrap()
        .expect("published");
    assert_eq!(
        faq.question,
        "Máme dluhy – jsme v dluhové pasti a nevíme kudy dál?"
    );
    let services: Vec<&str> = faq.services.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        services,
        [
            "Dluhové poradenství THEIA",
            "Oddělení sociální práce a pomoci"
        ]
    );
    assert_eq!(faq.topics[0].name, "Peníze, dávky a dluhy");
    assert!(faq.audiences.is_empty(), "for everyone");
    assert!(store.faq(&slug("neexistuje")).await.unwrap().is_none());
}

#[tokio::test]
async fn audiences_carry_their_topics() {
    let store = sample_store().await;
    let seniors = store
        .audiences()
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.slug.as_str() == "seniori")
        .unwrap();
    assert_eq!(
        seniors.topics,
        [
            slug("pece"),
            slug("zdravi"),
            slug("penize"),
            slug("bydleni")
        ]
    );
}

#[tokio::test]
async fn the_wizard_tree_is_stored_whole_and_valid() {
    let store = sample_store().await;
    let tree = store.wizard_tree().await.unwrap().expect("stored");
    assert_eq!(tree.validate(), Ok(()));
    let outcomes = tree
        .nodes
        .iter()
        .filter(|n| matches!(n.step, Step::Outcome(_)))
        .count();
    assert!(outcomes >= 10, "{outcomes} outcomes");
    assert!(
        crate::support::scratch()
            .await
            .wizard_tree()
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn the_four_pisek_situations_reach_the_contacts_the_sources_name() {
    let store = sample_store().await;
    let tree = store.wizard_tree().await.unwrap().unwrap();
    for (path, first_contact) in [
        (vec!["jsem-sam"], "Oddělení sociální práce a pomoci"),
        (vec!["dite-s-postizenim", "1-az-7"], "Raná péče Jitřenka"),
        (vec!["dluhy", "ne"], "Dluhové poradenství THEIA"),
        (vec!["nemam-co-jist"], "Oddělení sociální práce a pomoci"),
    ] {
        let walk = tree.walk(&path).unwrap();
        let Step::Outcome(outcome) = &walk.current.step else {
            panic!("{path:?} ends at a question")
        };
        let contacts = store.services_by_key(&outcome.contacts).await.unwrap();
        assert_eq!(contacts[0].name, first_contact, "{path:?}");
        assert!(path.len() <= domain::wizard::MAX_DEPTH);
    }
}

#[tokio::test]
async fn services_by_key_keep_the_order_asked_and_skip_unknown_keys() {
    let store = sample_store().await;
    let found = store
        .services_by_key(&[slug("linka-duvery"), slug("zadna"), slug("pisek-osp")])
        .await
        .unwrap();
    let names: Vec<&str> = found.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["Linka důvěry Písecko", "Oddělení sociální práce a pomoci"]
    );
}

const SAMPLE: &str = include_str!("../../data/sample-pisek.toml");
const PISEK: &str = include_str!("../../data/obce-okres-pisek.csv");

async fn import_error(text: &str) -> String {
    let store = crate::support::scratch().await;
    let data = SampleData::parse(text, PISEK).unwrap();
    let error = store.import_sample(&data).await.unwrap_err().to_string();
    assert!(
        store
            .faqs(&FaqFilter::default())
            .await
            .unwrap()
            .items
            .is_empty(),
        "nothing stays"
    );
    error
}

#[tokio::test]
async fn an_invalid_wizard_is_refused_naming_the_node() {
    let broken = SAMPLE.replacen(r#"next = "dluhy-poradna""#, r#"next = "nikam""#, 1);
    let error = import_error(&broken).await;
    assert!(
        error.contains("dluhy-naleha") && error.contains("nikam"),
        "{error}"
    );
}

#[tokio::test]
async fn a_question_naming_an_unknown_service_is_refused() {
    let broken = SAMPLE.replacen(
        r#"services = ["theia-dluhy", "pisek-osp"]"#,
        r#"services = ["theia-dluhy", "neni"]"#,
        1,
    );
    let error = import_error(&broken).await;
    assert!(
        error.contains("mame-dluhy") && error.contains("neni"),
        "{error}"
    );
}

#[tokio::test]
async fn the_site_search_finds_news_typed_without_diacritics_and_ranks_the_title_first() {
    let store = sample_store().await;
    assert!(store.reindex_content().await.unwrap() > 0);
    let article = store.articles(None, 1).await.unwrap().remove(0);
    let typed = domain::text::fold(&article.title).to_uppercase();
    assert_ne!(
        typed, article.title,
        "the title has diacritics or lower case to fold"
    );
    let hits = store.search_content(&typed, 5).await.unwrap();
    assert_eq!(
        hits.first().map(|h| h.title.as_str()),
        Some(article.title.as_str())
    );
    assert!(
        store
            .search_content("zzzneexistujici", 5)
            .await
            .unwrap()
            .is_empty()
    );
}
