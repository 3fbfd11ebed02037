//! `cargo xtask drift [--check]`: the Markdown drift report between
//! consecutive pinned versions, kept in `specs/DRIFT.md`.

use std::path::Path;

use anyhow::{bail, Context as _};

use crate::manifest::Manifest;

/// Where the report lives, relative to the workspace root.
pub const REPORT_PATH: &str = "specs/DRIFT.md";

fn render(manifest: &Manifest) -> anyhow::Result<String> {
    let mut config = authentik_codegen::Config::new();
    for spec in &manifest.specs {
        config.spec(spec.fetched_path());
    }
    let mut report = config.drift_report().context("drift report failed")?;
    report.push('\n');
    Ok(report)
}

/// Write `specs/DRIFT.md`.
pub fn write(manifest: &Manifest) -> anyhow::Result<()> {
    let report = render(manifest)?;
    std::fs::write(REPORT_PATH, &report).with_context(|| format!("cannot write {REPORT_PATH}"))?;
    println!("wrote {REPORT_PATH} ({} lines)", report.lines().count());
    Ok(())
}

/// Fail unless `specs/DRIFT.md` is what `write` would produce.
pub fn check(manifest: &Manifest) -> anyhow::Result<()> {
    let report = render(manifest)?;
    match std::fs::read_to_string(Path::new(REPORT_PATH)) {
        Ok(on_disk) if on_disk == report => {
            println!("{REPORT_PATH} is up to date");
            Ok(())
        }
        _ => bail!("{REPORT_PATH} is out of date\nrun `cargo xtask drift`"),
    }
}
