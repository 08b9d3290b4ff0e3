//! Public consultation through HTTP, as a browser without JavaScript uses it: staff open a comment
//! period on a draft, residents comment on its sections (honeypot, rate limit, closed periods
//! refused), staff settle each comment, and the settled list is public.

use crate::support::{Browser, TestApp};
use domain::admin::date::iso_date;
use domain::staff::Role;
use reqwest::StatusCode;

const PASSWORD: &str = "Otava teče pod mostem";
const DAY: i64 = 86_400;

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[tokio::test]
async fn the_samples_closed_draft_publishes_how_its_five_comments_were_settled() {
    let app = TestApp::spawn().await;
    let (status, list) = app.get("/plan/pripominky").await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains("href=\"/plan/pripominky/akcni-plan-2026\""));
    let (status, page) = app.get("/plan/pripominky/akcni-plan-2026").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        page.matches("<tr>").count(),
        1 + 5,
        "a header and five comments"
    );
    for outcome in [
        "vyhověno",
        "částečně vyhověno",
        "nevyhověno",
        "vzato na vědomí",
    ] {
        assert!(page.contains(&format!(">{outcome}<")), "{outcome}");
    }
    assert!(page.contains("Nesouhlasíme se zrušením noclehárny"));
    assert!(
        !page.contains("id=\"pripominka\""),
        "no form once the period closed"
    );

    let mut resident = Browser::new(&app);
    resident.get("/plan/pripominky/akcni-plan-2026").await;
    let late = resident
        .post(
            "/plan/pripominky/akcni-plan-2026",
            &[
                ("section", "cast-2"),
                ("text", "Pozdě, ale přece."),
                ("author", ""),
            ],
        )
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(late.body.contains("období připomínek neběží"));
    let (status, _) = app.get("/plan/pripominky/neni-takovy").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn staff_open_a_period_residents_comment_and_staff_settle_in_public() {
    let app = TestApp::spawn().await;
    app.staff("jana", Role::Editor, PASSWORD).await;
    let mut staff = Browser::new(&app);
    staff.log_in("jana", PASSWORD).await;
    let page = staff.get("/sprava/pripominky").await;
    assert_eq!(page.status, StatusCode::OK);
    let once = page.hidden("once");
    let (today, in_two_weeks) = (iso_date(now()), iso_date(now() + 14 * DAY));
    let draft = "Úvodní slovo.\n\n## Senioři\nVíkendová péče.\n\n## Rodiny\nPoradna v Mirovicích.";
    let mut opening = vec![
        ("title", "Návrh zásad dotací 2027"),
        ("intro", "Připomínkujte zásady."),
        ("draft", draft),
        ("opens_on", today.as_str()),
        ("closes_on", "2020-01-01"),
        ("once", once.as_str()),
    ];
    let backwards = staff.post("/sprava/pripominky", &opening).await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(backwards.body.contains("konec nesmí být dřív než začátek"));
    assert!(
        backwards.body.contains("Poradna v Mirovicích."),
        "the draft is kept as typed"
    );
    opening[4].1 = in_two_weeks.as_str();
    let opened = staff.post("/sprava/pripominky", &opening).await;
    assert_eq!(opened.status, StatusCode::FOUND, "{}", opened.body);
    let admin_path = opened.location().split('?').next().unwrap().to_owned();
    let twice = staff.post("/sprava/pripominky", &opening).await;
    assert_eq!(
        twice.location().split('?').next().unwrap(),
        admin_path,
        "posted twice, opened once"
    );

    let path = "/plan/pripominky/navrh-zasad-dotaci-2027";
    let mut resident = Browser::new(&app);
    let draft_page = resident.get(path).await;
    assert_eq!(draft_page.status, StatusCode::OK);
    assert!(draft_page.body.contains("id=\"cast-2\""));
    assert!(
        draft_page.body.contains("id=\"pripominka\""),
        "the form while open"
    );

    let empty = resident
        .post(
            path,
            &[("section", "cast-3"), ("text", "  "), ("author", "Eva")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("value=\"Eva\""), "what was typed stays");
    let unknown_section = resident
        .post(path, &[("section", "cast-9"), ("text", "x")])
        .await;
    assert_eq!(unknown_section.status, StatusCode::UNPROCESSABLE_ENTITY);
    let robot = resident
        .post(
            path,
            &[
                ("section", "cast-2"),
                ("text", "levné hodinky"),
                ("web", "http://spam"),
            ],
        )
        .await;
    assert_eq!(robot.status, StatusCode::FOUND, "robots are thanked");
    let sent = resident
        .post(
            path,
            &[
                ("section", "cast-3"),
                ("text", "Poradna by měla být i večer."),
                ("author", "Eva M."),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::FOUND);
    assert!(sent.location().contains("odeslano=1"));
    let thanked = resident.get(sent.location()).await;
    assert!(thanked.body.contains("Děkujeme, připomínku jsme přijali"));
    assert!(
        !thanked.body.contains("Poradna by měla být i večer."),
        "a comment is public once settled"
    );

    let comments = staff.get(&admin_path).await;
    assert!(comments.body.contains("Poradna by měla být i večer."));
    assert!(
        !comments.body.contains("levné hodinky"),
        "the honeypot's catch is not stored"
    );
    let id = comments
        .body
        .split("id=\"pripominka-")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a comment's anchor")
        .to_owned();
    let without_reason = staff
        .post(
            &admin_path,
            &[
                ("id", id.as_str()),
                ("outcome", "vyhoveno"),
                ("response", ""),
            ],
        )
        .await;
    assert_eq!(without_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(without_reason.body.contains("vyplňte prosím"));
    let settled = staff
        .post(
            &admin_path,
            &[
                ("id", id.as_str()),
                ("outcome", "castecne"),
                ("response", "Večer jednou týdně od března."),
            ],
        )
        .await;
    assert_eq!(settled.status, StatusCode::FOUND);

    let public = resident.get(path).await;
    assert!(public.body.contains("Poradna by měla být i večer."));
    assert!(public.body.contains(">částečně vyhověno<"));
    assert!(public.body.contains("Večer jednou týdně od března."));
    assert!(public.body.contains("Eva M."));

    let anonymous = Browser::new(&app).get(&admin_path).await;
    assert_ne!(anonymous.status, StatusCode::OK, "settling is for staff");
}

#[tokio::test]
async fn comments_are_rate_limited_per_client() {
    let app = TestApp::spawn().await;
    app.staff("jana", Role::Editor, PASSWORD).await;
    let mut staff = Browser::new(&app);
    staff.log_in("jana", PASSWORD).await;
    let once = staff.get("/sprava/pripominky").await.hidden("once");
    let (today, later) = (iso_date(now()), iso_date(now() + DAY));
    staff
        .post(
            "/sprava/pripominky",
            &[
                ("title", "Krátký návrh"),
                ("intro", "Úvod."),
                ("draft", "## Jediná část\nText."),
                ("opens_on", today.as_str()),
                ("closes_on", later.as_str()),
                ("once", once.as_str()),
            ],
        )
        .await;
    let mut resident = Browser::new(&app);
    resident.get("/plan/pripominky/kratky-navrh").await;
    let mut last = None;
    for n in 0..6 {
        let text = format!("připomínka {n}");
        last = Some(
            resident
                .post(
                    "/plan/pripominky/kratky-navrh",
                    &[("section", "cast-1"), ("text", text.as_str())],
                )
                .await,
        );
    }
    let last = last.unwrap();
    assert_eq!(
        last.status,
        StatusCode::TOO_MANY_REQUESTS,
        "5 comments in 10 minutes"
    );
    assert!(last.body.contains("připomínka 5"), "what was typed stays");
}
