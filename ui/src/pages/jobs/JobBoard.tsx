// The job search kanban: one column per tracked-job status; cards move by drag-and-drop or with
// Shift+←/→, and each move is recorded through `tracked_job_set_status`.
import type { JobStatus, TrackedJob } from "../../bindings";
import { Board, type BoardColumn } from "../../components/Board";
import { Chip } from "../../components/Chip";
import { JOB_STATUS, JOB_STATUSES, JOB_TONE } from "../../lib/enums";
import { JobCard } from "./JobCard";
import { useJobColumns, useMoveJob } from "./jobQueries";

export function JobBoard({ query, onOpen }: { query: string; onOpen: (id: string) => void }) {
  const results = useJobColumns(query);
  const move = useMoveJob(query);

  const columns: BoardColumn<TrackedJob>[] = JOB_STATUSES.map((status, i) => {
    const page = results[i]?.data;
    return {
      id: status,
      label: JOB_STATUS[status],
      title: (
        <Chip tone={JOB_TONE[status]}>{JOB_STATUS[status]}</Chip>
      ),
      count: page?.total ?? 0,
      items: page?.items ?? [],
      testId: `job-column-${status}`,
      empty: query ? "No matches" : "Drop a job here",
    };
  });

  return (
    <Board
      label="Jobs by status"
      columns={columns}
      itemId={(j) => j.id}
      cardLabel={(j) => `${j.title} at ${j.company}, ${JOB_STATUS[j.status]}`}
      cardTestId="job-card"
      renderCard={(j) => <JobCard job={j} />}
      onMove={(job, _from, to) => void move(job, to as JobStatus)}
      onOpen={(j) => onOpen(j.id)}
    />
  );
}
