import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { TrackedJob } from "../../bindings";
import { EMPTY_DASHBOARD, installCore, sent } from "../../test/core";

const job = { id: "j1", title: "SRE", company: "Umbrella", status: "applied", contacts: [] } as unknown as TrackedJob;

it("shows the funnel, rates, upcoming interviews, follow-ups and streaks, and exports .ics", async () => {
  const calls = installCore({
    job_search_dashboard: () => ({
      ...EMPTY_DASHBOARD,
      funnel: [
        { stage: "interested", count: 10 },
        { stage: "applied", count: 6 },
        { stage: "interview", count: 3 },
        { stage: "offer", count: 1 },
      ],
      response_by_source: [{ label: "LinkedIn", applied: 4, responded: 1, rate: 0.25 }],
      upcoming_interviews: [
        {
          interview_id: "i1", tracked_job_id: "j1", job_title: "SRE", company: "Umbrella", title: null,
          interview_type: "technical", scheduled_at: "2030-05-01T12:30:00.000Z", timezone: "Europe/Berlin", duration_minutes: 45,
        },
      ],
      follow_ups: [{ job, since: "2030-04-01T00:00:00.000Z", days_waiting: 9, due_at: "2030-04-08T00:00:00.000Z", is_due: true, is_ghosted: false }],
      streaks: { login: { current: 4, best: 9, last_date: "2030-04-10", done_today: true }, quiz: { current: 2, best: 2, last_date: null, done_today: false } },
    }),
    interview_calendar_export: (req) => ({ path: `/exports/${req.interview_id ?? "all"}.ics`, bytes: 100, events: req.interview_id ? 1 : 1 }),
    follow_up_done: () => job,
  });
  window.location.hash = "#/home";
  render(<App />);

  const funnel = await screen.findByTestId("dash-funnel");
  const stages = within(funnel).getAllByTestId("funnel-stage").map((s) => s.textContent);
  expect(stages).toEqual(["Interested: 10", "Applied: 6 · 60%", "Interview: 3 · 50%", "Offer: 1 · 33%"]);
  expect(screen.getByTestId("dash-by-source").querySelector("svg")?.getAttribute("aria-label")).toContain("LinkedIn 25% of 4");
  expect(screen.getByTestId("login-streak").textContent).toContain("4");
  expect(screen.getByTestId("login-streak").textContent).toContain("best 9");
  const upcoming = screen.getByTestId("upcoming-interview");
  expect(upcoming.textContent).toContain("Europe/Berlin");
  expect(upcoming.textContent).toContain("SRE at Umbrella");
  await waitFor(() => expect(sent(calls, "streak_check_in")).toHaveLength(1));

  fireEvent.click(within(upcoming).getByTestId("export-ics"));
  await waitFor(() => expect(sent(calls, "interview_calendar_export")).toEqual([{ interview_id: "i1" }]));
  expect((await screen.findByTestId("toast")).textContent).toContain("/exports/i1.ics");
  fireEvent.click(screen.getByTestId("export-all-ics"));
  await waitFor(() => expect(sent(calls, "interview_calendar_export")[1]).toEqual({}));

  const followUp = screen.getByTestId("follow-up");
  expect(followUp.textContent).toContain("9 days");
  fireEvent.click(within(followUp).getByText("Followed up"));
  await waitFor(() => expect(sent(calls, "follow_up_done")).toEqual([{ id: "j1" }]));
});
