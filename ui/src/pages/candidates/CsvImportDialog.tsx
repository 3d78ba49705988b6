// Import candidates or requisitions from a CSV file, in steps: pick the file → map its columns
// (the core suggests a field per header) → preview (sample rows, every row problem naming its row
// and field, rows that look like people already stored, each with skip / merge / import as new)
// → import as a background task with progress and Cancel → summary. The core checks and saves;
// it saves all rows or none, so a failed or cancelled import leaves nothing half-done.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { call, errorMessage, toCoreError, type CoreError } from "../../api";
import type { CsvKind, CsvPreviewResult, DuplicateAction } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Dialog } from "../../components/Dialog";
import { TaskProgress } from "../../components/TaskProgress";
import { DUPLICATE_ACTION, DUPLICATE_REASON, options } from "../../lib/enums";
import { useRouter } from "../../lib/router";
import { useTask } from "../../lib/tasks";
import { useToast } from "../../lib/toast";

type Mapping = { [header: string]: string | null };
type Step = "file" | "mapping" | "preview" | "import";
/** What `csv_import` reports when it succeeds. */
export type ImportSummary = {
  imported: number;
  merged: number;
  skipped: number;
  duplicates: { row: number; candidate_id: string; action: DuplicateAction }[];
};

const NOUN: Record<CsvKind, string> = { candidates: "candidates", requisitions: "requisitions" };
/** Lists an import can change. */
const AFFECTED = ["candidate_list", "candidate_search", "candidate_get", "candidate_application_list", "candidate_duplicates", "tag_list", "requisition_list", "recruiter_dashboard"];

export function CsvImportDialog({ kind, onClose }: { kind: CsvKind; onClose: () => void }) {
  const [step, setStep] = useState<Step>("file");
  const [fileName, setFileName] = useState("");
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<CsvPreviewResult | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [error, setError] = useState<CoreError | null>(null);
  const [busy, setBusy] = useState(false);
  const [allAction, setAllAction] = useState<DuplicateAction>("create");
  const [rowActions, setRowActions] = useState<Record<string, DuplicateAction>>({});
  const task = useTask();
  const client = useQueryClient();
  const toast = useToast();
  const { navigate } = useRouter();

  const runPreview = async (text: string, map: Mapping | null): Promise<CsvPreviewResult | null> => {
    setBusy(true);
    try {
      const p = await call("csv_preview", { kind, csv: text, ...(map ? { mapping: map } : {}), sample: 20 });
      setPreview(p);
      setError(null);
      return p;
    } catch (e) {
      setError(toCoreError(e));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    setFileName(file.name);
    setCsv(text);
    setPreview(null);
    setRowActions({});
    task.reset();
    const p = await runPreview(text, null);
    if (p) {
      setMapping(p.mapping);
      setStep("mapping");
    }
  };

  const toPreview = async () => {
    if (csv === null) return;
    const p = await runPreview(csv, mapping);
    if (p) setStep("preview");
  };

  const start = async () => {
    if (csv === null) return;
    setStep("import");
    const info = await task.start(() =>
      call("csv_import", { kind, csv, mapping, ...(kind === "candidates" ? { on_duplicate: allAction, row_actions: rowActions } : {}) }),
    );
    if (info?.state === "succeeded") {
      const r = info.result as ImportSummary | null;
      toast.show(`Imported ${r?.imported ?? 0} ${NOUN[kind]}`, "success");
      await Promise.all(AFFECTED.map((n) => client.invalidateQueries({ queryKey: [n] })));
    }
  };

  const summary = task.info?.state === "succeeded" ? (task.info.result as ImportSummary | null) : null;
  const mappedFields = new Set(Object.values(mapping).filter(Boolean));
  const missing = (preview?.fields ?? []).filter((f) => f.required && !mappedFields.has(f.name));
  const canImport = !!preview && preview.total_rows > 0 && preview.error_count === 0 && preview.missing_required.length === 0;

  const footer = (
    <>
      <Button variant="ghost" onClick={onClose} data-testid="csv-import-close">
        {summary ? "Close" : "Cancel"}
      </Button>
      {step === "preview" && (
        <Button variant="ghost" onClick={() => setStep("mapping")} data-testid="csv-import-back">
          Back to columns
        </Button>
      )}
      {step === "mapping" && (
        <Button variant="primary" busy={busy} disabled={missing.length > 0} onClick={() => void toPreview()} data-testid="csv-import-next">
          Preview
        </Button>
      )}
      {step === "preview" && (
        <Button variant="primary" icon="upload" disabled={!canImport} onClick={() => void start()} data-testid="csv-import-start">
          Import {preview?.total_rows ?? ""} {NOUN[kind]}
        </Button>
      )}
    </>
  );

  return (
    <Dialog
      title={`Import ${NOUN[kind]} from CSV`}
      description={
        kind === "candidates"
          ? "A spreadsheet of people: every row needs a full name. Rows that look like someone already stored are flagged before anything is saved."
          : "A spreadsheet of roles: every row needs a title. Each imported requisition gets the default pipeline stages."
      }
      onClose={onClose}
      size="lg"
      testId="csv-import-dialog"
      footer={footer}
    >
      <ol className="steps" aria-label="Import steps" data-testid="csv-import-step" data-step={step}>
        {(["file", "mapping", "preview", "import"] as Step[]).map((s, i) => (
          <li key={s} className={s === step ? "is-current" : undefined} aria-current={s === step ? "step" : undefined}>
            {i + 1}. {{ file: "File", mapping: "Columns", preview: "Preview", import: "Import" }[s]}
          </li>
        ))}
      </ol>

      {(step === "file" || step === "mapping") && (
        <label className="field">
          <span className="field-label">CSV file{fileName ? ` · ${fileName}` : ""}</span>
          <input type="file" accept=".csv,text/csv" data-testid="csv-import-file" onChange={(e) => void pick(e.target.files?.[0])} />
        </label>
      )}

      {error && (
        <p className="form-error" role="alert" data-testid="csv-import-error" data-field={error.field ?? undefined}>
          {errorMessage(error)}
        </p>
      )}

      {step === "mapping" && preview && (
        <section aria-label="Columns">
          <h3 className="question-sub">Which field does each column fill?</h3>
          <div className="import-map" data-testid="csv-import-mapping">
            {preview.headers.map((h) => (
              <label key={h} className="contents">
                <span className="mono">{h || "(blank header)"}</span>
                <select
                  className="input"
                  aria-label={`Field for column ${h}`}
                  data-testid="csv-map-select"
                  data-header={h}
                  value={mapping[h] ?? ""}
                  onChange={(e) => setMapping({ ...mapping, [h]: e.target.value || null })}
                >
                  <option value="">Ignore this column</option>
                  {preview.fields.map((f) => (
                    <option key={f.name} value={f.name} disabled={mapping[h] !== f.name && mappedFields.has(f.name)}>
                      {f.description}
                      {f.required ? " (required)" : ""}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {missing.length > 0 && (
            <p className="form-error" data-testid="csv-import-missing">
              Map a column to {missing.map((f) => f.description).join(", ")}: {missing.length === 1 ? "it is" : "they are"} required.
            </p>
          )}
        </section>
      )}

      {step === "preview" && preview && <PreviewStep kind={kind} preview={preview} allAction={allAction} onAllAction={setAllAction} rowActions={rowActions} onRowActions={setRowActions} />}

      {step === "import" && (
        <>
          {task.info && <TaskProgress info={task.info} label={`Importing ${NOUN[kind]}`} onCancel={() => void task.cancel()} />}
          {task.startError && (
            <p className="form-error" role="alert" data-testid="csv-import-error">
              {errorMessage(task.startError)}
            </p>
          )}
          {task.info && task.info.state !== "running" && task.info.state !== "succeeded" && (
            <Button variant="ghost" onClick={() => setStep("preview")} data-testid="csv-import-retry">
              Back to the preview
            </Button>
          )}
          {summary && (
            <div className="import-summary" data-testid="csv-import-summary">
              <p>
                <strong data-testid="csv-import-imported">{summary.imported}</strong> imported ·{" "}
                <strong data-testid="csv-import-merged">{summary.merged}</strong> merged ·{" "}
                <strong data-testid="csv-import-skipped">{summary.skipped}</strong> skipped
              </p>
              {kind === "candidates" && summary.duplicates.some((d) => d.action === "create") && (
                <>
                  <p className="muted">Imported as new although they look like someone already stored. Review each and merge or dismiss:</p>
                  <ul className="entry-list">
                    {summary.duplicates
                      .filter((d) => d.action === "create")
                      .map((d) => (
                        <li key={d.row}>
                          Row {d.row}{" "}
                          <Button
                            size="sm"
                            variant="secondary"
                            data-testid="csv-import-review-duplicate"
                            data-candidate-id={d.candidate_id}
                            onClick={() => {
                              onClose();
                              navigate({ page: "candidates", id: d.candidate_id });
                            }}
                          >
                            Review duplicate
                          </Button>
                        </li>
                      ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </>
      )}
    </Dialog>
  );
}

function PreviewStep({
  kind,
  preview,
  allAction,
  onAllAction,
  rowActions,
  onRowActions,
}: {
  kind: CsvKind;
  preview: CsvPreviewResult;
  allAction: DuplicateAction;
  onAllAction: (a: DuplicateAction) => void;
  rowActions: Record<string, DuplicateAction>;
  onRowActions: (r: Record<string, DuplicateAction>) => void;
}) {
  const shown = preview.fields.filter((f) => Object.values(preview.mapping).includes(f.name));
  const dupRows = new Set(preview.duplicates.map((d) => d.row));
  const errRows = new Set(preview.errors.map((e) => e.row));
  const actions = options(DUPLICATE_ACTION);
  return (
    <section aria-label="Preview" data-testid="csv-import-preview">
      <p data-testid="csv-import-counts">
        <strong data-testid="csv-import-total">{preview.total_rows}</strong> rows ·{" "}
        <strong data-testid="csv-error-count">{preview.error_count}</strong> with problems
        {kind === "candidates" && (
          <>
            {" "}
            · <strong data-testid="csv-duplicate-count">{preview.duplicate_count}</strong> possible duplicates
          </>
        )}
      </p>

      {preview.errors.length > 0 && (
        <>
          <h3 className="question-sub">Problems to fix in the file (nothing is imported until there are none)</h3>
          <ul className="csv-errors" data-testid="csv-import-errors">
            {preview.errors.map((e, i) => (
              <li key={i} className="error" data-testid="csv-preview-error" data-row={e.row} data-field={e.field ?? undefined}>
                {e.message}
              </li>
            ))}
          </ul>
          {preview.error_count > preview.errors.length && <p className="muted">…and {preview.error_count - preview.errors.length} more.</p>}
        </>
      )}

      {kind === "candidates" && preview.duplicates.length > 0 && (
        <>
          <h3 className="question-sub">Possible duplicates</h3>
          <label className="inline-label">
            For every duplicate
            <select
              className="input"
              data-testid="csv-duplicate-action-all"
              value={allAction}
              onChange={(e) => {
                onAllAction(e.target.value as DuplicateAction);
                onRowActions({});
              }}
            >
              {actions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <table className="table" data-testid="csv-duplicates">
            <thead>
              <tr>
                <th>Row</th>
                <th>Looks like</th>
                <th>Why</th>
                <th>Do</th>
              </tr>
            </thead>
            <tbody>
              {preview.duplicates.map((d) => (
                <tr key={d.row} data-testid="csv-duplicate" data-row={d.row}>
                  <td>{d.row}</td>
                  <td>{d.candidate_id ? (d.full_name ?? "A stored candidate") : `Row ${d.same_as_row} of this file`}</td>
                  <td>
                    {d.reasons.map((r) => (
                      <Chip key={r} tone="amber" dot={false}>
                        {DUPLICATE_REASON[r]}
                      </Chip>
                    ))}
                  </td>
                  <td>
                    <select
                      className="input input-sm"
                      aria-label={`What to do with row ${d.row}`}
                      data-testid="csv-duplicate-action"
                      data-row={d.row}
                      value={rowActions[String(d.row)] ?? allAction}
                      onChange={(e) => onRowActions({ ...rowActions, [String(d.row)]: e.target.value as DuplicateAction })}
                    >
                      {actions.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3 className="question-sub">
        First {preview.rows.length} of {preview.total_rows} rows
      </h3>
      <div className="table-scroll">
        <table className="table" data-testid="csv-preview-rows">
          <thead>
            <tr>
              <th>Row</th>
              {shown.map((f) => (
                <th key={f.name}>{f.description}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.row} data-testid="csv-preview-row" className={errRows.has(r.row) ? "is-invalid" : dupRows.has(r.row) ? "is-duplicate" : undefined}>
                <td>{r.row}</td>
                {shown.map((f) => (
                  <td key={f.name}>{r.values[f.name] ?? ""}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
