//! The scenarios: the throughput cells (fake and bare anchor) and the memory
//! run, in that order, each server in its own process.

use crate::drive::{self, Cell};
use crate::procs::{Memory, Server};
use crate::report::{self, Machine};
use crate::{
    CELL_LIMIT, CONCURRENCY, LIST_QUERY, MEMORY_CHUNKS, MEMORY_CHUNK_LIMIT, MEMORY_CONCURRENCY,
    MEMORY_CYCLES, MEMORY_WARMUP, REQUESTS_PER_CELL, SEEDED, TOKEN, WARMUP,
};
use anyhow::{bail, Context as _};
use reqwest::StatusCode;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The `authentik-fake` binary, built by `cargo bench` with this bench.
const FAKE_BIN: &str = env!("CARGO_BIN_EXE_authentik-fake");
/// Per-request limit (a request past it is a transport error).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// Bytes of an unexpected response kept in the error message.
const ERROR_BODY: usize = 200;

/// The four measured operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    List,
    Retrieve,
    Create,
    Delete,
}

impl Op {
    pub fn name(self) -> &'static str {
        match self {
            Op::List => "list",
            Op::Retrieve => "retrieve",
            Op::Create => "create",
            Op::Delete => "delete",
        }
    }
}

/// One measured operation at one concurrency, with its bare anchor for the
/// reads.
pub struct Row {
    pub op: Op,
    pub fake: Cell,
    pub bare: Option<Cell>,
}

/// The memory run: RSS of a fresh fake at each point, and the chunks of
/// create+delete cycles between them.
pub struct MemoryRun {
    pub started: Memory,
    pub seeded: Memory,
    pub before: Memory,
    /// (cycles done, memory then), one per chunk.
    pub samples: Vec<(usize, Memory)>,
    pub chunks: Vec<Cell>,
}

impl MemoryRun {
    /// RSS after the last chunk.
    pub fn after(&self) -> Memory {
        self.samples.last().map_or(self.before, |(_, m)| *m)
    }

    /// Growth of RSS over the cycles, in MiB (negative when it shrank).
    pub fn growth_mib(&self) -> f64 {
        (self.after().rss_kib as f64 - self.before.rss_kib as f64) / 1024.0
    }
}

/// Everything measured.
pub struct Outcome {
    pub rows: Vec<Row>,
    pub list_bytes: usize,
    pub retrieve_bytes: usize,
    pub create_bytes: usize,
    /// The fake's RSS after seeding and after the throughput cells.
    pub throughput_memory: (Memory, Memory),
    pub memory: MemoryRun,
}

/// One server as seen by the client.
#[derive(Clone)]
struct Target {
    client: reqwest::Client,
    /// `http://127.0.0.1:PORT/api/v3/core/groups/`.
    groups: String,
}

impl Target {
    fn new(client: &reqwest::Client, server: &Server) -> Target {
        Target {
            client: client.clone(),
            groups: format!("{}/api/v3/core/groups/", server.base),
        }
    }

    async fn list(&self) -> Result<axum::body::Bytes, String> {
        let url = format!("{}{LIST_QUERY}", self.groups);
        send(self.client.get(url), StatusCode::OK, "list").await
    }

    async fn retrieve(&self, key: &str) -> Result<axum::body::Bytes, String> {
        let url = format!("{}{key}/", self.groups);
        send(self.client.get(url), StatusCode::OK, "retrieve").await
    }

    /// Create a group: its key and the size of the response.
    async fn create(&self, name: &str) -> Result<(String, usize), String> {
        let body = json!({"name": name, "is_superuser": false, "attributes": {"bench": "load"}});
        let request = self.client.post(&self.groups).json(&body);
        let reply = send(request, StatusCode::CREATED, "create").await?;
        let value: serde_json::Value =
            serde_json::from_slice(&reply).map_err(|e| format!("create: not JSON: {e}"))?;
        let key = value["pk"]
            .as_str()
            .ok_or("create: no string pk in the response")?;
        Ok((key.to_string(), reply.len()))
    }

    async fn delete(&self, key: &str) -> Result<(), String> {
        let url = format!("{}{key}/", self.groups);
        send(self.client.delete(url), StatusCode::NO_CONTENT, "delete").await?;
        Ok(())
    }
}

/// Send `request` with the bearer token and read the whole response, which
/// must have status `expect`.
async fn send(
    request: reqwest::RequestBuilder,
    expect: StatusCode,
    what: &str,
) -> Result<axum::body::Bytes, String> {
    let response = request
        .bearer_auth(TOKEN)
        .send()
        .await
        .map_err(|e| format!("{what}: {e}"))?;
    let status = response.status();
    let body = response
        .bytes()
        .await
        .map_err(|e| format!("{what}: reading the body: {e}"))?;
    if status != expect {
        let shown = String::from_utf8_lossy(&body[..body.len().min(ERROR_BODY)]).into_owned();
        return Err(format!("{what}: {status} (expected {expect}): {shown}"));
    }
    Ok(body)
}

/// The HTTP client: keep-alive HTTP/1.1, loopback without proxies, at most
/// one idle connection per worker (a worker has one request in flight, so
/// the pool never holds more than the highest concurrency).
fn client() -> anyhow::Result<reqwest::Client> {
    let max = CONCURRENCY
        .into_iter()
        .chain([MEMORY_CONCURRENCY])
        .max()
        .unwrap_or(1);
    reqwest::Client::builder()
        .no_proxy()
        .pool_max_idle_per_host(max)
        .pool_idle_timeout(None)
        .tcp_nodelay(true)
        .timeout(REQUEST_TIMEOUT)
        .build()
        .context("cannot build the HTTP client")
}

fn start_fake() -> anyhow::Result<Server> {
    Server::start(Path::new(FAKE_BIN), &["--port", "0", "--token", TOKEN])
}

/// Create `SEEDED` groups one by one: their keys, and the size of one
/// create response.
async fn seed(target: &Target, prefix: &str) -> anyhow::Result<(Vec<String>, usize)> {
    let mut keys = Vec::with_capacity(SEEDED);
    let mut size = 0;
    for i in 0..SEEDED {
        let (key, len) = target
            .create(&format!("{prefix}-{i:03}"))
            .await
            .map_err(anyhow::Error::msg)
            .context("seeding the fake")?;
        keys.push(key);
        size = len;
    }
    Ok((keys, size))
}

/// A cell of `op` at `concurrency`: `keys` are the groups to retrieve (any
/// of them, in turn) or to delete (each once, and all of them); `created`
/// receives the keys `create` made.
async fn cell(
    target: &Target,
    op: Op,
    concurrency: usize,
    keys: Arc<Vec<String>>,
    created: Arc<Mutex<Vec<String>>>,
) -> Cell {
    let requests = match op {
        Op::Delete => keys.len(),
        _ => REQUESTS_PER_CELL,
    };
    let target = target.clone();
    drive::run(concurrency, requests, CELL_LIMIT, move |i| {
        let (target, keys, created) = (target.clone(), Arc::clone(&keys), Arc::clone(&created));
        async move {
            match op {
                Op::List => target.list().await.map(drop),
                Op::Retrieve => target.retrieve(&keys[i % keys.len()]).await.map(drop),
                Op::Delete => target.delete(&keys[i]).await,
                Op::Create => {
                    let name = format!("load-c{concurrency}-{i}");
                    let (key, _) = target.create(&name).await?;
                    created
                        .lock()
                        .unwrap_or_else(|poisoned| poisoned.into_inner())
                        .push(key);
                    Ok(())
                }
            }
        }
    })
    .await
}

/// `WARMUP` unmeasured lists at the highest concurrency, which open the
/// connections every cell then reuses.
async fn warm_up(target: &Target, what: &str) -> anyhow::Result<()> {
    let concurrency = CONCURRENCY.into_iter().max().unwrap_or(1);
    let target = target.clone();
    let cell = drive::run(concurrency, WARMUP, CELL_LIMIT, move |_| {
        let target = target.clone();
        async move { target.list().await.map(drop) }
    })
    .await;
    if !cell.ok() {
        bail!(
            "warming up {what}: {} errors, aborted: {} (first: {})",
            cell.errors,
            cell.aborted,
            cell.first_error.unwrap_or_default()
        );
    }
    Ok(())
}

/// Write `bytes` to `dir/name` for the bare server.
fn capture(dir: &Path, name: &str, bytes: &[u8]) -> anyhow::Result<PathBuf> {
    let path = dir.join(name);
    std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(path)
}

/// The throughput cells: the fake and, for the reads, the bare anchor at the
/// same concurrency right after it (so both see the same machine load).
async fn throughput(
    client: &reqwest::Client,
    dir: &Path,
) -> anyhow::Result<(Vec<Row>, [usize; 3], (Memory, Memory))> {
    let fake_server = start_fake()?;
    let fake = Target::new(client, &fake_server);
    let (keys, create_bytes) = seed(&fake, "seed").await?;
    let list = fake.list().await.map_err(anyhow::Error::msg)?;
    let retrieve = fake.retrieve(&keys[0]).await.map_err(anyhow::Error::msg)?;
    let bare_server = Server::start(
        &std::env::current_exe().context("the bench's own path")?,
        &[
            "--serve-bare",
            &capture(dir, "list.json", &list)?.to_string_lossy(),
            &capture(dir, "retrieve.json", &retrieve)?.to_string_lossy(),
        ],
    )?;
    let bare = Target::new(client, &bare_server);
    if bare.list().await.map_err(anyhow::Error::msg)? != list {
        bail!("the bare server does not answer the fake's list bytes");
    }
    warm_up(&fake, "the fake").await?;
    warm_up(&bare, "the bare server").await?;
    let seeded = fake_server.memory()?;

    let keys = Arc::new(keys);
    let unused = Arc::new(Mutex::new(Vec::new()));
    let mut rows = Vec::new();
    for op in [Op::List, Op::Retrieve] {
        for concurrency in CONCURRENCY {
            let fake_cell = cell(&fake, op, concurrency, keys.clone(), unused.clone()).await;
            let bare_cell = cell(&bare, op, concurrency, keys.clone(), unused.clone()).await;
            rows.push(Row {
                op,
                fake: fake_cell,
                bare: Some(bare_cell),
            });
        }
    }
    drop(bare_server);
    // Each create cell's groups are deleted by the delete cell at the same
    // concurrency, so the store is back to the seeded groups after each pair.
    let mut writes = Vec::new();
    for concurrency in CONCURRENCY {
        let created = Arc::new(Mutex::new(Vec::with_capacity(REQUESTS_PER_CELL)));
        let create = cell(
            &fake,
            Op::Create,
            concurrency,
            keys.clone(),
            created.clone(),
        )
        .await;
        let made = std::mem::take(&mut *created.lock().unwrap_or_else(|p| p.into_inner()));
        let delete = cell(
            &fake,
            Op::Delete,
            concurrency,
            Arc::new(made),
            unused.clone(),
        )
        .await;
        writes.push((create, delete));
    }
    let (creates, deletes): (Vec<_>, Vec<_>) = writes.into_iter().unzip();
    for (op, cells) in [(Op::Create, creates), (Op::Delete, deletes)] {
        rows.extend(cells.into_iter().map(|fake| Row {
            op,
            fake,
            bare: None,
        }));
    }
    let after = fake_server.memory()?;
    Ok((
        rows,
        [list.len(), retrieve.len(), create_bytes],
        (seeded, after),
    ))
}

/// `cycles` create+delete cycles at `MEMORY_CONCURRENCY`, each cycle one
/// measured unit.
async fn cycles(target: &Target, first: usize, cycles: usize, limit: Duration) -> Cell {
    let target = target.clone();
    drive::run(MEMORY_CONCURRENCY, cycles, limit, move |i| {
        let target = target.clone();
        async move {
            let (key, _) = target.create(&format!("cycle-{}", first + i)).await?;
            target.delete(&key).await
        }
    })
    .await
}

/// The memory run on a fresh fake: RSS at start, after seeding and warm-up
/// cycles (the baseline), and after each chunk of cycles.
async fn memory(client: &reqwest::Client) -> anyhow::Result<MemoryRun> {
    let server = start_fake()?;
    let started = server.memory()?;
    let target = Target::new(client, &server);
    seed(&target, "seed").await?;
    let seeded = server.memory()?;
    let warm = cycles(&target, 0, MEMORY_WARMUP, MEMORY_CHUNK_LIMIT).await;
    if !warm.ok() {
        bail!(
            "memory warm-up: {} errors, aborted: {} (first: {})",
            warm.errors,
            warm.aborted,
            warm.first_error.unwrap_or_default()
        );
    }
    let before = server.memory()?;
    let per_chunk = MEMORY_CYCLES / MEMORY_CHUNKS;
    let mut run = MemoryRun {
        started,
        seeded,
        before,
        samples: Vec::new(),
        chunks: Vec::new(),
    };
    for chunk in 0..MEMORY_CHUNKS {
        let first = MEMORY_WARMUP + chunk * per_chunk;
        let cell = cycles(&target, first, per_chunk, MEMORY_CHUNK_LIMIT).await;
        let aborted = cell.aborted;
        run.chunks.push(cell);
        run.samples
            .push(((chunk + 1) * per_chunk, server.memory()?));
        if aborted {
            break;
        }
    }
    Ok(run)
}

async fn measure(dir: &Path) -> anyhow::Result<Outcome> {
    let client = client()?;
    let (rows, [list_bytes, retrieve_bytes, create_bytes], throughput_memory) =
        throughput(&client, dir).await?;
    let memory = memory(&client).await?;
    Ok(Outcome {
        rows,
        list_bytes,
        retrieve_bytes,
        create_bytes,
        throughput_memory,
        memory,
    })
}

/// Run every scenario, print the report and write it to `report_path`; an
/// error when anything failed.
pub fn run(report_path: &Path) -> anyhow::Result<()> {
    let start = Instant::now();
    let dir = report_path
        .parent()
        .context("the report path has no folder")?
        .to_path_buf();
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let machine = Machine::read();
    println!("fake-load: {}", machine.summary());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the client runtime")?;
    let outcome = runtime.block_on(measure(&dir))?;
    let failures = report::failures(&outcome);
    let text = report::render(&machine, &outcome, &failures, start.elapsed());
    println!("{text}");
    std::fs::write(report_path, &text)
        .with_context(|| format!("cannot write {}", report_path.display()))?;
    println!("fake-load: report written to {}", report_path.display());
    if !failures.is_empty() {
        bail!("{} failure(s): {}", failures.len(), failures.join("; "));
    }
    Ok(())
}
