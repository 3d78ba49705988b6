// One attempt as the recruiter reviews it: every question with the key or rubric and the
// candidate's answer; free-text and coding answers get 0-1 points by hand; the results are
// released once everything is scored; the proctoring log can be flagged or cleared per event.
import { useState } from "react";
import type { ReviewItem } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Dialog } from "../../components/Dialog";
import { Loading } from "../../components/Page";
import { dateTime } from "../../lib/format";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";
import { KIND_LABEL } from "./QuestionSets";

const EVENT_LABEL: Record<string, string> = {
  window_blur: "Window lost focus",
  tab_switch: "Test screen hidden",
  copy_paste: "Pasted text",
  fullscreen_exit: "Left fullscreen",
};

export function AttemptReviewDialog({ attemptId, onClose }: { attemptId: string; onClose: () => void }) {
  const review = useCommand("assessment_attempt_review", { attempt_id: attemptId });
  const release = useCommandMutation("assessment_release");
  const flag = useCommandMutation("proctoring_review");
  const toast = useToast();
  const r = review.data;
  const released = !!r?.attempt.score_released_at;
  return (
    <Dialog
      title={r ? `${r.attempt.candidate_name ?? "Candidate"}: ${r.attempt.score_percentage ?? "–"}%` : "Attempt"}
      description={r ? `${r.attempt.correct_answers} of ${r.attempt.total_questions} correct · ${released ? "released" : "not released"}` : undefined}
      onClose={onClose}
      size="lg"
      testId="attempt-review-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Close
          </Button>
          {released ? (
            <span className="muted" data-testid="attempt-released">
              Released {dateTime(r?.attempt.score_released_at)}
            </span>
          ) : (
            <Button
              variant="primary"
              data-testid="release-results"
              disabled={!r?.attempt.is_completed}
              busy={release.isPending}
              onClick={() =>
                release.mutate(
                  { attempt_id: attemptId },
                  { onSuccess: () => toast.show("Results released", "success"), onError: (e) => toast.error(e) },
                )
              }
            >
              Release results
            </Button>
          )}
        </>
      }
    >
      {!r ? (
        <Loading />
      ) : (
        <div className="form-stack">
          {!r.attempt.is_completed && <p className="warning">The test is still running (until {dateTime(r.attempt.deadline_at)}).</p>}
          <ol className="question-list">
            {r.items.map((item) => (
              <ReviewRow key={item.question.id} item={item} canScore={r.attempt.is_completed && !released} />
            ))}
          </ol>
          <h3>Proctoring log</h3>
          {r.proctoring.length === 0 ? (
            <p className="muted">Nothing was noticed while the test ran.</p>
          ) : (
            <ul className="plain-list">
              {r.proctoring.map((e) => (
                <li key={e.id} className="assess-row" data-testid="proctoring-event" data-flagged={e.flagged}>
                  <span>{dateTime(e.detected_at)}</span>
                  <span className="cell-strong">{EVENT_LABEL[e.event_type] ?? e.event_type}</span>
                  {e.detail && <span className="muted">{e.detail}</span>}
                  {e.flagged ? <Chip tone="red">Flagged</Chip> : e.reviewed ? <Chip tone="green">Cleared</Chip> : null}
                  <Button
                    size="sm"
                    variant={e.flagged ? "ghost" : "secondary"}
                    icon="flag"
                    data-testid="proctoring-flag"
                    onClick={() => flag.mutate({ id: e.id, flagged: !e.flagged }, { onError: (err) => toast.error(err) })}
                  >
                    {e.flagged ? "Clear" : "Flag"}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Dialog>
  );
}

function ReviewRow({ item, canScore }: { item: ReviewItem; canScore: boolean }) {
  const { question: q, answer: a } = item;
  const [points, setPoints] = useState(a?.points?.toString() ?? "");
  const score = useCommandMutation("assessment_score_answer");
  const toast = useToast();
  const manual = q.kind !== "mcq";
  return (
    <li className="question" data-testid="review-item">
      <div className="question-head">
        <Chip tone="gray">{KIND_LABEL[q.kind]}</Chip>
        {a?.points != null && <Chip tone={a.points >= 0.5 ? "green" : "red"}>{a.points} pt</Chip>}
      </div>
      <p className="question-text">{q.question_text}</p>
      {q.kind === "mcq" ? (
        <p>
          Answer: <strong>{a?.selected_answer ?? "(none)"}</strong> · correct: {q.correct_answer}
        </p>
      ) : (
        <>
          <pre className="code-block selectable" data-testid="review-answer">
            {a?.answer_text || "(no answer)"}
          </pre>
          {q.rubric.length > 0 && <p className="muted">Rubric: {q.rubric.join("; ")}</p>}
        </>
      )}
      {manual && a && canScore && (
        <div className="input-row">
          <input
            className="input input-sm"
            type="number"
            min={0}
            max={1}
            step={0.25}
            aria-label="Points (0 to 1)"
            value={points}
            onChange={(e) => setPoints(e.target.value)}
            data-testid="answer-points"
          />
          <Button
            size="sm"
            data-testid="score-answer"
            disabled={points.trim() === ""}
            busy={score.isPending}
            onClick={() =>
              score.mutate(
                { answer_id: a.id, points: Number(points) },
                { onSuccess: () => toast.show("Scored", "success"), onError: (e) => toast.error(e) },
              )
            }
          >
            Score
          </Button>
        </div>
      )}
    </li>
  );
}
