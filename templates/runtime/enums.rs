//! Forward-compatible string enums.
//!
//! The generator writes the enum itself (variants with docs, plus a
//! catch-all variant holding any other string) and one invocation of
//! [`string_enum!`] that implements the conversions: `as_str`, `From<&str>`,
//! `From<String>`, `FromStr` (infallible), `Display`, `Serialize`,
//! `Deserialize` and `FieldType` (the zero value is the catch-all holding
//! `""`). An unknown value deserializes into the catch-all and serialises
//! back to exactly the same string.

/// `string_enum!(Name, CatchAll { Variant => "wire", ... });`
// A schema without enums leaves the macro unused.
#[allow(unused_macros)]
#[cfg_attr(runtime_crate, macro_export)]
macro_rules! string_enum {
    ($name:ident, $other:ident { $($variant:ident => $wire:literal),* $(,)? }) => {
        impl $name {
            /// Every value this version of the crate knows, in schema order.
            pub const KNOWN: &'static [&'static str] = &[$($wire),*];

            /// The wire value.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::$other(value) => value,
                }
            }

            /// Whether this is a value the crate does not know.
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::$other(_))
            }
        }

        impl ::core::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($wire => Self::$variant,)*
                    other => Self::$other(::std::string::String::from(other)),
                }
            }
        }

        impl ::core::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    $($wire => Self::$variant,)*
                    _ => Self::$other(value),
                }
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;

            fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                ::core::result::Result::Ok(Self::from(value))
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl super::runtime::deps::serde::Serialize for $name {
            fn serialize<S: super::runtime::deps::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> super::runtime::deps::serde::Deserialize<'de> for $name {
            fn deserialize<D: super::runtime::deps::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as super::runtime::deps::serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }

        impl super::runtime::correct::FieldType for $name {
            #[inline]
            fn zero() -> ::core::option::Option<Self> {
                ::core::option::Option::Some(Self::$other(::std::string::String::new()))
            }
        }
    };
}

#[cfg(not(runtime_crate))]
#[allow(unused_imports)]
pub(crate) use string_enum;
