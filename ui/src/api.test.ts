import { afterEach, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { call } from "./api";

afterEach(() => clearMocks());

it("call() sends the command name and input to the shell's generic `call` command", async () => {
  let seen: { cmd: string; args: unknown } | undefined;
  mockIPC((cmd, args) => {
    seen = { cmd, args };
    return [{ name: "app_info", description: "Application version" }];
  });

  const commands = await call("commands_list", {});

  expect(seen).toEqual({ cmd: "call", args: { name: "commands_list", input: {} } });
  expect(commands[0]?.name).toBe("app_info");
});
