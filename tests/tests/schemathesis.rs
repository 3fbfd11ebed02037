//! schemathesis (PyPI, pinned in `tests/requirements.txt`; `.ci/run`
//! installs it into `.venv` and sets `SCHEMATHESIS`) against the fake
//! authentik on 127.0.0.1, over every operation of the newest pinned
//! schema: positive and negative cases, bounded in examples per operation
//! and in wall time. Checks: no server error, every documented response
//! matches its schema and content type, invalid requests are refused (4xx).
//!
//! Outside CI, a missing schemathesis or spec skips the test with a
//! message; under `CI=true` it fails.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TOKEN: &str = "schemathesis-token";
/// Hard limit on the whole schemathesis run.
const HARD_LIMIT: Duration = Duration::from_secs(900);

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

fn missing(what: &str) {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{what} (CI=true: required)");
    }
    eprintln!("skipped: {what}");
}

fn schemathesis() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SCHEMATHESIS") {
        return Some(PathBuf::from(path));
    }
    let local = repo().join(".venv/bin/schemathesis");
    local.exists().then_some(local)
}

/// `tests="N" failures="N" errors="N"` of the first `<testsuite` in a JUnit report.
fn junit_counts(xml: &str) -> Option<(u64, u64, u64)> {
    let start = xml.find("<testsuite ")?;
    let tag = &xml[start..start + xml[start..].find('>')?];
    let attr = |name: &str| -> Option<u64> {
        let key = format!(" {name}=\"");
        let i = tag.find(&key)? + key.len();
        tag[i..].split('"').next()?.parse().ok()
    };
    Some((
        attr("tests")?,
        attr("failures")?,
        attr("errors").unwrap_or(0),
    ))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schemathesis_finds_no_failures_in_the_fake() {
    let spec = repo().join(format!(
        "specs/fetched/{}.yml",
        authentik_codegen_tests::inputs::latest()
    ));
    if !spec.exists() {
        return missing(&format!(
            "{} (run `cargo xtask fetch-specs`)",
            spec.display()
        ));
    }
    let Some(schemathesis) = schemathesis() else {
        return missing("schemathesis (python3 -m venv .venv && .venv/bin/pip install -r tests/requirements.txt)");
    };
    // The generated server's own validation is what is checked: requests are
    // read strictly as the schema says, not with DRF's coercions (which
    // accept, as authentik does, values the schema does not allow).
    let fake = authentik_fake::Fake::new();
    fake.set_drf_input(false);
    let fake = authentik_fake::spawn_with(fake, TOKEN)
        .await
        .expect("start the fake");
    let base = format!("{}/api/v3", fake.url());
    let report_dir = repo().join("target/schemathesis");
    let _ = std::fs::remove_dir_all(&report_dir);
    std::fs::create_dir_all(&report_dir).expect("report folder");
    let junit = report_dir.join("junit.xml");

    let mut command = Command::new(&schemathesis);
    command
        .arg("--config-file")
        .arg(repo().join("tests/schemathesis.toml"))
        .arg("run")
        .arg(&spec)
        .args(["--url", &base])
        .args(["--header", &format!("Authorization: Bearer {TOKEN}")])
        .args(["--mode", "all"])
        .args(["--phases", "examples,coverage,fuzzing"])
        .args(["--max-examples", "3"])
        .args(["--seed", "20261129"])
        .args(["--workers", "2"])
        .args(["--request-timeout", "10"])
        .args(["--generation-database", "none"])
        .args(["--suppress-health-check", "all"])
        .args(["--no-color", "--output-truncate", "true"])
        .args(["--report", "junit"])
        .arg("--report-junit-path")
        .arg(&junit)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let started = Instant::now();
    let child = command.spawn().expect("run schemathesis");
    let output = tokio::time::timeout(
        HARD_LIMIT,
        tokio::task::spawn_blocking(move || child.wait_with_output()),
    )
    .await
    .expect("schemathesis finished within the hard limit")
    .expect("join")
    .expect("schemathesis output");
    let elapsed = started.elapsed();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    fake.stop().await;

    let report = std::fs::read_to_string(&junit).unwrap_or_default();
    let counts = junit_counts(&report);
    // The summary lines, for the log.
    let tail: Vec<&str> = stdout.lines().rev().take(40).collect();
    for line in tail.iter().rev() {
        println!("{line}");
    }
    println!("schemathesis: {counts:?} (operations, failures, errors) in {elapsed:?}");
    let (tests, failures, errors) =
        counts.unwrap_or_else(|| panic!("no JUnit report; stdout:\n{stdout}\nstderr:\n{stderr}"));
    assert!(tests >= 1000, "schemathesis tested only {tests} operations");
    assert!(
        output.status.success() && failures == 0 && errors == 0,
        "schemathesis: {failures} failures, {errors} errors, exit {:?}\n{stdout}\n{stderr}",
        output.status.code()
    );
}

#[test]
fn junit_counts_are_read() {
    let xml = r#"<?xml version="1.0"?><testsuites><testsuite name="schemathesis" tests="1192" failures="2" errors="1" time="1.0"></testsuite></testsuites>"#;
    assert_eq!(junit_counts(xml), Some((1192, 2, 1)));
    assert_eq!(junit_counts("<testsuites/>"), None);
}
