//! Accepting and serving connections with the timeouts a public server needs (axum's own `serve`
//! sets no timer), all `header_read` long: a connection that sends no byte, an HTTP/1 client that
//! does not send its whole request head (the first, or the next on a kept-alive connection), and
//! an HTTP/2 client that does not answer the server's pings are disconnected, so idle and slow
//! clients (slowloris) cannot hold connections open. At most `max_connections` are served at
//! once; one more is answered 503 at once and closed, instead of stalling the accept loop when
//! file descriptors run out. Each request
//! gets the client's address (`ConnectInfo`, for rate limits) and TCP_NODELAY; on shutdown no new
//! connection is taken and open ones finish their requests.

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::pin::pin;
use std::time::Duration;
use tokio::net::TcpListener;
use tower::ServiceExt;

/// How long a client may take to send a request's head (the first request's, or the next one on
/// a kept-alive connection).
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// What a connection may take.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// For the first byte, a request's head, an HTTP/2 ping's answer.
    pub header_read: Duration,
    /// Connections served at once; below the process's file descriptors (`ulimit -n`).
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_read: HEADER_READ_TIMEOUT,
            max_connections: 1000,
        }
    }
}

/// Answers a connection over the limit 503 and closes it, giving the client a second at most.
async fn refuse_busy(mut tcp: tokio::net::TcpStream) {
    use tokio::io::AsyncWriteExt;
    let message = "Server je právě přetížený. Zkuste to prosím za chvíli.\n";
    let answer = format!(
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n\
         Retry-After: 5\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{message}",
        message.len()
    );
    let write = async {
        tcp.write_all(answer.as_bytes()).await?;
        tcp.shutdown().await
    };
    let _ = tokio::time::timeout(Duration::from_secs(1), write).await;
}

pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) {
    let Limits {
        header_read,
        max_connections,
    } = limits;
    let permits = std::sync::Arc::new(tokio::sync::Semaphore::new(max_connections));
    let (closing, close_rx) = tokio::sync::watch::channel(());
    let mut shutdown = pin!(shutdown);
    loop {
        let (tcp, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors and the like: wait instead of spinning.
                    tracing::warn!(%error, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Ok(permit) = permits.clone().try_acquire_owned() else {
            tracing::warn!(max_connections, "connection over the limit answered 503");
            tokio::spawn(refuse_busy(tcp));
            continue;
        };
        // Without TCP_NODELAY a response written in two parts waits for the client's delayed ACK.
        if let Err(error) = tcp.set_nodelay(true) {
            tracing::debug!(%error, "cannot set TCP_NODELAY");
        }
        let service = app
            .clone()
            .map_request(move |request: hyper::Request<Incoming>| {
                let mut request = request.map(Body::new);
                request.extensions_mut().insert(ConnectInfo(remote));
                request
            });
        let mut close = close_rx.clone();
        tokio::spawn(async move {
            let _permit = permit;
            // Telling HTTP/1 from HTTP/2 waits for the first bytes, with no timer of hyper's.
            let mut first = [0u8; 1];
            match tokio::time::timeout(header_read, tcp.peek(&mut first)).await {
                Ok(Ok(read)) if read > 0 => {}
                _ => return,
            }
            let mut builder = Builder::new(TokioExecutor::new());
            builder
                .http1()
                .timer(TokioTimer::new())
                .header_read_timeout(header_read);
            builder
                .http2()
                .timer(TokioTimer::new())
                .keep_alive_interval(header_read)
                .keep_alive_timeout(header_read);
            let connection = builder.serve_connection_with_upgrades(
                TokioIo::new(tcp),
                TowerToHyperService::new(service),
            );
            let mut connection = pin!(connection);
            tokio::select! {
                result = connection.as_mut() => {
                    if let Err(error) = result {
                        tracing::trace!(%error, "connection ended with an error");
                    }
                }
                _ = close.changed() => {
                    connection.as_mut().graceful_shutdown();
                    let _ = connection.await;
                }
            }
        });
    }
    drop(close_rx);
    let _ = closing.send(());
    // Every connection task holds a receiver; this resolves when the last one has finished.
    closing.closed().await;
}
