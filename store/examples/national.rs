//! Writes the national-size data set (every Czech municipality, 10,000 services) into a new
//! database, for load tests of the whole server: `bench/load.sh` runs it.
//!
//!     cargo run --release -p store --example national -- sqlite:///tmp/national.db

use store::{NationalDataSet, Store};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::args()
        .nth(1)
        .ok_or("usage: national DATABASE_URL (a new database)")?;
    let store = Store::open(&url).await?;
    let data = store::generate_national(&NationalDataSet::default())?;
    let report = store.import_sample(&data).await?;
    println!("{} services in {url}", report.services);
    Ok(())
}
