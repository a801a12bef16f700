import type { TAttributionCatalog } from "../attribution.ts";
import type { TEvidenceReader } from "../scan.ts";
import { readRepository } from "../repository/repository-checks.ts";
import { checkArgoDestinations } from "./argocd-destinations.ts";
import { checkCodeownersOwnership } from "./codeowners-ownership.ts";

/**
 * A reader of what the repository says against what the catalog says: where ArgoCD deploys each
 * component, and whom CODEOWNERS names for the scan's component. The repository readers report
 * unreadable files already, so this one reports none.
 */
export function checkCatalogDrift(catalog: TAttributionCatalog): TEvidenceReader {
  return (files) => {
    const evidence = readRepository(files);
    return {
      files: evidence.files,
      findings: [...checkArgoDestinations(evidence.applications, catalog), ...checkCodeownersOwnership(evidence.codeowners, catalog.componentOwnership)],
      errors: [],
    };
  };
}
