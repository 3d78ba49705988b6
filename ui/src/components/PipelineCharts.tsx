// Small hand-written SVG charts (no chart library: the CSP forbids inline styles in markup, and
// these need only rectangles and text). Colours come from CSS classes (`chart-tone-*`), so they
// follow the light and dark themes. Every chart has a text alternative for screen readers.
import type { ReactNode } from "react";

export type Segment = { label: string; value: number; tone: string };
export type StackedRow = { id: string; label: string; segments: Segment[]; onClick?: () => void };

/** One horizontal stacked bar per row (e.g. a requisition's applications by stage). */
export function StackedBars({ rows, label }: { rows: StackedRow[]; label: string }) {
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((n, s) => n + s.value, 0)));
  const rowH = 28;
  const labelW = 180;
  const width = 640;
  const barW = width - labelW - 48;
  return (
    <svg className="chart" role="img" aria-label={label} viewBox={`0 0 ${width} ${rows.length * rowH + 4}`} data-testid="chart-pipelines">
      <title>{label}</title>
      {rows.map((r, i) => {
        const total = r.segments.reduce((n, s) => n + s.value, 0);
        let x = labelW;
        return (
          <g key={r.id} transform={`translate(0 ${i * rowH})`} className={r.onClick ? "chart-row is-link" : "chart-row"} onClick={r.onClick}>
            <text x={labelW - 8} y={rowH / 2 + 4} textAnchor="end" className="chart-label">
              {r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label}
            </text>
            <rect x={labelW} y={6} width={barW} height={rowH - 12} rx={3} className="chart-track" />
            {r.segments.map((s) => {
              const w = (s.value / max) * barW;
              const rect = s.value > 0 && (
                <rect key={s.label} x={x} y={6} width={w} height={rowH - 12} className={`chart-tone-${s.tone}`}>
                  <title>{`${s.label}: ${s.value}`}</title>
                </rect>
              );
              x += w;
              return rect;
            })}
            <text x={labelW + barW + 8} y={rowH / 2 + 4} className="chart-value">
              {total}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Horizontal bars with a value label (e.g. average days per stage). */
export function Bars({ items, label, unit, testId }: { items: Array<{ label: string; value: number; note?: string }>; label: string; unit: string; testId?: string }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const rowH = 26;
  const labelW = 140;
  const width = 480;
  const barW = width - labelW - 70;
  return (
    <svg className="chart" role="img" aria-label={label} viewBox={`0 0 ${width} ${Math.max(1, items.length) * rowH + 4}`} data-testid={testId}>
      <title>{label}</title>
      {items.map((it, i) => (
        <g key={it.label} transform={`translate(0 ${i * rowH})`}>
          <text x={labelW - 8} y={rowH / 2 + 4} textAnchor="end" className="chart-label">
            {it.label}
          </text>
          <rect x={labelW} y={5} width={Math.max(2, (it.value / max) * barW)} height={rowH - 10} rx={3} className="chart-tone-blue">
            <title>{`${it.label}: ${it.value} ${unit}${it.note ? ` (${it.note})` : ""}`}</title>
          </rect>
          <text x={labelW + Math.max(2, (it.value / max) * barW) + 6} y={rowH / 2 + 4} className="chart-value">
            {it.value} {unit}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Vertical columns (e.g. interviews per weekday), with the current one highlighted. */
export function Columns({ items, label, highlight, testId }: { items: Array<{ label: string; value: number }>; label: string; highlight?: number; testId?: string }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const colW = 56;
  const h = 140;
  const width = items.length * colW;
  return (
    <svg className="chart" role="img" aria-label={label} viewBox={`0 0 ${width} ${h + 36}`} data-testid={testId}>
      <title>{label}</title>
      {items.map((it, i) => {
        const bh = (it.value / max) * h;
        return (
          <g key={it.label} transform={`translate(${i * colW} 0)`}>
            <rect x={10} y={h - bh + 14} width={colW - 20} height={Math.max(bh, 1)} rx={3} className={i === highlight ? "chart-tone-violet" : "chart-tone-blue"}>
              <title>{`${it.label}: ${it.value}`}</title>
            </rect>
            <text x={colW / 2} y={h - bh + 10} textAnchor="middle" className="chart-value">
              {it.value}
            </text>
            <text x={colW / 2} y={h + 30} textAnchor="middle" className="chart-label">
              {it.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A legend for stacked bars. */
export function Legend({ items }: { items: Array<{ label: string; tone: string }> }): ReactNode {
  return (
    <ul className="chart-legend">
      {items.map((i) => (
        <li key={i.label}>
          <svg width="10" height="10" aria-hidden="true">
            <rect width="10" height="10" rx="2" className={`chart-tone-${i.tone}`} />
          </svg>
          {i.label}
        </li>
      ))}
    </ul>
  );
}
