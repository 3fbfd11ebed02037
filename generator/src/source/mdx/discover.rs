//! Finding the pages: inputs (files or folders) -> a sorted, deduplicated
//! list of page files.
//!
//! A file given by name is read whatever it is called (seed copies end in
//! `.txt`). A folder is searched recursively for `*.api.mdx`; everything
//! else there (`authentik.info.mdx`, `sidebar.ts`, READMEs) is skipped.
//! Symbolic links to folders are not followed, so a link cycle cannot make
//! the walk endless.

use crate::Error;
use std::path::{Path, PathBuf};

/// The suffix of operation pages.
pub(super) const PAGE_SUFFIX: &str = ".api.mdx";

/// Every page named by `inputs`, sorted by path. Missing inputs and folders
/// without pages are errors; all of them are reported together.
pub(super) fn pages(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    if inputs.is_empty() {
        return Err(Error::Config(
            "no MDX input: give at least one page or folder".into(),
        ));
    }
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        let io = |source| Error::Io {
            path: input.clone(),
            source,
        };
        match std::fs::metadata(input) {
            Ok(meta) if meta.is_dir() => {
                let before = files.len();
                walk(input, &mut files, &mut errors);
                if files.len() == before {
                    errors.push(io(std::io::Error::new(
                        std::io::ErrorKind::NotFound,
                        format!("no *{PAGE_SUFFIX} page in this folder"),
                    )));
                }
            }
            Ok(_) => files.push(input.clone()),
            Err(source) => errors.push(io(source)),
        }
    }
    crate::error::collapse(errors)?;
    files.sort();
    files.dedup();
    Ok(files)
}

/// Depth-first walk with an explicit stack (no recursion on folder depth).
fn walk(root: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<Error>) {
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(source) => {
                errors.push(Error::Io { path: dir, source });
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(source) => {
                    errors.push(Error::Io {
                        path: dir.clone(),
                        source,
                    });
                    continue;
                }
            };
            let path = entry.path();
            // `file_type` does not follow symbolic links.
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                stack.push(path);
            } else if is_page(&path) && !is_link_to_dir(&path, kind) {
                files.push(path);
            }
        }
    }
}

fn is_page(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with(PAGE_SUFFIX) && n.len() > PAGE_SUFFIX.len())
}

fn is_link_to_dir(path: &Path, kind: std::fs::FileType) -> bool {
    kind.is_symlink() && std::fs::metadata(path).is_ok_and(|m| m.is_dir())
}
