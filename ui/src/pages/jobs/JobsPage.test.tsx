import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { JobStatus, TrackedJob } from "../../bindings";
import { JOB_STATUSES } from "../../lib/enums";
import { installCore, sent } from "../../test/core";

function job(id: string, title: string, status: JobStatus): TrackedJob {
  return {
    id,
    title,
    company: "Acme",
    location: "Remote",
    work_mode: "remote",
    job_type: "full_time",
    status,
    salary_min_minor: 9000000,
    salary_max_minor: 12000000,
    currency: "USD",
    posting_url: null,
    description: null,
    notes: null,
    source: null,
    match_score: null,
    contacts: [],
    posted_at: null,
    applied_at: null,
    deadline_at: null,
    last_follow_up_at: null,
    created_at: "2026-01-01T00:00:00.000Z",
    updated_at: "2026-01-02T00:00:00.000Z",
  };
}

it("renders a column per status and moves a focused card with Shift+ArrowRight", async () => {
  const jobs = [job("j1", "Frontend Engineer", "applied"), job("j2", "Data Engineer", "interested")];
  const calls = installCore({
    tracked_job_list: (req) => {
      const items = jobs.filter((j) => !req.status || j.status === req.status);
      return { items, total: items.length };
    },
    tracked_job_set_status: (req) => {
      const j = jobs.find((x) => x.id === req.id)!;
      j.status = req.status;
      return j;
    },
  });
  window.location.hash = "#/jobs";
  render(<App />);

  for (const s of JOB_STATUSES) expect(await screen.findByTestId(`job-column-${s}`)).toBeTruthy();
  const applied = screen.getByTestId("job-column-applied");
  const card = await within(applied).findByTestId("job-card");
  expect(card.textContent).toContain("Frontend Engineer");

  card.focus();
  fireEvent.keyDown(card, { key: "ArrowRight", shiftKey: true });

  await waitFor(() => expect(sent(calls, "tracked_job_set_status")).toEqual([{ id: "j1", status: "interview_scheduled" }]));
  const next = screen.getByTestId("job-column-interview_scheduled");
  await waitFor(() => expect(within(next).getByTestId("job-card").textContent).toContain("Frontend Engineer"));
  expect(within(screen.getByTestId("job-column-applied")).queryByTestId("job-card")).toBeNull();
  await waitFor(() => expect(document.activeElement?.getAttribute("data-card-id")).toBe("j1"));

  fireEvent.keyDown(document.activeElement!, { key: "ArrowLeft", shiftKey: true });
  await waitFor(() => expect(sent(calls, "tracked_job_set_status")[1]).toEqual({ id: "j1", status: "applied" }));
});

it("creates a job with salaries converted to minor units", async () => {
  const calls = installCore({ tracked_job_create: (req) => ({ ...job("j9", req.title, "interested"), company: req.company }) });
  window.location.hash = "#/jobs";
  render(<App />);
  expect(await screen.findByText("Track your first job")).toBeTruthy();
  fireEvent.click(screen.getByTestId("new-job"));
  const form = await screen.findByTestId("job-form");
  const set = (name: string, value: string) => fireEvent.change(form.querySelector(`[name="${name}"]`)!, { target: { value } });
  set("title", "Platform Engineer");
  set("company", "Initech");
  set("location", "Berlin");
  set("salary_min", "85,000");
  set("salary_max", "100000.50");
  set("posting_url", "https://initech.example/jobs/1");
  fireEvent.click(screen.getByTestId("save-job"));

  await waitFor(() => expect(screen.queryByTestId("job-form")).toBeNull());
  expect(sent(calls, "tracked_job_create")[0]).toEqual({
    title: "Platform Engineer",
    company: "Initech",
    location: "Berlin",
    status: "interested",
    salary_min_minor: 8500000,
    salary_max_minor: 10000050,
    currency: "USD",
    posting_url: "https://initech.example/jobs/1",
  });
  expect((await screen.findByTestId("toast")).textContent).toContain("Platform Engineer");
});
