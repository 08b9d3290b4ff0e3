//! What guarding staff passwords costs:
//! - the memory the password lists take once loaded (the process's resident set before and after
//!   the first estimate) and the time of that first estimate;
//! - p50/p99 of one strength estimate, for the meter and for every new password;
//! - p50/p99 of one Argon2id hash;
//! - p50/p99 of a refused login through the whole router, for a real name with a wrong password
//!   and for a name that does not exist (each from its own client, so no limit interferes).
//!
//! `cargo bench -p server --bench passwords`

// The store's benchmarks share their helpers; this one uses a part of them.
#[allow(dead_code)]
#[path = "../../store/benches/common/mod.rs"]
mod common;

// The same app, port and client the HTTP tests use.
#[path = "../tests/http/support/mod.rs"]
mod support;

use common::Latency;
use domain::staff::{NewPassword, Role, Username};
use std::time::Instant;

/// The resident set of this process, in MiB.
fn resident_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let kib: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS");
    kib / 1024.0
}

fn report<T>(what: &str, latency: &Latency<T>) {
    println!(
        "{what:<52} p50 {:>8.2} ms   p99 {:>8.2} ms",
        latency.percentile_ms(50),
        latency.percentile_ms(99)
    );
}

fn main() {
    let before = resident_mib();
    let started = Instant::now();
    domain::password::estimate("x", &[]);
    let first = started.elapsed();
    println!(
        "password lists loaded: {:.1} MiB resident more ({before:.1} → {:.1} MiB), first estimate {:.1} ms",
        resident_mib() - before,
        resident_mib(),
        first.as_secs_f64() * 1000.0
    );
    let long = "Rybník u Písku a kůň v tramvaji ".repeat(4);
    for password in ["heslo123", "Rybník u Písku 1982", long.as_str()] {
        let latency = Latency::measure(200, || domain::password::estimate(password, &["jana"]));
        report(
            &format!("estimate, {} characters", password.chars().count()),
            &latency,
        );
    }

    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let jana = Username::parse("jana").expect("name");
    let hash = Latency::measure(20, || {
        let password = NewPassword::parse("Rybník u Písku 1982", &jana).expect("password");
        runtime
            .block_on(app::admin::password::hash(password))
            .expect("hash")
    });
    report("Argon2id hash (19 MiB, 2 passes)", &hash);

    let app = runtime.block_on(support::TestApp::spawn());
    runtime.block_on(app.staff("jana", Role::Editor, "Rybník u Písku 1982"));
    // Each login from its own client, its form opened beforehand: only the post is timed.
    let mut browsers: Vec<support::Browser> = (0..100u32)
        .map(|n| {
            let address = format!("198.51.100.{}", n + 1);
            let mut browser = support::Browser::from(&app, Box::leak(address.into_boxed_str()));
            runtime.block_on(browser.get("/sprava/prihlaseni"));
            browser
        })
        .collect();
    let mut fresh = browsers.iter_mut();
    let mut refused = |name: &str| {
        let browser = fresh.next().expect("a fresh client");
        let reply = runtime.block_on(browser.post(
            "/sprava/prihlaseni",
            &[
                ("username", name),
                ("password", "spatne heslo"),
                ("zpet", ""),
            ],
        ));
        assert_eq!(reply.status, reqwest::StatusCode::UNAUTHORIZED, "{name}");
    };
    let known = Latency::measure(50, || refused("jana"));
    let unknown = Latency::measure(50, || refused("nikdo"));
    report("refused login, existing name", &known);
    report("refused login, unknown name", &unknown);
}
