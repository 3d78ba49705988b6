// "Take a test": the candidate enters the invitation token (or pastes the whole link), then answers
// the questions against a visible countdown. Each answer is saved as it is given (a choice at once,
// text after a short pause) and shows "Saved". While the test runs the screen reports the window
// losing focus, the page being hidden and pastes through `proctoring_log`. The deadline is the
// core's: when the countdown reaches zero the screen asks the core, which closes the attempt.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { call, errorMessage, fieldMessage, toCoreError } from "../../api";
import type { CandidateResult, ProctoringEventType, TestQuestion, TestSession } from "../../bindings";
import { Button } from "../../components/Button";
import { Field } from "../../components/Field";
import { PageHeader } from "../../components/Page";
import { invalidateAfter } from "../../lib/queries";
import { useRouter } from "../../lib/router";
import { useToast } from "../../lib/toast";

/** Where a running attempt is remembered, so a restart of the app can resume it. */
export const RUNNING_KEY = "talentdesk.test.attempt";
const TEXT_SAVE_DELAY = 600;

export function TakeTestPage() {
  const { route } = useRouter();
  const [session, setSession] = useState<TestSession | null>(null);
  return (
    <div className="page">
      <PageHeader title="Take a test" description="Enter the token from your invitation. The timer starts when you press Start." />
      {session ? <TestRunner initial={session} onSession={setSession} /> : <TokenForm initialToken={route.id ?? ""} onStarted={setSession} />}
    </div>
  );
}

function TokenForm({ initialToken, onStarted }: { initialToken: string; onStarted: (s: TestSession) => void }) {
  const [token, setToken] = useState(initialToken);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const client = useQueryClient();
  const running = localStorage.getItem(RUNNING_KEY);
  const start = async () => {
    if (!token.trim()) {
      setError("Required");
      return;
    }
    setBusy(true);
    try {
      const s = await call("assessment_start", { token: token.trim() });
      localStorage.setItem(RUNNING_KEY, s.attempt_id);
      void invalidateAfter(client, "assessment_start");
      onStarted(s);
    } catch (e) {
      const err = toCoreError(e);
      setError(err.field === "token" ? fieldMessage(err) : errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const resume = async (id: string) => {
    try {
      onStarted(await call("assessment_session", { attempt_id: id }));
    } catch (e) {
      localStorage.removeItem(RUNNING_KEY);
      setError(errorMessage(e));
    }
  };
  return (
    <form
      className="quiz-card form-stack"
      data-testid="test-token-form"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <Field label="Invitation token or link" field="token" errors={error ? { token: error } : {}} required>
        <input
          id="f-token"
          name="token"
          className="input mono"
          value={token}
          onChange={(e) => {
            setToken(e.target.value);
            setError(null);
          }}
          placeholder="talentdesk://assessment/…"
          autoComplete="off"
          data-autofocus
          data-testid="test-token"
        />
      </Field>
      <div className="quiz-actions">
        <Button type="submit" variant="primary" icon="play" busy={busy} data-testid="test-start">
          Start the test
        </Button>
        {running && (
          <Button data-testid="test-resume" onClick={() => void resume(running)}>
            Resume my running test
          </Button>
        )}
      </div>
    </form>
  );
}

/** Seconds left until `deadline` (never negative). */
export function secondsLeft(deadline: string, now: number = Date.now()): number {
  return Math.max(0, Math.ceil((Date.parse(deadline) - now) / 1000));
}

export function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(2, "0");
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

type SaveState = "idle" | "saving" | "saved" | "error";

function TestRunner({ initial, onSession }: { initial: TestSession; onSession: (s: TestSession) => void }) {
  const s = initial;
  const toast = useToast();
  const client = useQueryClient();
  const [left, setLeft] = useState(() => secondsLeft(s.deadline_at));
  const [answers, setAnswers] = useState<Record<string, string>>(() =>
    Object.fromEntries(s.answers.map((a) => [a.question_id, a.selected_answer ?? a.answer_text ?? ""])),
  );
  const [saveState, setSaveState] = useState<Record<string, SaveState>>({});
  const [submitting, setSubmitting] = useState(false);
  const timers = useRef<Map<string, number>>(new Map());
  const pending = useRef<Map<string, () => Promise<void>>>(new Map());
  const current = useRef<string | null>(s.questions[0]?.id ?? null);
  const running = !s.submitted;

  const save = useCallback(
    async (q: TestQuestion, value: string) => {
      setSaveState((x) => ({ ...x, [q.id]: "saving" }));
      try {
        await call("assessment_answer", {
          attempt_id: s.attempt_id,
          question_id: q.id,
          ...(q.kind === "mcq" ? { selected_answer: value } : { answer_text: value }),
        });
        setSaveState((x) => ({ ...x, [q.id]: "saved" }));
      } catch (e) {
        setSaveState((x) => ({ ...x, [q.id]: "error" }));
        toast.error(e);
      }
    },
    [s.attempt_id, toast],
  );

  const flush = useCallback(async () => {
    for (const t of timers.current.values()) window.clearTimeout(t);
    timers.current.clear();
    const jobs = [...pending.current.values()];
    pending.current.clear();
    await Promise.all(jobs.map((j) => j()));
  }, []);

  const answer = (q: TestQuestion, value: string) => {
    setAnswers((a) => ({ ...a, [q.id]: value }));
    current.current = q.id;
    if (q.kind === "mcq") {
      void save(q, value);
      return;
    }
    setSaveState((x) => ({ ...x, [q.id]: "saving" }));
    const job = () => save(q, value);
    pending.current.set(q.id, job);
    const old = timers.current.get(q.id);
    if (old) window.clearTimeout(old);
    timers.current.set(
      q.id,
      window.setTimeout(() => {
        timers.current.delete(q.id);
        pending.current.delete(q.id);
        void job();
      }, TEXT_SAVE_DELAY),
    );
  };

  const submit = async () => {
    setSubmitting(true);
    try {
      await flush();
      const done = await call("assessment_submit", { attempt_id: s.attempt_id });
      localStorage.removeItem(RUNNING_KEY);
      void invalidateAfter(client, "assessment_submit");
      onSession(done);
    } catch (e) {
      toast.error(e);
    } finally {
      setSubmitting(false);
    }
  };

  // The countdown; at zero the core closes the attempt (the session call auto-submits it).
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => {
      const n = secondsLeft(s.deadline_at);
      setLeft(n);
      if (n === 0) {
        window.clearInterval(id);
        void call("assessment_session", { attempt_id: s.attempt_id }).then(
          (x) => {
            localStorage.removeItem(RUNNING_KEY);
            void invalidateAfter(client, "assessment_submit");
            onSession(x);
          },
          (e) => toast.error(e),
        );
      }
    }, 1000);
    return () => window.clearInterval(id);
  }, [running, s.deadline_at, s.attempt_id, onSession, toast, client]);

  // Proctoring: focus loss, the page hidden, pastes; only while the test runs.
  useEffect(() => {
    if (!running) return;
    const log = (event_type: ProctoringEventType, detail?: string) =>
      void call("proctoring_log", {
        attempt_id: s.attempt_id,
        event_type,
        ...(current.current ? { question_id: current.current } : {}),
        ...(detail ? { detail } : {}),
      }).catch(() => undefined);
    const onBlur = () => log("window_blur");
    const onVisibility = () => {
      if (document.visibilityState === "hidden") log("tab_switch");
    };
    const onPaste = (e: ClipboardEvent) => log("copy_paste", `pasted ${e.clipboardData?.getData("text").length ?? 0} characters`);
    window.addEventListener("blur", onBlur);
    document.addEventListener("visibilitychange", onVisibility);
    document.addEventListener("paste", onPaste);
    return () => {
      window.removeEventListener("blur", onBlur);
      document.removeEventListener("visibilitychange", onVisibility);
      document.removeEventListener("paste", onPaste);
    };
  }, [running, s.attempt_id]);

  if (!running) return <Submitted session={s} />;

  const label: Record<SaveState, string> = { idle: "", saving: "Saving…", saved: "Saved", error: "Not saved" };
  return (
    <div className="quiz" data-testid="test-runner">
      <div className="quiz-top">
        <strong>{s.assessment_title}</strong>
        <span className={`test-timer${left <= 60 ? " is-low" : ""}`} role="timer" aria-live="off" data-testid="test-timer">
          {clock(left)}
        </span>
      </div>
      {s.description && <p className="muted">{s.description}</p>}
      {s.questions.map((q, i) => (
        <div key={q.id} className="quiz-card" data-testid="test-question" data-kind={q.kind}>
          <div className="question-head">
            <span className="muted">
              Question {i + 1} of {s.questions.length}
            </span>
            <span className="muted" role="status" data-testid="test-saved" data-state={saveState[q.id] ?? "idle"}>
              {label[saveState[q.id] ?? "idle"]}
            </span>
          </div>
          <h2 className="quiz-question">{q.question_text}</h2>
          {q.kind === "mcq" ? (
            <div className="quiz-options" role="radiogroup" aria-label="Answers">
              {(q.options ?? []).map((o, k) => (
                <button
                  key={o}
                  type="button"
                  role="radio"
                  aria-checked={answers[q.id] === o}
                  className={`quiz-option${answers[q.id] === o ? " is-picked" : ""}`}
                  onClick={() => answer(q, o)}
                  data-testid="test-option"
                >
                  <span className="quiz-letter">{String.fromCharCode(65 + k)}</span>
                  {o}
                </button>
              ))}
            </div>
          ) : (
            <textarea
              className={`input${q.kind === "coding" ? " mono" : ""}`}
              rows={q.kind === "coding" ? 10 : 5}
              aria-label={`Answer to question ${i + 1}`}
              value={answers[q.id] ?? (q.kind === "coding" ? (q.starter_code ?? "") : "")}
              onFocus={() => (current.current = q.id)}
              onChange={(e) => answer(q, e.target.value)}
              data-testid="test-answer-text"
            />
          )}
        </div>
      ))}
      <div className="quiz-actions">
        <Button variant="primary" icon="check" busy={submitting} onClick={() => void submit()} data-testid="test-submit">
          Submit
        </Button>
      </div>
    </div>
  );
}

/** After handing in: the result once the recruiter has released it. */
function Submitted({ session: s }: { session: TestSession }) {
  const [result, setResult] = useState<CandidateResult | null>(null);
  const toast = useToast();
  const check = () =>
    void call("assessment_result", { attempt_id: s.attempt_id }).then(setResult, (e) => toast.error(e));
  return (
    <div className="quiz quiz-done" data-testid="test-submitted">
      <h2>{s.assessment_title}</h2>
      <p>
        {s.auto_submitted ? "Time ran out; your saved answers were handed in." : "Your answers were handed in."} The recruiter releases the
        results.
      </p>
      {result && (
        <p data-testid="test-result">
          {result.released
            ? `Your score: ${result.score_percentage ?? 0}%${result.passed === null ? "" : result.passed ? " (passed)" : " (not passed)"}`
            : "Not released yet."}
        </p>
      )}
      <div className="quiz-actions">
        <Button data-testid="test-check-result" onClick={check}>
          Check my result
        </Button>
      </div>
    </div>
  );
}
