// Small hand-written SVG charts (no chart library: a few shapes read better than a dependency,
// and the CSP forbids style attributes, so everything is SVG attributes and CSS classes).
// Each chart carries a text alternative: an aria-label summary and a visually hidden table.

export type Bar = { label: string; value: number; /** Shown instead of the value. */ display?: string; detail?: string };

/** Horizontal bars, each labelled with its value; `max` defaults to the largest value. */
export function BarChart({ bars, label, max, testId }: { bars: Bar[]; label: string; max?: number; testId?: string }) {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  const row = 28;
  const height = bars.length * row;
  return (
    <figure className="chart" data-testid={testId}>
      <svg className="chart-svg" viewBox={`0 0 400 ${Math.max(height, row)}`} role="img" aria-label={`${label}: ${bars.map((b) => `${b.label} ${b.display ?? b.value}`).join(", ")}`}>
        {bars.map((b, i) => {
          const w = Math.max(2, (b.value / top) * 240);
          return (
            <g key={b.label} transform={`translate(0 ${i * row})`}>
              <text className="chart-label" x={0} y={18}>
                {b.label.length > 18 ? `${b.label.slice(0, 17)}…` : b.label}
              </text>
              <rect className="chart-track" x={130} y={6} width={240} height={16} rx={4} />
              <rect className={`chart-bar chart-bar-${i % 6}`} x={130} y={6} width={w} height={16} rx={4} />
              <text className="chart-value" x={396} y={18} textAnchor="end">
                {b.display ?? b.value}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="sr-only">{label}</figcaption>
    </figure>
  );
}

/** A funnel: each stage a centred bar narrowing with its count, with the step conversion. */
export function Funnel({ stages, testId }: { stages: Array<{ label: string; count: number }>; testId?: string }) {
  const top = Math.max(1, ...stages.map((s) => s.count));
  const row = 44;
  return (
    <figure className="chart" data-testid={testId}>
      <svg className="chart-svg" viewBox={`0 0 400 ${stages.length * row}`} role="img" aria-label={`Funnel: ${stages.map((s) => `${s.label} ${s.count}`).join(", ")}`}>
        {stages.map((s, i) => {
          // A floor keeps the label readable on small stages; above it, width follows the count.
          const w = 150 + (s.count / top) * 230;
          const prev = i > 0 ? stages[i - 1]!.count : 0;
          const pct = i > 0 && prev > 0 ? ` · ${Math.round((s.count / prev) * 100)}%` : "";
          return (
            <g key={s.label} transform={`translate(0 ${i * row})`} data-testid="funnel-stage">
              <rect className={`chart-bar chart-bar-${i}`} x={200 - w / 2} y={4} width={w} height={34} rx={6} />
              <text className="chart-funnel-text" x={200} y={26} textAnchor="middle">
                {`${s.label}: ${s.count}${pct}`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export type Series = { name: string; points: Array<{ x: string; y: number }> };

/** Lines over shared x labels (dates), y from 0 to `max`. */
export function LineChart({ series, max = 100, label, testId }: { series: Series[]; max?: number; label: string; testId?: string }) {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort();
  const W = 400;
  const H = 160;
  const px = (x: string) => (xs.length <= 1 ? W / 2 : 30 + (xs.indexOf(x) / (xs.length - 1)) * (W - 40));
  const py = (y: number) => H - 20 - (Math.min(y, max) / max) * (H - 30);
  return (
    <figure className="chart" data-testid={testId}>
      <svg className="chart-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {[0, 50, 100].map((g) => (
          <g key={g}>
            <line className="chart-grid" x1={30} x2={W - 10} y1={py((g / 100) * max)} y2={py((g / 100) * max)} />
            <text className="chart-axis" x={0} y={py((g / 100) * max) + 4}>
              {Math.round((g / 100) * max)}
            </text>
          </g>
        ))}
        {series.map((s, i) => (
          <g key={s.name} className={`chart-series chart-series-${i % 6}`}>
            <polyline fill="none" points={s.points.map((p) => `${px(p.x)},${py(p.y)}`).join(" ")} />
            {s.points.map((p) => (
              <circle key={p.x} cx={px(p.x)} cy={py(p.y)} r={3}>
                <title>{`${s.name} ${p.x}: ${Math.round(p.y)}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="chart-legend">
        {series.map((s, i) => (
          <span key={s.name} className={`chart-key chart-series-${i % 6}`}>
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
