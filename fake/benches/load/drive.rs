//! The load driver: `concurrency` workers share a fixed number of requests
//! (each worker one request at a time), under a time limit; every request's
//! latency is recorded, failures are counted.

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::task::JoinSet;

/// What one cell (one operation at one concurrency) measured.
#[derive(Debug)]
pub struct Cell {
    pub concurrency: usize,
    /// The requests asked for.
    pub requests: usize,
    /// The requests started (all of them unless the cell was aborted).
    pub started: usize,
    pub elapsed: Duration,
    /// Latencies of the finished requests, sorted (empty when aborted).
    pub latencies: Vec<Duration>,
    pub errors: usize,
    pub first_error: Option<String>,
    /// The time limit was hit.
    pub aborted: bool,
}

impl Cell {
    /// Finished requests per second.
    pub fn rps(&self) -> f64 {
        self.latencies.len() as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// The `p`-th percentile latency (nearest rank), `p` in 0..=100.
    pub fn percentile(&self, p: usize) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        let rank = (self.latencies.len() * p).div_ceil(100).max(1);
        self.latencies[rank.min(self.latencies.len()) - 1]
    }

    /// No error and not aborted.
    pub fn ok(&self) -> bool {
        self.errors == 0 && !self.aborted
    }
}

/// The shared state of the workers of one cell.
struct Shared<F> {
    call: F,
    requests: usize,
    next: AtomicUsize,
    errors: AtomicUsize,
    first_error: Mutex<Option<String>>,
}

impl<F> Shared<F> {
    fn fail(&self, message: String) {
        self.errors.fetch_add(1, Ordering::Relaxed);
        let mut first = self
            .first_error
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        first.get_or_insert(message);
    }
}

/// One worker: take request numbers until all are taken.
async fn worker<F, Fut>(shared: Arc<Shared<F>>, capacity: usize) -> Vec<Duration>
where
    F: Fn(usize) -> Fut,
    Fut: Future<Output = Result<(), String>>,
{
    let mut latencies = Vec::with_capacity(capacity);
    // Bounded: `next` only grows, and the loop ends once it passes `requests`.
    loop {
        let i = shared.next.fetch_add(1, Ordering::Relaxed);
        if i >= shared.requests {
            break;
        }
        let start = Instant::now();
        let result = (shared.call)(i).await;
        latencies.push(start.elapsed());
        if let Err(message) = result {
            shared.fail(message);
        }
    }
    latencies
}

/// Make `requests` calls `call(0)`, `call(1)` ... from `concurrency`
/// workers, within `limit` (past it the workers are aborted).
pub async fn run<F, Fut>(concurrency: usize, requests: usize, limit: Duration, call: F) -> Cell
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), String>> + Send + 'static,
{
    let shared = Arc::new(Shared {
        call,
        requests,
        next: AtomicUsize::new(0),
        errors: AtomicUsize::new(0),
        first_error: Mutex::new(None),
    });
    let capacity = requests / concurrency.max(1) + 1;
    let start = Instant::now();
    let mut workers = JoinSet::new();
    for _ in 0..concurrency.max(1) {
        workers.spawn(worker(Arc::clone(&shared), capacity));
    }
    let mut latencies = Vec::with_capacity(requests);
    let joined = tokio::time::timeout(limit, async {
        while let Some(joined) = workers.join_next().await {
            match joined {
                Ok(mut done) => latencies.append(&mut done),
                Err(e) => shared.fail(format!("a worker failed: {e}")),
            }
        }
    })
    .await;
    let elapsed = start.elapsed();
    let aborted = joined.is_err();
    if aborted {
        workers.abort_all();
        latencies.clear();
    }
    latencies.sort_unstable();
    let first_error = shared
        .first_error
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .clone();
    Cell {
        concurrency,
        requests,
        started: shared.next.load(Ordering::Relaxed).min(requests),
        elapsed,
        latencies,
        errors: shared.errors.load(Ordering::Relaxed),
        first_error,
        aborted,
    }
}
