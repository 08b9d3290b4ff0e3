//! What the staff pages show, as it crosses from the server to the browser.

use super::audit::AuditEntry;
use super::feedback::{FeedbackForm, FeedbackItem, FeedbackStatus};
use super::fields::FieldErrors;
use super::service_edit::ServiceForm;
use crate::staff::StaffUser;
use serde::{Deserialize, Serialize};

/// One line of the admin list of services.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminServiceRow {
    pub id: i64,
    pub name: String,
    pub organization: String,
    pub published: bool,
    pub verified_at: Option<i64>,
}

/// `/sprava`: what waits for the signed-in staff member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminHome {
    pub user: StaffUser,
    /// Services not verified for six months, oldest first.
    pub unverified: Vec<AdminServiceRow>,
    pub new_feedback: usize,
    pub csrf: String,
}

/// `/sprava/sluzby`: the services matching the list's search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceList {
    pub rows: Vec<AdminServiceRow>,
    pub text: String,
    /// `""` all, `"zverejnene"`, `"koncepty"`.
    pub state: String,
}

/// `/sprava/sluzby/{id}`: the form (as stored, or as typed when a save failed) and the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceEditor {
    pub id: i64,
    pub organization: String,
    pub form: ServiceForm,
    pub errors: FieldErrors,
    /// The form was just saved.
    pub saved: bool,
    pub verified_at: Option<i64>,
    pub verified_by: Option<String>,
    pub audit: Vec<AuditEntry>,
    /// The resident's message this edit answers, opened from the inbox.
    pub suggestion: Option<FeedbackItem>,
    pub csrf: String,
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
    /// The service the message corrects; `None` for "a service is missing".
    pub service: Option<crate::catalog::ServiceRef>,
    pub form: FeedbackForm,
    pub errors: FieldErrors,
    /// A refusal for the whole form (rate limit, expired token).
    pub error: Option<String>,
    pub sent: bool,
    pub csrf: String,
}

/// `/sprava/uzivatele`: the accounts (administrators only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffList {
    pub users: Vec<StaffRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffRow {
    pub username: String,
    pub role: crate::staff::Role,
    pub active: bool,
}
