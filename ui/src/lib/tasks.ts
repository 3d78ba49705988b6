// Following a background task of the core (imports, exports, sync, demo data): a command that
// starts long work answers `{task_id}`; `useTask` polls `task_get` until the task ends and offers
// `cancel`. The core rolls a cancelled task back, so the UI only has to show what happened.
import { useCallback, useEffect, useRef, useState } from "react";
import { call, toCoreError, type CoreError } from "../api";
import type { TaskInfo, TaskStarted } from "../bindings";

/** How often a running task is polled (ms). */
export const TASK_POLL_MS = 250;

export type TaskRun = {
  /** The task's latest state; null before `start` or after `reset`. */
  info: TaskInfo | null;
  /** Starting failed before any task existed (validation errors land here). */
  startError: CoreError | null;
  running: boolean;
  /** Runs `starter` (a command that answers `{task_id}`) and follows the task it started. */
  start: (starter: () => Promise<TaskStarted>) => Promise<TaskInfo | null>;
  cancel: () => Promise<void>;
  reset: () => void;
};

export function useTask(): TaskRun {
  const [info, setInfo] = useState<TaskInfo | null>(null);
  const [startError, setStartError] = useState<CoreError | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const start = useCallback(async (starter: () => Promise<TaskStarted>) => {
    setStartError(null);
    setInfo(null);
    let started: TaskStarted;
    try {
      started = await starter();
    } catch (err) {
      if (alive.current) setStartError(toCoreError(err));
      return null;
    }
    for (;;) {
      const now = await call("task_get", { task_id: started.task_id });
      if (!alive.current) return now;
      setInfo(now);
      if (now.state !== "running") return now;
      await new Promise((resolve) => setTimeout(resolve, TASK_POLL_MS));
    }
  }, []);

  const cancel = useCallback(async () => {
    if (info && info.state === "running") {
      setInfo(await call("task_cancel", { task_id: info.task_id }));
    }
  }, [info]);

  const reset = useCallback(() => {
    setInfo(null);
    setStartError(null);
  }, []);

  return { info, startError, running: info?.state === "running", start, cancel, reset };
}
