//! Writes a register download in the published shape at its real size (about 6,700 services,
//! the code lists, RÚIAN's address points of the facilities in `ruian/`), for trying the
//! import and the daily run without MPSV's server:
//!
//!     cargo run --release -p store --example register -- /tmp/registr [SERVICES]
//!     cargo run --release -p server -- import --format mpsv /tmp/registr --adresy /tmp/registr/ruian

use store::RegisterDataSet;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or("usage: register FOLDER [SERVICES]")?;
    let services = match args.next() {
        Some(n) => n.parse()?,
        None => RegisterDataSet::default().services,
    };
    let set = RegisterDataSet {
        services,
        ..RegisterDataSet::default()
    };
    let written = store::write_register_download(&set, std::path::Path::new(&dir))?;
    println!(
        "{} services ({} ended), {} facilities, {:.1} MB of rpss.json, {} address points in {dir}",
        written.items,
        written.ended,
        written.facilities,
        written.bytes as f64 / 1e6,
        written.address_points
    );
    Ok(())
}
