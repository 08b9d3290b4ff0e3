//! Anonymous surveys: `/ankety` (the list), `/ankety/{slug}` (the questionnaire, posted as a
//! plain form — `form_page.rs`) and `/ankety/{slug}/vysledky` (the results as charts with their
//! numbers in tables — `results_page.rs`). Staff make, close and export them in
//! `admin/survey/`.

mod api;
mod form_page;
mod list_page;
mod results;
mod results_page;

pub use form_page::SurveyPage;
pub use list_page::SurveyListPage;
pub use results::ResultsList;
pub use results_page::SurveyResultsPage;
