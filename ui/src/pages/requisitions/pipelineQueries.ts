// The pipeline board's data and its moves: `pipeline_board` for the columns, and
// `application_move` applied to the cached board at once, then confirmed by the core.
import { useQueryClient } from "@tanstack/react-query";
import { call } from "../../api";
import type { Application, BoardColumn } from "../../bindings";
import { commandKey, invalidateAfter } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export function boardRequest(requisitionId: string) {
  return { requisition_id: requisitionId, per_column: 200 };
}

export function useMoveApplication(requisitionId: string) {
  const client = useQueryClient();
  const toast = useToast();
  return async (app: Application, toStage: string, rejectionReason?: string): Promise<boolean> => {
    const key = commandKey("pipeline_board", boardRequest(requisitionId));
    await client.cancelQueries({ queryKey: key });
    const before = client.getQueryData<BoardColumn[]>(key);
    client.setQueryData<BoardColumn[]>(key, (cols) =>
      cols?.map((c) => {
        if (c.stage_id === app.stage_id) {
          return { ...c, count: Math.max(0, c.count - 1), applications: c.applications.filter((a) => a.id !== app.id) };
        }
        if (c.stage_id === toStage) {
          return { ...c, count: c.count + 1, applications: [{ ...app, stage_id: toStage }, ...c.applications] };
        }
        return c;
      }),
    );
    try {
      await call("application_move", {
        id: app.id,
        stage_id: toStage,
        ...(rejectionReason ? { rejection_reason: rejectionReason } : {}),
      });
      return true;
    } catch (err) {
      if (before) client.setQueryData(key, before);
      toast.error(err);
      return false;
    } finally {
      await invalidateAfter(client, "application_move");
    }
  };
}
