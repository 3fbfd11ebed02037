//! Applying authentik blueprints to a [`Fake`], so that it starts with
//! what a fresh authentik holds: a real server applies its `default/` and
//! `system/` blueprints at first start (default flows and stages, the
//! default brand, the `akadmin` user and the `authentik Admins` group, the
//! read-only role, event rules, property mappings).
//!
//! ```no_run
//! use authentik_fake::Fake;
//! use std::path::Path;
//!
//! let fake = Fake::new();
//! // A folder of authentik's `blueprints/` (with default/ and system/).
//! let report = fake
//!     .authentik_defaults(Path::new("/path/to/blueprints/2026.8.0-rc1"))
//!     .expect("the blueprints apply");
//! println!("{}", report.summary());
//! assert!(report.created["/flows/instances/"] > 0);
//! ```
//!
//! # What is supported
//!
//! - The format of `authentik/blueprints/v1`: `version: 1`, `metadata`
//!   (`name`, `labels`), `context`, `entries` (a list, or a mapping of
//!   sections to lists). Entries are applied in file order.
//! - Entry fields `model`, `state`, `conditions`, `identifiers`, `attrs`,
//!   `id`. `permissions` is ignored (the fake has no permissions).
//! - States `present` (create, or update the object the identifiers match),
//!   `created` (create only if absent), `must_created` (an existing object
//!   is an error), `absent` (delete).
//! - Identifiers match as authentik's query does: `pk`, or all the other
//!   identifiers (a mapping value matches a stored mapping containing it).
//!   The object is `attrs` deep-merged with `identifiers`; fields the API
//!   object does not have (`password`, `key` ...) or cannot be written are
//!   dropped, as the fake's create drops them. Relations are the pk values
//!   (`groups: [!KeyOf admin-group]`, `flow: !Find [...]`).
//! - Tags: `!KeyOf` (the pk of an earlier entry's object; in a
//!   `authentik_policies.policybinding` entry, a policy binding model's
//!   `policybindingmodel_ptr_id`), `!Env NAME` / `!Env [NAME, default]`,
//!   `!Context key` / `!Context [key, default]` (with authentik's
//!   `goauthentik.io/rbac/models` and `goauthentik.io/enterprise/licensed`
//!   defaults), `!Find [model, [field, value], ...]` (fields with
//!   `__exact` / `__iexact`), `!FindObject`, `!Format [fmt, args...]`
//!   (`%s`, `%d`, `%i`, `%%`), `!If [cond]` / `!If [cond, then, else]`,
//!   `!Condition [AND|OR|NAND|NOR|XOR|XNOR, ...]`, `!Enumerate [iterable,
//!   SEQ|MAP, body]` with `!Index n` / `!Value n`, `!AtIndex`,
//!   `!ParseJSON`.
//! - `authentik_blueprints.metaapplyblueprint` applies the blueprint its
//!   `identifiers` name (`path` relative to the blueprints root, and/or
//!   `name`, the `metadata.name` of a file under the root that authentik
//!   would instantiate) where the entry stands; each file is applied once
//!   per call, and blueprints applying each other in a cycle are an error.
//!   A missing target with `required: false` is reported as skipped.
//! - Every applied file is also listed under `/managed/blueprints/` (a
//!   `BlueprintInstance` with its name, path and labels), as authentik
//!   lists its blueprint instances.
//!
//! Models are mapped to collections by one rule: the object
//! type named like the model (`authentik_flows.flow` -> `Flow` ->
//! `/flows/instances/`), with one override table. A model of authentik
//! (the schema's `ModelEnum`) that the fake has no collection for is
//! skipped and listed in [`BlueprintReport::skipped`]; any other model is
//! an error. Objects of typed collections are also stored in the `/X/all/`
//! collection above them (`/stages/all/`, `/policies/all/`,
//! `/propertymappings/all/` ...).
//!
//! Not supported: `!File` (the fake reads no host files; an unsupported tag
//! is an error), other meta models, object permissions, Django lookups
//! other than exact / iexact in `!Find`, and relations kept in sync
//! (a user's `groups` does not fill the group's `users`).
//!
//! Errors name `file:line:column` ([`Location`]). Files are read up to
//! [`MAX_FILE_SIZE`]. Application is all or nothing: on an error the fake
//! holds what it held before the call.

mod apply;
mod document;
mod entry;
mod error;
mod locate;
mod models;
mod python;
mod tags;

pub use error::{BlueprintError, Location, Problem};
pub use tags::SUPPORTED as SUPPORTED_TAGS;

use crate::Fake;
use apply::{default_root, Run};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// The largest blueprint file read (4 MiB).
pub const MAX_FILE_SIZE: u64 = 4 * 1024 * 1024;

/// The authentik release whose blueprints the fake is checked against
/// (`$AUTHENTIK_BLUEPRINTS_DIR/2026.8.0-rc1/`).
pub const BLUEPRINTS_RELEASE: &str = "2026.8.0-rc1";

/// The folders [`Fake::authentik_defaults`] applies, in this order
/// (`migrations/` only if present).
pub const DEFAULT_FOLDERS: &[&str] = &["migrations", "system", "default"];

/// How to apply blueprints.
#[derive(Clone, Debug, Default)]
pub struct BlueprintOptions {
    /// The blueprints root that `metaapplyblueprint` paths and names are
    /// looked up in. Unset: for each path given, the parent of the folder
    /// (`root/default/` -> `root`) or of the file's folder
    /// (`root/system/bootstrap.yaml` -> `root`), authentik's layout.
    pub root: Option<PathBuf>,
    /// Values `!Env` sees instead of the process environment (`None`: as
    /// if unset).
    pub env: BTreeMap<String, Option<String>>,
}

impl BlueprintOptions {
    /// Look `metaapplyblueprint` targets up under `root`.
    pub fn root(mut self, root: impl Into<PathBuf>) -> Self {
        self.root = Some(root.into());
        self
    }

    /// Let `!Env name` see `value` (`None`: unset), whatever the process
    /// environment holds.
    pub fn env(mut self, name: &str, value: Option<&str>) -> Self {
        self.env.insert(name.to_string(), value.map(str::to_string));
        self
    }
}

/// What applying blueprints did.
#[derive(Clone, Debug, Default)]
pub struct BlueprintReport {
    /// The files applied, in the order they were.
    pub blueprints: Vec<AppliedBlueprint>,
    /// Objects created, by collection (`/flows/instances/` -> 14).
    pub created: BTreeMap<String, usize>,
    /// Objects updated, by collection.
    pub updated: BTreeMap<String, usize>,
    /// Objects deleted, by collection.
    pub deleted: BTreeMap<String, usize>,
    /// Entries that were not applied, and why.
    pub skipped: Vec<SkippedEntry>,
}

/// One applied blueprint file.
#[derive(Clone, Debug)]
pub struct AppliedBlueprint {
    /// The file.
    pub file: PathBuf,
    /// Its `metadata.name`.
    pub name: Option<String>,
    /// How many entries it has.
    pub entries: usize,
}

/// An entry that was not applied.
#[derive(Clone, Debug)]
pub struct SkippedEntry {
    /// Where the entry is.
    pub at: Location,
    /// Its model.
    pub model: String,
    /// Why it was skipped.
    pub reason: SkipReason,
}

/// Why an entry was skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    /// Not all of its `conditions` are true.
    Conditions,
    /// An authentik model the fake has no collection for.
    NoCollection,
    /// A `metaapplyblueprint` with `required: false` whose target is not
    /// there (what its identifiers say).
    MissingBlueprint(String),
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::Conditions => f.write_str("its conditions are not all true"),
            SkipReason::NoCollection => f.write_str("the fake has no collection for this model"),
            SkipReason::MissingBlueprint(what) => {
                write!(f, "no blueprint matches {what} (not required)")
            }
        }
    }
}

impl fmt::Display for SkippedEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} skipped: {}", self.at, self.model, self.reason)
    }
}

impl BlueprintReport {
    /// How many objects were created in all.
    pub fn created_total(&self) -> usize {
        self.created.values().sum()
    }

    /// One line: blueprints, objects per kind of change, skipped entries.
    pub fn summary(&self) -> String {
        format!(
            "applied {} blueprints: {} objects created in {} collections, {} updated, {} deleted, {} entries skipped",
            self.blueprints.len(),
            self.created_total(),
            self.created.len(),
            self.updated.values().sum::<usize>(),
            self.deleted.values().sum::<usize>(),
            self.skipped.len()
        )
    }
}

impl Fake {
    /// Apply blueprints: each path is a file, or a folder whose `*.yaml`
    /// and `*.yml` files (not those of its subfolders) are applied in
    /// file-name order. `metaapplyblueprint` targets are looked up in the
    /// blueprints root (see [`BlueprintOptions::root`]). See the
    /// [`blueprint`](crate::blueprint) module for what is supported.
    ///
    /// ```no_run
    /// use authentik_fake::Fake;
    /// use std::path::PathBuf;
    ///
    /// let fake = Fake::new();
    /// let report = fake
    ///     .apply_blueprints(&[PathBuf::from("blueprints/custom/my-app.yaml")])
    ///     .expect("applies");
    /// for skipped in &report.skipped {
    ///     eprintln!("{skipped}");
    /// }
    /// ```
    pub fn apply_blueprints(&self, paths: &[PathBuf]) -> Result<BlueprintReport, BlueprintError> {
        self.apply_blueprints_with(paths, &BlueprintOptions::default())
    }

    /// [`Fake::apply_blueprints`] with options (the root, `!Env` values).
    pub fn apply_blueprints_with(
        &self,
        paths: &[PathBuf],
        options: &BlueprintOptions,
    ) -> Result<BlueprintReport, BlueprintError> {
        let before = self.snapshot();
        let mut run = Run::new(self, options);
        for path in paths {
            let root = options.root.clone().unwrap_or_else(|| default_root(path));
            if let Err(error) = run.apply_path(path, &root) {
                self.restore(before);
                return Err(error);
            }
        }
        Ok(run.report)
    }

    /// Apply what a fresh authentik applies at first start: the
    /// [`DEFAULT_FOLDERS`] of `root`, a copy of authentik's `blueprints/`
    /// folder (`$AUTHENTIK_BLUEPRINTS_DIR/2026.8.0-rc1`).
    pub fn authentik_defaults(&self, root: &Path) -> Result<BlueprintReport, BlueprintError> {
        self.authentik_defaults_with(root, &BlueprintOptions::default())
    }

    /// [`Fake::authentik_defaults`] with options (`!Env` values; the root
    /// is `root`).
    pub fn authentik_defaults_with(
        &self,
        root: &Path,
        options: &BlueprintOptions,
    ) -> Result<BlueprintReport, BlueprintError> {
        let options = options.clone().root(root);
        let paths: Vec<PathBuf> = DEFAULT_FOLDERS
            .iter()
            .map(|folder| root.join(folder))
            .filter(|path| !path.ends_with("migrations") || path.is_dir())
            .collect();
        self.apply_blueprints_with(&paths, &options)
    }
}
