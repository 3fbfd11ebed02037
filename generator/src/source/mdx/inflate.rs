//! Decoding a blob: base64 -> zlib -> JSON, with a hard cap on the
//! inflated size.
//!
//! The cap is enforced while inflating (the output buffer never grows past
//! it), so a zip bomb costs at most the cap in memory. A stream that ends
//! before its end marker, or whose Adler-32 checksum is wrong, is an error:
//! a truncated page must not silently yield a shorter operation.

use super::front_matter::{is_base64_byte, Blob};
use crate::Error;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine as _;
use flate2::{Decompress, FlushDecompress, Status};
use std::path::Path;

/// Standard alphabet; padding optional (wrapped or scraped copies sometimes
/// lose it).
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// Output buffer growth step while inflating.
const CHUNK: usize = 256 * 1024;

/// Which cap an inflation ran into.
#[derive(Clone, Copy, Debug)]
pub(super) enum Cap {
    /// `MdxLimits::max_inflated_page_bytes`.
    Page(u64),
    /// What is left of `MdxLimits::max_inflated_total_bytes`.
    Total(u64),
}

impl Cap {
    pub(super) fn bytes(self) -> u64 {
        match self {
            Cap::Page(n) | Cap::Total(n) => n,
        }
    }
}

/// Base64 text -> compressed bytes. Errors point at the offending character.
pub(super) fn base64(path: &Path, blob: &Blob) -> Result<Vec<u8>, Error> {
    if let Some((offset, c)) = blob
        .text
        .char_indices()
        .find(|(_, c)| !c.is_ascii() || !is_base64_byte(*c as u8))
    {
        return Err(blob.error_at(
            path,
            offset,
            format!("`api:` blob: {c:?} is not a base64 character"),
        ));
    }
    BASE64.decode(blob.text.as_bytes()).map_err(|e| match e {
        base64::DecodeError::InvalidByte(offset, byte) => blob.error_at(
            path,
            offset,
            format!("`api:` blob: invalid base64 byte {:?}", byte as char),
        ),
        base64::DecodeError::InvalidLastSymbol(offset, _) => blob.error_at(
            path,
            offset,
            "`api:` blob: invalid last base64 symbol (truncated?)",
        ),
        base64::DecodeError::InvalidLength(length) => blob.error(
            path,
            format!(
                "`api:` blob: {length} base64 characters cannot encode whole bytes (truncated?)"
            ),
        ),
        base64::DecodeError::InvalidPadding => {
            blob.error(path, "`api:` blob: invalid base64 padding")
        }
    })
}

/// Inflate a zlib stream into at most `cap` bytes.
pub(super) fn zlib(path: &Path, blob: &Blob, input: &[u8], cap: Cap) -> Result<Vec<u8>, Error> {
    match input {
        [cmf, flg, ..]
            if cmf & 0x0f == 8 && (u16::from(*cmf) * 256 + u16::from(*flg)) % 31 == 0 => {}
        _ => {
            return Err(blob.error(
                path,
                "`api:` blob: not a zlib stream (a page's blob starts with `eJ`)",
            ))
        }
    }
    let limit = cap.bytes();
    let mut inflater = Decompress::new(true);
    let mut out: Vec<u8> = Vec::new();
    loop {
        if out.len() == out.capacity() {
            if out.len() as u64 > limit {
                return Err(too_large(path, blob, cap));
            }
            // Room for at most one byte past the cap, to detect passing it.
            let room = limit
                .saturating_add(1)
                .saturating_sub(out.len() as u64)
                .min(CHUNK as u64) as usize;
            out.reserve_exact(room);
        }
        let consumed = usize::try_from(inflater.total_in()).unwrap_or(usize::MAX);
        let rest = input.get(consumed..).unwrap_or_default();
        let (before_in, before_out) = (inflater.total_in(), inflater.total_out());
        let status = inflater
            .decompress_vec(rest, &mut out, FlushDecompress::None)
            .map_err(|e| blob.error(path, format!("`api:` blob: corrupt zlib stream: {e}")))?;
        if out.len() as u64 > limit {
            return Err(too_large(path, blob, cap));
        }
        match status {
            Status::StreamEnd => return Ok(out),
            Status::Ok | Status::BufError => {
                let stalled =
                    inflater.total_in() == before_in && inflater.total_out() == before_out;
                if stalled && out.len() < out.capacity() {
                    return Err(blob.error(
                        path,
                        format!(
                            "`api:` blob: the zlib stream ends early (truncated after {} \
                             inflated bytes)",
                            out.len()
                        ),
                    ));
                }
            }
        }
    }
}

fn too_large(path: &Path, blob: &Blob, cap: Cap) -> Error {
    let message = match cap {
        Cap::Page(limit) => format!(
            "`api:` blob inflates to more than {limit} bytes, the limit for one page \
             (MdxLimits::max_inflated_page_bytes)"
        ),
        Cap::Total(left) => format!(
            "`api:` blob inflates to more than the {left} bytes left of the limit for all \
             pages together (MdxLimits::max_inflated_total_bytes); the pages after this one \
             are not read"
        ),
    };
    blob.error(path, message)
}

/// Inflated bytes -> JSON.
pub(super) fn json(path: &Path, blob: &Blob, bytes: &[u8]) -> Result<serde_json::Value, Error> {
    serde_json::from_slice(bytes).map_err(|e| {
        blob.error(
            path,
            format!("`api:` blob: the inflated text is not JSON ({e}, in the inflated text)"),
        )
    })
}
