//! `cargo xtask regenerate [--check]` and `cargo xtask check`: run the
//! generator on every pinned spec (manifest order, oldest first) and write
//! `generated/authentik-api`, or compare it with what is committed.

use std::path::Path;

use anyhow::{bail, Context as _};
use authentik_codegen::Output;

use crate::manifest::Manifest;

/// Package name of the generated crate.
pub const CRATE_NAME: &str = "authentik-api";

/// Where the generated crate lives, relative to the workspace root.
pub const OUT_DIR: &str = "generated/authentik-api";

/// How many differing files `check` lists before summarising the rest.
const MAX_LISTED: usize = 20;

/// Render the crate in memory from all pinned specs.
fn render(manifest: &Manifest) -> anyhow::Result<Output> {
    let mut config = authentik_codegen::Config::new();
    for spec in &manifest.specs {
        config.spec(spec.fetched_path());
    }
    // The client tests (tests/tests/client_*.rs) call operations by id.
    config.crate_name(CRATE_NAME).test_dispatch(true);
    config.render().context("generation failed")
}

/// Regenerate `generated/authentik-api` and print the statistics.
pub fn write(manifest: &Manifest, verbose: bool) -> anyhow::Result<()> {
    let output = render(manifest)?;
    let dir = Path::new(OUT_DIR);
    output
        .write_to(dir)
        .with_context(|| format!("cannot write {OUT_DIR}"))?;
    let stats = &output.stats;
    println!(
        "wrote {OUT_DIR}: {} files, {} schemas, {} rust types, {} operations, {} lines, {} warnings",
        output.files.len(),
        stats.schemas,
        stats.rust_types,
        stats.operations,
        stats.lines,
        output.warnings.len()
    );
    print_warnings(&output, verbose);
    Ok(())
}

/// Fail unless `generated/authentik-api` matches what the generator produces.
pub fn check(manifest: &Manifest, verbose: bool) -> anyhow::Result<()> {
    let output = render(manifest)?;
    print_warnings(&output, verbose);
    let stale = output.stale_files(Path::new(OUT_DIR));
    if stale.is_empty() {
        println!(
            "{OUT_DIR} is up to date ({} files, {} warnings)",
            output.files.len(),
            output.warnings.len()
        );
        return Ok(());
    }
    let mut summary = format!(
        "{OUT_DIR} is out of date: {} file(s) differ, are missing or are extra:",
        stale.len()
    );
    for path in stale.iter().take(MAX_LISTED) {
        summary.push_str(&format!("\n  {}", path.display()));
    }
    if stale.len() > MAX_LISTED {
        summary.push_str(&format!("\n  ... and {} more", stale.len() - MAX_LISTED));
    }
    summary.push_str("\nrun `cargo xtask regenerate`");
    bail!(summary)
}

fn print_warnings(output: &Output, verbose: bool) {
    if verbose {
        for warning in &output.warnings {
            println!("warning: {warning}");
        }
    }
}
