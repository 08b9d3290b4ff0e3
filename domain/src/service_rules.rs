//! What every service must say about whom it serves and where, whether it comes from the import
//! or from the staff editor.

use crate::delivery_form::DeliveryForm;
use crate::target_group::TargetGroup;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReachProblem {
    #[error("chybí forma poskytování")]
    NoForm,
    #[error("chybí cílová skupina")]
    NoTargetGroup,
    #[error("služba nemá místo poskytování ani oblast působnosti")]
    Nowhere,
    #[error("terénní služba musí uvést obce, kam dojíždí")]
    FieldWithoutArea,
}

impl ReachProblem {
    /// The form field the problem belongs to.
    pub fn field(self) -> &'static str {
        match self {
            ReachProblem::NoForm => "forms",
            ReachProblem::NoTargetGroup => "target_groups",
            ReachProblem::Nowhere => "locations",
            ReachProblem::FieldWithoutArea => "area",
        }
    }
}

/// Every rule the service breaks, in the order of the form.
pub fn reach_problems(
    forms: &[DeliveryForm],
    target_groups: &[TargetGroup],
    has_locations: bool,
    has_area: bool,
) -> Vec<ReachProblem> {
    let mut problems = Vec::new();
    if target_groups.is_empty() {
        problems.push(ReachProblem::NoTargetGroup);
    }
    if forms.is_empty() {
        problems.push(ReachProblem::NoForm);
    }
    if !has_locations && !has_area {
        problems.push(ReachProblem::Nowhere);
    }
    if forms.contains(&DeliveryForm::Field) && !has_area {
        problems.push(ReachProblem::FieldWithoutArea);
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_service_needs_its_area() {
        let groups = [TargetGroup::ALL[0]];
        assert_eq!(
            reach_problems(&[DeliveryForm::Field], &groups, true, false),
            vec![ReachProblem::FieldWithoutArea]
        );
        assert!(reach_problems(&[DeliveryForm::Field], &groups, false, true).is_empty());
        assert_eq!(
            reach_problems(&[], &[], false, false),
            vec![
                ReachProblem::NoTargetGroup,
                ReachProblem::NoForm,
                ReachProblem::Nowhere
            ]
        );
    }
}
