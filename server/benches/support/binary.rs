//! What the benches that run the real `server` binary share (beside the tests' `support`, which
//! the including bench must declare): a database holding only the municipalities, and a run of the binary with its wall time and peak memory (VmHWM, read
//! from `/proc` as it runs), so the figures are the command's alone.

use std::time::{Duration, Instant};
use store::Store;

/// A new database with every Czech municipality and no directory.
pub async fn municipalities_only(url: &str) {
    let store = Store::open(url).await.expect("database");
    crate::support::with_every_municipality(&store).await;
}

pub struct Run {
    pub seconds: f64,
    pub peak_mb: f64,
    pub stdout: String,
    pub success: bool,
}

/// Runs the server binary to its end with these settings, following its peak memory.
pub fn run_server(args: &[&str], env: &[(&str, &str)]) -> Run {
    // A file, not a pipe: a long report must not stall the child on a full pipe.
    let report = std::env::temp_dir().join(format!("pomoc-bench-out-{}", std::process::id()));
    let started = Instant::now();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_server"));
    command
        .args(args)
        .env("RUST_LOG", "warn")
        .stdout(std::fs::File::create(&report).expect("report file"));
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().expect("server binary");
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0.0f64;
    loop {
        if let Some(kb) = std::fs::read_to_string(&status_file)
            .ok()
            .and_then(|status| vm_hwm_kb(&status))
        {
            peak_kb = peak_kb.max(kb);
        }
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let seconds = started.elapsed().as_secs_f64();
    let success = child.wait().expect("exit").success();
    let stdout = std::fs::read_to_string(&report).expect("report");
    let _ = std::fs::remove_file(&report);
    Run {
        seconds,
        peak_mb: peak_kb / 1024.0,
        stdout,
        success,
    }
}

fn vm_hwm_kb(status: &str) -> Option<f64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
