//! Sending a [`Request`]: its URL (with query credentials), the HTTP
//! exchange, and the response's status sorted into success or failure.

use super::encode::encode;
use super::error::{RequestError, TransportError};
use super::request::{Body, Request};
use super::response::{Exchange, Failure, Raw};
use super::Credential;
use reqwest::header::{HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE, USER_AGENT};

impl Request {
    fn url(&self) -> String {
        let mut url = format!("{}{}", self.client.inner.base, self.path);
        let mut first = true;
        let credentials = self.client.credentials_for(self.operation.security);
        let query_credentials = credentials.iter().filter_map(|c| match c {
            Credential::Query(name, value) => Some((*name, value.as_str())),
            Credential::Header(..) => None,
        });
        let plain = self.query.iter().map(|(n, v)| (n.as_ref(), v.as_str()));
        for (name, value) in plain {
            url.push(if first { '?' } else { '&' });
            first = false;
            encode(name, &mut url);
            url.push('=');
            url.push_str(value);
        }
        for (name, value) in query_credentials {
            url.push(if first { '?' } else { '&' });
            first = false;
            encode(name, &mut url);
            url.push('=');
            encode(value, &mut url);
        }
        url
    }

    pub(super) fn exchange(self) -> Exchange {
        Box::pin(self.run())
    }

    async fn run(self) -> Result<Raw, Failure> {
        let operation = self.operation;
        if let Some(error) = self.error {
            return Err(Failure::Request(error));
        }
        let url = self.url();
        let client = &self.client;
        let inner = &client.inner;
        let url_for_errors = url.split('?').next().unwrap_or_default().to_string();
        let transport = |e: reqwest::Error| {
            Failure::Transport(TransportError {
                operation: operation.id,
                url: url_for_errors.clone(),
                source: e.without_url(),
            })
        };
        let mut builder = inner
            .http
            .request(operation.method.to_reqwest(), url.as_str())
            .header(ACCEPT, HeaderValue::from_static(self.accept))
            .header(USER_AGENT, inner.user_agent.clone());
        for credential in client.credentials_for(operation.security) {
            if let Credential::Header(name, value) = credential {
                builder = builder.header(name.clone(), value.clone());
            }
        }
        for (name, value) in &self.headers {
            let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(value),
            ) else {
                return Err(Failure::Request(RequestError::new(
                    operation.id,
                    format!("header parameter `{name}` is not a valid header"),
                    None,
                )));
            };
            builder = builder.header(name, value);
        }
        builder = match self.body {
            Body::Empty => builder,
            Body::Bytes(bytes, content_type) => builder
                .header(CONTENT_TYPE, HeaderValue::from_static(content_type))
                .body(bytes),
            Body::Multipart(form) => builder.multipart(form),
        };
        if let Some(timeout) = client.timeout() {
            builder = builder.timeout(timeout);
        }
        let mut request = builder.build().map_err(transport)?;
        if let Some(hook) = &inner.hook {
            hook(&mut request);
        }
        let response = inner.http.execute(request).await.map_err(transport)?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(transport)?;
        let raw = Raw {
            operation: operation.id,
            status,
            headers,
            body,
            policy: inner.policy.clone(),
        };
        if status.is_success() {
            Ok(raw)
        } else {
            let documented = operation
                .errors
                .iter()
                .find(|(code, _)| *code == status.as_u16())
                .map(|(_, d)| *d);
            Err(Failure::Status(raw, documented))
        }
    }
}
