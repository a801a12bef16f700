import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { errorMessage } from "../../../lib/api-error.ts";
import { downloadText } from "../../../lib/download.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { Dialog } from "../shared/Dialog.tsx";
import type { TChecklistScope } from "../shared/scope.ts";
import { markdownFileName } from "./markdown-file.ts";
import "./ExportMarkdownDialog.css";

/** "Export Markdown": the checklist (or only its gaps) as Markdown, to download or copy into a pull request. */
export function ExportMarkdownButton({ scope, initialGapsOnly = false }: { scope: TChecklistScope; initialGapsOnly?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Export Markdown
      </button>
      <Dialog open={open} title="Export the checklist as Markdown" onClose={() => setOpen(false)} wide>
        <ExportMarkdown scope={scope} initialGapsOnly={initialGapsOnly} />
      </Dialog>
    </>
  );
}

function ExportMarkdown({ scope, initialGapsOnly }: { scope: TChecklistScope; initialGapsOnly: boolean }) {
  const trpc = useTRPC();
  const gapsId = useId();
  const [gapsOnly, setGapsOnly] = useState(initialGapsOnly);
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  const result = useQuery({ ...trpc.checklist.exportMarkdown.queryOptions({ scope, gapsOnly }), staleTime: 0 });
  const markdown = result.data?.markdown;

  const copy = async () => {
    if (markdown === undefined) return;
    try {
      await navigator.clipboard.writeText(markdown);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };

  return (
    <div className="markdown-export">
      <div className="markdown-export__options">
        <input
          id={gapsId}
          type="checkbox"
          checked={gapsOnly}
          onChange={(event) => {
            setGapsOnly(event.target.checked);
            setCopied(null);
          }}
        />
        <label htmlFor={gapsId}>Gaps only (partially adopted, not adopted and unknown practices)</label>
      </div>
      {result.isError ? (
        <ErrorBanner
          title="Could not export the checklist."
          onRetry={() => void result.refetch()}
        >
          {errorMessage(result.error)}
        </ErrorBanner>
      ) : markdown === undefined ? (
        <Loading label="Writing the Markdown…" />
      ) : (
        <pre className="markdown-export__preview" tabIndex={0} aria-label="Markdown preview">
          {markdown}
        </pre>
      )}
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={markdown === undefined} onClick={() => markdown !== undefined && downloadText(markdownFileName(scope, gapsOnly), markdown, "text/markdown;charset=utf-8")}>
          Download .md
        </button>
        <button type="button" className="button" disabled={markdown === undefined} onClick={() => void copy()}>
          Copy to clipboard
        </button>
        <p className="markdown-export__status" role="status">
          {copied === "copied" ? "Copied to the clipboard." : copied === "failed" ? "The browser did not allow copying; select the preview and copy it by hand." : ""}
        </p>
      </div>
    </div>
  );
}
