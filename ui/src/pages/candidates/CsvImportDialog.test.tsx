import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { CsvPreview, CsvPreviewResult, TaskInfo } from "../../bindings";
import { installCore, sent } from "../../test/core";

const FIELDS: CsvPreviewResult["fields"] = [
  { name: "full_name", required: true, description: "Full name" },
  { name: "email", required: false, description: "Email address" },
  { name: "phone", required: false, description: "Phone number" },
];
const CSV = "Name,Mail,Tel\nAna L.,ANA@example.com,\nBo C.,,(415) 555-0199\nCleo,cleo@@x,\n";

/** A stand-in for the core's preview: errors only while "Tel" is mapped (it flags row 4's phone). */
function preview(req: CsvPreview): CsvPreviewResult {
  const suggested = { Name: "full_name", Mail: "email", Tel: "phone" };
  const mapping = req.mapping ?? suggested;
  const telMapped = mapping.Tel === "phone";
  return {
    kind: req.kind, headers: ["Name", "Mail", "Tel"], fields: FIELDS, suggested_mapping: suggested, mapping,
    rows: [
      { row: 2, values: { full_name: "Ana L.", email: "ana@example.com" } },
      { row: 3, values: { full_name: "Bo C.", ...(telMapped ? { phone: "(415) 555-0199" } : {}) } },
    ],
    total_rows: 3,
    error_count: telMapped ? 1 : 0,
    errors: telMapped ? [{ row: 4, field: "phone", message: "row 4, phone: not a phone number" }] : [],
    duplicate_count: 2,
    duplicates: [
      { row: 2, candidate_id: "c-ana", full_name: "Ana Lima", same_as_row: null, reasons: ["email"] },
      { row: 3, candidate_id: "c-bo", full_name: "Bo Chen", same_as_row: null, reasons: ["phone"] },
    ],
    missing_required: [],
  };
}

function task(state: TaskInfo["state"], result: TaskInfo["result"] = null): TaskInfo {
  return {
    task_id: "t1", kind: "candidate_import", state, done: state === "running" ? 1 : 3, total: 3, message: null, result, error: null,
    started_at: "2030-01-01T00:00:00.000Z", finished_at: state === "running" ? null : "2030-01-01T00:00:01.000Z",
  };
}

it("imports candidates: file → suggested mapping → preview with row errors and duplicates → task → summary", async () => {
  let polls = 0;
  const calls = installCore({
    csv_preview: preview,
    csv_import: () => ({ task_id: "t1" }),
    task_get: () =>
      ++polls < 2
        ? task("running")
        : task("succeeded", { imported: 2, merged: 1, skipped: 0, duplicates: [
            { row: 2, candidate_id: "c-ana", reasons: ["email"], action: "create" },
            { row: 3, candidate_id: "c-bo", reasons: ["phone"], action: "merge" },
          ] }),
    candidate_get: () => { throw { code: "not_found", message: "not in this test" }; },
  });
  window.location.hash = "#/candidates";
  render(<App />);
  fireEvent.click(await screen.findByTestId("csv-import-open"));
  const dialog = await screen.findByTestId("csv-import-dialog");
  fireEvent.change(within(dialog).getByTestId("csv-import-file"), { target: { files: [new File([CSV], "people.csv", { type: "text/csv" })] } });

  // Step 2: one select per header, prefilled with the core's suggestion.
  await within(dialog).findByTestId("csv-import-mapping");
  expect(sent(calls, "csv_preview")[0]).toEqual({ kind: "candidates", csv: CSV, sample: 20 });
  const selects = within(dialog).getAllByTestId("csv-map-select") as HTMLSelectElement[];
  expect(selects.map((s) => [s.dataset.header, s.value])).toEqual([["Name", "full_name"], ["Mail", "email"], ["Tel", "phone"]]);
  // Unmapping the required field blocks the next step and says why.
  fireEvent.change(selects[0]!, { target: { value: "" } });
  expect(within(dialog).getByTestId("csv-import-missing").textContent).toContain("Full name");
  expect((within(dialog).getByTestId("csv-import-next") as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(selects[0]!, { target: { value: "full_name" } });
  fireEvent.click(within(dialog).getByTestId("csv-import-next"));

  // Step 3: the error names the row and field; the import waits until there are none.
  const err = await within(dialog).findByTestId("csv-preview-error");
  expect(err.textContent).toBe("row 4, phone: not a phone number");
  expect(err.dataset.row).toBe("4");
  expect(err.dataset.field).toBe("phone");
  expect((within(dialog).getByTestId("csv-import-start") as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(within(dialog).getByTestId("csv-import-back"));
  fireEvent.change(within(dialog).getByLabelText("Field for column Tel"), { target: { value: "" } });
  fireEvent.click(within(dialog).getByTestId("csv-import-next"));
  await waitFor(() => expect(within(dialog).queryByTestId("csv-preview-error")).toBeNull());
  expect(sent(calls, "csv_preview").at(-1)!.mapping).toEqual({ Name: "full_name", Mail: "email", Tel: null });

  // Duplicates: counted, each with its reason, a global choice and a per-row override.
  expect(within(dialog).getByTestId("csv-duplicate-count").textContent).toBe("2");
  const dups = within(dialog).getAllByTestId("csv-duplicate");
  expect(dups.map((d) => d.textContent)).toEqual([expect.stringContaining("Same email"), expect.stringContaining("Same phone")]);
  expect((within(dialog).getByTestId("csv-duplicate-action-all") as HTMLSelectElement).value).toBe("create");
  fireEvent.change(within(dups[1]!).getByTestId("csv-duplicate-action"), { target: { value: "merge" } });
  expect(within(dialog).getAllByTestId("csv-preview-row")).toHaveLength(2);

  fireEvent.click(within(dialog).getByTestId("csv-import-start"));
  await waitFor(() => expect(sent(calls, "csv_import")).toHaveLength(1));
  expect(sent(calls, "csv_import")[0]).toEqual({
    kind: "candidates", csv: CSV, mapping: { Name: "full_name", Mail: "email", Tel: null }, on_duplicate: "create", row_actions: { "3": "merge" },
  });
  // Step 4: progress with Cancel while running, then the summary.
  expect(await within(dialog).findByTestId("task-cancel")).toBeTruthy();
  const summary = await within(dialog).findByTestId("csv-import-summary");
  expect(within(summary).getByTestId("csv-import-imported").textContent).toBe("2");
  expect(within(summary).getByTestId("csv-import-merged").textContent).toBe("1");
  const review = within(summary).getAllByTestId("csv-import-review-duplicate");
  expect(review.map((b) => b.dataset.candidateId)).toEqual(["c-ana"]);
  fireEvent.click(review[0]!);
  await waitFor(() => expect(window.location.hash).toBe("#/candidates/c-ana"));
  expect(screen.queryByTestId("csv-import-dialog")).toBeNull();
});

it("cancels a running import, and imports requisitions from the Requisitions page; exports save to the export folder", async () => {
  let cancelled = false;
  const calls = installCore({
    csv_preview: (req) => ({ ...preview(req), kind: "requisitions", duplicates: [], duplicate_count: 0, errors: [], error_count: 0 }),
    csv_import: () => ({ task_id: "t1" }),
    task_get: () => (cancelled ? task("cancelled") : task("running")),
    task_cancel: () => ((cancelled = true), task("cancelled")),
    csv_export: () => ({ rows: 7, path: "/data/exports/talentdesk-requisitions.csv", csv: null }),
  });
  window.location.hash = "#/requisitions";
  render(<App />);
  fireEvent.click(await screen.findByTestId("csv-export"));
  expect((await screen.findByTestId("toast")).textContent).toContain("Exported 7 requisitions to /data/exports/talentdesk-requisitions.csv");
  expect(sent(calls, "csv_export")).toEqual([{ kind: "requisitions", save_to_exports: true }]);

  fireEvent.click(screen.getByTestId("csv-import-open"));
  const dialog = await screen.findByTestId("csv-import-dialog");
  fireEvent.change(within(dialog).getByTestId("csv-import-file"), { target: { files: [new File([CSV], "roles.csv")] } });
  fireEvent.click(await within(dialog).findByTestId("csv-import-next"));
  expect(within(dialog).queryByTestId("csv-duplicate-count")).toBeNull();
  fireEvent.click(await within(dialog).findByTestId("csv-import-start"));
  fireEvent.click(await within(dialog).findByTestId("task-cancel"));
  await waitFor(() => expect(within(dialog).getByTestId("task-progress").getAttribute("data-state")).toBe("cancelled"));
  expect(sent(calls, "csv_import")[0]).toEqual({ kind: "requisitions", csv: CSV, mapping: { Name: "full_name", Mail: "email", Tel: "phone" } });
  expect(sent(calls, "task_cancel")).toEqual([{ task_id: "t1" }]);
  expect(within(dialog).getByTestId("csv-import-retry")).toBeTruthy();
});
