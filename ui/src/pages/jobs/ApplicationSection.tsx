// A tracked job's application: which resume version went out (one imported on the Resumes page,
// the primary preselected, or a free-text label), how (manual or automated), when, and its
// status. The core refuses a second application to the same job; the form then shows
// that error under the job.
import { useState } from "react";
import type { ApplicationMethod, ApplicationStatus, JobApplication, ResumeSummary } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Section } from "../../components/Drawer";
import { Field, FormError } from "../../components/Field";
import { EnumSelect } from "../../components/Select";
import { APPLICATION_STATUS } from "../../lib/enums";
import { compact, date } from "../../lib/format";
import { useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export const APPLICATION_METHOD: Record<ApplicationMethod, string> = { manual: "Manual", automated: "Automated" };

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function ApplicationSection({ jobId }: { jobId: string }) {
  const list = useCommand("job_application_list", { tracked_job_id: jobId });
  const [adding, setAdding] = useState(false);
  const apps = list.data ?? [];
  return (
    <Section
      title="Application"
      actions={
        !adding && (
          <Button size="sm" variant="ghost" icon="plus" onClick={() => setAdding(true)} data-testid="add-application">
            Record application
          </Button>
        )
      }
    >
      {apps.length === 0 && !adding && <p className="muted">Not applied yet.</p>}
      <ul className="entry-list">
        {apps.map((a) => (
          <ApplicationRow key={a.id} app={a} />
        ))}
      </ul>
      {adding && <ApplicationForm jobId={jobId} onDone={() => setAdding(false)} />}
    </Section>
  );
}

function resumeName(r: ResumeSummary): string {
  return r.version_label ? `${r.title} (${r.version_label})` : r.title;
}

function ApplicationRow({ app }: { app: JobApplication }) {
  const resumes = useCommand("resume_list", {});
  const attached = resumes.data?.find((r) => r.id === app.resume_id);
  const sent = attached ? resumeName(attached) : app.resume_label;
  return (
    <li className="entry-row" data-testid="application-row">
      <div>
        <div className="entry-title">Applied {app.applied_at ? date(app.applied_at) : ""}</div>
        <div className="entry-meta">
          {[sent ? `Resume: ${sent}` : "Resume not recorded", APPLICATION_METHOD[app.method], app.source].filter(Boolean).join(" · ")}
        </div>
      </div>
      <Chip tone="blue">{APPLICATION_STATUS[app.status]}</Chip>
    </li>
  );
}

function ApplicationForm({ jobId, onDone }: { jobId: string; onDone: () => void }) {
  const form = useCoreForm({ resume_label: "", method: "manual", applied_at: today(), status: "submitted" });
  const resumes = useCommand("resume_list", {});
  // The primary version is preselected once the list arrives; "" means none picked.
  const [picked, setPicked] = useState<string | null>(null);
  const resumeId = picked ?? resumes.data?.find((r) => r.is_primary)?.id ?? "";
  const create = useCommandMutation("job_application_create");
  const toast = useToast();
  const v = form.values;
  const save = () =>
    form.submit(async () => {
      await create.mutateAsync(
        compact({
          tracked_job_id: jobId,
          resume_id: resumeId,
          resume_label: v.resume_label,
          method: v.method as ApplicationMethod,
          status: v.status as ApplicationStatus,
          applied_at: v.applied_at,
        }),
      );
      toast.show("Application recorded", "success");
      onDone();
    });
  return (
    <form
      className="form-grid"
      data-testid="application-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label="Resume sent" field="resume_id" errors={form.errors} hint="A version imported on the Resumes page.">
        <select className="input" id="f-resume_id" name="resume_id" value={resumeId} onChange={(e) => setPicked(e.target.value)}>
          <option value="">None of my imported resumes</option>
          {(resumes.data ?? []).map((r) => (
            <option key={r.id} value={r.id}>
              {resumeName(r)}
              {r.is_primary ? " · primary" : ""}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Version label" field="resume_label" errors={form.errors} hint="Optional note, e.g. “Backend v3”.">
        <input className="input" {...form.bind("resume_label")} />
      </Field>
      <Field label="Submitted on" field="applied_at" errors={form.errors}>
        <input className="input" type="date" {...form.bind("applied_at")} />
      </Field>
      <Field label="Method" field="method" errors={form.errors}>
        <EnumSelect id="f-method" name="method" labels={APPLICATION_METHOD} value={v.method as ApplicationMethod} onChange={(x) => form.set("method", x || "manual")} />
      </Field>
      <Field label="Status" field="status" errors={form.errors}>
        <EnumSelect id="f-status" name="status" labels={APPLICATION_STATUS} value={v.status as ApplicationStatus} onChange={(x) => form.set("status", x || "submitted")} />
      </Field>
      <Field label="" field="tracked_job_id" errors={form.errors} className="span-2">
        <span />
      </Field>
      <FormError message={form.formError} />
      <div className="span-2 subform-actions">
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button variant="primary" type="submit" busy={form.busy} data-testid="save-application">
          Save application
        </Button>
      </div>
    </form>
  );
}
