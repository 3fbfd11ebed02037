//! `authentik-codegen`: a build-time Rust code generator for the authentik API.
//!
//! Pipeline (see `ARCHITECTURE.md` at the repository root):
//!
//! ```text
//! source::openapi ──┐
//!                   ├─> ir::Api ──> normalize ──> emit::{models, krate} ──> files
//! source::mdx ──────┘   (arena of types by id)        (names chosen here)
//! ```
//!
//! Use it from a build script through [`Config`]:
//!
//! ```no_run
//! # fn main() -> Result<(), authentik_codegen::Error> {
//! authentik_codegen::Config::new()
//!     .spec("specs/fetched/2026.11.0-rc1.yml")
//!     .crate_name("authentik-api")
//!     .write_crate("generated/authentik-api")?;
//! # Ok(()) }
//! ```

pub mod drift;
pub mod emit;
mod error;
pub mod ir;
pub mod naming;
pub mod normalize;
pub mod source;

pub use error::{pointer_segment, Error};

/// The README's Rust examples, compiled as doc tests.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

use std::path::{Path, PathBuf};

/// Default cap on the size of one input file (64 MiB).
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// Generator configuration, in the spirit of `prost_build::Config`:
/// create it, chain options, then call [`Config::render`] or [`Config::write_crate`].
#[derive(Clone, Debug)]
pub struct Config {
    specs: Vec<PathBuf>,
    crate_name: String,
    crate_version: String,
    max_input_bytes: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            specs: Vec::new(),
            crate_name: "authentik-api".to_string(),
            crate_version: "0.1.0".to_string(),
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
        }
    }
}

impl Config {
    /// A configuration with no inputs, crate name `authentik-api`.
    pub fn new() -> Self {
        Self::default()
    }

    /// Add an OpenAPI schema (YAML or JSON). Several calls add several
    /// versions of one API, oldest first; the newest defines the surface.
    ///
    /// ```
    /// let mut config = authentik_codegen::Config::new();
    /// config.spec("old.yml").spec("new.yml");
    /// ```
    pub fn spec(&mut self, path: impl Into<PathBuf>) -> &mut Self {
        self.specs.push(path.into());
        self
    }

    /// Package name of the generated crate (`authentik-api` by default).
    ///
    /// ```
    /// authentik_codegen::Config::new().crate_name("my-authentik");
    /// ```
    pub fn crate_name(&mut self, name: impl Into<String>) -> &mut Self {
        self.crate_name = name.into();
        self
    }

    /// Package version written into the generated `Cargo.toml` (`0.1.0` by default).
    pub fn crate_version(&mut self, version: impl Into<String>) -> &mut Self {
        self.crate_version = version.into();
        self
    }

    /// Refuse input files larger than `bytes` (64 MiB by default).
    pub fn max_input_bytes(&mut self, bytes: u64) -> &mut Self {
        self.max_input_bytes = bytes;
        self
    }

    /// The input files, in the order given.
    pub fn inputs(&self) -> &[PathBuf] {
        &self.specs
    }

    /// Read and normalise the inputs into the IR: every version is read
    /// (so bad input anywhere is reported), the older ones are folded into
    /// the newest (see `normalize::fold`).
    pub fn load(&self) -> Result<ir::Api, Error> {
        let newest = self
            .specs
            .last()
            .ok_or_else(|| Error::Config("no input: add at least one spec".into()))?;
        let mut apis = Vec::with_capacity(self.specs.len());
        let mut errors = Vec::new();
        for path in &self.specs {
            match source::openapi::load(path, self.max_input_bytes) {
                Ok(api) => apis.push(api),
                Err(e) => errors.push(e),
            }
        }
        match errors.len() {
            0 => {}
            1 => return Err(errors.pop().expect("one error")),
            _ => return Err(Error::Many(errors)),
        }
        let mut api = apis.pop().expect("at least one spec");
        normalize::fold::fold(&mut api, &apis);
        normalize::run(&mut api).map_err(|message| Error::Spec {
            path: newest.clone(),
            pointer: String::new(),
            message,
        })?;
        Ok(api)
    }

    /// The drift report (Markdown) between consecutive inputs, oldest first.
    pub fn drift_report(&self) -> Result<String, Error> {
        if self.specs.len() < 2 {
            return Err(Error::Config("a drift report needs at least two specs".into()));
        }
        let mut apis = Vec::with_capacity(self.specs.len());
        for path in &self.specs {
            apis.push(source::openapi::load(path, self.max_input_bytes)?);
        }
        let diffs: Vec<drift::Diff> = apis.windows(2).map(|w| drift::diff(&w[0], &w[1])).collect();
        Ok(drift::report(&diffs))
    }

    /// Generate the crate in memory.
    pub fn render(&self) -> Result<emit::Output, Error> {
        let api = self.load()?;
        emit::krate::render(
            &api,
            &emit::krate::CrateOptions {
                name: self.crate_name.clone(),
                version: self.crate_version.clone(),
            },
        )
    }

    /// Generate the crate and write it to `dir`, replacing what a previous
    /// run wrote there. Nothing is written unless generation succeeds.
    pub fn write_crate(&self, dir: impl AsRef<Path>) -> Result<emit::Output, Error> {
        let output = self.render()?;
        output.write_to(dir.as_ref())?;
        Ok(output)
    }
}
