//! A fake authentik: a stateful, in-memory implementation of the API of the
//! generated `authentik-api` crate, for tests of code that talks to
//! authentik, and as a binary (`cargo run -p authentik-fake -- --port 9000`).
//!
//! CRUD viewsets behave like authentik's: `list` filters, searches, orders
//! and paginates with authentik's `pagination` object, `create` answers
//! `201` with server-assigned keys, `retrieve`, `update` and
//! `partial_update` find objects by the key the path names (`id`, `slug`,
//! `group_uuid`, `pbm_uuid` ...), `destroy` answers `204` and the object is
//! gone (`404 {"detail": "No Group matches the given query."}`). Every
//! other operation answers the empty value of its response (`null`, `[]`,
//! authentik's defaults). Requests are validated by the generated server
//! before the fake sees them, and one bearer token is accepted: any other
//! credential gets `403`.
//!
//! Answers are written as authentik's Django REST framework writes them
//! (checked against recordings of a real authentik by
//! `tests/tests/fake_fidelity.rs`): every field a serializer writes, with
//! the model's default or a server-assigned value when the request left it
//! out (`client_id`, `client_secret`, `uid`, `is_active`, `path` ...: one
//! table, `defaults.rs`), `null` or `[]` for relations that are not there;
//! fields authentik keeps unique (usernames, group and provider names ...)
//! refused with its message; query parameters authentik requires (`rules.rs`).
//! Requests are read as DRF reads them ([`Fake::set_drf_input`]): `{"name":
//! 5}` is the name `"5"`, an unreadable boolean filter is ignored, an
//! unparsable key or page is `404`; errors have DRF's shapes (`{"detail":
//! "JSON parse error - ..."}`, `405 {"detail": "Method \"DELETE\" not
//! allowed."}`).
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use authentik_fake::Fake;
//! use serde_json::json;
//!
//! let fake = Fake::new();
//! // Objects can be seeded (read-only fields included) and inspected.
//! fake.insert("/core/users/", json!({"pk": 7, "username": "akadmin", "name": "admin"}))
//!     .expect("a viewset");
//! let server = authentik_fake::spawn_with(fake.clone(), "test-token").await?;
//! // ... point a client at server.url() (http://127.0.0.1:PORT, the API
//! // under /api/v3) with the bearer token "test-token" ...
//! assert_eq!(fake.objects("/core/users/").map(|u| u.len()), Some(1));
//! server.stop().await;
//! # Ok(())
//! # }
//! ```
//!
//! Without a server, [`router`] gives the [`axum::Router`] to serve or to
//! call with `tower::ServiceExt::oneshot`.
//!
//! A [`Fake`] starts empty; [`Fake::authentik_defaults`] applies the
//! blueprints a fresh authentik applies at first start (default flows,
//! stages, brand, the `akadmin` user ...), and [`Fake::apply_blueprints`]
//! applies any blueprint files: see the [`blueprint`] module for the
//! supported format, tags and states.
//!
//! What the fake does not model: relations between viewsets (a provider
//! created under `/providers/oauth2/` is not listed by `/providers/all/`,
//! `provider_obj` is not the provider, deleting a user leaves its tokens;
//! names unique across a base model, such as provider names, are unique
//! per viewset only), fields authentik computes from others
//! (`launch_url`), and permissions (the one token may do everything).
//!
//! The viewsets are found in the operation table when a [`Fake`] is made
//! (a collection path with `*_list` and/or `*_create`, and item operations
//! on `{collection}{key}/`), so the fake follows the generated crate when
//! the schema changes.

pub mod blueprint;
mod conform;
mod defaults;
mod engine;
mod query;
mod rt;
mod rules;
mod serve;
mod viewset;

pub use blueprint::{BlueprintError, BlueprintOptions, BlueprintReport};
pub use engine::{example_reply, Fake};
pub use serve::{router, router_with, serve, spawn, spawn_with, Running};

#[cfg(test)]
mod tests;
