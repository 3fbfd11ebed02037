//! The runtime crate's own build of the runtime:
//! - marks it with `cfg(runtime_crate)`: here the macros generated code
//!   invokes are exported (`#[macro_export]`), for crates that include
//!   generated modules and depend on this crate. The copies in generated
//!   crates are built without it: a crate that includes several generated
//!   crates as modules would otherwise export each macro once per copy;
//! - sets `AUTHENTIK_RUNTIME_FINGERPRINT`, the hash of `runtime/`
//!   (`fingerprint.rs`), which module output checks.

#[path = "fingerprint.rs"]
mod fingerprint;

use std::path::Path;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(runtime_crate)");
    println!("cargo::rustc-cfg=runtime_crate");
    println!("cargo::rerun-if-changed=runtime");
    let mut files = Vec::new();
    read(Path::new("runtime"), "", &mut files);
    let fingerprint = fingerprint::fingerprint(files.iter().map(|(p, c)| (p.as_str(), c.as_str())));
    println!("cargo::rustc-env=AUTHENTIK_RUNTIME_FINGERPRINT={fingerprint}");
}

/// Every file below `dir`, with its path relative to `runtime/`.
fn read(dir: &Path, prefix: &str, out: &mut Vec<(String, String)>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let entry = entry.unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        let relative = format!("{prefix}{name}");
        if path.is_dir() {
            read(&path, &format!("{relative}/"), out);
        } else {
            let content = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.push((relative, content));
        }
    }
}
