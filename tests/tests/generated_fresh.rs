//! The checked-in `generated/authentik-api` is exactly what the generator
//! writes from the pinned specs (as `cargo xtask regenerate --check` does),
//! so a change to the generator without regenerating fails here.

use authentik_codegen::Config;
use authentik_codegen_tests::inputs;

#[test]
fn generated_crate_is_fresh() {
    let root = inputs::repo_root();
    let manifest = std::fs::read_to_string(root.join("specs/manifest.toml")).unwrap();
    let mut config = Config::new();
    let mut count = 0;
    for line in manifest.lines() {
        if let Some(file) = line
            .strip_prefix("file = \"")
            .and_then(|l| l.strip_suffix('"'))
        {
            let Some(spec) = inputs::fetched_spec(file.trim_end_matches(".yml")) else {
                return;
            };
            // Relative paths, as xtask passes them.
            config.spec(spec.strip_prefix(&root).unwrap());
            count += 1;
        }
    }
    assert_eq!(count, 4, "the manifest pins four versions");
    // As xtask passes them.
    config.crate_name("authentik-api").test_dispatch(true);
    std::env::set_current_dir(&root).unwrap();
    let output = config.render().unwrap_or_else(|e| panic!("{e}"));
    let stale = output.stale_files(&root.join("generated/authentik-api"));
    assert!(
        stale.is_empty(),
        "generated/authentik-api is stale; run `cargo xtask regenerate`. Differing files: {stale:?}"
    );
}
