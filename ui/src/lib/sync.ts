// Sync status for the app chrome and the Sync page: `sync_status` polled every few seconds (the
// background loop in Rust syncs on its own, so the UI only watches), and how to say it in words.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { SyncStatusView } from "../bindings";
import { relative } from "./format";
import { useCommand } from "./queries";

/** How often the status is re-read (ms). */
export const SYNC_POLL_MS = 3000;

export function useSyncStatus() {
  return useCommand("sync_status", {}, { refetchInterval: SYNC_POLL_MS, staleTime: 0 });
}

export type SyncState = "off" | "syncing" | "error" | "pending" | "ok";

export function syncState(s: SyncStatusView): SyncState {
  if (!s.configured) return "off";
  if (s.in_progress) return "syncing";
  if (s.last_error) return "error";
  if (s.pending_changes > 0) return "pending";
  return "ok";
}

/** One line for the top bar: "Synced 2 minutes ago · 3 pending". */
export function syncSummary(s: SyncStatusView, now: Date = new Date()): string {
  const state = syncState(s);
  if (state === "off") return "Sync off";
  const parts: string[] = [];
  if (state === "syncing") parts.push("Syncing…");
  else if (state === "error") parts.push("Sync failed");
  else if (s.last_synced_at) parts.push(`Synced ${relative(s.last_synced_at, now)}`);
  else parts.push("Not synced yet");
  if (s.pending_changes > 0) parts.push(`${s.pending_changes.toLocaleString()} pending`);
  if (s.open_conflicts > 0) parts.push(`${s.open_conflicts.toLocaleString()} to review`);
  return parts.join(" · ");
}

/**
 * When a sync (the loop's or "Sync now") finishes, other people's changes may have arrived: every
 * cached read is refreshed, except the status itself and the shell's setup.
 */
export function useRefreshAfterSync(lastSyncedAt: string | null | undefined) {
  const queries = useQueryClient();
  const seen = useRef(lastSyncedAt);
  useEffect(() => {
    if (lastSyncedAt && seen.current !== undefined && lastSyncedAt !== seen.current) {
      void queries.invalidateQueries({
        predicate: (q) => q.queryKey[0] !== "sync_status" && q.queryKey[0] !== "shell",
      });
    }
    seen.current = lastSyncedAt;
  }, [lastSyncedAt, queries]);
}
