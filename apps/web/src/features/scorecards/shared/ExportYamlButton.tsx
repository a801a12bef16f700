import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "../../../lib/api-error.ts";
import { downloadText } from "../../../lib/download.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import "./ExportYamlButton.css";

interface TExportYamlButtonProps {
  /** The scorecards to export; all of them when absent. */
  scorecardIds?: string[];
  label: string;
}

/** Downloads scorecards as code: the YAML file the import page and the CLI read back. */
export function ExportYamlButton({ scorecardIds, label }: TExportYamlButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const exportYaml = async () => {
    setBusy(true);
    setError(null);
    try {
      // Always the definitions as they are now, never a cached copy.
      const file = await queryClient.fetchQuery({ ...trpc.scorecard.exportYaml.queryOptions(scorecardIds ? { scorecardIds } : {}), staleTime: 0 });
      downloadText(file.fileName, file.text, "application/yaml;charset=utf-8");
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void exportYaml()} disabled={busy}>
        {busy ? "Exporting…" : label}
      </button>
      {error ? (
        <span role="alert" className="export-yaml__error">
          Export failed: {error}
        </span>
      ) : null}
    </>
  );
}
