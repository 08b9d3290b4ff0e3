//! Marker images, drawn as small SVGs in data URLs: no image files to fetch, and the count is
//! part of the picture. Places are 32 px, clusters 40 px: both above the 24 px that WCAG 2.2 asks
//! of a tap target.

/// The side of a place marker, in CSS pixels.
pub const PLACE_PX: f64 = 32.0;
/// The side of a cluster marker, in CSS pixels.
pub const CLUSTER_PX: f64 = 40.0;

/// A place: a teal disc, with the number of services when there are several.
pub fn place(services: usize) -> String {
    let label = if services > 1 {
        services.to_string()
    } else {
        String::new()
    };
    disc(PLACE_PX, "#0b5e55", &label)
}

/// A cluster: a larger dark disc with its count.
pub fn cluster(count: u32) -> String {
    disc(CLUSTER_PX, "#173f5f", &count.to_string())
}

fn disc(size: f64, fill: &str, label: &str) -> String {
    let r = size / 2.0;
    let font = if label.len() > 2 { 12 } else { 14 };
    let svg = format!(
        "<svg xmlns='http://www.w3.org/2000/svg' width='{size}' height='{size}' viewBox='0 0 {size} {size}'>\
         <circle cx='{r}' cy='{r}' r='{inner}' fill='{fill}' stroke='white' stroke-width='3'/>\
         <text x='{r}' y='{r}' dy='0.35em' text-anchor='middle' font-family='sans-serif' font-weight='700' \
         font-size='{font}' fill='white'>{label}</text></svg>",
        inner = r - 2.0,
    );
    format!(
        "data:image/svg+xml,{}",
        svg.replace('#', "%23")
            .replace('<', "%3C")
            .replace('>', "%3E")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icons_are_data_urls_that_show_the_count() {
        let icon = cluster(128);
        assert!(icon.starts_with("data:image/svg+xml,"));
        assert!(icon.contains("128%3C/text%3E"));
        assert!(!icon[19..].contains('#') && !icon.contains('<'));
        assert!(place(3).contains("3%3C/text%3E"));
        assert!(
            place(1).contains("%3E%3C/text%3E"),
            "one service, no number"
        );
    }
}
