//! Paginated lists walked page by page: `*_stream` methods.

use super::super::correct::{self, CorrectionKind, FieldType, Shape};
use super::error::Error;
use super::request::Request;
use super::response::{Decoder, Exchange};
use futures_core::Stream;
use serde::de::{self, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

impl Request {
    /// Walk every page of a paginated list (`page` query parameter;
    /// `{pagination: {next, current, ...}, results: [...]}` bodies), yielding
    /// the items. The other parameters (filters, ordering, `page_size`) are
    /// sent with every page; a `page` already set is the first page fetched.
    pub fn paginate<T: DeserializeOwned + FieldType, V, G>(self) -> PageStream<T, V, G> {
        PageStream {
            template: self.clone_without_body(),
            first: Some(self),
            in_flight: None,
            items: Vec::new().into_iter(),
            done: false,
            _errors: PhantomData,
        }
    }
}

/// One page: the items, and the next page's number.
struct Page<T> {
    pagination: PageInfo,
    results: Vec<T>,
}

#[derive(Default, Deserialize)]
struct PageInfo {
    #[serde(default)]
    next: Option<f64>,
    #[serde(default)]
    current: Option<f64>,
}

impl PageInfo {
    /// The next page number: authentik writes `0` when there is none.
    fn next_page(&self) -> Option<u64> {
        let next = self.next?;
        let after_current = self.current.is_none_or(|current| next > current);
        (next >= 1.0 && next.fract() == 0.0 && next <= u32::MAX as f64 && after_current)
            .then_some(next as u64)
    }
}

impl<T: FieldType> FieldType for Page<T> {
    fn zero() -> Option<Self> {
        None
    }
}

/// Read like a generated struct, so that corrections inside the items have
/// their paths (`results[3].name`).
impl<'de, T: DeserializeOwned + FieldType> Deserialize<'de> for Page<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(PageVisitor(PhantomData))
    }
}

struct PageVisitor<T>(PhantomData<T>);

impl<'de, T: DeserializeOwned + FieldType> Visitor<'de> for PageVisitor<T> {
    type Value = Page<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a page of results")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Page<T>, A::Error> {
        // A frame, so that corrections inside the items have their paths.
        let pushed = correct::enter("Page");
        let mut pagination = None;
        let mut results = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "pagination" => {
                    correct::field("pagination", &Shape::One);
                    pagination = Some(map.next_value::<PageInfo>()?);
                }
                "results" => {
                    correct::field("results", <Vec<T> as FieldType>::SHAPE);
                    results = Some(map.next_value::<Vec<T>>()?);
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let page = match results {
            Some(results) => Ok(Page {
                pagination: pagination.unwrap_or_default(),
                results,
            }),
            None if correct::record("results", CorrectionKind::MissingField) => Ok(Page {
                pagination: pagination.unwrap_or_default(),
                results: Vec::new(),
            }),
            None => Err(de::Error::missing_field("results")),
        };
        correct::leave(pushed);
        page
    }
}

/// The items of every page of a paginated list, fetched one page at a
/// time as the stream is polled. The first error ends the stream.
#[must_use = "streams do nothing unless polled"]
pub struct PageStream<T, V, G> {
    template: Option<Request>,
    first: Option<Request>,
    in_flight: Option<Exchange>,
    items: std::vec::IntoIter<T>,
    done: bool,
    _errors: PhantomData<fn() -> (V, G)>,
}

// Nothing is pinned in place: the in-flight request is boxed.
impl<T, V, G> Unpin for PageStream<T, V, G> {}

impl<
        T: DeserializeOwned + FieldType,
        V: DeserializeOwned + FieldType,
        G: DeserializeOwned + FieldType,
    > Stream for PageStream<T, V, G>
{
    type Item = Result<T, Error<V, G>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.items.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            if this.done {
                return Poll::Ready(None);
            }
            if let Some(exchange) = &mut this.in_flight {
                let result = match exchange.as_mut().poll(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(result) => result,
                };
                this.in_flight = None;
                let page = match result {
                    Ok(raw) => match Decoder::Json(correct::decode_with::<Page<T>>).decode(&raw) {
                        Ok(page) => Ok(page),
                        Err((path, source)) => Err(Error::Decode(raw.decode_error(path, source))),
                    },
                    Err(failure) => Err(failure.into_error()),
                };
                match page {
                    Ok(page) => {
                        match (page.pagination.next_page(), &mut this.template) {
                            (Some(next), Some(template)) if !page.results.is_empty() => {
                                template.set_query("page", &next);
                            }
                            _ => this.done = true,
                        }
                        this.items = page.results.into_iter();
                    }
                    Err(e) => {
                        this.done = true;
                        return Poll::Ready(Some(Err(e)));
                    }
                }
                continue;
            }
            let request = match this.first.take() {
                Some(first) => first,
                None => match this.template.as_ref().and_then(Request::clone_without_body) {
                    Some(next) => next,
                    None => {
                        this.done = true;
                        continue;
                    }
                },
            };
            this.in_flight = Some(request.exchange());
        }
    }
}

impl<T, V, G> fmt::Debug for PageStream<T, V, G> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PageStream")
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}
