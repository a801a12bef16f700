import type { TFinding, TScanProblem, TScanResult, TSourceFile } from "../finding.ts";
import { checkCiPipelines } from "./ci-findings.ts";
import { isCiPipelinePath, readCiPipelines, type TCiPipeline } from "./ci-pipeline.ts";
import { checkCodeowners, findCodeownersFile, isCodeownersPath, parseCodeowners, type TCodeowners } from "./codeowners.ts";
import { checkContractTests, contractEvidence, isPactFilePath, readPactFiles, type TContractEvidence } from "./contract-tests.ts";
import { checkGitOps, isGitOpsSource, readGitOps } from "./gitops.ts";
import type { TArgoApplication } from "./argocd.ts";
import type { THelmfileRelease } from "./helmfile.ts";
import type { TSopsEvidence } from "./sops.ts";

/** What the repository readers found, for findings now and for storing (ArgoCD destinations, owners per path) later. */
export interface TRepositoryEvidence {
  codeowners: TCodeowners | undefined;
  pipelines: TCiPipeline[];
  applications: TArgoApplication[];
  helmfileReleases: THelmfileRelease[];
  sops: TSopsEvidence;
  contracts: TContractEvidence;
  /** Files some reader claimed. */
  files: number;
  problems: TScanProblem[];
}

/** Each file goes to the first reader that claims it, so no file is parsed, or reported, twice. */
const CLAIMS: readonly ((file: TSourceFile) => boolean)[] = [
  (file) => isCodeownersPath(file.path),
  (file) => isCiPipelinePath(file.path),
  (file) => isPactFilePath(file.path),
  isGitOpsSource,
];

export function isRepositoryEvidenceFile(file: TSourceFile): boolean {
  return CLAIMS.some((claims) => claims(file));
}

export function readRepository(files: readonly TSourceFile[]): TRepositoryEvidence {
  const claimed = CLAIMS.map((claims, index) => files.filter((file) => claims(file) && !CLAIMS.slice(0, index).some((earlier) => earlier(file))));
  const [codeownersFiles = [], pipelineFiles = [], pactFiles = [], gitOpsFiles = []] = claimed;
  const codeownersFile = findCodeownersFile(codeownersFiles);
  const codeowners = codeownersFile ? parseCodeowners(codeownersFile) : undefined;
  const ci = readCiPipelines(pipelineFiles);
  const pacts = readPactFiles(pactFiles);
  const gitops = readGitOps(gitOpsFiles);
  return {
    codeowners: codeowners?.codeowners,
    pipelines: ci.pipelines,
    applications: gitops.gitops.applications,
    helmfileReleases: gitops.gitops.helmfileReleases,
    sops: gitops.gitops.sops,
    contracts: contractEvidence(pacts.pacts, ci.pipelines),
    files: claimed.reduce((count, group) => count + group.length, 0),
    problems: [...(codeowners?.problems ?? []), ...ci.problems, ...pacts.problems, ...gitops.problems],
  };
}

export function repositoryFindings(evidence: TRepositoryEvidence): TFinding[] {
  return [
    ...checkCodeowners(evidence.codeowners),
    ...checkCiPipelines(evidence.pipelines),
    ...checkContractTests(evidence.contracts, evidence.pipelines),
    ...checkGitOps({ applications: evidence.applications, helmfileReleases: evidence.helmfileReleases, sops: evidence.sops }),
  ];
}

/** Runs every repository reader over the files it claims: CODEOWNERS, CI pipelines, Pact files, GitOps configuration. */
export function checkRepository(files: readonly TSourceFile[]): TScanResult {
  const evidence = readRepository(files);
  return { files: evidence.files, findings: repositoryFindings(evidence), errors: evidence.problems };
}
