//! Snapshots of the client generated for the operations fixture: one of
//! each operation shape (list with pagination and array query, JSON bodies,
//! optional PATCH body, 204, multipart upload, XML text, binary declared as
//! JSON, anonymous access, a documented 404).

use authentik_codegen::Config;
use std::path::PathBuf;

#[test]
fn client_of_the_operations_fixture() {
    let spec = authentik_codegen_tests::inputs::repo_root().join("specs/fixtures/operations.yaml");
    let output = Config::new()
        .spec(&spec)
        .tag_features(false)
        .test_dispatch(true)
        .render()
        .unwrap_or_else(|e| panic!("{e}"));
    let client: Vec<(&PathBuf, &String)> = output
        .files
        .iter()
        .filter(|(path, _)| path.starts_with("src/client"))
        .collect();
    let names: Vec<String> = client
        .iter()
        .map(|(p, _)| p.display().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "src/client/mod.rs",
            "src/client/root.rs",
            "src/client/widgets.rs"
        ]
    );
    for (path, text) in client {
        let stem = path.file_stem().unwrap().to_string_lossy();
        insta::assert_snapshot!(format!("client__operations__{stem}"), text);
    }
    assert!(output.warnings.is_empty(), "{:?}", output.warnings);
}
