//! Positions of nodes in a YAML text.
//!
//! `serde_yaml::Value` keeps no positions, so a problem found while
//! applying a blueprint is first recorded as a [`Path`] from the document's
//! root (`entries[3].attrs.flow`, into a tag's argument ...). [`locate`]
//! then walks the text again with a deserializer that fails on purpose at
//! that node: serde_yaml attaches the position of the node it was reading
//! to the error, which gives the node's line and column.

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, VariantAccess};
use serde::de::{MapAccess, SeqAccess, Visitor};
use std::fmt;

/// One step from a node to a child.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The value of a mapping key.
    Key(String),
    /// A sequence item.
    Index(usize),
    /// The argument of a tagged node (`!KeyOf x` -> `x`).
    Tag,
}

/// A node's path from the root of the document.
pub type Path = Vec<Step>;

const MARKER: &str = "authentik-fake: the located node";

/// The 1-based line and column of the node at `path` in `text`, if the
/// node is there.
pub fn locate(text: &str, path: &[Step]) -> Option<(usize, usize)> {
    let de = serde_yaml::Deserializer::from_str(text);
    match Finder(path).deserialize(de) {
        Err(e) if e.to_string().contains(MARKER) => e.location().map(|l| (l.line(), l.column())),
        _ => None,
    }
}

/// Fails at the node `0` names (an empty path: the node it is given).
struct Finder<'p>(&'p [Step]);

impl<'de> DeserializeSeed<'de> for Finder<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Finder<'_> {
    fn here<E: de::Error>(&self) -> Result<(), E> {
        if self.0.is_empty() {
            Err(E::custom(MARKER))
        } else {
            Ok(())
        }
    }
}

impl<'de> Visitor<'de> for Finder<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML node")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.here()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.here()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.here()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.here()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.here()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.here()
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.here()
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.here()?;
        let mut i = 0;
        loop {
            let found = match self.0.split_first() {
                Some((Step::Index(n), rest)) if *n == i => seq.next_element_seed(Finder(rest))?,
                _ => seq.next_element::<IgnoredAny>()?.map(|_| ()),
            };
            if found.is_none() {
                return Ok(());
            }
            i += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.here()?;
        while let Some(key) = map.next_key::<serde_yaml::Value>()? {
            match self.0.split_first() {
                Some((Step::Key(k), rest)) if key_text(&key).as_deref() == Some(k.as_str()) => {
                    map.next_value_seed(Finder(rest))?
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        self.here()?;
        let (_tag, variant) = data.variant::<IgnoredAny>()?;
        match self.0.split_first() {
            Some((Step::Tag, rest)) => variant.newtype_variant_seed(Finder(rest)),
            _ => variant.newtype_variant::<IgnoredAny>().map(|_| ()),
        }
    }
}

/// A mapping key as text (`true`, `1` and strings; nothing for others).
pub fn key_text(key: &serde_yaml::Value) -> Option<String> {
    match key {
        serde_yaml::Value::String(s) => Some(s.clone()),
        serde_yaml::Value::Bool(b) => Some(b.to_string()),
        serde_yaml::Value::Number(n) => Some(n.to_string()),
        serde_yaml::Value::Null => Some("null".into()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
version: 1
entries:
  - model: a.b
    attrs:
      x: !KeyOf foo
      list: [1, !Find [m, [f, v]]]
  - model: c.d
";

    #[test]
    fn finds_nodes() {
        let key = |s: &str| Step::Key(s.into());
        assert_eq!(locate(TEXT, &[]), Some((1, 1)));
        assert_eq!(locate(TEXT, &[key("entries")]), Some((3, 3)));
        assert_eq!(
            locate(TEXT, &[key("entries"), Step::Index(1)]),
            Some((7, 5))
        );
        let x = [key("entries"), Step::Index(0), key("attrs"), key("x")];
        assert_eq!(locate(TEXT, &x), Some((5, 10)));
        let find = [
            key("entries"),
            Step::Index(0),
            key("attrs"),
            key("list"),
            Step::Index(1),
        ];
        assert_eq!(locate(TEXT, &find), Some((6, 17)));
        let mut inner = find.to_vec();
        inner.extend([Step::Tag, Step::Index(1)]);
        assert_eq!(locate(TEXT, &inner), Some((6, 27)));
        assert_eq!(locate(TEXT, &[key("nope")]), None);
        assert_eq!(locate("a: [", &[key("b")]), None);
    }
}
