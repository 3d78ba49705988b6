import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { Document, JobMatch, TrackedJob } from "../../bindings";
import { installCore, sent } from "../../test/core";

const JOB: TrackedJob = {
  id: "j1",
  title: "Platform Engineer",
  company: "Initech",
  location: null,
  work_mode: null,
  job_type: null,
  status: "interested",
  salary_min_minor: null,
  salary_max_minor: null,
  currency: "USD",
  posting_url: null,
  description: "Go, Kubernetes and PostgreSQL. Nice to have: Terraform.",
  notes: null,
  source: null,
  match_score: null,
  applied_at: null,
  contacts: [],
  posted_at: null,
  deadline_at: null,
  last_follow_up_at: null,
  created_at: "2026-01-01T00:00:00.000Z",
  updated_at: "2026-01-01T00:00:00.000Z",
};

const MATCH: JobMatch = {
  tracked_job_id: "j1",
  score: 57,
  matched: [
    { name: "Go", category: "technical", preferred: false, weight: 1 },
    { name: "Kubernetes", category: "tool", preferred: false, weight: 1 },
  ],
  missing: [
    { name: "PostgreSQL", category: "technical", preferred: false, weight: 1 },
    { name: "Terraform", category: "tool", preferred: true, weight: 0.5 },
  ],
  extra: ["React"],
  explanation: "Score 57/100: you have 2 of the 4 skills the job mentions. Missing: PostgreSQL.",
  source: "profile",
  resume_id: null,
  resume_title: null,
  computed_at: "2026-01-02T00:00:00.000Z",
};

it("scores a job against the chosen source and shows matched, missing and extra skills", async () => {
  const docs: Document[] = [];
  const calls = installCore(
    {
      tracked_job_list: () => ({ items: [JOB], total: 1 }),
      tracked_job_get: () => JOB,
      tracked_job_history: () => [],
      job_match_get: () => null,
      resume_list: () => [],
      document_list: () => docs,
      job_match_run: () => MATCH,
      document_add: (req) => {
        const d: Document = {
          id: "d1",
          tracked_job_id: req.tracked_job_id,
          category: req.category,
          title: null,
          original_filename: req.file.file_name,
          file_key: "a".repeat(64),
          mime_type: "application/pdf",
          file_size: 12,
          extraction_preview: null,
          created_at: "2026-01-02T00:00:00.000Z",
        };
        docs.push(d);
        return d;
      },
    },
    { open_document: () => null },
  );
  window.location.hash = "#/jobs/j1";
  render(<App />);
  const drawer = await screen.findByTestId("job-drawer");
  expect(await within(drawer).findByText("Not scored yet.")).toBeTruthy();
  fireEvent.change(within(drawer).getByTestId("match-against"), { target: { value: "profile" } });
  fireEvent.click(within(drawer).getByTestId("run-match"));
  await waitFor(() => expect(sent(calls, "job_match_run")).toEqual([{ tracked_job_id: "j1", source: "profile" }]));
  expect((await within(drawer).findByTestId("match-score")).textContent).toBe("57/100");
  expect(within(drawer).getByTestId("match-matched").textContent).toBe("GoKubernetes");
  expect(within(drawer).getByTestId("match-missing").textContent).toContain("Terraform (nice to have)");
  expect(within(drawer).getByTestId("match-extra").textContent).toBe("React");
  expect(within(drawer).getByTestId("match-explanation").textContent).toContain("Missing: PostgreSQL");

  // Attach a document and open it with the OS through the shell.
  const file = new File(["%PDF-1.4 letter"], "letter.pdf", { type: "application/pdf" });
  fireEvent.change(within(drawer).getByTestId("document-file"), { target: { files: [file] } });
  await waitFor(() => expect(sent(calls, "document_add")[0]).toMatchObject({ tracked_job_id: "j1", category: "cover_letter", file: { file_name: "letter.pdf" } }));
  const row = await within(drawer).findByTestId("document-row");
  fireEvent.click(within(row).getByTestId("open-document"));
  await waitFor(() => expect(calls.some((c) => c.cmd === "open_document" && JSON.stringify(c.args).includes("d1"))).toBe(true));
});
