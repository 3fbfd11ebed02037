//! The command line on bad input: exit code 1, a message naming the file
//! and the location (line/column or JSON pointer), and nothing written.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../specs/fixtures")
        .join(rel)
}

/// Run `generate` into a fresh temporary folder; returns (exit code, stderr, whether the output exists).
fn generate(specs: &[PathBuf]) -> (i32, String, bool) {
    let tmp = std::env::temp_dir().join(format!(
        "authentik-codegen-cli-{}-{}",
        std::process::id(),
        specs[0].file_stem().unwrap().to_string_lossy()
    ));
    let _ = std::fs::remove_dir_all(&tmp);
    let out = tmp.join("crate");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_authentik-codegen"));
    cmd.arg("generate").arg("--out").arg(&out);
    for spec in specs {
        cmd.arg("--spec").arg(spec);
    }
    let result = cmd.output().expect("run authentik-codegen");
    let exists = out.exists();
    let leftovers = std::fs::read_dir(&tmp).map(|d| d.count()).unwrap_or(0);
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(exists || leftovers == 0, "a failed run left files behind");
    (
        result.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&result.stderr).into_owned(),
        exists,
    )
}

fn assert_fails(rel: &str, expected: &[&str]) {
    let (code, stderr, exists) = generate(&[fixture(rel)]);
    assert_eq!(code, 1, "{rel}: exit code; stderr:\n{stderr}");
    assert!(!exists, "{rel}: output was written");
    assert!(!stderr.contains("panicked"), "{rel}: panicked:\n{stderr}");
    for needle in expected {
        assert!(
            stderr.contains(needle),
            "{rel}: stderr lacks {needle:?}:\n{stderr}"
        );
    }
}

#[test]
fn malformed_yaml_names_line_and_column() {
    assert_fails(
        "bad/malformed.yaml",
        &["malformed.yaml:9:13:", "mapping values are not allowed"],
    );
}

#[test]
fn unresolvable_ref_names_the_pointer() {
    assert_fails(
        "bad/unresolved_ref.yaml",
        &[
            "unresolved_ref.yaml#/components/schemas/Holder/properties/missing/$ref",
            "DoesNotExist",
        ],
    );
}

#[test]
fn duplicate_operation_id_names_both_places() {
    assert_fails(
        "bad/duplicate_operation_id.yaml",
        &[
            "duplicate_operation_id.yaml#/paths/~1things~1/get/operationId",
            "duplicate operationId \"things_list\"",
            "/paths/~1other-things~1/get",
        ],
    );
}

#[test]
fn unsupported_construct_names_the_pointer() {
    assert_fails(
        "bad/unsupported_not.yaml",
        &[
            "unsupported_not.yaml#/components/schemas/Negation/properties/",
            "/not: unsupported: not",
        ],
    );
}

/// `allOf` members that cannot be merged: a property declared two ways
/// (both places named), a member that is not an object. Nothing is written.
#[test]
fn allof_members_that_cannot_merge_name_both_places() {
    assert_fails(
        "bad/allof_conflict.yaml",
        &[
            "allof_conflict.yaml#/components/schemas/Sized/allOf/1/properties/size: allOf members declare property `size` differently (also at /components/schemas/Base/properties/size)",
            "allof_conflict.yaml#/components/schemas/Mixed/allOf/1: unsupported: an allOf member that is not an object",
        ],
    );
}

#[test]
fn not_an_openapi_document() {
    assert_fails(
        "bad/not_openapi.yaml",
        &["not_openapi.yaml#/openapi:", "not an OpenAPI document"],
    );
}

#[test]
fn missing_file_is_an_error_not_a_panic() {
    assert_fails("bad/does_not_exist.yaml", &["does_not_exist.yaml"]);
}

#[test]
fn an_older_bad_version_fails_the_whole_run() {
    let (code, stderr, exists) =
        generate(&[fixture("bad/unresolved_ref.yaml"), fixture("maps.yaml")]);
    assert_eq!(code, 1, "{stderr}");
    assert!(!exists);
}

#[test]
fn valid_fixture_generates_a_crate() {
    let (code, stderr, exists) = generate(&[fixture("maps.yaml")]);
    assert_eq!(code, 0, "{stderr}");
    assert!(exists);
    assert!(stderr.contains("schemas"), "{stderr}");
}

#[test]
fn help_documents_every_flag() {
    let out = Command::new(env!("CARGO_BIN_EXE_authentik-codegen"))
        .args(["generate", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for flag in [
        "--spec",
        "--mdx",
        "--out",
        "--name",
        "--tag",
        "--operation",
        "--type-attribute",
        "--verbose",
    ] {
        assert!(help.contains(flag), "help lacks {flag}:\n{help}");
    }
    let usage = Command::new(env!("CARGO_BIN_EXE_authentik-codegen"))
        .arg("generate")
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2), "usage errors exit with 2");
}

#[test]
fn filters_keep_only_the_named_operations_and_what_they_use() {
    let spec = fixture("operations.yaml");
    let api = authentik_codegen::Config::new().spec(&spec).load().unwrap();
    let all_types = api.types.len();
    let one = api.operations[0].id.clone();
    let filtered = authentik_codegen::Config::new()
        .spec(&spec)
        .operation(&one)
        .load()
        .unwrap();
    assert_eq!(filtered.operations.len(), 1);
    assert!(filtered.types.len() < all_types, "nothing was pruned");
    // Every reference still points into the (renumbered) arena.
    let mut refs = Vec::new();
    let mut copy = filtered.clone();
    copy.for_each_type_ref_mut(|t| t.named(&mut refs));
    assert!(refs.iter().all(|id| id.index() < filtered.types.len()));
    let err = authentik_codegen::Config::new()
        .spec(&spec)
        .tag("no-such-tag")
        .load()
        .unwrap_err();
    assert!(err.to_string().contains("no-such-tag"), "{err}");
}

#[test]
fn type_attributes_reach_the_model_types() {
    let spec = fixture("maps.yaml");
    let output = authentik_codegen::Config::new()
        .spec(&spec)
        .type_attribute("*", r#"#[doc(alias = "everything")]"#)
        .type_attribute("ErrorDetail", "#[non_exhaustive]")
        .render()
        .unwrap();
    let models = &output.files[std::path::Path::new("src/models.rs")];
    let types = models.matches("pub struct ").count() + models.matches("pub enum ").count();
    assert_eq!(
        models.matches(r#"#[doc(alias = "everything")]"#).count(),
        types,
        "{models}"
    );
    assert_eq!(models.matches("#[non_exhaustive]").count(), 1);
    let err = authentik_codegen::Config::new()
        .spec(&spec)
        .type_attribute("*", "derive(Hash)")
        .render()
        .unwrap_err();
    assert!(
        err.to_string().contains("Hash") && err.to_string().contains("not an attribute"),
        "{err}"
    );
}

/// Run `generate` on the operations fixture with extra arguments.
fn generate_with(name: &str, extra: &[&std::ffi::OsStr]) -> (i32, String, bool) {
    let tmp = std::env::temp_dir().join(format!(
        "authentik-codegen-cli-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&tmp);
    let out = tmp.join("crate");
    let result = Command::new(env!("CARGO_BIN_EXE_authentik-codegen"))
        .arg("generate")
        .arg("--out")
        .arg(&out)
        .arg("--spec")
        .arg(fixture("operations.yaml"))
        .args(extra)
        .output()
        .expect("run authentik-codegen");
    let exists = out.exists();
    let _ = std::fs::remove_dir_all(&tmp);
    (
        result.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&result.stderr).into_owned(),
        exists,
    )
}

#[test]
fn bad_patch_files_name_the_patch() {
    let dir =
        std::env::temp_dir().join(format!("authentik-codegen-patches-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text, expected) in [
        ("syntax.yml", "patches:\n  - field: [\n", "syntax.yml:3:1"),
        (
            "target.yml",
            "patches:\n  - field: NoSuchSchema.x\n    required: false\n    evidence: e\n",
            "target.yml#/patches/0: schema NoSuchSchema: not in this API",
        ),
        (
            "kind.yml",
            "patches:\n  - operations: \"*\"\n    required: false\n    evidence: e\n",
            "kind.yml#/patches/0: this kind of target takes only responses",
        ),
        (
            "evidence.yml",
            "patches:\n  - operations: \"*\"\n    responses: {\"404\": Widget}\n    evidence: \" \"\n",
            "evidence.yml#/patches/0: `evidence` is empty",
        ),
    ] {
        let path = dir.join(file);
        std::fs::write(&path, text).unwrap();
        let (code, stderr, exists) = generate_with(file, &["--patch".as_ref(), path.as_os_str()]);
        assert_eq!(code, 1, "{file}: {stderr}");
        assert!(!exists, "{file}: output written");
        assert!(stderr.contains(expected), "{file}: stderr lacks {expected:?}:\n{stderr}");
    }
    let good = dir.join("good.yml");
    std::fs::write(
        &good,
        "patches:\n  - operations: \"widgets_*\"\n    responses: {\"404\": Widget}\n    evidence: test\n",
    )
    .unwrap();
    let (code, stderr, exists) = generate_with(
        "good",
        &["--patch".as_ref(), good.as_os_str(), "--no-quirks".as_ref()],
    );
    assert_eq!((code, exists), (0, true), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}
