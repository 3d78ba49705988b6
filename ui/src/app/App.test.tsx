import { render, screen, waitFor } from "@testing-library/react";
import { expect, it } from "vitest";
import { App } from "./App";
import { installCore, SETUP_DONE } from "../test/core";

it("tells the shell once that the first screen is shown, not while the splash is up", async () => {
  let release: (() => void) | undefined;
  const calls = installCore(
    {},
    { app_setup_get: () => new Promise((resolve) => (release = () => resolve(SETUP_DONE))) },
  );
  const { rerender } = render(<App />);
  await waitFor(() => expect(release).toBeDefined());
  await new Promise((r) => setTimeout(r, 50));
  expect(calls.filter((c) => c.cmd === "ui_ready")).toHaveLength(0);

  release?.();
  await screen.findByTestId("nav-candidates");
  await waitFor(() => expect(calls.filter((c) => c.cmd === "ui_ready")).toHaveLength(1));
  rerender(<App />);
  await new Promise((r) => setTimeout(r, 50));
  expect(calls.filter((c) => c.cmd === "ui_ready")).toHaveLength(1);
});
