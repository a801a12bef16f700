import type { TAttributionCatalog } from "../attribution.ts";
import type { TFinding } from "../finding.ts";
import { literalDestinationNamespace, type TArgoApplication } from "../repository/argocd.ts";
import { repositoryFinding } from "../repository/repository-finding.ts";

/**
 * The component an Application deploys: the scan's component, else the component named like the
 * Application, else the one named like its destination namespace.
 */
function deployedComponent(application: TArgoApplication, namespace: string, catalog: TAttributionCatalog): string | undefined {
  return catalog.component ?? [application.name, namespace].find((name) => catalog.componentKinds.has(name));
}

/**
 * Catalog drift: a warning (at destination.namespace) for each Application that deploys a component
 * into a namespace the catalog does not deploy it into. Parents (app of apps) deploy Applications,
 * not the component, and templated destinations name no namespace yet, so neither is compared.
 * Warnings make no facts: the catalog's Deployments are never changed from a scan.
 */
export function checkArgoDestinations(applications: readonly TArgoApplication[], catalog: TAttributionCatalog): TFinding[] {
  return applications.flatMap((application) => {
    const namespace = literalDestinationNamespace(application);
    if (!namespace || application.children.length > 0) return [];
    const component = deployedComponent(application, namespace, catalog);
    const listed = component ? (catalog.namespaceNamesByComponent.get(component) ?? []) : [];
    if (!component || listed.includes(namespace)) return [];
    return [
      repositoryFinding({
        checkId: "argocd.destination-in-catalog",
        practiceId: "delivery.gitops.cd-auto-sync",
        status: "warn",
        severity: "medium",
        object: { kind: application.kind, namespace: application.namespace, name: application.name },
        file: application.file,
        line: application.destinationLine,
        message: `ArgoCD ${application.kind} ${application.name} deploys into namespace ${namespace}; the catalog lists ${component} in ${listed.length > 0 ? listed.join(", ") : "no namespace"}.`,
        remediation: `Fix the catalog (deploy ${component} into namespace ${namespace} on its page) or the ${application.kind}'s spec.destination.namespace, whichever is wrong.`,
      }),
    ];
  });
}
