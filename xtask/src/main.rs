//! `cargo xtask`: repository tasks for authentik-codegen.
//!
//! Run as `cargo xtask <command>` (the alias lives in `.cargo/config.toml`).
//! Every path is taken relative to the workspace root, found from this
//! crate's `CARGO_MANIFEST_DIR`, so the commands work from any directory.

mod bench;
mod drift;
mod fetch;
mod manifest;
mod regenerate;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

/// Repository tasks for authentik-codegen.
#[derive(Debug, Parser)]
#[command(name = "xtask", bin_name = "cargo xtask", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Fetch the pinned authentik schemas listed in specs/manifest.toml into
    /// specs/fetched/, verifying each sha256.
    ///
    /// Copies `$AUTHENTIK_SPECS_MIRROR/<file>` when that variable is set,
    /// otherwise downloads the entry's URL with curl. Files already present
    /// with the right hash are left alone.
    FetchSpecs {
        /// Fetch again even when a file is already present with the right hash.
        #[arg(long)]
        force: bool,
    },
    /// Regenerate generated/authentik-api from all pinned specs (oldest first).
    ///
    /// Fetches missing specs first. Prints the generator's statistics.
    Regenerate {
        /// Do not write anything: fail if generated/authentik-api differs from
        /// what the generator produces now.
        #[arg(long)]
        check: bool,
        /// Also print every generator warning, not only their count.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Check that generated/authentik-api and specs/DRIFT.md are up to
    /// date (`regenerate --check` plus `drift --check`; used by CI).
    Check,
    /// Benchmarks that take minutes (kept out of CI); see each subcommand.
    Bench {
        #[command(subcommand)]
        which: Bench,
    },
    /// Every document of `$AUTHENTIK_OTHER_SPECS_DIR` (other APIs:
    /// drf-spectacular's fixtures, InvenTree, Nautobot, PagerDuty, OpenAI)
    /// generated, linted with clippy and round-tripped; prints the table per
    /// document. Minutes; CI runs the drf-spectacular fixtures and InvenTree
    /// 411 only. Runs the ignored test `every_document` of
    /// tests/tests/corpus.rs.
    Corpus,
    /// Write specs/DRIFT.md: what changed between consecutive pinned
    /// versions (operations, schemas, enum values, field types, flips).
    Drift {
        /// Do not write: fail if specs/DRIFT.md is stale.
        #[arg(long)]
        check: bool,
    },
}

#[derive(Debug, Subcommand)]
enum Bench {
    /// Generation time of the full latest spec vs serde_yaml parsing it
    /// (criterion, release mode).
    Generate,
    /// Clean build of generated/authentik-api: every tag vs `core` +
    /// `providers` only (dependencies prebuilt).
    Features,
    /// A clean build of examples/build-rs-client, everything included (the
    /// generator as a build dependency, running it, the runtime crate and
    /// every dependency), in a fresh target folder.
    BuildRs,
    /// openapi-generator's Rust client vs ours for the latest spec: lines,
    /// clean build time and peak memory (needs `pip install
    /// openapi-generator-cli==7.26.0` and Java 17).
    Incumbent,
    /// The fake authentik under load on 127.0.0.1 (release build, a few
    /// minutes): requests/s, p50/p99 latency and errors of list, retrieve,
    /// create and delete on /core/groups/ at concurrency 1, 16 and 64, as
    /// ratios to a bare axum handler answering the same bytes, and the fake's
    /// resident memory over 100,000 create+delete cycles.
    ///
    /// Runs `cargo bench -p authentik-fake --bench load`; the report is
    /// printed and written to target/bench-fake-load/report.md. Fails on any
    /// error response, a scenario past its time limit, or memory growth past
    /// the bound.
    FakeLoad,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let root = workspace_root();
    // Work from the root so every path (given to the generator, printed in
    // messages) is relative to it and independent of where the clone lives.
    std::env::set_current_dir(&root)
        .with_context(|| format!("cannot enter the workspace root {}", root.display()))?;
    let manifest = manifest::Manifest::load(Path::new(manifest::MANIFEST_PATH))?;
    match cli.command {
        Command::FetchSpecs { force } => fetch::fetch_specs(&manifest, force),
        Command::Regenerate {
            check: false,
            verbose,
        } => {
            fetch::fetch_specs(&manifest, false)?;
            regenerate::write(&manifest, verbose)?;
            drift::write(&manifest)
        }
        Command::Regenerate {
            check: true,
            verbose,
        } => {
            fetch::fetch_specs(&manifest, false)?;
            regenerate::check(&manifest, verbose)
        }
        Command::Check => {
            fetch::fetch_specs(&manifest, false)?;
            regenerate::check(&manifest, false)?;
            drift::check(&manifest)
        }
        Command::Bench { which } => {
            // The fake is built from the checked-in generated crate: no spec needed.
            if !matches!(which, Bench::FakeLoad) {
                fetch::fetch_specs(&manifest, false)?;
            }
            match which {
                Bench::Generate => bench::generate(),
                Bench::Features => bench::features(),
                Bench::BuildRs => bench::build_rs(),
                Bench::Incumbent => {
                    let latest = manifest.specs.last().context("the manifest pins no spec")?;
                    bench::incumbent(&latest.fetched_path())
                }
                Bench::FakeLoad => bench::fake_load(),
            }
        }
        Command::Corpus => corpus(),
        Command::Drift { check } => {
            fetch::fetch_specs(&manifest, false)?;
            if check {
                drift::check(&manifest)
            } else {
                drift::write(&manifest)
            }
        }
    }
}

/// `cargo xtask corpus`.
fn corpus() -> anyhow::Result<()> {
    let status = std::process::Command::new(std::env::var("CARGO").unwrap_or("cargo".into()))
        .args([
            "test",
            "-p",
            "authentik-codegen-tests",
            "--test",
            "corpus",
            "every_document",
            "--",
            "--ignored",
            "--nocapture",
        ])
        .status()
        .context("run cargo test")?;
    anyhow::ensure!(status.success(), "the corpus run failed");
    Ok(())
}

/// The workspace root: the parent of this crate's folder.
fn workspace_root() -> PathBuf {
    let xtask_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask_dir
        .parent()
        .expect("xtask lives in a folder of the workspace root")
        .to_path_buf()
}
