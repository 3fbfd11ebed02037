//! Test support for authentik-codegen.
//!
//! `build.rs` generates one module per fixture spec (`fixture_*`) and per
//! pinned authentik version (`v2024_8_3`, ...), each with a `*_dispatch`
//! module mapping schema names and operation ids to the generated types.
//! Compiling this crate compiles every snapshot; `cargo clippy` lints them.

include!(concat!(env!("OUT_DIR"), "/generated_modules.rs"));

pub mod cassettes;
pub mod inputs;
pub mod sampler;
