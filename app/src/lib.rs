//! The portal's pages. Features are folders (`catalog/`, `home/`, `layout/`); each holds its
//! pages, its components and the server functions they call. Server functions stay thin: parse
//! the input into domain types, call one store function, return a domain type.

#![recursion_limit = "256"]

pub mod admin;
pub mod audience;
mod catalog;
mod common;
mod consultation;
mod embed;
mod error;
mod faq;
mod feedback;
mod home;
pub mod i18n;
mod layout;
mod map;
pub mod navigation;
pub mod needs;
mod news;
mod offline;
mod open_data;
mod plan;
mod provider;
mod site_search;
#[cfg(feature = "ssr")]
pub mod state;
mod survey;
mod wizard;

pub use error::{AppError, ErrorKind};

/// Pages that accept a posted form (in axum's path syntax): staff's and providers'. The server
/// routes POST to them too.
pub fn form_pages() -> impl Iterator<Item = &'static str> {
    admin::FORM_PAGES
        .iter()
        .chain(provider::FORM_PAGES)
        .copied()
}

use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

/// The HTML document around the app, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // Islands mode: the pages are not hydrated, so none needs its resources' data written into
    // its HTML. The layout places the bundle's loader (`common::IslandsLoader`) on the residents'
    // pages; elsewhere only a page with an island does.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let lang = i18n::use_i18n().lang;
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#0b5e55" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="manifest" href="/manifest.webmanifest" />
                <HashedStylesheet options=options.clone() id="leptos" />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The document title; leptos_meta writes it into the server's HTML unescaped.
fn title_text(title: &str) -> String {
    common::escaped_on_server(if title.is_empty() {
        "Pomoc".to_owned()
    } else {
        format!("{title} – Pomoc")
    })
}

/// Every route renders completely on the server before the first byte is sent (`SsrMode::Async`):
/// pages work without JavaScript, and a missing service can still answer 404.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Title formatter=|title: String| title_text(&title) />
        <Router>
            <layout::Layout>
                <Routes fallback=|| view! { <common::NotFoundPage /> }>
                    <Route path=path!("/") view=home::HomePage ssr=SsrMode::Async />
                    <Route path=path!("/sluzby") view=catalog::CatalogPage ssr=SsrMode::Async />
                    <Route path=path!("/mapa") view=map::MapPage ssr=SsrMode::Async />
                    <Route path=path!("/mapa/pokryti") view=map::CoveragePage ssr=SsrMode::Async />
                    <Route path=path!("/sluzby/:id") view=catalog::ServicePage ssr=SsrMode::Async />
                    <Route path=path!("/organizace/:id") view=catalog::OrganizationPage ssr=SsrMode::Async />
                    <Route path=path!("/skupina") view=audience::AudiencePage ssr=SsrMode::Async />
                    <Route path=path!("/dotazy") view=faq::FaqListPage ssr=SsrMode::Async />
                    <Route path=path!("/dotazy/:id") view=faq::FaqPage ssr=SsrMode::Async />
                    <Route path=path!("/pomoc") view=wizard::WizardPage ssr=SsrMode::Async />
                    <Route path=path!("/pomoc/*cesta") view=wizard::WizardPage ssr=SsrMode::Async />
                    <Route path=path!("/p/:code") view=wizard::ShortLinkPage ssr=SsrMode::Async />
                    <Route path=path!("/sluzby/:id/pripominka") view=feedback::ServiceFeedbackPage ssr=SsrMode::Async />
                    <Route path=path!("/chybi-sluzba") view=feedback::MissingServicePage ssr=SsrMode::Async />
                    <Route path=path!("/pristupnost") view=feedback::AccessibilityPage ssr=SsrMode::Async />
                    <Route path=path!("/offline") view=offline::OfflinePage ssr=SsrMode::Async />
                    <Route path=path!("/otevrena-data") view=open_data::OpenDataPage ssr=SsrMode::Async />
                    <Route path=path!("/novinky") view=news::NewsPage ssr=SsrMode::Async />
                    <Route path=path!("/novinky/:id") view=news::ArticlePage ssr=SsrMode::Async />
                    <Route path=path!("/akce") view=news::EventsPage ssr=SsrMode::Async />
                    <Route path=path!("/akce/:id") view=news::EventPage ssr=SsrMode::Async />
                    <Route path=path!("/plan") view=plan::PlanPage ssr=SsrMode::Async />
                    <Route path=path!("/plan/akcni-plan") view=plan::ActionPlanPage ssr=SsrMode::Async />
                    <Route path=path!("/plan/projekty") view=plan::ProjectsPage ssr=SsrMode::Async />
                    <Route path=path!("/plan/potreby") view=needs::NeedsPage ssr=SsrMode::Async />
                    <Route path=path!("/plan/skupiny") view=plan::WorkingGroupsPage ssr=SsrMode::Async />
                    <Route path=path!("/plan/pripominky") view=consultation::ConsultationListPage ssr=SsrMode::Async />
                    <Route path=path!("/plan/pripominky/:id") view=consultation::ConsultationPage ssr=SsrMode::Async />
                    <Route path=path!("/ankety") view=survey::SurveyListPage ssr=SsrMode::Async />
                    <Route path=path!("/ankety/:id") view=survey::SurveyPage ssr=SsrMode::Async />
                    <Route path=path!("/ankety/:id/vysledky") view=survey::SurveyResultsPage ssr=SsrMode::Async />
                    <Route path=path!("/hledat") view=site_search::SiteSearchPage ssr=SsrMode::Async />
                    <Route path=path!("/vlozit") view=embed::GeneratorPage ssr=SsrMode::Async />
                    <Route path=path!("/embed/sluzby") view=catalog::CatalogPage ssr=SsrMode::Async />
                    <Route path=path!("/embed/mapa") view=map::MapPage ssr=SsrMode::Async />
                    <Route path=path!("/embed/pomoc") view=wizard::WizardPage ssr=SsrMode::Async />
                    <Route path=path!("/embed/pomoc/*cesta") view=wizard::WizardPage ssr=SsrMode::Async />
                    <Route path=path!("/embed/dotazy") view=faq::FaqListPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava") view=admin::AdminHomePage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/prihlaseni") view=admin::LoginPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/odhlaseni") view=admin::LogoutPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/sluzby") view=admin::ServiceListPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/sluzby/:id") view=admin::ServiceEditorPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/podnety") view=admin::FeedbackInboxPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/registr") view=admin::RegisterPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/planovani") view=needs::PlanningPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/planovani/zprava") view=needs::PlanningReportPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/nova-sluzba") view=admin::NewServicePage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/organizace") view=admin::OrganizationListPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/organizace/:id") view=admin::OrganizationEditorPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/nova-organizace") view=admin::NewOrganizationPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/dotazy") view=admin::FaqListPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/dotazy/:id") view=admin::FaqEditorPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/novy-dotaz") view=admin::NewFaqPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/skupiny") view=admin::AudienceListPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/skupiny/:slug") view=admin::AudienceEditorPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/pruvodce") view=admin::WizardOverviewPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/pruvodce/:key") view=admin::WizardNodePage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/novinky") view=admin::ArticleListPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/novinky/:id") view=admin::ArticleEditorPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/nova-novinka") view=admin::NewArticlePage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/akce") view=admin::EventListPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/akce/:id") view=admin::EventEditorPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/nova-akce") view=admin::NewEventPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/obrazky") view=admin::ImagesPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/ankety") view=admin::SurveysPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/ankety/:id") view=admin::SurveyAdminPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/pripominky") view=admin::ConsultationsPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/pripominky/:id") view=admin::CommentsPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/uzivatele") view=admin::UsersPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/uzivatele/:id") view=admin::AccountPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/uzivatele/:id/heslo") view=admin::ResetLinkPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/heslo") view=admin::PasswordPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/overovani") view=admin::VerificationPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/navrhy") view=admin::ProposalsPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/navrhy/:id") view=admin::ProposalPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/organizace/:id/kontakty") view=admin::ContactsPage ssr=SsrMode::Async />
                    <Route path=path!("/sprava/heslo/obnova/:token") view=admin::PasswordResetPage ssr=SsrMode::Async />
                    <Route path=path!("/pro-poskytovatele") view=provider::ProviderSignInPage ssr=SsrMode::Async />
                    <Route path=path!("/pro-poskytovatele/prihlaseni/:token") view=provider::LinkSignInPage ssr=SsrMode::Async />
                    <Route path=path!("/pro-poskytovatele/odhlaseni") view=provider::SignOutPage ssr=SsrMode::Async />
                    <Route path=path!("/pro-poskytovatele/sluzby") view=provider::OwnServicesPage ssr=SsrMode::Async />
                    <Route path=path!("/pro-poskytovatele/sluzby/:id") view=provider::OwnServiceEditPage ssr=SsrMode::Async />
                    <Route path=path!("/pro-poskytovatele/overeni/:token") view=provider::VerifyLinkPage ssr=SsrMode::Async />
                    <Route path=path!("/pro-poskytovatele/odhlasit/:token") view=provider::UnsubscribePage ssr=SsrMode::Async />
                </Routes>
            </layout::Layout>
        </Router>
    }
}
