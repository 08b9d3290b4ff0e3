//! Who a request comes from, for rate limits. Behind a reverse proxy every request arrives from
//! the proxy; only proxies the deployment names (`POMOC_TRUSTED_PROXIES`) are believed about the
//! client they forward for (`Forwarded: for=…`, or `X-Forwarded-For`). Walking the chain from the
//! nearest hop, the first address that is not a trusted proxy is the client, so a client cannot
//! forge its way past the proxy by sending the header itself. An IPv6 client counts by its /64:
//! one household or phone gets a whole /64 and can pick any address in it.

use std::net::{IpAddr, Ipv6Addr};
use std::str::FromStr;

/// A network: an address and how many leading bits of it count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    address: IpAddr,
    prefix: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NetworkError {
    #[error("„{0}“ není adresa ani síť (např. 10.0.0.1, 10.0.0.0/8 nebo fd00::/8)")]
    Unreadable(String),
    #[error("„{0}“: délka prefixu je větší než adresa")]
    Prefix(String),
}

impl FromStr for Network {
    type Err = NetworkError;

    fn from_str(text: &str) -> Result<Network, NetworkError> {
        let text = text.trim();
        let unreadable = || NetworkError::Unreadable(text.to_owned());
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text, None),
        };
        let address: IpAddr = address.parse().map_err(|_| unreadable())?;
        let bits = if address.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(prefix) => prefix.parse::<u8>().map_err(|_| unreadable())?,
            None => bits,
        };
        if prefix > bits {
            return Err(NetworkError::Prefix(text.to_owned()));
        }
        Ok(Network { address, prefix })
    }
}

impl Network {
    pub fn contains(&self, address: IpAddr) -> bool {
        match (self.address, canonical(address)) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                masked(u32::from(net).into(), self.prefix, 32)
                    == masked(u32::from(ip).into(), self.prefix, 32)
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                masked(u128::from(net), self.prefix, 128)
                    == masked(u128::from(ip), self.prefix, 128)
            }
            _ => false,
        }
    }
}

/// The top `prefix` bits of a `width`-bit address.
fn masked(address: u128, prefix: u8, width: u8) -> u128 {
    if prefix == 0 {
        0
    } else {
        address >> (width - prefix)
    }
}

/// An IPv4 client reached over IPv6 (`::ffff:1.2.3.4`) is that IPv4 client.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    }
}

/// The proxies whose word about the client is believed; none by default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<Network>);

impl TrustedProxies {
    /// Addresses or networks separated by commas or spaces.
    pub fn parse(text: &str) -> Result<TrustedProxies, NetworkError> {
        text.split([',', ' ', '\n'])
            .filter(|part| !part.trim().is_empty())
            .map(str::parse)
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }

    fn trusts(&self, address: IpAddr) -> bool {
        self.0.iter().any(|network| network.contains(address))
    }

    /// The client of a request that came from `peer` with these `Forwarded` and
    /// `X-Forwarded-For` header values (every occurrence, in order): the nearest hop that is not
    /// a trusted proxy. `Forwarded` wins when both are present.
    pub fn client(&self, peer: IpAddr, forwarded: &[&str], forwarded_for: &[&str]) -> IpAddr {
        let peer = canonical(peer);
        if !self.trusts(peer) {
            return peer;
        }
        let chain: Vec<Option<IpAddr>> = if forwarded.is_empty() {
            forwarded_for
                .iter()
                .flat_map(|value| value.split(','))
                .map(|hop| parse_hop(hop.trim()))
                .collect()
        } else {
            forwarded
                .iter()
                .flat_map(|value| value.split(','))
                .map(|element| {
                    element
                        .split(';')
                        .filter_map(|pair| pair.trim().split_once('='))
                        .find(|(key, _)| key.eq_ignore_ascii_case("for"))
                        .and_then(|(_, value)| parse_hop(value.trim().trim_matches('"')))
                })
                .collect()
        };
        // From the nearest hop outwards; a hop that cannot be read ends the walk where it is.
        let mut client = peer;
        for hop in chain.into_iter().rev() {
            let Some(hop) = hop else { break };
            client = canonical(hop);
            if !self.trusts(client) {
                break;
            }
        }
        client
    }
}

/// One hop's address: `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1` or `[2001:db8::1]:5678`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    if let Ok(address) = hop.parse() {
        return Some(address);
    }
    if let Some(rest) = hop.strip_prefix('[') {
        return rest.split_once(']')?.0.parse().ok();
    }
    let (address, port) = hop.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    address.parse().ok()
}

/// What a rate limit counts a client as: its IPv4 address, or its IPv6 /64.
pub fn rate_key(client: IpAddr) -> String {
    match canonical(client) {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let network = u128::from(v6) & !((1u128 << 64) - 1);
            format!("{}/64", Ipv6Addr::from(network))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn without_trusted_proxies_the_peer_is_the_client_whatever_it_claims() {
        let none = TrustedProxies::default();
        assert_eq!(
            none.client(ip("203.0.113.9"), &[], &["198.51.100.1"]),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn a_trusted_proxy_is_believed_and_a_forged_hop_before_it_is_not() {
        let proxies = TrustedProxies::parse("10.0.0.0/8, ::1").unwrap();
        // The client sent "X-Forwarded-For: 1.1.1.1" itself; the proxy appended the real peer.
        let client = proxies.client(ip("10.0.0.2"), &[], &["1.1.1.1, 198.51.100.7"]);
        assert_eq!(client, ip("198.51.100.7"));
        // Two proxies of ours in a row are both skipped.
        let client = proxies.client(ip("::1"), &[], &["198.51.100.7", "10.1.2.3"]);
        assert_eq!(client, ip("198.51.100.7"));
        // A proxy that says nothing leaves the proxy as the client.
        assert_eq!(proxies.client(ip("10.0.0.2"), &[], &[]), ip("10.0.0.2"));
        // What lies beyond the client does not matter; an unreadable hop of our own proxy
        // leaves the proxy as the client.
        let client = proxies.client(ip("10.0.0.2"), &[], &["nonsense, 198.51.100.7"]);
        assert_eq!(client, ip("198.51.100.7"));
        let client = proxies.client(ip("10.0.0.2"), &[], &["198.51.100.7, nonsense"]);
        assert_eq!(client, ip("10.0.0.2"));
    }

    #[test]
    fn the_forwarded_header_is_read_with_ports_brackets_and_quotes() {
        let proxies = TrustedProxies::parse("127.0.0.1").unwrap();
        let forwarded = ["for=192.0.2.60;proto=https, for=\"[2001:db8:cafe::17]:4711\""];
        let client = proxies.client(ip("127.0.0.1"), &forwarded, &["6.6.6.6"]);
        assert_eq!(client, ip("2001:db8:cafe::17"));
        let forwarded = ["For=\"198.51.100.3:8080\""];
        assert_eq!(
            proxies.client(ip("127.0.0.1"), &forwarded, &[]),
            ip("198.51.100.3")
        );
    }

    #[test]
    fn ipv6_clients_count_by_their_64_and_mapped_ipv4_as_ipv4() {
        assert_eq!(rate_key(ip("2001:db8:1:2:aaaa::1")), "2001:db8:1:2::/64");
        assert_eq!(
            rate_key(ip("2001:db8:1:2:ffff::9")),
            rate_key(ip("2001:db8:1:2::1"))
        );
        assert_ne!(
            rate_key(ip("2001:db8:1:3::1")),
            rate_key(ip("2001:db8:1:2::1"))
        );
        assert_eq!(rate_key(ip("::ffff:192.0.2.1")), "192.0.2.1");
        assert_eq!(rate_key(ip("192.0.2.1")), "192.0.2.1");
    }

    #[test]
    fn networks_are_read_and_refused_in_czech() {
        let net: Network = "192.168.0.0/16".parse().unwrap();
        assert!(net.contains(ip("192.168.44.1")));
        assert!(!net.contains(ip("192.169.0.1")));
        assert!(net.contains(ip("::ffff:192.168.1.1")));
        let all: Network = "::/0".parse().unwrap();
        assert!(all.contains(ip("2001:db8::1")));
        assert!(!all.contains(ip("1.2.3.4")));
        assert!(matches!(
            "10.0.0.0/33".parse::<Network>(),
            Err(NetworkError::Prefix(_))
        ));
        let error = TrustedProxies::parse("10.0.0.1, proxy.local").unwrap_err();
        assert!(error.to_string().contains("„proxy.local“ není adresa"));
    }
}
