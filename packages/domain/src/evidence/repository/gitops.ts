import type { TFinding, TScanProblem, TSourceFile } from "../finding.ts";
import { readYamlDocuments } from "../yaml-source.ts";
import { checkArgoApplications, linkAppOfApps, readArgoApplication, type TArgoApplication } from "./argocd.ts";
import { checkHelmfileReleases, isHelmfilePath, readHelmfileReleases, type THelmfileRelease } from "./helmfile.ts";
import { isSopsConfigPath, readSopsCreationRules, sopsEncryptedDocument, type TSopsEvidence } from "./sops.ts";

export { isSopsEncrypted } from "./sops.ts";

export interface TGitOpsEvidence {
  applications: TArgoApplication[];
  helmfileReleases: THelmfileRelease[];
  sops: TSopsEvidence;
}

/**
 * Whether a file may hold GitOps configuration: a helmfile, a .sops.yaml, or a YAML or JSON file
 * that mentions argoproj.io or carries SOPS metadata. The text test keeps other manifests unread.
 */
export function isGitOpsSource(file: TSourceFile): boolean {
  if (isHelmfilePath(file.path) || isSopsConfigPath(file.path)) return true;
  return /\.(?:ya?ml|json)$/.test(file.path) && (/argoproj\.io\//.test(file.text) || /^sops:|"sops"\s*:/m.test(file.text));
}

/** ArgoCD Applications and ApplicationSets, Helmfile releases and SOPS configuration and encrypted files among `files`. */
export function readGitOps(files: readonly TSourceFile[]): { gitops: TGitOpsEvidence; problems: TScanProblem[] } {
  const gitops: TGitOpsEvidence = { applications: [], helmfileReleases: [], sops: { configurations: [], encryptedDocuments: [] } };
  const problems: TScanProblem[] = [];
  for (const file of files.filter(isGitOpsSource)) {
    const read = readYamlDocuments(file);
    problems.push(...read.problems);
    if (isSopsConfigPath(file.path)) {
      gitops.sops.configurations.push({ file: file.path, creationRules: read.documents.flatMap(readSopsCreationRules) });
      continue;
    }
    for (const document of read.documents) {
      if (isHelmfilePath(file.path)) gitops.helmfileReleases.push(...readHelmfileReleases(document));
      const application = readArgoApplication(document);
      if (application) gitops.applications.push(application);
      const encrypted = sopsEncryptedDocument(document);
      if (encrypted) gitops.sops.encryptedDocuments.push(encrypted);
    }
  }
  gitops.applications = linkAppOfApps(gitops.applications);
  return { gitops, problems };
}

export function checkGitOps(gitops: TGitOpsEvidence): TFinding[] {
  return [...checkArgoApplications(gitops.applications), ...checkHelmfileReleases(gitops.helmfileReleases)];
}
