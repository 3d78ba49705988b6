import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "./App";
import { installCore, SETUP_DONE } from "../test/core";

const FIRST_RUN = { ...SETUP_DONE, role: null, first_run: true, default_db_path: "/data/talentdesk.db", db_path: "/data/talentdesk.db" };

it("saves the chosen role and default path, then opens that role's workspace", async () => {
  const calls = installCore({}, { app_setup_get: () => FIRST_RUN });
  render(<App />);

  await screen.findByTestId("first-run");
  const input = screen.getByTestId("db-path") as HTMLInputElement;
  expect(input.value).toBe("/data/talentdesk.db");
  expect((screen.getByTestId("first-run-continue") as HTMLButtonElement).disabled).toBe(true);

  fireEvent.click(screen.getByTestId("role-recruiter"));
  expect(screen.getByTestId("role-recruiter").getAttribute("aria-pressed")).toBe("true");
  fireEvent.click(screen.getByTestId("first-run-continue"));

  await screen.findByTestId("nav-candidates");
  const save = calls.find((c) => c.cmd === "app_setup_save");
  expect(save?.args).toEqual({ request: { role: "recruiter", db_path: "/data/talentdesk.db" } });
  expect(screen.getByTestId("workspace-recruiting").getAttribute("aria-selected")).toBe("true");
  expect(screen.queryByTestId("first-run")).toBeNull();
});

it("uses Browse… to pick a path, and shows a field error from the shell under the input", async () => {
  const calls = installCore(
    {},
    {
      app_setup_get: () => FIRST_RUN,
      pick_database_path: () => "/mnt/backup/td.db",
      app_setup_save: () => {
        throw { code: "io", message: "cannot create /mnt/backup/td.db: permission denied", field: "db_path" };
      },
    },
  );
  render(<App />);
  await screen.findByTestId("first-run");
  fireEvent.click(screen.getByTestId("role-job_seeker"));
  fireEvent.click(screen.getByRole("button", { name: /browse/i }));
  await waitFor(() => expect((screen.getByTestId("db-path") as HTMLInputElement).value).toBe("/mnt/backup/td.db"));

  fireEvent.click(screen.getByTestId("first-run-continue"));
  const error = await screen.findByTestId("field-error-db_path");
  expect(error.textContent).toContain("permission denied");
  expect(screen.getByTestId("first-run")).toBeTruthy();
  expect(calls.find((c) => c.cmd === "app_setup_save")?.args).toEqual({ request: { role: "job_seeker", db_path: "/mnt/backup/td.db" } });
});

it("locks the path input when TALENTDESK_DB fixes it, and saves only the role", async () => {
  const calls = installCore({}, { app_setup_get: () => ({ ...FIRST_RUN, db_path: "/tmp/env.db", db_path_locked: true }) });
  render(<App />);
  await screen.findByTestId("first-run");
  const input = screen.getByTestId("db-path") as HTMLInputElement;
  expect(input.disabled).toBe(true);
  expect(input.value).toBe("/tmp/env.db");
  expect(screen.getByText(/TALENTDESK_DB/)).toBeTruthy();

  fireEvent.click(screen.getByTestId("role-job_seeker"));
  fireEvent.click(screen.getByTestId("first-run-continue"));
  await screen.findByTestId("nav-jobs");
  expect(calls.find((c) => c.cmd === "app_setup_save")?.args).toEqual({ request: { role: "job_seeker" } });
});
