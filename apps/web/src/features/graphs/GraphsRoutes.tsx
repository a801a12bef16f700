import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";
import { Loading } from "../../ui/Loading.tsx";
import { CatalogGraphPage } from "./CatalogGraphPage.tsx";
import { warmUpLayout } from "./layout/layout-client.ts";
import { NeighbourhoodPage } from "./NeighbourhoodPage.tsx";

const BenchmarkPage = lazy(() => import("./BenchmarkPage.tsx"));

// Start the layout worker (and ELK's compilation) while the first graph is still being fetched.
warmUpLayout();

/** Everything under /graphs; the app router loads this module lazily, so graph code stays out of the first page. */
export function GraphsRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="ownership" replace />} />
      <Route path="neighbourhood/:kind/:slug" element={<NeighbourhoodPage />} />
      <Route
        path="benchmark"
        element={
          <Suspense fallback={<Loading label="Loading the benchmark…" />}>
            <BenchmarkPage />
          </Suspense>
        }
      />
      <Route path=":view" element={<CatalogGraphPage />} />
    </Routes>
  );
}

export default GraphsRoutes;
