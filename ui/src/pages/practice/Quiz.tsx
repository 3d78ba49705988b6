// Quick quiz: up to ten multiple-choice questions from the bank in random order; each answer is
// scored by the core (`question_check_answer`) and the right one shown.
import { useMemo, useState } from "react";
import type { AnswerResult, Question } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Progress } from "../../components/Progress";
import { DIFFICULTY, DIFFICULTY_TONE, QUESTION_CATEGORY } from "../../lib/enums";
import { useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

const ROUND = 10;

function shuffle<T>(xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

export function Quiz({ questions, onExit }: { questions: Question[]; onExit: () => void }) {
  const [seed, setSeed] = useState(0);
  const round = useMemo(() => shuffle(questions).slice(0, ROUND), [questions, seed]);
  const [index, setIndex] = useState(0);
  const [picked, setPicked] = useState<string | null>(null);
  const [result, setResult] = useState<AnswerResult | null>(null);
  const [score, setScore] = useState(0);
  const check = useCommandMutation("question_check_answer");
  const toast = useToast();
  const q = round[index];

  const restart = () => {
    setSeed((s) => s + 1);
    setIndex(0);
    setPicked(null);
    setResult(null);
    setScore(0);
  };

  if (!q) {
    return (
      <div className="quiz quiz-done" data-testid="quiz-result">
        <h2>
          {score} / {round.length} correct
        </h2>
        <p className="muted">
          {score === round.length ? "Flawless. Add harder questions to keep it interesting." : "Review the ones you missed and try another round."}
        </p>
        <div className="quiz-actions">
          <Button variant="primary" onClick={restart}>
            Another round
          </Button>
          <Button variant="ghost" onClick={onExit}>
            Back to the bank
          </Button>
        </div>
      </div>
    );
  }

  const answer = (option: string) => {
    if (result || check.isPending) return;
    setPicked(option);
    check.mutate(
      { question_id: q.id, selected_answer: option },
      {
        onSuccess: (r) => {
          setResult(r);
          if (r.is_correct) setScore((s) => s + 1);
        },
        onError: (e) => {
          setPicked(null);
          toast.error(e);
        },
      },
    );
  };

  return (
    <div className="quiz" data-testid="quiz">
      <div className="quiz-top">
        <span className="muted">
          Question {index + 1} of {round.length} · {score} correct
        </span>
        <Button size="sm" variant="ghost" onClick={onExit}>
          End quiz
        </Button>
      </div>
      <Progress value={index} max={round.length} label="Quiz progress" />
      <div className="quiz-card">
        <div className="goal-chips">
          <Chip tone="gray" dot={false}>
            {QUESTION_CATEGORY[q.category]}
          </Chip>
          <Chip tone={DIFFICULTY_TONE[q.difficulty]}>{DIFFICULTY[q.difficulty]}</Chip>
        </div>
        <h2 className="quiz-question">{q.question_text}</h2>
        <div className="quiz-options" role="group" aria-label="Answers">
          {(q.options ?? []).map((o, i) => {
            const state = !result ? (picked === o ? "is-picked" : "") : o === result.correct_answer ? "is-correct" : o === picked ? "is-wrong" : "";
            return (
              <button key={o} type="button" className={`quiz-option ${state}`} onClick={() => answer(o)} disabled={!!result} data-testid="quiz-option">
                <span className="quiz-letter">{String.fromCharCode(65 + i)}</span>
                {o}
              </button>
            );
          })}
        </div>
        {result && (
          <div className={`quiz-feedback ${result.is_correct ? "is-correct" : "is-wrong"}`} role="status">
            {result.is_correct ? "Correct." : <>Not quite — the answer is “{result.correct_answer}”.</>}
            <Button
              variant="primary"
              size="sm"
              data-autofocus
              onClick={() => {
                setIndex((i) => i + 1);
                setPicked(null);
                setResult(null);
              }}
            >
              {index + 1 < round.length ? "Next question" : "See results"}
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
