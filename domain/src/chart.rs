//! Charts drawn on the server as SVG. Each is a picture of a table printed beside it, so it is
//! hidden from screen readers, which read the table.

/// The colour of bars, at least 3:1 against white (WCAG 1.4.11 for graphics).
pub const BAR: &str = "#0b5e55";

/// Horizontal bars, one per row: its label, its count (the longest bar is the largest count) and
/// its colour. Labels are escaped.
pub fn bars(rows: &[(String, usize, &str)]) -> String {
    let max = rows.iter().map(|(_, n, _)| *n).max().unwrap_or(0).max(1);
    let (row, label_width, bar_width) = (28, 170, 220);
    let height = row * rows.len() + 8;
    let mut svg = svg_open(label_width + bar_width + 50, height);
    for (i, (label, n, colour)) in rows.iter().enumerate() {
        let y = i * row + 4;
        let width = bar_width * n / max;
        let label: String = label.chars().take(24).collect();
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\" font-size=\"14\" fill=\"#1b1b1b\">{}</text>\
             <rect x=\"{label_width}\" y=\"{y}\" width=\"{width}\" height=\"20\" fill=\"{colour}\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"14\" fill=\"#1b1b1b\">{n}</text>",
            y + 15,
            crate::text::escape_xml(&label),
            label_width + width + 6,
            y + 15
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// The opening tag of a chart: a picture of the table beside it, hidden from screen readers.
pub fn svg_open(width: usize, height: usize) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"100%\" \
         role=\"presentation\" aria-hidden=\"true\" focusable=\"false\" class=\"chart\">"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_escape_labels() {
        let svg = bars(&[("<a>".into(), 2, BAR), ("b".into(), 4, "#123456")]);
        assert!(svg.contains(">&lt;a&gt;</text>"));
        assert!(svg.contains("width=\"110\" height=\"20\" fill=\"#0b5e55\""));
        assert!(svg.contains("width=\"220\" height=\"20\" fill=\"#123456\""));
        assert!(bars(&[]).ends_with("</svg>"));
    }
}
