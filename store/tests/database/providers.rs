//! Providers' links and the outbox at moments a server's clock cannot be moved to: a sign-in link
//! that ran out, a verification link that lasts until its round is answered, and a claimed
//! message another worker may take only once its claim has lapsed.

use crate::support::sample_store;
use domain::mail::{Footer, provider::sign_in};
use store::LinkPurpose;

const NOW: i64 = 1_800_000_000;

fn message(to: &str) -> domain::mail::Message {
    let footer = Footer {
        portal: "https://pomoc.example".into(),
        unsubscribe: None,
    };
    sign_in(to, "Jitřenka", "https://pomoc.example/x", &footer)
}

/// The sample's invited address of Rodinné centrum Jitřenka.
async fn jitrenka(store: &store::Store) -> store::ProviderContact {
    store
        .contacts_with_email("info@jitrenka.example")
        .await
        .unwrap()
        .remove(0)
}

#[tokio::test]
async fn a_sign_in_link_works_once_and_only_in_time() {
    let store = sample_store().await;
    let contact = jitrenka(&store).await;
    let purpose = LinkPurpose::SignIn;
    let mail = message(&contact.email);
    store
        .send_provider_link(contact.id, "a1", purpose, NOW + 1800, &mail, NOW)
        .await
        .unwrap();
    store
        .send_provider_link(contact.id, "b2", purpose, NOW + 1800, &mail, NOW)
        .await
        .unwrap();
    assert_eq!(
        store
            .open_provider_link("a1", purpose, NOW + 1801)
            .await
            .unwrap(),
        None
    );
    let opened = store
        .open_provider_link("b2", purpose, NOW + 60)
        .await
        .unwrap();
    assert_eq!(opened.map(|c| c.id), Some(contact.id));
    assert_eq!(
        store
            .open_provider_link("b2", purpose, NOW + 61)
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        store
            .open_provider_link("b2", LinkPurpose::Verify, NOW + 61)
            .await
            .unwrap(),
        None,
        "a sign-in link is no verification link"
    );
}

#[tokio::test]
async fn a_verification_link_lasts_until_its_round_is_answered() {
    let store = sample_store().await;
    let contact = jitrenka(&store).await;
    let purpose = LinkPurpose::Verify;
    let mail = message(&contact.email);
    store
        .send_provider_link(contact.id, "c3", purpose, NOW + 45 * 86_400, &mail, NOW)
        .await
        .unwrap();
    for later in [NOW + 60, NOW + 86_400] {
        assert!(
            store
                .open_provider_link("c3", purpose, later)
                .await
                .unwrap()
                .is_some()
        );
    }
    store
        .confirm_services(&contact, NOW + 86_400)
        .await
        .unwrap();
    assert_eq!(
        store
            .open_provider_link("c3", purpose, NOW + 86_401)
            .await
            .unwrap(),
        None
    );
}

#[tokio::test]
async fn a_claimed_message_is_another_workers_only_after_its_claim_lapses() {
    let store = sample_store().await;
    store
        .queue_mail(&message("info@jitrenka.example"), NOW)
        .await
        .unwrap();
    assert_eq!(store.claim_mail(NOW, 10).await.unwrap().len(), 1);
    assert!(
        store.claim_mail(NOW + 10, 10).await.unwrap().is_empty(),
        "held by the first"
    );
    let again = store.claim_mail(NOW + 301, 10).await.unwrap();
    assert_eq!(again.len(), 1, "the first worker died: another takes it");
    assert_eq!(again[0].attempts, 2);
    store.mail_sent(again[0].id, NOW + 302).await.unwrap();
    assert!(store.claim_mail(NOW + 10_000, 10).await.unwrap().is_empty());
    let counts = store.mail_counts(NOW).await.unwrap();
    assert_eq!((counts.sent, counts.waiting), (1, 0));
}
