//! Staff write news and events and upload images, through HTTP as a browser without JavaScript:
//! images are checked by their bytes and served under server-made names, never as HTML; saved
//! articles and events reach the public pages, the feeds and the site search at once.

use crate::support::{Browser, TestApp};
use domain::staff::Role;
use reqwest::StatusCode;

const PASSWORD: &str = "Otava teče pod mostem";

/// A PNG header of `width`×`height`, enough for the portal to recognise and measure it.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    b.extend_from_slice(&width.to_be_bytes());
    b.extend_from_slice(&height.to_be_bytes());
    b.extend_from_slice(&[
        8, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, b'I', b'E', b'N', b'D', 0, 0, 0, 0,
    ]);
    b
}

async fn signed_in(app: &TestApp) -> Browser<'_> {
    app.staff("jana", Role::Editor, PASSWORD).await;
    let mut staff = Browser::new(app);
    staff.log_in("jana", PASSWORD).await;
    staff
}

#[tokio::test]
async fn only_real_images_are_kept_and_they_are_served_as_images() {
    let app = TestApp::spawn().await;
    let path = "/sprava/obrazky/nahrat";

    let mut stranger = Browser::new(&app);
    stranger.get("/plan").await;
    let anonymous = stranger
        .upload(path, &[], ("image", "a.png", &png(4, 3)))
        .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);

    let mut staff = signed_in(&app).await;
    staff.get("/sprava/obrazky").await;
    let html = staff
        .upload(
            path,
            &[],
            (
                "image",
                "foto.png",
                b"<html><script>alert(1)</script></html>",
            ),
        )
        .await;
    assert_eq!(html.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(html.body.contains("není obrázek PNG, JPEG ani WebP"));
    let mut big = png(4, 3);
    big.resize(2 * 1024 * 1024 + 10, 0);
    let too_big = staff.upload(path, &[], ("image", "velky.png", &big)).await;
    assert_eq!(too_big.status, StatusCode::PAYLOAD_TOO_LARGE);
    let huge = staff
        .upload(
            path,
            &[],
            ("image", "obri.png", &vec![0u8; 3 * 1024 * 1024]),
        )
        .await;
    assert_eq!(
        huge.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "over the body limit"
    );
    let forged = staff
        .upload(
            path,
            &[("csrf", "0".repeat(64).as_str())],
            ("image", "a.png", &png(4, 3)),
        )
        .await;
    assert_eq!(
        forged.status,
        StatusCode::FORBIDDEN,
        "a second, wrong token wins over none"
    );
    assert!(
        app.store.images().await.unwrap().is_empty(),
        "nothing refused was kept"
    );

    let uploaded = staff
        .upload(
            path,
            &[],
            ("image", "../../kulaty stul.png", &png(640, 480)),
        )
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let name = uploaded
        .location()
        .split("nahrano=")
        .nth(1)
        .unwrap()
        .to_owned();
    assert!(
        name.ends_with(".png") && name.len() == 36,
        "a server-made name: {name}"
    );
    let again = staff
        .upload(path, &[], ("image", "jiny.png", &png(640, 480)))
        .await;
    assert!(
        again.location().ends_with(&name),
        "the same image is stored once"
    );
    assert_eq!(app.store.images().await.unwrap().len(), 1);

    let served = app
        .client
        .get(format!("{}/obrazky/{name}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(served.status(), StatusCode::OK);
    let headers = served.headers();
    assert_eq!(headers["content-type"], "image/png");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    for bad in [
        "../pomoc.db",
        "x.html",
        name.replace(".png", ".html").as_str(),
    ] {
        let (status, _) = app.get(&format!("/obrazky/{bad}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{bad}");
    }
}

#[tokio::test]
async fn an_article_with_an_image_and_an_event_reach_the_pages_feeds_and_search() {
    let app = TestApp::spawn().await;
    let mut staff = signed_in(&app).await;
    staff.get("/sprava/obrazky").await;
    let uploaded = staff
        .upload(
            "/sprava/obrazky/nahrat",
            &[],
            ("image", "stul.png", &png(800, 600)),
        )
        .await;
    let name = uploaded
        .location()
        .split("nahrano=")
        .nth(1)
        .unwrap()
        .to_owned();

    let new = staff.get("/sprava/nova-novinka").await;
    assert_eq!(new.status, StatusCode::OK);
    assert!(
        new.body.contains(&format!("value=\"{name}\"")),
        "the image is offered"
    );
    let once = new.hidden("once");
    let mut form = vec![
        ("title", "Pečovatelská služba i o víkendech"),
        ("published_on", "2026-11-24"),
        (
            "summary",
            "Od prosince jezdí pečovatelky i v sobotu a v neděli.",
        ),
        (
            "body",
            "Víkendové směny **pečovatelské služby** začínají 5. prosince.",
        ),
        ("audiences", "seniori"),
        ("image", name.as_str()),
        ("image_alt", ""),
        ("once", once.as_str()),
    ];
    let no_alt = staff.post("/sprava/nova-novinka", &form).await;
    assert_eq!(no_alt.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_alt.body.contains("pro nevidomé čtenáře"));
    assert!(
        no_alt
            .body
            .contains("Víkendové směny **pečovatelské služby**"),
        "kept as typed"
    );
    form[6].1 = "Pečovatelka s klientkou u stolu";
    let saved = staff.post("/sprava/nova-novinka", &form).await;
    assert_eq!(saved.status, StatusCode::FOUND, "{}", saved.body);
    assert!(saved.location().starts_with("/sprava/novinky/"));

    let (status, article) = app.get("/novinky/pecovatelska-sluzba-i-o-vikendech").await;
    assert_eq!(status, StatusCode::OK);
    assert!(article.contains(&format!("src=\"/obrazky/{name}\"")));
    assert!(article.contains("alt=\"Pečovatelka s klientkou u stolu\""));
    assert!(article.contains("width=\"800\"") && article.contains("height=\"600\""));
    assert!(article.contains("<strong>pečovatelské služby</strong>"));
    let (_, feed) = app.get("/novinky.atom?skupina=seniori").await;
    assert!(feed.contains("Pečovatelská služba i o víkendech"));
    let (_, found) = app.get("/hledat?q=víkendové směny").await;
    assert!(
        found.contains("href=\"/novinky/pecovatelska-sluzba-i-o-vikendech\""),
        "reindexed"
    );

    let editor = staff.get(saved.location()).await;
    assert!(editor.body.contains("Historie změn"));

    let new_event = staff.get("/sprava/nova-akce").await;
    let once = new_event.hidden("once");
    let mut event = vec![
        ("title", "Den otevřených dveří odlehčovací služby"),
        ("starts", "2027-01-14T10:00"),
        ("ends", "2027-01-14T09:00"),
        ("place", "Charita Písek, Čechova 142"),
        ("description", "Ukážeme, jak služba funguje."),
        ("once", once.as_str()),
    ];
    let backwards = staff.post("/sprava/nova-akce", &event).await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        backwards
            .body
            .contains("akce nemůže skončit dřív, než začne")
    );
    event[2].1 = "2027-01-14T14:00";
    let saved = staff.post("/sprava/nova-akce", &event).await;
    assert_eq!(saved.status, StatusCode::FOUND, "{}", saved.body);
    let (status, page) = app
        .get("/akce/den-otevrenych-dveri-odlehcovaci-sluzby")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Charita Písek, Čechova 142"));
    let (_, ics) = app
        .get("/akce/den-otevrenych-dveri-odlehcovaci-sluzby/kalendar.ics")
        .await;
    assert!(ics.contains("DTSTART;TZID=Europe/Prague:20270114T100000"));

    let anonymous = Browser::new(&app).get("/sprava/nova-novinka").await;
    assert_ne!(anonymous.status, StatusCode::OK);
}

#[tokio::test]
async fn an_uploaded_image_loses_its_metadata_and_a_huge_one_is_refused() {
    let app = TestApp::spawn().await;
    let mut staff = signed_in(&app).await;
    let path = "/sprava/obrazky/nahrat";
    // IHDR, then a text chunk such as cameras and editors write, then the end.
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut c = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
        c.extend_from_slice(kind);
        c.extend_from_slice(data);
        c.extend_from_slice(&[0, 0, 0, 0]);
        c
    };
    // The signature and IHDR, as `png` makes them.
    let head = png(40, 30)[..33].to_vec();
    let mut image = head.clone();
    image.extend(chunk(b"tEXt", b"GPS\0 49.3085 N, 14.1475 E"));
    image.extend(chunk(b"IEND", b""));
    let uploaded = staff.upload(path, &[], ("image", "foto.png", &image)).await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let name = uploaded
        .location()
        .split("nahrano=")
        .nth(1)
        .unwrap()
        .to_owned();
    let served = app
        .client
        .get(format!("{}/obrazky/{name}", app.base))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert!(served.starts_with(&head), "the picture is kept");
    assert!(
        !served.windows(3).any(|w| w == b"GPS"),
        "the position is not served"
    );

    let huge = staff
        .upload(path, &[], ("image", "obri.png", &png(9000, 5000)))
        .await;
    assert_eq!(huge.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(huge.body.contains("víc než 40 megapixelů"));
}
