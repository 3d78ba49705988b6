// Import a spreadsheet of applications (CSV): pick the file, check which column feeds which field
// (the core guesses from the header names), look at the rows as they would be saved, each with
// its problem if any, then import as a background task with progress and Cancel. The core saves
// all rows or none, so a failed or cancelled import leaves nothing half-done.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { call, errorMessage, toCoreError, type CoreError } from "../../api";
import type { ColumnMapping, ImportField, ImportPreview } from "../../bindings";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { TaskProgress } from "../../components/TaskProgress";
import { JOB_STATUS } from "../../lib/enums";
import { date } from "../../lib/format";
import { useTask } from "../../lib/tasks";
import { useToast } from "../../lib/toast";

export const IMPORT_FIELD: Record<ImportField, string> = {
  title: "Job title",
  company: "Company",
  location: "Location",
  work_mode: "Work mode",
  job_type: "Job type",
  status: "Status",
  salary_min: "Salary from",
  salary_max: "Salary to",
  currency: "Currency",
  posting_url: "Posting URL",
  description: "Description",
  notes: "Notes",
  source: "Source",
  posted_at: "Posted on",
  deadline_at: "Apply by",
  applied_at: "Applied on",
  resume_version: "Resume version",
  method: "Method",
  contact_name: "Contact name",
  contact_email: "Contact email",
};

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const [csv, setCsv] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping[] | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<CoreError | null>(null);
  const task = useTask();
  const client = useQueryClient();
  const toast = useToast();

  useEffect(() => {
    if (csv === null) return;
    let live = true;
    call("job_import_preview", mapping ? { csv, mapping } : { csv })
      .then((p) => {
        if (!live) return;
        setPreview(p);
        setError(null);
      })
      .catch((e) => live && setError(toCoreError(e)));
    return () => {
      live = false;
    };
  }, [csv, mapping]);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setMapping(null);
    setPreview(null);
    task.reset();
    setCsv(await file.text());
  };

  // The person's mapping; until they change one, the core's guess (the preview's) is used.
  const setField = (column: string, field: ImportField | "") =>
    setMapping((preview?.mapping ?? []).map((c) => (c.column === column ? { column, ...(field ? { field } : {}) } : c)));

  const start = async () => {
    const mapping = preview?.mapping;
    if (!csv || !mapping) return;
    const info = await task.start(() => call("job_import_start", { csv, mapping }));
    if (info?.state === "succeeded") {
      const r = info.result as { jobs: number; applications: number } | null;
      toast.show(`Imported ${r?.jobs ?? 0} jobs and ${r?.applications ?? 0} applications`, "success");
      await Promise.all(["tracked_job_list", "job_search_dashboard", "job_application_list"].map((n) => client.invalidateQueries({ queryKey: [n] })));
    }
  };

  const done = task.info?.state === "succeeded";
  return (
    <Dialog
      title="Import applications from CSV"
      description="A spreadsheet exported from another tracker or your own sheet. Every row needs a job title and a company."
      onClose={onClose}
      size="lg"
      testId="import-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {done ? "Close" : "Cancel"}
          </Button>
          {!done && (
            <Button
              variant="primary"
              icon="upload"
              data-testid="import-start"
              busy={task.running}
              disabled={!preview || preview.total_rows === 0 || preview.invalid_rows > 0 || task.running}
              onClick={() => void start()}
            >
              Import {preview ? preview.total_rows : ""} rows
            </Button>
          )}
        </>
      }
    >
      <label className="field">
        <span className="field-label">CSV file</span>
        <input type="file" accept=".csv,text/csv" data-testid="import-file" onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      {error && (
        <p className="form-error" role="alert" data-testid="import-error">
          {errorMessage(error)}
        </p>
      )}
      {preview && (
        <>
          <h3 className="question-sub">Columns</h3>
          <div className="import-map" data-testid="import-mapping">
            {preview.mapping.map((m) => (
              <label key={m.column} className="contents">
                <span className="mono">{m.column}</span>
                <select className="input" aria-label={`Field for column ${m.column}`} value={m.field ?? ""} onChange={(e) => setField(m.column, e.target.value as ImportField | "")}>
                  <option value="">Ignore</option>
                  {Object.entries(IMPORT_FIELD).map(([k, label]) => (
                    <option key={k} value={k}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <h3 className="question-sub">
            Preview · {preview.total_rows} rows{preview.invalid_rows > 0 ? ` · ${preview.invalid_rows} with problems` : ""}
          </h3>
          <table className="table" data-testid="import-preview">
            <thead>
              <tr>
                <th>Row</th>
                <th>Job</th>
                <th>Status</th>
                <th>Applied</th>
                <th>Salary</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.row} data-testid="import-row" className={r.error ? "is-invalid" : undefined}>
                  <td>{r.row}</td>
                  {r.error ? (
                    <td colSpan={4} className="error" data-testid="import-row-error">
                      {r.error.message}
                    </td>
                  ) : (
                    <>
                      <td>
                        {r.title} · {r.company}
                      </td>
                      <td>{JOB_STATUS[r.status]}</td>
                      <td>{r.applied_at ? date(r.applied_at) : ""}</td>
                      <td>{r.salary ?? ""}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {task.info && <TaskProgress info={task.info} label="Importing" onCancel={() => void task.cancel()} />}
      {task.startError && (
        <p className="form-error" role="alert">
          {errorMessage(task.startError)}
        </p>
      )}
    </Dialog>
  );
}
