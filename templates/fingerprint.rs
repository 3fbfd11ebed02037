//! The runtime's fingerprint: a hash of its files, computed by the runtime
//! crate's build script over `runtime/` and by the generator over the copy
//! it embeds. Module output asserts at compile time that the runtime crate
//! it is built with has the fingerprint of the generator that wrote it, so
//! mixing a generator and a runtime of different checkouts is one clear
//! error instead of many obscure ones.

/// FNV-1a (64 bits) over each file's path (relative to `runtime/`, `/`
/// separated) and content, in path order; `\r` bytes are left out, so a
/// checkout with CRLF line ends gives the same value.
pub fn fingerprint<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut files: Vec<(&str, &str)> = files.into_iter().collect();
    files.sort_unstable();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (path, content) in files {
        let bytes = path
            .bytes()
            .chain([0])
            .chain(content.bytes().filter(|b| *b != b'\r'))
            .chain([0]);
        for byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}
