//! Inputs the unit tests share: the fixture specs of `specs/fixtures`, the
//! pinned authentik schemas, and the folders `.ci/run` names.

use std::path::PathBuf;

/// Every `specs/fixtures/*.yaml`, sorted (there are more than ten).
pub(crate) fn fixture_specs() -> Vec<PathBuf> {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/fixtures");
    let mut specs: Vec<_> = std::fs::read_dir(fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    specs.sort();
    assert!(specs.len() > 10, "{fixtures}");
    specs
}

/// The pinned authentik schemas of `specs/manifest.toml` that are fetched
/// (`cargo xtask fetch-specs`), oldest first; under `CI=true` all four must be.
pub(crate) fn pinned_specs() -> Vec<PathBuf> {
    let specs = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../specs"));
    let manifest = std::fs::read_to_string(specs.join("manifest.toml")).unwrap();
    let pinned: Vec<_> = manifest
        .lines()
        .filter_map(|l| l.trim().strip_prefix("file = \"")?.strip_suffix('"'))
        .map(|file| specs.join("fetched").join(file))
        .collect();
    assert_eq!(pinned.len(), 4, "specs/manifest.toml");
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    pinned
        .into_iter()
        .filter(|path| {
            assert!(
                path.exists() || !ci,
                "{} is missing: run `cargo xtask fetch-specs`",
                path.display()
            );
            if !path.exists() {
                eprintln!("skipped: {} is missing", path.display());
            }
            path.exists()
        })
        .collect()
}

/// The folder named by `var`: under `CI=true` it must exist.
pub(crate) fn env_dir(var: &str) -> Option<PathBuf> {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    match std::env::var_os(var).map(PathBuf::from) {
        Some(dir) if dir.is_dir() => Some(dir),
        other => {
            assert!(!ci, "{var}={other:?} is not a folder; .ci/run sets it");
            eprintln!("skipped: {var} is not a folder");
            None
        }
    }
}

/// The files below `dir` whose extension is one of `extensions`, sorted,
/// added to `out`.
pub(crate) fn files_below(dir: &std::path::Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_below(&path, extensions, out);
        } else if path
            .extension()
            .is_some_and(|e| extensions.iter().any(|x| e == *x))
        {
            out.push(path);
        }
    }
    out.sort();
}
