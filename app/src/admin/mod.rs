//! `/sprava`: the staff area. Staff sign in (`login_page.rs`), see what waits for them
//! (`home_page.rs`: services not verified for six months, new messages from residents), and keep
//! the content true, one folder per kind of record: `service/` (with places, area and
//! verification), `organization/`, `faq/`, `audience/`, `wizard/` (the "Potřebuji pomoc" tree,
//! edited as a draft and published whole); `feedback_page.rs` moderates residents' messages and
//! `users/` lets administrators manage accounts; `consultation/` opens comment periods on drafts
//! and settles the comments; `news/` edits news and events and holds the uploaded images;
//! `survey/` makes surveys, closes them and exports their answers; `register_page.rs` shows the
//! runs of the national register's import. Every record shows its audit log.
//!
//! Every form posts to its own page, so it all works without JavaScript: the page reads the posted
//! form (`state::submitted`), calls the server function that checks and saves it (`save.rs`), and
//! either redirects (saved) or shows the form again as typed with the errors next to the fields.

mod api;
mod audience;
mod audit_log;
#[cfg(feature = "ssr")]
pub mod auth;
mod consultation;
mod editor_frame;
mod faq;
mod feedback_page;
pub(crate) mod form;
mod home_page;
mod list_search;
#[cfg(feature = "ssr")]
mod login;
mod login_page;
mod news;
mod organization;
#[cfg(feature = "ssr")]
pub mod password;
mod passwords;
mod register_page;
#[cfg(feature = "ssr")]
mod save;
mod service;
mod survey;
mod translation;
mod users;
mod verification;
mod wizard;

pub use audience::{AudienceEditorPage, AudienceListPage};
pub use consultation::{CommentsPage, ConsultationsPage};
pub use faq::{FaqEditorPage, FaqListPage, NewFaqPage};
pub use feedback_page::FeedbackInboxPage;
pub use form::{AdminNav, CsrfField, FieldError, posted};
pub use home_page::AdminHomePage;
pub use login_page::{LoginPage, LogoutPage};
pub use news::{
    ArticleEditorPage, ArticleListPage, EventEditorPage, EventListPage, ImagesPage, NewArticlePage,
    NewEventPage,
};
pub use organization::{NewOrganizationPage, OrganizationEditorPage, OrganizationListPage};
pub use passwords::{PasswordPage, PasswordResetPage, ResetLinkPage};
pub use register_page::RegisterPage;
pub use service::{NewServicePage, ServiceEditorPage, ServiceListPage};
pub use survey::{SurveyAdminPage, SurveysPage};
pub use users::{AccountPage, UsersPage};
pub use verification::{ContactsPage, ProposalPage, ProposalsPage, VerificationPage};
pub use wizard::{WizardNodePage, WizardOverviewPage};

/// Staff pages that accept a posted form (in axum's path syntax); see [`crate::form_pages`].
pub const FORM_PAGES: &[&str] = &[
    "/sprava/prihlaseni",
    "/sprava/odhlaseni",
    "/sprava/sluzby/{id}",
    "/sprava/nova-sluzba",
    "/sprava/organizace/{id}",
    "/sprava/nova-organizace",
    "/sprava/dotazy/{id}",
    "/sprava/novy-dotaz",
    "/sprava/skupiny/{slug}",
    "/sprava/pruvodce",
    "/sprava/pruvodce/{key}",
    "/sprava/podnety",
    "/sprava/novinky/{id}",
    "/sprava/nova-novinka",
    "/sprava/akce/{id}",
    "/sprava/nova-akce",
    "/sprava/uzivatele",
    "/sprava/uzivatele/{id}",
    "/sprava/uzivatele/{id}/heslo",
    "/sprava/heslo",
    "/sprava/heslo/obnova/{token}",
    "/sluzby/{id}/pripominka",
    "/chybi-sluzba",
    "/pristupnost",
    "/plan/pripominky/{id}",
    "/ankety/{id}",
    "/sprava/ankety",
    "/sprava/ankety/{id}",
    "/sprava/pripominky",
    "/sprava/planovani",
    "/sprava/pripominky/{id}",
    "/sprava/navrhy/{id}",
    "/sprava/organizace/{id}/kontakty",
];
