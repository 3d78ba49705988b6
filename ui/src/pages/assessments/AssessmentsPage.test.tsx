import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { Assessment, AttemptReview, AttemptSummary, Candidate, QuestionSet, SetQuestion } from "../../bindings";
import { installCore, sent } from "../../test/core";

const set: QuestionSet = { id: "s1", title: null, skill: "Rust", level: "intermediate", total_questions: 0, created_at: "" };
const mcq: SetQuestion = {
  id: "q1", kind: "mcq", question_text: "Which keyword declares a constant?", difficulty: "medium", options: ["let", "const"],
  correct_answer: "const", sample_answer: null, rubric: [], is_active: true,
};
const open: SetQuestion = { ...mcq, id: "q2", kind: "open", question_text: "Explain ownership.", options: null, correct_answer: null, rubric: ["moves"] };
const assessment: Assessment = {
  id: "a1", title: "Rust screen", description: null, question_set_id: "s1", duration_minutes: 20, passing_score: null,
  is_published: false, expires_at: null, total_questions: 1, created_at: "",
};
const cara = { id: "c1", full_name: "Cara Diaz", email: "cara@mail.test", status: "active", current_role: null } as Candidate;
const attempt: AttemptSummary = {
  id: "t1", assessment_id: "a1", candidate_id: "c1", candidate_name: "Cara Diaz", started_at: "2026-01-01T10:00:00.000Z",
  deadline_at: "2026-01-01T10:20:00.000Z", completed_at: "2026-01-01T10:10:00.000Z", is_completed: true, auto_submitted: false,
  total_questions: 2, correct_answers: 1, score_percentage: 50, is_scored: false, score_released_at: null, proctoring_events: 1, flagged_events: 0,
};

it("creates a set with a multiple-choice question and an assessment, publishes it and shows the invitation token once", async () => {
  let sets: QuestionSet[] = [];
  let questions: SetQuestion[] = [];
  let published = false;
  const calls = installCore({
    question_set_list: () => ({ items: sets, total: sets.length }),
    question_set_create: (req) => {
      sets = [{ ...set, skill: req.skill }];
      return sets[0]!;
    },
    question_set_get: () => ({ set: { ...set, total_questions: questions.length }, questions }),
    question_set_add: () => {
      questions = [mcq];
      return mcq;
    },
    assessment_list: () => ({ items: [{ ...assessment, is_published: published }], total: 1 }),
    assessment_create: () => assessment,
    assessment_publish: (req) => {
      published = req.published;
      return { ...assessment, is_published: published };
    },
    candidate_list: () => ({ items: [cara], total: 1 }),
    assessment_invite: () => ({
      invitation: { id: "i1", assessment_id: "a1", candidate_id: "c1", candidate_email: "cara@mail.test", expires_at: "2026-01-04T10:00:00.000Z", status: "pending", used_at: null, attempt_id: null, created_at: "" },
      token: "deadbeef".repeat(8),
      link: `talentdesk://assessment/${"deadbeef".repeat(8)}`,
    }),
    assessment_invitation_list: () => ({ items: [], total: 0 }),
    assessment_attempt_list: () => ({ items: [], total: 0 }),
  });
  window.location.hash = "#/assessments";
  render(<App />);

  fireEvent.click(await screen.findByTestId("new-question-set"));
  fireEvent.change(screen.getByTestId("question-set-skill"), { target: { value: "Rust" } });
  fireEvent.click(screen.getByTestId("save-question-set"));
  const editor = await screen.findByTestId("question-set-editor");
  fireEvent.click(within(editor).getByTestId("add-question"));
  fireEvent.change(screen.getByTestId("question-text"), { target: { value: mcq.question_text } });
  fireEvent.change(screen.getByTestId("question-option-0"), { target: { value: "let" } });
  fireEvent.change(screen.getByTestId("question-option-1"), { target: { value: "const" } });
  fireEvent.click(screen.getByTestId("question-correct-1"));
  fireEvent.click(screen.getByTestId("save-question"));
  await screen.findByTestId("set-question");
  expect(sent(calls, "question_set_add")[0]).toEqual({
    question_set_id: "s1", kind: "mcq", question_text: mcq.question_text, options: ["let", "const"], correct_answer: "const",
  });

  fireEvent.click(screen.getByTestId("new-assessment"));
  fireEvent.change(screen.getByTestId("assessment-title"), { target: { value: "Rust screen" } });
  await within(screen.getByTestId("assessment-form")).findByRole("option", { name: /Rust, intermediate/ });
  fireEvent.change(screen.getByTestId("assessment-question-set"), { target: { value: "s1" } });
  fireEvent.change(screen.getByTestId("assessment-duration"), { target: { value: "20" } });
  fireEvent.click(screen.getByTestId("save-assessment"));
  await waitFor(() => expect(screen.queryByTestId("assessment-form")).toBeNull());
  expect(sent(calls, "assessment_create")[0]).toMatchObject({ title: "Rust screen", question_set_id: "s1", duration_minutes: 20 });

  const row = await screen.findByTestId("assessment-row");
  expect((within(row).getByTestId("assessment-invite") as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(within(row).getByTestId("assessment-publish"));
  await waitFor(() => expect((within(screen.getByTestId("assessment-row")).getByTestId("assessment-invite") as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(within(screen.getByTestId("assessment-row")).getByTestId("assessment-invite"));
  fireEvent.click(await screen.findByText("Cara Diaz"));
  fireEvent.click(screen.getByTestId("send-invite"));
  const token = (await screen.findByTestId("invite-token")) as HTMLInputElement;
  expect(token.value).toBe("deadbeef".repeat(8));
  expect((screen.getByTestId("invite-link") as HTMLInputElement).value).toContain("talentdesk://assessment/");
  expect(sent(calls, "assessment_invite")[0]).toMatchObject({ assessment_id: "a1", candidate_id: "c1" });
});

it("shows attempts with scores, scores a free-text answer, flags a proctoring event and releases the results", async () => {
  let current = { ...attempt };
  let flagged = false;
  const review = (): AttemptReview => ({
    attempt: current,
    items: [
      { question: mcq, answer: { id: "x1", question_id: "q1", selected_answer: "const", answer_text: null, is_correct: true, points: 1, scored_at: null, updated_at: "" } },
      { question: open, answer: { id: "x2", question_id: "q2", selected_answer: null, answer_text: "Values move.", is_correct: null, points: current.is_scored ? 1 : null, scored_at: null, updated_at: "" } },
    ],
    proctoring: [
      { id: "e1", attempt_id: "t1", event_type: "copy_paste", severity: "medium", detected_at: "2026-01-01T10:05:00.000Z", question_id: "q2", detail: "pasted 240 characters", reviewed: flagged, reviewed_at: null, reviewer_notes: null, flagged },
    ],
  });
  const calls = installCore({
    question_set_list: () => ({ items: [], total: 0 }),
    assessment_list: () => ({ items: [{ ...assessment, is_published: true }], total: 1 }),
    assessment_invitation_list: () => ({ items: [], total: 0 }),
    assessment_attempt_list: () => ({ items: [current], total: 1 }),
    assessment_attempt_review: () => review(),
    assessment_score_answer: () => {
      current = { ...current, is_scored: true, score_percentage: 100 };
      return current;
    },
    proctoring_review: (req) => {
      flagged = req.flagged;
      return review().proctoring[0]!;
    },
    assessment_release: () => {
      current = { ...current, score_released_at: "2026-01-02T09:00:00.000Z" };
      return current;
    },
  });
  window.location.hash = "#/assessments";
  render(<App />);
  fireEvent.click(await screen.findByTestId("assessment-attempts"));
  const row = await screen.findByTestId("attempt-row");
  expect(within(row).getByTestId("attempt-score").textContent).toBe("50%");
  fireEvent.click(within(row).getByTestId("attempt-review"));
  const dialog = await screen.findByTestId("attempt-review-dialog");
  expect(await within(dialog).findAllByTestId("review-item")).toHaveLength(2);
  fireEvent.change(within(dialog).getByTestId("answer-points"), { target: { value: "1" } });
  fireEvent.click(within(dialog).getByTestId("score-answer"));
  await waitFor(() => expect(sent(calls, "assessment_score_answer")).toEqual([{ answer_id: "x2", points: 1 }]));
  fireEvent.click(within(dialog).getByTestId("proctoring-flag"));
  await waitFor(() => expect(within(dialog).getByTestId("proctoring-event").dataset.flagged).toBe("true"));
  expect(sent(calls, "proctoring_review")[0]).toEqual({ id: "e1", flagged: true });
  fireEvent.click(within(dialog).getByTestId("release-results"));
  await within(dialog).findByTestId("attempt-released");
  await waitFor(() => expect(within(screen.getByTestId("attempt-row")).getByTestId("attempt-score").textContent).toBe("100%"));
});
