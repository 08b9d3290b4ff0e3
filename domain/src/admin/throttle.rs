//! How often one client may try something (log in, send a message): at most `limit` times in any
//! `period`. Pure: the caller passes the clock, so tests need no waiting.

use std::collections::VecDeque;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub limit: usize,
    pub period_secs: u64,
}

/// Refused: try again after this many seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub u64);

impl RetryAfter {
    /// "za 3 minuty" style wait, rounded up to whole minutes.
    pub fn minutes(self) -> u64 {
        self.0.div_ceil(60).max(1)
    }
}

/// The times of one client's recent attempts.
#[derive(Debug, Clone, Default)]
pub struct Attempts(VecDeque<u64>);

impl Attempts {
    /// Counts an attempt at `now` (seconds) if the limit allows it.
    pub fn try_at(&mut self, limit: Limit, now: u64) -> Result<(), RetryAfter> {
        while self
            .0
            .front()
            .is_some_and(|&t| t + limit.period_secs <= now)
        {
            self.0.pop_front();
        }
        if self.0.len() >= limit.limit {
            let oldest = self.0.front().copied().unwrap_or(now);
            return Err(RetryAfter(oldest + limit.period_secs - now));
        }
        self.0.push_back(now);
        Ok(())
    }

    /// Nothing recent: the entry can be forgotten.
    pub fn is_stale(&self, limit: Limit, now: u64) -> bool {
        self.0.back().is_none_or(|&t| t + limit.period_secs <= now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: Limit = Limit {
        limit: 3,
        period_secs: 60,
    };

    #[test]
    fn the_fourth_attempt_in_a_minute_waits_for_the_first_to_age() {
        let mut attempts = Attempts::default();
        for t in [0, 10, 20] {
            assert_eq!(attempts.try_at(LIMIT, t), Ok(()));
        }
        assert_eq!(attempts.try_at(LIMIT, 30), Err(RetryAfter(30)));
        assert_eq!(attempts.try_at(LIMIT, 60), Ok(()));
        assert!(!attempts.is_stale(LIMIT, 100));
        assert!(attempts.is_stale(LIMIT, 120));
    }

    #[test]
    fn refused_attempts_do_not_count() {
        let mut attempts = Attempts::default();
        for t in 0..3 {
            attempts.try_at(LIMIT, t).unwrap();
        }
        for t in 3..50 {
            assert!(attempts.try_at(LIMIT, t).is_err());
        }
        assert_eq!(attempts.try_at(LIMIT, 60), Ok(()));
    }

    #[test]
    fn waits_are_shown_in_whole_minutes() {
        assert_eq!(RetryAfter(1).minutes(), 1);
        assert_eq!(RetryAfter(61).minutes(), 2);
    }
}
