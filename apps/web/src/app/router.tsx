import { createBrowserRouter } from "react-router";
import { TeamDetailPage } from "../features/teams/TeamDetailPage.tsx";
import { TeamFormPage } from "../features/teams/TeamFormPage.tsx";
import { TeamListPage } from "../features/teams/TeamListPage.tsx";
import { SearchResultsPage } from "../features/search/SearchResultsPage.tsx";
import { AppShell } from "./AppShell.tsx";
import { HomePage } from "./HomePage.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { RouteErrorPage } from "./RouteErrorPage.tsx";

/** List, new, detail and edit routes of one kind, under its URL section. */
function entityRoutes(section: string, pages: { List: React.ComponentType; Detail: React.ComponentType; Form: React.ComponentType }) {
  return {
    path: section,
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
      entityRoutes("teams", { List: TeamListPage, Detail: TeamDetailPage, Form: TeamFormPage }),
      { path: "*", Component: NotFoundPage },
    ],
  },
]);
