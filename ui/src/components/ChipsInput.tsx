// A list of short values typed comma-separated (skills, locations): each becomes a removable chip.
// The unfinished text is state too, so `all()` (chips + what is still being typed) is what saves.
import { useState, type KeyboardEvent } from "react";
import { Tag } from "./Chip";
import { splitList } from "../lib/format";

/** Values plus the unfinished text, without duplicates. */
export function withDraft(values: string[], draft: string): string[] {
  return [...values, ...splitList(draft)].filter((v, i, all) => all.indexOf(v) === i);
}

export function useChips(initial: string[] = []) {
  const [values, setValues] = useState<string[]>(initial);
  const [draft, setDraft] = useState("");
  return { values, setValues, draft, setDraft, all: () => withDraft(values, draft), reset: () => (setValues([]), setDraft("")) };
}

export type Chips = ReturnType<typeof useChips>;

type Props = {
  id: string;
  name: string;
  chips: Chips;
  placeholder?: string;
  invalid?: boolean;
};

export function ChipsInput({ id, name, chips, placeholder, invalid }: Props) {
  const { values, setValues, draft, setDraft } = chips;

  const commit = (text: string) => {
    const next = withDraft(values, text);
    if (next.length !== values.length) setValues(next);
    setDraft("");
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter" && draft.trim()) {
      e.preventDefault();
      commit(draft);
    } else if (e.key === "Backspace" && draft === "" && values.length > 0) {
      setValues(values.slice(0, -1));
    }
  };

  return (
    <div className="chips-input">
      {values.map((v) => (
        <Tag key={v} onRemove={() => setValues(values.filter((x) => x !== v))}>
          {v}
        </Tag>
      ))}
      <input
        id={id}
        name={name}
        value={draft}
        placeholder={values.length ? "" : placeholder}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          const text = e.target.value;
          if (text.includes(",")) commit(text);
          else setDraft(text);
        }}
        onBlur={() => draft.trim() && commit(draft)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
