// A mock interview: questions drawn from the bank by category and difficulty; for each, type (or
// say aloud and jot) an answer, tick the rubric points it covered and set a 0-10 self-score; finish
// for a performance summary. Scores feed the progress chart per category.
import { useState } from "react";
import type { Difficulty, MockInterview as Mock, QuestionCategory } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Field } from "../../components/Field";
import { Progress } from "../../components/Progress";
import { EnumSelect } from "../../components/Select";
import { DIFFICULTY, DIFFICULTY_TONE, QUESTION_CATEGORY } from "../../lib/enums";
import { useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export function MockInterview({ onExit }: { onExit: () => void }) {
  const [category, setCategory] = useState<QuestionCategory | "">("behavioral");
  const [difficulty, setDifficulty] = useState<Difficulty | "">("");
  const [count, setCount] = useState("5");
  const [mock, setMock] = useState<Mock | null>(null);
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState("");
  const [met, setMet] = useState<number[]>([]);
  const [score, setScore] = useState("");
  const start = useCommandMutation("mock_interview_start");
  const record = useCommandMutation("mock_interview_answer");
  const finish = useCommandMutation("mock_interview_finish");
  const toast = useToast();

  if (!mock) {
    return (
      <div className="quiz" data-testid="mock-setup">
        <h2>Mock interview</h2>
        <div className="form-row-3">
          <Field label="Category" field="category">
            <EnumSelect id="f-category" labels={QUESTION_CATEGORY} value={category} onChange={setCategory} empty="Mixed" />
          </Field>
          <Field label="Difficulty" field="difficulty">
            <EnumSelect id="f-difficulty" labels={DIFFICULTY} value={difficulty} onChange={setDifficulty} empty="Any" />
          </Field>
          <Field label="Questions" field="count">
            <input id="f-count" className="input" inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} />
          </Field>
        </div>
        <div className="quiz-actions">
          <Button
            variant="primary"
            icon="play"
            data-testid="mock-begin"
            busy={start.isPending}
            onClick={() =>
              start.mutate(
                { ...(category ? { category } : {}), ...(difficulty ? { difficulty } : {}), count: Number(count) || 5 },
                { onSuccess: (m) => setMock(m), onError: (e) => toast.error(e) },
              )
            }
          >
            Begin
          </Button>
          <Button variant="ghost" onClick={onExit}>
            Back
          </Button>
        </div>
      </div>
    );
  }

  if (mock.is_completed) {
    return (
      <div className="quiz quiz-done" data-testid="mock-summary">
        <h2>{Math.round(mock.overall_score ?? 0)} / 100</h2>
        <p>{mock.performance_summary}</p>
        <ul className="dash-list">
          {mock.by_category.map((c) => (
            <li key={c.category}>
              <span>{QUESTION_CATEGORY[c.category as QuestionCategory] ?? c.category}</span>
              <strong>{Math.round(c.score)}</strong>
            </li>
          ))}
        </ul>
        <div className="quiz-actions">
          <Button variant="primary" onClick={() => { setMock(null); setIndex(0); }}>
            Another mock interview
          </Button>
          <Button variant="ghost" onClick={onExit}>
            Back to practice
          </Button>
        </div>
      </div>
    );
  }

  const item = mock.items[index]!;
  const q = item.question;
  const rubricScore = q.rubric.length ? Math.round((met.length / q.rubric.length) * 10) : 0;
  const last = index + 1 >= mock.items.length;

  const next = (skip: boolean) => {
    const go = (m: Mock) => {
      setAnswer("");
      setMet([]);
      setScore("");
      if (last) {
        finish.mutate({ id: m.id }, { onSuccess: setMock, onError: (e) => toast.error(e) });
      } else {
        setMock(m);
        setIndex((i) => i + 1);
      }
    };
    if (skip) return go(mock);
    const s = score === "" ? rubricScore : Number(score);
    record.mutate({ response_id: item.response_id, response_text: answer, score: s }, { onSuccess: go, onError: (e) => toast.error(e) });
  };

  return (
    <div className="quiz" data-testid="mock-interview">
      <div className="quiz-top">
        <span className="muted">
          Question {index + 1} of {mock.items.length}
        </span>
        <Button size="sm" variant="ghost" onClick={onExit}>
          Leave
        </Button>
      </div>
      <Progress value={index} max={mock.items.length} label="Mock interview progress" />
      <div className="quiz-card">
        <div className="goal-chips">
          <Chip tone="gray" dot={false}>
            {QUESTION_CATEGORY[q.category]}
          </Chip>
          <Chip tone={DIFFICULTY_TONE[q.difficulty]}>{DIFFICULTY[q.difficulty]}</Chip>
          {q.topic && <span className="muted">{q.topic}</span>}
        </div>
        <h2 className="quiz-question" data-testid="mock-question">{q.question_text}</h2>
        <textarea className="input mock-answer" aria-label="Your answer" value={answer} onChange={(e) => setAnswer(e.target.value)} placeholder="Your answer (or notes on what you said)" />
        <h3 className="question-sub">Score yourself against the rubric</h3>
        <ul className="mock-rubric">
          {q.rubric.map((r, i) => (
            <li key={r}>
              <label className="check">
                <input type="checkbox" checked={met.includes(i)} onChange={(e) => setMet((m) => (e.target.checked ? [...m, i] : m.filter((x) => x !== i)))} />
                <span>{r}</span>
              </label>
            </li>
          ))}
        </ul>
        <Field label={`Score 0-10 (rubric suggests ${rubricScore})`} field="score">
          <input id="f-score" className="input" data-testid="mock-score" inputMode="decimal" value={score} placeholder={String(rubricScore)} onChange={(e) => setScore(e.target.value)} />
        </Field>
        <div className="quiz-actions">
          <Button variant="primary" data-testid="mock-next" busy={record.isPending || finish.isPending} onClick={() => next(false)}>
            {last ? "Finish" : "Save and next"}
          </Button>
          {!last && (
            <Button variant="ghost" onClick={() => next(true)}>
              Skip
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
