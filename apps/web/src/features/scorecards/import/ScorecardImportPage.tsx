import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link } from "react-router";
import { errorMessage, fieldIssues } from "../../../lib/api-error.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { Section } from "../../../ui/Section.tsx";
import { Breadcrumb } from "../shared/Breadcrumb.tsx";
import { yamlProblems } from "./yaml-problems.ts";
import "../../../ui/form/Field.css";
import "../../../ui/ProblemList.css";
import "./ScorecardImportPage.css";

const DEFAULT_FILE_NAME = "scorecards.yaml";

/** Scorecards as code: paste or pick a YAML file; every scorecard in it is created or replaced, or none is. */
export function ScorecardImportPage() {
  const trpc = useTRPC();
  const textId = useId();
  const fileId = useId();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState(DEFAULT_FILE_NAME);
  const [readError, setReadError] = useState<string | null>(null);
  const importYaml = useMutation(trpc.scorecard.importYaml.mutationOptions());
  useDocumentTitle("Import scorecards");
  const problems = importYaml.error ? yamlProblems(fieldIssues(importYaml.error)) : [];

  const pickFile = async (file: File | undefined) => {
    if (!file) return;
    setReadError(null);
    try {
      setText(await file.text());
      setFileName(file.name);
      importYaml.reset();
    } catch {
      setReadError(`Could not read ${file.name}.`);
    }
  };

  return (
    <>
      <Breadcrumb trail={[{ to: paths.scorecards, label: "Scorecards" }]} current="Import YAML" />
      <PageHeader
        eyebrow="Scorecards as code"
        title="Import scorecards from YAML"
        description="One scorecard per YAML document (separate them with ---), in the format Export writes. Each scorecard is created, or replaces the one with its slug; if any has a problem, nothing is imported."
      />
      <div className="stack scorecard-import">
        <form
          className="scorecard-import__form"
          aria-label="Import scorecards"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!importYaml.isPending) importYaml.mutate({ text, fileName: fileName || DEFAULT_FILE_NAME });
          }}
        >
          <div className="field">
            <label htmlFor={fileId} className="field__label">
              YAML file
            </label>
            <input id={fileId} type="file" accept=".yaml,.yml,application/yaml,text/yaml" onChange={(event) => void pickFile(event.target.files?.[0])} />
            {readError ? <p className="field__error">{readError}</p> : null}
          </div>
          <div className="field">
            <label htmlFor={textId} className="field__label">
              Or paste the YAML{fileName !== DEFAULT_FILE_NAME ? ` (from ${fileName})` : ""}
            </label>
            <textarea
              id={textId}
              className="textarea mono scorecard-import__text"
              rows={16}
              spellCheck={false}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                if (importYaml.isSuccess) importYaml.reset();
              }}
              placeholder={"slug: my-scorecard\nname: My scorecard\nentityKind: component\nrules:\n  - id: has-owner\n    title: Has an owner\n    level: Bronze\n    category: ownership\n    expression: owners.count > 0\n    failureMessage: Nobody owns it."}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={importYaml.isPending || text.trim() === ""}>
              {importYaml.isPending ? "Importing…" : "Import"}
            </button>
            <Link to={paths.scorecards} className="button">
              Cancel
            </Link>
          </div>
        </form>

        {importYaml.error ? (
          problems.length > 0 ? (
            <Section title="Nothing was imported" count={problems.length}>
              <p className="scorecard-import__lead" role="alert">
                {fileName} has {problems.length === 1 ? "1 problem" : `${problems.length} problems`}. Fix {problems.length === 1 ? "it" : "them"} and import again.
              </p>
              <ol className="stack-list yaml-problems" aria-label="Problems in the file">
                {problems.map((problem, index) => (
                  <li key={index} className="problem-list__item">
                    {problem.line !== null ? (
                      <span className="problem-list__where mono">
                        {problem.file}:{problem.line}:{problem.column}
                      </span>
                    ) : null}
                    {problem.line !== null ? (
                      <span className="visually-hidden">
                        {" "}
                        line {problem.line}, column {problem.column}
                      </span>
                    ) : null}
                    {problem.field ? <code className="yaml-problems__field">{problem.field}</code> : null}
                    <span className="yaml-problems__message">{problem.message}</span>
                  </li>
                ))}
              </ol>
            </Section>
          ) : (
            <ErrorBanner title="Nothing was imported.">{errorMessage(importYaml.error)}</ErrorBanner>
          )
        ) : null}

        {importYaml.data ? (
          <Section title="Imported" count={importYaml.data.imported.length}>
            <p role="status" className="scorecard-import__lead">
              {importYaml.data.imported.length === 1 ? "1 scorecard" : `${importYaml.data.imported.length} scorecards`} from {fileName}:
            </p>
            <ul className="scorecard-import__done">
              {importYaml.data.imported.map((saved) => (
                <li key={saved.slug}>
                  <Link to={paths.scorecard(saved.slug)}>{saved.slug}</Link> — {saved.created ? "created" : `replaced (now version ${saved.version})`}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
      </div>
    </>
  );
}
