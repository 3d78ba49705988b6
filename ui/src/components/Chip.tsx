// Coloured status chips and neutral tags.
import type { ReactNode } from "react";
import type { Tone } from "../lib/enums";

export function Chip({ tone = "gray", children, dot = true }: { tone?: Tone; children: ReactNode; dot?: boolean }) {
  return (
    <span className={`chip tone-${tone}`}>
      {dot && <span className="chip-dot" aria-hidden="true" />}
      {children}
    </span>
  );
}

export function Tag({ children, onRemove }: { children: ReactNode; onRemove?: () => void }) {
  return (
    <span className="tag">
      {children}
      {onRemove && (
        <button type="button" className="tag-remove" aria-label={`Remove ${String(children)}`} onClick={onRemove}>
          ×
        </button>
      )}
    </span>
  );
}
