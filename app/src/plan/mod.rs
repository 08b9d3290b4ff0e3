//! The community plan: `/plan` (the medium-term plan, its charts and documents —
//! `overview.rs`), `/plan/akcni-plan` (one year's tasks — `action_plan.rs`), `/plan/projekty`
//! (the project pool — `projects.rs`) and `/plan/skupiny` (working groups, their meetings and
//! minutes — `groups.rs`), with one navigation between them (`nav.rs`).

mod action_plan;
mod api;
mod groups;
mod nav;
mod overview;
mod projects;

pub use action_plan::ActionPlanPage;
pub use groups::WorkingGroupsPage;
pub use nav::PlanNav;
pub use overview::PlanPage;
pub use projects::ProjectsPage;
