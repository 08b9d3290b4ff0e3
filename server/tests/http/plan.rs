//! The plan page over HTTP: vision, priorities down to activities, and the progress charts with
//! their numbers in tables.

use crate::support::TestApp;
use reqwest::StatusCode;

#[tokio::test]
async fn the_plan_shows_its_priorities_and_its_progress_in_charts_and_tables() {
    let app = TestApp::spawn().await;
    let (status, page) = app.get("/plan").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Písecko – příjemné místo pro život"));
    assert!(page.contains("Na roky 2024–2026"));
    // The plan's own words sit in elements of their own (marked Czech on the other languages'
    // pages): the text as read, without the markup.
    let read = text_of(&page);
    assert!(read.contains("Priorita 2: Rodiny s dětmi dosáhnou na pomoc tam, kde žijí"));
    assert!(read.contains("Opatření 1.2: Kapacita pobytových služeb"));
    assert!(read.contains("Oblastní charita Písek · 2025–2026 · 850\u{a0}000\u{a0}Kč"));
    // The sample plan: 7 activities — 1 planned, 3 running, 2 done, 1 dropped.
    let table = |label: &str| {
        let at = page
            .find(&format!("<th scope=\"row\">{label}"))
            .expect(label);
        page[at..]
            .split("<td>")
            .nth(1)
            .and_then(|c| c.split('<').next())
            .map(str::to_owned)
    };
    assert_eq!(table("plánovaná").as_deref(), Some("1"));
    assert_eq!(table("probíhá").as_deref(), Some("3"));
    assert_eq!(table("splněná").as_deref(), Some("2"));
    assert_eq!(table("zrušená").as_deref(), Some("1"));
    assert!(page.contains("celkem 7, rozpočet 4\u{a0}900\u{a0}000\u{a0}Kč"));
    assert_eq!(page.matches("<svg").count(), 2, "two charts");
    assert!(page.matches("aria-hidden=\"true\"").count() >= 2);
    assert!(page.contains(">58 %<"), "the respite care: 35 of 60");
}

#[tokio::test]
async fn the_plans_documents_download_at_the_size_the_page_says() {
    let app = TestApp::spawn().await;
    let plan = app
        .store
        .current_plan()
        .await
        .unwrap()
        .expect("the sample plan");
    let (_, page) = app.get("/plan").await;
    assert_eq!(plan.documents.len(), 2);
    for document in &plan.documents {
        assert!(page.contains(&format!("href=\"{}\"", document.href())));
        let response = app
            .client
            .get(format!("{}{}", app.base, document.href()))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{}", document.file);
        assert_eq!(
            response.headers()[reqwest::header::CONTENT_TYPE],
            "application/pdf"
        );
        let bytes = response.bytes().await.unwrap();
        assert_eq!(bytes.len() as u64, document.size_bytes, "{}", document.file);
        assert!(bytes.starts_with(b"%PDF-"));
    }
    assert!(page.contains(" (PDF, 768 B)"));
}

#[tokio::test]
async fn the_action_plan_the_project_pool_and_the_working_groups_have_their_pages() {
    let app = TestApp::spawn().await;
    let (status, page) = app.get("/plan/akcni-plan?rok=2025").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Akční plán na rok 2025"));
    assert!(page.contains("Večerní konzultace dluhové poradny dvakrát týdně"));
    assert!(page.contains("rozpočet celkem 2\u{a0}170\u{a0}000\u{a0}Kč"));
    let (_, later) = app.get("/plan/akcni-plan?rok=2030").await;
    assert!(
        later.contains("Akční plán na rok 2026"),
        "a year without its own plan shows the latest before it"
    );
    assert!(later.contains("href=\"/plan/akcni-plan?rok=2025\""));
    let (status, _) = app.get("/plan/akcni-plan?rok=dva").await;
    assert_eq!(
        status,
        StatusCode::OK,
        "a year that is no number shows the current one"
    );

    let (status, projects) = app.get("/plan/projekty").await;
    assert_eq!(status, StatusCode::OK);
    assert!(projects.contains("Sdílené auto pro terénní služby na Milevsku"));
    assert!(projects.contains("podaná žádost"));

    let (status, groups) = app.get("/plan/skupiny").await;
    assert_eq!(status, StatusCode::OK);
    assert!(groups.contains("Rodinné centrum Beruška"));
    let plan = app.store.current_plan().await.unwrap().unwrap();
    let minutes: Vec<_> = plan
        .working_groups
        .iter()
        .flat_map(|g| g.meetings.iter().filter_map(|m| m.minutes.clone()))
        .collect();
    assert_eq!(minutes.len(), 3);
    for document in minutes {
        assert!(groups.contains(&format!("href=\"{}\"", document.href())));
        let bytes = app
            .client
            .get(format!("{}{}", app.base, document.href()))
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        assert_eq!(bytes.len() as u64, document.size_bytes, "{}", document.file);
    }
    let senior = groups.find("id=\"seniori\"").expect("the seniors' group");
    let meetings = &groups[senior..];
    let (newest, older) = (
        meetings.find("19. 1. 2027").unwrap(),
        meetings.find("17. 3. 2026").unwrap(),
    );
    assert!(newest < older, "the latest meeting first");
}

/// A page's text without its tags.
fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}
