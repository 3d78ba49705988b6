import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { expect, it, vi } from "vitest";
import { App } from "../../app/App";
import type { JobDraft, JobTemplate, RequisitionFields } from "../../bindings";
import { installCore, sent } from "../../test/core";
import { requisition } from "../../test/fixtures";

const DRAFT: JobDraft = {
  id: "d1", requisition_id: null, title: "Half-typed", last_saved_at: "2026-05-01T10:00:00.000Z",
  data: { values: { title: "Staff SRE (draft)", department: "Infra", min_salary: "150000" }, lists: { required_skills: ["Linux"] } },
};

it("restores the saved draft, auto-saves as you type, and creates with every field in minor units", async () => {
  const calls = installCore({
    job_draft_get: () => DRAFT,
    requisition_create: (req) => requisition({ id: "r9", title: req.title }),
  });
  window.location.hash = "#/requisitions";
  render(<App />);
  fireEvent.click(await screen.findByTestId("new-requisition"));

  const title = (await screen.findByLabelText(/^Title/)) as HTMLInputElement;
  await waitFor(() => expect(title.value).toBe("Staff SRE (draft)"));
  expect(screen.getByTestId("draft-state").textContent).toMatch(/Draft restored/);
  expect((screen.getByLabelText("Department") as HTMLInputElement).value).toBe("Infra");

  vi.useFakeTimers({ shouldAdvanceTime: true });
  fireEvent.change(title, { target: { value: "Staff SRE" } });
  fireEvent.change(screen.getByLabelText("Hiring rounds"), { target: { value: "Screening, Systems," } });
  fireEvent.change(screen.getByLabelText(/Salary to/), { target: { value: "180000" } });
  await act(async () => void vi.advanceTimersByTime(700));
  vi.useRealTimers();
  await waitFor(() => expect(sent(calls, "job_draft_save").length).toBeGreaterThan(0));
  const saved = sent(calls, "job_draft_save").at(-1)!.data as { values: Record<string, string>; lists: Record<string, string[]> };
  expect(saved.values.title).toBe("Staff SRE");
  expect(saved.lists.hiring_process_rounds).toEqual(["Screening", "Systems"]);

  fireEvent.click(screen.getByTestId("save-requisition"));
  await waitFor(() => expect(sent(calls, "requisition_create")).toHaveLength(1));
  const req: RequisitionFields = sent(calls, "requisition_create")[0]!;
  expect(req).toMatchObject({
    title: "Staff SRE", department: "Infra", min_salary_minor: 15_000_000, max_salary_minor: 18_000_000,
    required_skills: ["Linux"], hiring_process_rounds: ["Screening", "Systems"], status: "draft",
  });
  await waitFor(() => expect(sent(calls, "job_draft_discard")).toEqual([{}]));
});

it("starts from a template and shows a nested core error under its field when an edit fails", async () => {
  const template: JobTemplate = {
    id: "t1", name: "Backend (standard)", title: "Backend Engineer", department: "Engineering", is_shared: false, use_count: 2,
    updated_at: "2026-01-01T00:00:00.000Z",
    fields: { title: "Backend Engineer", department: "Engineering", required_skills: ["Go", "SQL"], openings: 2 },
  };
  const calls = installCore({
    job_template_list: () => [template],
    requisition_get: () => requisition({ id: "r1", title: "Platform Engineer" }),
    pipeline_board: () => [],
    requisition_update: () => {
      throw { code: "invalid_value", message: "fields.max_salary_minor: max_salary_minor must not be less than the minimum", field: "fields.max_salary_minor" };
    },
  });
  window.location.hash = "#/requisitions";
  render(<App />);
  fireEvent.click(await screen.findByTestId("new-requisition"));
  const pick = await screen.findByLabelText("Start from a template");
  fireEvent.change(pick, { target: { value: "t1" } });
  await waitFor(() => expect((screen.getByLabelText(/^Title/) as HTMLInputElement).value).toBe("Backend Engineer"));
  expect((screen.getByLabelText("Openings") as HTMLInputElement).value).toBe("2");
  expect(screen.getByText("SQL")).toBeTruthy();

  // Editing an existing requisition: the core's `fields.x` error lands under `x`.
  window.location.hash = "#/requisitions/r1";
  fireEvent(window, new HashChangeEvent("hashchange"));
  fireEvent.click(await screen.findByTestId("edit-requisition"));
  fireEvent.change(await screen.findByLabelText(/Salary from/), { target: { value: "200" } });
  fireEvent.change(screen.getByLabelText(/Salary to/), { target: { value: "100" } });
  fireEvent.click(screen.getByTestId("save-requisition"));
  expect((await screen.findByTestId("field-error-max_salary_minor")).textContent).toMatch(/less than the minimum/);
  expect(sent(calls, "requisition_update")[0]).toMatchObject({ id: "r1", fields: { min_salary_minor: 20000, max_salary_minor: 10000 } });
});
