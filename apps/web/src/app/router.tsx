import type { ComponentType } from "react";
import { createBrowserRouter } from "react-router";
import type { TScopeKind } from "../features/practices/shared/scope.ts";
import { CATALOG_KINDS, type TCatalogKind } from "../lib/catalog-kinds.ts";
import { Loading } from "../ui/Loading.tsx";
import { AppShell } from "./AppShell.tsx";
import { HomePage } from "./HomePage.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { RouteErrorPage } from "./RouteErrorPage.tsx";

/**
 * A page loaded when first visited: the first screen ships only the shell and the overview, and
 * each area's code follows on demand.
 */
function page<TModule>(load: () => Promise<TModule>, pick: (module: TModule) => ComponentType) {
  return { lazy: async () => ({ Component: pick(await load()) }) };
}

interface TEntityPages {
  List: ReturnType<typeof page>;
  Detail: ReturnType<typeof page>;
  Form: ReturnType<typeof page>;
}

/** List, new, detail and edit routes of one kind, under its URL section (see lib/paths.ts). */
function entityRoutes(kind: TCatalogKind, pages: TEntityPages) {
  return {
    path: CATALOG_KINDS[kind].section,
    children: [
      { index: true, ...pages.List },
      { path: "new", ...pages.Form },
      { path: ":slug", ...pages.Detail },
      { path: ":slug/edit", ...pages.Form },
    ],
  };
}

/** The one checklist page, configured by the kind of scope (see lib/paths.ts `checklist`). */
const checklistPage = (kind: TScopeKind) => page(() => import("../features/practices/checklist/ChecklistPage.tsx"), (m) => m.CHECKLIST_PAGES[kind]);

export const router = createBrowserRouter([
  {
    Component: AppShell,
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: () => <Loading label="Loading Topograph…" />,
    children: [
      { index: true, Component: HomePage },
      { path: "search", ...page(() => import("../features/search/SearchResultsPage.tsx"), (m) => m.SearchResultsPage) },
      { path: "settings", ...page(() => import("../features/organisation/OrganisationSettingsPage.tsx"), (m) => m.OrganisationSettingsPage) },
      entityRoutes("team", {
        List: page(() => import("../features/teams/TeamListPage.tsx"), (m) => m.TeamListPage),
        Detail: page(() => import("../features/teams/TeamDetailPage.tsx"), (m) => m.TeamDetailPage),
        Form: page(() => import("../features/teams/TeamFormPage.tsx"), (m) => m.TeamFormPage),
      }),
      entityRoutes("solution-area", {
        List: page(() => import("../features/solution-areas/SolutionAreaListPage.tsx"), (m) => m.SolutionAreaListPage),
        Detail: page(() => import("../features/solution-areas/SolutionAreaDetailPage.tsx"), (m) => m.SolutionAreaDetailPage),
        Form: page(() => import("../features/solution-areas/SolutionAreaFormPage.tsx"), (m) => m.SolutionAreaFormPage),
      }),
      entityRoutes("bounded-context", {
        List: page(() => import("../features/bounded-contexts/BoundedContextListPage.tsx"), (m) => m.BoundedContextListPage),
        Detail: page(() => import("../features/bounded-contexts/BoundedContextDetailPage.tsx"), (m) => m.BoundedContextDetailPage),
        Form: page(() => import("../features/bounded-contexts/BoundedContextFormPage.tsx"), (m) => m.BoundedContextFormPage),
      }),
      entityRoutes("component", {
        List: page(() => import("../features/components/ComponentListPage.tsx"), (m) => m.ComponentListPage),
        Detail: page(() => import("../features/components/ComponentDetailPage.tsx"), (m) => m.ComponentDetailPage),
        Form: page(() => import("../features/components/ComponentFormPage.tsx"), (m) => m.ComponentFormPage),
      }),
      entityRoutes("repository", {
        List: page(() => import("../features/repositories/RepositoryListPage.tsx"), (m) => m.RepositoryListPage),
        Detail: page(() => import("../features/repositories/RepositoryDetailPage.tsx"), (m) => m.RepositoryDetailPage),
        Form: page(() => import("../features/repositories/RepositoryFormPage.tsx"), (m) => m.RepositoryFormPage),
      }),
      entityRoutes("namespace", {
        List: page(() => import("../features/namespaces/NamespaceListPage.tsx"), (m) => m.NamespaceListPage),
        Detail: page(() => import("../features/namespaces/NamespaceDetailPage.tsx"), (m) => m.NamespaceDetailPage),
        Form: page(() => import("../features/namespaces/NamespaceFormPage.tsx"), (m) => m.NamespaceFormPage),
      }),
      entityRoutes("cluster", {
        List: page(() => import("../features/runtime/ClusterListPage.tsx"), (m) => m.ClusterListPage),
        Detail: page(() => import("../features/runtime/ClusterDetailPage.tsx"), (m) => m.ClusterDetailPage),
        Form: page(() => import("../features/runtime/ClusterFormPage.tsx"), (m) => m.ClusterFormPage),
      }),
      entityRoutes("environment", {
        List: page(() => import("../features/runtime/EnvironmentListPage.tsx"), (m) => m.EnvironmentListPage),
        Detail: page(() => import("../features/runtime/EnvironmentDetailPage.tsx"), (m) => m.EnvironmentDetailPage),
        Form: page(() => import("../features/runtime/EnvironmentFormPage.tsx"), (m) => m.EnvironmentFormPage),
      }),
      { path: "graphs/*", ...page(() => import("../features/graphs/GraphsRoutes.tsx"), (m) => m.GraphsRoutes) },
      { path: "practices", ...page(() => import("../features/practices/catalogue/PracticeCataloguePage.tsx"), (m) => m.PracticeCataloguePage) },
      { path: "practices/bulk", ...page(() => import("../features/practices/bulk/BulkAnswerPage.tsx"), (m) => m.BulkAnswerPage) },
      { path: "decisions/:decisionPointId", ...page(() => import("../features/practices/decisions/DecisionPage.tsx"), (m) => m.DecisionPage) },
      { path: "evidence", ...page(() => import("../features/evidence/EvidencePage.tsx"), (m) => m.EvidencePage) },
      { path: "evidence/scans/:id", ...page(() => import("../features/evidence/ScanPage.tsx"), (m) => m.ScanPage) },
      { path: "scorecards", ...page(() => import("../features/scorecards/list/ScorecardListPage.tsx"), (m) => m.ScorecardListPage) },
      { path: "scorecards/new", ...page(() => import("../features/scorecards/editor/ScorecardEditorPage.tsx"), (m) => m.ScorecardEditorPage) },
      { path: "scorecards/import", ...page(() => import("../features/scorecards/import/ScorecardImportPage.tsx"), (m) => m.ScorecardImportPage) },
      { path: "scorecards/:slug", ...page(() => import("../features/scorecards/page/ScorecardPage.tsx"), (m) => m.ScorecardPage) },
      { path: "scorecards/:slug/edit", ...page(() => import("../features/scorecards/editor/ScorecardEditorPage.tsx"), (m) => m.ScorecardEditorPage) },
      { path: "initiatives", ...page(() => import("../features/scorecards/initiatives/InitiativeListPage.tsx"), (m) => m.InitiativeListPage) },
      { path: "initiatives/new", ...page(() => import("../features/scorecards/initiatives/InitiativeFormPage.tsx"), (m) => m.InitiativeFormPage) },
      { path: "initiatives/:slug", ...page(() => import("../features/scorecards/initiatives/InitiativePage.tsx"), (m) => m.InitiativePage) },
      { path: "planning", ...page(() => import("../features/planning/ScenarioListPage.tsx"), (m) => m.ScenarioListPage) },
      { path: "planning/compare", ...page(() => import("../features/planning/ComparePage.tsx"), (m) => m.ComparePage) },
      { path: "planning/:id", ...page(() => import("../features/planning/ScenarioPage.tsx"), (m) => m.ScenarioPage) },
      { path: "settings/checklist", ...checklistPage("organisation") },
      { path: "audit", ...page(() => import("../features/audit/AuditPage.tsx"), (m) => m.AuditPage) },
      { path: "change-requests", ...page(() => import("../features/change-requests/ChangeRequestListPage.tsx"), (m) => m.ChangeRequestListPage) },
      { path: "change-requests/:id", ...page(() => import("../features/change-requests/ChangeRequestPage.tsx"), (m) => m.ChangeRequestPage) },
      { path: "sign-in", ...page(() => import("../features/identity/SignInPage.tsx"), (m) => m.SignInPage) },
      { path: "setup", ...page(() => import("../features/identity/SetupPage.tsx"), (m) => m.SetupPage) },
      { path: "account", ...page(() => import("../features/identity/AccountPage.tsx"), (m) => m.AccountPage) },
      { path: "admin/users", ...page(() => import("../features/identity/UsersPage.tsx"), (m) => m.UsersPage) },
      { path: "admin/jobs", ...page(() => import("../features/jobs/JobsPage.tsx"), (m) => m.JobsPage) },
      ...(["team", "bounded-context", "component", "namespace"] as const).map((kind) => ({ path: `${CATALOG_KINDS[kind].section}/:slug/checklist`, ...checklistPage(kind) })),
      { path: "*", Component: NotFoundPage },
    ],
  },
]);
