import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { Candidate, Interview, PanelSummary, User } from "../../bindings";
import { installCore, sent } from "../../test/core";
import { parseSkills } from "./ScorecardForm";

const user = (id: string, full_name: string): User => ({
  id, full_name, email: `${id}@acme.test`, company_id: null, first_name: null, last_name: null, role: "interviewer",
  status: "active", is_verified: false, has_password: false, created_at: "", updated_at: "",
});
const USERS = [user("u1", "Lena Lead"), user("u2", "Pavel Panel"), user("u3", "Quinn Panel")];
const cara: Candidate = {
  id: "c1", full_name: "Cara Diaz", email: "cara@mail.test", phone: null, location: null, headline: null, current_role: null,
  status: "active", experience_level: null, total_experience_years: null, linkedin_url: null, source: null, created_at: "", updated_at: "",
} as Candidate;
const later = new Date(Date.now() + 3 * 86400_000).toISOString();
const interview: Interview = {
  id: "i1", title: "Panel", candidate_id: "c1", application_id: null, requisition_id: null, tracked_job_id: null, user_id: null,
  interviewer_id: "u1", panelist_ids: ["u2", "u3"], interview_type: "panel", interview_mode: "in_person", scheduled_at: later,
  duration_minutes: 60, timezone: "Europe/Berlin", location: null, meeting_link: null, meeting_room: "4B", status: "scheduled",
  outcome: "pending", feedback_given: false, preparation_notes: null, ics_sequence: 0, interviewers: [], outcome_notes: null,
};

it("schedules a panel interview, warns on a double booking and schedules anyway when told", async () => {
  let attempts = 0;
  const calls = installCore({
    user_list: () => ({ items: USERS, total: 3 }),
    candidate_list: () => ({ items: [cara], total: 1 }),
    candidate_get: () => ({ ...cara }) as never,
    interview_schedule: (req) => {
      attempts += 1;
      if (!req.allow_double_booking)
        throw { code: "double_booked", field: "panelist_ids", message: "panelist_ids: Quinn Panel is already in interview “Other” (i9)" };
      return interview;
    },
  });
  window.location.hash = "#/interviews";
  render(<App />);
  fireEvent.click(await screen.findByTestId("new-interview"));
  const form = await screen.findByTestId("schedule-form");
  fireEvent.click(await within(form).findByText("Cara Diaz"));
  fireEvent.change(form.querySelector('input[name="day"]')!, { target: { value: later.slice(0, 10) } });
  fireEvent.change(form.querySelector('select[name="interview_type"]')!, { target: { value: "panel" } });
  await within(form).findByRole("option", { name: "Lena Lead" });
  fireEvent.change(form.querySelector('select[name="interviewer_id"]')!, { target: { value: "u1" } });
  fireEvent.click(within(form).getByLabelText("Pavel Panel"));
  fireEvent.click(within(form).getByLabelText("Quinn Panel"));
  fireEvent.change(form.querySelector('input[name="meeting_room"]')!, { target: { value: "4B" } });
  fireEvent.click(screen.getByTestId("save-interview"));

  const warning = await screen.findByTestId("double-booking-warning");
  expect(warning.textContent).toContain("Quinn Panel");
  expect(screen.getByTestId("field-error-panelist_ids")).toBeTruthy();
  fireEvent.click(screen.getByTestId("allow-double-booking"));
  fireEvent.click(screen.getByTestId("save-interview"));
  await waitFor(() => expect(screen.queryByTestId("schedule-form")).toBeNull());
  expect(attempts).toBe(2);
  const [first, second] = sent(calls, "interview_schedule") as Array<Record<string, unknown>>;
  expect(first).toMatchObject({ candidate_id: "c1", interviewer_id: "u1", panelist_ids: ["u2", "u3"], interview_type: "panel", meeting_room: "4B" });
  expect(first!.allow_double_booking).toBeUndefined();
  expect(second!.allow_double_booking).toBe(true);
});

it("submits a panelist's scorecard and shows the panel summary", async () => {
  const summary: PanelSummary = {
    interview_id: "i1", expected: ["u1", "u2", "u3"], submitted: ["u1", "u2", "u3"], missing: [], complete: true,
    averages: { overall: 3.67, technical_skills: 4, communication: 3, problem_solving: null, culture_fit: 5 },
    tally: { hire: 2, no_hire: 1 }, disagreement: true, scorecards: [],
  };
  const calls = installCore({
    user_list: () => ({ items: USERS, total: 3 }),
    interview_list: () => ({ items: [interview], total: 1 }),
    candidate_get: () => ({ ...cara }) as never,
    feedback_submit: (req) => ({ id: "f1", submitted_at: "", skills_evaluated: {}, ...req }) as never,
    interview_panel_summary: () => summary,
  });
  window.location.hash = "#/interviews";
  render(<App />);
  fireEvent.click(await screen.findByTestId("interview-scorecard"));
  const form = await screen.findByTestId("scorecard-form");
  await within(form).findByRole("option", { name: "Pavel Panel" });
  fireEvent.change(form.querySelector('select[name="interviewer_id"]')!, { target: { value: "u2" } });
  fireEvent.change(form.querySelector('select[name="overall_rating"]')!, { target: { value: "4" } });
  fireEvent.change(form.querySelector('textarea[name="skills"]')!, { target: { value: "Rust: 4\nSQL: 3" } });
  fireEvent.click(screen.getByTestId("save-scorecard"));
  await waitFor(() => expect(screen.queryByTestId("scorecard-form")).toBeNull());
  expect(sent(calls, "feedback_submit")[0]).toMatchObject({ interview_id: "i1", interviewer_id: "u2", overall_rating: 4, skills_evaluated: { Rust: 4, SQL: 3 } });

  fireEvent.click(screen.getByTestId("interview-summary"));
  const dialog = await screen.findByTestId("panel-summary");
  expect(await within(dialog).findByText("3.67 / 5")).toBeTruthy();
  expect(within(dialog).getByText("The panel disagrees")).toBeTruthy();
  expect(within(dialog).getByTestId("panel-tally").textContent).toBe("Hire: 2 · No hire: 1");
});

it("reads skills lines and leaves a rating-less line for the core to refuse", () => {
  expect(parseSkills("Rust: 4\n SQL = 3.5 \n\n")).toEqual({ Rust: 4, SQL: 3.5 });
  expect(parseSkills("Go")).toEqual({ Go: 0 });
  expect(parseSkills("")).toBeUndefined();
});
