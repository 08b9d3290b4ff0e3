//! The axum router: the Leptos pages and server functions with the store in their context, the
//! static files of the site, compression and request tracing.

use crate::forms::CookiePolicy;
use crate::security_headers::{PageNonce, SecuritySettings};
use app::state::{PublicUrl, Throttle, Throttles};
use app::{App, AppError, shell};
use axum::Router;
use axum::body::Body;
use axum::extract::{FromRef, Request};
use axum::middleware::{self, Next};
use axum::response::Response;
use leptos::config::LeptosOptions;
use leptos::prelude::{provide_context, use_context};
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use leptos_router::Method;
use std::sync::OnceLock;
use store::Store;
use tower_http::compression::CompressionLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

#[derive(Clone, Debug, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub store: Store,
    /// Where residents reach the portal, for short links and QR codes.
    pub public_url: String,
    /// The map's tile server.
    pub tiles: domain::map::TileSource,
    /// Whether cookies are `Secure` with the `__Host-` prefix.
    pub cookies: CookiePolicy,
    /// Rate limits per client (login, residents' messages).
    pub throttles: Throttles,
    /// Who may frame the embedded views.
    pub framing: crate::framing::FramePolicy,
    /// The proxies believed about the client they forward for.
    pub proxies: std::sync::Arc<domain::client::TrustedProxies>,
    /// Whether mail leaves (`POMOC_SMTP_URL` set), for staff's pages.
    pub mail_on: bool,
    /// When providers are asked to confirm their services, for staff's pages.
    pub verification: domain::verification::cycle::Schedule,
    /// How many rendered pages are kept, for how long.
    pub pages: crate::page_cache::Settings,
}

/// The limits this portal sets: 10 logins a minute; 5 messages, 5 comments on drafts and 5
/// survey answers in 10 minutes per client; 200 password estimates (a few new passwords typed
/// key by key) in 10 minutes; 10 provider sign-in requests or links used in 10 minutes per
/// client, and 3 links an hour to one address (whoever asks).
pub fn default_throttles() -> Throttles {
    use domain::admin::throttle::Limit;
    let ten_minutes = Limit {
        limit: 5,
        period_secs: 600,
    };
    Throttles {
        login: Throttle {
            bucket: "login",
            limit: Limit {
                limit: 10,
                period_secs: 60,
            },
        },
        login_name: Throttle {
            bucket: "login-name",
            limit: Limit {
                limit: 5,
                period_secs: 15 * 60,
            },
        },
        feedback: Throttle {
            bucket: "feedback",
            limit: ten_minutes,
        },
        comments: Throttle {
            bucket: "comments",
            limit: ten_minutes,
        },
        surveys: Throttle {
            bucket: "surveys",
            limit: ten_minutes,
        },
        sign_in_links: Throttle {
            bucket: "provider-links",
            limit: Limit {
                limit: 10,
                period_secs: 600,
            },
        },
        sign_in_address: Throttle {
            bucket: "provider-address",
            limit: Limit {
                limit: 3,
                period_secs: 3600,
            },
        },
        password_meter: Throttle {
            bucket: "password-meter",
            limit: Limit {
                limit: 200,
                period_secs: 600,
            },
        },
    }
}

/// The app's routes, worked out once per process. Leptos works them out by rendering the app in
/// a special mode; doing that while another router in the same process renders a page (several
/// test servers run in one process) can leave that page waiting forever.
/// Pages with a form (`app::form_pages`) take POST as well as GET.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES
        .get_or_init(|| {
            generate_route_list(App)
                .into_iter()
                .map(|route| {
                    if app::form_pages().any(|page| page == route.path()) {
                        AxumRouteListing::new(
                            route.path().to_owned(),
                            route.mode().clone(),
                            [Method::Get, Method::Post],
                            Vec::new(),
                        )
                    } else {
                        route
                    }
                })
                .collect()
        })
        .clone()
}

/// The largest request body the server reads at all.
pub const BODY_LIMIT: usize = 3 * 1024 * 1024;

/// How long a request body may pause between two of its parts before the request is dropped
/// (a body trickled in byte by byte cannot hold a connection).
pub const BODY_IDLE: std::time::Duration = std::time::Duration::from_secs(10);

pub fn router(state: AppState) -> Router {
    let routes = route_list();
    let context = {
        let store = state.store.clone();
        let public_url = PublicUrl(state.public_url.trim_end_matches('/').to_owned());
        let tiles = state.tiles.clone();
        let throttles = state.throttles.clone();
        let options = state.leptos_options.clone();
        let mail = app::state::MailOn(state.mail_on);
        let schedule = state.verification;
        move || {
            // For the islands' loader, which names the bundle's files.
            provide_context(options.clone());
            provide_context(store.clone());
            provide_context(public_url.clone());
            provide_context(tiles.clone());
            provide_context(throttles.clone());
            provide_context(mail);
            provide_context(schedule);
            // The nonce the security layer will name in this response's policy, in place of the
            // one leptos_axum made: Leptos puts it on the page's inline scripts.
            let parts = use_context::<http::request::Parts>();
            // The page's language, which `language::language` read from its address.
            if let Some(lang) = parts
                .as_ref()
                .and_then(|p| p.extensions.get::<domain::Lang>())
            {
                provide_context(*lang);
            }
            let nonce = parts.and_then(|parts| parts.extensions.get::<PageNonce>().cloned());
            if let Some(PageNonce(nonce)) = nonce {
                provide_context(leptos::nonce::Nonce::from_value(nonce));
            }
        }
    };
    let sessions = SessionManagerLayer::new(state.store.sessions())
        .with_name(state.cookies.name("pomoc_sprava"))
        .with_secure(state.cookies.secure)
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(
            domain::staff::SESSION_IDLE_MINUTES,
        )));
    let options = state.leptos_options.clone();
    let cookies = state.cookies;
    let inner = Router::new()
        .merge(crate::hsds::routes())
        .merge(crate::feeds::routes())
        .merge(crate::map_preview::routes())
        .merge(crate::uploads::routes())
        .merge(crate::survey_csv::routes())
        .merge(crate::needs_csv::routes())
        .merge(crate::offline::routes())
        .leptos_routes_with_context(&state, routes, context.clone(), move || {
            shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
        .layer(middleware::from_fn_with_state(
            state.cookies,
            crate::forms::guard_forms,
        ))
        .layer(middleware::from_fn_with_state(
            state.proxies.clone(),
            crate::client::identify_client,
        ))
        .layer(sessions)
        .layer(middleware::from_fn(server_fn_error_status))
        .layer(middleware::from_fn_with_state(
            crate::page_cache::PageCache::new(
                state.pages,
                state.store.clone(),
                &state.cookies.name("pomoc_sprava"),
            ),
            crate::page_cache::serve_kept,
        ))
        .layer(middleware::from_fn_with_state(
            state.cookies,
            crate::audience_cookie::remember_audience,
        ))
        .layer(middleware::from_fn_with_state(
            crate::cache_control::HashedNames(state.leptos_options.hash_files),
            crate::cache_control::cache_control,
        ))
        .layer(middleware::from_fn_with_state(
            SecuritySettings {
                tls: domain::security::served_over_tls(&state.public_url),
                tile_url: state.tiles.url.as_str().into(),
            },
            crate::security_headers::security_headers,
        ))
        .layer(middleware::from_fn_with_state(
            state.framing.clone(),
            crate::framing::frame_headers,
        ))
        .layer(CompressionLayer::new())
        // No request body is larger: an image upload (2 MB) and its form; forms are held to
        // `forms::FORM_LIMIT` by their guard.
        .layer(tower_http::limit::RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(BODY_IDLE))
        .layer(middleware::from_fn(crate::nul_bytes::refuse_nul_in_address))
        .layer(middleware::from_fn(crate::header_limit::limit_headers))
        .layer(TraceLayer::new_for_http())
        .with_state(state);
    // In front of the routing: the language prefix comes off before a route is matched.
    Router::new().fallback_service(
        tower::ServiceBuilder::new()
            .layer(middleware::from_fn_with_state(
                cookies,
                crate::language::language,
            ))
            .service(inner),
    )
}

/// Server functions answer every error with 500. The error is our [`AppError`], so give the
/// response the status that error stands for (a refused argument is 400, a missing record 404).
async fn server_fn_error_status(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if response.status() != http::StatusCode::INTERNAL_SERVER_ERROR
        || !response
            .headers()
            .contains_key(leptos::server_fn::error::SERVER_FN_ERROR_HEADER)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = error.status();
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn every_page_that_takes_a_form_is_a_route_of_the_app() {
        let routes = super::route_list();
        for page in app::form_pages() {
            let route = routes.iter().find(|r| r.path() == page);
            assert!(
                route.is_some(),
                "{page} is in FORM_PAGES but is no route of the app: a form posted there would answer 405"
            );
        }
        let posting = routes
            .iter()
            .filter(|r| r.methods().any(|m| m == leptos_router::Method::Post))
            .count();
        assert_eq!(posting, app::form_pages().count());
    }
}
