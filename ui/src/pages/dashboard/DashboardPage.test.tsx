import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { RecruiterDashboard } from "../../bindings";
import { installCore, sent } from "../../test/core";

function dashboard(dismissed: Set<string>): RecruiterDashboard {
  const week = ["2026-05-04", "2026-05-05", "2026-05-06", "2026-05-07", "2026-05-08", "2026-05-09", "2026-05-10"];
  return {
    pipelines: [
      {
        requisition_id: "r1", title: "Platform Engineer", status: "open", total: 5,
        stages: [
          { stage_id: "s1", name: "New", kind: "new", count: 3 },
          { stage_id: "s2", name: "Screening", kind: "screening", count: 2 },
          { stage_id: "s3", name: "Hired", kind: "hired", count: 0 },
        ],
      },
      { requisition_id: "r2", title: "Designer", status: "open", total: 1, stages: [{ stage_id: "t1", name: "New", kind: "new", count: 1 }] },
    ],
    time_in_stage: [
      { stage: "New", average_days: 2.5, samples: 4 },
      { stage: "Screening", average_days: 6, samples: 2 },
    ],
    interviews_this_week: week.map((date, i) => ({ date, count: i === 2 ? 3 : i === 4 ? 1 : 0 })),
    interviews_this_week_total: 4,
    action_queue: [
      { id: "q1", type: "follow_up_due" as const, title: "Follow up with Ada", description: "Platform Engineer · overdue", priority: "high" as const, requisition_id: "r1", candidate_id: "c1", application_id: "a1", is_dismissed: false, created_at: "2026-05-01T00:00:00.000Z" },
      { id: "q2", type: "new_applicant" as const, title: "New applicant: Bo", description: "Designer · review", priority: "medium" as const, requisition_id: "r2", candidate_id: "c2", application_id: "a2", is_dismissed: false, created_at: "2026-05-01T00:00:00.000Z" },
    ].filter((a) => !dismissed.has(a.id)),
  };
}

it("draws pipelines, time in stage and interviews as charts, and dismisses queue items for good", async () => {
  const dismissed = new Set<string>();
  const calls = installCore({
    recruiter_dashboard: () => dashboard(dismissed),
    action_queue_dismiss: (req) => (dismissed.add(req.id), { ok: true }),
  });
  window.location.hash = "#/dashboard";
  render(<App />);

  const pipelines = await screen.findByTestId("chart-pipelines");
  expect(pipelines.getAttribute("aria-label")).toBe("Applications by stage for 2 open requisitions");
  // One bar segment per non-empty stage, each titled with its count.
  const titles = Array.from(pipelines.querySelectorAll("rect > title")).map((t) => t.textContent);
  expect(titles).toEqual(["New: 3", "Screening: 2", "New: 1"]);
  const time = screen.getByTestId("chart-time-in-stage");
  expect(time.textContent).toContain("6 d");
  expect(Array.from(time.querySelectorAll("rect > title")).map((t) => t.textContent)).toEqual(["New: 2.5 d (4 stays)", "Screening: 6 d (2 stays)"]);
  const interviews = screen.getByTestId("chart-interviews");
  expect(interviews.getAttribute("aria-label")).toBe("4 interviews this week");
  expect(interviews.querySelectorAll("rect")).toHaveLength(7);

  const queue = screen.getByTestId("action-queue");
  expect(within(queue).getAllByTestId("action-item")).toHaveLength(2);
  fireEvent.click(within(queue).getByRole("button", { name: "Dismiss Follow up with Ada" }));
  await waitFor(() => expect(sent(calls, "action_queue_dismiss")).toEqual([{ id: "q1" }]));
  await waitFor(() => expect(within(screen.getByTestId("action-queue")).getAllByTestId("action-item")).toHaveLength(1));
  expect(screen.queryByText("Follow up with Ada")).toBeNull();
});
