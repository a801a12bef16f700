/**
 * Evidence is a URL (a file on GitHub, a pipeline run) or a path in a repository
 * (`b-service-kubernetes/deployment.yaml`). URLs become links; paths are shown as code.
 */
export function evidenceHref(link: string): string | null {
  const trimmed = link.trim();
  return /^https?:\/\/\S+$/i.test(trimmed) ? trimmed : null;
}

/** A long URL shortened for reading: host and path without the scheme. */
export function evidenceLabel(link: string): string {
  return link.trim().replace(/^https?:\/\//i, "");
}
