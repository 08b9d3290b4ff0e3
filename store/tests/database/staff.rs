//! Staff accounts in the database.

use domain::staff::{Role, Username};
use store::UsernameTaken;

#[tokio::test]
async fn an_account_is_created_once_and_read_back() {
    let store = crate::support::scratch().await;
    let jana = Username::parse("jana").unwrap();
    assert_eq!(
        store.staff_account(&jana).await.unwrap(),
        None,
        "no default account"
    );
    let id = store
        .create_staff_account(
            &jana,
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
            Role::Admin,
        )
        .await
        .unwrap()
        .unwrap();
    let account = store.staff_account(&jana).await.unwrap().unwrap();
    assert_eq!(account.id, id);
    assert_eq!(account.role, Role::Admin);
    assert!(account.active);
    assert!(account.password_hash.starts_with("$argon2id$"));
    assert_eq!(
        store
            .create_staff_account(&jana, "$argon2id$x", Role::Editor)
            .await
            .unwrap(),
        Err(UsernameTaken(jana.clone()))
    );
    assert_eq!(
        store.staff_account(&jana).await.unwrap().unwrap().role,
        Role::Admin,
        "not replaced"
    );
}
