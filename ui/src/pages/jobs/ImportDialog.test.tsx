import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { ImportPreview, JobImportRequest } from "../../bindings";
import { installCore, sent } from "../../test/core";

function preview(req: JobImportRequest): ImportPreview {
  const mapping = req.mapping ?? [
    { column: "Job", field: "title" },
    { column: "Employer", field: "company" },
    { column: "Pay", field: "salary_max" },
  ];
  const payIgnored = mapping.some((m) => m.column === "Pay" && !m.field);
  return {
    headers: ["Job", "Employer", "Pay"],
    mapping,
    rows: [
      { row: 1, title: "Dev", company: "Initech", status: "interested", source: null, applied_at: null, salary: "100 USD", error: null },
      payIgnored
        ? { row: 2, title: "QA", company: "Globex", status: "interested", source: null, applied_at: null, salary: null, error: null }
        : {
            row: 2, title: "", company: "", status: "interested", source: null, applied_at: null, salary: null,
            error: { code: "invalid_value", message: "row 2: salary_max must be an amount", field: "rows[2].salary_max" },
          },
    ],
    total_rows: 2,
    invalid_rows: payIgnored ? 0 : 1,
  };
}

it("maps columns, previews rows with their problems, and imports as a task", async () => {
  const calls = installCore({
    job_import_preview: preview,
    job_import_start: () => ({ task_id: "t1" }),
    task_get: () => ({
      task_id: "t1", kind: "job_import", state: "succeeded", done: 2, total: 2, message: null,
      result: { jobs: 2, applications: 0 }, error: null, started_at: "2030-01-01T00:00:00.000Z", finished_at: "2030-01-01T00:00:01.000Z",
    }),
  });
  window.location.hash = "#/jobs";
  render(<App />);
  fireEvent.click(await screen.findByTestId("import-jobs"));
  const dialog = await screen.findByTestId("import-dialog");
  const file = new File(["Job,Employer,Pay\nDev,Initech,100\nQA,Globex,lots\n"], "jobs.csv", { type: "text/csv" });
  fireEvent.change(within(dialog).getByTestId("import-file"), { target: { files: [file] } });

  expect((await within(dialog).findByTestId("import-row-error")).textContent).toContain("row 2: salary_max");
  expect(sent(calls, "job_import_preview")[0]).toEqual({ csv: "Job,Employer,Pay\nDev,Initech,100\nQA,Globex,lots\n" });
  expect((within(dialog).getByTestId("import-start") as HTMLButtonElement).disabled).toBe(true);

  fireEvent.change(within(dialog).getByLabelText("Field for column Pay"), { target: { value: "" } });
  await waitFor(() => expect(within(dialog).queryByTestId("import-row-error")).toBeNull());
  expect(sent(calls, "job_import_preview")[1]!.mapping).toEqual([
    { column: "Job", field: "title" },
    { column: "Employer", field: "company" },
    { column: "Pay" },
  ]);
  const start = within(dialog).getByTestId("import-start") as HTMLButtonElement;
  await waitFor(() => expect(start.disabled).toBe(false));
  fireEvent.click(start);
  await waitFor(() => expect(sent(calls, "job_import_start")).toHaveLength(1));
  expect(sent(calls, "job_import_start")[0]!.mapping).toEqual(sent(calls, "job_import_preview")[1]!.mapping);
  expect((await within(dialog).findByTestId("task-progress")).getAttribute("data-state")).toBe("succeeded");
  expect((await screen.findByTestId("toast")).textContent).toContain("Imported 2 jobs");
});
