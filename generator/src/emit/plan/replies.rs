//! Response enums, one per distinct set of documented statuses and body
//! kinds, shared by every operation with that set (authentik's 1,192
//! operations use 10). The success body is the enum's type parameter, so
//! `Reply200_400_403<PaginatedUserList>` serves every list.

use crate::emit::media::is_json;
use crate::ir::{Operation, TypeRef};

/// What a documented status carries.
#[derive(Clone, Debug, PartialEq)]
pub enum Payload {
    Empty,
    /// The JSON success body: the enum's type parameter.
    Success,
    /// A non-JSON body (`RawBody`).
    Raw,
    /// A JSON body of this type (error bodies).
    Fixed(TypeRef),
}

#[derive(Debug)]
pub struct Shape {
    pub name: String,
    pub statuses: Vec<(u16, Payload)>,
}

/// The shared response enums of one API.
#[derive(Debug, Default)]
pub struct Replies {
    pub shapes: Vec<Shape>,
}

/// `200` -> `Ok`, `404` -> `NotFound`, others `Status418`.
pub fn variant_name(code: u16) -> String {
    match code {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        204 => "NoContent",
        301 => "MovedPermanently",
        302 => "Found",
        304 => "NotModified",
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        409 => "Conflict",
        410 => "Gone",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        501 => "NotImplemented",
        503 => "ServiceUnavailable",
        _ => return format!("Status{code}"),
    }
    .to_string()
}

impl Replies {
    /// The enum for `op` (index) and its success body type, if it has one.
    pub fn add(&mut self, op: &Operation, warnings: &mut Vec<String>) -> (usize, Option<TypeRef>) {
        let mut statuses = Vec::new();
        let mut success = None;
        // Statuses a patch added are the client's business: the stubs keep
        // the schema's (a handler's other statuses pass through untyped).
        for response in op.responses.iter().filter(|r| !r.from_patch) {
            let Ok(code) = response.status.parse::<u16>() else {
                warnings.push(format!(
                    "{}: response {:?} is not a status code; the server cannot send it",
                    op.id, response.status
                ));
                continue;
            };
            let json = response.content.iter().find(|c| is_json(&c.media_type));
            let payload = match json {
                Some(c) => match &c.ty {
                    Some(TypeRef::Binary) => Payload::Raw,
                    ty => {
                        let ty = ty.clone().unwrap_or(TypeRef::Json);
                        if (200..300).contains(&code) && success.is_none() {
                            success = Some(ty);
                            Payload::Success
                        } else {
                            Payload::Fixed(ty)
                        }
                    }
                },
                None if response.content.is_empty() => Payload::Empty,
                None => Payload::Raw,
            };
            statuses.push((code, payload));
        }
        if let Some(i) = self.shapes.iter().position(|s| s.statuses == statuses) {
            return (i, success);
        }
        let codes: Vec<String> = statuses.iter().map(|(c, _)| c.to_string()).collect();
        let raw = statuses.iter().any(|(_, p)| *p == Payload::Raw);
        let base = format!(
            "Reply{}{}",
            if codes.is_empty() {
                "None".to_string()
            } else {
                codes.join("_")
            },
            if raw { "Raw" } else { "" }
        );
        let mut name = base.clone();
        let mut n = 2;
        while self.shapes.iter().any(|s| s.name == name) {
            name = format!("{base}V{n}");
            n += 1;
        }
        self.shapes.push(Shape { name, statuses });
        (self.shapes.len() - 1, success)
    }
}
