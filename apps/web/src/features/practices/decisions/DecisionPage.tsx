import { Link, useParams } from "react-router";
import { errorMessage } from "../../../lib/api-error.ts";
import { paths } from "../../../lib/paths.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { EmptyState } from "../../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { Section } from "../../../ui/Section.tsx";
import { SCOPE_LABELS, sectionTitle } from "../shared/practice-labels.ts";
import { usePracticeCatalogue } from "../shared/use-practice-catalogue.ts";
import { AlternativeList } from "./AlternativeList.tsx";
import { DecisionRecordLog } from "./DecisionRecordLog.tsx";

/** One decision point: its question and alternatives, and the log of which scope chose what. */
export function DecisionPage() {
  const { decisionPointId = "" } = useParams();
  const catalogue = usePracticeCatalogue();
  const point = catalogue.data?.decisionPoints.find((candidate) => candidate.id === decisionPointId);
  useDocumentTitle(point ? `Decision: ${point.title}` : "Decision");

  if (catalogue.isError && !catalogue.data) {
    return (
      <ErrorBanner
        title="Could not load the practice catalogue."
        onRetry={() => void catalogue.refetch()}
      >
        {errorMessage(catalogue.error)}
      </ErrorBanner>
    );
  }
  if (!catalogue.data) return <Loading label="Loading the decision point…" />;
  if (!point) {
    return (
      <EmptyState
        panel
        title="Decision point not found"
        action={
          <Link to={paths.practices} className="button">
            The practice catalogue
          </Link>
        }
      >
        <h1 className="visually-hidden">Decision point not found</h1>
        The practice catalogue has no decision point <code>{decisionPointId}</code>.
      </EmptyState>
    );
  }
  const related = catalogue.data.items.filter((item) => item.decisionPointId === point.id);

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.practices}>Practice catalogue</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{point.title}</span>
      </nav>
      <PageHeader
        eyebrow={`Decision point · ${sectionTitle(point.section)}`}
        title={point.title}
        description={
          <>
            <p>{point.question}</p>
            <p className="subtle">Decided per {SCOPE_LABELS[point.scope].toLowerCase()}; teams, bounded contexts, components and namespaces may record their own.</p>
          </>
        }
        actions={
          <Link to={`${paths.checklist({ kind: "organisation" })}#decisions`} className="button button--primary">
            Record for the organisation
          </Link>
        }
      />
      <div className="decision-page stack">
        <Section title="Alternatives" count={point.alternatives.length}>
          <AlternativeList point={point} />
        </Section>
        <DecisionRecordLog decisionPointId={point.id} />
        {related.length > 0 ? (
          <Section title="Practices that follow from it" count={related.length}>
            <ul className="stack-list decision-page__related">
              {related.map((item) => (
                <li key={item.id}>
                  <Link to={paths.practiceItem(item.id)}>{item.title}</Link> <code className="subtle">{item.id}</code>
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
      </div>
    </>
  );
}
