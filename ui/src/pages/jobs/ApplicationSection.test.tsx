import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { JobApplication, ResumeSummary, TrackedJob } from "../../bindings";
import { installCore, sent } from "../../test/core";

const JOB: TrackedJob = {
  id: "j1",
  title: "Platform Engineer",
  company: "Initech",
  location: null,
  work_mode: null,
  job_type: null,
  status: "applied",
  salary_min_minor: null,
  salary_max_minor: null,
  currency: "USD",
  posting_url: null,
  description: null,
  notes: null,
  source: "LinkedIn",
  match_score: null,
  applied_at: null,
  contacts: [],
  posted_at: null,
  deadline_at: null,
  last_follow_up_at: null,
  created_at: "2026-01-01T00:00:00.000Z",
  updated_at: "2026-01-01T00:00:00.000Z",
};

const resume = (id: string, title: string, is_primary: boolean): ResumeSummary => ({
  id,
  title,
  version_label: null,
  target_role: null,
  is_primary,
  document_id: null,
  file_name: `${title}.pdf`,
  skills: [],
  created_at: "2026-01-01T00:00:00.000Z",
  updated_at: "2026-01-01T00:00:00.000Z",
});

it("attaches the primary imported resume to a new application unless another is picked", async () => {
  const apps: JobApplication[] = [];
  const calls = installCore({
    tracked_job_list: () => ({ items: [JOB], total: 1 }),
    tracked_job_get: () => JOB,
    tracked_job_history: () => [],
    job_match_get: () => null,
    document_list: () => [],
    resume_list: () => [resume("r1", "Backend CV", false), resume("r2", "Frontend CV", true)],
    job_application_list: () => apps,
    job_application_create: (req) => {
      const a: JobApplication = {
        id: "a1",
        tracked_job_id: req.tracked_job_id,
        resume_id: req.resume_id ?? null,
        resume_label: req.resume_label ?? null,
        method: req.method ?? "manual",
        status: req.status ?? "submitted",
        source: null,
        applied_at: req.applied_at ?? null,
        notes: null,
        created_at: "2026-01-02T00:00:00.000Z",
        updated_at: "2026-01-02T00:00:00.000Z",
      };
      apps.push(a);
      return a;
    },
  });
  window.location.hash = "#/jobs/j1";
  render(<App />);
  const drawer = await screen.findByTestId("job-drawer");
  fireEvent.click(await within(drawer).findByTestId("add-application"));
  const form = within(drawer).getByTestId("application-form");
  const select = form.querySelector("select[name=resume_id]") as HTMLSelectElement;
  await waitFor(() => expect(select.value).toBe("r2"));

  fireEvent.click(within(form).getByTestId("save-application"));
  await waitFor(() => expect(sent(calls, "job_application_create")[0]).toMatchObject({ tracked_job_id: "j1", resume_id: "r2" }));
  expect((await within(drawer).findByTestId("application-row")).textContent).toContain("Resume: Frontend CV");
});
