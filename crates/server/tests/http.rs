//! The real server on a random loopback port, reached through the client's
//! HTTP transport, once with SQLite storage (`sqlite::…`) and once with
//! PostgreSQL (`postgres::…`, which needs `TALENTDESK_TEST_POSTGRES_URL`; see
//! `cargo xtask server-tests`): two devices converge, a token for one
//! workspace can neither read nor write another, protocol errors have their
//! codes, a client killed between push and acknowledgement, or between a
//! pulled page and the cursor save, loses and duplicates nothing, and several
//! replicas syncing at once through a lossy network converge.

#[path = "http/convergence.rs"]
mod convergence;
#[path = "http/fixture.rs"]
mod fixture;
#[path = "http/storage.rs"]
mod storage;

use fixture::{Backend, Server};
use serde_json::json;
use talentdesk_core::Store;
use talentdesk_server::{Provisioned, RateLimit};
use talentdesk_sync::client::{SyncClient, Transport};
use talentdesk_sync::http::HttpTransport;
use talentdesk_sync::protocol::{ErrorCode, PullRequest, PullResponse, PushRequest, PushResponse};
use talentdesk_sync::{Result, SyncError};

fn exec(store: &Store, sql: &str) {
    store
        .write(|tx| {
            tx.execute_batch(sql)?;
            Ok(())
        })
        .unwrap();
}

fn count(store: &Store, sql: &str) -> i64 {
    store
        .read(|c| Ok(c.query_row(sql, [], |r| r.get(0))?))
        .unwrap()
}

/// Each test function, run once per storage backend.
macro_rules! both {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[test]
            fn $name() {
                super::$name(super::Backend::Sqlite)
            })*
        }
        mod postgres {
            $(#[test]
            fn $name() {
                super::$name(super::Backend::Postgres)
            })*
        }
    };
}

both!(
    two_devices_converge_through_the_server,
    a_token_cannot_read_or_write_another_workspace,
    protocol_errors_have_their_codes,
    killed_mid_push_or_mid_pull_loses_and_duplicates_nothing,
    the_token_is_stored_nowhere_in_clear,
    pulls_page_by_rows_and_bytes,
    retried_and_concurrent_pushes_apply_once,
    concurrent_pushes_never_skip_a_pulled_row,
    replicas_converge_through_a_lossy_network,
);

pub(crate) use convergence::replicas_converge_through_a_lossy_network;
pub(crate) use storage::{
    concurrent_pushes_never_skip_a_pulled_row, pulls_page_by_rows_and_bytes,
    retried_and_concurrent_pushes_apply_once,
};

#[test]
#[ignore = "a measurement: run with --ignored throughput --nocapture"]
fn throughput_sqlite() {
    storage::throughput(Backend::Sqlite)
}

#[test]
#[ignore = "a measurement: run with --ignored throughput --nocapture"]
fn throughput_postgres() {
    storage::throughput(Backend::Postgres)
}

fn device(server: &Server, p: &Provisioned) -> (SyncClient, HttpTransport) {
    let store = Store::open_in_memory().unwrap();
    (
        SyncClient::new(store, &server.url, &p.workspace_id).unwrap(),
        HttpTransport::new(&server.url, &p.token).unwrap(),
    )
}

fn two_devices_converge_through_the_server(backend: Backend) {
    let server = Server::start(backend, RateLimit::default());
    let alice = server.provision("alice");
    let (a, ta) = device(&server, &alice);
    let (b, tb) = device(&server, &alice);
    exec(
        a.store(),
        "INSERT INTO candidates (id, full_name, email) VALUES ('c1', 'Ada', 'ada@x.io');
         INSERT INTO requisitions (id, title) VALUES ('r1', 'Engineer');
         INSERT INTO applications (id, candidate_id, requisition_id) VALUES ('a1', 'c1', 'r1');",
    );
    let report = a.sync(&ta).unwrap();
    assert_eq!(report.pushed, 3);
    b.sync(&tb).unwrap();
    assert_eq!(
        count(
            b.store(),
            "SELECT count(*) FROM applications WHERE candidate_id = 'c1'"
        ),
        1
    );
    // Concurrent edits of different columns both survive; same column: the later wins.
    exec(
        a.store(),
        "UPDATE candidates SET email = 'ada@a.io', headline = 'A' WHERE id = 'c1'",
    );
    exec(
        b.store(),
        "UPDATE candidates SET location = 'Berlin', headline = 'B' WHERE id = 'c1'",
    );
    // Which concurrent write is "later" is decided by (HLC, site id).
    let newest = |c: &SyncClient| {
        let stamp: i64 = c
            .store()
            .read(|db| Ok(db.query_row("SELECT max(hlc) FROM sync_changes", [], |r| r.get(0))?))
            .unwrap();
        (stamp, c.site_id().to_string())
    };
    let later = if newest(&a) > newest(&b) { "A" } else { "B" };
    a.sync(&ta).unwrap();
    b.sync(&tb).unwrap();
    a.sync(&ta).unwrap();
    for s in [a.store(), b.store()] {
        let row: (String, String, String) = s
            .read(|c| {
                Ok(c.query_row(
                    "SELECT email, location, headline FROM candidates WHERE id = 'c1'",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )?)
            })
            .unwrap();
        assert_eq!(row, ("ada@a.io".into(), "Berlin".into(), later.into()));
    }
    let status = a.status().unwrap();
    assert_eq!(status.pending_changes, 0);
    assert!(status.last_synced_at.is_some() && status.last_error.is_none());
}

fn a_token_cannot_read_or_write_another_workspace(backend: Backend) {
    let server = Server::start(backend, RateLimit::default());
    let alice = server.provision("alice");
    let bob = server.provision("bob");
    let (a, ta) = device(&server, &alice);
    exec(
        a.store(),
        "INSERT INTO candidates (id, full_name) VALUES ('secret', 'Alice only')",
    );
    a.sync(&ta).unwrap();
    // Bob's token against Alice's workspace: both directions refused.
    let bob_transport = HttpTransport::new(&server.url, &bob.token).unwrap();
    let version = Store::latest_migration_version();
    let err = bob_transport
        .pull(&PullRequest {
            schema_version: version,
            workspace_id: alice.workspace_id.clone(),
            cursor: 0,
            limit: None,
        })
        .unwrap_err();
    assert!(
        matches!(
            err,
            SyncError::Remote {
                code: ErrorCode::Auth,
                ..
            }
        ),
        "{err}"
    );
    let intruder = SyncClient::new(
        Store::open_in_memory().unwrap(),
        &server.url,
        &alice.workspace_id,
    )
    .unwrap();
    exec(
        intruder.store(),
        "INSERT INTO candidates (id, full_name) VALUES ('evil', 'Injected')",
    );
    let err = intruder.sync(&bob_transport).unwrap_err();
    assert!(
        matches!(
            err,
            SyncError::Remote {
                code: ErrorCode::Auth,
                ..
            }
        ),
        "{err}"
    );
    // Bob's own workspace does not see Alice's rows, and Alice's has no injected row.
    let (b, tb) = device(&server, &bob);
    b.sync(&tb).unwrap();
    assert_eq!(count(b.store(), "SELECT count(*) FROM candidates"), 0);
    let (a2, ta2) = device(&server, &alice);
    a2.sync(&ta2).unwrap();
    assert_eq!(
        count(
            a2.store(),
            "SELECT count(*) FROM candidates WHERE id = 'evil'"
        ),
        0
    );
    assert_eq!(
        count(
            a2.store(),
            "SELECT count(*) FROM candidates WHERE id = 'secret'"
        ),
        1
    );
    // A bad or revoked token is refused too, and the token is never echoed.
    let wrong = HttpTransport::new(&server.url, "not-a-token").unwrap();
    let err = a.sync(&wrong).unwrap_err();
    assert!(matches!(
        err,
        SyncError::Remote {
            code: ErrorCode::Auth,
            ..
        }
    ));
    server.storage.revoke_tokens(&alice.account_id).unwrap();
    let err = a.sync(&ta).unwrap_err();
    assert!(matches!(
        err,
        SyncError::Remote {
            code: ErrorCode::Auth,
            ..
        }
    ));
    assert!(!err.to_string().contains(&alice.token));
    assert!(!format!("{ta:?}").contains(&alice.token));
}

fn protocol_errors_have_their_codes(backend: Backend) {
    let server = Server::start(
        backend,
        RateLimit {
            per_second: 0.5,
            burst: 2.0,
        },
    );
    let alice = server.provision("alice");
    let t = HttpTransport::new(&server.url, &alice.token).unwrap();
    let pull = |v: i64| PullRequest {
        schema_version: v,
        workspace_id: alice.workspace_id.clone(),
        cursor: 0,
        limit: None,
    };
    let err = t.pull(&pull(9_999)).unwrap_err();
    assert!(
        matches!(
            err,
            SyncError::Remote {
                code: ErrorCode::Version,
                ..
            }
        ),
        "{err}"
    );
    let bad = PushRequest {
        schema_version: Store::latest_migration_version(),
        workspace_id: alice.workspace_id.clone(),
        site_id: "s".into(),
        mutation_id: "m1".into(),
        changes: vec![serde_json::from_value(json!({
            "table": "candidates; DROP TABLE x", "pk": "p", "kind": "update",
            "cells": [{"stamp": [1, "s"], "values": {"full_name": "x"}}]
        }))
        .unwrap()],
    };
    let err = t.push(&bad).unwrap_err();
    assert!(
        matches!(
            err,
            SyncError::Remote {
                code: ErrorCode::Validation,
                ..
            }
        ),
        "{err}"
    );
    // The bucket (burst 2) is empty now: the next request is rate limited.
    let err = t
        .pull(&pull(Store::latest_migration_version()))
        .unwrap_err();
    assert!(
        matches!(
            err,
            SyncError::Remote {
                code: ErrorCode::Rate,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.is_transient());
}

/// Forwards to the server; can "die" right after a push reached the server,
/// or right after a pull page arrived, before the client records anything.
struct Dying<'a> {
    inner: &'a HttpTransport,
    die_after_push: bool,
    die_after_pull: bool,
}

impl Transport for Dying<'_> {
    fn push(&self, req: &PushRequest) -> Result<PushResponse> {
        let resp = self.inner.push(req)?;
        if self.die_after_push {
            return Err(SyncError::Transport(
                "killed after the server applied the push".into(),
            ));
        }
        Ok(resp)
    }

    fn pull(&self, req: &PullRequest) -> Result<PullResponse> {
        let resp = self.inner.pull(req)?;
        if self.die_after_pull {
            return Err(SyncError::Transport(
                "killed before the page was saved".into(),
            ));
        }
        Ok(resp)
    }
}

fn killed_mid_push_or_mid_pull_loses_and_duplicates_nothing(backend: Backend) {
    let server = Server::start(backend, RateLimit::default());
    let alice = server.provision("alice");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("device.db");
    let t = HttpTransport::new(&server.url, &alice.token).unwrap();
    {
        let store = Store::open(&path).unwrap();
        exec(
            &store,
            "INSERT INTO candidates (id, full_name) VALUES ('c1', 'A'), ('c2', 'B')",
        );
        let client = SyncClient::new(store, &server.url, &alice.workspace_id).unwrap();
        let dying = Dying {
            inner: &t,
            die_after_push: true,
            die_after_pull: false,
        };
        assert!(client.sync(&dying).is_err());
        assert_eq!(
            client.status().unwrap().pending_changes,
            2,
            "not acknowledged: still pending"
        );
    } // the process dies here
    {
        let store = Store::open(&path).unwrap();
        let client = SyncClient::new(store, &server.url, &alice.workspace_id).unwrap();
        let batch = client.next_batch().unwrap().unwrap();
        let resp = t.push(&batch).unwrap();
        assert!(
            resp.duplicate,
            "the same mutation id is re-sent and applied once"
        );
        client.ack(&resp.mutation_id).unwrap();
        assert_eq!(client.status().unwrap().pending_changes, 0);
    }
    // Another device pulls, dying after every page before saving it.
    let other = dir.path().join("other.db");
    {
        let store = Store::open(&other).unwrap();
        let client = SyncClient::new(store, &server.url, &alice.workspace_id)
            .unwrap()
            .with_page_limit(1);
        let dying = Dying {
            inner: &t,
            die_after_push: false,
            die_after_pull: true,
        };
        assert!(client.sync(&dying).is_err());
        assert_eq!(client.pull_cursor().unwrap(), 0);
        assert_eq!(count(client.store(), "SELECT count(*) FROM candidates"), 0);
    }
    {
        let store = Store::open(&other).unwrap();
        let client = SyncClient::new(store, &server.url, &alice.workspace_id)
            .unwrap()
            .with_page_limit(1);
        // One page saved, then killed before applying: the next run finishes.
        let page = t
            .pull(&PullRequest {
                schema_version: Store::latest_migration_version(),
                workspace_id: alice.workspace_id.clone(),
                cursor: 0,
                limit: Some(1),
            })
            .unwrap();
        assert!(!client.accept_page(&page).unwrap());
    }
    let store = Store::open(&other).unwrap();
    let client = SyncClient::new(store, &server.url, &alice.workspace_id)
        .unwrap()
        .with_page_limit(1);
    client.sync(&t).unwrap();
    assert_eq!(count(client.store(), "SELECT count(*) FROM candidates"), 2);
    assert_eq!(
        count(client.store(), "SELECT count(*) FROM sync_changes"),
        0,
        "applied rows are not echoed back"
    );
    // The server holds each row once.
    let all = t
        .pull(&PullRequest {
            schema_version: Store::latest_migration_version(),
            workspace_id: alice.workspace_id.clone(),
            cursor: 0,
            limit: None,
        })
        .unwrap();
    assert_eq!(all.rows.len(), 2);
}

fn the_token_is_stored_nowhere_in_clear(backend: Backend) {
    let server = Server::start(backend, RateLimit::default());
    let alice = server.provision("alice");
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("device.db")).unwrap();
    exec(
        &store,
        "INSERT INTO candidates (id, full_name) VALUES ('c1', 'A')",
    );
    let client = SyncClient::new(store, &server.url, &alice.workspace_id).unwrap();
    let t = HttpTransport::new(&server.url, &alice.token).unwrap();
    client.sync(&t).unwrap();
    let err = client
        .sync(&HttpTransport::new(&server.url, &format!("{}x", alice.token)).unwrap())
        .unwrap_err();
    assert!(!err.to_string().contains(&alice.token));
    // Neither the device's database file (nor its WAL) nor the server's
    // storage holds the token; the server holds its hash.
    let mut stored: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (p.display().to_string(), std::fs::read(&p).unwrap())
        })
        .collect();
    stored.extend(server.stored());
    let hash = talentdesk_server::auth::token_hash(&alice.token);
    // PostgreSQL's text form of a bytea is its hex digits.
    let hash_hex = hex::encode(&hash);
    let mut saw_hash = false;
    for (name, bytes) in stored {
        assert!(
            !bytes
                .windows(alice.token.len())
                .any(|w| w == alice.token.as_bytes()),
            "token in {name}"
        );
        saw_hash |= bytes.windows(hash.len()).any(|w| w == hash.as_slice())
            || bytes
                .windows(hash_hex.len())
                .any(|w| w == hash_hex.as_bytes());
    }
    assert!(saw_hash, "the server keeps the token's hash");
}
