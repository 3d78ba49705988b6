import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { CandidateDetail, CandidateProfile, SavedSearch, Tag } from "../../bindings";
import { installCore, sent } from "../../test/core";
import { candidate } from "../../test/fixtures";

// The profile editor renders ~50 fields: allow for a slow, loaded machine.
configure({ asyncUtilTimeout: 4000 });

it("edits the full profile (a nested core error shows under its field), tags the candidate, and edits work history", async () => {
  let tags: Tag[] = [];
  const detail = (): CandidateDetail => ({ ...candidate({ id: "c1", full_name: "Priya Nair" }), skills: [], work_history: [], education: [], tag_list: tags, possible_duplicates: [] });
  const profile: CandidateProfile = { id: "c1", updated_at: "", profile: { full_name: "Priya Nair", email: "priya@example.com", languages: ["English"], is_actively_searching: true } };
  let rejected = false;
  const calls = installCore({
    candidate_get: detail,
    candidate_profile_get: () => profile,
    candidate_profile_update: (req) => {
      if (!rejected) {
        rejected = true;
        throw { code: "invalid_value", message: "profile.notice_period_days: notice_period_days must be between 0 and 365", field: "profile.notice_period_days" };
      }
      return { ...profile, profile: req.profile };
    },
    candidate_tag_add: (req) => (tags = [...tags, { id: "t1", name: req.tag, color: "#6366f1", candidate_count: 1 }]),
    candidate_tag_remove: () => (tags = []),
    work_history_list: () => [
      { id: "w1", candidate_id: "c1", company_name: "Acme", job_title: "SDE II", location: null, start_date: "2018-01-01", end_date: "2021-06-30", is_current: false, responsibilities: null, achievements: [], tools_used: ["Go"], ctc_at_role: null },
    ],
    work_history_save: () => [],
  });
  window.location.hash = "#/candidates/c1";
  render(<App />);
  fireEvent.click(await screen.findByTestId("edit-profile"));
  const drawer = screen.getByTestId("candidate-drawer");
  const editor = await screen.findByTestId("profile-editor");
  expect(((await within(editor).findByLabelText("Languages")) as HTMLInputElement).value).toBe("English");
  fireEvent.change(within(editor).getByLabelText("Notice period (days)"), { target: { value: "400" } });
  fireEvent.change(within(editor).getByLabelText("Expected CTC"), { target: { value: "4000000" } });
  fireEvent.change(within(editor).getByLabelText("Ready to relocate"), { target: { value: "open_to_discussion" } });
  fireEvent.change(within(editor).getByLabelText("Preferred locations"), { target: { value: "Remote, Mumbai" } });
  fireEvent.click(within(editor).getByTestId("save-profile"));
  expect((await within(editor).findByTestId("field-error-notice_period_days")).textContent).toMatch(/between 0 and 365/);
  fireEvent.change(within(editor).getByLabelText("Notice period (days)"), { target: { value: "60" } });
  fireEvent.click(within(editor).getByTestId("save-profile"));
  await waitFor(() => expect(screen.queryByTestId("profile-editor")).toBeNull());
  expect(sent(calls, "candidate_profile_update")[1]!.profile).toMatchObject({
    full_name: "Priya Nair", notice_period_days: 60, expected_ctc_minor: 400_000_000, ready_to_relocate: "open_to_discussion",
    preferred_locations: ["Remote", "Mumbai"], languages: ["English"], is_actively_searching: true, has_driving_license: false,
  });

  const tagInput = within(drawer).getByLabelText("Add tag");
  fireEvent.change(tagInput, { target: { value: "Hot lead" } });
  fireEvent.keyDown(tagInput, { key: "Enter" });
  await waitFor(() => expect(sent(calls, "candidate_tag_add")).toEqual([{ candidate_id: "c1", tag: "Hot lead" }]));
  expect(await within(drawer).findByText("Hot lead")).toBeTruthy();

  fireEvent.click(await within(drawer).findByRole("button", { name: "Edit SDE II at Acme" }));
  const work = within(drawer).getByRole("form", { name: "Save position" });
  fireEvent.change(within(work).getByLabelText("Location"), { target: { value: "Pune" } });
  fireEvent.click(within(work).getByRole("button", { name: "Save position" }));
  await waitFor(() =>
    expect(sent(calls, "work_history_save")).toEqual([
      { candidate_id: "c1", id: "w1", entry: { company_name: "Acme", job_title: "SDE II", location: "Pune", start_date: "2018-01-01", end_date: "2021-06-30", is_current: false, tools_used: ["Go"] } },
    ]),
  );
});

it("filters by column and tag, saves the search, and reopens it", async () => {
  let saved: SavedSearch[] = [];
  const calls = installCore({
    candidate_list: () => ({ items: [candidate({ id: "c1", full_name: "Quinn", location: "Pune" })], total: 1 }),
    tag_list: () => [{ id: "t1", name: "Rust", color: "#6366f1", candidate_count: 4 }],
    saved_search_list: () => saved,
    saved_search_save: (req) => (saved = [{ id: "s1", name: req.name, query: req.query as SavedSearch["query"], last_run_at: null, created_at: "" }]),
    saved_search_touch: () => ({ ok: true }),
  });
  window.location.hash = "#/candidates";
  render(<App />);
  fireEvent.change(await screen.findByTestId("filter-location"), { target: { value: "pun" } });
  fireEvent.change(screen.getByTestId("filter-min_experience_years"), { target: { value: "5" } });
  fireEvent.change(screen.getByTestId("tag-filter"), { target: { value: "t1" } });
  await waitFor(() =>
    expect(sent(calls, "candidate_list").some((r) => r.location === "pun" && r.min_experience_years === 5 && r.tag_id === "t1")).toBe(true),
  );

  fireEvent.click(screen.getByTestId("save-search"));
  fireEvent.change(screen.getByLabelText("Name of this search"), { target: { value: "Pune Rustaceans" } });
  fireEvent.click(screen.getByTestId("confirm-save-search"));
  await waitFor(() => expect(sent(calls, "saved_search_save")).toHaveLength(1));
  const q = sent(calls, "saved_search_save")[0]!.query as Record<string, unknown>;
  expect(q).toMatchObject({ location: "pun", min_experience_years: 5, tag_id: "t1", sort: "created_at", direction: "desc" });
  expect(q.limit).toBeUndefined();

  // Clear the filters, then reopen the saved search: the filter row and tag come back.
  fireEvent.change(screen.getByTestId("filter-location"), { target: { value: "" } });
  fireEvent.change(screen.getByTestId("tag-filter"), { target: { value: "" } });
  const picker = await screen.findByTestId("saved-searches");
  await waitFor(() => expect(within(picker).getByRole("option", { name: "Pune Rustaceans" })).toBeTruthy());
  fireEvent.change(picker, { target: { value: "s1" } });
  await waitFor(() => expect((screen.getByTestId("filter-location") as HTMLInputElement).value).toBe("pun"));
  expect((screen.getByTestId("tag-filter") as HTMLSelectElement).value).toBe("t1");
  await waitFor(() => expect(sent(calls, "saved_search_touch")).toEqual([{ id: "s1" }]));
});
