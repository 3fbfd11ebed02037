//! `multipart/form-data` bodies: files (from bytes, a path or a reader,
//! streamed) and fields.

use super::values::param_values;
use bytes::Bytes;
use serde::Serialize;
use std::fmt;
use std::path::Path;

type Source = Option<Box<dyn std::error::Error + Send + Sync>>;

/// A file to upload.
pub struct FilePart {
    part: reqwest::multipart::Part,
}

impl FilePart {
    /// A file from memory.
    pub fn bytes(file_name: impl Into<String>, data: impl Into<Bytes>) -> Self {
        let data: Bytes = data.into();
        let len = data.len() as u64;
        FilePart {
            part: reqwest::multipart::Part::stream_with_length(data, len)
                .file_name(file_name.into()),
        }
    }

    /// A file on disk, streamed (not read into memory); its file name and
    /// media type (from the extension) are sent along.
    pub async fn path(path: impl AsRef<Path>) -> std::io::Result<Self> {
        Ok(FilePart {
            part: reqwest::multipart::Part::file(path).await?,
        })
    }

    /// A file read from `reader` as the request is sent (streamed).
    pub fn reader<R>(file_name: impl Into<String>, reader: R) -> Self
    where
        R: tokio::io::AsyncRead + Send + 'static,
    {
        let body = reqwest::Body::wrap_stream(tokio_util::io::ReaderStream::new(reader));
        FilePart {
            part: reqwest::multipart::Part::stream(body).file_name(file_name.into()),
        }
    }

    /// A file from a stream of chunks (streamed).
    pub fn stream<S>(file_name: impl Into<String>, stream: S) -> Self
    where
        S: futures_core::TryStream + Send + 'static,
        S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
        Bytes: From<S::Ok>,
    {
        FilePart {
            part: reqwest::multipart::Part::stream(reqwest::Body::wrap_stream(stream))
                .file_name(file_name.into()),
        }
    }

    /// Set the part's media type (`application/xml` ...).
    pub fn mime_type(self, mime: &str) -> Result<Self, reqwest::Error> {
        Ok(FilePart {
            part: self.part.mime_str(mime)?,
        })
    }
}

impl From<reqwest::multipart::Part> for FilePart {
    fn from(part: reqwest::multipart::Part) -> Self {
        FilePart { part }
    }
}

impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.part, f)
    }
}

/// A `multipart/form-data` body being built by a generated method.
#[derive(Default)]
pub struct Multipart {
    form: reqwest::multipart::Form,
    error: Option<(String, Source)>,
}

impl fmt::Debug for Multipart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Multipart")
            .field("boundary", &self.form.boundary())
            .finish_non_exhaustive()
    }
}

impl Multipart {
    pub fn new() -> Self {
        Self::default()
    }

    /// A field: one text part per value (`None` adds none, an array one
    /// per item).
    pub fn text<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        match param_values(value) {
            Ok(values) => {
                for value in values {
                    self.form = std::mem::take(&mut self.form).text(name, value);
                }
            }
            Err(e) => {
                if self.error.is_none() {
                    self.error = Some((
                        format!("field `{name}` does not serialise"),
                        Some(Box::new(e)),
                    ));
                }
            }
        }
    }

    /// A file part.
    pub fn file(&mut self, name: &'static str, file: FilePart) {
        self.form = std::mem::take(&mut self.form).part(name, file.part);
    }

    /// An optional file part.
    pub fn file_opt(&mut self, name: &'static str, file: Option<FilePart>) {
        if let Some(file) = file {
            self.file(name, file);
        }
    }

    pub(super) fn into_parts(self) -> (reqwest::multipart::Form, Option<(String, Source)>) {
        (self.form, self.error)
    }
}
