//! The fake authentik under load (`cargo xtask bench fake-load`, which runs
//! `cargo bench -p authentik-fake --bench load`; not a test, CI does not run
//! it).
//!
//! Everything is on 127.0.0.1, with fixed request counts and a time limit per
//! cell:
//!
//! 1. the `authentik-fake` binary (release, its own process) is started with
//!    a bearer token and seeded with [`SEEDED`] groups through the API;
//! 2. `list` (a page of the seeded groups), `retrieve`, `create` and `delete`
//!    on `/api/v3/core/groups/` are measured at each of [`CONCURRENCY`] with
//!    [`REQUESTS_PER_CELL`] requests per cell: requests/s, p50, p99, errors;
//! 3. a bare axum server (this binary again, `--serve-bare`, its own process)
//!    answering the very bytes the fake answered to `list` and `retrieve` is
//!    measured with the same client and concurrency: the fake/bare ratios are
//!    what routing, validation, authentication and the fake itself cost;
//! 4. a fresh fake process goes through [`MEMORY_CYCLES`] create+delete
//!    cycles, its resident memory read from `/proc/PID/status` before, during
//!    and after; the run fails when it grew by more than [`GROWTH_LIMIT_MIB`].
//!
//! The report (markdown) is printed and written to the `--report` path. The
//! process exits non-zero when any request failed (non-2xx or transport
//! error), a cell hit its time limit, or memory grew past the bound.

mod bare;
mod drive;
mod procs;
mod report;
mod scenario;

use anyhow::{bail, Context as _};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// Groups in the store while `list` and `retrieve` are measured.
pub const SEEDED: usize = 100;
/// Concurrent clients (each one request at a time over keep-alive).
pub const CONCURRENCY: [usize; 3] = [1, 16, 64];
/// Requests per operation and concurrency.
pub const REQUESTS_PER_CELL: usize = 20_000;
/// A cell that takes longer is aborted (and the run fails).
pub const CELL_LIMIT: Duration = Duration::from_secs(60);
/// Unmeasured requests to each server first, at the highest concurrency, so
/// every cell finds its connections open.
pub const WARMUP: usize = 2_000;
/// Create+delete cycles of the memory run (in [`MEMORY_CHUNKS`] chunks, the
/// memory read after each), after [`MEMORY_WARMUP`] unmeasured ones.
pub const MEMORY_CYCLES: usize = 100_000;
pub const MEMORY_CHUNKS: usize = 4;
pub const MEMORY_WARMUP: usize = 2_000;
/// Concurrency of the memory run.
pub const MEMORY_CONCURRENCY: usize = 64;
/// Time limit of one memory chunk.
pub const MEMORY_CHUNK_LIMIT: Duration = Duration::from_secs(180);
/// The memory run fails when the fake's RSS after the cycles exceeds its RSS
/// before them (seeded, warmed up: connections open, allocator arenas
/// grown) by more than this. 16 MiB over 100,000 cycles is 168 bytes per
/// cycle, less than one create response (about 230 bytes of JSON; a stored
/// group, a `serde_json::Value` map, is several times that), so keeping
/// anything of a cycle fails, while allocator slack (a few MiB) does not.
pub const GROWTH_LIMIT_MIB: f64 = 16.0;
/// The page the `list` cells ask for.
pub const LIST_QUERY: &str = "?ordering=name&page=2&page_size=20";
/// The bearer token of the fake.
pub const TOKEN: &str = "load-bench-token";

/// What the command line asks for.
enum Mode {
    /// Run the benchmark, writing the report there.
    Bench { report: PathBuf },
    /// Be the bare server: answer these two files' bytes.
    ServeBare { list: PathBuf, retrieve: PathBuf },
    /// Started without `--bench`, i.e. by `cargo test --benches` or
    /// `--all-targets`: do nothing.
    Skip,
}

/// Parse the arguments. `cargo bench` adds `--bench`; without it (`cargo
/// test --benches`) the benchmark is skipped.
fn parse(args: impl IntoIterator<Item = String>) -> anyhow::Result<Mode> {
    let mut report = None;
    let mut bench = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--bench" => bench = true,
            "--report" => report = Some(PathBuf::from(args.next().context("--report PATH")?)),
            "--serve-bare" => {
                let list = args.next().context("--serve-bare LIST RETRIEVE")?;
                let retrieve = args.next().context("--serve-bare LIST RETRIEVE")?;
                return Ok(Mode::ServeBare {
                    list: list.into(),
                    retrieve: retrieve.into(),
                });
            }
            other => bail!("unknown argument {other:?} (expected --report PATH)"),
        }
    }
    if !bench {
        return Ok(Mode::Skip);
    }
    let report = match report {
        Some(path) => path,
        // `cargo bench` runs benches in the package folder: the workspace's
        // target/ is one up.
        None => {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench-fake-load/report.md")
        }
    };
    Ok(Mode::Bench { report })
}

fn main() -> ExitCode {
    let result = parse(std::env::args().skip(1)).and_then(|mode| match mode {
        Mode::ServeBare { list, retrieve } => bare::serve(&list, &retrieve),
        Mode::Bench { report } => scenario::run(&report),
        Mode::Skip => {
            println!("fake-load: not run by cargo test (use `cargo xtask bench fake-load`)");
            Ok(())
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fake-load: {e:#}");
            ExitCode::FAILURE
        }
    }
}
