// Quick quiz: ten multiple-choice questions drawn by the core (`quiz_start`, answers withheld);
// each answer is checked at once (`question_check_answer`) and the right one shown; the finished
// quiz is submitted (`quiz_submit`), which scores it, records progress per category and keeps
// the daily quiz streak.
import { useEffect, useState } from "react";
import type { AnswerResult, QuizAnswer, QuizQuestion, QuizResult } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Progress } from "../../components/Progress";
import { DIFFICULTY, DIFFICULTY_TONE, QUESTION_CATEGORY } from "../../lib/enums";
import { useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

const ROUND = 10;

export function Quiz({ onExit }: { onExit: () => void }) {
  const [seed, setSeed] = useState(0);
  const [round, setRound] = useState<QuizQuestion[] | null>(null);
  const [answers, setAnswers] = useState<QuizAnswer[]>([]);
  const [final, setFinal] = useState<QuizResult | null>(null);
  const draw = useCommandMutation("quiz_start");
  const submit = useCommandMutation("quiz_submit");
  useEffect(() => {
    draw.mutate({ count: ROUND }, { onSuccess: setRound, onError: (e) => toast.error(e) });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seed]);
  const [index, setIndex] = useState(0);
  const [picked, setPicked] = useState<string | null>(null);
  const [result, setResult] = useState<AnswerResult | null>(null);
  const [score, setScore] = useState(0);
  const check = useCommandMutation("question_check_answer");
  const toast = useToast();
  const q = round?.[index];

  const restart = () => {
    setRound(null);
    setAnswers([]);
    setFinal(null);
    setSeed((s) => s + 1);
    setIndex(0);
    setPicked(null);
    setResult(null);
    setScore(0);
  };

  useEffect(() => {
    if (round && index >= round.length && answers.length > 0 && !final && !submit.isPending) {
      submit.mutate({ answers }, { onSuccess: setFinal, onError: (e) => toast.error(e) });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [round, index]);

  if (!round) return <p className="muted">Drawing questions…</p>;
  if (!q) {
    return (
      <div className="quiz quiz-done" data-testid="quiz-result">
        <h2>
          {final ? Number(final.correct) : score} / {round.length} correct
        </h2>
        {final && (
          <p data-testid="quiz-streak">
            Quiz streak: {Number(final.quiz_streak.current)} day{Number(final.quiz_streak.current) === 1 ? "" : "s"} (best {Number(final.quiz_streak.best)})
          </p>
        )}
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
          setAnswers((a) => [...a, { question_id: q.id, selected_answer: option }]);
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
          {q.options.map((o, i) => {
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
