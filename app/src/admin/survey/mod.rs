//! `/sprava/ankety`: surveys — the list and the form that makes one (`list_page.rs`);
//! `/sprava/ankety/{id}`: its results with the free texts, closing or reopening it, and the CSV
//! of every response (`results_page.rs`; the CSV itself is the server's `survey_csv.rs`).

mod api;
mod list_page;
mod results_page;

pub use list_page::SurveysPage;
pub use results_page::SurveyAdminPage;
