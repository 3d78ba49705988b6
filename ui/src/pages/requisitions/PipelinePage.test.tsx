import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { Application, BoardColumn, Requisition } from "../../bindings";
import { installCore, sent } from "../../test/core";
import { application, requisition } from "../../test/fixtures";

const REQ: Requisition = requisition({
  id: "r1",
  title: "Platform Engineer",
  client_id: null,
  department: "Engineering",
  employment_type: "full_time",
  work_mode: "remote",
  job_locations: [],
  min_salary_minor: null,
  max_salary_minor: null,
  currency: "USD",
  salary_unit: "year",
  required_skills: ["Go"],
  preferred_skills: [],
  openings: 1,
  positions_filled: 0,
  status: "open",
  hiring_manager_id: null,
  assigned_recruiter_id: null,
  application_deadline: null,
  description: null,
  applicant_count: 1,
  created_at: "2026-01-01T00:00:00.000Z",
  updated_at: "2026-01-01T00:00:00.000Z",
});

const APP: Application = application({
  id: "a1",
  requisition_id: "r1",
  candidate_id: "c1",
  candidate_name: "Grace Hopper",
  stage_id: "s-new",
  status: "new",
  source: "Referral",
  applied_at: null,
  is_active: true,
  match_score: 80,
  rejection_reason: null,
  updated_at: "2026-01-01T00:00:00.000Z",
});

function board(app: Application): BoardColumn[] {
  const stages: Array<[string, string, BoardColumn["kind"]]> = [
    ["s-new", "New", "new"],
    ["s-screen", "Screening", "screening"],
    ["s-rej", "Rejected", "rejected"],
  ];
  return stages.map(([id, name, kind], position) => {
    const apps = app.stage_id === id ? [app] : [];
    return { stage_id: id, name, kind, position, count: apps.length, applications: apps };
  });
}

it("moves an application with the keyboard, and asks for a reason before rejecting", async () => {
  const app = { ...APP };
  const calls = installCore({
    requisition_get: () => REQ,
    pipeline_board: () => board(app),
    application_move: (req) => {
      if (!req.rejection_reason && req.stage_id === "s-rej") throw { code: "missing_field", message: "rejection_reason is required", field: "rejection_reason" };
      app.stage_id = req.stage_id;
      return app;
    },
  });
  window.location.hash = "#/requisitions/r1";
  render(<App />);

  const card = await within(await screen.findByTestId("stage-column-new")).findByTestId("application-card");
  card.focus();
  fireEvent.keyDown(card, { key: "ArrowRight", shiftKey: true });
  await waitFor(() => expect(sent(calls, "application_move")).toEqual([{ id: "a1", stage_id: "s-screen" }]));
  const moved = await within(screen.getByTestId("stage-column-screening")).findByTestId("application-card");

  await waitFor(() => expect(document.activeElement).toBe(moved));
  fireEvent.keyDown(moved, { key: "ArrowRight", shiftKey: true });
  const dialog = await screen.findByTestId("reject-dialog");
  expect(sent(calls, "application_move")).toHaveLength(1);

  fireEvent.click(within(dialog).getByTestId("confirm-reject"));
  expect((await screen.findByTestId("field-error-rejection_reason")).textContent).toMatch(/why/);
  fireEvent.change(within(dialog).getByRole("textbox"), { target: { value: "Needs more Go experience" } });
  fireEvent.click(within(dialog).getByTestId("confirm-reject"));

  await waitFor(() =>
    expect(sent(calls, "application_move")[1]).toEqual({ id: "a1", stage_id: "s-rej", rejection_reason: "Needs more Go experience" }),
  );
  await waitFor(() => expect(screen.queryByTestId("reject-dialog")).toBeNull());
  expect(await within(screen.getByTestId("stage-column-rejected")).findByText("Grace Hopper")).toBeTruthy();
});
