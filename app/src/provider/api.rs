//! The server functions of `/pro-poskytovatele`. Reads under `/api/pro-poskytovatele`, writes
//! under `/api/zapis` (the form token required); the pages call them while rendering a post.

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::common::{Refusal, ShowsRefusal};
use domain::admin::FieldErrors;
use domain::mail::provider::ListedService;
use domain::provider::edit::ProviderServiceForm;
use domain::provider::review::OwnService;
use domain::provider::sign_in::SignInForm;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// `/pro-poskytovatele`: the address form, or the notice that a link went out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignInPage {
    pub form: SignInForm,
    pub errors: FieldErrors,
    pub error: Option<String>,
    pub sent: bool,
    pub csrf: String,
}

#[cfg(feature = "ssr")]
impl ShowsRefusal for SignInPage {
    type Form = SignInForm;

    fn refused(&mut self, form: SignInForm, errors: FieldErrors, message: Option<String>) {
        self.form = form;
        self.errors = errors;
        self.error = message;
    }
}

/// A page behind a link from a message: the button that uses it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkPage {
    pub csrf: String,
}

/// `/pro-poskytovatele/sluzby`: the organisation's services.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnPage {
    pub organization: String,
    pub email: String,
    pub services: Vec<OwnService>,
    pub csrf: String,
}

/// `/pro-poskytovatele/sluzby/{id}`: one service's form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditPage {
    pub organization: String,
    pub service: OwnService,
    pub form: ProviderServiceForm,
    /// By field; a refusal of the whole form under `form`.
    pub errors: FieldErrors,
    pub csrf: String,
}

#[cfg(feature = "ssr")]
impl ShowsRefusal for EditPage {
    type Form = ProviderServiceForm;

    fn refused(&mut self, form: ProviderServiceForm, errors: FieldErrors, message: Option<String>) {
        self.form = form;
        self.errors = crate::common::with_form_error(errors, message);
    }
}

/// `/pro-poskytovatele/overeni/{token}`: the services as residents see them, and the answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerifyPage {
    pub organization: String,
    pub services: Vec<ListedService>,
    pub csrf: String,
}

/// How a link that no longer works is answered.
#[cfg(feature = "ssr")]
fn link_gone() -> AppError {
    AppError::Conflict(
        "Odkaz už neplatí: byl použit, vypršel, nebo na něj už někdo z vaší organizace odpověděl. \
         Nový odkaz pro přihlášení si vyžádáte na stránce Pro poskytovatele."
            .into(),
    )
}

#[cfg(feature = "ssr")]
fn footer(unsubscribe: Option<String>) -> Result<domain::mail::Footer, AppError> {
    Ok(domain::mail::Footer {
        portal: portal()?,
        unsubscribe,
    })
}

/// The portal's public address, for links in messages.
#[cfg(feature = "ssr")]
fn portal() -> Result<String, AppError> {
    use_context::<crate::state::PublicUrl>()
        .map(|url| url.0)
        .ok_or_else(|| {
            tracing::error!("no PublicUrl in context");
            AppError::Internal
        })
}

#[server(prefix = "/api/pro-poskytovatele")]
pub async fn load_sign_in(sent: bool) -> Result<SignInPage, AppError> {
    Ok(SignInPage {
        form: SignInForm::default(),
        errors: FieldErrors::default(),
        error: None,
        sent,
        csrf: crate::state::csrf_token()?,
    })
}

/// Sends a sign-in link to every organisation the address is an invited contact of. The answer
/// is the same whether or not it is: nothing tells which addresses are known.
#[server(prefix = "/api/zapis")]
pub async fn request_sign_in(form: SignInForm) -> Result<SignInPage, AppError> {
    let page = load_sign_in(false).await?;
    if let Err(refusal) = crate::state::require_csrf() {
        return Ok(Refusal::from(refusal).shown(page, form));
    }
    let email = match form.address() {
        Ok(email) => email,
        Err(message) => return Ok(Refusal::field("email", message).shown(page, form)),
    };
    let limited = async {
        crate::state::throttle(|t| &t.sign_in_links).await?;
        crate::state::throttle_key(|t| &t.sign_in_address, email.as_str()).await
    };
    if let Err(error) = limited.await {
        return Ok(Refusal::from(error).shown(page, form));
    }
    let store = crate::state::store()?;
    let now = crate::state::now();
    let contacts = store.contacts_with_email(email.as_str()).await?;
    for contact in &contacts {
        let token = crate::state::link_token();
        let link = format!("{}/pro-poskytovatele/prihlaseni/{token}", portal()?);
        let message = domain::mail::provider::sign_in(
            &contact.email,
            &contact.organization,
            &link,
            &footer(None)?,
        );
        let expires = now + domain::provider::sign_in::LINK_MINUTES * 60;
        store
            .send_provider_link(
                contact.id,
                &crate::state::token_hash(&token),
                store::LinkPurpose::SignIn,
                expires,
                &message,
                now,
            )
            .await?;
    }
    tracing::info!(
        known = !contacts.is_empty(),
        "provider sign-in link asked for"
    );
    leptos_axum::redirect("/pro-poskytovatele?odeslano=1");
    load_sign_in(true).await
}

#[server(prefix = "/api/pro-poskytovatele")]
pub async fn load_link_page() -> Result<LinkPage, AppError> {
    Ok(LinkPage {
        csrf: crate::state::csrf_token()?,
    })
}

/// Uses a sign-in link (once) and signs its contact in.
#[server(prefix = "/api/zapis")]
pub async fn use_sign_in_link(token: String) -> Result<LinkPage, AppError> {
    crate::state::require_csrf()?;
    crate::state::throttle(|t| &t.sign_in_links).await?;
    let contact = crate::state::store()?
        .open_provider_link(
            &crate::state::token_hash(&token),
            store::LinkPurpose::SignIn,
            crate::state::now(),
        )
        .await?
        .ok_or_else(link_gone)?;
    super::session::start(&contact).await?;
    leptos_axum::redirect("/pro-poskytovatele/sluzby");
    load_link_page().await
}

#[server(prefix = "/api/pro-poskytovatele")]
pub async fn load_own_services() -> Result<OwnPage, AppError> {
    let contact = super::session::require_provider().await?;
    let services = crate::state::store()?
        .own_services(contact.organization_id)
        .await?;
    Ok(OwnPage {
        organization: contact.organization,
        email: contact.email,
        services,
        csrf: crate::state::csrf_token()?,
    })
}

/// "Vše platí": every published service of the organisation confirmed today.
#[server(prefix = "/api/zapis")]
pub async fn confirm_own_services() -> Result<OwnPage, AppError> {
    crate::state::require_csrf()?;
    let contact = super::session::require_provider().await?;
    let confirmed = crate::state::store()?
        .confirm_services(&contact, crate::state::now())
        .await?;
    tracing::info!(
        organization = contact.organization_id,
        confirmed,
        "provider confirmed its services"
    );
    leptos_axum::redirect(&format!("/pro-poskytovatele/sluzby?potvrzeno={confirmed}"));
    load_own_services().await
}

/// The signed-in provider and its service `id` (403 for another organisation's).
#[cfg(feature = "ssr")]
async fn own(id: i64) -> Result<(store::ProviderContact, OwnService), AppError> {
    let contact = super::session::require_provider().await?;
    let service = crate::state::store()?
        .own_service(&contact, id)
        .await?
        .ok_or_else(|| {
            AppError::Forbidden(
                "Tato služba nepatří k vaší organizaci (nebo není zveřejněná), a tak ji upravit nemůžete."
                    .into(),
            )
        })?;
    Ok((contact, service))
}

#[cfg(feature = "ssr")]
fn edit_page(contact: store::ProviderContact, service: OwnService) -> Result<EditPage, AppError> {
    Ok(EditPage {
        organization: contact.organization,
        form: service.form.clone(),
        service,
        errors: FieldErrors::default(),
        csrf: crate::state::csrf_token()?,
    })
}

#[server(prefix = "/api/pro-poskytovatele")]
pub async fn load_own_service(id: i64) -> Result<EditPage, AppError> {
    let (contact, service) = own(id).await?;
    edit_page(contact, service)
}

/// Sends the provider's changes of service `id` to staff.
#[server(prefix = "/api/zapis")]
pub async fn propose_change(id: i64, form: ProviderServiceForm) -> Result<EditPage, AppError> {
    use domain::provider::edit::ProposalError;
    let (contact, service) = own(id).await?;
    let page = edit_page(contact.clone(), service)?;
    if let Err(refusal) = crate::state::require_csrf() {
        return Ok(Refusal::from(refusal).shown(page, form));
    }
    let store = crate::state::store()?;
    let current = store
        .service_for_edit(id)
        .await?
        .ok_or(AppError::NotFound)?
        .edit
        .to_form();
    let changes = match form.changes(&current) {
        Ok(changes) => changes,
        Err(ProposalError::StaffOnly(label)) => {
            return Err(AppError::Forbidden(
                ProposalError::StaffOnly(label).to_string(),
            ));
        }
        Err(ProposalError::Invalid(errors)) => {
            return Ok(Refusal::fields(errors).shown(page, form));
        }
        Err(unchanged) => {
            let refusal = Refusal::whole(crate::ErrorKind::Invalid, unchanged.to_string());
            return Ok(refusal.shown(page, form));
        }
    };
    store
        .propose(&contact, id, &changes, crate::state::now())
        .await?
        .ok_or(AppError::NotFound)?;
    tracing::info!(
        service = id,
        fields = changes.len(),
        "provider proposed a change"
    );
    leptos_axum::redirect(&format!(
        "/pro-poskytovatele/sluzby?odeslano={id}#sluzba-{id}"
    ));
    load_own_service(id).await
}

/// Signs the provider out.
#[server(prefix = "/api/zapis")]
pub async fn sign_out() -> Result<LinkPage, AppError> {
    crate::state::require_csrf()?;
    super::session::end().await?;
    leptos_axum::redirect("/pro-poskytovatele?odhlaseno=1");
    load_link_page().await
}

/// The contact a verification link is for, while its round is open.
#[cfg(feature = "ssr")]
async fn verified_by_link(token: &str) -> Result<store::ProviderContact, AppError> {
    crate::state::store()?
        .open_provider_link(
            &crate::state::token_hash(token),
            store::LinkPurpose::Verify,
            crate::state::now(),
        )
        .await?
        .ok_or_else(link_gone)
}

#[cfg(feature = "ssr")]
async fn verify_page(contact: store::ProviderContact) -> Result<VerifyPage, AppError> {
    let services = crate::state::store()?
        .listed_services(contact.organization_id)
        .await?;
    Ok(VerifyPage {
        organization: contact.organization,
        services,
        csrf: crate::state::csrf_token()?,
    })
}

#[server(prefix = "/api/pro-poskytovatele")]
pub async fn load_verify_page(token: String) -> Result<VerifyPage, AppError> {
    verify_page(verified_by_link(&token).await?).await
}

/// The answer to a verification message: `vse-plati` confirms every service; `upravit` signs
/// the contact in to edit them.
#[server(prefix = "/api/zapis")]
pub async fn answer_verification(token: String, action: String) -> Result<VerifyPage, AppError> {
    crate::state::require_csrf()?;
    let store = crate::state::store()?;
    let now = crate::state::now();
    let contact = verified_by_link(&token).await?;
    let page = verify_page(contact.clone()).await?;
    match action.as_str() {
        "vse-plati" => {
            let confirmed = store.confirm_services(&contact, now).await?;
            super::session::start(&contact).await?;
            leptos_axum::redirect(&format!("/pro-poskytovatele/sluzby?potvrzeno={confirmed}"));
        }
        "upravit" => {
            super::session::start(&contact).await?;
            leptos_axum::redirect("/pro-poskytovatele/sluzby");
        }
        _ => {
            return Err(AppError::BadRequest(
                "Zvolte prosím „Vše platí“, nebo „Upravit“.".into(),
            ));
        }
    }
    Ok(page)
}

/// Stops the verification messages to the address whose link carries `token`.
#[server(prefix = "/api/zapis")]
pub async fn unsubscribe(token: String) -> Result<String, AppError> {
    crate::state::require_csrf()?;
    crate::state::store()?
        .unsubscribe_contact(&token, crate::state::now())
        .await?
        .ok_or(AppError::NotFound)
}
