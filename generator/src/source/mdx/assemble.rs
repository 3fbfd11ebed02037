//! Reading pages one by one into a growing document: the per-page pipeline
//! (front matter -> blob -> JSON -> operation -> rewritten schemas), the
//! checks across pages (duplicate `operationId`s and routes, the total
//! inflation budget) and the page-level extras shared by all pages.
//!
//! A failing page is recorded and the next one is read, so one run reports
//! every bad page. Only the total budget stops the run early: once spent,
//! the remaining pages are not read (and counted in the error).

use super::document::{self, Shared};
use super::front_matter::{self, syntax, Form};
use super::inflate::{self, Cap};
use super::operation::{self, PageOperation};
use super::plain;
use super::schemas::{PageCx, Registry};
use super::{MdxDocument, MdxLimits};
use crate::Error;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub(super) struct Assembler<'l> {
    limits: &'l MdxLimits,
    /// Inflated bytes so far.
    inflated: u64,
    /// Pages read successfully; a page's index is its position here.
    pages: Vec<PathBuf>,
    operations: Vec<(PageOperation, usize)>,
    registry: Registry,
    shared: Shared,
    /// operationId -> page.
    ids: BTreeMap<String, usize>,
    /// (path, method) -> page.
    routes: BTreeMap<(String, &'static str), usize>,
    errors: Vec<Error>,
    /// Set when the total budget is spent.
    exhausted: bool,
}

impl<'l> Assembler<'l> {
    pub fn new(limits: &'l MdxLimits) -> Self {
        Assembler {
            limits,
            inflated: 0,
            pages: Vec::new(),
            operations: Vec::new(),
            registry: Registry::default(),
            shared: Shared::default(),
            ids: BTreeMap::new(),
            routes: BTreeMap::new(),
            errors: Vec::new(),
            exhausted: false,
        }
    }

    /// Whether the total budget is spent (read no more pages).
    pub fn exhausted(&self) -> bool {
        self.exhausted
    }

    /// Record an error found outside the pipeline (reading the file).
    pub fn fail(&mut self, error: Error) {
        self.errors.push(error);
    }

    /// Read one page.
    pub fn add_page(&mut self, path: &Path, bytes: &[u8]) {
        if let Err(error) = self.read(path, bytes) {
            self.errors.push(error);
        }
    }

    fn read(&mut self, path: &Path, bytes: &[u8]) -> Result<(), Error> {
        let text = utf8(path, bytes)?;
        let blob = front_matter::find_blob(path, text)?;
        let left = self
            .limits
            .max_inflated_total_bytes
            .saturating_sub(self.inflated);
        let cap = if left < self.limits.max_inflated_page_bytes {
            Cap::Total(left)
        } else {
            Cap::Page(self.limits.max_inflated_page_bytes)
        };
        let spent = |this: &mut Self| {
            if matches!(cap, Cap::Total(_)) {
                this.exhausted = true;
            }
        };
        let value = if blob.form == Form::Base64 {
            let compressed = inflate::base64(path, &blob)?;
            let inflated =
                inflate::zlib(path, &blob, &compressed, cap).inspect_err(|_| spent(self))?;
            drop(compressed);
            self.inflated = self.inflated.saturating_add(inflated.len() as u64);
            inflate::json(path, &blob, &inflated)?
        } else {
            let size = plain::size(path, &blob, cap).inspect_err(|_| spent(self))?;
            self.inflated = self.inflated.saturating_add(size);
            plain::json(path, &blob, text)?
        };
        let mut op = operation::split(path, value)?;

        let index = self.pages.len();
        if let Some(&first) = self.ids.get(&op.id) {
            return Err(Error::spec(
                path,
                "/operationId",
                format!(
                    "duplicate operationId {:?}: {} has it too",
                    op.id,
                    self.pages[first].display()
                ),
            ));
        }
        let route = (op.path.clone(), op.method);
        if let Some(&first) = self.routes.get(&route) {
            return Err(Error::spec(
                path,
                "/path",
                format!(
                    "{} {} is also the operation of {}",
                    op.method.to_ascii_uppercase(),
                    op.path,
                    self.pages[first].display()
                ),
            ));
        }
        let mut errors = Vec::new();
        let mut page = PageCx {
            index,
            path,
            errors: &mut errors,
        };
        self.registry.rewrite_operation(&mut op.body, &mut page);
        self.pages.push(path.to_path_buf());
        self.ids.insert(op.id.clone(), index);
        self.routes.insert(route, index);
        self.shared.add(&mut op, index);
        if errors.is_empty() {
            self.operations.push((op, index));
        } else {
            self.errors.append(&mut errors);
        }
        Ok(())
    }

    /// Finish the document; `label` names it in messages.
    pub fn finish(mut self, label: PathBuf) -> Result<MdxDocument, Error> {
        if self.pages.is_empty() && self.errors.is_empty() {
            return Err(Error::Config("no MDX page to read".into()));
        }
        let mut warnings = Vec::new();
        let named = self.registry.finish(&self.pages, &mut warnings);
        let built = document::build(
            named,
            self.operations,
            self.shared,
            &self.pages,
            label,
            &mut warnings,
        );
        self.errors.extend(built.errors);
        crate::error::collapse(self.errors)?;
        Ok(MdxDocument {
            openapi: built.openapi,
            warnings,
            pages: self.pages.len(),
            origins: built.origins,
        })
    }
}

/// A page as text; invalid UTF-8 is located like a syntax error.
fn utf8<'b>(path: &Path, bytes: &'b [u8]) -> Result<&'b str, Error> {
    std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        syntax(path, line, column, "not valid UTF-8")
    })
}
