import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { errorMessage } from "../../lib/api-error.ts";
import { formatDateTime } from "../../lib/format-date.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { DataTable, type TColumn } from "../../ui/DataTable.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { Section } from "../../ui/Section.tsx";
import { CreateScenarioForm } from "./CreateScenarioForm.tsx";
import { DeleteScenarioButton } from "./DeleteScenarioButton.tsx";
import type { TScenarioSummary } from "./planning-types.ts";
import "./Planning.css";

const nameColumn: TColumn<TScenarioSummary> = {
  key: "name",
  header: "Scenario",
  cell: (scenario) => (
    <>
      <Link to={paths.scenario(scenario.id)} className="data-table__primary">
        {scenario.name}
      </Link>
      {scenario.description ? <span className="data-table__secondary">{scenario.description}</span> : null}
    </>
  ),
};
const changesColumn: TColumn<TScenarioSummary> = { key: "changes", header: "Changes", nowrap: true, cell: (scenario) => scenario._count.changes };

const DRAFT_COLUMNS: TColumn<TScenarioSummary>[] = [
  nameColumn,
  changesColumn,
  { key: "updated", header: "Updated", nowrap: true, cell: (scenario) => formatDateTime(scenario.updatedAt) },
  { key: "actions", header: "Actions", nowrap: true, cell: (scenario) => <DeleteScenarioButton scenarioId={scenario.id} name={scenario.name} /> },
];
const APPLIED_COLUMNS: TColumn<TScenarioSummary>[] = [nameColumn, changesColumn, { key: "applied", header: "Applied", nowrap: true, cell: (scenario) => (scenario.appliedAt ? formatDateTime(scenario.appliedAt) : "") }];

/** `/planning`: drafts to work on, applied scenarios as history, and a form to start a new one. */
export function ScenarioListPage() {
  const trpc = useTRPC();
  const list = useQuery(trpc.scenario.list.queryOptions());
  useDocumentTitle("Planning");
  const drafts = list.data?.filter((s) => s.status === "draft") ?? [];
  const applied = (list.data?.filter((s) => s.status === "applied") ?? []).toSorted((a, b) => String(b.appliedAt).localeCompare(String(a.appliedAt)));
  return (
    <>
      <PageHeader
        title="Planning"
        description="What-if scenarios for team boundaries: draft moves, merges and splits on top of today's catalog, compare the metrics, and apply the one you choose."
        actions={
          <Link to={paths.compareScenarios()} className="button">
            Compare scenarios
          </Link>
        }
      />
      <div className="planning-list">
        <Section title="New scenario">
          <CreateScenarioForm />
        </Section>
        {list.isError && !list.data ? (
          <ErrorBanner title="Could not load the scenarios." onRetry={() => void list.refetch()}>
            {errorMessage(list.error)}
          </ErrorBanner>
        ) : !list.data ? (
          <Loading label="Loading scenarios…" />
        ) : (
          <>
            <Section title="Drafts" count={drafts.length} flush>
              {drafts.length === 0 ? <EmptyState title="No drafts.">Name a scenario above to start planning.</EmptyState> : <DataTable caption="Draft scenarios" columns={DRAFT_COLUMNS} rows={drafts} rowKey={(s) => s.id} />}
            </Section>
            <Section title="Applied" count={applied.length} flush>
              {applied.length === 0 ? <EmptyState title="Nothing applied yet.">Applied scenarios stay here as the history of reorganisations.</EmptyState> : <DataTable caption="Applied scenarios" columns={APPLIED_COLUMNS} rows={applied} rowKey={(s) => s.id} />}
            </Section>
          </>
        )}
      </div>
    </>
  );
}
