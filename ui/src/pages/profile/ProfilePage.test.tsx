import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { Profile } from "../../bindings";
import { installCore, sent } from "../../test/core";

const PROFILE: Profile = {
  candidate_id: "c1",
  full_name: "Ada Lovelace",
  email: "ada@example.com",
  experience: [{ id: "e1", job_title: "Analyst", company_name: "Engines Ltd", start_date: "2019-03", is_current: true }],
  education: [],
  skills: [{ id: "s1", name: "Python", category: "technical", level: "advanced" }],
  certifications: [],
};

it("edits and saves the whole profile, showing the core's error under the field it names", async () => {
  let attempts = 0;
  const calls = installCore({
    profile_get: () => PROFILE,
    profile_save: (req) => {
      attempts += 1;
      if (attempts === 1) throw { code: "invalid_value", message: "experience[0].end_date: must not be before the start date", field: "experience[0].end_date" };
      return { ...req, candidate_id: "c1" };
    },
  });
  window.location.hash = "#/profile";
  render(<App />);
  const form = await screen.findByTestId("profile-form");
  const input = (name: string) => form.querySelector(`[name="${name}"]`) as HTMLInputElement;
  expect(input("full_name").value).toBe("Ada Lovelace");
  fireEvent.change(input("experience[0].end_date"), { target: { value: "2018-01" } });
  fireEvent.click(screen.getByTestId("add-skill"));
  fireEvent.change(input("skills[1].name"), { target: { value: "k8s" } });
  fireEvent.change(input("skills[1].level"), { target: { value: "intermediate" } });
  fireEvent.click(screen.getByTestId("save-profile"));
  expect((await screen.findByTestId("field-error-experience[0].end_date")).textContent).toContain("before the start");

  fireEvent.change(input("experience[0].end_date"), { target: { value: "" } });
  fireEvent.click(screen.getByTestId("save-profile"));
  await waitFor(() => expect(sent(calls, "profile_save").length).toBe(2));
  const req = sent(calls, "profile_save")[1]!;
  expect(req.experience).toEqual([{ id: "e1", job_title: "Analyst", company_name: "Engines Ltd", start_date: "2019-03", is_current: true }]);
  expect(req.skills).toEqual([
    { id: "s1", name: "Python", category: "technical", level: "advanced" },
    { name: "k8s", level: "intermediate" },
  ]);
  expect(req).not.toHaveProperty("candidate_id");
  await waitFor(() => expect(screen.getAllByTestId("toast").some((t) => t.textContent?.includes("Profile saved"))).toBe(true));
});
