//! Module output (`Config::generate_module`) of every fixture spec, as
//! `fixture_<name>` modules: building this crate, whose one dependency is
//! the runtime crate, compiles all of it (and clippy lints it).

include!(concat!(env!("OUT_DIR"), "/modules.rs"));
