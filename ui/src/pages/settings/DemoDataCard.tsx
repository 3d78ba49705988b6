// "Try it with demo data": fills the open database with realistic, deterministic demo data as a
// background task (progress, Cancel; a cancelled run keeps nothing), then refreshes every list.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Scale } from "../../bindings";
import { call, errorMessage } from "../../api";
import { Button } from "../../components/Button";
import { Segmented } from "../../components/Segmented";
import { TaskProgress } from "../../components/TaskProgress";
import { useTask } from "../../lib/tasks";

const SCALES: { value: Scale; label: string }[] = [
  { value: "small", label: "Small (200 candidates)" },
  { value: "medium", label: "Medium (10,000 candidates)" },
];

export function DemoDataCard() {
  const [scale, setScale] = useState<Scale>("small");
  const run = useTask();
  const queries = useQueryClient();

  async function fill() {
    const end = await run.start(() => call("demo_generate", { scale }));
    if (end?.state === "succeeded") await queries.invalidateQueries();
  }

  return (
    <div className="demo-data" data-testid="demo-data">
      <Segmented<Scale> label="Amount" value={scale} options={SCALES} onChange={setScale} />
      <div>
        <Button icon="plus" onClick={() => void fill()} disabled={run.running} data-testid="demo-data-fill">
          Fill with demo data
        </Button>
      </div>
      {run.startError && (
        <p className="error" role="alert">
          {errorMessage(run.startError)}
        </p>
      )}
      {run.info && <TaskProgress info={run.info} label="Demo data" onCancel={() => void run.cancel()} />}
    </div>
  );
}
