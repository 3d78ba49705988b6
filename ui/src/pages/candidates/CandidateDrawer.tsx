// One candidate in detail: possible duplicates (compare, merge, dismiss), contact facts, status,
// tags, applications, skills, work history (add, edit, remove) and education; the full master
// profile opens in its own editor; delete with confirmation.
import { useState } from "react";
import type { CandidateDetail, CandidateStatus } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip, Tag } from "../../components/Chip";
import { ConfirmDialog } from "../../components/Dialog";
import { Drawer, Facts, Section } from "../../components/Drawer";
import { ErrorState, Loading } from "../../components/Page";
import { EnumSelect } from "../../components/Select";
import { CANDIDATE_STATUS, CANDIDATE_TONE, EXPERIENCE_LEVEL, SKILL_LEVEL } from "../../lib/enums";
import { date, initials } from "../../lib/format";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";
import { CandidateApplications } from "./CandidateApplications";
import { DuplicatesPanel } from "./DuplicatesPanel";
import { ProfileEditor } from "./ProfileEditor";
import { EducationForm, SkillForm, WorkForm } from "./ProfileForms";
import { TagEditor } from "./TagEditor";

export function CandidateDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const candidate = useCommand("candidate_get", { id });
  const update = useCommandMutation("candidate_update");
  const remove = useCommandMutation("candidate_delete");
  const toast = useToast();
  const [adding, setAdding] = useState<"skill" | "work" | "education" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [editingProfile, setEditingProfile] = useState(false);
  const [editingWork, setEditingWork] = useState<string | null>(null);
  const history = useCommand("work_history_list", { candidate_id: id });
  const removeWork = useCommandMutation("work_history_delete");

  if (candidate.isPending || candidate.isError) {
    return (
      <Drawer title="Candidate" onClose={onClose} testId="candidate-drawer">
        {candidate.isPending ? <Loading /> : <ErrorState error={candidate.error} />}
      </Drawer>
    );
  }
  const c: CandidateDetail = candidate.data;

  const setStatus = (status: CandidateStatus) =>
    update.mutate({ id, status }, { onError: (e) => toast.error(e), onSuccess: () => toast.show(`Status: ${CANDIDATE_STATUS[status]}`, "success") });

  const doDelete = () =>
    remove.mutate(
      { id },
      {
        onSuccess: () => {
          toast.show(`Deleted ${c.full_name}`, "success");
          setConfirming(false);
          onClose();
        },
        onError: (e) => toast.error(e),
      },
    );

  const addButton = (what: "skill" | "work" | "education", label: string) =>
    adding === what ? null : (
      <Button size="sm" variant="ghost" icon="plus" onClick={() => setAdding(what)}>
        {label}
      </Button>
    );

  return (
    <Drawer
      title={
        <span className="drawer-person">
          <span className="avatar avatar-lg" aria-hidden="true">
            {initials(c.full_name)}
          </span>
          {c.full_name}
        </span>
      }
      subtitle={c.headline ?? c.current_role ?? undefined}
      onClose={onClose}
      testId="candidate-drawer"
      actions={
        <>
          <Button variant="ghost" size="sm" data-testid="edit-profile" onClick={() => setEditingProfile(true)}>
            Edit profile
          </Button>
          <Button variant="ghost" size="sm" icon="trash" onClick={() => setConfirming(true)}>
            Delete
          </Button>
        </>
      }
    >
      <div className="drawer-status">
        <Chip tone={CANDIDATE_TONE[c.status]}>{CANDIDATE_STATUS[c.status]}</Chip>
        <label className="inline-label">
          Status
          <EnumSelect labels={CANDIDATE_STATUS} value={c.status} onChange={(s) => s && setStatus(s)} aria-label="Candidate status" disabled={update.isPending} />
        </label>
      </div>
      <DuplicatesPanel candidate={c} />
      <Section title="Profile">
        <Facts
          items={[
            ["Email", c.email ? <span className="selectable">{c.email}</span> : null],
            ["Phone", c.phone],
            ["Location", c.location],
            ["Current role", c.current_role],
            ["Level", c.experience_level ? EXPERIENCE_LEVEL[c.experience_level] : null],
            ["Experience", c.total_experience_years !== null ? `${c.total_experience_years} year${c.total_experience_years === 1 ? "" : "s"}` : null],
            ["LinkedIn", c.linkedin_url ? <span className="mono selectable">{c.linkedin_url}</span> : null],
            ["Source", c.source],
            ["Added", date(c.created_at)],
          ]}
        />
      </Section>

      <Section title="Tags">
        <TagEditor candidateId={id} tags={c.tag_list} />
      </Section>

      <CandidateApplications candidateId={id} />

      <Section title={`Skills (${c.skills.length})`} actions={addButton("skill", "Add skill")}>
        {c.skills.length > 0 ? (
          <div className="tags">
            {c.skills.map((s) => (
              <Tag key={s.id}>
                {s.name}
                {s.level ? <span className="muted"> · {SKILL_LEVEL[s.level]}</span> : null}
              </Tag>
            ))}
          </div>
        ) : (
          adding !== "skill" && <p className="muted">No skills yet. Add what this person is good at to find them by it later.</p>
        )}
        {adding === "skill" && <SkillForm candidateId={id} onDone={() => setAdding(null)} />}
      </Section>

      <Section title="Work history" actions={addButton("work", "Add position")}>
        {(history.data ?? []).length > 0 ? (
          <ul className="entry-list">
            {history.data!.map((w) =>
              editingWork === w.id ? (
                <li key={w.id}>
                  <WorkForm candidateId={id} entry={w} onDone={() => setEditingWork(null)} />
                </li>
              ) : (
                <li key={w.id} data-testid="work-row">
                  <div className="entry-title">
                    {w.job_title} <span className="muted">at</span> {w.company_name}
                  </div>
                  <div className="entry-meta">
                    {[[date(w.start_date), w.is_current ? "present" : date(w.end_date)].filter(Boolean).join(" – "), w.location, w.ctc_at_role]
                      .filter(Boolean)
                      .join(" · ")}
                  </div>
                  {w.responsibilities && <p className="prose entry-body">{w.responsibilities}</p>}
                  {w.tools_used.length > 0 && <p className="muted">{w.tools_used.join(", ")}</p>}
                  <div className="entry-actions">
                    <Button size="sm" variant="ghost" aria-label={`Edit ${w.job_title} at ${w.company_name}`} onClick={() => setEditingWork(w.id)}>
                      Edit
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Remove ${w.job_title} at ${w.company_name}`}
                      onClick={() => removeWork.mutate({ id: w.id }, { onError: (e) => toast.error(e) })}
                    >
                      Remove
                    </Button>
                  </div>
                </li>
              ),
            )}
          </ul>
        ) : (
          adding !== "work" && <p className="muted">No positions yet.</p>
        )}
        {adding === "work" && <WorkForm candidateId={id} onDone={() => setAdding(null)} />}
      </Section>

      <Section title="Education" actions={addButton("education", "Add education")}>
        {c.education.length > 0 ? (
          <ul className="entry-list">
            {c.education.map((e) => (
              <li key={e.id}>
                <div className="entry-title">{e.institution}</div>
                <div className="entry-meta">
                  {[e.degree, e.field_of_study].filter(Boolean).join(", ")}
                  {e.start_date || e.end_date ? ` · ${[date(e.start_date), date(e.end_date)].filter(Boolean).join(" – ")}` : ""}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          adding !== "education" && <p className="muted">No education yet.</p>
        )}
        {adding === "education" && <EducationForm candidateId={id} onDone={() => setAdding(null)} />}
      </Section>

      {editingProfile && <ProfileEditor id={id} onClose={() => setEditingProfile(false)} />}
      {confirming && (
        <ConfirmDialog
          title="Delete this candidate?"
          message={`${c.full_name}, their skills, history, applications and notes will be removed. This cannot be undone.`}
          confirmLabel="Delete candidate"
          busy={remove.isPending}
          onConfirm={doDelete}
          onClose={() => setConfirming(false)}
        />
      )}
    </Drawer>
  );
}
