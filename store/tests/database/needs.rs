//! Where help is missing: signals added up across flushes and kept 25 months, the population
//! import and the supply against it.

use domain::needs::report::Period;
use domain::needs::{Day, Signal, SignalKind};
use std::sync::Arc;

use crate::support::sample_store;

const DEC_7: i64 = 1_796_601_600;

#[tokio::test]
async fn signals_add_up_across_flushes_per_day() {
    let store = sample_store().await;
    let search = || Signal::search("kadeřník", 0).unwrap();
    for _ in 0..3 {
        store.count_signal(search(), DEC_7 + 60);
    }
    store.count_signal(search(), DEC_7 - 60);
    assert_eq!(store.flush_signals().await.unwrap(), 2, "two days");
    store.count_signal(search(), DEC_7 + 7_200);
    assert_eq!(store.flush_signals().await.unwrap(), 1);
    assert_eq!(store.flush_signals().await.unwrap(), 0, "nothing waits");
    let today = Day::of(DEC_7);
    let period = Period {
        from: today.plus(-1),
        to: today,
    };
    let tally = store.signal_tally(period, today).await.unwrap();
    let of = |day: Day| {
        tally
            .days
            .iter()
            .find(|c| c.day == day && c.kind == SignalKind::SearchEmpty)
            .map(|c| c.count)
    };
    assert_eq!(of(today), Some(4));
    assert_eq!(of(today.plus(-1)), Some(1));
    assert_eq!(
        tally.ranked(SignalKind::SearchEmpty).rows,
        [("kadernik".to_owned(), 5)]
    );
}

#[tokio::test]
async fn rare_searches_stay_in_the_database_and_finished_periods_are_summed_once() {
    let store = sample_store().await;
    let today = Day::of(DEC_7);
    let yesterday = DEC_7 - 86_400;
    for _ in 0..4 {
        store.count_signal(Signal::search("vzácné", 0).unwrap(), yesterday);
    }
    for _ in 0..2 {
        store.count_signal(Signal::wizard_not_found("dluhy").unwrap(), yesterday);
    }
    store.flush_signals().await.unwrap();
    let past = Period {
        from: today.plus(-7),
        to: today.plus(-1),
    };
    let tally = store.signal_tally(past, today).await.unwrap();
    assert!(
        tally.subjects.iter().all(|s| s.subject != "vzacne"),
        "read from five up only"
    );
    assert_eq!(tally.ranked(SignalKind::SearchEmpty).hidden, 4);
    assert_eq!(
        tally.totals(SignalKind::WizardNotFound)["dluhy"],
        2,
        "own lists read whole"
    );
    // A finished period is not summed again, until a flush brings counts of its days late.
    assert_eq!(store.signal_tally(past, today).await.unwrap(), tally);
    store.count_signal(Signal::search("vzácné", 0).unwrap(), DEC_7);
    store.flush_signals().await.unwrap();
    assert!(Arc::ptr_eq(
        &store.signal_tally(past, today).await.unwrap(),
        &store.signal_tally(past, today).await.unwrap()
    ));
    store.count_signal(Signal::search("vzácné", 0).unwrap(), yesterday);
    store.flush_signals().await.unwrap();
    let late = store.signal_tally(past, today).await.unwrap();
    assert_eq!(
        late.ranked(SignalKind::SearchEmpty).rows,
        [("vzacne".to_owned(), 5)]
    );
    let live = Period {
        from: today.plus(-7),
        to: today,
    };
    let ranked = store
        .signal_tally(live, today)
        .await
        .unwrap()
        .ranked(SignalKind::SearchEmpty);
    assert_eq!(ranked.rows, [("vzacne".to_owned(), 6)]);
}

#[tokio::test]
async fn signals_older_than_25_months_are_forgotten() {
    let store = sample_store().await;
    let today = Day::of(DEC_7);
    for day in [today, today.oldest_kept(), today.oldest_kept().plus(-1)] {
        store.count_signal(
            Signal::missing_service(None),
            i64::from(day.0) * 86_400 + 10,
        );
    }
    store.flush_signals().await.unwrap();
    assert_eq!(store.forget_old_signals(today).await.unwrap(), 1);
    let all = Period {
        from: Day(0),
        to: today,
    };
    let tally = store.signal_tally(all, today).await.unwrap();
    let days: Vec<Day> = tally.days.iter().map(|c| c.day).collect();
    assert_eq!(days, vec![today.oldest_kept(), today]);
}

#[tokio::test]
async fn the_sample_population_is_the_districts() {
    let store = sample_store().await;
    let everyone = store.supply(None).await.unwrap();
    let people = everyone.people.expect("the sample data has a population");
    assert!(people > 60_000, "{people}");
    let pisek = &everyone
        .by_municipality
        .iter()
        .find(|m| m.municipality.name == "Písek")
        .unwrap();
    assert!(
        pisek.people.is_some_and(|p| (29_700..=29_900).contains(&p)),
        "{:?}",
        pisek.people
    );
    assert!(pisek.services > 10, "{}", pisek.services);
    let seniors_audience = store
        .audiences()
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.slug.as_str() == "seniori")
        .unwrap();
    let seniors = store.supply(Some(&seniors_audience)).await.unwrap();
    assert!(seniors.people.unwrap() < people / 3, "only those over 65");
    let beds: u64 = seniors
        .by_type
        .iter()
        .flat_map(|t| &t.capacities)
        .map(|(_, n)| n)
        .sum();
    assert!(beds > 0, "{:?}", seniors.by_type);
}

#[tokio::test]
async fn another_table_is_refused_and_the_population_kept() {
    let store = sample_store().await;
    let before = store.supply(None).await.unwrap().people;
    let ten_year = "\"hodnota\",\"uzemi_cis\",\"uzemi_kod\",\"vek_kod\",\"vek_txt\",\"pohlavi_kod\"\n\
                    \"900\",\"43\",\"549240\",\"1\",\"60 - 69 let\",\"\"\n";
    let error = store
        .import_population(ten_year.as_bytes())
        .await
        .unwrap_err();
    assert!(error.to_string().contains("není pětiletá"), "{error}");
    let other = "obec,pocet\nPísek,30000\n";
    let error = store.import_population(other.as_bytes()).await.unwrap_err();
    assert!(
        error.to_string().contains("chybí sloupec „hodnota“"),
        "{error}"
    );
    assert_eq!(store.supply(None).await.unwrap().people, before);
}

#[tokio::test]
async fn an_import_replaces_the_population_and_skips_unknown_municipalities() {
    let store = sample_store().await;
    let file = "\"hodnota\",\"uzemi_cis\",\"uzemi_kod\",\"vek_kod\",\"vek_txt\",\"pohlavi_kod\"\n\
                \"1000\",\"43\",\"549240\",\"1\",\"65 - 69 let\",\"\"\n\
                \"500\",\"43\",\"549240\",\"2\",\"0 - 4 roky\",\"\"\n\
                \"700\",\"43\",\"554782\",\"2\",\"0 - 4 roky\",\"\"\n";
    let summary = store.import_population(file.as_bytes()).await.unwrap();
    assert_eq!(
        (summary.municipalities, summary.bands, summary.skipped),
        (1, 2, 1)
    );
    assert_eq!(store.supply(None).await.unwrap().people, Some(1_500));
}
