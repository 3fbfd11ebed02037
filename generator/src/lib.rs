//! `authentik-codegen`: a build-time Rust code generator for the authentik API.
//!
//! Pipeline (see `ARCHITECTURE.md` at the repository root):
//!
//! ```text
//! source::openapi ──┐                   fold, prune,
//!                   ├─> ir::Api ──> normalize ──> emit::{models, client, krate, module} ──> files
//! source::mdx ──────┘   (arena of types by id)  cycles   (names chosen here)
//! ```
//!
//! Drive it through [`Config`] (build scripts: [`Config::generate_module`]):
//!
//! ```no_run
//! # fn main() -> Result<(), authentik_codegen::Error> {
//! authentik_codegen::Config::new()
//!     .spec("specs/fetched/2026.11.0-rc1.yml")
//!     .crate_name("authentik-api")
//!     .write_crate("generated/authentik-api")?;
//! # Ok(()) }
//! ```

mod drift;
mod emit;
mod error;
pub mod ir;
mod naming;
mod normalize;
mod parallel;
mod source;
#[cfg(test)]
mod test_inputs;
#[cfg(test)]
mod tidy;

pub use emit::{Output, Stats};
pub use error::{pointer_segment, Error};

/// Not API: internals that this repository's own tests, benches and xtask
/// reach into. Anything here may change or go in any release.
#[doc(hidden)]
pub mod __private {
    pub use crate::emit::rust::type_tokens;
    pub use crate::naming::Names;

    /// `source::openapi`.
    pub mod openapi {
        pub use crate::source::openapi::{load, parse, read_json};
    }

    /// `source::mdx`.
    pub mod mdx {
        pub use crate::source::mdx::{
            load, load_pages, load_pages_from_memory, lower, MdxDocument, MdxLimits,
        };
    }

    /// `normalize`.
    pub mod normalize {
        pub use crate::normalize::prune::Filter;
        pub use crate::normalize::{run, Inputs};

        /// `normalize::patch`.
        pub mod patch {
            pub use crate::normalize::patch::{apply, PatchFile, QUIRKS_PATH};
        }
    }
}

/// The README's Rust examples, compiled as doc tests.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

use std::path::{Path, PathBuf};

/// Default cap on the size of one input file (64 MiB).
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// One version of the API: an OpenAPI document, or a set of MDX pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Spec(PathBuf),
    /// MDX page files and folders (searched recursively for `*.api.mdx`).
    Mdx(Vec<PathBuf>),
}

impl Input {
    /// The files and folders this input reads.
    pub fn paths(&self) -> &[PathBuf] {
        match self {
            Input::Spec(path) => std::slice::from_ref(path),
            Input::Mdx(paths) => paths,
        }
    }

    fn load(&self, max_input_bytes: u64) -> Result<ir::Api, Error> {
        match self {
            Input::Spec(path) => source::openapi::load(path, max_input_bytes),
            Input::Mdx(paths) => {
                let limits = source::mdx::MdxLimits {
                    max_page_bytes: max_input_bytes
                        .min(source::mdx::MdxLimits::default().max_page_bytes),
                    ..source::mdx::MdxLimits::default()
                };
                source::mdx::load(paths, &limits).map(|(api, _warnings)| api)
            }
        }
    }
}

/// Generator configuration, in the spirit of `prost_build::Config`:
/// create it, chain options, then call [`Config::render`] or [`Config::write_crate`].
#[derive(Clone, Debug)]
pub struct Config {
    inputs: Vec<Input>,
    crate_name: String,
    crate_version: String,
    max_input_bytes: u64,
    filter: normalize::prune::Filter,
    tag_features: bool,
    type_attributes: Vec<(String, String)>,
    quirks: bool,
    patches: Vec<PathBuf>,
    test_dispatch: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            inputs: Vec::new(),
            crate_name: "authentik-api".to_string(),
            crate_version: "0.1.0".to_string(),
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            filter: normalize::prune::Filter::default(),
            tag_features: true,
            type_attributes: Vec::new(),
            quirks: true,
            patches: Vec::new(),
            test_dispatch: false,
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
        self.inputs.push(Input::Spec(path.into()));
        self
    }

    /// Add MDX API-reference pages (files, or folders searched for
    /// `*.api.mdx`). Consecutive `mdx` calls add pages of one version; a
    /// `spec` call in between starts a new version. Mixable with `spec`.
    ///
    /// ```
    /// let mut config = authentik_codegen::Config::new();
    /// config.mdx("docs/api/2024.8/").spec("schema-2026.11.yml");
    /// ```
    pub fn mdx(&mut self, path: impl Into<PathBuf>) -> &mut Self {
        match self.inputs.last_mut() {
            Some(Input::Mdx(paths)) => paths.push(path.into()),
            _ => self.inputs.push(Input::Mdx(vec![path.into()])),
        }
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

    /// Generate only the operations of this tag (repeat for several tags),
    /// and only the models they use.
    ///
    /// ```
    /// authentik_codegen::Config::new().tag("core").tag("oauth2");
    /// ```
    pub fn tag(&mut self, tag: impl Into<String>) -> &mut Self {
        self.filter.tags.push(tag.into());
        self.filter.prune_types = true;
        self
    }

    /// Generate this operation (by `operationId`) too, and the models it
    /// uses. Without any `tag`, only the operations named this way.
    ///
    /// ```
    /// authentik_codegen::Config::new().operation("core_users_list");
    /// ```
    pub fn operation(&mut self, id: impl Into<String>) -> &mut Self {
        self.filter.operations.push(id.into());
        self.filter.prune_types = true;
        self
    }

    /// Drop component schemas that no generated operation uses (on by
    /// default once a `tag` or `operation` filter is set).
    pub fn prune_unused_models(&mut self, prune: bool) -> &mut Self {
        self.filter.prune_types = prune;
        self
    }

    /// Give the generated crate one cargo feature per tag (on by default;
    /// `all-tags` is a default feature). Off: everything is always compiled.
    /// Module output (`generate_module`) never has them.
    pub fn tag_features(&mut self, on: bool) -> &mut Self {
        self.tag_features = on;
        self
    }

    /// Add an attribute to a model type, by Rust or schema name, or to every
    /// struct, enum and union with `"*"` (like prost-build's `type_attribute`).
    /// An attribute that does not parse is a configuration error.
    ///
    /// Structs get their serde impls from the runtime's `object!` macro, not
    /// from `#[derive(Serialize, Deserialize)]`, so `#[serde(...)]`
    /// attributes have no effect on them (derives such as `Hash` or `Eq`,
    /// `#[non_exhaustive]` and docs do).
    ///
    /// ```
    /// authentik_codegen::Config::new()
    ///     .type_attribute("User", r#"#[doc(alias = "account")]"#)
    ///     .type_attribute("*", "#[non_exhaustive]");
    /// ```
    pub fn type_attribute(
        &mut self,
        type_name: impl Into<String>,
        attribute: impl Into<String>,
    ) -> &mut Self {
        self.type_attributes
            .push((type_name.into(), attribute.into()));
        self
    }

    /// Apply authentik's known differences between its schema and what its
    /// servers send (`specs/quirks.yml`, built in; on by default): fields
    /// that may be absent or `null`, other date-time forms, the list form
    /// of validation errors, `404`/`405` on every operation, where the
    /// server tells its version. Patches whose target is not in the input
    /// are skipped, so this is harmless for other APIs.
    pub fn quirks(&mut self, on: bool) -> &mut Self {
        self.quirks = on;
        self
    }

    /// Apply the patches of a YAML (or JSON) file after the built-in ones,
    /// in the format of `specs/quirks.yml` (see `normalize::patch`); every
    /// patch in it must find its target.
    ///
    /// ```
    /// authentik_codegen::Config::new().patch("my-authentik-quirks.yml");
    /// ```
    pub fn patch(&mut self, path: impl Into<PathBuf>) -> &mut Self {
        self.patches.push(path.into());
        self
    }

    /// Also generate the client's test dispatch (off by default): cargo
    /// feature `test-dispatch` with `client::__call_by_operation_id` (every
    /// argument-free GET by operation id) and `client::__call_operation`
    /// (any operation by id, arguments from JSON), for tests that sweep or
    /// replay a server. Off, the crate has neither the feature nor the code.
    /// Module output (`generate_module`) never has it.
    pub fn test_dispatch(&mut self, on: bool) -> &mut Self {
        self.test_dispatch = on;
        self
    }

    /// The built-in quirks (when on) and the patch files, read, in the
    /// order they apply.
    fn patch_files(&self) -> Result<Vec<(PathBuf, normalize::patch::PatchFile, bool)>, Error> {
        let mut files = Vec::new();
        if self.quirks {
            let file = normalize::patch::PatchFile::quirks()?;
            files.push((PathBuf::from(normalize::patch::QUIRKS_PATH), file, true));
        }
        for path in &self.patches {
            let file = normalize::patch::read(path, self.max_input_bytes)?;
            files.push((path.clone(), file, false));
        }
        Ok(files)
    }

    /// The inputs (versions), oldest first.
    pub fn inputs(&self) -> &[Input] {
        &self.inputs
    }

    /// Read every input (all errors collected), oldest first.
    fn load_versions(&self) -> Result<Vec<ir::Api>, Error> {
        if self.inputs.is_empty() {
            return Err(Error::Config(
                "no input: add at least one spec or MDX page".into(),
            ));
        }
        // Versions are read on every core (reading is most of the cost of
        // folding several), the results in input order.
        let tasks: Vec<_> = self
            .inputs
            .iter()
            .map(|input| move || input.load(self.max_input_bytes))
            .collect();
        let results = parallel::run(tasks, parallel::threads());
        let results = results
            .into_iter()
            .zip(&self.inputs)
            .map(|(result, input)| {
                // `None`: reading it panicked.
                result.unwrap_or_else(|| {
                    Err(Error::internal("reading an input")(format!(
                        "{}: its thread panicked",
                        input
                            .paths()
                            .first()
                            .map_or_else(String::new, |p| p.display().to_string())
                    )))
                })
            });
        let mut apis = Vec::with_capacity(self.inputs.len());
        let mut errors = Vec::new();
        for result in results {
            match result {
                Ok(api) => apis.push(api),
                Err(e) => errors.push(e),
            }
        }
        error::collapse(errors)?;
        Ok(apis)
    }

    /// Read and normalise the inputs into the IR: every version is read
    /// (so bad input anywhere is reported), the older ones are folded into
    /// the newest (see `normalize::fold`), then the patches applied (see
    /// [`Config::quirks`], [`Config::patch`]).
    pub fn load(&self) -> Result<ir::Api, Error> {
        self.load_with_newest().map(|(api, _)| api)
    }

    /// [`Config::load`], and the newest version alone (filtered and
    /// normalised the same way, not folded, not patched): the server
    /// validates requests against the newest schema, strictly.
    fn load_with_newest(&self) -> Result<(ir::Api, ir::Api), Error> {
        let mut apis = self.load_versions()?;
        let mut api = apis.pop().expect("load_versions returns at least one");
        let mut newest = api.clone();
        let patches = self.patch_files()?;
        let inputs = normalize::Inputs {
            older: &apis,
            patches: &patches,
            filter: &self.filter,
        };
        normalize::run(&mut api, &inputs)?;
        // The newest alone: not folded, not patched.
        let alone = normalize::Inputs {
            older: &[],
            patches: &[],
            ..inputs
        };
        normalize::run(&mut newest, &alone)?;
        Ok((api, newest))
    }

    /// The drift report (Markdown) between consecutive inputs, oldest first.
    pub fn drift_report(&self) -> Result<String, Error> {
        if self.inputs.len() < 2 {
            return Err(Error::Config(
                "a drift report needs at least two versions".into(),
            ));
        }
        let apis = self.load_versions()?;
        let diffs: Vec<drift::Diff> = apis.windows(2).map(|w| drift::diff(&w[0], &w[1])).collect();
        Ok(drift::report(&diffs))
    }

    /// Generate the crate in memory.
    pub fn render(&self) -> Result<Output, Error> {
        self.render_as(emit::krate::Layout::Crate)
    }

    fn render_as(&self, layout: emit::krate::Layout) -> Result<Output, Error> {
        let (api, newest) = self.load_with_newest()?;
        let output = emit::krate::render(
            &api,
            &newest,
            &emit::krate::CrateOptions {
                name: self.crate_name.clone(),
                version: self.crate_version.clone(),
                tag_features: self.tag_features,
                type_attributes: self.type_attributes.clone(),
                test_dispatch: self.test_dispatch,
                layout,
            },
        )?;
        Ok(output)
    }

    /// For build scripts: generate the models and the client as one module,
    /// `pub mod NAME`, into `$OUT_DIR/NAME.rs`, written only when its
    /// content changed; and print `cargo:rerun-if-changed` for every input,
    /// so cargo reruns the build script only when an input changes. Returns
    /// the file written.
    ///
    /// The including crate needs one dependency, the runtime crate
    /// (`authentik-codegen-runtime`, of the same version as this one, with
    /// its `client` feature): the module's `runtime` is that crate's, and the
    /// module names `serde`, `uuid`, `reqwest` and the rest through it. The
    /// module has no cargo-feature gates ([`Config::tag_features`]), no test
    /// dispatch ([`Config::test_dispatch`]) and no server stubs (generate a
    /// crate for those).
    /// The module checks at compile time that the runtime crate is the
    /// runtime this generator embeds (the same checkout or git revision).
    ///
    /// ```toml
    /// # Neither crate is published: take both from one checkout (`path`) or
    /// # one `git` revision.
    /// [dependencies]
    /// authentik-codegen-runtime = { path = "../authentik-codegen/templates", default-features = false, features = ["client"] }
    /// [build-dependencies]
    /// authentik-codegen = { path = "../authentik-codegen/generator", default-features = false }
    /// ```
    ///
    /// ```no_run
    /// // In build.rs:
    /// authentik_codegen::Config::new()
    ///     .spec("authentik.yml")
    ///     .tag("core")
    ///     .generate_module("authentik")
    ///     .expect("generate the authentik client");
    /// // In lib.rs: include!(concat!(env!("OUT_DIR"), "/authentik.rs"));
    /// // then use authentik::models::User, ...
    /// ```
    pub fn generate_module(&self, name: &str) -> Result<PathBuf, Error> {
        let out_dir = std::env::var_os("OUT_DIR").ok_or_else(|| {
            Error::Config("OUT_DIR is not set: `generate_module` is for build scripts".into())
        })?;
        for path in self.inputs.iter().flat_map(Input::paths) {
            println!("cargo:rerun-if-changed={}", path.display());
        }
        let path = PathBuf::from(out_dir).join(format!("{name}.rs"));
        let output = self
            .clone()
            .tag_features(false)
            .render_as(emit::krate::Layout::Module)?;
        let code = emit::module::single_file(&output, name)?;
        if std::fs::read_to_string(&path).ok().as_deref() != Some(code.as_str()) {
            std::fs::write(&path, code).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
        }
        Ok(path)
    }

    /// Generate the crate and write it to `dir`, replacing what a previous
    /// run wrote there. Nothing is written unless generation succeeds.
    pub fn write_crate(&self, dir: impl AsRef<Path>) -> Result<Output, Error> {
        let output = self.render()?;
        output.write_to(dir.as_ref())?;
        Ok(output)
    }
}
