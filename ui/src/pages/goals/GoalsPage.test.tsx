import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { Goal } from "../../bindings";
import { installCore, sent } from "../../test/core";

it("creates a goal with milestones and ticks one off", async () => {
  const goals: Goal[] = [];
  const calls = installCore({
    goal_list: () => goals,
    goal_create: (req) => {
      const g: Goal = {
        id: "g1",
        title: req.title,
        description: null,
        priority: req.priority ?? "medium",
        status: "not_started",
        target_date: null,
        milestones: (req.milestones ?? []).map((m, i) => ({ id: `m${i}`, title: m.title, due_date: m.due_date ?? null, is_completed: false })),
        created_at: "2026-01-01T00:00:00.000Z",
      };
      goals.push(g);
      return g;
    },
    milestone_set_completed: (req) => {
      const g = goals[0]!;
      g.milestones = g.milestones.map((m) => (m.id === req.id ? { ...m, is_completed: req.is_completed } : m));
      g.status = "in_progress";
      return g;
    },
  });
  window.location.hash = "#/goals";
  render(<App />);

  fireEvent.click(await screen.findByText("New goal", { selector: "button" }));
  const form = await screen.findByTestId("goal-form");
  fireEvent.change(form.querySelector('input[name="title"]')!, { target: { value: "Land a staff role" } });
  fireEvent.change(within(form).getByLabelText("Milestone 1"), { target: { value: "Update CV" } });
  fireEvent.click(within(form).getByRole("button", { name: /add milestone/i }));
  fireEvent.change(within(form).getByLabelText("Milestone 2"), { target: { value: "Five applications" } });
  fireEvent.click(screen.getByTestId("save-goal"));

  await waitFor(() => expect(screen.queryByTestId("goal-form")).toBeNull());
  expect(sent(calls, "goal_create")[0]).toEqual({
    title: "Land a staff role",
    priority: "medium",
    status: "not_started",
    milestones: [{ title: "Update CV" }, { title: "Five applications" }],
  });
  const card = await screen.findByTestId("goal-card");
  expect(within(card).getByText("0/2 milestones")).toBeTruthy();
  fireEvent.click(within(card).getByLabelText("Update CV"));
  await waitFor(() => expect(sent(calls, "milestone_set_completed")).toEqual([{ id: "m0", is_completed: true }]));
  await within(screen.getByTestId("goal-card")).findByText("1/2 milestones");
});
