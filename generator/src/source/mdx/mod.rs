//! The MDX front-end: rebuild an OpenAPI document from authentik's
//! API-reference pages (one `*.api.mdx` page per operation, written by
//! `docusaurus-plugin-openapi-docs`) and lower it into the IR.
//!
//! A page's front matter holds the whole operation in `api:`, as base64 of
//! zlib-compressed JSON (or, as authentik's site is built today, the JSON
//! itself) with every schema inlined and named only by `title`.
//! The pipeline, one module per step:
//!
//! 1. `discover`: the inputs (files, or folders searched recursively for
//!    `*.api.mdx`) -> a sorted list of pages;
//! 2. `front_matter`: page text -> the `api:` blob. Accepted: the raw page,
//!    a copy scraped from a web code view (header lines such as `708 lines`,
//!    every source line followed by lines holding only `|`), CRLF line
//!    endings, a byte-order mark, and a blob wrapped over several lines
//!    (plain, indented, quoted or YAML block-scalar continuation lines);
//! 3. `inflate`: base64 -> zlib (capped per page and in total, see
//!    [`MdxLimits`]) -> JSON; or `plain`: the value as JSON or YAML (the
//!    plugin's `disableCompression` writes `api: {"operationId":...}`),
//!    under the same caps;
//! 4. `operation`: JSON -> one operation (`method`, `path`, `operationId`,
//!    `responses` required) plus the page-level `servers`,
//!    `securitySchemes` and `info`;
//! 5. `schemas`: inlined schemas -> `#/components/schemas/*` with `$ref`s
//!    at the use sites (the naming rule is documented there);
//! 6. `assemble` / `document`: all pages -> one `openapiv3::OpenAPI`, then
//!    the OpenAPI front-end's lowering ([`lower`]); errors found while
//!    lowering are mapped back to the page and the JSON pointer inside its
//!    blob.
//!
//! Errors name the page: `file:line:column` for everything up to the JSON
//! (the line is the `api:` line of the page), `file#/pointer` (a JSON
//! pointer into the decoded blob) after that. Every page is read even when
//! some fail; one error is returned as is, several as [`Error::Many`].

mod assemble;
mod discover;
mod document;
mod front_matter;
mod inflate;
mod operation;
mod plain;
mod schemas;

use crate::{ir, Error};
use std::path::PathBuf;

/// Caps on what the MDX front-end reads, so that no input can exhaust memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MdxLimits {
    /// Largest page file read, in bytes (16 MiB by default).
    pub max_page_bytes: u64,
    /// Largest JSON one `api:` blob may inflate to, in bytes (16 MiB by default).
    pub max_inflated_page_bytes: u64,
    /// Largest total of inflated JSON over all pages, in bytes (512 MiB by default).
    pub max_inflated_total_bytes: u64,
}

impl Default for MdxLimits {
    fn default() -> Self {
        MdxLimits {
            max_page_bytes: 16 * 1024 * 1024,
            max_inflated_page_bytes: 16 * 1024 * 1024,
            max_inflated_total_bytes: 512 * 1024 * 1024,
        }
    }
}

/// The OpenAPI document rebuilt from a set of pages.
#[derive(Clone, Debug)]
pub struct MdxDocument {
    /// Paths from the pages; components from the schema titles.
    pub openapi: openapiv3::OpenAPI,
    /// Things the reader repaired or could not decide alone (a title with
    /// several shapes, pages that disagree on `servers`, ...), in a
    /// deterministic order.
    pub warnings: Vec<String>,
    /// How many pages were read.
    pub pages: usize,
    /// Where each part of `openapi` came from, to locate lowering errors.
    origins: document::Origins,
}

/// Read pages (files, or folders searched recursively for `*.api.mdx`) and
/// rebuild the OpenAPI document they were generated from.
pub fn load_pages(inputs: &[PathBuf], limits: &MdxLimits) -> Result<MdxDocument, Error> {
    let files = discover::pages(inputs)?;
    let mut assembler = assemble::Assembler::new(limits);
    for file in &files {
        // `read_limited` reads one byte past the limit to detect growth.
        match super::read_limited(file, limits.max_page_bytes.min(u64::MAX - 1)) {
            Ok(bytes) => assembler.add_page(file, &bytes),
            Err(error) => assembler.fail(error),
        }
        if assembler.exhausted() {
            break;
        }
    }
    assembler.finish(label(inputs))
}

/// [`load_pages`] for pages held in memory: `(name used in messages, bytes)`,
/// read in the order given. (The order decides which of two shapes under
/// one title keeps the plain name; [`load_pages`] reads in path order.)
pub fn load_pages_from_memory(
    pages: &[(PathBuf, Vec<u8>)],
    limits: &MdxLimits,
) -> Result<MdxDocument, Error> {
    let mut assembler = assemble::Assembler::new(limits);
    for (path, bytes) in pages {
        if bytes.len() as u64 > limits.max_page_bytes {
            assembler.fail(Error::TooLarge {
                path: path.clone(),
                size: bytes.len() as u64,
                limit: limits.max_page_bytes,
            });
        } else {
            assembler.add_page(path, bytes);
        }
        if assembler.exhausted() {
            break;
        }
    }
    let names: Vec<PathBuf> = pages.iter().map(|(p, _)| p.clone()).collect();
    assembler.finish(label(&names))
}

/// Lower a rebuilt document into the IR (the OpenAPI front-end's lowering).
/// Errors point at the page, and into its blob, that the offending schema
/// or operation came from.
pub fn lower(doc: &MdxDocument) -> Result<ir::Api, Error> {
    super::openapi::lower(doc.origins.label(), &doc.openapi).map_err(|e| doc.origins.locate(e))
}

/// Read pages, rebuild the document and lower it: the IR and the warnings.
pub fn load(inputs: &[PathBuf], limits: &MdxLimits) -> Result<(ir::Api, Vec<String>), Error> {
    let doc = load_pages(inputs, limits)?;
    let api = lower(&doc)?;
    Ok((api, doc.warnings))
}

/// The name used for the document as a whole in messages.
fn label(inputs: &[PathBuf]) -> PathBuf {
    match inputs {
        [one] => one.clone(),
        _ => PathBuf::from("<mdx pages>"),
    }
}
