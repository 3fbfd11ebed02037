//! Inputs the unit tests share: the fixture specs of `specs/fixtures`.

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
