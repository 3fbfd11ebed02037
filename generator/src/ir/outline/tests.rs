//! Exact outlines of small hand-built APIs: one per construct family.

use super::*;

fn field(name: &str, ty: TypeRef) -> Field {
    let (required, nullable, read_only, write_only) = (false, false, false, false);
    let (description, default, constraints) = (None, None, Constraints::default());
    let (deprecated, boxed, legacy, history) = (false, false, None, vec![]);
    Field {
        name: name.into(),
        ty,
        required,
        nullable,
        read_only,
        write_only,
        description,
        default,
        constraints,
        deprecated,
        boxed,
        legacy,
        history,
    }
}

fn def(name: &str, kind: TypeKind) -> TypeDef {
    let origin = Origin::Component(name.into());
    let (description, aliases, versions) = (None, vec![], vec![]);
    TypeDef {
        origin,
        description,
        kind,
        aliases,
        versions,
    }
}

fn array(ty: TypeRef) -> TypeRef {
    TypeRef::Array(Box::new(ty))
}

#[test]
fn types_are_named_and_fields_flagged() {
    let mut api = Api {
        versions: vec!["1.0".into(), "2.0".into()],
        ..Api::default()
    };
    let group = api.push(def(
        "Group",
        TypeKind::Alias(TypeRef::Integer(IntWidth::I64)),
    ));
    let values = vec!["internal".into(), "".into(), "a b".into()];
    let kind = api.push(def("UserTypeEnum", TypeKind::Enum(Enum { values })));
    let mut pk = field("pk", TypeRef::Integer(IntWidth::I32));
    (pk.required, pk.read_only) = (true, true);
    let mut name = field("name", TypeRef::String);
    name.description = Some("The name.\nMore.".into());
    name.default = Some(serde_json::json!("x"));
    (name.constraints.max_length, name.constraints.pattern) = (Some(150), Some("^\\w+$".into()));
    let mut groups = field("groups", array(TypeRef::Named(group)));
    let item = Constraints {
        minimum: Some(1.0),
        ..Constraints::default()
    };
    groups.constraints.items = Some(Box::new(item));
    groups.history.push("Since 2.0.".into());
    let mut fields = vec![field("attributes", TypeRef::Map(Box::new(TypeRef::Json)))];
    fields.extend([groups, name, pk, field("type", TypeRef::Named(kind))]);
    let user = Struct {
        fields,
        additional: None,
        array_form: None,
    };
    let mut user = def("User", TypeKind::Struct(user));
    (user.versions, user.aliases) = (vec!["1.0".into()], vec!["UserAlias".into()]);
    user.origin = Origin::Inline {
        hint: "User".into(),
    };
    let user = api.push(user);
    let variants = vec![Variant {
        tags: vec!["user".into()],
        ty: TypeRef::Named(user),
    }];
    let union = Union {
        discriminator: Some("kind".into()),
        variants,
    };
    api.push(def("Any", TypeKind::Union(union)));
    let untagged = |ty| Variant { tags: vec![], ty };
    let variants = vec![untagged(TypeRef::String), untagged(TypeRef::Named(group))];
    let either = Union {
        discriminator: None,
        variants,
    };
    api.push(def("Either", TypeKind::Union(either)));
    let expected = r#"api ""
versions: 1.0, 2.0

union Any by kind
  user => User

union Either
  | string
  | Group

alias Group = integer(i64)

object User (inline)
  @aliases: UserAlias
  @versions: 1.0 (removed)
  attributes: map<any>
  groups: array<Group> (each(value >=1))
    ~ Since 2.0.
  name: string (default="x", len <=150, pattern /^\w+$/)  # The name.…
  pk: integer(i32) (required, read-only)
  type: UserTypeEnum

enum UserTypeEnum
  = internal | "" | "a b"
"#;
    assert_eq!(outline(&api), expected);
}

#[test]
fn operations_show_parameters_bodies_responses_and_security() {
    let mut api = Api::default();
    let widget = api.push(def("Widget", TypeKind::Alias(TypeRef::Json)));
    let json = |ty| {
        vec![Content {
            media_type: "application/json".into(),
            ty,
        }]
    };
    let (status, description) = ("200".into(), None);
    let ok = Response {
        status,
        description,
        content: json(Some(array(TypeRef::Named(widget)))),
        from_patch: false,
    };
    let (status, description) = ("404".into(), Some("Gone".into()));
    let gone = Response {
        status,
        description,
        content: vec![],
        from_patch: true,
    };
    let ordering = Parameter {
        name: "ordering".into(),
        location: ParamLocation::Query,
        ty: TypeRef::String,
        required: false,
        style: ParamStyle::Form,
        explode: false,
        description: None,
        deprecated: true,
        constraints: Constraints {
            min_length: Some(1),
            ..Constraints::default()
        },
    };
    let body = RequestBody {
        required: true,
        description: None,
        content: json(None),
    };
    api.operations.push(Operation {
        id: "widgets_list".into(),
        method: Method::Get,
        path: "/widgets/".into(),
        tag: "core".into(),
        summary: Some("List widgets".into()),
        description: None,
        deprecated: false,
        parameters: vec![ordering],
        request_body: Some(body),
        responses: vec![ok, gone],
        security: vec![vec!["a".into(), "b".into()], vec![]],
        versions: vec![],
    });
    let expected = r#"api ""

alias Widget = any

GET /widgets/ widgets_list [core]
  # List widgets
  security: a + b | anonymous
  query ordering?: string (explode=false, deprecated, len >=1)
  body (required): application/json
  200: application/json array<Widget>
  404 (patch): no body  # Gone
"#;
    assert_eq!(outline(&api), expected);
}

#[test]
fn shared_names_are_numbered_and_long_enums_wrap() {
    let mut api = Api::default();
    let values = (0..30).map(|i| format!("value_{i}")).collect();
    let e = api.push(def("E", TypeKind::Enum(Enum { values })));
    api.push(def(
        "E",
        TypeKind::Alias(TypeRef::Nullable(Box::new(TypeRef::Named(e)))),
    ));
    let text = outline(&api);
    assert!(text.contains("\nalias E#2 = E#1?\n"), "{text}");
    assert!(
        text.contains("\nenum E#1\n  = value_0 | value_1 | "),
        "{text}"
    );
    assert!(text.lines().count() > 4, "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
}
