// The review step of a resume import: every parsed field is editable, jobs and schools can be
// added or removed, and only Save sends anything to be stored (`resume_create`). The core checks
// the corrections; an error shows under the field it names (`parsed.experience[0].start`...).
import { useState } from "react";
import type { FileUpload, ParsedEducation, ParsedExperience, ParsedResume, ResumeDraft } from "../../bindings";
import type { CoreError } from "../../api";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { fieldMessage, toCoreError } from "../../api";
import type { FieldErrors } from "../../lib/form";
import { useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

const CONTACT: Array<[keyof ParsedResume & string, string]> = [
  ["full_name", "Name"],
  ["email", "Email"],
  ["phone", "Phone"],
  ["linkedin_url", "LinkedIn"],
  ["github_url", "GitHub"],
  ["website_url", "Website"],
];

export function ResumeReview({ draft, file, onClose }: { draft: ResumeDraft; file: FileUpload; onClose: () => void }) {
  const p = draft.parsed;
  const [title, setTitle] = useState(draft.file_name.replace(/\.[^.]+$/, ""));
  const [versionLabel, setVersionLabel] = useState("");
  const [contact, setContact] = useState<Record<string, string>>(
    Object.fromEntries(CONTACT.map(([k]) => [k, (p[k] as string | null | undefined) ?? ""])),
  );
  const [skills, setSkills] = useState((p.skills ?? []).join(", "));
  const [jobs, setJobs] = useState<ParsedExperience[]>(p.experience ?? []);
  const [schools, setSchools] = useState<ParsedEducation[]>(p.education ?? []);
  const [apply, setApply] = useState(true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCommandMutation("resume_create");
  const toast = useToast();

  const fail = (err: unknown) => {
    const e: CoreError = toCoreError(err);
    if (e.field) setErrors({ [e.field]: fieldMessage(e) });
    else setFormError(e.message);
    toast.error(e);
  };

  const save = () => {
    if (!title.trim()) {
      setErrors({ title: "Give this version a name" });
      return;
    }
    const parsed: ParsedResume = {
      ...Object.fromEntries(Object.entries(contact).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()])),
      skills: skills.split(/[,\n]/).map((s) => s.trim()).filter(Boolean),
      experience: jobs.map((j) => ({ ...j, company: j.company || undefined, start: j.start || undefined, end: j.end || undefined })),
      education: schools.map((s) => ({ ...s, degree: s.degree || undefined })),
    };
    create.mutate(
      { title, version_label: versionLabel || undefined, file, parsed, apply_to_profile: apply },
      {
        onSuccess: (r) => {
          toast.show(`Saved “${r.title}”`, "success");
          onClose();
        },
        onError: fail,
      },
    );
  };

  const setJob = (i: number, patch: Partial<ParsedExperience>) => setJobs((js) => js.map((j, k) => (k === i ? { ...j, ...patch } : j)));
  const setSchool = (i: number, patch: Partial<ParsedEducation>) =>
    setSchools((ss) => ss.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  const year = (v: string) => (v.trim() ? Number(v) : undefined);

  return (
    <Dialog
      title="Check the imported resume"
      description={`Read from ${draft.file_name}. Correct anything that was misread, then save.`}
      onClose={onClose}
      size="lg"
      testId="resume-review"
      onSubmit={save}
      footer={
        <>
          <label className="check">
            <input type="checkbox" name="apply_to_profile" checked={apply} onChange={(e) => setApply(e.target.checked)} /> Add what is
            new to my profile
          </label>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" busy={create.isPending} data-testid="save-resume">
            Save resume
          </Button>
        </>
      }
    >
      <FormError message={formError} />
      <div className="form-grid">
        <Field label="Version name" field="title" errors={errors} required>
          <input className="input" id="f-title" name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label="Version label" field="version_label" errors={errors}>
          <input className="input" id="f-version_label" name="version_label" value={versionLabel} onChange={(e) => setVersionLabel(e.target.value)} />
        </Field>
        {CONTACT.map(([k, label]) => (
          <Field key={k} label={label} field={`parsed.${k}`} htmlFor={`f-parsed-${k}`} errors={errors}>
            <input
              className="input"
              id={`f-parsed-${k}`}
              name={`parsed.${k}`}
              value={contact[k] ?? ""}
              onChange={(e) => setContact((c) => ({ ...c, [k]: e.target.value }))}
            />
          </Field>
        ))}
      </div>
      <Field label="Skills" field="parsed.skills" htmlFor="f-parsed-skills" errors={errors} hint="Separated by commas; synonyms like JS or k8s are understood.">
        <textarea className="input" id="f-parsed-skills" name="parsed.skills" rows={3} value={skills} onChange={(e) => setSkills(e.target.value)} />
      </Field>
      <h3 className="form-subhead">Experience</h3>
      {jobs.map((j, i) => (
        <div className="form-row" key={i} data-testid="review-job">
          {(["title", "company", "start", "end"] as const).map((k) => (
            <Field key={k} label={k === "start" ? "From" : k === "end" ? "To" : k === "title" ? "Title" : "Company"} field={`parsed.experience[${i}].${k}`} htmlFor={`f-job-${i}-${k}`} errors={errors}>
              <input
                className="input"
                id={`f-job-${i}-${k}`}
                name={`parsed.experience[${i}].${k}`}
                value={(j[k] as string | null | undefined) ?? ""}
                placeholder={k === "start" || k === "end" ? "2024-05" : undefined}
                onChange={(e) => setJob(i, { [k]: e.target.value })}
              />
            </Field>
          ))}
          <label className="check">
            <input type="checkbox" checked={!!j.current} onChange={(e) => setJob(i, { current: e.target.checked })} /> Current
          </label>
          <Button size="sm" variant="ghost" icon="trash" aria-label="Remove job" onClick={() => setJobs((js) => js.filter((_, k) => k !== i))} />
        </div>
      ))}
      <Button size="sm" variant="ghost" icon="plus" onClick={() => setJobs((js) => [...js, { title: "" }])}>
        Add job
      </Button>
      <h3 className="form-subhead">Education</h3>
      {schools.map((s, i) => (
        <div className="form-row" key={i} data-testid="review-school">
          <Field label="Degree" field={`parsed.education[${i}].degree`} htmlFor={`f-edu-${i}-degree`} errors={errors}>
            <input className="input" id={`f-edu-${i}-degree`} name={`parsed.education[${i}].degree`} value={s.degree ?? ""} onChange={(e) => setSchool(i, { degree: e.target.value })} />
          </Field>
          <Field label="School" field={`parsed.education[${i}].school`} htmlFor={`f-edu-${i}-school`} errors={errors}>
            <input className="input" id={`f-edu-${i}-school`} name={`parsed.education[${i}].school`} value={s.school} onChange={(e) => setSchool(i, { school: e.target.value })} />
          </Field>
          <Field label="From" field={`parsed.education[${i}].start_year`} htmlFor={`f-edu-${i}-start`} errors={errors}>
            <input className="input" id={`f-edu-${i}-start`} inputMode="numeric" value={s.start_year ?? ""} onChange={(e) => setSchool(i, { start_year: year(e.target.value) })} />
          </Field>
          <Field label="To" field={`parsed.education[${i}].end_year`} htmlFor={`f-edu-${i}-end`} errors={errors}>
            <input className="input" id={`f-edu-${i}-end`} inputMode="numeric" value={s.end_year ?? ""} onChange={(e) => setSchool(i, { end_year: year(e.target.value) })} />
          </Field>
          <Button size="sm" variant="ghost" icon="trash" aria-label="Remove school" onClick={() => setSchools((ss) => ss.filter((_, k) => k !== i))} />
        </div>
      ))}
      <Button size="sm" variant="ghost" icon="plus" onClick={() => setSchools((ss) => [...ss, { school: "" }])}>
        Add school
      </Button>
      <details className="resume-source">
        <summary>Extracted text</summary>
        <pre className="prose selectable resume-text">{draft.text}</pre>
      </details>
    </Dialog>
  );
}
