//! Fuzz target of the MDX front-end: page reader, assembler and lowering.
//!
//! The first byte picks what the rest is:
//! - `0 mod 3`: page files, separated by two NUL bytes (at most 4): the
//!   front matter reader, base64 and zlib see the raw bytes;
//! - `1 mod 3`: JSON: one operation, or an array of operations; each is
//!   compressed and wrapped in a page (shape picked by the first byte), so
//!   the fuzzer works on the assembler and the lowering;
//! - `2 mod 3`: the inflated text of one blob, compressed into a page: JSON
//!   syntax errors, odd operations, zlib of anything.
//!
//! Every input must be read without panicking, within the limits below.

#![no_main]

use authentik_codegen::__private::mdx::{self, MdxLimits};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;

#[path = "../../generator/tests/mdx_support/mod.rs"]
mod mdx_support;

use mdx_support::{encode_bytes, page, page_with_blob, Form};

const LIMITS: MdxLimits = MdxLimits {
    max_page_bytes: 1 << 20,
    max_inflated_page_bytes: 1 << 20,
    max_inflated_total_bytes: 4 << 20,
};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let form = Form::ALL[usize::from(mode / 3) % Form::ALL.len()];
    let pages: Vec<(PathBuf, Vec<u8>)> = match mode % 3 {
        0 => split_pages(rest)
            .into_iter()
            .take(4)
            .enumerate()
            .map(|(n, bytes)| (PathBuf::from(format!("page{n}.api.mdx")), bytes))
            .collect(),
        1 => {
            let Ok(value) = serde_json::from_slice::<serde_json::Value>(rest) else {
                return;
            };
            let ops = match value {
                serde_json::Value::Array(items) => items,
                other => vec![other],
            };
            ops.iter()
                .take(8)
                .enumerate()
                .map(|(n, op)| {
                    (
                        PathBuf::from(format!("page{n}.api.mdx")),
                        page(op, form).into_bytes(),
                    )
                })
                .collect()
        }
        _ => vec![(
            PathBuf::from("page.api.mdx"),
            page_with_blob("x", "get", "/x/", &encode_bytes(rest), form).into_bytes(),
        )],
    };
    if let Ok(doc) = mdx::load_pages_from_memory(&pages, &LIMITS) {
        let _ = mdx::lower(&doc);
    }
});

/// Pages separated by two NUL bytes.
fn split_pages(bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut pages = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == 0 && bytes[i + 1] == 0 {
            pages.push(bytes[start..i].to_vec());
            start = i + 2;
            i += 2;
        } else {
            i += 1;
        }
    }
    pages.push(bytes[start..].to_vec());
    pages
}
