//! Generates module output for every fixture spec (`specs/fixtures/*.yaml`)
//! into OUT_DIR, and `modules.rs`, which includes each as `fixture_<name>`.

use quote::quote;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let fixtures = root.join("../../specs/fixtures");
    println!("cargo:rerun-if-changed={}", fixtures.display());
    println!("cargo:rerun-if-changed=build.rs");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .expect("specs/fixtures")
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    specs.sort();
    let mut includes = Vec::new();
    let mut names = Vec::new();
    for spec in &specs {
        let stem = spec
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let path = authentik_codegen::Config::new()
            .spec(spec)
            .generate_module(&format!("fixture_{stem}"))
            .unwrap_or_else(|e| panic!("{}: {e}", spec.display()));
        let path = path.display().to_string();
        includes.push(quote!(include!(#path);));
        names.push(stem);
    }
    let file = quote! {
        #(#includes)*
        /// The fixtures included, by file stem.
        pub const FIXTURES: &[&str] = &[#(#names),*];
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    std::fs::write(out.join("modules.rs"), file.to_string()).expect("write modules.rs");
}
