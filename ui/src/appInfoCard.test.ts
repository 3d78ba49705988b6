import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { mountAppInfoCard } from "./appInfoCard";

afterEach(() => {
  clearMocks();
  document.body.replaceChildren();
});

function field(card: HTMLElement, name: string): string | null | undefined {
  return card.querySelector(`[data-field="${name}"]`)?.textContent;
}

describe("app info card", () => {
  it("shows version, database path and schema version from app_info", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "app_info") {
        return { version: "0.1.0", db_path: "/tmp/td.db", schema_version: 2 };
      }
      throw new Error(`unexpected command ${cmd}`);
    });

    const card = await mountAppInfoCard(document.body);

    expect(calls).toEqual(["app_info"]);
    expect(field(card, "version")).toBe("0.1.0");
    expect(field(card, "db_path")).toBe("/tmp/td.db");
    expect(field(card, "schema_version")).toBe("2");
    expect(card.classList.contains("is-loading")).toBe(false);
  });

  it("shows the core's error message when app_info fails", async () => {
    mockIPC(() => {
      throw { code: "database", message: "database is locked" };
    });

    const card = await mountAppInfoCard(document.body);

    expect(card.classList.contains("is-error")).toBe(true);
    expect(card.textContent).toContain("database is locked (database)");
  });
});
