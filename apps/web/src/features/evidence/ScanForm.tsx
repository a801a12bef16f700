import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { paths } from "../../lib/paths.ts";
import { plural } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { Form } from "../../ui/form/Form.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import type { TReferenceOption } from "../../ui/form/reference-option.ts";
import { ComponentField } from "./ComponentField.tsx";
import { useElapsedSeconds } from "./use-elapsed-seconds.ts";
import "../../ui/Loading.css";
import "./ScanForm.css";

/**
 * Scans a source on the server and records its findings. The server answers when the scan is done,
 * so the form shows how long it has been running and stays locked until then.
 */
export function ScanForm() {
  const trpc = useTRPC();
  const [path, setPath] = useState("");
  const [component, setComponent] = useState<TReferenceOption | null>(null);
  const scan = useMutation(trpc.evidence.scan.mutationOptions());
  const elapsed = useElapsedSeconds(scan.isPending);
  const scanning = `Scanning… ${elapsed} s`;

  return (
    <div className="scan-form">
      <Form
        label="Scan a source"
        error={scan.error}
        submitting={scan.isPending}
        submitLabel="Scan"
        submittingLabel={scanning}
        onSubmit={() => scan.mutate({ source: { kind: "directory", path }, ...(component ? { component: component.value } : {}) })}
      >
        <fieldset className="scan-form__fields" disabled={scan.isPending}>
          <legend className="visually-hidden">Source</legend>
          <TextField
            name="source.path"
            label="Directory on the server"
            value={path}
            onChange={(next) => {
              setPath(next);
              if (scan.isSuccess) scan.reset();
            }}
            mono
            required
            placeholder="/srv/repos/b-service-kubernetes"
            hint="A checked-out repository inside the folders this server may read (its TOPOGRAPH_SCAN_ROOTS). Kubernetes manifests, GitOps files, CI pipelines and CODEOWNERS are checked."
          />
          <ComponentField
            name="component"
            label="Component (optional)"
            value={component}
            onChange={setComponent}
            hint="Every finding is then about this component. Without one, a workload counts for the component of the same name and a Namespace for the catalog namespaces with its name."
          />
        </fieldset>
      </Form>
      {scan.isPending ? (
        <div className="scan-form__progress" role="status" aria-live="polite">
          <span className="scan-form__spinner" aria-hidden="true" />
          <span>
            Scanning <span className="mono">{scan.variables?.source.path}</span> — {plural(elapsed, "second")} so far. The page stays usable; the result appears here.
          </span>
        </div>
      ) : null}
      {scan.data ? (
        <div className="scan-form__done" role="status">
          <p>
            <strong>{scan.data.reused ? "Already scanned at this commit." : "Scan recorded."}</strong> {plural(scan.data.files, "file")} read, {plural(scan.data.findings, "finding")},{" "}
            {plural(scan.data.errors, "error")}.
          </p>
          <Link to={paths.evidenceScan(scan.data.scanId)} className="button button--primary button--small">
            Open the scan
          </Link>
        </div>
      ) : null}
    </div>
  );
}
