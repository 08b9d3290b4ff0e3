//! Who is asking: the client's address for rate limits, from the TCP peer, or from the
//! `Forwarded`/`X-Forwarded-For` headers of a proxy named in `POMOC_TRUSTED_PROXIES`
//! (`domain::client` decides whom to believe).

use app::state::ClientAddr;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use domain::client::TrustedProxies;
use std::net::SocketAddr;
use std::sync::Arc;

pub async fn identify_client(
    State(proxies): State<Arc<TrustedProxies>>,
    mut request: Request,
    next: Next,
) -> Response {
    if let Some(ConnectInfo(peer)) = request.extensions().get::<ConnectInfo<SocketAddr>>() {
        let values = |name: &str| -> Vec<&str> {
            request
                .headers()
                .get_all(name)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .collect()
        };
        let client = proxies.client(peer.ip(), &values("forwarded"), &values("x-forwarded-for"));
        request.extensions_mut().insert(ClientAddr(client));
    }
    next.run(request).await
}
