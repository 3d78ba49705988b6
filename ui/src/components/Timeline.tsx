// A vertical timeline of events (job status history, application moves and notes).
import type { ReactNode } from "react";
import type { Tone } from "../lib/enums";
import { dateTime, relative } from "../lib/format";

export type TimelineEntry = { id: string; at: string; title: ReactNode; body?: ReactNode; tone?: Tone };

export function Timeline({ entries, empty }: { entries: TimelineEntry[]; empty: string }) {
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="timeline">
      {entries.map((e) => (
        <li key={e.id} className={`timeline-item tone-${e.tone ?? "gray"}`}>
          <span className="timeline-dot" aria-hidden="true" />
          <div className="timeline-main">
            <div className="timeline-title">{e.title}</div>
            {e.body && <div className="timeline-body">{e.body}</div>}
            <time className="timeline-time" dateTime={e.at} title={dateTime(e.at)}>
              {relative(e.at)} · {dateTime(e.at)}
            </time>
          </div>
        </li>
      ))}
    </ol>
  );
}
