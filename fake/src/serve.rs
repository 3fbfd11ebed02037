//! Serving the fake over HTTP: the [`axum::Router`], and a server on a
//! loopback port for tests ([`spawn`]) that stops when asked or dropped.

use crate::rt::Dynamic;
use crate::Fake;
use authentik_api::server::Server;
use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// How long [`Running::stop`] waits for open connections before it drops them.
const STOP_GRACE: Duration = Duration::from_secs(5);

/// The router of a fresh [`Fake`] that accepts the bearer token `token`
/// (any other credential: `403`).
pub fn router(token: &str) -> axum::Router {
    router_with(Fake::new(), token)
}

/// The router of `fake` that accepts the bearer token `token`.
pub fn router_with(fake: Fake, token: &str) -> axum::Router {
    let token = token.to_string();
    let drf_input = fake.drf_input();
    Server::new()
        .authenticate(move |auth| auth.credential() == Some(token.as_str()))
        .drf_input(drf_input)
        .all(Dynamic::new(fake))
        .into_router()
}

/// Serve `router` on `listener` until `shutdown` completes, then finish
/// the requests in flight.
pub async fn serve(
    listener: TcpListener,
    router: axum::Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown)
        .await
}

/// A fresh fake accepting `token`, served on a random port of 127.0.0.1.
pub async fn spawn(token: &str) -> std::io::Result<Running> {
    spawn_with(Fake::new(), token).await
}

/// `fake` accepting `token`, served on a random port of 127.0.0.1. Keep a
/// clone of `fake` to seed or inspect its objects.
pub async fn spawn_with(fake: Fake, token: &str) -> std::io::Result<Running> {
    let listener = TcpListener::bind((std::net::Ipv4Addr::LOCALHOST, 0)).await?;
    let addr = listener.local_addr()?;
    let (tx, rx) = oneshot::channel::<()>();
    let router = router_with(fake.clone(), token);
    let task = tokio::spawn(serve(listener, router, async move {
        // A dropped sender stops the server too.
        let _ = rx.await;
    }));
    Ok(Running {
        base_url: format!("http://{addr}"),
        addr,
        fake,
        shutdown: Some(tx),
        task: Some(task),
    })
}

/// A fake served by [`spawn`]; stopped by [`Running::stop`] or on drop.
#[derive(Debug)]
pub struct Running {
    /// `http://127.0.0.1:PORT` (the API is under `/api/v3`).
    pub base_url: String,
    addr: SocketAddr,
    fake: Fake,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl Running {
    /// The base URL, `http://127.0.0.1:PORT`.
    pub fn url(&self) -> &str {
        &self.base_url
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The fake behind the server (shares its objects).
    pub fn fake(&self) -> &Fake {
        &self.fake
    }

    /// Stop accepting connections, let the requests in flight finish (for
    /// at most a few seconds) and wait for the server to end.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(mut task) = self.task.take() {
            if tokio::time::timeout(STOP_GRACE, &mut task).await.is_err() {
                task.abort();
            }
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}
