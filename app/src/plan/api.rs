//! The plan's server functions: the plan with its charts drawn, and the plan with the year whose
//! action plan is shown.

use crate::AppError;
use domain::plan::Plan;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The plan with its charts drawn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanView {
    pub plan: Plan,
    pub status_svg: String,
    pub indicator_svg: String,
}

#[server(endpoint = "plan")]
pub async fn load_plan() -> Result<PlanView, AppError> {
    let plan = crate::state::store()?
        .current_plan()
        .await?
        .ok_or(AppError::NotFound)?;
    let indicators: Vec<_> = plan
        .activities()
        .flat_map(|a| a.indicators.iter().map(move |i| (a.code.as_str(), i)))
        .collect();
    Ok(PlanView {
        status_svg: domain::plan::status_chart(&plan.status_counts()),
        indicator_svg: domain::plan::indicator_chart(&indicators),
        plan,
    })
}

/// The plan and the year to show: the one asked for, else the current one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanYear {
    pub plan: Plan,
    pub year: u16,
}

#[server(endpoint = "plan/rok")]
pub async fn load_plan_year(year: Option<u16>) -> Result<PlanYear, AppError> {
    let plan = crate::state::store()?
        .current_plan()
        .await?
        .ok_or(AppError::NotFound)?;
    let this_year = domain::news::LocalDateTime::day_start(crate::state::now()).year;
    let year = year.unwrap_or(u16::try_from(this_year).unwrap_or(plan.to_year));
    Ok(PlanYear { plan, year })
}
