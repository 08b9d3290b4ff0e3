//! What a reader met and did not take, counted: each kind once, with how many times and the
//! first record it was seen in, so a report of a national file stays a page long and still
//! names where to look.

use std::collections::BTreeMap;

/// One kind of thing met, counted, with an example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub label: String,
    pub count: usize,
    pub example: String,
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}× (např. {})",
            self.label, self.count, self.example
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tallies(BTreeMap<String, (usize, String)>);

impl Tallies {
    /// Counts one more of `label`; the first `example` given is kept.
    pub fn add(&mut self, label: impl Into<String>, example: impl FnOnce() -> String) {
        self.add_many(label, 1, example);
    }

    pub fn add_many(
        &mut self,
        label: impl Into<String>,
        n: usize,
        example: impl FnOnce() -> String,
    ) {
        if n == 0 {
            return;
        }
        self.0
            .entry(label.into())
            .and_modify(|(count, _)| *count += n)
            .or_insert_with(|| (n, example()));
    }

    pub fn count(&self, label: &str) -> usize {
        self.0.get(label).map_or(0, |(n, _)| *n)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn merge(&mut self, other: Tallies) {
        for (label, (n, example)) in other.0 {
            self.add_many(label, n, || example);
        }
    }

    /// Every kind, in the order of their labels.
    pub fn list(&self) -> Vec<Tally> {
        self.0
            .iter()
            .map(|(label, (count, example))| Tally {
                label: label.clone(),
                count: *count,
                example: example.clone(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_keep_their_first_example() {
        let mut t = Tallies::default();
        t.add("neznámý klíč „x“", || "služba 1".into());
        t.add("neznámý klíč „x“", || "služba 2".into());
        let mut other = Tallies::default();
        other.add_many("neznámý klíč „x“", 3, || "služba 9".into());
        t.merge(other);
        assert_eq!(
            t.list(),
            [Tally {
                label: "neznámý klíč „x“".into(),
                count: 5,
                example: "služba 1".into()
            }]
        );
        assert_eq!(
            t.list()[0].to_string(),
            "neznámý klíč „x“: 5× (např. služba 1)"
        );
    }
}
