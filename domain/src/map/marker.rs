//! How a marker looks: a disc with the number of services it stands for. The server's picture of
//! the map draws them here as SVG; the live map draws the same discs with the page's styles
//! (`.map-marker` in `style/main.css`, the same sizes and colours). Places are 32 px, clusters
//! 40 px: both above the 24 px that WCAG 2.2 asks of a tap target.

/// The side of a place marker, in CSS pixels.
pub const PLACE_PX: f64 = 32.0;
/// The side of a cluster marker, in CSS pixels.
pub const CLUSTER_PX: f64 = 40.0;

const PLACE_FILL: &str = "#0b5e55";
const CLUSTER_FILL: &str = "#173f5f";

/// A place with `services` services: a teal disc, numbered when there are several.
pub fn place_disc(x: f64, y: f64, services: usize) -> String {
    let label = if services > 1 {
        services.to_string()
    } else {
        String::new()
    };
    disc(x, y, PLACE_PX, PLACE_FILL, &label)
}

/// A cluster: a larger dark disc with its count.
pub fn cluster_disc(x: f64, y: f64, count: u32) -> String {
    disc(x, y, CLUSTER_PX, CLUSTER_FILL, &count.to_string())
}

/// SVG markup of a disc of diameter `size` centred at (`x`, `y`), with a white label.
fn disc(x: f64, y: f64, size: f64, fill: &str, label: &str) -> String {
    let font = if label.len() > 2 { 12 } else { 14 };
    format!(
        "<circle cx='{x:.1}' cy='{y:.1}' r='{inner}' fill='{fill}' stroke='white' stroke-width='3'/>\
         <text x='{x:.1}' y='{y:.1}' dy='0.35em' text-anchor='middle' font-family='sans-serif' font-weight='700' \
         font-size='{font}' fill='white'>{label}</text>",
        inner = size / 2.0 - 2.0,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discs_show_the_count() {
        assert!(cluster_disc(20.0, 20.0, 128).contains(">128</text>"));
        assert!(place_disc(16.0, 16.0, 3).contains(">3</text>"));
        let one = place_disc(16.0, 16.0, 1);
        assert!(one.contains("></text>"), "one service, no number: {one}");
        assert!(one.contains("r='14'") && cluster_disc(0.0, 0.0, 2).contains("r='18'"));
    }
}
