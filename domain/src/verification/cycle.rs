//! The verification cycle of one provider: when a service of its has gone unconfirmed for
//! [`Schedule::ask_after`] (five months unless the portal sets otherwise), the provider's contacts get one message listing its services; if nobody
//! answers, reminders follow after 14 and 28 days, and 14 days after the last one staff get a task.
//! An answer ("Vše platí" or edits sent to staff) ends the round.

use crate::admin::date::DAY;
use serde::{Deserialize, Serialize};

/// A service unconfirmed this long (about five months) makes its provider be asked, by default.
pub const ASK_AFTER_SECS: i64 = 152 * DAY;
/// The reminders, counted from the first message.
pub const REMINDER_DAYS: [i64; 2] = [14, 28];
/// Staff's task, counted from the first message.
pub const TASK_AFTER_DAYS: i64 = 42;
/// The share of published services staff aim to have confirmed within six months.
pub const GOAL_PERCENT: u32 = 95;

/// A provider's round of asking, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    pub started_at: i64,
    /// Reminders sent so far.
    pub reminders: u8,
    /// Staff were given the task.
    pub task: bool,
}

/// What the cycle does next for one provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Nothing now.
    Wait,
    /// Start a round: the first message.
    Ask,
    /// Send reminder number `n` (1 or 2).
    Remind(u8),
    /// Nobody answered: a task on the staff home page.
    StaffTask,
}

/// When providers are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    /// A provider whose least recently confirmed service is this old (seconds) is asked.
    pub ask_after: i64,
}

impl Default for Schedule {
    fn default() -> Self {
        Schedule {
            ask_after: ASK_AFTER_SECS,
        }
    }
}

impl Schedule {
    /// From a number of days (`POMOC_VERIFY_AFTER_DAYS`): 30 to 180, so that a round can end
    /// before the six months residents are promised run out.
    pub fn days(days: i64) -> Option<Schedule> {
        (30..=180).contains(&days).then_some(Schedule {
            ask_after: days * DAY,
        })
    }

    /// Whether a provider whose least recent confirmation was at `oldest` (`None`: never) is due
    /// to be asked, or phoned, at `now`.
    pub fn due(self, oldest: Option<i64>, now: i64) -> bool {
        oldest.is_none_or(|at| now - at >= self.ask_after)
    }

    /// The next step at `now` for a provider with published `services` (or none), whose least
    /// recently confirmed one was confirmed at `oldest` (`None`: one never was), and its open
    /// `round`.
    pub fn next_step(
        self,
        services: bool,
        oldest: Option<i64>,
        round: Option<Round>,
        now: i64,
    ) -> Step {
        if !services {
            return Step::Wait;
        }
        let Some(round) = round else {
            return if self.due(oldest, now) {
                Step::Ask
            } else {
                Step::Wait
            };
        };
        round_step(round, now)
    }
}

/// What an open round does next.
fn round_step(round: Round, now: i64) -> Step {
    let days = (now - round.started_at) / DAY;
    match REMINDER_DAYS.get(usize::from(round.reminders)) {
        Some(&after) if days >= after => Step::Remind(round.reminders + 1),
        Some(_) => Step::Wait,
        None if !round.task && days >= TASK_AFTER_DAYS => Step::StaffTask,
        None => Step::Wait,
    }
}

/// The share of `verified` among `total`, in whole per cent (100 for none at all).
pub fn percent(verified: u64, total: u64) -> u32 {
    if total == 0 {
        return 100;
    }
    u32::try_from(verified * 100 / total).unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_796_601_600;

    #[test]
    fn a_provider_is_asked_once_its_oldest_service_is_five_months_old() {
        assert_eq!(
            Schedule::default().next_step(true, Some(NOW - 30 * DAY), None, NOW),
            Step::Wait
        );
        assert_eq!(
            Schedule::default().next_step(true, Some(NOW - ASK_AFTER_SECS), None, NOW),
            Step::Ask
        );
        assert_eq!(
            Schedule::default().next_step(true, None, None, NOW),
            Step::Ask,
            "never confirmed"
        );
        assert_eq!(
            Schedule::default().next_step(false, None, None, NOW),
            Step::Wait,
            "no services"
        );
    }

    #[test]
    fn reminders_come_after_14_and_28_days_then_a_task_once() {
        let round = |days: i64, reminders: u8, task: bool| Round {
            started_at: NOW - days * DAY,
            reminders,
            task,
        };
        let step = |r| Schedule::default().next_step(true, None, Some(r), NOW);
        assert_eq!(step(round(13, 0, false)), Step::Wait);
        assert_eq!(step(round(14, 0, false)), Step::Remind(1));
        assert_eq!(step(round(27, 1, false)), Step::Wait);
        assert_eq!(step(round(28, 1, false)), Step::Remind(2));
        assert_eq!(step(round(41, 2, false)), Step::Wait);
        assert_eq!(step(round(42, 2, false)), Step::StaffTask);
        assert_eq!(step(round(90, 2, true)), Step::Wait, "one task per round");
        assert_eq!(
            step(round(40, 0, false)),
            Step::Remind(1),
            "a server that was down sends the missed reminder, one at a time"
        );
    }

    #[test]
    fn the_portal_may_ask_earlier_or_later_within_six_months() {
        let four = Schedule::days(122).unwrap();
        assert!(four.due(Some(NOW - 122 * DAY), NOW));
        assert!(!Schedule::default().due(Some(NOW - 122 * DAY), NOW));
        assert_eq!(Schedule::days(200), None);
        assert_eq!(Schedule::days(0), None);
    }

    #[test]
    fn shares_are_whole_per_cent_rounded_down() {
        assert_eq!(percent(19, 20), 95);
        assert_eq!(percent(189, 200), 94);
        assert_eq!(percent(0, 0), 100);
    }
}
