//! `cargo xtask fetch-specs`: fill `specs/fetched/` with the pinned schemas.
//!
//! Each file comes from `$AUTHENTIK_SPECS_MIRROR/<file>` when that variable
//! is set (a local folder with the same file names), otherwise from the
//! manifest URL through `curl` (no TLS stack is linked into the xtask). The
//! bytes land in a temporary file in the same folder, their sha256 is checked,
//! and only then is the file renamed into place, so `specs/fetched/` never
//! holds a partial or unverified schema.

use std::ffi::OsString;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{anyhow, bail, Context as _};
use sha2::{Digest as _, Sha256};

use crate::manifest::{Manifest, Spec, FETCHED_DIR};

/// Environment variable naming a local folder to copy the specs from.
pub const MIRROR_ENV: &str = "AUTHENTIK_SPECS_MIRROR";

/// Ensure every manifest entry is present in `specs/fetched/` with the right
/// hash, fetching what is missing or wrong (everything with `force`).
/// Prints one line per spec. All entries are tried; the failures are
/// reported together.
pub fn fetch_specs(manifest: &Manifest, force: bool) -> anyhow::Result<()> {
    let dir = Path::new(FETCHED_DIR);
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mirror = std::env::var_os(MIRROR_ENV).filter(|m| !m.is_empty());
    let mut failures = Vec::new();
    for spec in &manifest.specs {
        match fetch_one(spec, mirror.as_ref(), force) {
            Ok(line) => println!("{}: {line}", spec.file),
            Err(e) => {
                println!("{}: FAILED", spec.file);
                failures.push(format!("{e:#}"));
            }
        }
    }
    match failures.len() {
        0 => Ok(()),
        1 => Err(anyhow!(failures.remove(0))),
        n => Err(anyhow!(
            "{n} specs could not be fetched:\n  {}",
            failures.join("\n  ")
        )),
    }
}

/// Fetch one spec; returns what was done, for the progress line.
fn fetch_one(spec: &Spec, mirror: Option<&OsString>, force: bool) -> anyhow::Result<String> {
    let dest = spec.fetched_path();
    let mut reason = "fetched";
    if dest.exists() {
        let actual = sha256_file(&dest)?;
        if actual == spec.sha256 && !force {
            return Ok("present, sha256 ok".to_string());
        }
        reason = if actual == spec.sha256 {
            "fetched again (--force)"
        } else {
            "replaced (sha256 differed)"
        };
    }

    let tmp = TempFile(dest.with_file_name(format!(".{}.staging", spec.file)));
    tmp.clear()?;
    let source = match mirror {
        Some(mirror) => {
            let from = Path::new(mirror).join(&spec.file);
            copy_file(&from, &tmp.0).with_context(|| {
                format!(
                    "{}: cannot copy from {} ({MIRROR_ENV})",
                    spec.file,
                    from.display()
                )
            })?;
            from.display().to_string()
        }
        None => {
            download(&spec.url, &tmp.0)
                .with_context(|| format!("{}: download failed", spec.file))?;
            spec.url.clone()
        }
    };

    let actual = sha256_file(&tmp.0)?;
    if actual != spec.sha256 {
        bail!(
            "{}: sha256 mismatch (from {source}): expected {}, actual {actual}",
            spec.file,
            spec.sha256
        );
    }
    std::fs::rename(&tmp.0, &dest)
        .with_context(|| format!("cannot move {} to {}", tmp.0.display(), dest.display()))?;
    Ok(format!("{reason} from {source}, sha256 ok"))
}

/// Copy the bytes only (a mirror may hold read-only files; the copy must not
/// inherit that).
fn copy_file(from: &Path, to: &Path) -> io::Result<()> {
    let mut input = File::open(from)?;
    let mut output = File::create(to)?;
    io::copy(&mut input, &mut output)?;
    output.sync_all()
}

/// `curl -fsSL --max-time 120 -o <to> <url>`.
fn download(url: &str, to: &Path) -> anyhow::Result<()> {
    let status = Command::new("curl")
        .args(["-fsSL", "--max-time", "120", "-o"])
        .arg(to)
        .arg(url)
        .status()
        .map_err(|e| {
            anyhow!("cannot run curl ({e}); install curl or set {MIRROR_ENV} to a folder holding the specs")
        })?;
    if !status.success() {
        bail!("curl {url} exited with {status}");
    }
    Ok(())
}

/// Lowercase hex sha256 of a file's content.
pub fn sha256_file(path: &Path) -> anyhow::Result<String> {
    let mut file = File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut hasher = Sha256::new();
    io::copy(&mut file, &mut hasher).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(hex(&hasher.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// A temporary file removed on drop (after a successful rename it is gone
/// already and the removal is a no-op).
struct TempFile(PathBuf);

impl TempFile {
    /// Remove a leftover from an interrupted run.
    fn clear(&self) -> anyhow::Result<()> {
        match std::fs::remove_file(&self.0) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e).with_context(|| format!("cannot remove {}", self.0.display())),
        }
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_like_sha256sum() {
        let dir = std::env::temp_dir().join(format!("xtask-hash-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("abc");
        std::fs::write(&path, b"abc").unwrap();
        assert_eq!(
            sha256_file(&path).unwrap(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
