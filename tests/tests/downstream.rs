//! The build-script use: building the example crate twice without changes
//! does not run the generator again (its build script counts its runs in
//! OUT_DIR), and the crate itself stays fresh.

use authentik_codegen_tests::inputs;
use serde_json::Value;
use std::process::Command;

const EXAMPLE: &str = "authentik-example-build-rs";

/// Build the example; returns (generator runs so far, whether the lib was fresh).
fn build() -> (u32, bool) {
    let out = Command::new(env!("CARGO"))
        .args(["build", "-p", EXAMPLE, "--message-format=json"])
        .current_dir(inputs::repo_root())
        .output()
        .expect("run cargo");
    assert!(
        out.status.success(),
        "cargo build failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (mut runs, mut fresh) = (None, None);
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Ok(message) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let package = message["package_id"].as_str().unwrap_or_default();
        if !package.contains("build-rs-client") {
            continue;
        }
        match message["reason"].as_str() {
            Some("build-script-executed") => {
                let dir = message["out_dir"].as_str().expect("out_dir");
                let count =
                    std::fs::read_to_string(format!("{dir}/generator-runs")).expect("run counter");
                runs = Some(count.trim().parse().expect("a number"));
            }
            Some("compiler-artifact") if message["target"]["kind"][0] == "lib" => {
                fresh = message["fresh"].as_bool();
            }
            _ => {}
        }
    }
    (
        runs.expect("build-script-executed message"),
        fresh.expect("lib artifact message"),
    )
}

#[test]
fn an_unchanged_build_does_not_rerun_the_generator() {
    if inputs::fetched_spec(&inputs::latest()).is_none() {
        return;
    }
    let (first, _) = build();
    let (second, fresh) = build();
    assert!(first >= 1);
    assert_eq!(first, second, "the build script ran again");
    assert!(fresh, "the example crate was rebuilt");
}
