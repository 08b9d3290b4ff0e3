//! Slow clients (slowloris): connections that send a request head byte by byte, or half of it
//! and then nothing, neither keep others waiting nor stay open past the header timeout.

use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A header timeout of 2 s, and `max_connections`.
fn limits(max_connections: usize) -> server::serve::Limits {
    server::serve::Limits {
        header_read: Duration::from_secs(2),
        max_connections,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_sent_requests_neither_starve_others_nor_stay_open() {
    let store = store::Store::open_in_memory().await.unwrap();
    store.seed_if_empty().await.unwrap();
    let app = crate::support::TestApp::serve_with(store, limits(1000)).await;
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

/// Whether the server has closed `tcp` (or answered and closed), waiting at most `wait`.
async fn closed_within(tcp: &mut TcpStream, wait: Duration) -> bool {
    let mut buffer = [0u8; 512];
    loop {
        match tokio::time::timeout(wait, tcp.read(&mut buffer)).await {
            Err(_) => return false,
            Ok(Ok(0) | Err(_)) => return true,
            // An answer (a 408, an HTTP/2 GOAWAY): read on until the close.
            Ok(Ok(_)) => {}
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_sockets_and_idle_http2_prefaces_are_closed_while_others_are_served() {
    let store = store::Store::open_in_memory().await.unwrap();
    store.seed_if_empty().await.unwrap();
    let app = crate::support::TestApp::serve_with(store, limits(1000)).await;
    let address = app.base.trim_start_matches("http://").to_owned();

    let opened = Instant::now();
    let mut idle = Vec::new();
    for _ in 0..300 {
        idle.push(TcpStream::connect(&address).await.expect("connect"));
    }
    for _ in 0..50 {
        let mut tcp = TcpStream::connect(&address).await.expect("connect");
        // The HTTP/2 connection preface and an empty SETTINGS frame, then nothing.
        tcp.write_all(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\0\0\0\x04\0\0\0\0\0")
            .await
            .unwrap();
        idle.push(tcp);
    }

    let started = Instant::now();
    let (status, _) = app.get("/sluzby?q=dluhy").await;
    assert_eq!(status, reqwest::StatusCode::OK);
    let served = started.elapsed();
    assert!(
        served < Duration::from_secs(1),
        "others are served beside 350 idle connections: {served:?}"
    );

    let started = Instant::now();
    for (n, tcp) in idle.iter_mut().enumerate() {
        assert!(
            closed_within(tcp, Duration::from_secs(8)).await,
            "connection {n} is still open after {:?}",
            started.elapsed()
        );
    }
    // The figures, for `cargo test -p server --test http silent_sockets -- --nocapture`.
    println!(
        "a search served in {served:?} beside 350 idle connections; the last of them closed {:?} after it opened (first-byte timeout 2 s)",
        opened.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form_body_that_stops_coming_is_answered_408_within_the_body_pause() {
    let app = crate::support::TestApp::spawn().await;
    let address = app.base.trim_start_matches("http://").to_owned();
    let mut tcp = TcpStream::connect(&address).await.expect("connect");
    tcp.write_all(
        b"POST /chybi-sluzba HTTP/1.1\r\nHost: pomoc\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nmessage=Chyb",
    )
    .await
    .unwrap();
    let started = Instant::now();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(
        server::BODY_IDLE + Duration::from_secs(5),
        tcp.read_to_end(&mut answer),
    )
    .await;
    assert!(
        read.is_ok(),
        "still waiting for the body after {:?}",
        started.elapsed()
    );
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("Odesílání formuláře se zastavilo"));
    assert!(started.elapsed() >= server::BODY_IDLE - Duration::from_secs(1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_over_the_limit_are_answered_503_at_once() {
    let store = store::Store::open_in_memory().await.unwrap();
    store.seed_if_empty().await.unwrap();
    let app = crate::support::TestApp::serve_with(store, limits(20)).await;
    let address = app.base.trim_start_matches("http://").to_owned();
    let mut held = Vec::new();
    for _ in 0..20 {
        held.push(TcpStream::connect(&address).await.expect("connect"));
    }
    // Let the server take them all before the next arrives.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let started = Instant::now();
    let mut extra = TcpStream::connect(&address).await.expect("connect");
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(1), extra.read_to_end(&mut answer))
        .await
        .expect("answered at once")
        .unwrap();
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("přetížený"));
    assert!(started.elapsed() < Duration::from_secs(1));
    // Once the held ones are closed by their timeout, others are served again.
    drop(held);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let (status, _) = app.get("/sluzby").await;
    assert_eq!(status, reqwest::StatusCode::OK);
}
