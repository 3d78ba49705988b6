// Typed access to the desktop shell: `call` reaches any command of the core's registry through
// the shell's generic `call` Tauri command, `shell` reaches the shell's own commands (setup, file
// dialog). Types come from `bindings.ts`, generated from the Rust types (`cargo xtask bindings`).
// Every rejection is normalised to the core's `Error` shape `{code, message, field?}`.
import { invoke } from "@tauri-apps/api/core";
import type { CommandName, Commands, Error as CoreError, ShellCommands } from "./bindings";

export type { CoreError };
export type ShellName = keyof ShellCommands;

/** True when `value` already has the core's error shape. */
export function isCoreError(value: unknown): value is CoreError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as CoreError).code === "string" &&
    typeof (value as CoreError).message === "string"
  );
}

/** Whatever a command rejected with, as a core `Error` (transport failures become `io`). */
export function toCoreError(err: unknown): CoreError {
  if (isCoreError(err)) return err;
  if (typeof err === "string") return { code: "io", message: err };
  if (err instanceof Error) return { code: "io", message: err.message };
  return { code: "io", message: String(err) };
}

/** Calls a command of the core's registry by name; it rejects with a {@link CoreError}. */
export async function call<N extends CommandName>(
  name: N,
  input: Commands[N]["request"],
): Promise<Commands[N]["response"]> {
  try {
    return await invoke<Commands[N]["response"]>("call", { name, input });
  } catch (err) {
    throw toCoreError(err);
  }
}

/**
 * Calls one of the shell's own commands. A `null` request sends no arguments; any other request
 * is sent as the single argument `request` (that is how `app_setup_save` is declared).
 */
export async function shell<N extends ShellName>(
  name: N,
  request: ShellCommands[N]["request"],
): Promise<ShellCommands[N]["response"]> {
  try {
    return request === null
      ? await invoke<ShellCommands[N]["response"]>(name)
      : await invoke<ShellCommands[N]["response"]>(name, { request });
  } catch (err) {
    throw toCoreError(err);
  }
}

/** A readable one-line message; a field-level error reads `field: message`. */
export function errorMessage(err: unknown): string {
  const e = toCoreError(err);
  return e.field && !e.message.startsWith(`${e.field}:`) ? `${e.field}: ${e.message}` : e.message;
}

/** The message without the `field: ` prefix the core puts on field errors (for inline display). */
export function fieldMessage(e: CoreError): string {
  return e.field && e.message.startsWith(`${e.field}: `) ? e.message.slice(e.field.length + 2) : e.message;
}
