//! The plan: everything decided about the API's operations before any code
//! is written, once, for every back-end (progenitor's `OperationMethod`).
//!
//! Per tag: the module name (the same in `client/` and `server/`), the
//! client's `*Api` struct and the server's trait. Per operation: the method
//! name (the same in both), each parameter's Rust identifier and role, the
//! request body's shape ([`BodyPlan`], the same for both: a body is an
//! `Option` in both or in neither), how the success body is read, media
//! variants and pagination, the generated types' names (`*Params`, `*Form`,
//! `*Query`, `*Response`), the shared security and error sets
//! ([`sets`]) and the server's reply enum ([`replies`]). The renderers
//! (`emit::client`, `emit::server`) only turn a plan into tokens; none of
//! them decides a name or a shape.
//!
//! Names avoid what the emitted code already defines ([`reserved`]; the
//! tidy test checks those lists against the runtime and the generated
//! modules).

mod operation;
pub mod replies;
pub mod reserved;
pub mod sets;

use crate::emit::features::Cfg;
use crate::emit::rust::Deps;
use crate::ir::{Api, Operation, Parameter, TypeId, TypeRef};
use crate::naming::{self, Names};
use replies::Replies;
use sets::Sets;
use std::collections::BTreeMap;

/// The plan of a whole API.
pub struct ApiPlan<'a> {
    pub api: &'a Api,
    pub names: &'a Names,
    /// How the code names serde, uuid and the like.
    pub deps: Deps,
    /// Tags in name order.
    pub tags: Vec<TagPlan<'a>>,
    /// Shared security alternatives and documented error statuses.
    pub sets: Sets,
    /// The server's shared response enums.
    pub replies: Replies,
    /// What the back-ends degrade (cookie parameters, raw bodies ...).
    pub warnings: Vec<String>,
}

/// One tag: a client module with an `*Api` struct, a server module with a
/// trait.
pub struct TagPlan<'a> {
    pub name: &'a str,
    /// The module in `client/` and in `server/` (`core`, `r#type`).
    pub module: String,
    /// The `#[cfg]` of everything that belongs to the tag (or nothing).
    pub cfg: Cfg,
    /// The client's struct (`CoreApi`).
    pub api_struct: String,
    /// The server's trait (`Core`).
    pub trait_name: String,
    /// Every operation, in id order; [`OpPlan::served`] says which the
    /// server has.
    pub ops: Vec<OpPlan<'a>>,
}

impl TagPlan<'_> {
    /// The operations the server stubs serve.
    pub fn served(&self) -> impl Iterator<Item = &OpPlan<'_>> {
        self.ops.iter().filter(|p| p.served)
    }
}

/// One operation.
pub struct OpPlan<'a> {
    pub op: &'a Operation,
    /// The method name in the client's `*Api` and the server's trait.
    pub method: String,
    /// The parameters both sides handle (cookies are neither), in the
    /// schema's order.
    pub params: Vec<ParamPlan<'a>>,
    pub body: BodyPlan<'a>,
    /// How the client reads the success body.
    pub decode: Decode,
    /// The `Accept` of the main method when it is not `application/json`.
    pub accept: Option<&'a str>,
    /// Other media types of the success body: method name, media type, how read.
    pub variants: Vec<(String, &'a str, Decode)>,
    /// Pagination: the `*_stream` method's name and the item type.
    pub stream: Option<(String, TypeRef)>,
    /// The private request builder the main method, its variants and its
    /// stream share.
    pub builder: Option<String>,
    /// The client's `*Params` struct (the optional parameters).
    pub params_struct: Option<String>,
    /// The client's `*Form` struct (a multipart body).
    pub form_struct: Option<String>,
    /// Whether the server stubs serve it (the newest version has it).
    pub served: bool,
    /// The server's `*Query` struct (query and header parameters) and
    /// `*Response` alias; empty when not served.
    pub query_struct: String,
    pub response_alias: String,
    /// The server's reply enum (index into [`ApiPlan::replies`]) and the
    /// success body type it is given.
    pub reply: usize,
    pub success: Option<TypeRef>,
    /// Indexes into [`Sets::security`] and [`Sets::errors`].
    pub security_set: usize,
    pub error_set: usize,
}

impl OpPlan<'_> {
    /// The client method's arguments: path parameters and required ones.
    pub fn args(&self) -> impl Iterator<Item = &ParamPlan<'_>> {
        self.params.iter().filter(|p| p.is_argument())
    }

    /// The client's `*Params` fields: the other parameters.
    pub fn optional(&self) -> impl Iterator<Item = &ParamPlan<'_>> {
        self.params.iter().filter(|p| !p.is_argument())
    }

    /// The server's path arguments, in the schema's order.
    pub fn path(&self) -> impl Iterator<Item = &ParamPlan<'_>> {
        self.params
            .iter()
            .filter(|p| p.param.location == crate::ir::ParamLocation::Path)
    }

    /// The server's `*Query` fields: query and header parameters.
    pub fn query(&self) -> impl Iterator<Item = &ParamPlan<'_>> {
        self.params
            .iter()
            .filter(|p| p.param.location != crate::ir::ParamLocation::Path)
    }
}

/// A parameter and its Rust identifier (an argument or a field; the same
/// in the client and the server).
pub struct ParamPlan<'a> {
    pub param: &'a Parameter,
    pub ident: String,
}

impl ParamPlan<'_> {
    /// A client argument (path and required parameters), not a `*Params` field.
    pub fn is_argument(&self) -> bool {
        self.param.required || self.param.location == crate::ir::ParamLocation::Path
    }
}

/// The request body, as both sides see it.
pub enum BodyPlan<'a> {
    None,
    /// JSON: `&T` / `T`, or `Option<&T>` / `Option<T>` when the body may be
    /// left out and an empty object would not do (the type has required
    /// fields). A type without required fields is given as `T::default()`
    /// instead of left out.
    Json {
        ty: TypeRef,
        optional: bool,
    },
    /// `multipart/form-data` of a struct: the client's `*Form`, the
    /// server's `Form<T>`.
    Multipart(TypeId),
    /// `application/x-www-form-urlencoded` of a struct: `&T` / `T`.
    Form(TypeRef),
    /// Anything else, as bytes.
    Raw(&'a str),
}

/// How a success body is read.
#[derive(Clone, Debug, PartialEq)]
pub enum Decode {
    Json(TypeRef),
    Text,
    Bytes,
    Empty,
}

/// Plan every operation of `api`; `tag_cfg(tag)` is the `#[cfg]` of a
/// tag's code (see `emit::features`), `deps` how the code names its
/// dependencies.
pub fn plan<'a>(
    api: &'a Api,
    names: &'a Names,
    tag_cfg: &dyn Fn(&str) -> Cfg,
    deps: Deps,
) -> ApiPlan<'a> {
    let sets = Sets::new(api);
    let mut replies = Replies::default();
    let mut warnings = Vec::new();
    let mut by_tag: BTreeMap<&str, Vec<&Operation>> = BTreeMap::new();
    for op in &api.operations {
        by_tag.entry(op.tag.as_str()).or_default().push(op);
    }
    let modules = naming::disambiguate(
        &by_tag
            .keys()
            .map(|t| naming::field_ident(t))
            .collect::<Vec<_>>(),
        &reserved::tag_modules(),
    );
    let tags = by_tag
        .into_iter()
        .zip(modules)
        .map(|((tag, ops), module)| {
            let ops = ops
                .into_iter()
                .map(|op| operation::plan(api, &sets, &mut replies, &mut warnings, op, tag))
                .collect();
            let mut tag = TagPlan {
                name: tag,
                module,
                cfg: tag_cfg(tag),
                api_struct: String::new(),
                trait_name: String::new(),
                ops,
            };
            name_members(&mut tag);
            tag
        })
        .collect();
    ApiPlan {
        api,
        names,
        deps,
        tags,
        sets,
        replies,
        warnings,
    }
}

/// Method and type names within a tag: primaries first (they keep their
/// names), then the extras; the client's and the server's types each
/// unique in their module.
fn name_members(tag: &mut TagPlan<'_>) {
    let ops = &mut tag.ops;
    let mut wanted: Vec<String> = ops.iter().map(|p| p.method.clone()).collect();
    for p in ops.iter() {
        wanted.extend(p.variants.iter().map(|(m, _, _)| m.clone()));
        wanted.extend(p.stream.iter().map(|(m, _)| m.clone()));
        wanted.extend(p.builder.clone());
    }
    // (The server trait's own method is avoided in the client too: one
    // method name per operation.)
    let mut unique = naming::disambiguate(&wanted, &[reserved::TRAIT_FALLBACK]).into_iter();
    // `disambiguate` returns one name per input, in order.
    let mut next = || unique.next().unwrap_or_default();
    for p in ops.iter_mut() {
        p.method = next();
    }
    for p in ops.iter_mut() {
        for v in &mut p.variants {
            v.0 = next();
        }
        if let Some(s) = &mut p.stream {
            s.0 = next();
        }
        if let Some(b) = &mut p.builder {
            *b = next();
        }
    }

    // The client module: the API struct, then params and forms.
    let api_struct = format!("{}Api", naming::type_ident(tag.name));
    let mut types = vec![api_struct];
    for p in ops.iter() {
        let base = naming::type_ident(p.method.trim_start_matches("r#"));
        if p.optional().next().is_some() {
            types.push(format!("{base}Params"));
        }
        if matches!(p.body, BodyPlan::Multipart(_)) {
            types.push(format!("{base}Form"));
        }
    }
    let mut types = naming::disambiguate(&types, &[]).into_iter();
    tag.api_struct = types.next().unwrap_or_default();
    for p in ops.iter_mut() {
        if p.optional().next().is_some() {
            p.params_struct = types.next();
        }
        if matches!(p.body, BodyPlan::Multipart(_)) {
            p.form_struct = types.next();
        }
    }

    // The server module: the trait, then each served operation's query
    // struct and response alias.
    let mut types = vec![naming::type_ident(tag.name)];
    for p in ops.iter().filter(|p| p.served) {
        let base = naming::type_ident(p.method.trim_start_matches("r#"));
        types.push(format!("{base}Query"));
        types.push(format!("{base}Response"));
    }
    let mut types = naming::disambiguate(&types, reserved::SERVER_TAG_ITEMS).into_iter();
    tag.trait_name = types.next().unwrap_or_default();
    for p in ops.iter_mut().filter(|p| p.served) {
        p.query_struct = types.next().unwrap_or_default();
        p.response_alias = types.next().unwrap_or_default();
    }
}
