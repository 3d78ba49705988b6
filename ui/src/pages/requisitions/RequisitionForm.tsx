// The requisition form, for new and existing requisitions: every field of seed 003's jobs and
// seed 004's requisitions, grouped as the seeds group them. What is typed is auto-saved as a
// draft (one per requisition, and one for "new") and restored when the form is opened again;
// a new requisition can start from a job template, and any form can be saved as one.
// Salary is typed in major units and sent in minor units (×100).
import { useEffect, useRef, useState } from "react";
import type {
  EmploymentType,
  ExperienceLevel,
  JobTemplate,
  Requisition,
  RequisitionFields,
  RequisitionStatus,
  SalaryUnit,
  WorkMode,
} from "../../bindings";
import { Button } from "../../components/Button";
import { ChipsInput, useChips, type Chips } from "../../components/ChipsInput";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { EnumSelect } from "../../components/Select";
import { call } from "../../api";
import { EMPLOYMENT_TYPE, EXPERIENCE_LEVEL, REQUISITION_STATUS, SALARY_UNIT, WORK_MODE } from "../../lib/enums";
import { compact, dateTime, toMinor, toNumber } from "../../lib/format";
import { fieldError, unnest, useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

const LISTS = [
  "job_locations",
  "benefits_perks",
  "required_skills",
  "preferred_skills",
  "tools_tech_stack",
  "hiring_process_rounds",
] as const;
type ListName = (typeof LISTS)[number];

const EMPTY = {
  title: "", internal_job_id: "", client_id: "", department: "", functional_area: "", industry: "",
  employment_type: "full_time", work_mode: "onsite", status: "draft", hiring_manager_id: "", assigned_recruiter_id: "",
  min_salary: "", max_salary: "", currency: "USD", salary_unit: "year",
  experience_level: "", experience_required: "", min_experience_years: "", max_experience_years: "", education_qualification: "",
  about_company: "", description: "", responsibilities: "",
  openings: "1", positions_filled: "0", application_deadline: "", notice_period_accepted: "",
  meta_title: "", meta_description: "", template_id: "",
};
type Values = typeof EMPTY;

const major = (minor: number | null | undefined) => (minor == null ? "" : String(minor / 100));
const text = (v: string | number | null | undefined) => (v == null ? "" : String(v));

/** Form values from stored fields (a requisition or a template). */
export function valuesOf(f: Partial<RequisitionFields> | Requisition): Values {
  return {
    ...EMPTY,
    title: f.title ?? "", internal_job_id: text(f.internal_job_id), client_id: text(f.client_id),
    department: text(f.department), functional_area: text(f.functional_area), industry: text(f.industry),
    employment_type: f.employment_type ?? "full_time", work_mode: f.work_mode ?? "onsite", status: f.status ?? "draft",
    hiring_manager_id: text(f.hiring_manager_id), assigned_recruiter_id: text(f.assigned_recruiter_id),
    min_salary: major(f.min_salary_minor), max_salary: major(f.max_salary_minor), currency: f.currency ?? "USD",
    salary_unit: f.salary_unit ?? "year", experience_level: text(f.experience_level),
    experience_required: text(f.experience_required), min_experience_years: text(f.min_experience_years),
    max_experience_years: text(f.max_experience_years), education_qualification: text(f.education_qualification),
    about_company: text(f.about_company), description: text(f.description),
    responsibilities: (f.responsibilities ?? []).join("\n"), openings: text(f.openings ?? 1),
    positions_filled: text(f.positions_filled ?? 0), application_deadline: text(f.application_deadline),
    notice_period_accepted: text(f.notice_period_accepted), meta_title: text(f.meta_title),
    meta_description: text(f.meta_description), template_id: text(f.template_id),
  };
}

/** The request the core takes, from form values and chip lists. */
export function fieldsOf(v: Values, lists: Record<ListName, string[]>): RequisitionFields {
  return compact({
    title: v.title, internal_job_id: v.internal_job_id, client_id: v.client_id, department: v.department,
    functional_area: v.functional_area, industry: v.industry, employment_type: v.employment_type as EmploymentType,
    work_mode: v.work_mode as WorkMode, status: v.status as RequisitionStatus, hiring_manager_id: v.hiring_manager_id,
    assigned_recruiter_id: v.assigned_recruiter_id, min_salary_minor: toMinor(v.min_salary),
    max_salary_minor: toMinor(v.max_salary), currency: v.currency, salary_unit: v.salary_unit as SalaryUnit,
    experience_level: (v.experience_level || undefined) as ExperienceLevel | undefined,
    experience_required: v.experience_required, min_experience_years: toNumber(v.min_experience_years),
    max_experience_years: toNumber(v.max_experience_years), education_qualification: v.education_qualification,
    about_company: v.about_company, description: v.description,
    responsibilities: v.responsibilities.split("\n").map((s) => s.trim()).filter(Boolean),
    openings: toNumber(v.openings), positions_filled: toNumber(v.positions_filled),
    application_deadline: v.application_deadline, notice_period_accepted: v.notice_period_accepted,
    meta_title: v.meta_title, meta_description: v.meta_description, template_id: v.template_id,
    ...lists,
  });
}

type Props = { requisition?: Requisition; onClose: () => void; onCreated?: (id: string) => void };

export function RequisitionForm({ requisition, onClose, onCreated }: Props) {
  const editing = !!requisition;
  const form = useCoreForm<Values>(requisition ? valuesOf(requisition) : EMPTY);
  const chips: Record<ListName, Chips> = {
    job_locations: useChips(requisition?.job_locations ?? []),
    benefits_perks: useChips(requisition?.benefits_perks ?? []),
    required_skills: useChips(requisition?.required_skills ?? []),
    preferred_skills: useChips(requisition?.preferred_skills ?? []),
    tools_tech_stack: useChips(requisition?.tools_tech_stack ?? []),
    hiring_process_rounds: useChips(requisition?.hiring_process_rounds ?? []),
  };
  const clients = useCommand("client_list", { limit: 500 });
  const users = useCommand("user_list", { limit: 500 });
  const templates = useCommand("job_template_list", {}, { enabled: !editing });
  const create = useCommandMutation("requisition_create");
  const update = useCommandMutation("requisition_update");
  const saveTemplate = useCommandMutation("job_template_save");
  const toast = useToast();
  const v = form.values;
  const slot = editing ? { requisition_id: requisition.id } : {};
  const [restored, setRestored] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [templateName, setTemplateName] = useState<string | null>(null);
  const lists = () => Object.fromEntries(LISTS.map((l) => [l, chips[l].all()])) as Record<ListName, string[]>;

  const load = (values: Values, listValues: Partial<Record<ListName, string[]>>) => {
    form.setValues(values);
    for (const l of LISTS) chips[l].setValues(listValues[l] ?? []);
  };

  // Restore the saved draft once, when the form opens.
  const restoredOnce = useRef(false);
  useEffect(() => {
    if (restoredOnce.current) return;
    restoredOnce.current = true;
    void call("job_draft_get", slot).then((d) => {
      if (!d) return;
      const data = d.data as { values?: Partial<Values>; lists?: Partial<Record<ListName, string[]>> };
      load({ ...form.values, ...data.values }, data.lists ?? {});
      setRestored(d.last_saved_at);
    }, () => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Auto-save what is typed, a moment after typing stops.
  const snapshot = JSON.stringify({ values: v, lists: Object.fromEntries(LISTS.map((l) => [l, chips[l].values])) });
  const first = useRef(snapshot);
  useEffect(() => {
    if (snapshot === first.current) return;
    setDirty(true);
    const t = setTimeout(() => {
      void call("job_draft_save", { ...slot, data: JSON.parse(snapshot) as Record<string, unknown> }).catch(() => undefined);
    }, 600);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshot]);

  const discardDraft = async () => {
    await call("job_draft_discard", slot);
    load(requisition ? valuesOf(requisition) : EMPTY, requisition ?? {});
    first.current = JSON.stringify({ values: requisition ? valuesOf(requisition) : EMPTY, lists: {} });
    setRestored(null);
  };

  const applyTemplate = (t: JobTemplate | undefined) => {
    if (!t) return;
    load({ ...valuesOf(t.fields), template_id: t.id, status: "draft" }, t.fields);
    toast.show(`Started from “${t.name}”`, "success");
  };

  const save = async () => {
    if (!form.requireFilled(["title"])) return;
    await form.submit(async () => {
      const fields = fieldsOf(v, lists());
      if (requisition) {
        const r = await update.mutateAsync({ id: requisition.id, fields }).catch((e: unknown) => {
          throw unnest(e, "fields");
        });
        toast.show(`Saved “${r.title}”`, "success");
      } else {
        const r = await create.mutateAsync(fields);
        toast.show(`Created “${r.title}”`, "success");
        onCreated?.(r.id);
      }
      await call("job_draft_discard", slot).catch(() => undefined);
      onClose();
    });
  };

  const saveAsTemplate = async () => {
    if (!templateName?.trim()) return;
    await form.submit(async () => {
      const t = await saveTemplate.mutateAsync({ name: templateName, fields: fieldsOf({ ...v, title: v.title || templateName }, lists()) });
      toast.show(`Saved template “${t.name}”`, "success");
      setTemplateName(null);
    });
  };

  const users_ = users.data?.items ?? [];
  const userSelect = (key: "hiring_manager_id" | "assigned_recruiter_id", empty: string) => (
    <select className="input" {...form.bind(key)}>
      <option value="">{empty}</option>
      {users_.map((u) => (
        <option key={u.id} value={u.id}>
          {u.full_name}
        </option>
      ))}
    </select>
  );
  const list = (name: ListName, label: string, placeholder: string, span = true) => (
    <Field label={label} field={name} htmlFor={`f-${name}`} errors={form.errors} className={span ? "span-2" : undefined} hint="Separate with commas.">
      <ChipsInput id={`f-${name}`} name={name} chips={chips[name]} placeholder={placeholder} invalid={!!fieldError(form.errors, name)} />
    </Field>
  );

  return (
    <Dialog
      onSubmit={() => void save()}
      title={editing ? `Edit ${requisition.title}` : "New requisition"}
      description={
        editing
          ? `Slug ${requisition.slug ?? "—"} · changes are kept as a draft until you save.`
          : "A role you're hiring for. It gets a pipeline with the standard stages, ready for candidates."
      }
      onClose={onClose}
      size="lg"
      testId="requisition-form"
      footer={
        <>
          <span className="draft-state muted" data-testid="draft-state">
            {restored ? `Draft restored from ${dateTime(restored)}` : dirty ? "Draft saved as you type" : ""}
          </span>
          {restored && (
            <Button variant="ghost" onClick={() => void discardDraft()} data-testid="discard-draft">
              Discard draft
            </Button>
          )}
          <Button variant="ghost" onClick={() => setTemplateName(v.title || "")} data-testid="save-as-template">
            Save as template…
          </Button>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" data-testid="save-requisition" busy={form.busy}>
            {editing ? "Save changes" : "Create requisition"}
          </Button>
        </>
      }
    >
      {templateName !== null && (
        <div className="subform form-row-2" aria-label="Save as template">
          <Field label="Template name" field="name" htmlFor="f-template-name">
            <input id="f-template-name" className="input" value={templateName} onChange={(e) => setTemplateName(e.target.value)} autoFocus />
          </Field>
          <div className="subform-actions">
            <Button size="sm" variant="ghost" onClick={() => setTemplateName(null)}>
              Cancel
            </Button>
            <Button size="sm" variant="primary" onClick={() => void saveAsTemplate()} data-testid="confirm-template">
              Save template
            </Button>
          </div>
        </div>
      )}
      <div className="form-grid">
        {!editing && (templates.data?.length ?? 0) > 0 && (
          <Field label="Start from a template" field="template_id" className="span-2">
            <select className="input" id="f-template_id" value={v.template_id} onChange={(e) => applyTemplate(templates.data?.find((t) => t.id === e.target.value))}>
              <option value="">Blank requisition</option>
              {templates.data?.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name} {t.use_count ? `(used ${t.use_count}×)` : ""}
                </option>
              ))}
            </select>
          </Field>
        )}
        <h3 className="form-section span-2">Basics</h3>
        <Field label="Title" field="title" errors={form.errors} required className="span-2">
          <input className="input" {...form.bind("title")} placeholder="Senior Backend Engineer" data-autofocus />
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
        <Field label="Internal job ID" field="internal_job_id" errors={form.errors}>
          <input className="input mono" {...form.bind("internal_job_id")} placeholder="ENG-042" />
        </Field>
        <Field label="Department" field="department" errors={form.errors}>
          <input className="input" {...form.bind("department")} placeholder="Engineering" />
        </Field>
        <Field label="Functional area" field="functional_area" errors={form.errors}>
          <input className="input" {...form.bind("functional_area")} placeholder="Backend" />
        </Field>
        <Field label="Industry" field="industry" errors={form.errors}>
          <input className="input" {...form.bind("industry")} placeholder="Fintech" />
        </Field>
        <Field label="Status" field="status" errors={form.errors}>
          <EnumSelect id="f-status" name="status" labels={REQUISITION_STATUS} value={v.status as RequisitionStatus} onChange={(x) => form.set("status", x || "draft")} />
        </Field>
        <Field label="Employment type" field="employment_type" errors={form.errors}>
          <EnumSelect id="f-employment_type" name="employment_type" labels={EMPLOYMENT_TYPE} value={v.employment_type as EmploymentType} onChange={(x) => form.set("employment_type", x || "full_time")} />
        </Field>
        <Field label="Work mode" field="work_mode" errors={form.errors}>
          <EnumSelect id="f-work_mode" name="work_mode" labels={WORK_MODE} value={v.work_mode as WorkMode} onChange={(x) => form.set("work_mode", x || "onsite")} />
        </Field>
        <Field label="Hiring manager" field="hiring_manager_id" errors={form.errors}>
          {userSelect("hiring_manager_id", "Not set")}
        </Field>
        <Field label="Assigned recruiter" field="assigned_recruiter_id" errors={form.errors}>
          {userSelect("assigned_recruiter_id", "Not set")}
        </Field>

        <h3 className="form-section span-2">Location and pay</h3>
        {list("job_locations", "Locations", "Berlin, Germany · for remote jobs: the countries applicants may live in")}
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
        <Field label="Salary per" field="salary_unit" errors={form.errors}>
          <EnumSelect id="f-salary_unit" name="salary_unit" labels={SALARY_UNIT} value={v.salary_unit as SalaryUnit} onChange={(x) => form.set("salary_unit", x || "year")} />
        </Field>
        <div />
        {list("benefits_perks", "Benefits and perks", "Health insurance, 4-day week")}

        <h3 className="form-section span-2">Requirements</h3>
        <Field label="Experience level" field="experience_level" errors={form.errors}>
          <EnumSelect id="f-experience_level" name="experience_level" labels={EXPERIENCE_LEVEL} value={v.experience_level as ExperienceLevel | ""} empty="Any" onChange={(x) => form.set("experience_level", x)} />
        </Field>
        <Field label="Experience required" field="experience_required" errors={form.errors}>
          <input className="input" {...form.bind("experience_required")} placeholder="3–5 years" />
        </Field>
        <Field label="Min. years" field="min_experience_years" errors={form.errors}>
          <input className="input" {...form.bind("min_experience_years")} inputMode="decimal" />
        </Field>
        <Field label="Max. years" field="max_experience_years" errors={form.errors}>
          <input className="input" {...form.bind("max_experience_years")} inputMode="decimal" />
        </Field>
        <Field label="Education" field="education_qualification" errors={form.errors} className="span-2">
          <input className="input" {...form.bind("education_qualification")} placeholder="B.Tech or equivalent" />
        </Field>
        {list("required_skills", "Required skills", "Go, PostgreSQL")}
        {list("preferred_skills", "Preferred skills", "Kubernetes, gRPC")}
        {list("tools_tech_stack", "Tools and tech stack", "GitHub, Terraform")}

        <h3 className="form-section span-2">Description</h3>
        <Field label="About the company" field="about_company" errors={form.errors} className="span-2">
          <textarea className="input" rows={2} {...form.bind("about_company")} />
        </Field>
        <Field label="Job summary" field="description" errors={form.errors} className="span-2" hint="Needed for the Google for Jobs export.">
          <textarea className="input" rows={4} {...form.bind("description")} />
        </Field>
        <Field label="Responsibilities" field="responsibilities" errors={form.errors} className="span-2" hint="One per line.">
          <textarea className="input" rows={3} {...form.bind("responsibilities")} />
        </Field>

        <h3 className="form-section span-2">Hiring process</h3>
        <Field label="Openings" field="openings" errors={form.errors}>
          <input className="input" {...form.bind("openings")} inputMode="numeric" />
        </Field>
        <Field label="Filled" field="positions_filled" errors={form.errors}>
          <input className="input" {...form.bind("positions_filled")} inputMode="numeric" />
        </Field>
        <Field label="Application deadline" field="application_deadline" errors={form.errors}>
          <input className="input" type="date" {...form.bind("application_deadline")} />
        </Field>
        <Field label="Notice period accepted" field="notice_period_accepted" errors={form.errors}>
          <input className="input" {...form.bind("notice_period_accepted")} placeholder="Immediate to 30 days" />
        </Field>
        {list("hiring_process_rounds", "Hiring rounds", "Screening, Technical, Culture")}

        <h3 className="form-section span-2">Search listing</h3>
        <Field label="Meta title" field="meta_title" errors={form.errors}>
          <input className="input" {...form.bind("meta_title")} />
        </Field>
        <Field label="Meta description" field="meta_description" errors={form.errors}>
          <input className="input" {...form.bind("meta_description")} />
        </Field>
        <FormError message={form.formError} />
      </div>
    </Dialog>
  );
}
