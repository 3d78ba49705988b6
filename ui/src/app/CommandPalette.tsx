// The command palette (Ctrl/Cmd+K): searches candidates, requisitions and tracked jobs as you
// type, and offers navigation and actions. Arrow keys move, Enter runs, Escape closes.
import { useMemo, useState, type KeyboardEvent } from "react";
import { Icon, type IconName } from "../components/Icon";
import { Layer } from "../components/Layer";
import { Chip } from "../components/Chip";
import { CANDIDATE_STATUS, CANDIDATE_TONE, JOB_STATUS, JOB_TONE, REQUISITION_STATUS, REQUISITION_TONE } from "../lib/enums";
import { useCommand } from "../lib/queries";
import { useDebounced } from "../lib/useDebounced";
import type { Tone } from "../lib/enums";

export type PaletteAction = { id: string; label: string; icon: IconName; hint?: string; run: () => void };

type Item = {
  id: string;
  group: string;
  label: string;
  detail?: string;
  icon: IconName;
  chip?: { tone: Tone; text: string };
  run: () => void;
};

type Props = {
  query: string;
  onQuery: (q: string) => void;
  actions: PaletteAction[];
  onOpenCandidate: (id: string) => void;
  onOpenRequisition: (id: string) => void;
  onOpenJob: (id: string) => void;
  onClose: () => void;
};

const LIMIT = 5;

export function CommandPalette({ query, onQuery, actions, onOpenCandidate, onOpenRequisition, onOpenJob, onClose }: Props) {
  const [active, setActive] = useState(0);
  const q = useDebounced(query.trim(), 120);
  const enabled = q.length > 0;
  const candidates = useCommand("candidate_list", { query: q, limit: LIMIT }, { enabled });
  const requisitions = useCommand("requisition_list", { query: q, limit: LIMIT }, { enabled });
  const jobs = useCommand("tracked_job_list", { query: q, limit: LIMIT }, { enabled });

  const items = useMemo<Item[]>(() => {
    const out: Item[] = [];
    const needle = query.trim().toLowerCase();
    const finish = (run: () => void) => () => {
      onClose();
      run();
    };
    for (const a of actions) {
      if (needle && !a.label.toLowerCase().includes(needle)) continue;
      out.push({ id: `a:${a.id}`, group: "Actions", label: a.label, detail: a.hint, icon: a.icon, run: finish(a.run) });
    }
    if (enabled) {
      for (const c of candidates.data?.items ?? []) {
        out.push({
          id: `c:${c.id}`,
          group: "Candidates",
          label: c.full_name,
          detail: [c.current_role, c.email].filter(Boolean).join(" · "),
          icon: "users",
          chip: { tone: CANDIDATE_TONE[c.status], text: CANDIDATE_STATUS[c.status] },
          run: finish(() => onOpenCandidate(c.id)),
        });
      }
      for (const r of requisitions.data?.items ?? []) {
        out.push({
          id: `r:${r.id}`,
          group: "Requisitions",
          label: r.title,
          detail: [r.department, `${r.applicant_count} applicants`].filter(Boolean).join(" · "),
          icon: "clipboard",
          chip: { tone: REQUISITION_TONE[r.status], text: REQUISITION_STATUS[r.status] },
          run: finish(() => onOpenRequisition(r.id)),
        });
      }
      for (const j of jobs.data?.items ?? []) {
        out.push({
          id: `j:${j.id}`,
          group: "Jobs",
          label: j.title,
          detail: [j.company, j.location].filter(Boolean).join(" · "),
          icon: "briefcase",
          chip: { tone: JOB_TONE[j.status], text: JOB_STATUS[j.status] },
          run: finish(() => onOpenJob(j.id)),
        });
      }
    }
    return out;
  }, [actions, query, enabled, candidates.data, requisitions.data, jobs.data, onClose, onOpenCandidate, onOpenRequisition, onOpenJob]);

  const current = Math.min(active, Math.max(items.length - 1, 0));
  const searching = enabled && (candidates.isFetching || requisitions.isFetching || jobs.isFetching);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive((current + 1) % Math.max(items.length, 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((current - 1 + items.length) % Math.max(items.length, 1));
    } else if (e.key === "Enter") {
      e.preventDefault();
      items[current]?.run();
    }
  };

  let lastGroup = "";
  return (
    <Layer onClose={onClose} className="palette" backdropClassName="backdrop backdrop-palette" label="Command palette" testId="command-palette">
      <div className="palette-input">
        <Icon name="search" />
        <input
          data-autofocus
          aria-label="Search candidates, requisitions, jobs and actions"
          placeholder="Search candidates, requisitions, jobs… or type a command"
          value={query}
          onChange={(e) => {
            onQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={items[current] ? `pi-${current}` : undefined}
        />
        {searching && <span className="spinner" aria-label="Searching" />}
      </div>
      <ul className="palette-list" id="palette-list" role="listbox" aria-label="Results">
        {items.length === 0 && (
          <li className="palette-empty">{enabled && !searching ? `Nothing matches “${query.trim()}”.` : "Type to search."}</li>
        )}
        {items.map((item, i) => {
          const header = item.group !== lastGroup ? item.group : null;
          lastGroup = item.group;
          return (
            <li key={item.id} role="presentation">
              {header && <div className="palette-group">{header}</div>}
              <div
                id={`pi-${i}`}
                role="option"
                aria-selected={i === current}
                className={`palette-item${i === current ? " is-active" : ""}`}
                data-testid="palette-item"
                onMouseMove={() => i !== current && setActive(i)}
                onClick={item.run}
              >
                <Icon name={item.icon} />
                <span className="palette-label">{item.label}</span>
                {item.detail && <span className="palette-detail">{item.detail}</span>}
                {item.chip && <Chip tone={item.chip.tone}>{item.chip.text}</Chip>}
              </div>
            </li>
          );
        })}
      </ul>
      <footer className="palette-foot">
        <span>
          <kbd className="kbd">↑</kbd>
          <kbd className="kbd">↓</kbd> move
        </span>
        <span>
          <kbd className="kbd">Enter</kbd> open
        </span>
        <span>
          <kbd className="kbd">Esc</kbd> close
        </span>
      </footer>
    </Layer>
  );
}
