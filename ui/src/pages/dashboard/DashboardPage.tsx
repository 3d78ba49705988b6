// Recruiting → Dashboard: where every open requisition's pipeline stands (stacked bars by stage),
// how long candidates wait in each stage, interviews this week by day, and the action queue —
// due follow-ups, new applicants, stale candidates — each dismissable (the dismissal is kept).
import type { ActionItem } from "../../bindings";
import { Button } from "../../components/Button";
import { Bars, Columns, Legend, StackedBars } from "../../components/PipelineCharts";
import { Chip } from "../../components/Chip";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState, Loading, PageHeader } from "../../components/Page";
import { ACTION_TYPE, PRIORITY_TONE, STAGE_KIND, STAGE_TONE } from "../../lib/enums";
import { relative } from "../../lib/format";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useRouter } from "../../lib/router";
import { useToast } from "../../lib/toast";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export function DashboardPage() {
  const dash = useCommand("recruiter_dashboard", {});
  const { navigate } = useRouter();
  if (dash.isPending) return <Loading />;
  if (dash.isError) return <ErrorState error={dash.error} onRetry={() => void dash.refetch()} />;
  const d = dash.data;
  const today = new Date().toISOString().slice(0, 10);
  const kinds = [...new Set(d.pipelines.flatMap((p) => p.stages.map((s) => s.kind)))];

  return (
    <div className="page page-wide">
      <PageHeader title="Dashboard" description="Your pipelines at a glance, and what needs you today." />
      <div className="dash-grid">
        <section className="dash-panel dash-wide" aria-labelledby="dash-pipelines">
          <h2 id="dash-pipelines">Pipelines</h2>
          {d.pipelines.length === 0 ? (
            <EmptyState icon="clipboard" title="No open requisitions">
              Open a requisition and add candidates to see its pipeline here.
            </EmptyState>
          ) : (
            <>
              <StackedBars
                label={`Applications by stage for ${d.pipelines.length} open requisitions`}
                rows={d.pipelines.map((p) => ({
                  id: p.requisition_id,
                  label: p.title,
                  onClick: () => navigate({ page: "requisitions", id: p.requisition_id }),
                  segments: p.stages.map((s) => ({ label: s.name, value: s.count, tone: STAGE_TONE[s.kind] })),
                }))}
              />
              <Legend items={kinds.map((k) => ({ label: STAGE_KIND[k], tone: STAGE_TONE[k] }))} />
            </>
          )}
        </section>
        <section className="dash-panel" aria-labelledby="dash-time">
          <h2 id="dash-time">Average time in stage</h2>
          {d.time_in_stage.length === 0 ? (
            <p className="muted">No moves yet.</p>
          ) : (
            <Bars
              testId="chart-time-in-stage"
              label="Average days in each stage"
              unit="d"
              items={d.time_in_stage.map((t) => ({ label: t.stage, value: t.average_days, note: `${t.samples} stays` }))}
            />
          )}
        </section>
        <section className="dash-panel" aria-labelledby="dash-interviews">
          <h2 id="dash-interviews">
            Interviews this week <span className="muted num">{d.interviews_this_week_total}</span>
          </h2>
          <Columns
            testId="chart-interviews"
            label={`${d.interviews_this_week_total} interviews this week`}
            highlight={d.interviews_this_week.findIndex((x) => x.date === today)}
            items={d.interviews_this_week.map((x, i) => ({ label: WEEKDAYS[i] ?? x.date, value: x.count }))}
          />
        </section>
        <section className="dash-panel dash-wide" aria-labelledby="dash-queue">
          <h2 id="dash-queue">
            Action queue <span className="muted num">{d.action_queue.length}</span>
          </h2>
          <ActionQueue items={d.action_queue} />
        </section>
      </div>
    </div>
  );
}

export function ActionQueue({ items }: { items: ActionItem[] }) {
  const dismiss = useCommandMutation("action_queue_dismiss");
  const toast = useToast();
  const { navigate } = useRouter();
  if (items.length === 0) return <p className="muted">Nothing needs you right now.</p>;
  return (
    <ul className="entry-list action-queue" data-testid="action-queue">
      {items.map((a) => (
        <li key={a.id} data-testid="action-item" className="action-item">
          <Chip tone={PRIORITY_TONE[a.priority]}>{ACTION_TYPE[a.type]}</Chip>
          <button type="button" className="link-row" onClick={() => a.requisition_id && navigate({ page: "requisitions", id: a.requisition_id })}>
            <span className="entry-title">{a.title}</span>
            <span className="entry-meta">
              {a.description} · {relative(a.created_at)}
            </span>
          </button>
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Dismiss ${a.title}`}
            onClick={() => dismiss.mutate({ id: a.id }, { onError: (e) => toast.error(e), onSuccess: () => toast.show("Dismissed", "success") })}
          >
            Dismiss
          </Button>
        </li>
      ))}
    </ul>
  );
}
