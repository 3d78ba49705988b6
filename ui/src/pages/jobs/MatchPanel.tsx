// How well a tracked job fits you: a 0-100 score from the skills its description mentions that
// your resume (the primary one by default) or your profile has, as chips and a sentence that says
// why. Scored by the core (`job_match_run`) and stored on the job.
import { useState } from "react";
import type { MatchSkill } from "../../bindings";
import { Button } from "../../components/Button";
import { Chip } from "../../components/Chip";
import { Section } from "../../components/Drawer";
import { dateTime } from "../../lib/format";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

const PROFILE = "profile";

export function MatchPanel({ jobId, hasDescription }: { jobId: string; hasDescription: boolean }) {
  const stored = useCommand("job_match_get", { tracked_job_id: jobId });
  const resumes = useCommand("resume_list", {});
  const run = useCommandMutation("job_match_run");
  const toast = useToast();
  const [against, setAgainst] = useState("");
  const m = run.data?.tracked_job_id === jobId ? run.data : stored.data;

  const score = () =>
    run.mutate(
      against === PROFILE
        ? { tracked_job_id: jobId, source: "profile" }
        : against
          ? { tracked_job_id: jobId, resume_id: against }
          : { tracked_job_id: jobId },
      { onError: (e) => toast.error(e) },
    );

  const chips = (skills: MatchSkill[] | string[], tone: "green" | "red" | "gray", testId: string) => (
    <div className="chip-row" data-testid={testId}>
      {skills.map((s) => {
        const name = typeof s === "string" ? s : s.name;
        const preferred = typeof s !== "string" && s.preferred;
        return (
          <Chip key={name} tone={tone} dot={false}>
            {name}
            {preferred ? " (nice to have)" : ""}
          </Chip>
        );
      })}
    </div>
  );

  return (
    <Section
      title="Match"
      actions={
        <span className="row-actions">
          <select className="input" aria-label="Match against" data-testid="match-against" value={against} onChange={(e) => setAgainst(e.target.value)}>
            <option value="">Primary resume</option>
            {(resumes.data ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
            <option value={PROFILE}>My profile</option>
          </select>
          <Button size="sm" variant="ghost" icon="sparkles" data-testid="run-match" busy={run.isPending} disabled={!hasDescription} onClick={score}>
            Score
          </Button>
        </span>
      }
    >
      {!hasDescription && !m ? (
        <p className="muted">Paste the job description to score how well you match.</p>
      ) : !m ? (
        <p className="muted">Not scored yet.</p>
      ) : (
        <div className="match" data-testid="match-panel">
          <div className="match-score" data-testid="match-score" aria-label={`Match score ${m.score} out of 100`}>
            <strong>{m.score}</strong>
            <span className="muted">/100</span>
          </div>
          <p className="prose" data-testid="match-explanation">
            {m.explanation}
          </p>
          {m.matched.length > 0 && (
            <>
              <h4>Matched</h4>
              {chips(m.matched, "green", "match-matched")}
            </>
          )}
          {m.missing.length > 0 && (
            <>
              <h4>Missing</h4>
              {chips(m.missing, "red", "match-missing")}
            </>
          )}
          {m.extra.length > 0 && (
            <>
              <h4>Also on your {m.source === "profile" ? "profile" : "resume"}</h4>
              {chips(m.extra, "gray", "match-extra")}
            </>
          )}
          <p className="muted small">
            Against {m.source === "profile" ? "your profile" : `“${m.resume_title ?? "resume"}”`} · {dateTime(m.computed_at)}
          </p>
        </div>
      )}
    </Section>
  );
}
