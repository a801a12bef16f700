import { AUDIT_EXPORT_FORMATS, MAX_AUDIT_EXPORT, type TAuditExportFormat } from "@topograph/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "../../lib/api-error.ts";
import { downloadText } from "../../lib/download.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { auditExportFileName } from "./audit-export.ts";
import type { TAuditFilterInput } from "./audit-filters.ts";

const FORMAT_LABELS: Record<TAuditExportFormat, string> = { jsonl: "Export JSONL", csv: "Export CSV" };

type TExportState = { busy: TAuditExportFormat | null; error: string | null; notice: string | null };

/** Downloads the entries the filters match, as JSON Lines or CSV, newest first. */
export function ExportAuditButtons({ filter }: { filter: TAuditFilterInput }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<TExportState>({ busy: null, error: null, notice: null });
  const download = async (format: TAuditExportFormat) => {
    setState({ busy: format, error: null, notice: null });
    try {
      // Always the log as it is now, never a cached copy.
      const file = await queryClient.fetchQuery({ ...trpc.audit.export.queryOptions({ ...filter, format }), staleTime: 0 });
      downloadText(auditExportFileName(format), file.body, `${file.contentType};charset=utf-8`);
      const notice = file.truncated ? `Only the newest ${MAX_AUDIT_EXPORT.toLocaleString()} entries were exported; narrow the dates for the rest.` : null;
      setState({ busy: null, error: null, notice });
    } catch (error) {
      setState({ busy: null, error: errorMessage(error), notice: null });
    }
  };
  return (
    <>
      {AUDIT_EXPORT_FORMATS.map((format) => (
        <button key={format} type="button" className="button" onClick={() => void download(format)} disabled={state.busy !== null}>
          {state.busy === format ? "Exporting…" : FORMAT_LABELS[format]}
        </button>
      ))}
      {state.error ? (
        <span className="audit-export__message audit-export__message--error" role="alert">
          Export failed: {state.error}
        </span>
      ) : null}
      {state.notice ? (
        <span className="audit-export__message" role="status">
          {state.notice}
        </span>
      ) : null}
    </>
  );
}
