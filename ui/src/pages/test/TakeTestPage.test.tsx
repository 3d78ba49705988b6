import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { App } from "../../app/App";
import type { TestSession } from "../../bindings";
import { installCore, sent } from "../../test/core";
import { clock, RUNNING_KEY, secondsLeft } from "./TakeTestPage";

const session = (deadline: string, submitted = false): TestSession => ({
  attempt_id: "t1",
  assessment_title: "Rust screen",
  description: null,
  candidate_name: "Cara Diaz",
  started_at: new Date().toISOString(),
  deadline_at: deadline,
  submitted,
  auto_submitted: false,
  questions: [
    { id: "q1", kind: "mcq", question_text: "Which keyword declares a constant?", options: ["let", "const"], starter_code: null },
    { id: "q2", kind: "open", question_text: "Explain ownership.", options: null, starter_code: null },
  ],
  answers: [],
});

afterEach(() => localStorage.clear());

it("counts down in minutes and seconds and never below zero", () => {
  const now = Date.parse("2026-01-01T10:00:00.000Z");
  expect(secondsLeft("2026-01-01T10:20:00.000Z", now)).toBe(1200);
  expect(secondsLeft("2026-01-01T09:59:00.000Z", now)).toBe(0);
  expect(clock(1200)).toBe("20:00");
  expect(clock(59)).toBe("00:59");
  expect(clock(3723)).toBe("1:02:03");
});

it("shows a refused token under the token field and starts nothing", async () => {
  installCore({
    assessment_start: () => {
      throw { code: "already_used", field: "token", message: "token: this invitation was already used at 2026-01-01T10:00:00.000Z" };
    },
  });
  window.location.hash = "#/test";
  render(<App />);
  fireEvent.change(await screen.findByTestId("test-token"), { target: { value: "abc" } });
  fireEvent.click(screen.getByTestId("test-start"));
  const error = await screen.findByTestId("field-error-token");
  expect(error.textContent).toContain("already used");
  expect(screen.queryByTestId("test-runner")).toBeNull();
  expect(localStorage.getItem(RUNNING_KEY)).toBeNull();
});

it("takes a test: timer, answers saved as given, proctoring events, submit", async () => {
  const deadline = new Date(Date.now() + 20 * 60_000).toISOString();
  const calls = installCore({
    assessment_start: () => session(deadline),
    assessment_answer: (req) => ({
      id: `a-${req.question_id}`, question_id: req.question_id, selected_answer: req.selected_answer ?? null, answer_text: req.answer_text ?? null,
      is_correct: null, points: null, scored_at: null, updated_at: "",
    }),
    proctoring_log: (req) => ({
      id: "e1", attempt_id: req.attempt_id, event_type: req.event_type, severity: "low", detected_at: "", question_id: null, detail: null,
      reviewed: false, reviewed_at: null, reviewer_notes: null, flagged: false,
    }),
    assessment_submit: () => session(deadline, true),
    assessment_result: () => ({ attempt_id: "t1", submitted: true, released: false, score_percentage: null, passed: null, correct_answers: null, total_questions: 2 }),
  });
  window.location.hash = "#/test";
  render(<App />);
  fireEvent.change(await screen.findByTestId("test-token"), { target: { value: "  talentdesk://assessment/abc  " } });
  fireEvent.click(screen.getByTestId("test-start"));
  const runner = await screen.findByTestId("test-runner");
  expect(sent(calls, "assessment_start")).toEqual([{ token: "talentdesk://assessment/abc" }]);
  expect(localStorage.getItem(RUNNING_KEY)).toBe("t1");
  expect(within(runner).getByTestId("test-timer").textContent).toMatch(/^(20:00|19:5\d)$/);

  const [first, second] = within(runner).getAllByTestId("test-question");
  fireEvent.click(within(first!).getByText("const"));
  await waitFor(() => expect(within(first!).getByTestId("test-saved").textContent).toBe("Saved"));
  expect(sent(calls, "assessment_answer")).toEqual([{ attempt_id: "t1", question_id: "q1", selected_answer: "const" }]);

  // Text is saved once typing pauses, as one request with the last text.
  const text = within(second!).getByTestId("test-answer-text");
  fireEvent.change(text, { target: { value: "Values" } });
  fireEvent.change(text, { target: { value: "Values move." } });
  expect(within(second!).getByTestId("test-saved").textContent).toBe("Saving…");
  await waitFor(() => expect(within(second!).getByTestId("test-saved").textContent).toBe("Saved"));
  expect(sent(calls, "assessment_answer").slice(1)).toEqual([{ attempt_id: "t1", question_id: "q2", answer_text: "Values move." }]);

  act(() => {
    window.dispatchEvent(new Event("blur"));
    document.dispatchEvent(new Event("paste"));
  });
  await waitFor(() => expect(sent(calls, "proctoring_log").map((r) => r.event_type)).toEqual(["window_blur", "copy_paste"]));
  expect(sent(calls, "proctoring_log")[0]).toMatchObject({ attempt_id: "t1", question_id: "q2" });

  fireEvent.click(screen.getByTestId("test-submit"));
  await screen.findByTestId("test-submitted");
  expect(sent(calls, "assessment_submit")).toEqual([{ attempt_id: "t1" }]);
  expect(localStorage.getItem(RUNNING_KEY)).toBeNull();
  // No more proctoring once handed in.
  act(() => {
    window.dispatchEvent(new Event("blur"));
  });
  expect(sent(calls, "proctoring_log")).toHaveLength(2);
  fireEvent.click(screen.getByTestId("test-check-result"));
  expect((await screen.findByTestId("test-result")).textContent).toBe("Not released yet.");
});
