// The candidate's applications across requisitions (stage, status, notes), linking to each
// requisition's pipeline: where this person is in play, and what a merge brought along.
import { Chip } from "../../components/Chip";
import { Section } from "../../components/Drawer";
import { APPLICATION_STATUS } from "../../lib/enums";
import { date } from "../../lib/format";
import { useCommand } from "../../lib/queries";
import { useRouter } from "../../lib/router";

export function CandidateApplications({ candidateId }: { candidateId: string }) {
  const apps = useCommand("candidate_application_list", { candidate_id: candidateId });
  const { navigate } = useRouter();
  const list = apps.data ?? [];
  return (
    <Section title={`Applications (${list.length})`}>
      {list.length === 0 ? (
        <p className="muted">Not put forward on any requisition yet.</p>
      ) : (
        <ul className="entry-list" data-testid="candidate-applications">
          {list.map((a) => (
            <li key={a.id} data-testid="candidate-application" data-application-id={a.id}>
              <div className="entry-title">
                <button type="button" className="link-btn" onClick={() => navigate({ page: "requisitions", id: a.requisition_id })}>
                  {a.requisition_title}
                </button>
              </div>
              <div className="entry-meta">
                {[a.stage_name, a.applied_at ? `applied ${date(a.applied_at)}` : null].filter(Boolean).join(" · ")}{" "}
                <Chip>{APPLICATION_STATUS[a.status]}</Chip>{" "}
                <span className="muted" data-testid="candidate-application-notes">
                  {a.note_count} note{a.note_count === 1 ? "" : "s"}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
