//! What the staff pages show, as it crosses from the server to the browser.

use super::account::{AccountChange, AccountForm};
use super::audience_edit::AudienceForm;
use super::audit::AuditEntry;
use super::faq_edit::FaqForm;
use super::feedback::{FeedbackForm, FeedbackItem, FeedbackStatus};
use super::fields::FieldErrors;
use super::organization_edit::OrganizationForm;
use super::service_edit::{NewServiceForm, ServiceForm};
use super::wizard_edit::NodeForm;
use crate::catalog::{AudienceRef, MunicipalityRef, OrganizationRef};
use crate::faq::Topic;
use crate::staff::StaffUser;
use serde::{Deserialize, Serialize};

/// One record's form — as stored, or as typed when a save failed, with each error by its field —
/// and the record's history.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Editor<F> {
    /// `None` for a record not yet saved.
    pub id: Option<i64>,
    pub form: F,
    pub errors: FieldErrors,
    /// The form was just saved.
    pub saved: bool,
    pub audit: Vec<AuditEntry>,
    pub csrf: String,
    /// A new record's form: its one-time key, so that posting it twice makes one record.
    pub once: String,
}

/// An admin list: its rows and the search that found them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listing<R> {
    pub rows: Vec<R>,
    pub text: String,
    /// `""` all, `"zverejnene"`, `"koncepty"`.
    pub state: String,
}

/// One line of the admin list of services.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminServiceRow {
    pub id: i64,
    pub name: String,
    pub organization: String,
    pub published: bool,
    pub verified_at: Option<i64>,
}

/// One line of the admin list of providers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminOrganizationRow {
    pub id: i64,
    pub name: String,
    pub ico: Option<String>,
    pub services: i64,
}

/// One line of the admin list of questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminFaqRow {
    pub id: i64,
    pub slug: String,
    pub question: String,
    pub published: bool,
}

/// `/sprava`: what waits for the signed-in staff member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminHome {
    pub user: StaffUser,
    /// Services not verified for six months, oldest first.
    pub unverified: Vec<AdminServiceRow>,
    pub new_feedback: usize,
    /// The last run of the register import or its daily download.
    pub register: Option<super::register_runs::RegisterRun>,
    /// The verification cycle: the share confirmed, the providers that need a call, the mail.
    pub verification: crate::verification::overview::Overview,
    pub csrf: String,
}

/// `/sprava/sluzby/{id}`: the form, the provider, the verification and the resident's message
/// the edit answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceEditor {
    pub editor: Editor<ServiceForm>,
    pub organization: OrganizationRef,
    pub verified_at: Option<i64>,
    pub verified_by: Option<String>,
    /// Every confirmation, newest first, with its source.
    pub confirmations: Vec<crate::verification::Confirmation>,
    /// The resident's message this edit answers, opened from the inbox.
    pub suggestion: Option<FeedbackItem>,
    /// What the place and area fields offer.
    pub municipalities: Vec<MunicipalityRef>,
    /// The register ended the service or stopped listing it: the day and why.
    pub register_ended: Option<String>,
}

/// `/sprava/nova-sluzba?poskytovatel={id}`: naming a new service of a provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewService {
    pub editor: Editor<NewServiceForm>,
    pub organization: OrganizationRef,
}

/// `/sprava/organizace/{id}` (or `/sprava/nova-organizace`): the provider's form and its services.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationEditor {
    pub editor: Editor<OrganizationForm>,
    pub services: Vec<AdminServiceRow>,
    /// The one-time key of the form that starts a new service of this provider.
    pub new_service_once: String,
    pub municipalities: Vec<MunicipalityRef>,
}

/// `/sprava/dotazy/{id}` (or `/sprava/novy-dotaz`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaqEditor {
    pub editor: Editor<FaqForm>,
    /// The public address's last part, once saved.
    pub slug: Option<String>,
    pub audiences: Vec<AudienceRef>,
    pub topics: Vec<Topic>,
}

/// `/sprava/skupiny/{slug}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AudienceEditor {
    pub editor: Editor<AudienceForm>,
    pub slug: String,
}

/// `/sprava/prihlaseni`: the username typed so far and why the last try failed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginState {
    pub username: String,
    pub error: Option<String>,
    pub back: String,
    pub csrf: String,
}

/// `/sprava/podnety`: residents' messages in one state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackInbox {
    pub status: FeedbackStatus,
    pub items: Vec<FeedbackItem>,
    pub csrf: String,
}

/// A resident's message form: as typed, what is wrong with it, or that it was sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackPage {
    pub subject: super::feedback::Subject,
    /// The service the message corrects, when it is about one.
    pub service: Option<crate::catalog::ServiceRef>,
    pub form: FeedbackForm,
    /// "Chybí tu služba?": the topics to choose from, as slug and name.
    pub topics: Vec<(String, String)>,
    pub errors: FieldErrors,
    /// A refusal for the whole form (rate limit, expired token).
    pub error: Option<String>,
    pub sent: bool,
    pub csrf: String,
}

/// `/sprava/uzivatele`: the accounts and the form for a new one (administrators only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffList {
    pub users: Vec<StaffRow>,
    pub editor: Editor<AccountForm>,
    /// The signed-in administrator, who may not lock themself out.
    pub me: String,
}

/// `/sprava/uzivatele/{id}`: one account's role and state, and its history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountEditor {
    pub editor: Editor<AccountChange>,
    pub username: String,
    /// The account is the signed-in administrator's own.
    pub own: bool,
}

/// `/sprava/skupiny`: the audiences residents choose from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AudienceList {
    pub audiences: Vec<AudienceRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffRow {
    pub id: i64,
    pub username: String,
    pub role: crate::staff::Role,
    pub active: bool,
    /// Where the account's password links are mailed, if anywhere.
    pub email: Option<String>,
}

/// One step in the wizard overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WizardStepRow {
    pub key: String,
    pub is_question: bool,
    /// The question or the outcome's title.
    pub text: String,
    pub is_root: bool,
}

/// The form that adds a step to the draft: its key and kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewStepForm {
    pub key: String,
    pub kind: String,
}

/// `/sprava/pruvodce`: the tree being edited, what stops it from being published, the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WizardOverview {
    pub steps: Vec<WizardStepRow>,
    /// The steps shown are a draft residents do not see yet.
    pub is_draft: bool,
    pub problems: Vec<String>,
    /// The draft was just published.
    pub published: bool,
    pub editor: Editor<NewStepForm>,
}

/// `/sprava/pruvodce/{key}`: one step of the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WizardStepEditor {
    pub editor: Editor<NodeForm>,
    pub key: String,
    /// The steps an answer may lead to: (key, text).
    pub targets: Vec<(String, String)>,
    pub is_root: bool,
}
