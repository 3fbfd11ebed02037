//! One operation's methods: the main method, its media variants and
//! stream, the private request builder they share, and its `*Params` and
//! `*Form` structs.

use super::Cx;
use crate::emit::plan::{BodyPlan, Decode, OpPlan, TagPlan};
use crate::emit::rust::{doc_attrs, ident};
use crate::ir::{Method, ParamLocation, ParamStyle, Parameter, TypeId, TypeKind, TypeRef};
use crate::naming;
use proc_macro2::TokenStream;
use quote::quote;

/// Doc lines of an operation's main method.
fn method_doc(cx: &Cx<'_>, p: &OpPlan<'_>) -> TokenStream {
    let op = p.op;
    let text = crate::emit::rust::operation_text(op);
    let mut doc = doc_attrs(Some(&text));
    let mut lines = vec![format!(
        "`{} {}` (`{}`).",
        op.method.as_str(),
        op.path,
        op.id
    )];
    lines.extend(cx.plan.api.presence_note(&op.versions));
    if op.security.iter().any(Vec::is_empty) {
        lines.push("Allows anonymous access.".to_string());
    }
    if p.args().next().is_some() {
        lines.push(String::new());
        for arg in p.args() {
            let description = arg
                .param
                .description
                .as_deref()
                .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
                .unwrap_or_default();
            let dash = if description.is_empty() { "" } else { ": " };
            lines.push(format!(
                "- `{}`{dash}{description}",
                arg.ident.trim_start_matches("r#")
            ));
        }
    }
    if let Some(name) = &p.params_struct {
        lines.push(String::new());
        lines.push(format!("Optional parameters: [`{name}`]."));
    }
    if p.decode == Decode::Text {
        lines.push(String::new());
        lines.push(format!(
            "The body is returned as text (`{}`).",
            p.accept.unwrap_or("application/json")
        ));
    }
    if !text.is_empty() {
        doc.extend(quote!(#[doc = ""]));
    }
    for line in lines {
        let line = if line.is_empty() {
            line
        } else {
            format!(" {line}")
        };
        doc.extend(quote!(#[doc = #line]));
    }
    doc
}

pub(super) fn render_methods(cx: &Cx<'_>, tag: &TagPlan<'_>, p: &OpPlan<'_>) -> TokenStream {
    let op = p.op;
    let method = ident(&p.method);
    let api_struct = &tag.api_struct;

    // Signature pieces shared by every method of the operation.
    let mut params = Vec::new();
    let mut pass = Vec::new();
    for arg in p.args() {
        let name = ident(&arg.ident);
        let (ty, _) = cx.arg_type(&arg.param.ty);
        params.push(quote!(#name: #ty));
        pass.push(quote!(#name));
    }
    match &p.body {
        BodyPlan::None => {}
        BodyPlan::Json { ty, optional } => {
            let ty = cx.borrowed(ty);
            let ty = if *optional { quote!(Option<#ty>) } else { ty };
            params.push(quote!(body: #ty));
            pass.push(quote!(body));
        }
        BodyPlan::Multipart(_) => {
            let form = ident(p.form_struct.as_deref().unwrap_or("Form"));
            params.push(quote!(form: #form));
            pass.push(quote!(form));
        }
        BodyPlan::Form(ty) => {
            let ty = cx.borrowed(ty);
            params.push(quote!(body: #ty));
            pass.push(quote!(body));
        }
        BodyPlan::Raw(_) => {
            params.push(quote!(body: rt::Bytes));
            pass.push(quote!(body));
        }
    }
    if let Some(name) = &p.params_struct {
        let name = ident(name);
        params.push(quote!(params: &#name));
        pass.push(quote!(params));
    }
    let too_many = (params.len() + 1 > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let deprecated = match cx.plan.api.presence_note(&op.versions) {
        Some(note) if cx.plan.api.removed(&op.versions) => {
            Some(quote!(#[deprecated(note = #note)]))
        }
        _ => op.deprecated.then(|| quote!(#[deprecated])),
    };
    // Reading a deprecated parameter field to send it.
    let reads_deprecated = p
        .optional()
        .any(|o| o.param.deprecated)
        .then(|| quote!(#[allow(deprecated)]));

    // The request.
    let build = build_request(cx, p);
    let primary_doc = method_doc(cx, p);
    let result = cx.kind_type(&p.decode);
    let send = send_call(&p.decode);
    let accept = p.accept.map(|a| quote!(request.accept(#a);));

    let operation = build.operation;
    let Some(builder) = &p.builder else {
        let body = if build.statements.is_empty() && accept.is_none() {
            let start = build.start;
            quote!(#operation #start.#send)
        } else {
            let start = build.start;
            let statements = build.statements;
            quote! {
                #operation
                let mut request = #start;
                #(#statements)*
                #accept
                request.#send
            }
        };
        return quote! {
            #primary_doc
            #deprecated
            #too_many
            #reads_deprecated
            pub fn #method(&self, #(#params),*) -> ResponseFuture<#result> {
                #body
            }
        };
    };

    let builder = ident(builder);
    let start = build.start;
    let statements = build.statements;
    let builder_body = if statements.is_empty() {
        quote!(#operation #start)
    } else {
        quote! {
            #operation
            let mut request = #start;
            #(#statements)*
            request
        }
    };
    let main_body = match &accept {
        None => quote!(self.#builder(#(#pass),*).#send),
        Some(accept) => quote! {
            let mut request = self.#builder(#(#pass),*);
            #accept
            request.#send
        },
    };
    let mut out = quote! {
        #too_many
        #reads_deprecated
        fn #builder(&self, #(#params),*) -> rt::Request {
            #builder_body
        }

        #primary_doc
        #deprecated
        #too_many
        pub fn #method(&self, #(#params),*) -> ResponseFuture<#result> {
            #main_body
        }
    };
    let primary_name = p.method.trim_start_matches("r#");
    for (name, media_type, kind) in &p.variants {
        let name = ident(name);
        let result = cx.kind_type(kind);
        let send = send_call(kind);
        let what = if *kind == Decode::Bytes {
            "bytes"
        } else {
            "text"
        };
        let doc =
            format!(" [`{api_struct}::{primary_name}`], with the body as `{media_type}` {what}.");
        out.extend(quote! {
            #[doc = #doc]
            #deprecated
            #too_many
            pub fn #name(&self, #(#params),*) -> ResponseFuture<#result> {
                let mut request = self.#builder(#(#pass),*);
                request.accept(#media_type);
                request.#send
            }
        });
    }
    if let Some((name, item)) = &p.stream {
        let name = ident(name);
        let item = cx.ty(item);
        let doc = format!(
            " Every item of [`{api_struct}::{primary_name}`], page after page, as a stream."
        );
        out.extend(quote! {
            #[doc = #doc]
            #[doc = ""]
            #[doc = " Filters, ordering and `page_size` are sent with every page; a `page` set in"]
            #[doc = " `params` is the first page fetched. The first error ends the stream."]
            #deprecated
            #too_many
            pub fn #name(&self, #(#params),*) -> PageStream<#item> {
                self.#builder(#(#pass),*).paginate()
            }
        });
    }
    out
}

struct Build {
    /// The `static OPERATION` descriptor.
    operation: TokenStream,
    start: TokenStream,
    statements: Vec<TokenStream>,
}

fn build_request(cx: &Cx<'_>, p: &OpPlan<'_>) -> Build {
    let op = p.op;
    let id = &op.id;
    let path = &op.path;
    let method = ident(match op.method {
        Method::Get => "Get",
        Method::Put => "Put",
        Method::Post => "Post",
        Method::Delete => "Delete",
        Method::Options => "Options",
        Method::Head => "Head",
        Method::Patch => "Patch",
        Method::Trace => "Trace",
    });
    // The most common sets are the defaults of `rt::operation!`.
    let sets = &cx.plan.sets;
    let security = (p.security_set != 0).then(|| {
        let name = ident(&sets.security[p.security_set].1);
        quote!(security(#name))
    });
    let errors = (p.error_set != 0).then(|| {
        let name = ident(&sets.errors[p.error_set].1);
        quote!(errors(#name))
    });
    let start = quote! {
        self.client.request(&OPERATION)
    };
    let operation = quote! {
        rt::operation!(#method #path #id #security #errors);
    };
    let mut statements = Vec::new();
    let param_call = |param: &Parameter, value: TokenStream| -> Option<TokenStream> {
        let name = &param.name;
        Some(match param.location {
            ParamLocation::Path => quote!(request.path(#name, #value);),
            ParamLocation::Header => quote!(request.header(#name, #value);),
            ParamLocation::Cookie => return None,
            ParamLocation::Query => match query_style(param) {
                QueryStyle::Joined(separator) => {
                    quote!(request.query_joined(#name, #value, #separator);)
                }
                QueryStyle::Deep => quote!(request.query_deep(#name, #value);),
                QueryStyle::Form => quote!(request.query(#name, #value);),
            },
        })
    };
    for arg in p.args() {
        let name = ident(&arg.ident);
        let (_, by_value) = cx.arg_type(&arg.param.ty);
        let value = if by_value {
            quote!(&#name)
        } else {
            quote!(#name)
        };
        statements.extend(param_call(arg.param, value));
    }
    if p.optional().next().is_some() {
        statements.push(quote!(request.params(params);));
    }
    match &p.body {
        BodyPlan::None => {}
        BodyPlan::Json {
            optional: false, ..
        } => statements.push(quote!(request.json(body);)),
        BodyPlan::Json { optional: true, .. } => statements.push(quote! {
            if let Some(body) = body {
                request.json(body);
            }
        }),
        BodyPlan::Form(_) => statements.push(quote!(request.form_body(body);)),
        BodyPlan::Raw(media_type) => statements.push(quote!(request.raw_body(body, #media_type);)),
        BodyPlan::Multipart(id) => {
            let TypeKind::Struct(s) = &cx.plan.api.get(*id).kind else {
                // The plan makes only structs multipart bodies.
                return Build {
                    operation,
                    start,
                    statements,
                };
            };
            let idents = naming::field_idents(s.fields.iter().map(|f| f.name.as_str()));
            let mut parts = Vec::new();
            for (field, field_ident) in s.fields.iter().zip(&idents) {
                let name = &field.name;
                let f = ident(field_ident);
                parts.push(match (field.ty == TypeRef::Binary, is_required(field)) {
                    (true, true) => quote!(parts.file(#name, form.#f);),
                    (true, false) => quote!(parts.file_opt(#name, form.#f);),
                    (false, _) => quote!(parts.text(#name, &form.#f);),
                });
            }
            statements.push(quote! {
                let mut parts = rt::Multipart::new();
                #(#parts)*
                request.multipart(parts);
            });
        }
    }
    Build {
        operation,
        start,
        statements,
    }
}

/// A form field that must be given.
fn is_required(field: &crate::ir::Field) -> bool {
    field.required && !field.nullable
}

pub(super) fn render_params_struct(
    cx: &Cx<'_>,
    tag: &TagPlan<'_>,
    p: &OpPlan<'_>,
    name: &str,
) -> TokenStream {
    let name = ident(name);
    let doc = format!(
        " Optional parameters of [`{}::{}`] (`{}`).",
        tag.api_struct,
        p.method.trim_start_matches("r#"),
        p.op.id
    );
    let fields = p.optional().map(|o| {
        let param = o.param;
        let field = ident(&o.ident);
        let ty = cx.ty(&param.ty);
        let doc = doc_attrs(param.description.as_deref());
        let wire = &param.name;
        let how = match param.location {
            ParamLocation::Header => quote!(header),
            ParamLocation::Query | ParamLocation::Path | ParamLocation::Cookie => {
                match query_style(param) {
                    QueryStyle::Joined(separator) => quote!(joined(#separator)),
                    QueryStyle::Deep => quote!(deep),
                    QueryStyle::Form => quote!(query),
                }
            }
        };
        let deprecated = param.deprecated.then(|| quote!(#[deprecated]));
        quote! {
            #doc
            #deprecated
            pub #field: Option<#ty> => #how #wire,
        }
    });
    let allow_deprecated = p
        .optional()
        .any(|o| o.param.deprecated)
        .then(|| quote!(#[allow(deprecated)]));
    quote! {
        rt::params! {
            #[doc = #doc]
            #[derive(Clone, Debug, Default, PartialEq)]
            #allow_deprecated
            pub struct #name {
                #(#fields)*
            }
        }
    }
}

/// How a query parameter is written.
enum QueryStyle {
    /// `name=value`, an array's items repeating the key.
    Form,
    /// An array as one value (`explode: false`), items joined by `,` for
    /// style `form`, ` ` for `spaceDelimited`, `|` for `pipeDelimited`.
    Joined(&'static str),
    /// Style `deepObject`: `name[key]=value`.
    Deep,
}

fn query_style(param: &Parameter) -> QueryStyle {
    let array = matches!(&param.ty, TypeRef::Array(_))
        || matches!(&param.ty, TypeRef::Nullable(inner) if matches!(**inner, TypeRef::Array(_)));
    match param.style {
        ParamStyle::DeepObject => QueryStyle::Deep,
        ParamStyle::SpaceDelimited if array && !param.explode => QueryStyle::Joined(" "),
        ParamStyle::PipeDelimited if array && !param.explode => QueryStyle::Joined("|"),
        _ if array && !param.explode => QueryStyle::Joined(","),
        _ => QueryStyle::Form,
    }
}

pub(super) fn render_form_struct(
    cx: &Cx<'_>,
    tag: &TagPlan<'_>,
    p: &OpPlan<'_>,
    name: &str,
    id: TypeId,
) -> TokenStream {
    let name = ident(name);
    let def = cx.plan.api.get(id);
    let TypeKind::Struct(s) = &def.kind else {
        // The plan makes only structs multipart bodies.
        return TokenStream::new();
    };
    let doc = format!(
        " The `multipart/form-data` body of [`{}::{}`] (schema `{}`).",
        tag.api_struct,
        p.method.trim_start_matches("r#"),
        def.origin.schema_name()
    );
    let idents = naming::field_idents(s.fields.iter().map(|f| f.name.as_str()));
    let fields = s.fields.iter().zip(&idents).map(|(field, field_ident)| {
        let f = ident(field_ident);
        let ty = if field.ty == TypeRef::Binary {
            quote!(rt::FilePart)
        } else {
            cx.ty(&field.ty)
        };
        let ty = if is_required(field) {
            ty
        } else {
            quote!(Option<#ty>)
        };
        let doc = doc_attrs(field.description.as_deref());
        quote! {
            #doc
            pub #f: #ty,
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug)]
        pub struct #name {
            #(#fields)*
        }
    }
}

fn send_call(kind: &Decode) -> TokenStream {
    match kind {
        Decode::Json(_) => quote!(send_json()),
        Decode::Text => quote!(send_text()),
        Decode::Bytes => quote!(send_bytes()),
        Decode::Empty => quote!(send_empty()),
    }
}
