//! `authentik-fake`: serve a fake authentik until Ctrl-C.
//!
//! ```text
//! authentik-fake [--host 127.0.0.1] [--port 9000] [--token TOKEN]
//! ```
//!
//! The token defaults to `$AUTHENTIK_FAKE_TOKEN`, else a fixed development
//! value; it is printed at start with the base URL.

use std::process::ExitCode;

const DEFAULT_TOKEN: &str = "authentik-fake-token";

const USAGE: &str = "\
Usage: authentik-fake [--host HOST] [--port PORT] [--token TOKEN]

A stateful in-memory fake of the authentik API (under /api/v3).

Options:
  --host HOST     address to listen on (default 127.0.0.1)
  --port PORT     port to listen on (default 9000; 0 picks a free one)
  --token TOKEN   the bearer token to accept (default $AUTHENTIK_FAKE_TOKEN,
                  else \"authentik-fake-token\")
  -h, --help      print this help";

#[derive(Debug, PartialEq)]
struct Options {
    host: String,
    port: u16,
    token: String,
}

/// Parse the arguments (without the program name).
fn parse(
    args: impl IntoIterator<Item = String>,
    env_token: Option<String>,
) -> Result<Option<Options>, String> {
    let mut options = Options {
        host: "127.0.0.1".into(),
        port: 9000,
        token: env_token
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| DEFAULT_TOKEN.into()),
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => {
                (name.to_string(), Some(value.to_string()))
            }
            _ => (arg.clone(), None),
        };
        if name == "-h" || name == "--help" {
            return Ok(None);
        }
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name.as_str() {
            "--host" => options.host = value()?,
            "--port" => {
                let v = value()?;
                options.port = v.parse().map_err(|_| format!("invalid port: {v}"))?;
            }
            "--token" => {
                let v = value()?;
                if v.is_empty() || v.contains(char::is_whitespace) {
                    return Err("the token must be non-empty and without spaces".into());
                }
                options.token = v;
            }
            other => return Err(format!("unknown argument: {other}")),
        }
    }
    Ok(Some(options))
}

#[tokio::main]
async fn main() -> ExitCode {
    let options = match parse(
        std::env::args().skip(1),
        std::env::var("AUTHENTIK_FAKE_TOKEN").ok(),
    ) {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("authentik-fake: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind((options.host.as_str(), options.port)).await
    {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!(
                "authentik-fake: cannot listen on {}:{}: {e}",
                options.host, options.port
            );
            return ExitCode::FAILURE;
        }
    };
    let base_url = match listener.local_addr() {
        Ok(addr) => format!("http://{addr}"),
        Err(_) => format!("http://{}:{}", options.host, options.port),
    };
    let fake = authentik_fake::Fake::new();
    println!(
        "authentik-fake {} listening on {base_url}",
        fake.api().version
    );
    println!("API: {base_url}/api/v3/");
    println!("token: {}", options.token);
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let router = authentik_fake::router_with(fake, &options.token);
    match authentik_fake::serve(listener, router, shutdown).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("authentik-fake: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn defaults() {
        let options = parse(args(&[]), None).unwrap().unwrap();
        assert_eq!(
            options,
            Options {
                host: "127.0.0.1".into(),
                port: 9000,
                token: DEFAULT_TOKEN.into()
            }
        );
        let options = parse(args(&[]), Some("from-env".into())).unwrap().unwrap();
        assert_eq!(options.token, "from-env");
    }

    #[test]
    fn options() {
        let options = parse(
            args(&["--port", "0", "--host=::1", "--token", "t"]),
            Some("env".into()),
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            (options.host.as_str(), options.port, options.token.as_str()),
            ("::1", 0, "t")
        );
        assert_eq!(parse(args(&["--help"]), None), Ok(None));
        assert!(parse(args(&["--port"]), None).is_err());
        assert!(parse(args(&["--port", "70000"]), None).is_err());
        assert!(parse(args(&["--token", "a b"]), None).is_err());
        assert!(parse(args(&["--what"]), None).is_err());
    }
}
