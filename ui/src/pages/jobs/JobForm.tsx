// "New job" and "Edit job": everything worth keeping about a posting, its contacts and dates.
// Salaries are typed in major units and sent as minor units (×100). Only title and company are
// required here; the core checks the rest (URL, emails, dates, salary range) and names the field.
import { useState } from "react";
import type { EmploymentType, JobContact, JobStatus, TrackedJob, WorkMode } from "../../bindings";
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
  posted_at: "",
  deadline_at: "",
};

function fromJob(j: TrackedJob): typeof EMPTY {
  const major = (m: number | null) => (m === null ? "" : String(m / 100));
  return {
    title: j.title,
    company: j.company,
    location: j.location ?? "",
    work_mode: j.work_mode ?? "",
    job_type: j.job_type ?? "",
    status: j.status,
    salary_min: major(j.salary_min_minor),
    salary_max: major(j.salary_max_minor),
    currency: j.currency,
    posting_url: j.posting_url ?? "",
    source: j.source ?? "",
    description: j.description ?? "",
    notes: j.notes ?? "",
    posted_at: j.posted_at ?? "",
    deadline_at: j.deadline_at ?? "",
  };
}

type ContactRow = { name: string; role: string; email: string; phone: string };

export function JobForm({ job, onClose, onCreated }: { job?: TrackedJob; onClose: () => void; onCreated?: (id: string) => void }) {
  const form = useCoreForm(job ? fromJob(job) : EMPTY);
  const [contacts, setContacts] = useState<ContactRow[]>(
    (job?.contacts ?? []).map((c) => ({ name: c.name, role: c.role ?? "", email: c.email ?? "", phone: c.phone ?? "" })),
  );
  const create = useCommandMutation("tracked_job_create");
  const update = useCommandMutation("tracked_job_update");
  const toast = useToast();
  const v = form.values;
  const setContact = (i: number, key: keyof ContactRow, value: string) =>
    setContacts((cs) => cs.map((c, j) => (j === i ? { ...c, [key]: value } : c)));

  const save = async () => {
    if (!form.requireFilled(["title", "company"])) return;
    await form.submit(async () => {
      const fields = compact({
          title: v.title,
          company: v.company,
          location: v.location,
          work_mode: (v.work_mode || undefined) as WorkMode | undefined,
          job_type: (v.job_type || undefined) as EmploymentType | undefined,
          salary_min_minor: toMinor(v.salary_min),
          salary_max_minor: toMinor(v.salary_max),
          currency: v.currency,
          posting_url: v.posting_url,
          source: v.source,
          description: v.description,
          notes: v.notes,
          posted_at: v.posted_at,
          deadline_at: v.deadline_at,
        });
      const people = contacts
        .filter((c) => c.name.trim() || c.email.trim())
        .map((c) => compact({ name: c.name, role: c.role, email: c.email, phone: c.phone }) as JobContact);
      if (people.length) Object.assign(fields, { contacts: people });
      if (job) {
        await update.mutateAsync({ id: job.id, ...fields });
        toast.show("Job saved", "success");
      } else {
        const created = await create.mutateAsync({ ...fields, status: v.status as JobStatus });
        toast.show(`Tracking “${created.title}” at ${created.company}`, "success");
        onCreated?.(created.id);
      }
      onClose();
    });
  };

  return (
    <Dialog
      onSubmit={() => void save()}
      title={job ? "Edit job" : "New job"}
      description={job ? undefined : "Paste the details of a posting you're interested in; you can move it across the board as you progress."}
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
        {job ? (
          <div />
        ) : (
          <Field label="Status" field="status" errors={form.errors}>
            <EnumSelect id="f-status" name="status" labels={JOB_STATUS} value={v.status as JobStatus} onChange={(x) => form.set("status", x || "interested")} />
          </Field>
        )}
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
        <div className="form-row-2">
          <Field label="Posted on" field="posted_at" errors={form.errors}>
            <input className="input" type="date" {...form.bind("posted_at")} />
          </Field>
          <Field label="Apply by" field="deadline_at" errors={form.errors}>
            <input className="input" type="date" {...form.bind("deadline_at")} />
          </Field>
        </div>
        <Field label="Description" field="description" errors={form.errors} className="span-2">
          <textarea className="input" rows={4} {...form.bind("description")} />
        </Field>
        <Field label="Notes" field="notes" errors={form.errors} className="span-2">
          <textarea className="input" rows={2} {...form.bind("notes")} placeholder="Who referred you, what stood out…" />
        </Field>
        <fieldset className="span-2 contacts-fieldset" data-testid="job-contacts">
          <legend className="field-label">Contacts</legend>
          {contacts.map((c, i) => (
            <div className="form-row-4" key={i}>
              <Field label="Name" field={`contacts[${i}].name`} htmlFor={`f-contact-${i}-name`} errors={form.errors}>
                <input className="input" id={`f-contact-${i}-name`} name={`contacts[${i}].name`} value={c.name} onChange={(e) => setContact(i, "name", e.target.value)} />
              </Field>
              <Field label="Role" field={`contacts[${i}].role`} htmlFor={`f-contact-${i}-role`} errors={form.errors}>
                <input className="input" id={`f-contact-${i}-role`} value={c.role} onChange={(e) => setContact(i, "role", e.target.value)} placeholder="Recruiter" />
              </Field>
              <Field label="Email" field={`contacts[${i}].email`} htmlFor={`f-contact-${i}-email`} errors={form.errors}>
                <input className="input" id={`f-contact-${i}-email`} name={`contacts[${i}].email`} value={c.email} onChange={(e) => setContact(i, "email", e.target.value)} />
              </Field>
              <Field label="Phone" field={`contacts[${i}].phone`} htmlFor={`f-contact-${i}-phone`} errors={form.errors}>
                <input className="input" id={`f-contact-${i}-phone`} value={c.phone} onChange={(e) => setContact(i, "phone", e.target.value)} />
              </Field>
            </div>
          ))}
          <Button size="sm" variant="ghost" icon="plus" onClick={() => setContacts((cs) => [...cs, { name: "", role: "", email: "", phone: "" }])} data-testid="add-contact">
            Add contact
          </Button>
        </fieldset>
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}
