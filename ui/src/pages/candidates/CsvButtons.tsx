// "Import CSV" and "Export CSV" for the Candidates and Requisitions lists. Export writes the file
// to the export folder beside the database (as the job search export does) and says where; the
// candidate export follows the list's search text and status.
import { useState } from "react";
import type { CandidateStatus, CsvKind } from "../../bindings";
import { Button } from "../../components/Button";
import { useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";
import { CsvImportDialog } from "./CsvImportDialog";

export function CsvButtons({ kind, query, status }: { kind: CsvKind; query?: string; status?: CandidateStatus | "" }) {
  const [importing, setImporting] = useState(false);
  const exporter = useCommandMutation("csv_export");
  const toast = useToast();
  const doExport = () =>
    exporter.mutate(
      { kind, save_to_exports: true, ...(kind === "candidates" && query ? { query } : {}), ...(kind === "candidates" && status ? { status } : {}) },
      { onSuccess: (r) => toast.show(`Exported ${r.rows} ${kind} to ${r.path}`, "success"), onError: (e) => toast.error(e) },
    );
  return (
    <>
      <Button icon="upload" data-testid="csv-import-open" onClick={() => setImporting(true)}>
        Import CSV
      </Button>
      <Button icon="download" data-testid="csv-export" busy={exporter.isPending} onClick={doExport}>
        Export CSV
      </Button>
      {importing && <CsvImportDialog kind={kind} onClose={() => setImporting(false)} />}
    </>
  );
}
