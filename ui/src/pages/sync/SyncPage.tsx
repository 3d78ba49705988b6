// Sync: which server and workspace this database syncs with, signing in with an access token (kept
// in the OS keyring by the core, never here), "Sync now" with progress, the status, and the review
// of local values that lost to newer remote ones.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import type { ConflictChoice, SyncConflict, SyncSettings, SyncStatusView } from "../../bindings";
import { call, errorMessage } from "../../api";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { EmptyState } from "../../components/EmptyState";
import { Field, FormError } from "../../components/Field";
import { ErrorState, Loading, PageHeader } from "../../components/Page";
import { TaskProgress } from "../../components/TaskProgress";
import { useCoreForm } from "../../lib/form";
import { dateTime, relative } from "../../lib/format";
import { useCommand } from "../../lib/queries";
import { useSyncStatus } from "../../lib/sync";
import { useTask } from "../../lib/tasks";
import { useToast } from "../../lib/toast";

function Card({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <section className="settings-card">
      <div className="settings-card-head">
        <h2>{title}</h2>
        {description && <p className="muted">{description}</p>}
      </div>
      <div className="settings-card-body">{children}</div>
    </section>
  );
}

export function SyncPage() {
  const settings = useCommand("sync_settings_get", {});
  const status = useSyncStatus();
  return (
    <div className="page settings sync-page">
      <PageHeader
        title="Sync"
        description="Work offline on this computer and share the same data with your team or your other computers through a Talentdesk sync server."
      />
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <ConnectionCards settings={settings.data} />
      )}
      {status.data && <StatusCard status={status.data} />}
      <ConflictsCard />
    </div>
  );
}

function ConnectionCards({ settings }: { settings: SyncSettings }) {
  const client = useQueryClient();
  const toast = useToast();
  const form = useCoreForm({
    server_url: settings.server_url ?? "",
    workspace_id: settings.workspace_id ?? "",
    auto_sync: settings.auto_sync,
    token: "",
  });
  useEffect(() => {
    // Another save (or a sign-in) changed what is stored: show it.
    form.setValues((v) => ({ ...v, server_url: settings.server_url ?? v.server_url, workspace_id: settings.workspace_id ?? v.workspace_id }));
  }, [settings.server_url, settings.workspace_id]);

  const stored = (next: SyncSettings) => {
    client.setQueryData(["sync_settings_get", {}], next);
    void client.invalidateQueries({ queryKey: ["sync_status"] });
  };

  const pairing = () => ({ server_url: form.values.server_url.trim(), workspace_id: form.values.workspace_id.trim() });

  const save = async () => {
    if (!form.requireFilled(["server_url", "workspace_id"])) return;
    await form.submit(async () => {
      stored(await call("sync_settings_save", { ...pairing(), auto_sync: form.values.auto_sync }));
      toast.show("Sync server saved", "success");
    });
  };

  const signIn = async () => {
    if (!form.requireFilled(["server_url", "workspace_id", "token"])) return;
    const ok = await form.submit(async () => {
      stored(await call("sync_sign_in", { ...pairing(), token: form.values.token }));
    });
    // The token is the keyring's now; it does not stay in the page.
    form.set("token", "");
    if (ok) toast.show("Signed in; the token is kept in your system's keyring", "success");
  };

  const signOut = async () => {
    await form.submit(async () => {
      stored(await call("sync_sign_out", {}));
      toast.show("Signed out; the token was removed from the keyring", "success");
    });
  };

  return (
    <>
      <Card title="Server" description="The address of your team's Talentdesk sync server and the workspace this database syncs with.">
        <form
          className="form-stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Field label="Server URL" field="server_url" errors={form.errors} hint="For example https://sync.example.com" required>
            <input className="input mono" {...form.bind("server_url")} spellCheck={false} autoComplete="off" data-testid="sync-server-url" />
          </Field>
          <Field label="Workspace" field="workspace_id" errors={form.errors} hint="The workspace id your server administrator gave you." required>
            <input className="input mono" {...form.bind("workspace_id")} spellCheck={false} autoComplete="off" data-testid="sync-workspace-id" />
          </Field>
          <label className="checkbox">
            <input
              type="checkbox"
              name="auto_sync"
              checked={form.values.auto_sync}
              onChange={(e) => form.set("auto_sync", e.target.checked)}
              data-testid="sync-auto"
            />
            Sync automatically (every few minutes and soon after changes)
          </label>
          <div>
            <Button type="submit" busy={form.busy} data-testid="sync-save-settings">
              Save
            </Button>
          </div>
        </form>
      </Card>
      <Card title="Sign in" description="Paste the access token your server issued. It is kept in your system's keyring, never in the database or the app's files.">
        {settings.keyring_error && (
          <p className="error" role="alert" data-testid="sync-keyring-error">
            {errorMessage(settings.keyring_error)}
          </p>
        )}
        {settings.signed_in ? (
          <div className="input-row">
            <Chip tone="green">
              <span data-testid="sync-signed-in">Signed in to {settings.workspace_id}</span>
            </Chip>
            <Button variant="ghost" onClick={() => void signOut()} busy={form.busy} data-testid="sync-sign-out">
              Sign out
            </Button>
          </div>
        ) : (
          <form
            className="form-stack"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void signIn();
            }}
          >
            <Field label="Access token" field="token" errors={form.errors} required>
              <input className="input mono" type="password" {...form.bind("token")} autoComplete="off" spellCheck={false} data-testid="sync-token" />
            </Field>
            <FormError message={form.formError} />
            <div>
              <Button type="submit" variant="primary" busy={form.busy} data-testid="sync-sign-in">
                Sign in
              </Button>
            </div>
          </form>
        )}
      </Card>
    </>
  );
}

function StatusCard({ status }: { status: SyncStatusView }) {
  const run = useTask();
  const client = useQueryClient();
  const syncNow = async () => {
    const end = await run.start(() => call("sync_now", {}));
    await client.invalidateQueries();
    if (end?.state === "succeeded") run.reset();
  };
  return (
    <Card title="Status" description="Changes made here wait in an outbox until the server has them; nothing is lost while you are offline.">
      <dl className="kv">
        <dt>Last synced</dt>
        <dd data-testid="sync-last-synced" title={dateTime(status.last_synced_at)}>
          {status.last_synced_at ? relative(status.last_synced_at) : "Never"}
        </dd>
        <dt>Waiting to be sent</dt>
        <dd data-testid="sync-pending">{status.pending_changes.toLocaleString()}</dd>
        <dt>To review</dt>
        <dd data-testid="sync-conflict-count">{status.open_conflicts.toLocaleString()}</dd>
        {status.next_attempt_at && !status.in_progress && (
          <>
            <dt>Next automatic sync</dt>
            <dd>{relative(status.next_attempt_at)}</dd>
          </>
        )}
        {status.last_error && (
          <>
            <dt>Last error</dt>
            <dd className="error" data-testid="sync-last-error">
              {status.last_error}
            </dd>
          </>
        )}
      </dl>
      <div>
        <Button variant="primary" icon="sync" onClick={() => void syncNow()} disabled={run.running || !status.configured} data-testid="sync-now">
          Sync now
        </Button>
      </div>
      {run.startError && (
        <p className="error" role="alert" data-testid="sync-start-error">
          {errorMessage(run.startError)}
        </p>
      )}
      {run.info && <TaskProgress info={run.info} label="Sync" onCancel={() => void run.cancel()} />}
    </Card>
  );
}

/** A stored value as a person reads it. */
function shown(value: unknown, label: string | null): string {
  if (label) return label;
  if (value === null || value === undefined || value === "") return "(empty)";
  return typeof value === "string" ? value : JSON.stringify(value);
}

const words = (name: string) => name.replace(/_/g, " ");

function ConflictsCard() {
  const list = useCommand("sync_conflicts_list", {});
  const client = useQueryClient();
  const toast = useToast();
  const [busy, setBusy] = useState<number | null>(null);

  const resolve = async (c: SyncConflict, choice: ConflictChoice) => {
    setBusy(c.id);
    try {
      await call("sync_conflict_resolve", { id: c.id, choice });
      toast.show(choice === "restore_mine" ? "Your value is back; it syncs as a new change" : "Kept the newer value", "success");
      await client.invalidateQueries();
    } catch (err) {
      toast.error(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title="To review" description="Values you changed here that someone else changed later. The later change was kept; restore yours if it should win.">
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState icon="check" title="Nothing to review">
          Every change you made here is in the shared data.
        </EmptyState>
      ) : (
        <ul className="conflict-list" data-testid="sync-conflicts">
          {list.data.items.map((c) => (
            <li key={c.id} className="conflict" data-testid="sync-conflict">
              <div className="conflict-what">
                <strong>{c.row_label ?? words(c.table)}</strong>
                <span className="muted">
                  {" "}
                  · {c.row_label ? `${words(c.table)} · ` : ""}
                  {words(c.column)}
                </span>
              </div>
              <div className="conflict-values">
                <span>
                  Yours: <span className="mono">{shown(c.local_value, c.local_label)}</span>
                </span>
                <span>
                  Kept: <span className="mono">{shown(c.remote_value, c.remote_label)}</span>
                </span>
              </div>
              <div className="input-row">
                <Button size="sm" variant="ghost" busy={busy === c.id} onClick={() => void resolve(c, "keep_remote")} data-testid="sync-keep-remote">
                  Keep the newer value
                </Button>
                <Button size="sm" busy={busy === c.id} onClick={() => void resolve(c, "restore_mine")} data-testid="sync-restore-mine">
                  Restore mine
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
