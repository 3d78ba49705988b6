// A candidate's tags: remove with ×, add by typing a name (an existing tag is reused whatever its
// case; a new name makes a new tag). Suggestions come from every tag in use.
import { useState } from "react";
import type { Tag as TagRow } from "../../bindings";
import { Tag } from "../../components/Chip";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export function TagEditor({ candidateId, tags }: { candidateId: string; tags: TagRow[] }) {
  const all = useCommand("tag_list", {});
  const add = useCommandMutation("candidate_tag_add");
  const remove = useCommandMutation("candidate_tag_remove");
  const toast = useToast();
  const [text, setText] = useState("");
  const submit = () => {
    const tag = text.trim();
    if (!tag) return;
    add.mutate({ candidate_id: candidateId, tag }, { onSuccess: () => setText(""), onError: (e) => toast.error(e) });
  };
  return (
    <div className="tags" data-testid="candidate-tags">
      {tags.map((t) => (
        <Tag key={t.id} onRemove={() => remove.mutate({ candidate_id: candidateId, tag_id: t.id }, { onError: (e) => toast.error(e) })}>
          {t.name}
        </Tag>
      ))}
      <input
        className="input input-inline"
        aria-label="Add tag"
        placeholder="Add tag…"
        list="tag-suggestions"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), submit())}
        onBlur={submit}
      />
      <datalist id="tag-suggestions">
        {all.data?.filter((t) => !tags.some((x) => x.id === t.id)).map((t) => <option key={t.id} value={t.name} />)}
      </datalist>
    </div>
  );
}
