//! Slow clients (slowloris): connections that send a request head byte by byte, or half of it
//! and then nothing, neither keep others waiting nor stay open past the header timeout.

use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_sent_requests_neither_starve_others_nor_stay_open() {
    let store = store::Store::open_in_memory().await.unwrap();
    store.seed_if_empty().await.unwrap();
    let app = crate::support::TestApp::serve_with(store, Duration::from_secs(2)).await;
    let address = app.base.trim_start_matches("http://").to_owned();

    let mut slow = Vec::new();
    for _ in 0..200 {
        let mut tcp = TcpStream::connect(&address).await.expect("connect");
        tcp.write_all(b"GET /sluzby HTTP/1.1\r\nHost: pomoc\r\nX-Slow: ")
            .await
            .unwrap();
        slow.push(tcp);
    }

    let started = Instant::now();
    let (status, page) = app.get("/sluzby?q=dluhy").await;
    assert_eq!(status, reqwest::StatusCode::OK);
    assert!(page.contains("Dluhové poradenství"));
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "others are served while 200 heads dribble in: {:?}",
        started.elapsed()
    );

    // Past the header timeout every slow connection has been closed by the server.
    tokio::time::sleep(Duration::from_secs(3)).await;
    for (n, tcp) in slow.iter_mut().enumerate() {
        let mut buffer = [0u8; 512];
        let read = tokio::time::timeout(Duration::from_secs(2), tcp.read(&mut buffer))
            .await
            .unwrap_or_else(|_| panic!("connection {n} is still open"));
        match read {
            Ok(0) | Err(_) => {}
            Ok(len) => {
                let answer = String::from_utf8_lossy(&buffer[..len]);
                assert!(
                    answer.starts_with("HTTP/1.1 408"),
                    "connection {n}: {answer}"
                );
            }
        }
    }
}
