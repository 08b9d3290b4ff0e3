//! HSDS wants a UUID for every object. A record's UUID (version 8, RFC 9562) carries the portal
//! (six bytes derived from its public address, so that regions merging their data do not
//! collide), the kind of record and its number, so an id in a request is read back without a
//! lookup table. Objects that are never asked for by id (attributes, phones, schedules...) get a
//! version 5 UUID of their name in the same namespace.

use uuid::Uuid;

/// The kinds of record whose ids the API reads back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Service = 1,
    Organization = 2,
    /// A service's place: the location and its service-at-location.
    Location = 3,
    ServiceAtLocation = 4,
    Taxonomy = 5,
    TaxonomyTerm = 6,
}

/// Numbers above this do not fit the id.
const PAYLOAD_MAX: u64 = (1 << 62) - 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ids {
    namespace: Uuid,
}

impl Ids {
    /// The ids of the portal published at `public_url`.
    pub fn new(public_url: &str) -> Ids {
        Ids {
            namespace: Uuid::new_v5(&Uuid::NAMESPACE_URL, public_url.as_bytes()),
        }
    }

    /// The id of record `n` of `kind`.
    pub fn record(&self, kind: Kind, n: u64) -> String {
        let mut bytes = [0u8; 16];
        bytes[..6].copy_from_slice(&self.namespace.as_bytes()[..6]);
        bytes[6..8].copy_from_slice(&(kind as u16).to_be_bytes());
        bytes[8..].copy_from_slice(&(n & PAYLOAD_MAX).to_be_bytes());
        Uuid::new_v8(bytes).to_string()
    }

    /// The number of the record of `kind` this id names; `None` for any other id.
    pub fn parse(&self, kind: Kind, id: &str) -> Option<u64> {
        let uuid = Uuid::parse_str(id.trim()).ok()?;
        let ours = uuid.get_version_num() == 8
            && uuid.as_bytes()[..6] == self.namespace.as_bytes()[..6]
            && u16::from_be_bytes([uuid.as_bytes()[6] & 0x0f, uuid.as_bytes()[7]]) == kind as u16;
        let payload = u64::from_be_bytes(uuid.as_bytes()[8..].try_into().ok()?) & PAYLOAD_MAX;
        ours.then_some(payload)
    }

    /// The id of anything else, by a name unique within the portal (`"phone/service/12/0"`).
    pub fn named(&self, name: &str) -> String {
        Uuid::new_v5(&self.namespace, name.as_bytes()).to_string()
    }

    pub fn service(&self, id: i64) -> String {
        self.record(Kind::Service, id.unsigned_abs())
    }

    pub fn organization(&self, id: i64) -> String {
        self.record(Kind::Organization, id.unsigned_abs())
    }

    /// The `position`-th place of service `service`: as a location, or as the
    /// service-at-location joining them.
    pub fn place(&self, kind: Kind, service: i64, position: usize) -> String {
        self.record(
            kind,
            (service.unsigned_abs() << 16) | (position as u64 & 0xffff),
        )
    }

    /// A place id read back: the service and the position.
    pub fn parse_place(&self, kind: Kind, id: &str) -> Option<(i64, usize)> {
        let n = self.parse(kind, id)?;
        Some((i64::try_from(n >> 16).ok()?, (n & 0xffff) as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back_and_differ_by_kind_and_portal() {
        let pisek = Ids::new("https://pomoc.pisek.example");
        let id = pisek.service(12);
        assert!(Uuid::parse_str(&id).is_ok());
        assert_eq!(pisek.parse(Kind::Service, &id), Some(12));
        assert_eq!(pisek.parse(Kind::Organization, &id), None);
        assert_eq!(
            Ids::new("https://pomoc.tabor.example").parse(Kind::Service, &id),
            None
        );
        assert_ne!(id, pisek.organization(12));
        let place = pisek.place(Kind::ServiceAtLocation, 7, 2);
        assert_eq!(
            pisek.parse_place(Kind::ServiceAtLocation, &place),
            Some((7, 2))
        );
        assert_eq!(pisek.parse(Kind::Service, "not-a-uuid"), None);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const KINDS: [Kind; 6] = [
        Kind::Service,
        Kind::Organization,
        Kind::Location,
        Kind::ServiceAtLocation,
        Kind::Taxonomy,
        Kind::TaxonomyTerm,
    ];

    proptest! {
        #[test]
        fn every_record_id_reads_back_as_itself_only(
            n in 0u64..=PAYLOAD_MAX,
            kind in 0usize..6,
            other in 0usize..6,
            portal in "[a-z]{1,12}",
        ) {
            let ids = Ids::new(&format!("https://{portal}.example"));
            let id = ids.record(KINDS[kind], n);
            prop_assert_eq!(ids.parse(KINDS[kind], &id), Some(n));
            if other != kind {
                prop_assert_eq!(ids.parse(KINDS[other], &id), None);
            }
        }

        #[test]
        fn places_read_back(service in 0i64..(1 << 40), position in 0usize..0xffff) {
            let ids = Ids::new("https://pomoc.example");
            let id = ids.place(Kind::Location, service, position);
            prop_assert_eq!(ids.parse_place(Kind::Location, &id), Some((service, position)));
        }
    }
}
