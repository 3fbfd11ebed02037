//! Back-ends: turn a normalised [`crate::ir::Api`] into Rust source files.
//!
//! - [`models`]: one serde type per IR type;
//! - [`client`]: one async method per operation, grouped by tag;
//! - [`server`]: one trait per tag and an axum router, with request validation;
//! - [`krate`]: the crate around them (Cargo.toml, lib.rs, runtime files);
//! - [`module`]: the same crate as one file with one module, for `include!`;
//! - [`rust`]: shared helpers (type expressions, docs, identifiers);
//! - [`format`](mod@format): token streams to text (prettyplease and the layouts it cannot do).
//!
//! Everything is built as tokens with `quote!` and formatted with
//! prettyplease; no Rust is pasted together as strings.

#[cfg(test)]
mod agreement;
pub mod client;
mod error;
pub mod features;
pub(crate) mod format;
pub(crate) mod jobs;
pub mod krate;
pub mod media;
pub mod models;
pub mod module;
pub mod plan;
pub mod rust;
pub mod server;

use crate::Error;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The generated files, in memory, keyed by path relative to the crate root.
#[derive(Clone, Debug, Default)]
pub struct Output {
    pub files: BTreeMap<PathBuf, String>,
    /// Component schema name -> Rust type name (path below `models`).
    pub type_names: BTreeMap<String, String>,
    pub stats: Stats,
    /// Non-fatal findings (name collisions resolved, constructs degraded ...).
    pub warnings: Vec<String>,
}

/// Counts reported by the CLI and the xtask.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub schemas: usize,
    pub rust_types: usize,
    pub operations: usize,
    pub lines: usize,
}

impl Output {
    /// Write every file below `dir`, replacing `dir`'s previous content.
    ///
    /// The files are first written to a staging folder beside `dir`, which
    /// then takes `dir`'s place, so a failure leaves the old content intact.
    pub fn write_to(&self, dir: &Path) -> Result<(), Error> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Io { path, source }
        };
        let parent = match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let file_name = dir
            .file_name()
            .ok_or_else(|| Error::Config(format!("{}: not a folder name", dir.display())))?
            .to_string_lossy()
            .into_owned();
        std::fs::create_dir_all(&parent).map_err(io(&parent))?;
        let staging = parent.join(format!(".{file_name}.staging"));
        let old = parent.join(format!(".{file_name}.old.staging"));
        for leftover in [&staging, &old] {
            if leftover.exists() {
                std::fs::remove_dir_all(leftover).map_err(io(leftover))?;
            }
        }
        let result = (|| {
            for (rel, contents) in &self.files {
                let path = staging.join(rel);
                if let Some(p) = path.parent() {
                    std::fs::create_dir_all(p).map_err(io(p))?;
                }
                std::fs::write(&path, contents).map_err(io(&path))?;
            }
            if dir.exists() {
                std::fs::rename(dir, &old).map_err(io(dir))?;
            }
            std::fs::rename(&staging, dir).map_err(io(dir))?;
            if old.exists() {
                std::fs::remove_dir_all(&old).map_err(io(&old))?;
            }
            Ok(())
        })();
        if result.is_err() && staging.exists() {
            let _ = std::fs::remove_dir_all(&staging);
        }
        result
    }

    /// Compare with what is on disk below `dir`: the paths (relative) that
    /// differ, are missing, or are on disk but would not be generated.
    pub fn stale_files(&self, dir: &Path) -> Vec<PathBuf> {
        let mut stale = Vec::new();
        for (rel, contents) in &self.files {
            match std::fs::read_to_string(dir.join(rel)) {
                Ok(on_disk) if on_disk == *contents => {}
                _ => stale.push(rel.clone()),
            }
        }
        let mut on_disk = Vec::new();
        list_files(dir, Path::new(""), &mut on_disk);
        for rel in on_disk {
            if !self.files.contains_key(&rel) {
                stale.push(rel);
            }
        }
        stale.sort();
        stale
    }
}

fn list_files(root: &Path, rel: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(root.join(rel)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let rel = rel.join(&name);
        match entry.file_type() {
            Ok(t) if t.is_dir() => list_files(root, &rel, out),
            Ok(_) => out.push(rel),
            Err(_) => {}
        }
    }
}
