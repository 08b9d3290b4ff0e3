//! The security headers' values, in one place: the pages' Content-Security-Policy (scripts only
//! from the portal or with the page's nonce, the wasm allowed to compile, no plugins, no
//! `<base>`, forms only to the portal, map tiles from the configured tile server), the policy of
//! every other response, and which browser features pages may use.

/// The policy of an HTML page rendered with `nonce`. `tile_url` is the map's tile template;
/// its origin may serve images. Styles: the portal's stylesheet only, but `style` attributes are
/// allowed (the embed's colours, Leaflet's positioning).
pub fn page_policy(nonce: &str, tile_url: &str) -> String {
    let tiles = origin(tile_url)
        .map(|o| format!(" {o}"))
        .unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:{tiles}; \
         connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'"
    )
}

/// The policy of any response that is not a page (data, files): nothing may run or load.
pub const OTHER_POLICY: &str =
    "default-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

/// Geolocation for the portal itself ("near me" on the map); nothing else.
pub const PERMISSIONS_POLICY: &str =
    "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()";

pub const REFERRER_POLICY: &str = "strict-origin-when-cross-origin";

/// Two years, subdomains included; only sent when the portal is reached over TLS.
pub const HSTS: &str = "max-age=63072000; includeSubDomains";

/// Whether the public address is served over TLS (then browsers are told to keep to HTTPS).
pub fn served_over_tls(public_url: &str) -> bool {
    public_url.starts_with("https://")
}

/// `https://tile.example` of `https://tile.example/{z}/{x}/{y}.png`; `None` for anything but
/// http(s) or a relative address.
fn origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if !matches!(scheme, "http" | "https") {
        return None;
    }
    let host = rest.split('/').next().filter(|h| {
        !h.is_empty()
            && h.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
    })?;
    Some(format!("{scheme}://{host}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_policy_names_its_nonce_and_the_tile_server_only() {
        let policy = page_policy("abc123", "https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assert!(policy.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval';"));
        assert!(policy.contains("img-src 'self' data: https://tile.openstreetmap.org;"));
        assert!(policy.contains("object-src 'none'") && policy.contains("base-uri 'none'"));
        assert_eq!(
            policy.matches("unsafe-inline").count(),
            1,
            "only style attributes: {policy}"
        );
        let odd = page_policy("n", "javascript:alert(1)");
        assert!(odd.contains("img-src 'self' data:;"), "{odd}");
        let injected = page_policy("n", "https://x.example; script-src *");
        assert!(injected.contains("img-src 'self' data:;"), "{injected}");
    }

    #[test]
    fn hsts_only_over_tls() {
        assert!(served_over_tls("https://pomoc.pisek.cz"));
        assert!(!served_over_tls("http://127.0.0.1:3000"));
    }
}
