// Progress of a background task with a Cancel button, then how it ended. Used by every long job
// (imports, exports, sync, demo data) so they all look and behave the same.
import type { TaskInfo } from "../bindings";
import { errorMessage } from "../api";
import { Button } from "./Button";
import { Progress } from "./Progress";

export function TaskProgress({ info, label, onCancel }: { info: TaskInfo; label: string; onCancel: () => void }) {
  const counts = info.total > 0 ? `${info.done.toLocaleString()} of ${info.total.toLocaleString()}` : info.done > 0 ? info.done.toLocaleString() : "";
  return (
    <div className="task-progress" data-testid="task-progress" data-state={info.state}>
      <div className="task-progress-head">
        <span>{label}</span>
        <span className="muted">{[info.message, counts].filter(Boolean).join(" · ")}</span>
      </div>
      {info.state === "running" ? (
        <div className="task-progress-row">
          <Progress value={info.done} max={info.total} label={label} />
          <Button size="sm" variant="ghost" onClick={onCancel} data-testid="task-cancel">
            Cancel
          </Button>
        </div>
      ) : info.state === "succeeded" ? (
        <p className="task-progress-done" role="status">Done.</p>
      ) : info.state === "cancelled" ? (
        <p className="task-progress-cancelled" role="status">Cancelled. Nothing was saved.</p>
      ) : (
        <p className="error" role="alert">{info.error ? errorMessage(info.error) : "Failed."}</p>
      )}
    </div>
  );
}
