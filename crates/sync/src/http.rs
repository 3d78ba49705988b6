//! The HTTP transport of the client (blocking reqwest over rustls). WHY
//! blocking: the sync loop runs on its own thread in the app and in the CLI;
//! an async runtime would add nothing. The token is sent only in the
//! `Authorization` header and never appears in an error or a log line.

use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::client::Transport;
use crate::error::{Result, SyncError};
use crate::protocol::{
    ErrorBody, ErrorCode, PullRequest, PullResponse, PushRequest, PushResponse, PULL_PATH,
    PUSH_PATH,
};

/// Talks to a `talentdesk-server` at `base_url` with a bearer token.
pub struct HttpTransport {
    base: String,
    token: String,
    client: reqwest::blocking::Client,
}

impl std::fmt::Debug for HttpTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpTransport")
            .field("base", &self.base)
            .field("token", &"<redacted>")
            .finish()
    }
}

impl HttpTransport {
    pub fn new(base_url: &str, token: &str) -> Result<Self> {
        // reqwest is built without a default crypto provider; ring is ours.
        // Installing fails harmlessly when another part of the process did it.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::blocking::Client::builder()
            .timeout(Duration::from_secs(60))
            .connect_timeout(Duration::from_secs(10))
            .user_agent(concat!("talentdesk-sync/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| SyncError::Transport(format!("cannot build the HTTP client: {e}")))?;
        Ok(HttpTransport {
            base: base_url.trim_end_matches('/').to_string(),
            token: token.to_string(),
            client,
        })
    }

    fn post<Req: Serialize, Res: DeserializeOwned>(&self, path: &str, body: &Req) -> Result<Res> {
        let url = format!("{}{path}", self.base);
        let resp = self
            .client
            .post(&url)
            .bearer_auth(&self.token)
            .json(body)
            .send()
            .map_err(|e| SyncError::Transport(format!("{url}: {}", e.without_url())))?;
        let status = resp.status();
        if status.is_success() {
            return resp.json::<Res>().map_err(|e| {
                SyncError::Transport(format!("{url}: bad answer: {}", e.without_url()))
            });
        }
        let body: Option<ErrorBody> = resp.json().ok();
        Err(match body {
            Some(b) => SyncError::Remote {
                code: b.code,
                message: b.message,
            },
            None => SyncError::Remote {
                code: if status.as_u16() == 401 || status.as_u16() == 403 {
                    ErrorCode::Auth
                } else {
                    ErrorCode::Unavailable
                },
                message: format!("HTTP {status}"),
            },
        })
    }
}

impl Transport for HttpTransport {
    fn push(&self, req: &PushRequest) -> Result<PushResponse> {
        self.post(PUSH_PATH, req)
    }

    fn pull(&self, req: &PullRequest) -> Result<PullResponse> {
        self.post(PULL_PATH, req)
    }
}
