// Typed access to the desktop shell's two Tauri commands (src-tauri/src/lib.rs). The types come
// from `bindings.ts`, which the core generates from its Rust types (`cargo xtask bindings`).
import { invoke } from "@tauri-apps/api/core";
import type { AppInfo, CommandName, Commands, Error as CoreError } from "./bindings";

export type { AppInfo, CoreError };

/** Version, database path (`null` for an in-memory database) and schema version. */
export function appInfo(): Promise<AppInfo> {
  return invoke<AppInfo>("app_info");
}

/** Calls a command of the core's registry by name; it rejects with a {@link CoreError}. */
export function call<N extends CommandName>(
  name: N,
  input: Commands[N]["request"],
): Promise<Commands[N]["response"]> {
  return invoke<Commands[N]["response"]>("call", { name, input });
}

/** A readable message for anything a command may reject with. */
export function errorMessage(err: unknown): string {
  if (typeof err === "string") return err;
  if (err && typeof err === "object" && "message" in err) {
    const e = err as CoreError;
    return e.code ? `${e.message} (${e.code})` : e.message;
  }
  return String(err);
}
