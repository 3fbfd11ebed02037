//! Snapshot tests of what the generator emits for each fixture spec.
//!
//! The same output is compiled (and linted) as the `fixture_*` modules of
//! this crate by `build.rs`, so every snapshot here is also known to build.

use authentik_codegen::Config;
use std::path::PathBuf;

fn fixtures() -> Vec<(String, PathBuf)> {
    let dir = authentik_codegen_tests::inputs::repo_root().join("specs/fixtures");
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    out.sort();
    assert!(
        out.len() >= 10,
        "expected the fixture specs in {}",
        dir.display()
    );
    out
}

#[test]
fn models_of_every_fixture() {
    for (name, path) in fixtures() {
        let output = Config::new()
            .spec(&path)
            .tag_features(false)
            .render()
            .unwrap_or_else(|e| panic!("{e}"));
        let models = &output.files[&PathBuf::from("src/models.rs")];
        insta::assert_snapshot!(format!("models__{name}"), models);
    }
}

#[test]
fn normalised_ir_of_every_fixture() {
    for (name, path) in fixtures() {
        let api = Config::new()
            .spec(&path)
            .load()
            .unwrap_or_else(|e| panic!("{e}"));
        // Warnings name the file: the clone's location is not part of it.
        let root = format!(
            "{}/",
            authentik_codegen_tests::inputs::repo_root().display()
        );
        let ir = authentik_codegen::ir::outline(&api).replace(&root, "");
        insta::assert_snapshot!(format!("ir__{name}"), ir);
    }
}

/// Two versions folded into one crate: the models and the folded IR.
#[test]
fn drift_fixture_models_and_ir() {
    let dir = authentik_codegen_tests::inputs::repo_root().join("specs/fixtures/drift");
    let mut config = Config::new();
    config
        .spec(dir.join("v1.yaml"))
        .spec(dir.join("v2.yaml"))
        .tag_features(false);
    let output = config.render().unwrap_or_else(|e| panic!("{e}"));
    insta::assert_snapshot!(
        "models__drift",
        &output.files[&PathBuf::from("src/models.rs")]
    );
    let api = config.load().unwrap_or_else(|e| panic!("{e}"));
    insta::assert_snapshot!("ir__drift", authentik_codegen::ir::outline(&api));
    let report = config.drift_report().unwrap_or_else(|e| panic!("{e}"));
    insta::assert_snapshot!("drift_report__drift", report);
}

#[test]
fn every_fixture_is_compiled_into_this_crate() {
    let compiled: Vec<&str> = authentik_codegen_tests::MODULES
        .iter()
        .map(|(m, _)| *m)
        .collect();
    for (name, _) in fixtures() {
        let module = format!("fixture_{name}");
        assert!(
            compiled.contains(&module.as_str()),
            "{module} is not compiled by build.rs"
        );
    }
}
