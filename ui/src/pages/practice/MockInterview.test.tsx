import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { MockInterview, Question } from "../../bindings";
import { installCore, sent } from "../../test/core";

const question = (id: string, text: string): Question => ({
  id, kind: "open", question_text: text, category: "behavioral", topic: "Teamwork", difficulty: "medium", options: null,
  rubric: ["Clear situation", "Own actions", "Result"], is_active: true,
});

it("runs a mock interview: rubric-based self-score per question, then the summary", async () => {
  let mock: MockInterview = {
    id: "m1", title: "Mock interview: behavioral", category: "behavioral", difficulty: null, is_completed: false, overall_score: null,
    performance_summary: null, by_category: [], created_at: "2030-01-01T00:00:00.000Z", completed_at: null,
    items: [
      { response_id: "r1", position: 0, question: question("q1", "Tell me about a team win."), response_text: null, score: null },
      { response_id: "r2", position: 1, question: question("q2", "Describe a conflict."), response_text: null, score: null },
    ],
  };
  const calls = installCore({
    mock_interview_start: () => mock,
    mock_interview_answer: (req) => {
      mock = { ...mock, items: mock.items.map((i) => (i.response_id === req.response_id ? { ...i, score: req.score, response_text: req.response_text ?? null } : i)) };
      return mock;
    },
    mock_interview_finish: () => ({
      ...mock, is_completed: true, overall_score: 70, performance_summary: "Answered 2 of 2 questions; overall 70/100.",
      by_category: [{ category: "behavioral", score: 70, answered: 2 }],
    }),
  });
  window.location.hash = "#/practice";
  render(<App />);
  fireEvent.click(await screen.findByTestId("start-mock"));
  fireEvent.click(await screen.findByTestId("mock-begin"));
  await waitFor(() => expect(sent(calls, "mock_interview_start")[0]).toEqual({ category: "behavioral", count: 5 }));

  expect((await screen.findByTestId("mock-question")).textContent).toBe("Tell me about a team win.");
  fireEvent.change(screen.getByLabelText("Your answer"), { target: { value: "We shipped." } });
  fireEvent.click(screen.getByLabelText("Clear situation"));
  fireEvent.click(screen.getByLabelText("Result"));
  fireEvent.click(screen.getByTestId("mock-next"));
  await waitFor(() => expect(sent(calls, "mock_interview_answer")[0]).toEqual({ response_id: "r1", response_text: "We shipped.", score: 7 }));

  expect((await screen.findByTestId("mock-question")).textContent).toBe("Describe a conflict.");
  fireEvent.change(screen.getByTestId("mock-score"), { target: { value: "7" } });
  fireEvent.click(screen.getByTestId("mock-next"));
  await waitFor(() => expect(sent(calls, "mock_interview_finish")).toEqual([{ id: "m1" }]));
  const summary = await screen.findByTestId("mock-summary");
  expect(summary.textContent).toContain("70 / 100");
  expect(summary.textContent).toContain("Answered 2 of 2");
});
