// Form state for the app's create/edit forms. Forms check only that required fields are filled;
// everything else (email format, dates, ranges) is the core's job, and the core's typed error is
// shown both under the field it names and as a toast. A failed save keeps what was typed.
import { useCallback, useState, type ChangeEvent } from "react";
import { fieldMessage, toCoreError, type CoreError } from "../api";
import { useToast } from "./toast";

export type FieldErrors = Record<string, string>;

/** The error for `field`, also matching nested paths the core reports ("skills.0.name"). */
export function fieldError(errors: FieldErrors, field: string): string | undefined {
  if (errors[field]) return errors[field];
  for (const [key, msg] of Object.entries(errors)) {
    if (key.split(/[.[]/)[0] === field) return msg;
  }
  return undefined;
}

export function useCoreForm<V extends Record<string, string | boolean>>(initial: V) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast();

  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => {
      if (!(key as string in e)) return e;
      const { [key as string]: _gone, ...rest } = e;
      return rest;
    });
  }, []);

  /** Props for a text input, select or textarea bound to `key`. */
  const bind = <K extends keyof V & string>(key: K) => ({
    name: key,
    id: `f-${key}`,
    value: String(values[key] ?? ""),
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      set(key, e.target.value as V[K]),
    "aria-invalid": fieldError(errors, key) ? true : undefined,
  });

  /** Shows a core error under its field (or above the form) and as a toast. */
  const fail = useCallback(
    (err: unknown) => {
      const e: CoreError = toCoreError(err);
      if (e.field) {
        setErrors({ [e.field]: fieldMessage(e) });
        setFormError(null);
      } else {
        setErrors({});
        setFormError(e.message);
      }
      toast.error(e);
    },
    [toast],
  );

  /** Marks required fields that are blank; returns true when all are filled. */
  const requireFilled = (keys: Array<keyof V & string>): boolean => {
    const missing: FieldErrors = {};
    for (const k of keys) {
      const v = values[k];
      if (typeof v === "string" && v.trim() === "") missing[k] = "Required";
    }
    setErrors(missing);
    return Object.keys(missing).length === 0;
  };

  /** Runs `save`; a rejection is shown with {@link fail}. Resolves true on success. */
  const submit = async (save: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setFormError(null);
    try {
      await save();
      setErrors({});
      return true;
    } catch (err) {
      fail(err);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setValues(initial);
    setErrors({});
    setFormError(null);
  };

  return { values, set, setValues, bind, errors, setErrors, formError, busy, submit, fail, requireFilled, reset };
}

export type CoreForm<V extends Record<string, string | boolean>> = ReturnType<typeof useCoreForm<V>>;

/**
 * A core error about `prefix.field` (update commands nest their fields: `fields.title`,
 * `profile.email`, `entry.end_date`) as an error about `field`, so it shows under that input.
 */
export function unnest(err: unknown, prefix: string): CoreError {
  const e = toCoreError(err);
  const p = `${prefix}.`;
  if (!e.field?.startsWith(p)) return e;
  const field = e.field.slice(p.length);
  return { ...e, field, message: e.message.startsWith(p) ? e.message.slice(p.length) : e.message };
}
