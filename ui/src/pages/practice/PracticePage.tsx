// Job search → Practice: the interview question bank, filtered by category, difficulty and kind;
// adding questions; and a quick multiple-choice quiz.
import { useState } from "react";
import type { Difficulty, Question, QuestionCategory, QuestionKind } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState, Loading, PageHeader, Toolbar } from "../../components/Page";
import { EnumSelect } from "../../components/Select";
import { DIFFICULTY, DIFFICULTY_TONE, QUESTION_CATEGORY, QUESTION_KIND } from "../../lib/enums";
import { useNewAction } from "../../lib/keys";
import { useCommand } from "../../lib/queries";
import { MockInterview } from "./MockInterview";
import { Performance } from "./Performance";
import { QuestionForm } from "./QuestionForm";
import { Quiz } from "./Quiz";

export function PracticePage() {
  const [category, setCategory] = useState<QuestionCategory | "">("");
  const [difficulty, setDifficulty] = useState<Difficulty | "">("");
  const [kind, setKind] = useState<QuestionKind | "">("");
  const [creating, setCreating] = useState(false);
  const [quiz, setQuiz] = useState(false);
  const [mock, setMock] = useState(false);
  useNewAction(() => setCreating(true));
  const filter = { ...(category ? { category } : {}), ...(difficulty ? { difficulty } : {}) };
  const list = useCommand("question_list", { ...filter, ...(kind ? { kind } : {}), limit: 500 });
  const mcqs = useCommand("question_list", { ...filter, kind: "mcq", limit: 500 });
  const mcqCount = mcqs.data?.items.filter((q) => (q.options?.length ?? 0) >= 2).length ?? 0;
  const filtered = category !== "" || difficulty !== "" || kind !== "";

  return (
    <div className="page">
      <PageHeader
        title="Practice"
        description="Rehearse the questions you'll be asked, and quiz yourself on the multiple-choice ones."
        actions={
          <>
            <Button icon="play" onClick={() => setMock(true)} disabled={mock || quiz} data-testid="start-mock">
              Mock interview
            </Button>
            <Button icon="play" onClick={() => setQuiz(true)} disabled={mcqCount === 0 || quiz || mock} data-testid="start-quiz" title={mcqCount === 0 ? "Add multiple-choice questions to take a quiz" : undefined}>
              Quick quiz
            </Button>
            <Button variant="primary" icon="plus" data-testid="new-question" onClick={() => setCreating(true)}>
              New question
            </Button>
          </>
        }
      />
      {mock ? (
        <MockInterview onExit={() => setMock(false)} />
      ) : quiz ? (
        <Quiz onExit={() => setQuiz(false)} />
      ) : (
        <>
          <Performance />
          <Toolbar>
            <EnumSelect labels={QUESTION_CATEGORY} value={category} onChange={setCategory} empty="All categories" aria-label="Filter by category" />
            <EnumSelect labels={DIFFICULTY} value={difficulty} onChange={setDifficulty} empty="Any difficulty" aria-label="Filter by difficulty" />
            <EnumSelect labels={QUESTION_KIND} value={kind} onChange={setKind} empty="Any kind" aria-label="Filter by kind" />
            <div className="toolbar-spacer" />
            {list.data && <span className="muted">{list.data.total} questions</span>}
          </Toolbar>
          {list.isPending ? (
            <Loading />
          ) : list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : list.data.items.length === 0 ? (
            filtered ? (
              <p className="muted empty-inline">No questions match these filters.</p>
            ) : (
              <EmptyState
                icon="book"
                title="Start your question bank"
                action={
                  <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
                    New question
                  </Button>
                }
              >
                Collect the questions you expect — behavioural, technical, system design — with what a strong answer
                covers. Multiple-choice ones become a quick quiz.
              </EmptyState>
            )
          ) : (
            <ul className="question-list">
              {list.data.items.map((q) => (
                <QuestionItem key={q.id} q={q} />
              ))}
            </ul>
          )}
        </>
      )}
      {creating && <QuestionForm onClose={() => setCreating(false)} />}
    </div>
  );
}

function QuestionItem({ q }: { q: Question }) {
  const [open, setOpen] = useState(false);
  const hasMore = (q.options?.length ?? 0) > 0 || q.rubric.length > 0;
  return (
    <li className="question" data-testid="question-row">
      <button type="button" className="question-head" aria-expanded={hasMore ? open : undefined} onClick={() => hasMore && setOpen((o) => !o)}>
        <span className="question-text">{q.question_text}</span>
        <span className="goal-chips">
          <Chip tone="gray" dot={false}>
            {QUESTION_CATEGORY[q.category]}
          </Chip>
          {q.kind !== "open" && (
            <Chip tone="violet" dot={false}>
              {QUESTION_KIND[q.kind]}
            </Chip>
          )}
          <Chip tone={DIFFICULTY_TONE[q.difficulty]}>{DIFFICULTY[q.difficulty]}</Chip>
        </span>
      </button>
      {q.topic && <div className="muted question-topic">{q.topic}</div>}
      {open && (
        <div className="question-body">
          {q.options && q.options.length > 0 && (
            <ol className="question-options" type="A">
              {q.options.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ol>
          )}
          {q.rubric.length > 0 && (
            <>
              <h3 className="question-sub">A strong answer</h3>
              <ul className="question-rubric">
                {q.rubric.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </li>
  );
}
