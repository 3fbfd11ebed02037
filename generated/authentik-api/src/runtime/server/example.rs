//! Schema-valid example values of the table's types ([`Api::example`]),
//! which implementations (the fake authentik) fill responses with.

use super::table::{Api, Constraints, Kind, Ty};
use serde_json::{Map, Value};

/// How deep [`Api::example`] follows nested types before it stops at the
/// smallest value a type allows.
const EXAMPLE_DEPTH: usize = 6;

impl Api {
    /// A value of type `ty` that the schema accepts: every required field
    /// (and every field with a default) filled, strings as long as
    /// `minLength` asks, numbers inside their bounds, the first value of an
    /// enum, the first variant of a union (its tag set).
    pub fn example(&self, ty: &Ty) -> Value {
        self.example_at(ty, &Constraints::default(), 0)
    }

    /// [`Api::example`] of a value that must also meet `constraints` (a
    /// field's: length, bounds, pattern, format).
    pub fn example_with(&self, ty: &Ty, constraints: &Constraints) -> Value {
        self.example_at(ty, constraints, 0)
    }

    fn example_at(&self, ty: &Ty, c: &Constraints, depth: usize) -> Value {
        if depth > 4 * EXAMPLE_DEPTH {
            // Only a schema whose required fields recurse without end gets here.
            return Value::Null;
        }
        match ty {
            Ty::String if c.format.as_deref() == Some("uri") => {
                Value::String("https://example.com/".into())
            }
            Ty::String if c.format.as_deref() == Some("email") => {
                Value::String("user@example.com".into())
            }
            Ty::String | Ty::Binary => {
                let mut s = String::from("string");
                let min = c.min_length.unwrap_or(0) as usize;
                while s.len() < min {
                    s.push('s');
                }
                if let Some(max) = c.max_length {
                    s.truncate(max as usize);
                }
                Value::String(s)
            }
            Ty::Boolean => Value::Bool(false),
            Ty::Integer(width) => {
                let mut n: i64 = 0;
                if let Some(min) = c.minimum {
                    n = n.max(min.ceil() as i64);
                }
                if let Some(max) = c.maximum {
                    n = n.min(max.floor() as i64);
                }
                if width.starts_with('u') {
                    n = n.max(0);
                }
                Value::from(n)
            }
            Ty::Number => {
                let mut n = 0.0f64;
                if let Some(min) = c.minimum {
                    n = n.max(min);
                }
                if let Some(max) = c.maximum {
                    n = n.min(max);
                }
                serde_json::Number::from_f64(n)
                    .map(Value::Number)
                    .unwrap_or(Value::from(0))
            }
            Ty::Uuid => Value::String("00000000-0000-4000-8000-000000000000".into()),
            Ty::DateTime => Value::String("2026-01-01T00:00:00Z".into()),
            Ty::Date => Value::String("2026-01-01".into()),
            Ty::Json => Value::Object(Map::new()),
            Ty::Array(item) => {
                let n = c.min_items.unwrap_or(0).min(2) as usize;
                let item_constraints = c.items.as_deref().cloned().unwrap_or_default();
                Value::Array(
                    (0..n)
                        .map(|_| self.example_at(item, &item_constraints, depth + 1))
                        .collect(),
                )
            }
            Ty::Map(_) => Value::Object(Map::new()),
            Ty::Nullable(inner) | Ty::Versioned(inner) => self.example_at(inner, c, depth),
            Ty::Named(i) => match self.types.get(*i).map(|t| &t.kind) {
                None => Value::Null,
                Some(Kind::Alias { ty }) => self.example_at(ty, c, depth),
                Some(Kind::Enum { values }) => values
                    .first()
                    .map(|v| Value::String(v.clone()))
                    .unwrap_or(Value::Null),
                Some(Kind::Union {
                    discriminator,
                    variants,
                }) => {
                    // The first variant whose example no other variant
                    // accepts (JSON Schema's `oneOf` ignores the tag), else
                    // the first variant.
                    let examples: Vec<Value> = variants
                        .iter()
                        .map(|variant| {
                            let mut value = self.example_at(&variant.ty, c, depth + 1);
                            if let (Some(tag), Some(first), Value::Object(map)) =
                                (discriminator, variant.tags.first(), &mut value)
                            {
                                map.insert(tag.clone(), Value::String(first.clone()));
                            }
                            value
                        })
                        .collect();
                    let unique = examples.iter().enumerate().position(|(i, value)| {
                        variants.iter().enumerate().all(|(j, other)| {
                            i == j
                                || super::validate::check(
                                    self,
                                    &other.ty,
                                    value,
                                    &Constraints::default(),
                                )
                                .is_some()
                        })
                    });
                    examples
                        .into_iter()
                        .nth(unique.unwrap_or(0))
                        .unwrap_or(Value::Null)
                }
                Some(Kind::Struct { fields, .. }) => {
                    let mut map = Map::new();
                    for field in fields {
                        if !field.required && field.default.is_none() {
                            continue;
                        }
                        let value = match (&field.default, depth >= EXAMPLE_DEPTH) {
                            (Some(default), _) if !default.is_null() || field.nullable => {
                                default.clone()
                            }
                            (_, true) if field.nullable => Value::Null,
                            _ => self.example_at(&field.ty, &field.constraints, depth + 1),
                        };
                        map.insert(field.name.clone(), value);
                    }
                    Value::Object(map)
                }
            },
        }
    }
}
