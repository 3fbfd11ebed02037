//! `specs/manifest.toml`: the pinned upstream schemas, oldest first.
//!
//! ```toml
//! [[spec]]
//! version = "2024.8.3"
//! file = "2024.8.3.yml"
//! url = "https://…/schema.yml"
//! sha256 = "7f8e…"
//! ```

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _};
use serde::Deserialize;

/// Path of the manifest, relative to the workspace root.
pub const MANIFEST_PATH: &str = "specs/manifest.toml";

/// Folder the pinned specs are fetched into, relative to the workspace root
/// (git-ignored).
pub const FETCHED_DIR: &str = "specs/fetched";

/// The whole manifest.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The pinned specs, oldest first.
    #[serde(rename = "spec", default)]
    pub specs: Vec<Spec>,
}

/// One pinned upstream schema.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// authentik version (`info.version` of the schema).
    pub version: String,
    /// File name below `specs/fetched/` (and below a mirror folder).
    pub file: String,
    /// Where to download it from.
    pub url: String,
    /// Expected sha256 of the file, lowercase hex.
    pub sha256: String,
}

impl Spec {
    /// Where the fetched file lives, relative to the workspace root.
    pub fn fetched_path(&self) -> PathBuf {
        Path::new(FETCHED_DIR).join(&self.file)
    }
}

impl Manifest {
    /// Read and validate the manifest at `path`.
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let manifest: Manifest = toml::from_str(&text)
            .with_context(|| format!("{}: invalid manifest", path.display()))?;
        manifest
            .validate()
            .with_context(|| format!("{}: invalid manifest", path.display()))?;
        Ok(manifest)
    }

    fn validate(&self) -> anyhow::Result<()> {
        if self.specs.is_empty() {
            bail!("no [[spec]] entry");
        }
        let mut files = HashSet::new();
        for spec in &self.specs {
            let file = spec.file.as_str();
            if file.is_empty()
                || file.starts_with('.')
                || file.contains(['/', '\\'])
                || file.chars().any(char::is_control)
            {
                bail!(
                    "spec {}: `file` must be a plain file name, got {file:?}",
                    spec.version
                );
            }
            if !files.insert(file) {
                bail!("spec {}: file {file:?} is listed twice", spec.version);
            }
            if spec.sha256.len() != 64
                || !spec
                    .sha256
                    .bytes()
                    .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
            {
                bail!(
                    "spec {}: `sha256` must be 64 lowercase hex digits, got {:?}",
                    spec.version,
                    spec.sha256
                );
            }
            if !spec.url.starts_with("https://") {
                bail!(
                    "spec {}: `url` must be an https URL, got {:?}",
                    spec.version,
                    spec.url
                );
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> anyhow::Result<Manifest> {
        let manifest: Manifest = toml::from_str(text)?;
        manifest.validate()?;
        Ok(manifest)
    }

    const ENTRY: &str = r#"
[[spec]]
version = "1.0"
file = "1.0.yml"
url = "https://example.invalid/1.0.yml"
sha256 = "7f8e7b4431b27cbb7d30d675c417a1588e2930ce1306da9baa85896ce9fdb14e"
"#;

    #[test]
    fn repository_manifest_is_valid_and_ordered() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(MANIFEST_PATH);
        let manifest = Manifest::load(&path).unwrap();
        let versions: Vec<&str> = manifest.specs.iter().map(|s| s.version.as_str()).collect();
        assert_eq!(
            versions,
            ["2024.8.3", "2024.12.1", "2025.6.2", "2026.11.0-rc1"]
        );
        for spec in &manifest.specs {
            assert_eq!(spec.file, format!("{}.yml", spec.version));
        }
    }

    #[test]
    fn accepts_a_valid_entry() {
        let manifest = parse(ENTRY).unwrap();
        assert_eq!(
            manifest.specs[0].fetched_path(),
            Path::new("specs/fetched/1.0.yml")
        );
    }

    #[test]
    fn rejects_bad_entries() {
        assert!(parse("").is_err(), "empty manifest");
        assert!(parse(&format!("{ENTRY}{ENTRY}")).is_err(), "duplicate file");
        assert!(
            parse(&ENTRY.replace("1.0.yml\"", "../x.yml\"")).is_err(),
            "path in file"
        );
        assert!(
            parse(&ENTRY.replace("7f8e", "7F8E")).is_err(),
            "uppercase hash"
        );
        assert!(parse(&ENTRY.replace("7f8e", "7f8")).is_err(), "short hash");
        assert!(
            parse(&ENTRY.replace("https://", "http://")).is_err(),
            "plain http"
        );
        assert!(
            parse(&format!("{ENTRY}extra = 1\n")).is_err(),
            "unknown field"
        );
    }
}
