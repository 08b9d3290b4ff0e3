//! The HTTP app on a random port with its own fresh database, for tests that talk to it as a
//! browser without JavaScript (or a crawler) does.

#![allow(dead_code)] // each test file uses its own part of the helper

use leptos::config::LeptosOptions;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use server::{AppState, router};
use store::Store;

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        let store = Store::open_in_memory().await.expect("database");
        store.seed_if_empty().await.expect("sample data");
        let options = LeptosOptions::builder()
            .output_name("pomoc")
            .site_root("target/site")
            .build();
        let app = router(AppState {
            leptos_options: options,
            store,
            public_url: "https://pomoc.example".into(),
            tiles: domain::map::TileSource {
                url: "https://tiles.example/{z}/{x}/{y}.png".into(),
                attribution: "mapa".into(),
            },
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(async move { axum::serve(listener, app).await });
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        TestApp { base, client }
    }

    /// Status and body; redirects are not followed.
    pub async fn get(&self, path: &str) -> (StatusCode, String) {
        let (status, _, body) = self.get_with_cookie(path, "").await;
        (status, body)
    }

    /// Status, headers and body of a GET sending `cookie`, accepting HTML as a browser does.
    pub async fn get_with_cookie(
        &self,
        path: &str,
        cookie: &str,
    ) -> (StatusCode, HeaderMap, String) {
        let mut request = self
            .client
            .get(format!("{}{path}", self.base))
            .header("accept", "text/html");
        if !cookie.is_empty() {
            request = request.header("cookie", cookie);
        }
        let response = request.send().await.expect("request");
        let status = response.status();
        let headers = response.headers().clone();
        (status, headers, response.text().await.expect("body"))
    }
}
