// A native <select> over a label table, with an optional "any"/"none" first entry.
import type { SelectHTMLAttributes } from "react";
import { options } from "../lib/enums";

type Props<T extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, "value" | "onChange"> & {
  labels: Record<T, string>;
  value: T | "";
  onChange: (value: T | "") => void;
  /** Label of the empty choice; omit to require a value. */
  empty?: string;
};

export function EnumSelect<T extends string>({ labels, value, onChange, empty, className, ...rest }: Props<T>) {
  return (
    <select
      {...rest}
      className={`input${className ? ` ${className}` : ""}`}
      value={value}
      onChange={(e) => onChange(e.target.value as T | "")}
    >
      {empty !== undefined && <option value="">{empty}</option>}
      {options(labels).map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
