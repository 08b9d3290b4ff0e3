//! How often one client may try something (log in, send a message): at most `limit` times in any
//! `period`. The store counts the attempts (`Store::try_attempt`), shared by every server process.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_are_shown_in_whole_minutes() {
        assert_eq!(RetryAfter(1).minutes(), 1);
        assert_eq!(RetryAfter(61).minutes(), 2);
    }
}
