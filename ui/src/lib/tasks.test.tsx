import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { expect, it } from "vitest";
import type { TaskInfo } from "../bindings";
import { TaskProgress } from "../components/TaskProgress";
import { installCore } from "../test/core";
import { useTask } from "./tasks";

function task(over: Partial<TaskInfo>): TaskInfo {
  return {
    task_id: "t1",
    kind: "demo_generate",
    state: "running",
    done: 0,
    total: 10,
    message: null,
    result: null,
    error: null,
    started_at: "2026-01-01T00:00:00.000Z",
    finished_at: null,
    ...over,
  };
}

function Runner() {
  const run = useTask();
  return (
    <div>
      <button onClick={() => void run.start(() => Promise.resolve({ task_id: "t1" }))}>go</button>
      {run.info && <TaskProgress info={run.info} label="Demo data" onCancel={() => void run.cancel()} />}
    </div>
  );
}

it("polls a task to its end and shows progress, then the outcome", async () => {
  const states = [task({ done: 3 }), task({ done: 7 }), task({ state: "succeeded", done: 10, result: { total_rows: 10 } })];
  let polls = 0;
  installCore({ task_get: () => states[Math.min(polls++, states.length - 1)]! });
  render(<Runner />);
  fireEvent.click(screen.getByText("go"));
  expect(await screen.findByText(/3 of 10/)).toBeTruthy();
  await waitFor(() => expect(screen.getByTestId("task-progress").dataset.state).toBe("succeeded"), { timeout: 3000 });
  expect(polls).toBeGreaterThanOrEqual(3);
});

it("cancel asks the core to stop and says nothing was saved", async () => {
  let cancelled = false;
  const calls = installCore({
    task_get: () => (cancelled ? task({ state: "cancelled", done: 4, error: { code: "cancelled", message: "stopped" } }) : task({ done: 4 })),
    task_cancel: () => {
      cancelled = true;
      return task({ done: 4 });
    },
  });
  render(<Runner />);
  fireEvent.click(screen.getByText("go"));
  fireEvent.click(await screen.findByTestId("task-cancel"));
  await waitFor(() => expect(screen.getByText(/Nothing was saved/)).toBeTruthy(), { timeout: 3000 });
  expect(calls.some((c) => c.name === "task_cancel")).toBe(true);
  await act(async () => {});
});
