import { createBrowserRouter } from "react-router";
import { BoundedContextDetailPage } from "../features/bounded-contexts/BoundedContextDetailPage.tsx";
import { BoundedContextFormPage } from "../features/bounded-contexts/BoundedContextFormPage.tsx";
import { BoundedContextListPage } from "../features/bounded-contexts/BoundedContextListPage.tsx";
import { ComponentDetailPage } from "../features/components/ComponentDetailPage.tsx";
import { ComponentFormPage } from "../features/components/ComponentFormPage.tsx";
import { ComponentListPage } from "../features/components/ComponentListPage.tsx";
import { NamespaceDetailPage } from "../features/namespaces/NamespaceDetailPage.tsx";
import { NamespaceFormPage } from "../features/namespaces/NamespaceFormPage.tsx";
import { NamespaceListPage } from "../features/namespaces/NamespaceListPage.tsx";
import { OrganisationSettingsPage } from "../features/organisation/OrganisationSettingsPage.tsx";
import { RepositoryDetailPage } from "../features/repositories/RepositoryDetailPage.tsx";
import { RepositoryFormPage } from "../features/repositories/RepositoryFormPage.tsx";
import { RepositoryListPage } from "../features/repositories/RepositoryListPage.tsx";
import { ClusterDetailPage } from "../features/runtime/ClusterDetailPage.tsx";
import { ClusterFormPage } from "../features/runtime/ClusterFormPage.tsx";
import { ClusterListPage } from "../features/runtime/ClusterListPage.tsx";
import { EnvironmentDetailPage } from "../features/runtime/EnvironmentDetailPage.tsx";
import { EnvironmentFormPage } from "../features/runtime/EnvironmentFormPage.tsx";
import { EnvironmentListPage } from "../features/runtime/EnvironmentListPage.tsx";
import { SearchResultsPage } from "../features/search/SearchResultsPage.tsx";
import { SolutionAreaDetailPage } from "../features/solution-areas/SolutionAreaDetailPage.tsx";
import { SolutionAreaFormPage } from "../features/solution-areas/SolutionAreaFormPage.tsx";
import { SolutionAreaListPage } from "../features/solution-areas/SolutionAreaListPage.tsx";
import { TeamDetailPage } from "../features/teams/TeamDetailPage.tsx";
import { TeamFormPage } from "../features/teams/TeamFormPage.tsx";
import { TeamListPage } from "../features/teams/TeamListPage.tsx";
import { CATALOG_KINDS, type TCatalogKind } from "../lib/catalog-kinds.ts";
import { AppShell } from "./AppShell.tsx";
import { HomePage } from "./HomePage.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { RouteErrorPage } from "./RouteErrorPage.tsx";

interface TEntityPages {
  List: React.ComponentType;
  Detail: React.ComponentType;
  Form: React.ComponentType;
}

/** List, new, detail and edit routes of one kind, under its URL section (see lib/paths.ts). */
function entityRoutes(kind: TCatalogKind, pages: TEntityPages) {
  return {
    path: CATALOG_KINDS[kind].section,
    children: [
      { index: true, Component: pages.List },
      { path: "new", Component: pages.Form },
      { path: ":slug", Component: pages.Detail },
      { path: ":slug/edit", Component: pages.Form },
    ],
  };
}

export const router = createBrowserRouter([
  {
    Component: AppShell,
    ErrorBoundary: RouteErrorPage,
    children: [
      { index: true, Component: HomePage },
      { path: "search", Component: SearchResultsPage },
      { path: "settings", Component: OrganisationSettingsPage },
      entityRoutes("team", { List: TeamListPage, Detail: TeamDetailPage, Form: TeamFormPage }),
      entityRoutes("solution-area", { List: SolutionAreaListPage, Detail: SolutionAreaDetailPage, Form: SolutionAreaFormPage }),
      entityRoutes("bounded-context", { List: BoundedContextListPage, Detail: BoundedContextDetailPage, Form: BoundedContextFormPage }),
      entityRoutes("component", { List: ComponentListPage, Detail: ComponentDetailPage, Form: ComponentFormPage }),
      entityRoutes("repository", { List: RepositoryListPage, Detail: RepositoryDetailPage, Form: RepositoryFormPage }),
      entityRoutes("namespace", { List: NamespaceListPage, Detail: NamespaceDetailPage, Form: NamespaceFormPage }),
      entityRoutes("cluster", { List: ClusterListPage, Detail: ClusterDetailPage, Form: ClusterFormPage }),
      entityRoutes("environment", { List: EnvironmentListPage, Detail: EnvironmentDetailPage, Form: EnvironmentFormPage }),
      { path: "*", Component: NotFoundPage },
    ],
  },
]);
