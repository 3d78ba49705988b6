// A labelled form field with its hint and error. The error element carries
// `data-testid="field-error-<field>"` (the core's field name), which end-to-end tests look for.
import type { ReactNode } from "react";
import { fieldError, type FieldErrors } from "../lib/form";

type Props = {
  label: string;
  /** The input's id, so the label points at it. */
  htmlFor?: string;
  /** The core's field name whose errors show here (the input's name by default). */
  field: string;
  errors?: FieldErrors;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
};

export function Field({ label, htmlFor, field, errors, hint, required, className, children }: Props) {
  const error = errors ? fieldError(errors, field) : undefined;
  return (
    <div className={`field${error ? " has-error" : ""}${className ? ` ${className}` : ""}`}>
      <label className="field-label" htmlFor={htmlFor ?? `f-${field}`}>
        {label}
        {required && <span className="field-required" aria-hidden="true"> *</span>}
      </label>
      {children}
      {error ? (
        <p className="field-error" data-testid={`field-error-${field}`} role="alert" id={`err-${field}`}>
          {error}
        </p>
      ) : hint ? (
        <p className="field-hint">{hint}</p>
      ) : null}
    </div>
  );
}

/** A one-line banner for errors that name no field. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
