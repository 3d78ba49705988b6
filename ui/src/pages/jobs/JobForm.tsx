// "New job": everything worth keeping about a posting. Salaries are typed in major units and sent
// as minor units (×100). Only title and company are required here; the core checks the rest.
import type { EmploymentType, JobStatus, WorkMode } from "../../bindings";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { EnumSelect } from "../../components/Select";
import { EMPLOYMENT_TYPE, JOB_STATUS, WORK_MODE } from "../../lib/enums";
import { compact, toMinor } from "../../lib/format";
import { useCoreForm } from "../../lib/form";
import { useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

const EMPTY = {
  title: "",
  company: "",
  location: "",
  work_mode: "",
  job_type: "",
  status: "interested",
  salary_min: "",
  salary_max: "",
  currency: "USD",
  posting_url: "",
  source: "",
  description: "",
  notes: "",
};

export function JobForm({ onClose, onCreated }: { onClose: () => void; onCreated?: (id: string) => void }) {
  const form = useCoreForm(EMPTY);
  const create = useCommandMutation("tracked_job_create");
  const toast = useToast();
  const v = form.values;

  const save = async () => {
    if (!form.requireFilled(["title", "company"])) return;
    await form.submit(async () => {
      const job = await create.mutateAsync(
        compact({
          title: v.title,
          company: v.company,
          location: v.location,
          work_mode: (v.work_mode || undefined) as WorkMode | undefined,
          job_type: (v.job_type || undefined) as EmploymentType | undefined,
          status: v.status as JobStatus,
          salary_min_minor: toMinor(v.salary_min),
          salary_max_minor: toMinor(v.salary_max),
          currency: v.currency,
          posting_url: v.posting_url,
          source: v.source,
          description: v.description,
          notes: v.notes,
        }),
      );
      toast.show(`Tracking “${job.title}” at ${job.company}`, "success");
      onCreated?.(job.id);
      onClose();
    });
  };

  return (
    <Dialog
      onSubmit={() => void save()}
      title="New job"
      description="Paste the details of a posting you're interested in; you can move it across the board as you progress."
      onClose={onClose}
      size="lg"
      testId="job-form"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" data-testid="save-job" busy={form.busy}>
            Save job
          </Button>
        </>
      }
    >
      <div className="form-grid">
        <Field label="Job title" field="title" errors={form.errors} required>
          <input className="input" {...form.bind("title")} placeholder="Senior Frontend Engineer" data-autofocus />
        </Field>
        <Field label="Company" field="company" errors={form.errors} required>
          <input className="input" {...form.bind("company")} placeholder="Acme Corp" />
        </Field>
        <Field label="Location" field="location" errors={form.errors}>
          <input className="input" {...form.bind("location")} placeholder="Berlin, Germany" />
        </Field>
        <Field label="Work mode" field="work_mode" errors={form.errors}>
          <EnumSelect id="f-work_mode" name="work_mode" labels={WORK_MODE} empty="Not specified" value={v.work_mode as WorkMode | ""} onChange={(x) => form.set("work_mode", x)} />
        </Field>
        <Field label="Job type" field="job_type" errors={form.errors}>
          <EnumSelect id="f-job_type" name="job_type" labels={EMPLOYMENT_TYPE} empty="Not specified" value={v.job_type as EmploymentType | ""} onChange={(x) => form.set("job_type", x)} />
        </Field>
        <Field label="Status" field="status" errors={form.errors}>
          <EnumSelect id="f-status" name="status" labels={JOB_STATUS} value={v.status as JobStatus} onChange={(x) => form.set("status", x || "interested")} />
        </Field>
        <div className="form-row-3 span-2">
          <Field label="Salary from" field="salary_min_minor" htmlFor="f-salary_min" errors={form.errors}>
            <input className="input" {...form.bind("salary_min")} inputMode="decimal" placeholder="80000" />
          </Field>
          <Field label="Salary to" field="salary_max_minor" htmlFor="f-salary_max" errors={form.errors}>
            <input className="input" {...form.bind("salary_max")} inputMode="decimal" placeholder="100000" />
          </Field>
          <Field label="Currency" field="currency" errors={form.errors}>
            <input className="input mono" {...form.bind("currency")} maxLength={3} placeholder="USD" />
          </Field>
        </div>
        <Field label="Posting URL" field="posting_url" errors={form.errors} className="span-2">
          <input className="input" {...form.bind("posting_url")} type="url" placeholder="https://…" />
        </Field>
        <Field label="Source" field="source" errors={form.errors} hint="Where you found it: LinkedIn, a referral, the company site…">
          <input className="input" {...form.bind("source")} />
        </Field>
        <div />
        <Field label="Description" field="description" errors={form.errors} className="span-2">
          <textarea className="input" rows={4} {...form.bind("description")} />
        </Field>
        <Field label="Notes" field="notes" errors={form.errors} className="span-2">
          <textarea className="input" rows={2} {...form.bind("notes")} placeholder="Who referred you, what stood out…" />
        </Field>
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}
