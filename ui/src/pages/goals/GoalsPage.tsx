// Job search → Goals: career goals with priority, status, target date and milestones you tick off
// (`milestone_set_completed`), add (with a due date) or remove; priority and status change in
// place (`goal_update`); progress bars show how far along each one is.
import { useState } from "react";
import type { Goal, GoalStatus, Priority } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState, Loading, PageHeader, Toolbar } from "../../components/Page";
import { Icon } from "../../components/Icon";
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
  const update = useCommandMutation("goal_update");
  const add = useCommandMutation("milestone_add");
  const removeMilestone = useCommandMutation("milestone_delete");
  const removeGoal = useCommandMutation("goal_delete");
  const [title, setTitle] = useState("");
  const [due, setDue] = useState("");
  const toast = useToast();
  const change = (patch: { priority?: Priority; status?: GoalStatus }) =>
    update.mutate(
      {
        id: goal.id,
        title: goal.title,
        priority: patch.priority ?? goal.priority,
        status: patch.status ?? goal.status,
        ...(goal.description ? { description: goal.description } : {}),
        ...(goal.target_date ? { target_date: goal.target_date } : {}),
      },
      { onError: (e) => toast.error(e) },
    );
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
        <div className="goal-chips">
          <EnumSelect labels={PRIORITY} value={goal.priority} onChange={(p) => p && change({ priority: p })} aria-label="Priority" data-testid="goal-priority" />
          <EnumSelect labels={GOAL_STATUS} value={goal.status} onChange={(st) => st && change({ status: st })} aria-label="Status" data-testid="goal-status" />
          <Button size="sm" variant="ghost" icon="trash" aria-label="Delete goal" onClick={() => removeGoal.mutate({ id: goal.id }, { onError: (e) => toast.error(e) })} />
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
              <button type="button" className="icon-btn" aria-label={`Remove milestone ${m.title}`} onClick={() => removeMilestone.mutate({ id: m.id }, { onError: (e) => toast.error(e) })}>
                <Icon name="x" size={12} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="milestone-add"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim()) return;
          add.mutate(
            { goal_id: goal.id, title, ...(due ? { due_date: due } : {}) },
            { onSuccess: () => { setTitle(""); setDue(""); }, onError: (err) => toast.error(err) },
          );
        }}
      >
        <input className="input" aria-label="New milestone" placeholder="Add a milestone" value={title} onChange={(e) => setTitle(e.target.value)} data-testid="milestone-title" />
        <input className="input" type="date" aria-label="Milestone due date" value={due} onChange={(e) => setDue(e.target.value)} />
        <Button size="sm" type="submit" icon="plus" busy={add.isPending} data-testid="milestone-add">
          Add
        </Button>
      </form>
    </article>
  );
}
