// The job board's data: one `tracked_job_list` query per status column, and a status move that
// updates those columns at once (optimistically) before the core confirms.
import { useQueries, useQueryClient } from "@tanstack/react-query";
import { call } from "../../api";
import type { JobStatus, Page, TrackedJob, TrackedJobList } from "../../bindings";
import { JOB_STATUSES } from "../../lib/enums";
import { commandKey, invalidateAfter } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export const COLUMN_LIMIT = 200;

export function columnRequest(status: JobStatus, query: string): TrackedJobList {
  return query ? { status, query, limit: COLUMN_LIMIT } : { status, limit: COLUMN_LIMIT };
}

export function useJobColumns(query: string) {
  return useQueries({
    queries: JOB_STATUSES.map((status) => {
      const request = columnRequest(status, query);
      return {
        queryKey: commandKey("tracked_job_list", request),
        queryFn: () => call("tracked_job_list", request),
      };
    }),
  });
}

/** Moves a job to another status: the board changes at once, the core is asked, then re-read. */
export function useMoveJob(query: string) {
  const client = useQueryClient();
  const toast = useToast();
  return async (job: TrackedJob, to: JobStatus) => {
    if (job.status === to) return;
    const fromKey = commandKey("tracked_job_list", columnRequest(job.status, query));
    const toKey = commandKey("tracked_job_list", columnRequest(to, query));
    await client.cancelQueries({ queryKey: ["tracked_job_list"] });
    client.setQueryData<Page<TrackedJob>>(fromKey, (page) =>
      page ? { items: page.items.filter((j) => j.id !== job.id), total: Math.max(0, page.total - 1) } : page,
    );
    client.setQueryData<Page<TrackedJob>>(toKey, (page) =>
      page ? { items: [{ ...job, status: to }, ...page.items], total: page.total + 1 } : page,
    );
    try {
      await call("tracked_job_set_status", { id: job.id, status: to });
    } catch (err) {
      toast.error(err);
    } finally {
      await invalidateAfter(client, "tracked_job_set_status");
    }
  };
}
