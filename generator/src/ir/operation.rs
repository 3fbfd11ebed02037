//! Operations in the IR: method, path, parameters, bodies, responses, security.

use super::TypeRef;

#[derive(Clone, Debug, PartialEq)]
pub struct Operation {
    pub id: String,
    pub method: Method,
    /// The OpenAPI path template, e.g. `/core/users/{id}/`.
    pub path: String,
    /// The first tag (authentik gives every operation exactly one).
    pub tag: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    /// Path parameters in path order, then the others sorted by (location, name).
    pub parameters: Vec<Parameter>,
    pub request_body: Option<RequestBody>,
    /// Sorted by status (`"default"` last).
    pub responses: Vec<Response>,
    /// Alternatives; each is a list of scheme names that must all hold.
    /// An empty alternative (`{}`) means anonymous access is allowed.
    pub security: Vec<Vec<String>>,
    /// The input versions that have this operation (set by
    /// `normalize::fold`); empty when every one does.
    pub versions: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

/// `style` of a parameter (only those OpenAPI 3.0 defines for path/query/header).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamStyle {
    Simple,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Label,
    Matrix,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Parameter {
    pub name: String,
    pub location: ParamLocation,
    pub ty: TypeRef,
    pub required: bool,
    pub style: ParamStyle,
    pub explode: bool,
    pub description: Option<String>,
    pub deprecated: bool,
    /// The schema's constraints (`minLength`, `maximum`, an array's
    /// `items`' ...), which the server stubs check.
    pub constraints: super::Constraints,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RequestBody {
    pub required: bool,
    pub description: Option<String>,
    /// One entry per content type, sorted by media type.
    pub content: Vec<Content>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    pub media_type: String,
    /// `None` when the media type carries no schema.
    pub ty: Option<TypeRef>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    /// `"200"`, `"4XX"`, `"default"` ...
    pub status: String,
    pub description: Option<String>,
    /// Empty for bodiless responses (204 ...).
    pub content: Vec<Content>,
    /// Added by a patch (`normalize::patch`): the server sends this status
    /// though its schema does not say so. The client reads it as typed; the
    /// server stubs keep the schema's own statuses.
    pub from_patch: bool,
}

/// Where a server tells its version (set by a patch): the client's
/// `detect_server_version` calls this operation and reads `field`, a
/// top-level string of its JSON body.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionProbe {
    pub operation: String,
    pub method: Method,
    pub path: String,
    pub security: Vec<Vec<String>>,
    pub field: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SecurityScheme {
    /// `type: apiKey` (authentik: `Authorization` header carrying `Bearer <token>`).
    ApiKey {
        name: String,
        location: ParamLocation,
    },
    /// `type: http` with a scheme such as `bearer` or `basic`.
    Http { scheme: String },
    /// OAuth2 / OpenID Connect: carried by name, the client sends a bearer token.
    Other { kind: String },
}
