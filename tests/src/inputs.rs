//! Where tests find their inputs: the repository, the fetched specs, and the
//! third-party seeds and MDX pages named by environment variables.
//!
//! Under `CI=true` a missing input fails the test; elsewhere the test is
//! skipped with a message.

use std::path::PathBuf;

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Whether this is a CI run (`CI=true`).
pub fn is_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// A fetched pinned spec, e.g. `fetched_spec("2026.11.0-rc1")`.
/// `None` (test skipped) when missing outside CI; panics under CI.
pub fn fetched_spec(version: &str) -> Option<PathBuf> {
    let path = repo_root()
        .join("specs/fetched")
        .join(format!("{version}.yml"));
    require(path, "run `cargo xtask fetch-specs`")
}

/// A folder named by an environment variable (`AUTHENTIK_SEEDS_DIR`, `AUTHENTIK_MDX_DIR`).
pub fn env_dir(var: &str) -> Option<PathBuf> {
    match std::env::var_os(var).filter(|v| !v.is_empty()) {
        Some(dir) => require(PathBuf::from(dir), &format!("{var} names a missing folder")),
        None if is_ci() => panic!("{var} is not set; .ci/run sets it"),
        None => {
            eprintln!("skipped: {var} is not set");
            None
        }
    }
}

fn require(path: PathBuf, hint: &str) -> Option<PathBuf> {
    if path.exists() {
        Some(path)
    } else if is_ci() {
        panic!("{} is missing: {hint}", path.display())
    } else {
        eprintln!("skipped: {} is missing ({hint})", path.display());
        None
    }
}

/// The pinned versions of `specs/manifest.toml`, oldest first (its
/// `version = "..."` lines: adding a release there adds it to every test
/// that goes through the pinned versions).
pub fn pinned_versions() -> Vec<String> {
    let path = repo_root().join("specs/manifest.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter_map(|line| line.trim().strip_prefix("version = \""))
        .filter_map(|rest| rest.strip_suffix('"'))
        .map(str::to_string)
        .collect()
}

/// The newest pinned version.
pub fn latest() -> String {
    pinned_versions()
        .pop()
        .expect("specs/manifest.toml pins a version")
}
