// Job search → Goals: career goals with priority, status, target date and milestones you tick off
// (`milestone_set_completed`); progress bars show how far along each one is.
import { useState } from "react";
import type { Goal, GoalStatus } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState, Loading, PageHeader, Toolbar } from "../../components/Page";
import { Progress } from "../../components/Progress";
import { EnumSelect } from "../../components/Select";
import { GOAL_STATUS, GOAL_TONE, PRIORITY, PRIORITY_TONE } from "../../lib/enums";
import { date } from "../../lib/format";
import { useNewAction } from "../../lib/keys";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";
import { GoalForm } from "./GoalForm";

export function GoalsPage() {
  const [status, setStatus] = useState<GoalStatus | "">("");
  const [creating, setCreating] = useState(false);
  const goals = useCommand("goal_list", status ? { status } : {});
  useNewAction(() => setCreating(true));

  return (
    <div className="page">
      <PageHeader
        title="Goals"
        description="What you're working towards, one milestone at a time."
        actions={
          <Button variant="primary" icon="plus" data-testid="new-goal" onClick={() => setCreating(true)}>
            New goal
          </Button>
        }
      />
      <Toolbar>
        <EnumSelect labels={GOAL_STATUS} value={status} onChange={setStatus} empty="All goals" aria-label="Filter by status" />
      </Toolbar>
      {goals.isPending ? (
        <Loading />
      ) : goals.isError ? (
        <ErrorState error={goals.error} onRetry={() => void goals.refetch()} />
      ) : goals.data.length === 0 ? (
        status ? (
          <p className="muted empty-inline">No goals are {GOAL_STATUS[status].toLowerCase()}.</p>
        ) : (
          <EmptyState
            icon="target"
            title="Set your first goal"
            action={
              <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
                New goal
              </Button>
            }
          >
            Name what you want — a role, a skill, a salary — and break it into milestones. Ticking them off moves the
            goal along and keeps you honest about progress.
          </EmptyState>
        )
      ) : (
        <div className="goal-grid">
          {goals.data.map((g) => (
            <GoalCard key={g.id} goal={g} />
          ))}
        </div>
      )}
      {creating && <GoalForm onClose={() => setCreating(false)} />}
    </div>
  );
}

function GoalCard({ goal }: { goal: Goal }) {
  const toggle = useCommandMutation("milestone_set_completed");
  const toast = useToast();
  const done = goal.milestones.filter((m) => m.is_completed).length;
  const total = goal.milestones.length;
  return (
    <article className="goal-card" data-testid="goal-card">
      <header className="goal-head">
        <h2>{goal.title}</h2>
        <div className="goal-chips">
          <Chip tone={PRIORITY_TONE[goal.priority]} dot={false}>
            {PRIORITY[goal.priority]}
          </Chip>
          <Chip tone={GOAL_TONE[goal.status]}>{GOAL_STATUS[goal.status]}</Chip>
        </div>
      </header>
      {goal.description && <p className="muted">{goal.description}</p>}
      <div className="goal-progress">
        <Progress value={goal.status === "completed" && total === 0 ? 1 : done} max={total || 1} label={`${goal.title} progress`} />
        <span className="muted">
          {total ? `${done}/${total} milestones` : "No milestones"}
          {goal.target_date ? ` · by ${date(goal.target_date)}` : ""}
        </span>
      </div>
      {total > 0 && (
        <ul className="milestones">
          {goal.milestones.map((m) => (
            <li key={m.id}>
              <label className={`check milestone${m.is_completed ? " is-done" : ""}`}>
                <input
                  type="checkbox"
                  checked={m.is_completed}
                  disabled={toggle.isPending}
                  onChange={(e) => toggle.mutate({ id: m.id, is_completed: e.target.checked }, { onError: (err) => toast.error(err) })}
                />
                <span>{m.title}</span>
                {m.due_date && <span className="muted milestone-due">{date(m.due_date)}</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
