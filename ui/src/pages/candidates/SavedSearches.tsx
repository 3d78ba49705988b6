// Saved candidate searches: the current search, status, column filters, tag and sort saved under a
// name, and reopened from the list (the core keeps them as `candidate_list` requests).
import { useState } from "react";
import type { CandidateList } from "../../bindings";
import { Button } from "../../components/Button";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { call } from "../../api";
import { useToast } from "../../lib/toast";

export function SavedSearches({ current, onOpen }: { current: CandidateList; onOpen: (q: CandidateList) => void }) {
  const list = useCommand("saved_search_list", {});
  const save = useCommandMutation("saved_search_save");
  const remove = useCommandMutation("saved_search_delete");
  const toast = useToast();
  const [naming, setNaming] = useState<string | null>(null);
  const [selected, setSelected] = useState("");

  const doSave = () => {
    if (!naming?.trim()) return;
    save.mutate(
      { name: naming, query: current as Record<string, unknown> },
      { onSuccess: () => (toast.show(`Saved search “${naming}”`, "success"), setNaming(null)), onError: (e) => toast.error(e) },
    );
  };

  return (
    <div className="saved-searches">
      <select
        className="input"
        aria-label="Saved searches"
        data-testid="saved-searches"
        value={selected}
        onChange={(e) => {
          const s = list.data?.find((x) => x.id === e.target.value);
          setSelected(e.target.value);
          if (s) {
            onOpen(s.query);
            void call("saved_search_touch", { id: s.id }).catch(() => undefined);
          }
        }}
      >
        <option value="">Saved searches…</option>
        {list.data?.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {selected && (
        <Button size="sm" variant="ghost" aria-label="Delete saved search" onClick={() => remove.mutate({ id: selected }, { onSuccess: () => setSelected("") })}>
          ×
        </Button>
      )}
      {naming === null ? (
        <Button size="sm" variant="secondary" data-testid="save-search" onClick={() => setNaming("")}>
          Save search
        </Button>
      ) : (
        <span className="inline-form">
          <input
            className="input input-sm"
            aria-label="Name of this search"
            placeholder="Name this search"
            value={naming}
            autoFocus
            onChange={(e) => setNaming(e.target.value)}
            onKeyDown={(e) => (e.key === "Enter" ? doSave() : e.key === "Escape" ? setNaming(null) : undefined)}
          />
          <Button size="sm" variant="primary" data-testid="confirm-save-search" onClick={doSave}>
            Save
          </Button>
        </span>
      )}
    </div>
  );
}
