// Recruiting → Assessments: question sets and their questions, assessments (duration, expiry,
// publish), invitations (the single-use token is shown once, to copy), the attempts of an
// assessment with their scores, and the review of one attempt (manual scoring, release,
// proctoring log with flags). The candidate takes the test on the "Take a test" screen.
import { useState } from "react";
import type { Assessment, Candidate, InvitationSent } from "../../bindings";
import { Button } from "../../components/Button";
import { CandidatePicker } from "../../components/CandidatePicker";
import { Chip } from "../../components/Chip";
import { Dialog } from "../../components/Dialog";
import { Field, FormError } from "../../components/Field";
import { ErrorState, Loading, PageHeader } from "../../components/Page";
import { compact, dateTime } from "../../lib/format";
import { useCoreForm } from "../../lib/form";
import { useNewAction } from "../../lib/keys";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useRouter } from "../../lib/router";
import { useToast } from "../../lib/toast";
import { AttemptReviewDialog } from "./AttemptReview";
import { QuestionSets, setName } from "./QuestionSets";

export function AssessmentsPage() {
  const list = useCommand("assessment_list", { limit: 200 });
  const publish = useCommandMutation("assessment_publish");
  const toast = useToast();
  const { navigate } = useRouter();
  const [creating, setCreating] = useState(false);
  const [inviting, setInviting] = useState<Assessment | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  useNewAction(() => setCreating(true));

  return (
    <div className="page">
      <PageHeader
        title="Assessments"
        description="Question sets, timed tests sent with a single-use link, scores and proctoring."
        actions={
          <>
            <Button icon="clock" data-testid="open-take-test" onClick={() => navigate({ page: "test" })}>
              Take a test
            </Button>
            <Button variant="primary" icon="plus" data-testid="new-assessment" onClick={() => setCreating(true)}>
              New assessment
            </Button>
          </>
        }
      />
      <QuestionSets />
      <section className="section" aria-label="Assessments">
        <div className="section-head">
          <h2>Assessments</h2>
        </div>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <p className="muted empty-inline">No assessments yet. Build one on a question set, publish it, then invite candidates.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>Title</th>
                <th>Questions</th>
                <th>Duration</th>
                <th>Expires</th>
                <th>Published</th>
                <th className="col-actions" aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((a) => (
                <tr key={a.id} data-testid="assessment-row" data-id={a.id} className={selected === a.id ? "is-selected" : undefined}>
                  <td className="cell-strong">{a.title}</td>
                  <td className="num">{a.total_questions}</td>
                  <td>{a.duration_minutes} min</td>
                  <td>{a.expires_at ? dateTime(a.expires_at) : "Never"}</td>
                  <td>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={a.is_published}
                        data-testid="assessment-publish"
                        aria-label={`Published: ${a.title}`}
                        onChange={(e) =>
                          publish.mutate(
                            { id: a.id, published: e.target.checked },
                            {
                              onSuccess: (x) => toast.show(x.is_published ? "Published" : "Withdrawn", "success"),
                              onError: (err) => toast.error(err),
                            },
                          )
                        }
                      />
                      {a.is_published ? "Yes" : "No"}
                    </label>
                  </td>
                  <td>
                    <div className="row-actions row-actions-nowrap">
                      <Button size="sm" icon="link" disabled={!a.is_published} data-testid="assessment-invite" onClick={() => setInviting(a)}>
                        Invite
                      </Button>
                      <Button size="sm" variant="ghost" data-testid="assessment-attempts" onClick={() => setSelected(selected === a.id ? null : a.id)}>
                        Attempts
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {selected && <Attempts assessmentId={selected} />}
      {creating && <NewAssessmentDialog onClose={() => setCreating(false)} />}
      {inviting && <InviteDialog assessment={inviting} onClose={() => setInviting(null)} />}
    </div>
  );
}

function NewAssessmentDialog({ onClose }: { onClose: () => void }) {
  const sets = useCommand("question_set_list", { limit: 200 });
  const form = useCoreForm({ title: "", question_set_id: "", duration_minutes: "30", expires_at: "", passing_score: "", description: "" });
  const create = useCommandMutation("assessment_create");
  const v = form.values;
  const save = async () => {
    if (!form.requireFilled(["title", "question_set_id"])) return;
    const ok = await form.submit(() =>
      create.mutateAsync(
        compact({
          title: v.title,
          question_set_id: v.question_set_id,
          description: v.description,
          duration_minutes: v.duration_minutes ? Number(v.duration_minutes) : undefined,
          passing_score: v.passing_score ? Number(v.passing_score) : undefined,
          // datetime-local is local time; the core wants UTC.
          expires_at: v.expires_at ? new Date(v.expires_at).toISOString() : undefined,
        }),
      ),
    );
    if (ok) onClose();
  };
  return (
    <Dialog
      title="New assessment"
      onClose={onClose}
      testId="assessment-form"
      onSubmit={() => void save()}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={form.busy} data-testid="save-assessment">
            Create
          </Button>
        </>
      }
    >
      <FormError message={form.formError} />
      <div className="form-stack">
        <Field label="Title" field="title" errors={form.errors} required>
          <input className="input" {...form.bind("title")} data-autofocus data-testid="assessment-title" />
        </Field>
        <Field label="Question set" field="question_set_id" errors={form.errors} required>
          <select className="input" {...form.bind("question_set_id")} data-testid="assessment-question-set">
            <option value="">Choose a set…</option>
            {sets.data?.items.map((s) => (
              <option key={s.id} value={s.id}>
                {setName(s)} · {s.total_questions} questions
              </option>
            ))}
          </select>
        </Field>
        <Field label="Duration (minutes)" field="duration_minutes" errors={form.errors}>
          <input className="input" type="number" min={1} max={600} {...form.bind("duration_minutes")} data-testid="assessment-duration" />
        </Field>
        <Field label="Expires" field="expires_at" errors={form.errors} hint="After this, no invitation can be sent or redeemed.">
          <input className="input" type="datetime-local" {...form.bind("expires_at")} data-testid="assessment-expires" />
        </Field>
        <Field label="Passing score (%)" field="passing_score" errors={form.errors}>
          <input className="input" type="number" min={0} max={100} {...form.bind("passing_score")} data-testid="assessment-passing" />
        </Field>
      </div>
    </Dialog>
  );
}

function InviteDialog({ assessment, onClose }: { assessment: Assessment; onClose: () => void }) {
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [sent, setSent] = useState<InvitationSent | null>(null);
  const form = useCoreForm({ valid_hours: "72" });
  const invite = useCommandMutation("assessment_invite");
  const toast = useToast();
  const send = async () => {
    if (!candidate) {
      form.setErrors({ candidate_id: "Choose a candidate" });
      return;
    }
    await form.submit(async () => {
      setSent(await invite.mutateAsync({ assessment_id: assessment.id, candidate_id: candidate.id, valid_hours: Number(form.values.valid_hours) || undefined }));
    });
  };
  const copy = (text: string) =>
    void navigator.clipboard?.writeText(text).then(
      () => toast.show("Copied", "success"),
      (e) => toast.error(e),
    );
  return (
    <Dialog
      title={sent ? "Invitation ready" : "Invite a candidate"}
      description={assessment.title}
      onClose={onClose}
      testId="invite-dialog"
      footer={
        sent ? (
          <Button variant="primary" data-testid="invite-done" onClick={onClose}>
            Done
          </Button>
        ) : (
          <>
            <Button variant="ghost" onClick={onClose}>
              Cancel
            </Button>
            <Button variant="primary" busy={form.busy} data-testid="send-invite" onClick={() => void send()}>
              Create invitation
            </Button>
          </>
        )
      }
    >
      {sent ? (
        <div className="form-stack">
          <p>
            Send this to {sent.invitation.candidate_email}. It works once, until {dateTime(sent.invitation.expires_at)}. It is shown only now: the app keeps only
            its hash.
          </p>
          <Field label="Token" field="token">
            <div className="input-row">
              <input className="input mono" readOnly value={sent.token} data-testid="invite-token" onFocus={(e) => e.target.select()} />
              <Button size="sm" data-testid="copy-token" onClick={() => copy(sent.token)}>
                Copy
              </Button>
            </div>
          </Field>
          <Field label="Link" field="link">
            <div className="input-row">
              <input className="input mono" readOnly value={sent.link} data-testid="invite-link" onFocus={(e) => e.target.select()} />
              <Button size="sm" data-testid="copy-link" onClick={() => copy(sent.link)}>
                Copy
              </Button>
            </div>
          </Field>
        </div>
      ) : (
        <div className="form-stack">
          <FormError message={form.formError} />
          <Field label="Candidate" field="candidate_id" htmlFor="invite-candidate" errors={form.errors} required>
            <CandidatePicker id="invite-candidate" value={candidate} onChange={setCandidate} />
          </Field>
          <Field label="Valid for (hours)" field="valid_hours" errors={form.errors}>
            <input className="input" type="number" min={1} max={720} {...form.bind("valid_hours")} data-testid="invite-valid-hours" />
          </Field>
        </div>
      )}
    </Dialog>
  );
}

function Attempts({ assessmentId }: { assessmentId: string }) {
  const attempts = useCommand("assessment_attempt_list", { assessment_id: assessmentId, limit: 200 });
  const invitations = useCommand("assessment_invitation_list", { assessment_id: assessmentId, limit: 200 });
  const [review, setReview] = useState<string | null>(null);
  return (
    <section className="section" aria-label="Attempts" data-testid="attempts">
      <div className="section-head">
        <h2>Attempts</h2>
        <span className="muted">
          {invitations.data ? `${invitations.data.items.filter((i) => i.status === "pending").length} invitation(s) not redeemed yet` : ""}
        </span>
      </div>
      {attempts.isPending ? (
        <Loading />
      ) : (attempts.data?.items.length ?? 0) === 0 ? (
        <p className="muted empty-inline">No one has started this test yet.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>Candidate</th>
              <th>Started</th>
              <th>Status</th>
              <th>Score</th>
              <th>Proctoring</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {attempts.data?.items.map((t) => (
              <tr key={t.id} data-testid="attempt-row" data-id={t.id}>
                <td className="cell-strong">{t.candidate_name ?? "Candidate"}</td>
                <td>{dateTime(t.started_at)}</td>
                <td>
                  {!t.is_completed ? (
                    <Chip tone="blue">Running</Chip>
                  ) : t.score_released_at ? (
                    <Chip tone="green">Released</Chip>
                  ) : t.is_scored ? (
                    <Chip tone="amber">Ready to release</Chip>
                  ) : (
                    <Chip tone="amber">Needs scoring</Chip>
                  )}
                  {t.auto_submitted && <span className="muted"> (time ran out)</span>}
                </td>
                <td className="num" data-testid="attempt-score">
                  {t.score_percentage === null ? "–" : `${t.score_percentage}%`}
                </td>
                <td>
                  {t.proctoring_events} event(s){t.flagged_events > 0 && <Chip tone="red">{t.flagged_events} flagged</Chip>}
                </td>
                <td>
                  <Button size="sm" data-testid="attempt-review" onClick={() => setReview(t.id)}>
                    Review
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {review && <AttemptReviewDialog attemptId={review} onClose={() => setReview(null)} />}
    </section>
  );
}
