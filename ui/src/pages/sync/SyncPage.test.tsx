import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { SyncConflict, SyncSettings, SyncStatusView, TaskInfo } from "../../bindings";
import { syncState, syncSummary } from "../../lib/sync";
import { installCore, sent, SYNC_OFF } from "../../test/core";

const SIGNED_IN: SyncSettings = {
  server_url: "https://sync.example.com",
  workspace_id: "ws-1",
  auto_sync: true,
  signed_in: true,
  keyring_error: null,
};

const SYNCED: SyncStatusView = {
  ...SYNC_OFF,
  configured: true,
  server_url: SIGNED_IN.server_url,
  workspace_id: SIGNED_IN.workspace_id,
  last_synced_at: "2026-01-01T10:00:00.000Z",
};

function task(state: TaskInfo["state"], extra: Partial<TaskInfo> = {}): TaskInfo {
  return {
    task_id: "sync1",
    kind: "sync",
    state,
    done: 2,
    total: 5,
    message: "Sending changes (2 of 5)…",
    result: null,
    error: null,
    started_at: "2026-01-01T10:00:00.000Z",
    finished_at: state === "running" ? null : "2026-01-01T10:00:01.000Z",
    ...extra,
  };
}

it("summarises the status for the top bar", () => {
  const now = new Date("2026-01-01T10:05:00.000Z");
  expect(syncSummary(SYNC_OFF, now)).toBe("Sync off");
  expect(syncState(SYNCED)).toBe("ok");
  expect(syncSummary(SYNCED, now)).toBe("Synced 5 minutes ago");
  expect(syncSummary({ ...SYNCED, pending_changes: 3, open_conflicts: 1 }, now)).toBe("Synced 5 minutes ago · 3 pending · 1 to review");
  expect(syncState({ ...SYNCED, pending_changes: 3 })).toBe("pending");
  expect(syncSummary({ ...SYNCED, in_progress: true }, now)).toBe("Syncing…");
  expect(syncState({ ...SYNCED, last_error: "network: refused" })).toBe("error");
  expect(syncSummary({ ...SYNCED, last_error: "network: refused", pending_changes: 1 }, now)).toBe("Sync failed · 1 pending");
  expect(syncSummary({ ...SYNCED, last_synced_at: null }, now)).toBe("Not synced yet");
});

it("saves the server, signs in with a pasted token that does not stay on the page, and signs out", async () => {
  let settings: SyncSettings = { server_url: null, workspace_id: null, auto_sync: true, signed_in: false, keyring_error: null };
  const calls = installCore({
    sync_settings_get: () => settings,
    sync_sign_in: (req) => {
      if (req.token !== "tok-123") throw { code: "unauthorized", message: "the sync server refused the sign-in (auth): sign in again" };
      settings = { ...SIGNED_IN, server_url: req.server_url ?? null, workspace_id: req.workspace_id ?? null };
      return settings;
    },
    sync_sign_out: () => (settings = { ...settings, signed_in: false }),
  });
  window.location.hash = "#/sync";
  render(<App />);
  // The chrome says sync is off and leads here.
  expect((await screen.findByTestId("sync-status")).textContent).toContain("Sync off");

  fireEvent.change(await screen.findByTestId("sync-server-url"), { target: { value: " https://sync.example.com " } });
  fireEvent.change(screen.getByTestId("sync-workspace-id"), { target: { value: "ws-1" } });
  fireEvent.change(screen.getByTestId("sync-token"), { target: { value: "wrong" } });
  fireEvent.click(screen.getByTestId("sync-sign-in"));
  expect((await screen.findAllByText(/refused the sign-in/)).length).toBeGreaterThan(0);
  expect((screen.getByTestId("sync-token") as HTMLInputElement).value).toBe("");

  fireEvent.change(screen.getByTestId("sync-token"), { target: { value: "tok-123" } });
  fireEvent.click(screen.getByTestId("sync-sign-in"));
  expect((await screen.findByTestId("sync-signed-in")).textContent).toContain("ws-1");
  expect(sent(calls, "sync_sign_in")[1]).toEqual({ server_url: "https://sync.example.com", workspace_id: "ws-1", token: "tok-123" });
  expect(document.body.innerHTML).not.toContain("tok-123");

  fireEvent.click(screen.getByTestId("sync-sign-out"));
  expect(await screen.findByTestId("sync-token")).toBeTruthy();
  expect(sent(calls, "sync_sign_out")).toEqual([{}]);
});

it("shows a missing keyring as a clear error", async () => {
  installCore({
    sync_settings_get: () => ({
      ...SIGNED_IN,
      signed_in: false,
      keyring_error: { code: "keyring_unavailable", message: "the OS keyring cannot be used, so the sync sign-in cannot be kept" },
    }),
  });
  window.location.hash = "#/sync";
  render(<App />);
  expect((await screen.findByTestId("sync-keyring-error")).textContent).toContain("keyring cannot be used");
});

it("runs Sync now as a task with progress, and reviews conflicts", async () => {
  let polls = 0;
  let open: SyncConflict[] = [
    {
      id: 7,
      table: "applications",
      row_id: "app-1",
      column: "stage_id",
      row_label: null,
      local_value: "stage-a",
      remote_value: "stage-b",
      local_label: "Interview",
      remote_label: "Offer",
      resolved: false,
      created_at: "2026-01-01T10:00:00.000Z",
    },
  ];
  const calls = installCore({
    sync_settings_get: () => SIGNED_IN,
    sync_status: () => ({ ...SYNCED, pending_changes: 2, open_conflicts: open.length, last_error: "network: the sync server could not be reached" }),
    sync_now: () => ({ task_id: "sync1" }),
    task_get: () => (polls++ < 1 ? task("running") : task("succeeded", { done: 5, message: "Synced" })),
    sync_conflicts_list: () => ({ items: open, total: open.length }),
    sync_conflict_resolve: (req) => {
      const c = open.find((x) => x.id === req.id)!;
      open = open.filter((x) => x.id !== req.id);
      return { ...c, resolved: true };
    },
  });
  window.location.hash = "#/sync";
  render(<App />);
  expect((await screen.findByTestId("sync-pending")).textContent).toBe("2");
  expect(screen.getByTestId("sync-last-error").textContent).toContain("could not be reached");
  const chrome = await screen.findByTestId("sync-status");
  await waitFor(() => expect(chrome.dataset.state).toBe("error"));

  fireEvent.click(screen.getByTestId("sync-now"));
  expect(await screen.findByText(/Sending changes \(2 of 5\)/)).toBeTruthy();
  await waitFor(() => expect(sent(calls, "task_get").length).toBeGreaterThanOrEqual(2), { timeout: 3000 });
  expect(sent(calls, "sync_now")).toEqual([{}]);

  const row = await screen.findByTestId("sync-conflict");
  expect(row.textContent).toContain("Interview");
  expect(row.textContent).toContain("Offer");
  fireEvent.click(within(row).getByTestId("sync-restore-mine"));
  await waitFor(() => expect(sent(calls, "sync_conflict_resolve")).toEqual([{ id: 7, choice: "restore_mine" }]));
  expect(await screen.findByText("Nothing to review")).toBeTruthy();
});
