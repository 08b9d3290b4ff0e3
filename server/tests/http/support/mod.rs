//! The HTTP app on a random port with its own fresh database, for tests that talk to it as a
//! browser without JavaScript (or a crawler) does.

#![allow(dead_code)] // the benches include this file and use a part of it

pub mod mail;

use leptos::config::LeptosOptions;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use server::{AppState, router};
use store::Store;

/// Owned fields as the `post` helpers take them.
pub fn pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

/// A form's fields as a browser posts them: lists as repeated names.
pub fn form_fields<T: serde::Serialize>(form: &T) -> Vec<(String, String)> {
    let encoded = serde_html_form::to_string(form).expect("the form encodes");
    serde_urlencoded::from_str(&encoded).expect("and decodes as pairs")
}

/// The logs of the code under test on standard error, when `TEST_LOG` is set.
pub fn logs() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("TEST_LOG").is_some() {
            let filter = tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
            tracing_subscriber::fmt()
                .with_env_filter(filter)
                .with_test_writer()
                .init();
        }
    });
}

/// Fills `store` with every Czech municipality and no directory (a national portal, empty).
pub async fn with_every_municipality(store: &Store) {
    let municipalities = store::generate_national(&store::NationalDataSet::default())
        .expect("data set")
        .without_directory();
    store
        .import_sample(&municipalities)
        .await
        .expect("every Czech municipality");
}

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub store: Store,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        let store = Store::open_scratch().await.expect("database");
        store.seed_if_empty().await.expect("sample data");
        TestApp::serve(store).await
    }

    /// The app over `store`, on a random loopback port, served as `main.rs` serves it.
    pub async fn serve(store: Store) -> TestApp {
        TestApp::serve_with(store, server::serve::Limits::default()).await
    }

    /// As `serve`, with the time a client may take to send a request's head.
    pub async fn serve_with(store: Store, limits: server::serve::Limits) -> TestApp {
        logs();
        let options = LeptosOptions::builder()
            .output_name("pomoc")
            // The static files as the repository keeps them (the loader scripts, Leaflet…);
            // the compiled CSS and wasm are not needed here.
            .site_root(concat!(env!("CARGO_MANIFEST_DIR"), "/../public"))
            .build();
        let app = router(AppState {
            leptos_options: options,
            store: store.clone(),
            public_url: "https://pomoc.example".into(),
            tiles: domain::map::TileSource {
                url: "https://tiles.example/{z}/{x}/{y}.png".into(),
                attribution: "mapa".into(),
            },
            cookies: server::CookiePolicy { secure: true },
            throttles: server::default_throttles(),
            framing: server::framing::FramePolicy::new(&["https://www.obec.example".into()]),
            // The test's own requests come through "a proxy" on loopback: a browser may say
            // which client it stands for (`Browser::from`).
            proxies: std::sync::Arc::new(
                domain::client::TrustedProxies::parse("127.0.0.1").expect("loopback"),
            ),
            mail_on: true,
            verification: Default::default(),
            pages: Default::default(),
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(server::serve::serve(
            listener,
            app,
            limits,
            std::future::pending(),
        ));
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        TestApp {
            base,
            client,
            store,
        }
    }

    /// Status and body; redirects are not followed.
    /// Calls the server function at `/api/{endpoint}` as the page's script does.
    pub async fn post_form(&self, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}/api/{endpoint}", self.base))
            .form(form)
            .send()
            .await
            .expect("request")
    }

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

/// One browser without JavaScript: keeps its cookies, posts forms with the page's token.
pub struct Browser<'a> {
    pub app: &'a TestApp,
    cookies: std::collections::BTreeMap<String, String>,
    /// The client this browser is, as the trusted proxy on loopback says (`X-Forwarded-For`).
    client: Option<&'static str>,
}

/// What a request came back with.
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    /// The value of the first hidden input named `name` in the page.
    pub fn hidden(&self, name: &str) -> String {
        let marker = format!(r#"type="hidden" name="{name}" value=""#);
        let start = self
            .body
            .find(&marker)
            .unwrap_or_else(|| panic!("no hidden {name} in the page"))
            + marker.len();
        self.body[start..]
            .split('"')
            .next()
            .unwrap_or_default()
            .to_owned()
    }

    pub fn location(&self) -> &str {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The raw `Set-Cookie` header that sets `name`.
    pub fn set_cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with(&format!("{name}=")))
            .map(str::to_owned)
    }
}

impl<'a> Browser<'a> {
    pub fn new(app: &'a TestApp) -> Browser<'a> {
        Browser {
            app,
            cookies: Default::default(),
            client: None,
        }
    }

    /// A browser at `client`'s address, behind the proxy the test app trusts.
    pub fn from(app: &'a TestApp, client: &'static str) -> Browser<'a> {
        Browser {
            client: Some(client),
            ..Browser::new(app)
        }
    }

    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.get(name).map(String::as_str)
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn send(&mut self, mut request: reqwest::RequestBuilder) -> Reply {
        if let Some(client) = self.client {
            request = request.header("x-forwarded-for", client);
        }
        let response = request
            .header("accept", "text/html")
            .header("cookie", self.cookie_header())
            .send()
            .await
            .expect("request");
        let status = response.status();
        let headers = response.headers().clone();
        for value in headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
        {
            let pair = value.split(';').next().unwrap_or("");
            if let Some((name, value)) = pair.split_once('=') {
                if value.is_empty() || value.contains("Max-Age=0") {
                    self.cookies.remove(name);
                } else {
                    self.cookies.insert(name.to_owned(), value.to_owned());
                }
            }
        }
        let body = response.text().await.expect("body");
        Reply {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        let request = self.app.client.get(format!("{}{path}", self.app.base));
        self.send(request).await
    }

    /// Posts `fields` to `path` as a browser submits a form, with this browser's form token.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let token = self.cookie("__Host-pomoc_csrf").unwrap_or("").to_owned();
        let mut form: Vec<(&str, &str)> = vec![("csrf", &token)];
        form.extend_from_slice(fields);
        self.post_raw(path, &form).await
    }

    /// Posts exactly `fields`, no token added.
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let request = self
            .app
            .client
            .post(format!("{}{path}", self.app.base))
            .form(fields);
        self.send(request).await
    }

    /// Posts a `multipart/form-data` form as a browser uploads a file: the form token, `fields`,
    /// and one file (`field`, file name, bytes).
    pub async fn upload(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: (&str, &str, &[u8]),
    ) -> Reply {
        let boundary = "----pomoc-test-boundary-7d41";
        let token = self.cookie("__Host-pomoc_csrf").unwrap_or("").to_owned();
        let mut body = Vec::new();
        for (name, value) in std::iter::once(&("csrf", token.as_str())).chain(fields) {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        let (field, filename, bytes) = file;
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let request = self
            .app
            .client
            .post(format!("{}{path}", self.app.base))
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(body);
        self.send(request).await
    }

    /// Opens the login page (which sets the form token) and signs in.
    pub async fn log_in(&mut self, username: &str, password: &str) -> Reply {
        self.get("/sprava/prihlaseni").await;
        self.post(
            "/sprava/prihlaseni",
            &[("username", username), ("password", password), ("zpet", "")],
        )
        .await
    }

    /// Saves the seniors' audience under `name` (with the first target group), as staff do.
    pub async fn rename_seniors(&mut self, name: &str) -> Reply {
        let group = domain::TargetGroup::ALL[0].slug();
        self.post(
            "/sprava/skupiny/seniori",
            &[("name", name), ("target_groups", group)],
        )
        .await
    }
}

impl TestApp {
    /// Makes a staff account the way `server create-user` does.
    pub async fn staff(&self, name: &str, role: domain::staff::Role, password: &str) {
        let username = domain::staff::Username::parse(name).expect("name");
        let password = domain::staff::NewPassword::parse(password, &username).expect("password");
        let hash = app::admin::password::hash(password).await.expect("hash");
        self.store
            .create_staff_account(&username, &hash, role)
            .await
            .expect("store")
            .expect("new name");
    }
}
