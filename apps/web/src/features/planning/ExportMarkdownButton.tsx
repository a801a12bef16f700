import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "../../lib/api-error.ts";
import { downloadText } from "../../lib/download.ts";
import { useTRPC } from "../../lib/trpc.ts";

/** Downloads the scenario as Markdown for a review: changes, metrics, what the catalog would gain and lose, both maps in Mermaid. */
export function ExportMarkdownButton({ scenarioId }: { scenarioId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const download = async () => {
    setState({ busy: true, error: null });
    try {
      const { fileName, markdown } = await queryClient.fetchQuery(trpc.scenario.exportMarkdown.queryOptions({ scenarioId }));
      downloadText(fileName, markdown, "text/markdown;charset=utf-8");
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: errorMessage(error) });
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void download()} disabled={state.busy}>
        {state.busy ? "Exporting…" : "Export Markdown"}
      </button>
      {state.error ? (
        <span className="export-error" role="alert">
          {state.error}
        </span>
      ) : null}
    </>
  );
}
