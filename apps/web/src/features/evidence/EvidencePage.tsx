import { Link } from "react-router";
import { paths } from "../../lib/paths.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { Section } from "../../ui/Section.tsx";
import { PracticesTabs } from "../practices/shared/PracticesTabs.tsx";
import { ScanForm } from "./ScanForm.tsx";
import { ScanList } from "./ScanList.tsx";
import { SourceList } from "./SourceList.tsx";

/** Evidence: scan a repository for what it proves about the practices, and the scans so far. */
export function EvidencePage() {
  useDocumentTitle("Evidence");
  return (
    <>
      <PageHeader
        eyebrow="Practices"
        title="Evidence"
        description={
          <>
            Scans read Kubernetes manifests, GitOps files, CI pipelines and CODEOWNERS and check the{" "}
            <Link to={paths.practices}>practices</Link> they can prove or disprove, with the file and line of each finding. What a scan proves shows on checklists
            next to people's answers, and scorecards read it as facts.
          </>
        }
      />
      <PracticesTabs />
      <div className="stack">
        <Section title="Scan a source">
          <ScanForm />
        </Section>
        <SourceList />
        <ScanList />
      </div>
    </>
  );
}
