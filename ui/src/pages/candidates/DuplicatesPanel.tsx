// "Possible duplicates" on a candidate's profile: the others who share an email, phone, LinkedIn
// URL or name plus current company (the core finds them, `possible_duplicates`), why each matches,
// a side-by-side compare, "Merge into this" (the other record's applications, notes, interviews,
// files and tags move here, its empty fields fill this one's gaps, then it is deleted) and
// "Not a duplicate" (the pair is no longer flagged, on any device).
import { useState } from "react";
import type { CandidateDetail, DuplicateMatch } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { ConfirmDialog } from "../../components/Dialog";
import { Section } from "../../components/Drawer";
import { Loading } from "../../components/Page";
import { CANDIDATE_STATUS, DUPLICATE_REASON, EXPERIENCE_LEVEL } from "../../lib/enums";
import { date } from "../../lib/format";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

/** The fields compared side by side. */
const FIELDS: [string, (c: CandidateDetail) => string | null][] = [
  ["Name", (c) => c.full_name],
  ["Email", (c) => c.email],
  ["Phone", (c) => c.phone],
  ["LinkedIn", (c) => c.linkedin_url],
  ["Location", (c) => c.location],
  ["Current role", (c) => c.current_role],
  ["Current company", (c) => c.work_history.find((w) => w.is_current)?.company_name ?? null],
  ["Headline", (c) => c.headline],
  ["Status", (c) => CANDIDATE_STATUS[c.status]],
  ["Level", (c) => (c.experience_level ? EXPERIENCE_LEVEL[c.experience_level] : null)],
  ["Experience", (c) => (c.total_experience_years !== null ? `${c.total_experience_years} yrs` : null)],
  ["Skills", (c) => c.skills.map((s) => s.name).join(", ") || null],
  ["Tags", (c) => c.tag_list.map((t) => t.name).join(", ") || null],
  ["Source", (c) => c.source],
  ["Added", (c) => date(c.created_at)],
];

export function DuplicatesPanel({ candidate }: { candidate: CandidateDetail }) {
  const list = candidate.possible_duplicates;
  if (list.length === 0) return null;
  return (
    <Section title={`Possible duplicates (${list.length})`}>
      <div className="duplicates" data-testid="duplicates-panel">
        <p className="muted">These records look like the same person. Compare them, then merge the other record into this one or mark it as a different person.</p>
        <ul className="entry-list">
          {list.map((m) => (
            <DuplicateItem key={m.candidate_id} candidate={candidate} match={m} />
          ))}
        </ul>
      </div>
    </Section>
  );
}

function DuplicateItem({ candidate, match }: { candidate: CandidateDetail; match: DuplicateMatch }) {
  const [comparing, setComparing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const merge = useCommandMutation("candidate_merge");
  const dismiss = useCommandMutation("candidate_duplicate_dismiss");
  const toast = useToast();

  const doMerge = () =>
    merge.mutate(
      { keep_id: candidate.id, merge_id: match.candidate_id },
      {
        onSuccess: (r) => {
          setConfirming(false);
          const moved = Object.values(r.moved).reduce((a, b) => a + b, 0);
          toast.show(`Merged ${match.full_name} into ${candidate.full_name} (${moved} record${moved === 1 ? "" : "s"} moved)`, "success");
        },
        onError: (e) => toast.error(e),
      },
    );
  const doDismiss = () =>
    dismiss.mutate(
      { candidate_id: candidate.id, other_id: match.candidate_id },
      { onSuccess: () => toast.show(`${match.full_name} is marked as a different person`, "success"), onError: (e) => toast.error(e) },
    );

  return (
    <li data-testid="duplicate-item" data-candidate-id={match.candidate_id}>
      <div className="entry-title">
        {match.full_name} {match.email && <span className="muted">· {match.email}</span>}
      </div>
      <div className="tags" data-testid="duplicate-reasons">
        {match.reasons.map((r) => (
          <Chip key={r} tone="amber" dot={false}>
            <span data-testid="duplicate-reason" data-reason={r}>
              {DUPLICATE_REASON[r]}
            </span>
          </Chip>
        ))}
      </div>
      <div className="entry-actions">
        <Button size="sm" variant="ghost" aria-expanded={comparing} data-testid="duplicate-compare" onClick={() => setComparing(!comparing)}>
          {comparing ? "Hide comparison" : "Compare"}
        </Button>
        <Button size="sm" variant="secondary" data-testid="duplicate-merge" onClick={() => setConfirming(true)}>
          Merge into this
        </Button>
        <Button size="sm" variant="ghost" data-testid="duplicate-dismiss" busy={dismiss.isPending} onClick={doDismiss}>
          Not a duplicate
        </Button>
      </div>
      {comparing && <Compare keep={candidate} otherId={match.candidate_id} />}
      {confirming && (
        <ConfirmDialog
          title={`Merge ${match.full_name} into this candidate?`}
          message={`${match.full_name}'s applications, notes, interviews, files and tags move to ${candidate.full_name}; fields empty here are filled from ${match.full_name}'s record, which is then deleted. The merge is recorded.`}
          confirmLabel="Merge"
          confirmTestId="merge-confirm"
          busy={merge.isPending}
          onConfirm={doMerge}
          onClose={() => setConfirming(false)}
        />
      )}
    </li>
  );
}

function Compare({ keep, otherId }: { keep: CandidateDetail; otherId: string }) {
  const other = useCommand("candidate_get", { id: otherId });
  if (other.isPending) return <Loading />;
  if (other.isError) return <p className="error">{other.error.message}</p>;
  return (
    <table className="table compare" data-testid="duplicate-compare-view">
      <thead>
        <tr>
          <th />
          <th>This record (kept)</th>
          <th>Other record</th>
        </tr>
      </thead>
      <tbody>
        {FIELDS.map(([label, get]) => {
          const a = get(keep);
          const b = get(other.data);
          const differs = (a ?? "") !== (b ?? "");
          return (
            <tr key={label} className={differs ? "is-different" : undefined} data-testid="compare-row" data-differs={differs}>
              <th scope="row">{label}</th>
              <td>{a ?? <span className="muted">—</span>}</td>
              <td>
                {b ?? <span className="muted">—</span>}
                {differs && !a && b ? <span className="muted"> (fills the gap)</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
