import { useQuery } from "@tanstack/react-query";
import { OWNERSHIP_MODE_LABELS, REPOSITORY_STRATEGY_LABELS } from "@topograph/domain";
import { Link } from "react-router";
import { CatalogCounts } from "../features/organisation/CatalogCounts.tsx";
import { OWNERSHIP_MODE_EXPLANATIONS, REPOSITORY_STRATEGY_EXPLANATIONS } from "../features/organisation/decision-explanations.ts";
import { errorMessage } from "../lib/api-error.ts";
import { labelOf } from "../lib/labels.ts";
import { paths } from "../lib/paths.ts";
import { useTRPC } from "../lib/trpc.ts";
import { useDocumentTitle } from "../lib/use-document-title.ts";
import { ErrorBanner } from "../ui/ErrorBanner.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { Section } from "../ui/Section.tsx";
import "./HomePage.css";

/** The overview: what the catalog holds and the organisation-wide decisions that shape it. */
export function HomePage() {
  const trpc = useTRPC();
  const organisation = useQuery(trpc.organisation.get.queryOptions());
  useDocumentTitle("Overview");
  const org = organisation.data;

  return (
    <>
      <PageHeader
        eyebrow="Overview"
        title={org?.name ?? (organisation.isError ? "Topograph" : "Loading…")}
        description="Who owns what, and where it runs: teams, bounded contexts, components, repositories and the Kubernetes namespaces they are deployed to."
        actions={
          <>
            <Link to={paths.create("component")} className="button button--primary">
              New component
            </Link>
            <Link to={paths.create("team")} className="button">
              New team
            </Link>
          </>
        }
      />
      {organisation.isError ? <ErrorBanner title="Could not load the organisation.">{errorMessage(organisation.error)}</ErrorBanner> : null}
      <div className="home">
        <Section title="Catalog">
          <CatalogCounts />
        </Section>
        <div className="home__decisions">
          <Section title="Organisation decisions" actions={<Link to={paths.settings}>Change</Link>}>
            {org ? (
              <dl className="home__decision-list">
                <div>
                  <dt>Default ownership mode</dt>
                  <dd>
                    <strong>{labelOf(OWNERSHIP_MODE_LABELS, org.defaultOwnershipMode)}</strong>
                    <span className="subtle">{OWNERSHIP_MODE_EXPLANATIONS[org.defaultOwnershipMode]}</span>
                  </dd>
                </div>
                <div>
                  <dt>Repository strategy</dt>
                  <dd>
                    <strong>{labelOf(REPOSITORY_STRATEGY_LABELS, org.repositoryStrategy)}</strong>
                    <span className="subtle">{REPOSITORY_STRATEGY_EXPLANATIONS[org.repositoryStrategy]}</span>
                  </dd>
                </div>
              </dl>
            ) : (
              <p className="subtle">Loading…</p>
            )}
          </Section>
          <Section title="Quick links">
            <ul className="home__links">
              <li>
                <Link to={paths.list("component", { kind: "microservice" })}>Microservices</Link>
                <span className="subtle">every microservice and who owns it</span>
              </li>
              <li>
                <Link to={paths.list("namespace", { deployMethod: "manual-helmfile" })}>Namespaces deployed by hand</Link>
                <span className="subtle">everything not synced by GitOps</span>
              </li>
              <li>
                <Link to={paths.list("namespace", { meshMembership: "outside" })}>Namespaces outside the mesh</Link>
                <span className="subtle">workloads without sidecars</span>
              </li>
              <li>
                <Link to={paths.list("bounded-context")}>Context map</Link>
                <span className="subtle">bounded contexts and their relationships</span>
              </li>
            </ul>
          </Section>
        </div>
      </div>
    </>
  );
}
