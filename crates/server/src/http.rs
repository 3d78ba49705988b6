//! The HTTP API (axum). WHY the checks are in this order: authenticate the
//! token, authorize the workspace, check the schema version and the request,
//! rate-limit, and only then touch storage, so a request that fails a check
//! changes nothing. Error answers never echo the token.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use talentdesk_core::clock::system_wall_ms;
use talentdesk_sync::hub::{error, validate_pull, validate_push};
use talentdesk_sync::protocol::{
    ErrorBody, ErrorCode, PullRequest, PushRequest, PULL_PATH, PUSH_PATH,
};

use crate::auth::{bearer, token_hash};
use crate::storage::{Storage, StorageError};

/// Requests per account per second (sustained) and burst.
#[derive(Debug, Clone, Copy)]
pub struct RateLimit {
    pub per_second: f64,
    pub burst: f64,
}

impl Default for RateLimit {
    fn default() -> Self {
        RateLimit {
            per_second: 50.0,
            burst: 200.0,
        }
    }
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

/// Shared state of the handlers.
pub struct AppState {
    pub storage: Arc<dyn Storage>,
    pub limit: RateLimit,
    buckets: Mutex<HashMap<String, Bucket>>,
}

impl AppState {
    pub fn new(storage: Arc<dyn Storage>, limit: RateLimit) -> Arc<Self> {
        Arc::new(AppState {
            storage,
            limit,
            buckets: Mutex::new(HashMap::new()),
        })
    }

    /// Take one request from the account's bucket; `Err(ms)` = retry after.
    fn admit(&self, account: &str) -> Result<(), u64> {
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let b = buckets.entry(account.to_string()).or_insert(Bucket {
            tokens: self.limit.burst,
            at: now,
        });
        let elapsed = now.duration_since(b.at).as_secs_f64();
        b.tokens = (b.tokens + elapsed * self.limit.per_second).min(self.limit.burst);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            let wait = (1.0 - b.tokens) / self.limit.per_second.max(0.001);
            Err((wait * 1000.0).ceil() as u64)
        }
    }
}

/// A protocol error as an HTTP answer.
pub struct ApiError(pub ErrorBody);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.code.http_status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        (status, Json(self.0)).into_response()
    }
}

impl From<ErrorBody> for ApiError {
    fn from(e: ErrorBody) -> Self {
        ApiError(e)
    }
}

impl From<StorageError> for ApiError {
    fn from(e: StorageError) -> Self {
        tracing::error!(error = %e, "storage failed");
        ApiError(error(
            ErrorCode::Unavailable,
            "the server could not complete the request; retry later",
        ))
    }
}

fn auth_error(msg: &str) -> ApiError {
    ApiError(error(ErrorCode::Auth, msg))
}

/// Authenticate the bearer token and authorize `workspace`; returns the account.
async fn authorize(
    state: &Arc<AppState>,
    headers: &HeaderMap,
    workspace: &str,
) -> Result<String, ApiError> {
    let header = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| auth_error("missing Authorization: Bearer token"))?;
    let token = bearer(header)
        .ok_or_else(|| auth_error("malformed Authorization header; expected Bearer"))?;
    let hash = token_hash(token);
    let storage = Arc::clone(&state.storage);
    let ws = workspace.to_string();
    let account = blocking(move || {
        let Some(account) = storage.account_for_token(&hash)? else {
            return Ok(Err(auth_error("unknown or revoked token")));
        };
        if !storage.is_member(&ws, &account)? {
            return Ok(Err(auth_error("this token may not use that workspace")));
        }
        Ok(Ok(account))
    })
    .await??;
    state.admit(&account).map_err(|ms| {
        ApiError(ErrorBody {
            code: ErrorCode::Rate,
            message: format!("too many requests; retry in {ms} ms"),
            retry_after_ms: Some(ms),
        })
    })?;
    Ok(account)
}

/// Run storage work off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, StorageError> + Send + 'static,
) -> Result<T, ApiError> {
    match tokio::task::spawn_blocking(f).await {
        Ok(r) => r.map_err(ApiError::from),
        Err(e) => Err(ApiError::from(StorageError::Backend(format!(
            "worker: {e}"
        )))),
    }
}

async fn push(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Result<Json<PushRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(req) = body.map_err(|e| ApiError(error(ErrorCode::Validation, e.body_text())))?;
    let account = authorize(&state, &headers, &req.workspace_id).await?;
    validate_push(&req, system_wall_ms())?;
    let storage = Arc::clone(&state.storage);
    let n = req.changes.len();
    let resp = blocking(move || storage.push(&req)).await?;
    tracing::info!(%account, changes = n, applied = resp.applied, duplicate = resp.duplicate, "push");
    Ok(Json(resp).into_response())
}

async fn pull(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Result<Json<PullRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(req) = body.map_err(|e| ApiError(error(ErrorCode::Validation, e.body_text())))?;
    let account = authorize(&state, &headers, &req.workspace_id).await?;
    let limit = validate_pull(&req)?;
    let storage = Arc::clone(&state.storage);
    let resp = blocking(move || storage.pull(&req.workspace_id, req.cursor, limit)).await?;
    tracing::debug!(%account, rows = resp.rows.len(), "pull");
    Ok(Json(resp).into_response())
}

/// The API's routes.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route(PUSH_PATH, post(push))
        .route(PULL_PATH, post(pull))
        .layer(DefaultBodyLimit::max(32 * 1024 * 1024))
        .with_state(state)
}

/// Serve on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await
}
