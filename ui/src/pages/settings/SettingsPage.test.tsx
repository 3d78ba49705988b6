import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import type { User } from "../../bindings";
import { THEME_KEY } from "../../lib/theme";
import { installCore, sent, SETUP_DONE } from "../../test/core";

it("shows the installation, saves the role and a new data location, and picks the theme", async () => {
  const calls = installCore({}, { pick_database_path: () => "/backup/td.db" });
  window.location.hash = "#/settings";
  render(<App />);

  expect((await screen.findByTestId("settings-db-path")).textContent).toBe(SETUP_DONE.db_path);
  expect(screen.getByTestId("settings-schema-version").textContent).toBe("7");
  expect(screen.getByTestId("settings-app-version").textContent).toBe("0.1.0");

  fireEvent.click(screen.getByTestId("settings-role-job_seeker"));
  await waitFor(() => expect(calls.filter((c) => c.cmd === "app_setup_save").map((c) => c.args)).toEqual([{ request: { role: "job_seeker" } }]));

  fireEvent.click(screen.getByRole("button", { name: /browse/i }));
  await waitFor(() => expect((document.getElementById("f-db_path") as HTMLInputElement).value).toBe("/backup/td.db"));
  fireEvent.click(screen.getByTestId("settings-save-db"));
  await waitFor(() =>
    expect(calls.filter((c) => c.cmd === "app_setup_save").map((c) => c.args)[1]).toEqual({
      request: { role: "job_seeker", db_path: "/backup/td.db" },
    }),
  );
  await waitFor(() => expect(screen.getByTestId("settings-db-path").textContent).toBe("/backup/td.db"));

  fireEvent.click(screen.getByTestId("theme-dark"));
  expect(localStorage.getItem(THEME_KEY)).toBe("dark");
  fireEvent.click(screen.getByTestId("theme-system"));
  expect(localStorage.getItem(THEME_KEY)).toBeNull();
});

it("fills the database with demo data as a task with progress", async () => {
  let polls = 0;
  const calls = installCore({
    demo_generate: () => ({ task_id: "demo1" }),
    task_get: () =>
      polls++ < 1
        ? { task_id: "demo1", kind: "demo_generate", state: "running", done: 5, total: 50, message: "Filling candidates", result: null, error: null, started_at: "2026-01-01T00:00:00.000Z", finished_at: null }
        : { task_id: "demo1", kind: "demo_generate", state: "succeeded", done: 50, total: 50, message: "Filling candidates", result: { total_rows: 50 }, error: null, started_at: "2026-01-01T00:00:00.000Z", finished_at: "2026-01-01T00:00:01.000Z" },
  });
  window.location.hash = "#/settings";
  render(<App />);
  fireEvent.click(await screen.findByTestId("demo-data-fill"));
  expect(await screen.findByText(/Filling candidates/)).toBeTruthy();
  await waitFor(() => expect(screen.getByTestId("task-progress").dataset.state).toBe("succeeded"), { timeout: 3000 });
  expect(sent(calls, "demo_generate")).toEqual([{ scale: "small" }]);
});

it("adds a team member who then appears in the team list", async () => {
  const users: User[] = [];
  const calls = installCore({
    user_list: () => ({ items: users, total: users.length }),
    user_create: (req) => {
      const u: User = {
        id: `u${users.length + 1}`,
        company_id: null,
        email: req.email,
        full_name: req.full_name,
        first_name: null,
        last_name: null,
        role: req.role ?? "recruiter",
        status: "active",
        is_verified: false,
        has_password: false,
        created_at: "2026-01-01T00:00:00.000Z",
        updated_at: "2026-01-01T00:00:00.000Z",
      };
      users.push(u);
      return u;
    },
  });
  window.location.hash = "#/settings";
  render(<App />);
  const form = await screen.findByTestId("team-form");
  fireEvent.change(form.querySelector("[name=full_name]") as HTMLInputElement, { target: { value: "Sam Lee" } });
  fireEvent.change(form.querySelector("[name=email]") as HTMLInputElement, { target: { value: "sam@acme.test" } });
  fireEvent.click(screen.getByTestId("add-team-member"));
  await waitFor(() => expect(sent(calls, "user_create")).toEqual([{ full_name: "Sam Lee", email: "sam@acme.test", role: "interviewer" }]));
  expect((await screen.findByTestId("team-member")).textContent).toContain("Sam Lee");
  expect((form.querySelector("[name=full_name]") as HTMLInputElement).value).toBe("");
});
