// "New requisition": the role to fill, for which client, where, for how much, and what skills it
// needs. Salary is typed in major units and sent in minor units (×100).
import type { EmploymentType, RequisitionStatus, WorkMode } from "../../bindings";
import { Button } from "../../components/Button";
import { ChipsInput, useChips } from "../../components/ChipsInput";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { EnumSelect } from "../../components/Select";
import { EMPLOYMENT_TYPE, REQUISITION_STATUS, WORK_MODE } from "../../lib/enums";
import { compact, toMinor, toNumber } from "../../lib/format";
import { fieldError, useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

const EMPTY = {
  title: "",
  department: "",
  client_id: "",
  employment_type: "full_time",
  work_mode: "onsite",
  status: "open",
  min_salary: "",
  max_salary: "",
  currency: "USD",
  openings: "1",
  application_deadline: "",
  description: "",
};

export function RequisitionForm({ onClose, onCreated }: { onClose: () => void; onCreated?: (id: string) => void }) {
  const form = useCoreForm(EMPTY);
  const locations = useChips();
  const required = useChips();
  const preferred = useChips();
  const clients = useCommand("client_list", { limit: 500 });
  const create = useCommandMutation("requisition_create");
  const toast = useToast();
  const v = form.values;

  const save = async () => {
    if (!form.requireFilled(["title"])) return;
    await form.submit(async () => {
      const r = await create.mutateAsync(
        compact({
          title: v.title,
          department: v.department,
          client_id: v.client_id,
          employment_type: v.employment_type as EmploymentType,
          work_mode: v.work_mode as WorkMode,
          status: v.status as RequisitionStatus,
          job_locations: locations.all(),
          min_salary_minor: toMinor(v.min_salary),
          max_salary_minor: toMinor(v.max_salary),
          currency: v.currency,
          openings: toNumber(v.openings),
          required_skills: required.all(),
          preferred_skills: preferred.all(),
          application_deadline: v.application_deadline,
          description: v.description,
        }),
      );
      toast.show(`Opened “${r.title}”`, "success");
      onClose();
      onCreated?.(r.id);
    });
  };

  return (
    <Dialog
      onSubmit={() => void save()}
      title="New requisition"
      description="A role you're hiring for. It gets a pipeline with the standard stages, ready for candidates."
      onClose={onClose}
      size="lg"
      testId="requisition-form"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" data-testid="save-requisition" busy={form.busy}>
            Create requisition
          </Button>
        </>
      }
    >
      <div className="form-grid">
        <Field label="Title" field="title" errors={form.errors} required className="span-2">
          <input className="input" {...form.bind("title")} placeholder="Senior Backend Engineer" data-autofocus />
        </Field>
        <Field label="Department" field="department" errors={form.errors}>
          <input className="input" {...form.bind("department")} placeholder="Engineering" />
        </Field>
        <Field label="Client" field="client_id" errors={form.errors} hint={clients.data?.total === 0 ? "No clients yet — add them on the Clients page." : undefined}>
          <select className="input" {...form.bind("client_id")}>
            <option value="">No client (internal)</option>
            {clients.data?.items.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Employment type" field="employment_type" errors={form.errors}>
          <EnumSelect id="f-employment_type" name="employment_type" labels={EMPLOYMENT_TYPE} value={v.employment_type as EmploymentType} onChange={(x) => form.set("employment_type", x || "full_time")} />
        </Field>
        <Field label="Work mode" field="work_mode" errors={form.errors}>
          <EnumSelect id="f-work_mode" name="work_mode" labels={WORK_MODE} value={v.work_mode as WorkMode} onChange={(x) => form.set("work_mode", x || "onsite")} />
        </Field>
        <Field label="Locations" field="job_locations" htmlFor="f-job_locations" errors={form.errors} className="span-2" hint="Separate with commas.">
          <ChipsInput id="f-job_locations" name="job_locations" chips={locations} placeholder="Berlin, Remote (EU)" invalid={!!fieldError(form.errors, "job_locations")} />
        </Field>
        <div className="form-row-3 span-2">
          <Field label="Salary from" field="min_salary_minor" htmlFor="f-min_salary" errors={form.errors}>
            <input className="input" {...form.bind("min_salary")} inputMode="decimal" placeholder="90000" />
          </Field>
          <Field label="Salary to" field="max_salary_minor" htmlFor="f-max_salary" errors={form.errors}>
            <input className="input" {...form.bind("max_salary")} inputMode="decimal" placeholder="120000" />
          </Field>
          <Field label="Currency" field="currency" errors={form.errors}>
            <input className="input mono" {...form.bind("currency")} maxLength={3} />
          </Field>
        </div>
        <Field label="Openings" field="openings" errors={form.errors}>
          <input className="input" {...form.bind("openings")} inputMode="numeric" />
        </Field>
        <Field label="Application deadline" field="application_deadline" errors={form.errors}>
          <input className="input" type="date" {...form.bind("application_deadline")} />
        </Field>
        <Field label="Status" field="status" errors={form.errors}>
          <EnumSelect id="f-status" name="status" labels={REQUISITION_STATUS} value={v.status as RequisitionStatus} onChange={(x) => form.set("status", x || "open")} />
        </Field>
        <div />
        <Field label="Required skills" field="required_skills" htmlFor="f-required_skills" errors={form.errors} className="span-2">
          <ChipsInput id="f-required_skills" name="required_skills" chips={required} placeholder="Go, PostgreSQL" invalid={!!fieldError(form.errors, "required_skills")} />
        </Field>
        <Field label="Preferred skills" field="preferred_skills" htmlFor="f-preferred_skills" errors={form.errors} className="span-2">
          <ChipsInput id="f-preferred_skills" name="preferred_skills" chips={preferred} placeholder="Kubernetes, gRPC" invalid={!!fieldError(form.errors, "preferred_skills")} />
        </Field>
        <Field label="Description" field="description" errors={form.errors} className="span-2">
          <textarea className="input" rows={4} {...form.bind("description")} />
        </Field>
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}
