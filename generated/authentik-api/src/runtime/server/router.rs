//! Routing and the request pipeline: credentials, parameters, body limit,
//! body parsing and validation, then the operation's handler.

use super::params::{self, RawParams};
use super::table::{is_json, Api, Location, Operation, SchemeKind, Ty};
use super::{
    coerce, validate, Auth, Input, IntoReply, Reply, ReplyBody, Result, ServerError, UploadedFile,
};
use axum::body::Body;
use axum::extract::{FromRequestParts, RawPathParams, Request};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::Response;
use axum::routing::{on, MethodFilter, MethodRouter};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// Default for [`Server::body_limit`]: 2 MiB.
pub const DEFAULT_BODY_LIMIT: usize = 2 * 1024 * 1024;

/// What an operation's glue function returns.
pub type BoxReply = Pin<Box<dyn Future<Output = Result<Reply>> + Send>>;

type Handler = Arc<dyn Fn(Input) -> BoxReply + Send + Sync>;
type Authenticate = Arc<dyn Fn(&Auth) -> bool + Send + Sync>;

/// One operation's handler, bound to the implementation serving it.
#[derive(Clone)]
pub struct Route {
    id: &'static str,
    handler: Handler,
}

/// What a route's glue returns: the trait method's future (`response`),
/// its typed response sent as a [`Reply`] (an error as its error body).
pub fn reply<R: IntoReply>(response: impl Future<Output = Result<R>> + Send + 'static) -> BoxReply {
    Box::pin(async move { Ok(response.await?.into_reply()) })
}

impl Route {
    /// The handler of operation `id`: `glue(service, input)`.
    pub fn new<S: Send + Sync + 'static>(
        id: &'static str,
        service: &Arc<S>,
        glue: fn(Arc<S>, Input) -> BoxReply,
    ) -> Route {
        let service = Arc::clone(service);
        Route {
            id,
            handler: Arc::new(move |input| glue(Arc::clone(&service), input)),
        }
    }

    /// The operation id.
    pub fn id(&self) -> &'static str {
        self.id
    }
}

/// Builds the [`axum::Router`]: register implementations per tag
/// (`Server::new().core(my_core)`), set options, then
/// [`Server::into_router`]. Operations of tags that were not registered
/// are unknown routes (`404`).
#[derive(Clone)]
pub struct Server {
    api: &'static Api,
    routes: Vec<Route>,
    body_limit: usize,
    authenticate: Option<Authenticate>,
    drf_input: bool,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("routes", &self.routes.len())
            .field("body_limit", &self.body_limit)
            .field("authenticate", &self.authenticate.is_some())
            .field("drf_input", &self.drf_input)
            .finish()
    }
}

struct Shared {
    api: &'static Api,
    body_limit: usize,
    authenticate: Option<Authenticate>,
    drf_input: bool,
}

impl Server {
    /// A server for the API described by `api`, no routes yet.
    pub fn with_api(api: &'static Api) -> Self {
        Server {
            api,
            routes: Vec::new(),
            body_limit: DEFAULT_BODY_LIMIT,
            authenticate: None,
            drf_input: false,
        }
    }

    /// Add handlers (a tag's `routes(...)`).
    pub fn routes(mut self, routes: impl IntoIterator<Item = Route>) -> Self {
        self.routes.extend(routes);
        self
    }

    /// Requests with a larger body get `413` (default [`DEFAULT_BODY_LIMIT`]).
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }

    /// Decide whether a credential is valid; a request carrying one that is
    /// not gets `403`. Without this, any well-formed credential is accepted
    /// and the implementation decides.
    pub fn authenticate(mut self, check: impl Fn(&Auth) -> bool + Send + Sync + 'static) -> Self {
        self.authenticate = Some(Arc::new(check));
        self
    }

    /// Read requests as authentik's Django REST framework does, beyond what
    /// the schema allows (default: off, requests are checked against the
    /// schema as it is written): scalars are coerced as DRF's fields coerce
    /// them (`5` for a string is `"5"`, `"5"` for an integer is `5`,
    /// `"yes"` for a boolean is `true`), a boolean query filter Django
    /// cannot read is ignored, a path key that cannot be one is
    /// `404 {"detail": "Not found."}` and a page number that cannot be one
    /// `404 {"detail": "Invalid page."}`. For fakes of authentik; a server
    /// that should refuse what its schema does not allow leaves it off.
    pub fn drf_input(mut self, on: bool) -> Self {
        self.drf_input = on;
        self
    }

    /// The router: every registered operation under the server path
    /// (`/api/v3`), `404 {"detail": "Not found."}` for anything else, and
    /// `405 {"detail": "Method \"X\" not allowed."}` (with `Allow`) for a
    /// method a path does not have.
    pub fn into_router(self) -> axum::Router {
        let shared = Arc::new(Shared {
            api: self.api,
            body_limit: self.body_limit,
            authenticate: self.authenticate,
            drf_input: self.drf_input,
        });
        let mut by_path: BTreeMap<String, (MethodRouter, Vec<&str>)> = BTreeMap::new();
        for route in self.routes {
            let Some(op) = self.api.operation(route.id) else {
                continue;
            };
            let Some(filter) = method_filter(&op.method) else {
                continue;
            };
            let path = format!("{}{}", self.api.server_path, op.path);
            let shared = Arc::clone(&shared);
            let handler = route.handler;
            let endpoint = on(filter, move |request: Request| {
                let shared = Arc::clone(&shared);
                let handler = Arc::clone(&handler);
                async move { respond(dispatch(&shared, op, &handler, request).await) }
            });
            let (merged, mut methods) = match by_path.remove(&path) {
                Some((existing, methods)) => (existing.merge(endpoint), methods),
                None => (endpoint, Vec::new()),
            };
            methods.push(op.method.as_str());
            by_path.insert(path, (merged, methods));
        }
        let mut router = axum::Router::new();
        for (path, (endpoints, methods)) in by_path {
            let allow = allow_header(&methods);
            let endpoints = endpoints.fallback(move |method: Method| {
                let allow = allow.clone();
                async move { method_not_allowed(&method, allow) }
            });
            router = router.route(&path, endpoints);
        }
        router.fallback(|| async { respond(ServerError::NotFound.into_reply()) })
    }
}

/// `Allow` for a path with these methods (`HEAD` with `GET`; unlike DRF,
/// no `OPTIONS`, which these routes do not answer).
fn allow_header(methods: &[&str]) -> String {
    let mut all: Vec<&str> = methods.to_vec();
    if all.contains(&"GET") {
        all.push("HEAD");
    }
    let order = [
        "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE",
    ];
    all.sort_by_key(|m| order.iter().position(|o| o == m).unwrap_or(order.len()));
    all.dedup();
    all.join(", ")
}

/// DRF's `405`: `{"detail": "Method \"DELETE\" not allowed."}`.
fn method_not_allowed(method: &Method, allow: String) -> Response {
    let message = format!("Method \"{method}\" not allowed.");
    let mut response = respond(Reply::detail(405, &message));
    if let Ok(value) = HeaderValue::from_str(&allow) {
        response.headers_mut().insert(header::ALLOW, value);
    }
    response
}

fn method_filter(method: &str) -> Option<MethodFilter> {
    Some(match method {
        "GET" => MethodFilter::GET,
        "POST" => MethodFilter::POST,
        "PUT" => MethodFilter::PUT,
        "PATCH" => MethodFilter::PATCH,
        "DELETE" => MethodFilter::DELETE,
        "HEAD" => MethodFilter::HEAD,
        "OPTIONS" => MethodFilter::OPTIONS,
        "TRACE" => MethodFilter::TRACE,
        _ => return None,
    })
}

async fn dispatch(
    shared: &Shared,
    op: &'static Operation,
    handler: &Handler,
    request: Request,
) -> Reply {
    match run(shared, op, handler, request).await {
        Ok(reply) => reply,
        Err(error) => error.into_reply(),
    }
}

async fn run(
    shared: &Shared,
    op: &'static Operation,
    handler: &Handler,
    request: Request,
) -> Result<Reply> {
    let (mut parts, body) = request.into_parts();
    let auth = authenticate(shared, op, &parts.headers)?;

    // Parameters.
    let path_params = RawPathParams::from_request_parts(&mut parts, &())
        .await
        .map_err(|_| ServerError::NotFound)?;
    let query: Vec<(String, String)> =
        form_urlencoded::parse(parts.uri.query().unwrap_or("").as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
    let headers: Vec<(String, String)> = parts
        .headers
        .iter()
        .filter_map(|(k, v)| Some((k.as_str().to_string(), v.to_str().ok()?.to_string())))
        .collect();
    let raw = RawParams {
        path: path_params.iter().collect(),
        query,
        headers,
    };
    let params = params::read(shared.api, &op.params, &raw, shared.drf_input)
        .map_err(|errors| params_error(shared, op, errors))?;

    // Body.
    if let Some(length) = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
    {
        if length > shared.body_limit as u64 {
            return Err(too_large());
        }
    }
    let bytes = axum::body::to_bytes(Body::new(body), shared.body_limit)
        .await
        .map_err(|_| too_large())?;
    let body = match &op.body {
        None => ReadBody::default(),
        Some(spec) => read_body(shared, spec, &parts.headers, &bytes).await?,
    };
    let input = Input::new(auth, params, body);
    (handler)(input).await
}

/// Field errors as a `ValidationError` body. The schema gives that body
/// two properties of its own (`non_field_errors`: list, `code`: string):
/// errors of body fields with those names go into `non_field_errors` as
/// `"field: message"`, so the body still matches the schema.
fn validation_body(errors: Value) -> Value {
    let mut map = match errors {
        Value::Object(map) => map,
        other => {
            let mut map = Map::new();
            map.insert("non_field_errors".into(), other);
            return Value::Object(map);
        }
    };
    let mut general = Vec::new();
    for name in ["code", "non_field_errors"] {
        if let Some(value) = map.remove(name) {
            match value {
                Value::Array(items)
                    if items.iter().all(Value::is_string) && name == "non_field_errors" =>
                {
                    general.extend(items)
                }
                Value::Array(items) => general.extend(items.into_iter().map(|m| {
                    Value::String(format!(
                        "{name}: {}",
                        m.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| m.to_string())
                    ))
                })),
                other => general.push(Value::String(format!("{name}: {other}"))),
            }
        }
    }
    if !general.is_empty() {
        map.insert("non_field_errors".into(), Value::Array(general));
    }
    Value::Object(map)
}

/// Parameter errors as a response: `400` with the errors, or, reading
/// requests as DRF does, the `404`s of an unparsable path key or page.
fn params_error(shared: &Shared, op: &Operation, errors: Map<String, Value>) -> ServerError {
    if shared.drf_input {
        let in_path = op
            .params
            .iter()
            .any(|p| p.location == Location::Path && errors.contains_key(&p.name));
        if in_path {
            return ServerError::NotFound;
        }
        let page = op
            .params
            .iter()
            .any(|p| p.location == Location::Query && p.name == "page");
        if page && errors.contains_key("page") {
            return ServerError::Reply(Reply::detail(404, "Invalid page."));
        }
    }
    ServerError::BadRequest(Value::Object(errors))
}

fn too_large() -> ServerError {
    ServerError::Reply(Reply::detail(413, "Request body too large."))
}

/// Which credential the request carries for `op`, or `403`.
fn authenticate(shared: &Shared, op: &Operation, headers: &HeaderMap) -> Result<Auth> {
    let mut found = None;
    for alternative in &op.security {
        let Some((first, rest)) = alternative.split_first() else {
            continue;
        };
        let Some(token) = credential(shared.api, first, headers) else {
            continue;
        };
        if rest
            .iter()
            .all(|scheme| credential(shared.api, scheme, headers).is_some())
        {
            let scheme: &'static str = shared
                .api
                .schemes
                .iter()
                .find(|(name, _)| name == first)
                .map(|(name, _)| name.as_str())
                .unwrap_or("");
            found = Some(Auth::new(scheme, token));
            break;
        }
    }
    let auth = match found {
        Some(auth) => auth,
        None if op.allows_anonymous() => Auth::anonymous(),
        None => {
            return Err(ServerError::Reply(Reply::detail(
                403,
                "Authentication credentials were not provided.",
            )))
        }
    };
    if auth.credential().is_some() {
        if let Some(check) = &shared.authenticate {
            if !check(&auth) {
                return Err(ServerError::Reply(Reply::detail(
                    403,
                    "Token invalid/expired",
                )));
            }
        }
    }
    Ok(auth)
}

/// The credential sent for `scheme`, if well formed.
fn credential(api: &Api, scheme: &str, headers: &HeaderMap) -> Option<String> {
    let (_, kind) = api.schemes.iter().find(|(name, _)| name == scheme)?;
    let value = match kind {
        SchemeKind::Authorization { prefix } => {
            let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
            let (given, rest) = value.split_once(' ')?;
            if !given.eq_ignore_ascii_case(prefix) {
                return None;
            }
            rest.trim().to_string()
        }
        SchemeKind::Header { name } => headers
            .get(name.as_str())?
            .to_str()
            .ok()?
            .trim()
            .to_string(),
        SchemeKind::Query { .. } => return None,
    };
    (!value.is_empty() && !value.contains(char::is_whitespace)).then_some(value)
}

/// A request body as read: the value validated against the schema (a form's
/// fields as an object), a form's files, and the exact bytes of a body of
/// another media type.
#[derive(Debug, Default)]
pub(crate) struct ReadBody {
    pub value: Option<Value>,
    pub files: Vec<UploadedFile>,
    pub raw: Option<bytes::Bytes>,
}

async fn read_body(
    shared: &Shared,
    spec: &super::table::Body,
    headers: &HeaderMap,
    bytes: &bytes::Bytes,
) -> Result<ReadBody> {
    let api = shared.api;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if bytes.is_empty() && !spec.required {
        return Ok(ReadBody::default());
    }
    let content = if essence.is_empty() {
        spec.content.iter().find(|c| is_json(&c.media_type))
    } else {
        spec.content
            .iter()
            .find(|c| c.media_type.eq_ignore_ascii_case(&essence))
            .or_else(|| {
                spec.content
                    .iter()
                    .find(|c| is_json(&c.media_type) && is_json(&essence))
            })
    };
    let Some(content) = content else {
        return Err(ServerError::Reply(Reply {
            status: 415,
            body: ReplyBody::Json(serde_json::json!({
                "detail": format!("Unsupported media type \"{content_type}\" in request.")
            })),
        }));
    };
    let mut raw = None;
    let (value, files) = if is_json(&content.media_type) {
        if bytes.is_empty() {
            (Value::Object(Map::new()), Vec::new())
        } else {
            // DRF's `ParseError`: `400 {"detail": "JSON parse error - ..."}`.
            let value: Value = serde_json::from_slice(bytes).map_err(|e| {
                ServerError::Reply(Reply::detail(400, &format!("JSON parse error - {e}")))
            })?;
            (value, Vec::new())
        }
    } else if content.media_type == "multipart/form-data" {
        multipart(api, content.ty.as_ref(), content_type, bytes).await?
    } else if content.media_type == "application/x-www-form-urlencoded" {
        let pairs = form_urlencoded::parse(bytes);
        let pairs: Vec<(String, String)> = pairs
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let pairs = pairs.iter().map(|(k, v)| (k.as_str(), v.clone()));
        (
            super::form::object(api, content.ty.as_ref(), pairs),
            Vec::new(),
        )
    } else {
        // The handler gets the exact bytes. A body the schema types as text
        // must be UTF-8 to be validated as such; a binary one is validated
        // (its length, say) on its text with invalid sequences replaced.
        raw = Some(bytes.clone());
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(_) if matches!(content.ty, None | Some(Ty::Binary)) => {
                String::from_utf8_lossy(bytes).into_owned()
            }
            Err(e) => {
                return Err(ServerError::Reply(Reply::detail(
                    400,
                    &format!("Body is not valid UTF-8 text - {e}"),
                )))
            }
        };
        (Value::String(text), Vec::new())
    };
    let mut value = value;
    if let Some(ty) = &content.ty {
        if shared.drf_input {
            coerce::drf(api, ty, &mut value);
        }
        if let Some(errors) = validate::check(api, ty, &value, &Default::default()) {
            return Err(ServerError::BadRequest(validation_body(errors)));
        }
    }
    Ok(ReadBody {
        value: Some(value),
        files,
        raw,
    })
}

/// A form as a JSON object: text fields converted to the field's type,
/// file fields holding the file name; the files beside it.
async fn multipart(
    api: &Api,
    ty: Option<&Ty>,
    content_type: &str,
    bytes: &[u8],
) -> Result<(Value, Vec<UploadedFile>)> {
    let boundary = multer::parse_boundary(content_type)
        .map_err(|e| ServerError::invalid(format!("Multipart form parse error - {e}")))?;
    let data = bytes::Bytes::copy_from_slice(bytes);
    let stream = futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(data) });
    let mut form = multer::Multipart::new(stream, boundary);
    let fields = ty.and_then(|ty| api.fields(ty)).unwrap_or(&[]);
    let mut map = Map::new();
    let mut files = Vec::new();
    let parse_error =
        |e: multer::Error| ServerError::invalid(format!("Multipart form parse error - {e}"));
    while let Some(field) = form.next_field().await.map_err(parse_error)? {
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field.file_name().map(str::to_string);
        let part_type = field.content_type().map(|m| m.to_string());
        let schema = fields.iter().find(|f| f.name == name);
        let is_file =
            file_name.is_some() || schema.is_some_and(|f| api.resolve(&f.ty) == &Ty::Binary);
        let data = field.bytes().await.map_err(parse_error)?;
        if is_file {
            map.insert(
                name.clone(),
                Value::String(file_name.clone().unwrap_or_default()),
            );
            files.push(UploadedFile {
                field: name,
                file_name,
                content_type: part_type,
                bytes: data.to_vec(),
            });
        } else {
            let text = String::from_utf8(data.to_vec()).map_err(|e| {
                ServerError::invalid(format!(
                    "Multipart form parse error - field {name:?} is not valid UTF-8 - {e}"
                ))
            })?;
            let value = super::form::text_value(api, schema.map(|f| &f.ty), text);
            map.insert(name, value);
        }
    }
    Ok((Value::Object(map), files))
}

fn respond(reply: Reply) -> Response {
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let (content_type, body) = match reply.body {
        ReplyBody::Empty => (None, Vec::new()),
        ReplyBody::Json(value) => (
            Some("application/json".to_string()),
            serde_json::to_vec(&value).unwrap_or_default(),
        ),
        ReplyBody::Raw(raw) => (Some(raw.content_type), raw.bytes),
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    if let Some(ct) = content_type.and_then(|ct| HeaderValue::from_str(&ct).ok()) {
        response.headers_mut().insert(header::CONTENT_TYPE, ct);
    }
    response
}
