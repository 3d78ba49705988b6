// Job search → Dashboard (the job seeker's home): the funnel, response rates by source and by
// resume version, upcoming interviews (each exportable as .ics, or all at once), follow-ups that
// are due, daily streaks and practice scores, all from one `job_search_dashboard` read.
// Opening the app counts today's login (`streak_check_in`).
import { useEffect, useRef } from "react";
import type { ResponseRate } from "../../bindings";
import { Button } from "../../components/Button";
import { BarChart, Funnel } from "../../components/Charts";
import { ErrorState, Loading, PageHeader } from "../../components/Page";
import { INTERVIEW_TYPE, QUESTION_CATEGORY } from "../../lib/enums";
import { dateTime } from "../../lib/format";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useRouter } from "../../lib/router";
import { useToast } from "../../lib/toast";
import type { InterviewType, QuestionCategory } from "../../bindings";

const STAGE_LABEL: Record<string, string> = { interested: "Interested", applied: "Applied", interview: "Interview", offer: "Offer" };

function rateBars(rates: ResponseRate[]) {
  return rates.map((r) => ({ label: r.label, value: r.rate * 100, display: `${Math.round(r.rate * 100)}% of ${r.applied}` }));
}

/** Interview time in its own zone, e.g. "Tue 3 Dec, 14:30 (Europe/Berlin)". */
export function zonedTime(iso: string, zone: string): string {
  try {
    const text = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: zone }).format(new Date(iso));
    return `${text} (${zone})`;
  } catch {
    return dateTime(iso);
  }
}

export function HomePage() {
  const checkIn = useCommandMutation("streak_check_in");
  const checked = useRef(false);
  useEffect(() => {
    if (checked.current) return;
    checked.current = true;
    checkIn.mutate({});
  }, [checkIn]);
  const dash = useCommand("job_search_dashboard", {});
  const exportIcs = useCommandMutation("interview_calendar_export");
  const followed = useCommandMutation("follow_up_done");
  const toast = useToast();
  const { navigate } = useRouter();

  const saveIcs = (interview_id?: string) =>
    exportIcs.mutate(interview_id ? { interview_id } : {}, {
      onSuccess: (w) => toast.show(`Saved ${w.events} interview${w.events === 1 ? "" : "s"} to ${w.path}`, "success"),
      onError: (e) => toast.error(e),
    });

  if (dash.isPending) return <div className="page"><Loading /></div>;
  if (dash.isError) return <div className="page"><ErrorState error={dash.error} onRetry={() => void dash.refetch()} /></div>;
  const d = dash.data;

  return (
    <div className="page page-wide" data-testid="dashboard">
      <PageHeader title="Dashboard" description="Where your search stands, what's next, and what needs a nudge." />
      <div className="dash-grid">
        <section className="dash-card">
          <h2>Funnel</h2>
          <Funnel testId="dash-funnel" stages={d.funnel.map((s) => ({ label: STAGE_LABEL[s.stage] ?? s.stage, count: Number(s.count) }))} />
        </section>
        <section className="dash-card" data-testid="dash-upcoming">
          <h2>Upcoming interviews</h2>
          {d.upcoming_interviews.length === 0 ? (
            <p className="muted">No interviews scheduled. Schedule one from a job.</p>
          ) : (
            <>
              <ul className="dash-list">
                {d.upcoming_interviews.map((i) => (
                  <li key={i.interview_id} data-testid="upcoming-interview">
                    <div>
                      <div className="entry-title">
                        {i.title ?? `${INTERVIEW_TYPE[i.interview_type as InterviewType] ?? i.interview_type} interview`}
                        {i.company ? ` · ${i.job_title} at ${i.company}` : ""}
                      </div>
                      <div className="entry-meta">{zonedTime(i.scheduled_at, i.timezone)} · {Number(i.duration_minutes)} min</div>
                    </div>
                    <Button size="sm" variant="ghost" icon="calendar" onClick={() => saveIcs(i.interview_id)} data-testid="export-ics">
                      .ics
                    </Button>
                  </li>
                ))}
              </ul>
              <Button size="sm" icon="calendar" onClick={() => saveIcs()} data-testid="export-all-ics">
                Export all to calendar
              </Button>
            </>
          )}
        </section>
        <section className="dash-card" data-testid="dash-follow-ups">
          <h2>Follow-ups due</h2>
          {d.follow_ups.length === 0 ? (
            <p className="muted">Nothing is waiting on you.</p>
          ) : (
            <ul className="dash-list">
              {d.follow_ups.map((f) => (
                <li key={f.job.id} data-testid="follow-up">
                  <button type="button" className="link-btn" onClick={() => navigate({ page: "jobs", id: f.job.id })}>
                    {f.job.title} at {f.job.company}
                  </button>
                  <span className="muted">
                    {Number(f.days_waiting)} days{f.is_ghosted ? " · ghosted?" : ""}
                  </span>
                  <Button
                    size="sm"
                    variant="ghost"
                    icon="check"
                    onClick={() => followed.mutate({ id: f.job.id }, { onError: (e) => toast.error(e) })}
                  >
                    Followed up
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="dash-card" data-testid="dash-streaks">
          <h2>Streaks</h2>
          <div className="dash-streaks">
            <div className="dash-streak" data-testid="login-streak">
              <strong>{Number(d.streaks.login.current)}</strong>
              day login streak · best {Number(d.streaks.login.best)}
            </div>
            <div className="dash-streak" data-testid="quiz-streak">
              <strong>{Number(d.streaks.quiz.current)}</strong>
              day quiz streak · best {Number(d.streaks.quiz.best)}
            </div>
          </div>
        </section>
        <section className="dash-card">
          <h2>Response rate by source</h2>
          {d.response_by_source.length ? <BarChart testId="dash-by-source" label="Response rate by source" max={100} bars={rateBars(d.response_by_source)} /> : <p className="muted">Apply to a few jobs to see which sources answer.</p>}
        </section>
        <section className="dash-card">
          <h2>Response rate by resume version</h2>
          {d.response_by_resume.length ? <BarChart testId="dash-by-resume" label="Response rate by resume version" max={100} bars={rateBars(d.response_by_resume)} /> : <p className="muted">Record which resume you sent with each application.</p>}
        </section>
        <section className="dash-card">
          <h2>Practice</h2>
          {d.practice.length ? (
            <BarChart
              testId="dash-practice"
              label="Average practice score by category"
              max={100}
              bars={d.practice.map((p) => ({ label: QUESTION_CATEGORY[p.category as QuestionCategory] ?? p.category, value: p.average, display: `${Math.round(p.average)}` }))}
            />
          ) : (
            <p className="muted">Take a mock interview or a quiz to see your scores here.</p>
          )}
          <p className="muted">{Number(d.mock_interviews_completed)} mock interviews completed</p>
        </section>
      </div>
    </div>
  );
}
