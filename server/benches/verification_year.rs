//! A year of the verification cycle on the sample data, day by day with a moving clock: the
//! hourly cycle asks, reminds and hands tasks to staff (`server::verification_cycle::run_cycle`,
//! as the server runs it); each provider answers a message with a set chance within a week
//! ("Vše platí"), and staff phone the providers their home page lists once a week (no answer
//! to a round, or no address to write to), reaching four in five. Prints the share of published
//! services verified within six months at each month's end, against the 95 % goal, for the
//! default schedule (asked after five months) and for asking after four. Seeded, so a run
//! repeats exactly.
//!
//! `cargo bench -p server --bench verification_year`

use domain::admin::date::{DAY, HALF_YEAR_SECS};
use domain::staff::{Role, StaffUser, Username};
use domain::verification::Source;
use domain::verification::cycle::{GOAL_PERCENT, Schedule};
use domain::verification::overview::{MailState, Overview};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use server::verification_cycle::{Cycle, run_cycle};
use std::collections::BTreeMap;
use store::Store;

/// The chance a provider answers the first message, the first reminder, the second.
const ANSWERS: [f64; 3] = [0.5, 0.4, 0.3];
/// The chance staff reach a provider on their list by phone in a week.
const STAFF_REACH: f64 = 0.8;

#[derive(Default)]
struct Month {
    asked: usize,
    reminded: usize,
    tasks: usize,
    answered: usize,
    phoned: usize,
}

/// Staff verify every published service of `organization` by phone.
async fn phone(store: &Store, organization: i64, by: &StaffUser, now: i64) {
    for service in store.own_services(organization).await.expect("services") {
        let stored = store
            .service_for_edit(service.id)
            .await
            .expect("read")
            .expect("service");
        store
            .update_service(service.id, &stored.edit, Some(Source::Staff), by, now)
            .await
            .expect("verified");
    }
}

/// One simulated year with providers asked on `schedule`; a line a month.
async fn year(schedule: Schedule) -> Vec<(f64, Month)> {
    let store = Store::open_in_memory().await.expect("database");
    store.seed_if_empty().await.expect("sample data");
    let name = Username::parse("simulace").expect("name");
    let id = store
        .create_staff_account(
            &name,
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA",
            Role::Editor,
        )
        .await
        .expect("account")
        .expect("new");
    let staff = StaffUser {
        id,
        username: name,
        role: Role::Editor,
    };
    let cycle = Cycle {
        portal: "https://pomoc.example".into(),
        schedule,
    };
    let mut rng = StdRng::seed_from_u64(2026);
    let start = app::state::now();
    // Answers waiting for their day: day → organisations.
    let mut answers: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    let mut months = Vec::new();
    let mut month = Month::default();
    for day in 0..365 {
        let now = start + day * DAY;
        let before = store
            .provider_states(now - HALF_YEAR_SECS)
            .await
            .expect("states");
        let report = run_cycle(&store, &cycle, now).await.expect("cycle");
        month.asked += report.asked;
        month.reminded += report.reminded;
        month.tasks += report.tasks;
        let after = store
            .provider_states(now - HALF_YEAR_SECS)
            .await
            .expect("states");
        for state in &after {
            let Some(round) = state.round else { continue };
            let was = before
                .iter()
                .find(|b| b.organization_id == state.organization_id)
                .and_then(|b| b.round);
            let message = match was {
                None => Some(0),
                Some(old) if old.reminders != round.reminders => Some(usize::from(round.reminders)),
                Some(_) => None,
            };
            if let Some(n) = message
                && rng.gen_bool(ANSWERS[n])
            {
                let when = day + rng.gen_range(0..7);
                answers.entry(when).or_default().push(state.organization_id);
            }
        }
        for organization in answers.remove(&day).unwrap_or_default() {
            let states = store
                .provider_states(now - HALF_YEAR_SECS)
                .await
                .expect("states");
            let open = states
                .iter()
                .any(|p| p.organization_id == organization && p.round.is_some());
            let contacts = store
                .organization_contacts(organization)
                .await
                .expect("contacts");
            if let (true, Some(contact)) = (open, contacts.first()) {
                store
                    .confirm_services(contact, now)
                    .await
                    .expect("confirmed");
                month.answered += 1;
            }
        }
        if day % 7 == 6 {
            // Staff work the list the home page shows them.
            let overview = Overview {
                providers: store
                    .provider_states(now - HALF_YEAR_SECS)
                    .await
                    .expect("states"),
                mail: MailState::default(),
                proposals_waiting: 0,
                schedule,
                now,
            };
            let listed: Vec<i64> = overview.needs_staff().map(|p| p.organization_id).collect();
            for organization in listed {
                if rng.gen_bool(STAFF_REACH) {
                    phone(&store, organization, &staff, now).await;
                    month.phoned += 1;
                }
            }
        }
        if day % 30 == 29 {
            let states = store
                .provider_states(now - HALF_YEAR_SECS)
                .await
                .expect("states");
            let services: u64 = states.iter().map(|s| s.services).sum();
            let verified: u64 = states.iter().map(|s| s.verified).sum();
            months.push((
                verified as f64 * 100.0 / services as f64,
                std::mem::take(&mut month),
            ));
        }
    }
    months
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let schedules = [
        ("five months (152 days, the default)", 152),
        ("four months (122 days)", 122),
    ];
    for (label, days) in schedules {
        let schedule = Schedule::days(days).expect("days");
        println!("providers asked after {label}; goal {GOAL_PERCENT} %");
        println!("month  verified within 6 months  asked  reminded  staff tasks  answered  phoned");
        let months = year(schedule).await;
        for (n, (share, m)) in months.iter().enumerate() {
            println!(
                "{:>5}  {share:>6.1} %{:>19}  {:>5}  {:>8}  {:>11}  {:>8}  {:>6}",
                n + 1,
                if *share < f64::from(GOAL_PERCENT) {
                    "below goal"
                } else {
                    ""
                },
                m.asked,
                m.reminded,
                m.tasks,
                m.answered,
                m.phoned
            );
        }
        let lowest = months.iter().map(|(s, _)| *s).fold(100.0, f64::min);
        let calls: usize = months.iter().map(|(_, m)| m.phoned).sum();
        println!("lowest month {lowest:.1} %, staff calls in the year: {calls}\n");
    }
}
