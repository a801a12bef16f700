import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link } from "react-router";
import { plural } from "../../lib/labels.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { Field } from "../../ui/form/Field.tsx";
import { Form } from "../../ui/form/Form.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import type { TReferenceOption } from "../../ui/form/reference-option.ts";
import { ComponentField } from "./ComponentField.tsx";
import { describeSource, EMPTY_SOURCE, readAsBase64, toScanSource, type TSourceKind, type TSourceValues } from "./scan-source.ts";
import { useElapsedSeconds } from "./use-elapsed-seconds.ts";
import "../../ui/Loading.css";
import "./ScanForm.css";

const SOURCE_KINDS: { value: TSourceKind; label: string }[] = [
  { value: "directory", label: "Directory" },
  { value: "archive", label: "Archive upload" },
  { value: "git", label: "Git repository" },
];

/**
 * Scans a source on the server and records its findings. The server answers when the scan is done,
 * so the form shows how long it has been running and stays locked until then.
 */
export function ScanForm() {
  const trpc = useTRPC();
  const kindName = useId();
  const [values, setValues] = useState<TSourceValues>(EMPTY_SOURCE);
  const [readError, setReadError] = useState<string | null>(null);
  const [component, setComponent] = useState<TReferenceOption | null>(null);
  const scanOnce = useMutation(trpc.evidence.scan.mutationOptions());
  const register = useMutation(trpc.evidence.registerSource.mutationOptions());
  // Registering scans once too; the job re-reads the source on schedule after that (uploads cannot be re-read).
  const [registering, setRegistering] = useState(false);
  const registrable = values.kind !== "archive";
  const scan = registering && registrable ? register : scanOnce;
  const result = scan === register ? register.data?.scan : scanOnce.data;
  const elapsed = useElapsedSeconds(scan.isPending);

  const change = (next: Partial<TSourceValues>) => {
    setValues((current) => ({ ...current, ...next }));
    if (scan.isSuccess || scan.isError) scan.reset();
    if (register.isSuccess || register.isError) register.reset();
  };
  const pickArchive = async (file: File | undefined) => {
    setReadError(null);
    if (!file) return change({ archive: null });
    try {
      change({ archive: { fileName: file.name, base64: await readAsBase64(file) } });
    } catch {
      setReadError(`Could not read ${file.name}.`);
      change({ archive: null });
    }
  };

  return (
    <div className="scan-form">
      <Form
        label="Scan a source"
        error={scan.error}
        submitting={scan.isPending}
        submitLabel="Scan"
        submittingLabel={`Scanning… ${elapsed} s`}
        onSubmit={() => {
          const source = toScanSource(values);
          const target = component ? { component: component.value } : {};
          if (registering && source.kind !== "archive") register.mutate({ source, ...target });
          else scanOnce.mutate({ source, ...target });
        }}
      >
        <fieldset className="scan-form__fields" disabled={scan.isPending}>
          <legend className="visually-hidden">Source</legend>
          <fieldset className="scan-form__kinds">
            <legend className="field__label">Source</legend>
            {SOURCE_KINDS.map((kind) => (
              <label key={kind.value} className="scan-form__kind">
                <input type="radio" name={kindName} value={kind.value} checked={values.kind === kind.value} onChange={() => change({ kind: kind.value })} />
                {kind.label}
              </label>
            ))}
          </fieldset>
          <div className="scan-form__source">
            {values.kind === "directory" ? (
              <TextField
                name="source.path"
                label="Directory on the server"
                value={values.path}
                onChange={(path) => change({ path })}
                mono
                required
                placeholder="/srv/repos/b-service-kubernetes"
                hint="A checked-out repository inside the folders this server may read (its TOPOGRAPH_SCAN_ROOTS)."
              />
            ) : values.kind === "archive" ? (
              <Field name="source.fileName" label="Archive (.tar.gz, .tgz or .zip)" required hint={readError ?? "Up to 20 MB. GitHub's “Download ZIP” works as it is: its top folder is skipped."}>
                {(control) => (
                  <input
                    {...control}
                    type="file"
                    className="scan-form__file"
                    accept=".tar.gz,.tgz,.zip,application/gzip,application/zip"
                    required
                    onChange={(event) => void pickArchive(event.target.files?.[0])}
                  />
                )}
              </Field>
            ) : (
              <div className="scan-form__git">
                <TextField
                  name={/^https?:\/\//i.test(values.repository.trim()) ? "source.url" : "source.path"}
                  label="Repository URL or path"
                  value={values.repository}
                  onChange={(repository) => change({ repository })}
                  mono
                  required
                  placeholder="https://git.example.com/team-b/b-service-kubernetes.git"
                  hint="An http(s) URL on a host this server may clone from (TOPOGRAPH_SCAN_GIT_HOSTS), or a repository's path inside its scan roots. The scan records the commit."
                />
                <TextField name="source.ref" label="Ref" value={values.ref} onChange={(ref) => change({ ref })} mono placeholder="main, v1.2.0, a commit" />
              </div>
            )}
          </div>
          <ComponentField
            name="component"
            label="Component (optional)"
            value={component}
            onChange={setComponent}
            hint="Every finding is then about this component. Without one, a workload counts for the component of the same name, and a Namespace for the catalog namespaces with its name."
          />
          {registrable ? (
            <label className="scan-form__register">
              <input type="checkbox" checked={registering} onChange={(event) => setRegistering(event.target.checked)} />
              Re-scan on a schedule: register this source, and the server reads it again regularly (like a Backstage location).
            </label>
          ) : null}
        </fieldset>
      </Form>
      {scan.isPending ? (
        <div className="scan-form__progress" role="status" aria-live="polite">
          <span className="scan-form__spinner" aria-hidden="true" />
          <span>
            Scanning <span className="mono">{scan.variables ? describeSource(scan.variables.source) : ""}</span> — {plural(elapsed, "second")} so far. The result appears here when the server is done.
          </span>
        </div>
      ) : null}
      {result ? (
        <div className="scan-form__done" role="status">
          <p>
            <strong>{result.reused ? "Already scanned at this commit." : "Scan recorded."}</strong> {scan === register ? "Source registered: it is re-read on schedule. " : null} {plural(result.files, "file")} read, {plural(result.findings, "finding")},{" "}
            {plural(result.errors, "error")}
            {result.commit ? (
              <>
                {" "}
                at commit <code>{result.commit.slice(0, 10)}</code>
              </>
            ) : null}
            .
          </p>
          <Link to={paths.evidenceScan(result.scanId)} className="button button--primary button--small">
            Open the scan
          </Link>
        </div>
      ) : null}
    </div>
  );
}
