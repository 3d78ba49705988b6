// Typed wrappers over the two Tauri commands of the desktop shell (src-tauri/src/lib.rs).
import { invoke } from "@tauri-apps/api/core";

/** What the core's `app_info` command returns. */
export interface AppInfo {
  version: string;
  /** `null` for an in-memory database. */
  db_path: string | null;
  schema_version: number;
}

/** An error as the core serializes it (`talentdesk_core::Error`). */
export interface CoreError {
  code: string;
  message: string;
  field?: string | null;
}

export function appInfo(): Promise<AppInfo> {
  return invoke<AppInfo>("app_info");
}

/** Calls any command of the core's registry by name. */
export function call<T>(name: string, input: unknown = {}): Promise<T> {
  return invoke<T>("call", { name, input });
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
