// What a tracked job looks like on the board: title, company, place, salary and age.
import type { TrackedJob } from "../../bindings";
import { Icon } from "../../components/Icon";
import { WORK_MODE } from "../../lib/enums";
import { age, dateTime, moneyRange } from "../../lib/format";

export function JobCard({ job }: { job: TrackedJob }) {
  const salary = moneyRange(job.salary_min_minor, job.salary_max_minor, job.currency);
  const place = [job.location, job.work_mode ? WORK_MODE[job.work_mode] : null].filter(Boolean).join(" · ");
  return (
    <>
      <div className="card-title">{job.title}</div>
      <div className="card-sub">{job.company}</div>
      {place && (
        <div className="card-meta">
          <Icon name="mapPin" size={12} />
          {place}
        </div>
      )}
      <div className="card-foot">
        <span>{salary}</span>
        <span className="muted card-age" title={`Updated ${dateTime(job.updated_at)}`}>
          {age(job.updated_at)}
        </span>
      </div>
    </>
  );
}
