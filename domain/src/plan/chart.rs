//! The plan's progress as SVG drawn on the server. Each chart is a picture of the table printed
//! beside it, so it is hidden from screen readers, which read the table.

use super::{ActivityStatus, Indicator};
use crate::chart::svg_open;

/// The activities by state as horizontal bars.
pub fn status_chart(counts: &[(ActivityStatus, usize)]) -> String {
    let rows: Vec<_> = counts
        .iter()
        .map(|(status, n)| (status.label().to_owned(), *n, status.colour()))
        .collect();
    crate::chart::bars(&rows)
}

/// Progress of each indicator as a bar to its target (capped at 100 %), as SVG; the table beside
/// it has the numbers.
pub fn indicator_chart(indicators: &[(&str, &Indicator)]) -> String {
    let (row, label_width, bar_width) = (34, 56, 300);
    let height = row * indicators.len() + 8;
    let mut svg = svg_open(label_width + bar_width + 60, height);
    for (i, (code, indicator)) in indicators.iter().enumerate() {
        let y = i * row + 4;
        let percent = percent(indicator);
        let width = bar_width * percent as usize / 100;
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\" font-size=\"13\" fill=\"#1b1b1b\">{}</text>\
             <rect x=\"{label_width}\" y=\"{y}\" width=\"{bar_width}\" height=\"14\" fill=\"#e6f2f0\" stroke=\"#5c6670\"/>\
             <rect x=\"{label_width}\" y=\"{y}\" width=\"{width}\" height=\"14\" fill=\"#0b5e55\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"#1b1b1b\">{percent} %</text>",
            y + 12,
            crate::text::escape_xml(code),
            label_width + bar_width + 6,
            y + 12
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// How far an indicator is, in whole percent of its target, at most 100.
pub fn percent(indicator: &Indicator) -> u32 {
    if indicator.target == 0 {
        return 100;
    }
    (u64::from(indicator.achieved) * 100 / u64::from(indicator.target)).min(100) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::tests::plan;

    #[test]
    fn charts_draw_the_numbers_of_their_tables() {
        let svg = status_chart(&plan().status_counts());
        assert_eq!(svg.matches("<rect").count(), 4);
        assert!(svg.contains("aria-hidden=\"true\""));
        assert!(
            svg.contains("width=\"220\" height=\"20\" fill=\"#1d4f91\""),
            "the longest bar is the running ones"
        );
        let indicator = Indicator {
            name: "x".into(),
            target: 40,
            achieved: 30,
        };
        assert_eq!(percent(&indicator), 75);
        let chart = indicator_chart(&[("1.1.<1>", &indicator)]);
        assert!(chart.contains(">75 %<"));
        assert!(
            chart.contains(">1.1.&lt;1&gt;</text>"),
            "labels are escaped"
        );
        assert_eq!(
            percent(&Indicator {
                name: "x".into(),
                target: 10,
                achieved: 25
            }),
            100
        );
    }
}
