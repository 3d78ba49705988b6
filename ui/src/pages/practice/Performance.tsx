// Practice progress: score per category over time (mock interviews and quizzes), as lines.
import type { QuestionCategory } from "../../bindings";
import { LineChart } from "../../components/Charts";
import { QUESTION_CATEGORY } from "../../lib/enums";
import { useCommand } from "../../lib/queries";

export function Performance() {
  const perf = useCommand("practice_performance", {});
  if (!perf.data || perf.data.series.length === 0) return null;
  return (
    <section className="dash-card" data-testid="practice-performance">
      <h2>Your scores over time</h2>
      <LineChart
        testId="performance-chart"
        label="Practice score per category over time"
        series={perf.data.series.map((s) => ({
          name: QUESTION_CATEGORY[s.category as QuestionCategory] ?? s.category,
          points: s.points.map((p) => ({ x: p.day, y: p.score })),
        }))}
      />
    </section>
  );
}
