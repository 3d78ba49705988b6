import { afterEach, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { call, errorMessage, shell } from "./api";

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

it("shell() sends no arguments for a null request and `{ request }` otherwise", async () => {
  const seen: Array<{ cmd: string; args: unknown }> = [];
  mockIPC((cmd, args) => {
    seen.push({ cmd, args });
    return null;
  });

  await shell("pick_database_path", null);
  await shell("app_setup_save", { role: "recruiter" });

  expect(seen[0]?.cmd).toBe("pick_database_path");
  expect(seen[0]?.args ?? {}).toEqual({});
  expect(seen[1]).toEqual({ cmd: "app_setup_save", args: { request: { role: "recruiter" } } });
});

it("rejections keep the core's error shape; strings become io errors", async () => {
  mockIPC(() => {
    throw { code: "invalid_value", message: "email must be an email address", field: "email" };
  });
  await expect(call("candidate_create", { full_name: "A" })).rejects.toEqual({
    code: "invalid_value",
    message: "email must be an email address",
    field: "email",
  });
  expect(errorMessage({ code: "invalid_value", message: "bad", field: "email" })).toBe("email: bad");
  expect(errorMessage({ code: "invalid_value", message: "email: bad", field: "email" })).toBe("email: bad");

  mockIPC(() => {
    throw "command app_setup_get not found";
  });
  await expect(shell("app_setup_get", null)).rejects.toEqual({
    code: "io",
    message: "command app_setup_get not found",
  });
});
