import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "../../app/App";
import { THEME_KEY } from "../../lib/theme";
import { installCore, SETUP_DONE } from "../../test/core";

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
