//! The report: machine facts, one markdown table for the fake and one for
//! the bare anchor (operation × concurrency), the memory run, and what
//! failed.

use crate::drive::Cell;
use crate::scenario::{MemoryRun, Outcome, Row};
use crate::{
    CELL_LIMIT, GROWTH_LIMIT_MIB, LIST_QUERY, MEMORY_CONCURRENCY, MEMORY_CYCLES, MEMORY_WARMUP,
    REQUESTS_PER_CELL, SEEDED,
};
use std::fmt::Write as _;
use std::time::Duration;

/// What the benchmark ran on.
pub struct Machine {
    cores: usize,
    cpu: String,
    memory: String,
    load_at_start: String,
}

impl Machine {
    /// Read from the standard library and `/proc` (what is missing is
    /// reported as unknown).
    pub fn read() -> Machine {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        Machine {
            cores: std::thread::available_parallelism().map_or(0, |n| n.get()),
            cpu: field(&cpuinfo, "model name").unwrap_or_else(|| "unknown CPU".into()),
            memory: field(&meminfo, "MemTotal")
                .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
                .map_or("unknown".into(), |kib| {
                    format!("{:.1} GiB", kib / 1024.0 / 1024.0)
                }),
            load_at_start: load_average(),
        }
    }

    /// One line of facts.
    pub fn summary(&self) -> String {
        format!(
            "{} cores ({}), {} RAM, load average at start {}",
            self.cores, self.cpu, self.memory, self.load_at_start
        )
    }
}

/// The value of the first `name: value` line of a `/proc` file.
fn field(text: &str, name: &str) -> Option<String> {
    text.lines()
        .find(|l| l.starts_with(name))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_string())
}

/// The three load averages of `/proc/loadavg`.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "unknown".into())
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1e3)
}

fn mib(kib: u64) -> String {
    format!("{:.1}", kib as f64 / 1024.0)
}

/// `10000`, or `aborted at 1234/10000 after 60 s`.
fn requests(cell: &Cell) -> String {
    if cell.aborted {
        format!(
            "aborted at {}/{} after {:.1} s",
            cell.started,
            cell.requests,
            cell.elapsed.as_secs_f64()
        )
    } else {
        cell.latencies.len().to_string()
    }
}

/// `| requests | rps | p50 ms | p99 ms | errors |` of one cell.
fn columns(cell: &Cell) -> String {
    if cell.aborted {
        return format!("{} | - | - | - | {}", requests(cell), cell.errors);
    }
    format!(
        "{} | {:.0} | {} | {} | {}",
        requests(cell),
        cell.rps(),
        ms(cell.percentile(50)),
        ms(cell.percentile(99)),
        cell.errors
    )
}

/// `fake / bare` of throughput and median latency.
fn ratios(fake: &Cell, bare: &Cell) -> String {
    if fake.aborted || bare.aborted {
        return "- | -".into();
    }
    let p50 = |c: &Cell| c.percentile(50).as_secs_f64().max(1e-9);
    format!(
        "{:.2} | {:.2}",
        fake.rps() / bare.rps().max(1e-9),
        p50(fake) / p50(bare)
    )
}

fn fake_table(out: &mut String, rows: &[Row]) {
    out.push_str("| operation | concurrency | requests | rps | p50 ms | p99 ms | errors | rps fake/bare | p50 fake/bare |\n");
    out.push_str("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for row in rows {
        let ratio = match &row.bare {
            Some(bare) => ratios(&row.fake, bare),
            None => "- | -".into(),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            row.op.name(),
            row.fake.concurrency,
            columns(&row.fake),
            ratio
        );
    }
}

fn bare_table(out: &mut String, rows: &[Row]) {
    out.push_str("| operation | concurrency | requests | rps | p50 ms | p99 ms | errors |\n");
    out.push_str("| --- | --- | --- | --- | --- | --- | --- |\n");
    for row in rows {
        if let Some(bare) = &row.bare {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                row.op.name(),
                bare.concurrency,
                columns(bare)
            );
        }
    }
}

/// The chunks of the memory run as one cell's figures (cycles/s over the
/// whole run, latency percentiles over every cycle).
fn merged(chunks: &[Cell]) -> Cell {
    let mut latencies: Vec<Duration> = chunks.iter().flat_map(|c| c.latencies.clone()).collect();
    latencies.sort_unstable();
    Cell {
        concurrency: MEMORY_CONCURRENCY,
        requests: chunks.iter().map(|c| c.requests).sum(),
        started: chunks.iter().map(|c| c.started).sum(),
        elapsed: chunks.iter().map(|c| c.elapsed).sum(),
        latencies,
        errors: chunks.iter().map(|c| c.errors).sum(),
        first_error: chunks.iter().find_map(|c| c.first_error.clone()),
        aborted: chunks.iter().any(|c| c.aborted),
    }
}

fn memory_section(out: &mut String, run: &MemoryRun, create_bytes: usize) {
    out.push_str("| point | RSS MiB |\n| --- | --- |\n");
    let _ = writeln!(
        out,
        "| fresh process, idle | {} |",
        mib(run.started.rss_kib)
    );
    let _ = writeln!(
        out,
        "| after {SEEDED} seeded groups (one connection) | {} |",
        mib(run.seeded.rss_kib)
    );
    let _ = writeln!(
        out,
        "| after {MEMORY_WARMUP} warm-up cycles ({MEMORY_CONCURRENCY} connections): the baseline | {} |",
        mib(run.before.rss_kib)
    );
    for (cycles, memory) in &run.samples {
        let _ = writeln!(out, "| after {cycles} cycles | {} |", mib(memory.rss_kib));
    }
    let after = run.after();
    let done = run.samples.last().map_or(0, |(n, _)| *n);
    let per_cycle = run.growth_mib() * 1024.0 * 1024.0 / done.max(1) as f64;
    let cell = merged(&run.chunks);
    let _ = writeln!(
        out,
        "\nCycles (create + delete, one unit): {} | {:.0} cycles/s | p50 {} ms | p99 {} ms | {} errors\n",
        requests(&cell),
        cell.rps(),
        ms(cell.percentile(50)),
        ms(cell.percentile(99)),
        cell.errors
    );
    let _ = writeln!(
        out,
        "**Memory: RSS {} MiB before, {} MiB after {done} create+delete cycles ({:+.1} MiB, {:+.0} bytes/cycle), \
         peak {} MiB; bound: growth <= {GROWTH_LIMIT_MIB} MiB ({:.0} bytes/cycle, less than one create response, {create_bytes} bytes): {}.**",
        mib(run.before.rss_kib),
        mib(after.rss_kib),
        run.growth_mib(),
        per_cycle,
        mib(after.peak_kib),
        GROWTH_LIMIT_MIB * 1024.0 * 1024.0 / MEMORY_CYCLES as f64,
        if run.growth_mib() <= GROWTH_LIMIT_MIB { "ok" } else { "EXCEEDED" }
    );
}

/// What failed: cells with errors or past their time limit, memory growth
/// past the bound.
pub fn failures(outcome: &Outcome) -> Vec<String> {
    let mut failures = Vec::new();
    let mut check = |what: String, cell: &Cell| {
        if cell.aborted {
            failures.push(format!(
                "{what}: hit its time limit ({:.1} s)",
                cell.elapsed.as_secs_f64()
            ));
        }
        if cell.errors > 0 {
            failures.push(format!(
                "{what}: {} errors (first: {})",
                cell.errors,
                cell.first_error.as_deref().unwrap_or("?")
            ));
        }
    };
    for row in &outcome.rows {
        let name = row.op.name();
        check(format!("fake {name} c={}", row.fake.concurrency), &row.fake);
        if let Some(bare) = &row.bare {
            check(format!("bare {name} c={}", bare.concurrency), bare);
        }
    }
    for (i, chunk) in outcome.memory.chunks.iter().enumerate() {
        check(format!("memory chunk {}", i + 1), chunk);
    }
    let growth = outcome.memory.growth_mib();
    if growth > GROWTH_LIMIT_MIB {
        failures.push(format!(
            "memory grew by {growth:.1} MiB over the cycles (bound {GROWTH_LIMIT_MIB} MiB)"
        ));
    }
    failures
}

/// The whole report, in markdown.
pub fn render(machine: &Machine, outcome: &Outcome, failures: &[String], took: Duration) -> String {
    let mut out = String::new();
    out.push_str("# fake-load: authentik-fake under load\n\n");
    let _ = writeln!(
        out,
        "Machine: {}, load average at end {}. The client and the server share these cores, \
         and the machine may be shared: figures are noisy.\n",
        machine.summary(),
        load_average()
    );
    let _ = writeln!(
        out,
        "Setup: release build; 127.0.0.1, HTTP/1.1 keep-alive (reqwest 0.13, one connection per \
         worker, each worker one request at a time), bearer token on every request; \
         {REQUESTS_PER_CELL} requests per cell (delete: the groups the create cell made), {} s \
         limit per cell. Viewset `/api/v3/core/groups/` with {SEEDED} seeded groups: list = \
         `GET {LIST_QUERY}` ({} bytes), retrieve = `GET {{group_uuid}}/` ({} bytes), create = \
         `POST {{name, is_superuser, attributes}}` (201, {} bytes), delete = `DELETE \
         {{group_uuid}}/` (204).\n",
        CELL_LIMIT.as_secs(),
        outcome.list_bytes,
        outcome.retrieve_bytes,
        outcome.create_bytes
    );
    out.push_str(
        "## The fake (`authentik-fake` binary: generated router, validation, auth, engine)\n\n",
    );
    fake_table(&mut out, &outcome.rows);
    let (seeded, after) = outcome.throughput_memory;
    let _ = writeln!(
        out,
        "\nThe fake's RSS: {} MiB after seeding and warm-up, {} MiB after these cells (peak {} MiB).\n",
        mib(seeded.rss_kib),
        mib(after.rss_kib),
        mib(after.peak_kib)
    );
    out.push_str("## Bare axum anchor (the same response bytes, same client and concurrency)\n\n");
    bare_table(&mut out, &outcome.rows);
    let _ = writeln!(
        out,
        "\n## Memory (a fresh `authentik-fake` process, {MEMORY_CYCLES} create+delete cycles at concurrency {MEMORY_CONCURRENCY})\n"
    );
    memory_section(&mut out, &outcome.memory, outcome.create_bytes);
    let _ = writeln!(
        out,
        "\nRun time (measurements only, build excluded): {:.1} s.\n",
        took.as_secs_f64()
    );
    if failures.is_empty() {
        out.push_str("Result: PASS (0 errors, no cell hit its time limit, memory within bound).\n");
    } else {
        out.push_str("Result: FAIL\n\n");
        for failure in failures {
            let _ = writeln!(out, "- {failure}");
        }
    }
    out
}
