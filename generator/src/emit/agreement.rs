//! Client and server agree: for every operation, the two renderers give
//! the request body the same type (the plan decides it once; this checks
//! what they write).

use super::plan;
use std::collections::BTreeMap;

/// The body parameter of every method in `file` (a client or server
/// tag module), written as a type both sides can be compared by:
/// borrows dropped (`&T` is `T`, `&str` is `String`), paths to the
/// models shortened, a multipart body `Form`.
fn bodies(file: &str) -> BTreeMap<String, String> {
    let file: syn::File = syn::parse_str(file).unwrap();
    let mut out = BTreeMap::new();
    let mut visit = |sig: &syn::Signature| {
        for input in &sig.inputs {
            let syn::FnArg::Typed(arg) = input else {
                continue;
            };
            let name = quote::ToTokens::to_token_stream(&arg.pat).to_string();
            if name != "body" && name != "form" {
                continue;
            }
            let ty = quote::ToTokens::to_token_stream(&arg.ty)
                .to_string()
                .replace(' ', "")
                .replace("super::models::", "")
                .replace("models::", "")
                .replace('&', "")
                .replace("str", "String");
            let ty = if name == "form" || ty.starts_with("rt::Form<") {
                "Form".to_string()
            } else {
                ty
            };
            out.insert(sig.ident.to_string(), ty);
        }
    };
    for item in &file.items {
        match item {
            syn::Item::Impl(i) if i.trait_.is_none() => i.items.iter().for_each(|m| {
                if let syn::ImplItem::Fn(f) = m {
                    visit(&f.sig)
                }
            }),
            syn::Item::Trait(t) => t.items.iter().for_each(|m| {
                if let syn::TraitItem::Fn(f) = m {
                    visit(&f.sig)
                }
            }),
            _ => {}
        }
    }
    out
}

/// Client and server give every operation's body the same type: one
/// plan decides it, and this checks what the two renderers write.
#[test]
fn client_and_server_agree_on_bodies() {
    let mut checked = 0;
    for fixture in ["bodies.yaml", "operations.yaml", "edge_cases.yaml"] {
        let spec = format!("{}/../specs/fixtures/{fixture}", env!("CARGO_MANIFEST_DIR"));
        let api = crate::Config::new().spec(&spec).load().unwrap();
        let names = crate::naming::Names::new(&api);
        let plan = plan::plan(&api, &names, &|_| Default::default(), Default::default());
        let run = |jobs| crate::emit::jobs::run_then(jobs, Vec::new, 2).unwrap();
        let client = run(crate::emit::client::jobs(&plan, "fixture", false));
        let server = run(crate::emit::server::jobs(&plan, &api, &|_| {
            Default::default()
        }));
        for tag in &plan.tags {
            let stem = tag.module.trim_start_matches("r#");
            let find = |files: &[(std::path::PathBuf, String)], dir: &str| {
                files
                    .iter()
                    .find(|(path, _)| path.ends_with(format!("{dir}/{stem}.rs")))
                    .map(|(_, text)| bodies(text))
                    .unwrap_or_default()
            };
            let (client, server) = (find(&client, "client"), find(&server, "server"));
            for p in tag.served() {
                let method = p.method.trim_start_matches("r#");
                assert_eq!(
                    client.get(method),
                    server.get(method),
                    "{fixture}: {}: the client's body type and the server's differ",
                    p.op.id
                );
                checked += usize::from(client.contains_key(method));
            }
        }
    }
    // Every shape of `bodies.yaml` at least.
    assert!(checked >= 6, "{checked} bodies compared");
}

/// The shapes `bodies.yaml` documents, as the plan decides them.
#[test]
fn body_shapes() {
    let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/fixtures/bodies.yaml");
    let api = crate::Config::new().spec(spec).load().unwrap();
    let names = crate::naming::Names::new(&api);
    let plan = plan::plan(&api, &names, &|_| Default::default(), Default::default());
    let shape = |id: &str| {
        let p = plan.tags[0].ops.iter().find(|p| p.op.id == id).unwrap();
        match &p.body {
            plan::BodyPlan::None => "none",
            plan::BodyPlan::Json { optional: true, .. } => "json, optional",
            plan::BodyPlan::Json { .. } => "json",
            plan::BodyPlan::Multipart(_) => "multipart",
            plan::BodyPlan::Form(_) => "form",
            plan::BodyPlan::Raw(_) => "raw",
        }
    };
    assert_eq!(shape("notes_create"), "json");
    // Not required, and an empty object is a valid value: never left out.
    assert_eq!(shape("notes_partial_update"), "json");
    // Not required, and `{}` would not do.
    assert_eq!(shape("notes_touch_create"), "json, optional");
    assert_eq!(shape("notes_text_update"), "raw");
    assert_eq!(shape("notes_login_create"), "form");
    assert_eq!(shape("notes_upload_create"), "multipart");
}
