//! Surveys over HTTP: staff make one, residents answer it anonymously (honeypot, rate limit,
//! values the questions do not offer refused), the results are counted in public, the free texts
//! and the CSV stay with staff, and a closed survey takes no answers.

use crate::support::{Browser, TestApp};
use domain::staff::Role;
use reqwest::StatusCode;

const PASSWORD: &str = "Otava teče pod mostem";

#[tokio::test]
async fn staff_make_a_survey_residents_answer_and_the_results_are_counted() {
    let app = TestApp::spawn().await;
    app.staff("jana", Role::Editor, PASSWORD).await;
    let mut staff = Browser::new(&app);
    staff.log_in("jana", PASSWORD).await;
    let page = staff.get("/sprava/ankety").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("Jak jsou pro vás sociální služby dostupné?"),
        "the sample's survey"
    );
    let once = page.hidden("once");
    let mut form = vec![
        ("title", "Doprava ke službám"),
        ("intro", "Jak se dostanete k pomoci?"),
        (
            "questions",
            "jedna: Čím jezdíte? | autobusem | autem\nškála: Jak je to daleko? | 3 | 1",
        ),
        ("once", once.as_str()),
    ];
    let wrong = staff.post("/sprava/ankety", &form).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong.body.contains("řádek 2:"),
        "the mistake names its line"
    );
    form[2].1 = "jedna: Čím jezdíte? | autobusem | autem\n\nvíce: Kam? | Písek | Milevsko | Protivín\nškála: Jak je to daleko? | 1 | 5\ntext: Co by pomohlo?";
    let made = staff.post("/sprava/ankety", &form).await;
    assert_eq!(made.status, StatusCode::FOUND, "{}", made.body);
    let admin_path = made.location().split('?').next().unwrap().to_owned();

    let path = "/ankety/doprava-ke-sluzbam";
    let mut resident = Browser::new(&app);
    let survey = resident.get(path).await;
    assert_eq!(survey.status, StatusCode::OK);
    assert!(
        survey
            .body
            .contains("type=\"checkbox\" name=\"q1\" value=\"2\"")
    );
    let nothing = resident.post(path, &[("q3", " ")]).await;
    assert_eq!(nothing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(nothing.body.contains("aspoň na jednu otázku"));
    let forged = resident.post(path, &[("q0", "5"), ("q1", "1")]).await;
    assert_eq!(forged.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        forged.body.contains("value=\"1\" checked"),
        "what was chosen stays chosen"
    );
    let robot = resident
        .post(path, &[("q0", "0"), ("web", "http://spam")])
        .await;
    assert_eq!(robot.status, StatusCode::FOUND);
    let answers: [&[(&str, &str)]; 3] = [
        &[
            ("q0", "0"),
            ("q1", "0"),
            ("q1", "2"),
            ("q2", "4"),
            ("q3", "Častější autobus, Jan Novák"),
        ],
        &[("q0", "0"), ("q1", "1"), ("q2", "2")],
        &[("q0", "1"), ("q2", "3")],
    ];
    for answer in answers {
        let sent = resident.post(path, answer).await;
        assert_eq!(sent.status, StatusCode::FOUND);
    }

    let (status, results) = app.get("/ankety/doprava-ke-sluzbam/vysledky").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        results.contains("Celkem odpovědí: 3"),
        "the robot's is not counted"
    );
    assert!(results.contains("průměr 3,0"));
    assert_eq!(
        results.matches("<svg").count(),
        3,
        "a chart for each choice and scale question"
    );
    assert!(!results.contains("Jan Novák"), "free texts stay with staff");

    let own = staff.get(&admin_path).await;
    assert!(own.body.contains("Častější autobus, Jan Novák"));
    let csv_path = format!("{admin_path}/vysledky.csv");
    let csv = staff.get(&csv_path).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let lines: Vec<&str> = csv.body.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 4, "a header and three responses");
    assert_eq!(
        lines[0],
        "Čím jezdíte?,Kam?,Jak je to daleko?,Co by pomohlo?"
    );
    assert_eq!(
        lines[1],
        "autobusem,Písek; Protivín,4,\"Častější autobus, Jan Novák\""
    );
    let anonymous = Browser::new(&app).get(&csv_path).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);

    let closed = staff.post(&admin_path, &[("open", "false")]).await;
    assert_eq!(closed.status, StatusCode::FOUND);
    let late = resident.post(path, &[("q0", "1")]).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(late.body.contains("Anketa je už uzavřená."));
}
