//! Czech plural forms: 1 služba, 2–4 služby, 0 or 5+ služeb.

/// "1 služba", "3 služby", "12 služeb".
pub fn count(n: u32, one: &str, few: &str, many: &str) -> String {
    let word = match n {
        1 => one,
        2..=4 => few,
        _ => many,
    };
    format!("{n} {word}")
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn czech_plurals() {
        let f = |n| count(n, "služba", "služby", "služeb");
        assert_eq!(f(0), "0 služeb");
        assert_eq!(f(1), "1 služba");
        assert_eq!(f(4), "4 služby");
        assert_eq!(f(5), "5 služeb");
        assert_eq!(f(22), "22 služeb");
    }
}
