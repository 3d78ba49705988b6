// Choose a candidate by typing part of their name, email or role (searches `candidate_list`).
// Arrow keys move through the matches and Enter picks one.
import { useState, type KeyboardEvent } from "react";
import type { Candidate } from "../bindings";
import { CANDIDATE_STATUS, CANDIDATE_TONE } from "../lib/enums";
import { initials } from "../lib/format";
import { useCommand } from "../lib/queries";
import { useDebounced } from "../lib/useDebounced";
import { Chip } from "./Chip";
import { Icon } from "./Icon";

type Props = {
  id: string;
  value: Candidate | null;
  onChange: (c: Candidate | null) => void;
  exclude?: Set<string>;
  invalid?: boolean;
};

export function CandidatePicker({ id, value, onChange, exclude, invalid }: Props) {
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 150);
  const list = useCommand("candidate_list", { ...(query ? { query } : {}), sort: "full_name", direction: "asc", limit: 8 });
  const items = (list.data?.items ?? []).filter((c) => !exclude?.has(c.id));

  if (value) {
    return (
      <div className="picked">
        <span className="avatar" aria-hidden="true">
          {initials(value.full_name)}
        </span>
        <span className="picked-main">
          <span className="cell-strong">{value.full_name}</span>
          <span className="muted">{[value.current_role, value.email].filter(Boolean).join(" · ")}</span>
        </span>
        <button type="button" className="icon-btn" aria-label="Choose someone else" onClick={() => onChange(null)}>
          <Icon name="x" />
        </button>
      </div>
    );
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, items.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter") {
      e.preventDefault();
      const c = items[active];
      if (c) onChange(c);
    }
  };

  return (
    <div className="picker">
      <label className="search-input picker-search">
        <Icon name="search" />
        <input
          id={id}
          data-autofocus
          role="combobox"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-invalid={invalid || undefined}
          placeholder="Search candidates by name, email or role"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      <ul className="picker-list" id={`${id}-list`} role="listbox" aria-label="Candidates">
        {items.map((c, i) => (
          <li
            key={c.id}
            role="option"
            aria-selected={i === active}
            className={`picker-item${i === active ? " is-active" : ""}`}
            data-testid="picker-option"
            onMouseMove={() => setActive(i)}
            onClick={() => onChange(c)}
          >
            <span className="avatar" aria-hidden="true">
              {initials(c.full_name)}
            </span>
            <span className="picked-main">
              <span className="cell-strong">{c.full_name}</span>
              <span className="muted">{[c.current_role, c.email].filter(Boolean).join(" · ")}</span>
            </span>
            <Chip tone={CANDIDATE_TONE[c.status]}>{CANDIDATE_STATUS[c.status]}</Chip>
          </li>
        ))}
        {list.isSuccess && items.length === 0 && (
          <li className="picker-empty">{query ? `No candidate matches “${query}”.` : "No candidates yet — add them on the Candidates page."}</li>
        )}
      </ul>
    </div>
  );
}
