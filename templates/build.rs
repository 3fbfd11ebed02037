//! Marks this crate's own build of the runtime (`cfg(runtime_crate)`): here
//! the macros generated code invokes are exported (`#[macro_export]`), for
//! crates that include generated modules and depend on this crate. The
//! copies in generated crates are built without it: a crate that includes
//! several generated crates as modules would otherwise export each macro
//! once per copy.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(runtime_crate)");
    println!("cargo::rustc-cfg=runtime_crate");
}
