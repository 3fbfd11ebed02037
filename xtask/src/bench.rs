//! `cargo xtask bench`: benchmarks that take minutes and stay out of CI.
//!
//! - `generate`: the criterion benchmark of generation vs serde_yaml parsing;
//! - `features`: a clean build of `generated/authentik-api` with every tag
//!   against one with `core` + `providers` only, dependencies prebuilt;
//! - `build-rs`: a clean build of `examples/build-rs-client`, from nothing;
//! - `incumbent`: openapi-generator's `rust` client for the same spec against
//!   ours: lines, clean build seconds and peak memory, clean check seconds,
//!   back to back (dependencies prebuilt; only the crate itself is timed);
//! - `fake-load`: the fake authentik under load, by the release-built bench
//!   `fake/benches/load` (`cargo bench -p authentik-fake --bench load`), so
//!   this crate does not depend on the fake or the generated crate.
//!
//! Builds are timed with `/usr/bin/time -v` (peak resident memory of the
//! largest process, i.e. rustc); `apt-get install time` if it is missing.

use anyhow::{bail, Context as _};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// One timed build.
struct Measure {
    seconds: f64,
    peak_mib: f64,
}

fn run(cmd: &mut Command) -> anyhow::Result<()> {
    let status = cmd
        .status()
        .with_context(|| format!("cannot run {cmd:?}"))?;
    if !status.success() {
        bail!("{cmd:?} failed: {status}");
    }
    Ok(())
}

/// Run `cargo ARGS` under `/usr/bin/time -v`.
fn timed_cargo(args: &[&str], dir: &Path, target: &Path) -> anyhow::Result<Measure> {
    let log = target.join("bench-time.log");
    std::fs::create_dir_all(target)?;
    let start = Instant::now();
    run(Command::new("/usr/bin/time")
        .arg("-v")
        .arg("-o")
        .arg(&log)
        .arg("cargo")
        .args(args)
        .env("CARGO_TARGET_DIR", target)
        .current_dir(dir))?;
    let seconds = start.elapsed().as_secs_f64();
    let report = std::fs::read_to_string(&log)?;
    let peak_kib: f64 = report
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0.0);
    Ok(Measure {
        seconds,
        peak_mib: peak_kib / 1024.0,
    })
}

/// The server back-end (`src/server/`, `src/runtime/server/`): behind the
/// generated crate's `server` feature, off in the compared build.
fn is_server(path: &Path) -> bool {
    path.components().any(|c| c.as_os_str() == "server")
}

/// Lines of Rust below `dir` (models and client: the server is not counted).
fn rust_lines(dir: &Path) -> usize {
    let mut total = 0;
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            total += rust_lines(&path);
        } else if path.extension().is_some_and(|e| e == "rs") && !is_server(&path) {
            total += std::fs::read_to_string(&path)
                .map(|t| t.lines().count())
                .unwrap_or(0);
        }
    }
    total
}

/// Build `package` in `dir` once (dependencies), then clean it and time a
/// clean build of the package alone.
fn clean_build(
    dir: &Path,
    target: &Path,
    package: &str,
    extra: &[&str],
) -> anyhow::Result<Measure> {
    clean_run("build", dir, target, package, extra)
}

/// `cargo COMMAND -p package` in `dir` once (dependencies), then clean the
/// package and time `cargo COMMAND` of the package alone.
fn clean_run(
    command: &str,
    dir: &Path,
    target: &Path,
    package: &str,
    extra: &[&str],
) -> anyhow::Result<Measure> {
    // One absolute target dir for the three builds (`dir` is their working
    // directory, so a relative one would name another folder).
    let target = &std::env::current_dir()?.join(target);
    let mut warm = vec![command, "-p", package];
    warm.extend_from_slice(extra);
    run(Command::new("cargo")
        .args(&warm)
        .env("CARGO_TARGET_DIR", target)
        .current_dir(dir))?;
    run(Command::new("cargo")
        .args(["clean", "-p", package])
        .env("CARGO_TARGET_DIR", target)
        .current_dir(dir))?;
    timed_cargo(&warm, dir, target)
}

pub fn generate() -> anyhow::Result<()> {
    run(Command::new("cargo").args(["bench", "-p", "authentik-codegen", "--bench", "generate"]))
}

/// Where `fake-load` writes its report.
const FAKE_LOAD_REPORT: &str = "target/bench-fake-load/report.md";

pub fn fake_load() -> anyhow::Result<()> {
    let report = std::env::current_dir()?.join(FAKE_LOAD_REPORT);
    let start = Instant::now();
    let result = run(Command::new("cargo")
        .args([
            "bench",
            "-p",
            "authentik-fake",
            "--bench",
            "load",
            "--",
            "--report",
        ])
        .arg(&report));
    println!(
        "bench fake-load: {:.0} s in all (build included)",
        start.elapsed().as_secs_f64()
    );
    result
}

pub fn features() -> anyhow::Result<()> {
    let target = PathBuf::from("target/bench-features");
    let root = PathBuf::from(".");
    let all = clean_build(&root, &target, "authentik-api", &[])?;
    let two = clean_build(
        &root,
        &target,
        "authentik-api",
        &[
            "--no-default-features",
            "--features",
            "core,providers,rustls-tls",
        ],
    )?;
    println!("| build of authentik-api (deps prebuilt) | seconds | peak MiB |");
    println!("| --- | --- | --- |");
    println!(
        "| all tags (default features) | {:.1} | {:.0} |",
        all.seconds, all.peak_mib
    );
    println!(
        "| `core` + `providers` only | {:.1} | {:.0} |",
        two.seconds, two.peak_mib
    );
    Ok(())
}

/// Where `build-rs` builds (removed first: the build starts from nothing).
const BUILD_RS_TARGET: &str = "target/bench-build-rs";

pub fn build_rs() -> anyhow::Result<()> {
    let target = std::env::current_dir()?.join(BUILD_RS_TARGET);
    if target.exists() {
        std::fs::remove_dir_all(&target)
            .with_context(|| format!("cannot remove {}", target.display()))?;
    }
    let build = timed_cargo(
        &["build", "-p", "authentik-example-build-rs"],
        Path::new("."),
        &target,
    )?;
    println!("| clean build of examples/build-rs-client (everything) | seconds | peak MiB |");
    println!("| --- | --- | --- |");
    println!("| debug | {:.1} | {:.0} |", build.seconds, build.peak_mib);
    Ok(())
}

pub fn incumbent(spec: &Path) -> anyhow::Result<()> {
    let work = PathBuf::from("target/bench-incumbent");
    let out = work.join("openapi-generator-client");
    if !out.join("Cargo.toml").exists() {
        std::fs::create_dir_all(&work)?;
        let start = Instant::now();
        run(Command::new("openapi-generator-cli")
            .args(["generate", "-g", "rust", "-i"])
            .arg(spec)
            .arg("-o")
            .arg(&out)
            .args([
                "--package-name",
                "authentik-client",
                "--additional-properties",
                "library=reqwest,supportAsync=true,avoidBoxedModels=true,bestFitInt=true,preferUnsignedInt=true",
            ]))
        .context("openapi-generator-cli (pip install openapi-generator-cli==7.26.0; needs Java 17)")?;
        println!(
            "openapi-generator: generated in {:.1} s",
            start.elapsed().as_secs_f64()
        );
        // Its crate is standalone: keep it out of our workspace.
        let manifest = out.join("Cargo.toml");
        let mut text = std::fs::read_to_string(&manifest)?;
        if !text.contains("[workspace]") {
            text.push_str("\n[workspace]\n");
            std::fs::write(&manifest, text)?;
        }
    }
    let ours_start = Instant::now();
    let mut config = authentik_codegen::Config::new();
    config.spec(spec).crate_name("authentik-api");
    let ours_dir = work.join("authentik-api");
    config.write_crate(&ours_dir)?;
    let mut manifest = std::fs::read_to_string(ours_dir.join("Cargo.toml"))?;
    manifest.push_str("\n[workspace]\n");
    std::fs::write(ours_dir.join("Cargo.toml"), manifest)?;
    println!(
        "authentik-codegen: generated in {:.1} s",
        ours_start.elapsed().as_secs_f64()
    );

    let their_target = work.join("target-incumbent");
    let our_target = work.join("target-ours");
    let theirs = clean_build(&out, &their_target, "authentik-client", &[])?;
    let ours = clean_build(&ours_dir, &our_target, "authentik-api", &[])?;
    let their_check = clean_run("check", &out, &their_target, "authentik-client", &[])?;
    let our_check = clean_run("check", &ours_dir, &our_target, "authentik-api", &[])?;
    let (their_lines, our_lines) = (
        rust_lines(&out.join("src")),
        rust_lines(&ours_dir.join("src")),
    );
    println!("| crate | lines | clean build s | peak MiB (build) | clean check s |");
    println!("| --- | --- | --- | --- | --- |");
    println!(
        "| openapi-generator 7.26 | {their_lines} | {:.1} | {:.0} | {:.1} |",
        theirs.seconds, theirs.peak_mib, their_check.seconds
    );
    println!(
        "| authentik-codegen | {our_lines} | {:.1} | {:.0} | {:.1} |",
        ours.seconds, ours.peak_mib, our_check.seconds
    );
    println!(
        "| ratio (ours / theirs) | {:.2} | {:.2} | {:.2} | {:.2} |",
        our_lines as f64 / their_lines as f64,
        ours.seconds / theirs.seconds,
        ours.peak_mib / theirs.peak_mib,
        our_check.seconds / their_check.seconds
    );
    Ok(())
}
