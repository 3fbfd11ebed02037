//! Per-tag cargo features of the generated crate: each tag's client module
//! and the models only some tags use are compiled only when one of those
//! tags' features is on, so a crate that uses two tags compiles a fraction
//! of the code. Models that every tag (or no operation) uses are always on.

use crate::ir::Api;
use crate::normalize::prune::tags_per_type;
use proc_macro2::TokenStream;
use quote::quote;

/// The features of a generated crate and the `#[cfg]` of each type.
#[derive(Clone, Debug, Default)]
pub struct TagFeatures {
    /// Every tag, sorted; each is a feature of the same name.
    pub tags: Vec<String>,
    /// For each type (arena index), the tags that need it; empty means
    /// "always compiled".
    per_type: Vec<Vec<String>>,
}

impl TagFeatures {
    /// No per-tag gating (`all-tags` is then an empty feature): for module
    /// output and for crates included as modules of another crate.
    pub fn disabled() -> Self {
        TagFeatures::default()
    }

    pub fn new(api: &Api) -> Self {
        let mut tags: Vec<String> = api
            .operations
            .iter()
            .map(|o| feature_name(&o.tag))
            .collect();
        tags.sort();
        tags.dedup();
        let per_type = tags_per_type(api)
            .into_iter()
            .map(|used| {
                let used: Vec<String> = used.iter().map(|t| feature_name(t)).collect();
                if used.len() == tags.len() {
                    Vec::new()
                } else {
                    used
                }
            })
            .collect();
        TagFeatures { tags, per_type }
    }

    /// The `[features]` lines for the tags: `all-tags` and one per tag.
    pub fn cargo_features(&self) -> String {
        let quoted: Vec<String> = self.tags.iter().map(|t| format!("\"{t}\"")).collect();
        let mut out = format!(
            "# Every tag. Turn default features off and pick tags to compile less.\nall-tags = [{}]\n",
            quoted.join(", ")
        );
        for tag in &self.tags {
            out.push_str(&format!("{tag} = []\n"));
        }
        out
    }

    /// `#[cfg(any(feature = "a", ...))]` for a type, or nothing.
    pub fn cfg_type(&self, index: usize) -> TokenStream {
        cfg_any(
            self.per_type
                .get(index)
                .map(Vec::as_slice)
                .unwrap_or_default(),
        )
    }

    /// `#[cfg(feature = "tag")]` for a tag's code.
    pub fn cfg_tag(&self, tag: &str) -> Cfg {
        if self.tags.is_empty() {
            return Cfg::default();
        }
        Cfg(vec![feature_name(tag)])
    }
}

/// A `#[cfg]` as data: compiled when any of these features is on, always
/// when there are none. Plain strings, so a plan holding it can be shared
/// between the threads that render it; written as tokens by [`quote::ToTokens`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cfg(pub Vec<String>);

impl Cfg {
    /// Always compiled (no `#[cfg]`).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl quote::ToTokens for Cfg {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(cfg_any(&self.0));
    }
}

fn cfg_any(features: &[String]) -> TokenStream {
    match features {
        [] => TokenStream::new(),
        [one] => quote!(#[cfg(feature = #one)]),
        many => quote!(#[cfg(any(#(feature = #many),*))]),
    }
}

/// Features the generated crate has besides the tags.
pub(crate) const RESERVED: &[&str] = &[
    "default",
    "client",
    "server",
    "rustls-tls",
    "native-tls",
    "test-dispatch",
    "all-tags",
];

/// A cargo feature name for a tag (letters, digits, `-`, `_`).
pub fn feature_name(tag: &str) -> String {
    let name: String = tag
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if name.is_empty()
        || !name.starts_with(|c: char| c.is_ascii_alphanumeric())
        || RESERVED.contains(&name.as_str())
    {
        format!("tag-{name}")
    } else {
        name
    }
}
