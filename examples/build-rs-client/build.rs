//! Generate a client for the `core` and `oauth2` tags only, at build time.

fn main() {
    let spec = "../../specs/fetched/2026.11.0-rc1.yml";
    let path = authentik_codegen::Config::new()
        .spec(spec)
        .tag("core")
        .tag("oauth2")
        .generate_module("authentik")
        .unwrap_or_else(|e| panic!("{e} (run `cargo xtask fetch-specs` first)"));
    // Count the generator's runs, so a test can check that an unchanged
    // build does not run it again.
    let runs = path.with_file_name("generator-runs");
    let count: u32 = std::fs::read_to_string(&runs)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    std::fs::write(&runs, (count + 1).to_string()).expect("write the run counter");
    println!("cargo:rerun-if-changed=build.rs");
}
