// The sync status in the top bar: last synced, pending changes, conflicts to review, or the error;
// a click opens the Sync page. Hidden until the status is known, "Sync off" when not set up.
import { Icon } from "../components/Icon";
import { useRouter } from "../lib/router";
import { syncState, syncSummary, useRefreshAfterSync, useSyncStatus } from "../lib/sync";

export function SyncIndicator() {
  const status = useSyncStatus();
  const { navigate } = useRouter();
  useRefreshAfterSync(status.data?.last_synced_at);
  if (!status.data) return null;
  const s = status.data;
  const state = syncState(s);
  return (
    <button
      type="button"
      className={`sync-indicator is-${state}`}
      data-testid="sync-status"
      data-state={state}
      title={s.last_error ?? (s.server_url ? `Syncing with ${s.server_url}` : "Set up sync")}
      onClick={() => navigate({ page: "sync" })}
    >
      <Icon name="sync" size={14} />
      <span>{syncSummary(s)}</span>
    </button>
  );
}
