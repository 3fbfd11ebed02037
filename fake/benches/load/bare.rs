//! The ratio anchor: a bare axum server answering fixed JSON bytes (those the
//! fake answered to `list` and `retrieve`) on the same paths, with nothing
//! else: no validation, no authentication, no state.
//!
//! It runs in its own process (this binary with `--serve-bare`), on the same
//! kind of runtime as the `authentik-fake` binary (`#[tokio::main]`: one
//! worker per core), prints `listening on http://127.0.0.1:PORT` and serves
//! until its standard input closes, so it ends with the benchmark even when
//! that one is killed.

use anyhow::Context as _;
use axum::body::Bytes;
use axum::http::header::CONTENT_TYPE;
use axum::routing::get;
use std::io::Read as _;
use std::path::Path;

/// A response of fixed JSON bytes.
type Fixed = ([(axum::http::HeaderName, &'static str); 1], Bytes);

fn fixed(bytes: &Bytes) -> Fixed {
    ([(CONTENT_TYPE, "application/json")], bytes.clone())
}

/// Serve `list`'s bytes on the groups collection and `retrieve`'s on any
/// group, until standard input closes.
pub fn serve(list: &Path, retrieve: &Path) -> anyhow::Result<()> {
    let list = Bytes::from(std::fs::read(list).with_context(|| format!("{}", list.display()))?);
    let retrieve =
        Bytes::from(std::fs::read(retrieve).with_context(|| format!("{}", retrieve.display()))?);
    std::thread::spawn(|| {
        // Bounded by the parent: read returns 0 at end of input.
        let mut sink = [0u8; 64];
        while matches!(std::io::stdin().read(&mut sink), Ok(n) if n > 0) {}
        std::process::exit(0);
    });
    let router = axum::Router::new()
        .route(
            "/api/v3/core/groups/",
            get(move || std::future::ready(fixed(&list))),
        )
        .route(
            "/api/v3/core/groups/{group_uuid}/",
            get(move || std::future::ready(fixed(&retrieve))),
        );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the bare server's runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind((std::net::Ipv4Addr::LOCALHOST, 0)).await?;
        println!("bare axum listening on http://{}", listener.local_addr()?);
        axum::serve(listener, router).await?;
        anyhow::Ok(())
    })
}
