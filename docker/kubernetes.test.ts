// Topograph practises what it checks: its own container and Kubernetes manifests, scanned by its own
// evidence scanner (the `topograph scan` path), reach the top level of its built-in deployment,
// resilience and delivery scorecards. Hosted by apps/cli (its vitest.config.ts and tsconfig.json
// include this file), which owns the scan command.
import fs from "node:fs";
import path from "node:path";
import {
  BUILT_IN_SCORECARDS,
  buildSubjects,
  compileScorecard,
  DEFAULT_LADDER,
  factsFromFindings,
  indexWaivers,
  kubernetesObjectsOf,
  readYamlDocuments,
  scoreEntity,
  type TAnswerStatus,
  type TAttributionCatalog,
  type TCatalogSnapshot,
  type TComponentKind,
  type TEvidenceFact,
  type TFinding,
  type TKubernetesObject,
  type TScopedAnswer,
} from "@topograph/domain";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { runScan } from "../apps/cli/src/commands/scan.ts";
import { readEnv } from "../apps/server/src/env.ts";

const DOCKER = import.meta.dirname;
const ROOT = path.dirname(DOCKER);
/** The portal as an organisation registers it: a tool its platform (SRE) team runs from a released image. */
const PORTAL = { slug: "topograph", kind: "sre-tool" } as const satisfies { slug: string; kind: TComponentKind };
const SCORECARDS = ["deployment-readiness", "resilience-and-scaling", "delivery-gitops"] as const;
const TOP_LEVEL = DEFAULT_LADDER[DEFAULT_LADDER.length - 1]!.name;

/**
 * Rules the manifests cannot prove, and why: they stay unknown from this evidence (never failed) and
 * are answered on the checklist. Anything else not passing is a defect of the manifests.
 */
const ANSWERED_ON_THE_CHECKLIST: Record<string, string> = {
  "deploy.service-per-container": "the scanner has no check for it yet; the one-container pod is asserted directly below",
  "scaling.pod.metrics-server": "organisation-wide: the cluster runs metrics-server, which the HPA reads",
  "scaling.node.graceful-shutdown": "organisation-wide: the cluster's nodes drain gracefully",
  "delivery.stage.test-deploy": "a pipeline stage of the organisation's release process, not in the manifests",
  "delivery.stage.staging-deploy": "a pipeline stage of the organisation's release process, not in the manifests",
  "delivery.stage.approval": "a person approves the release; no file can show it",
  "delivery.stage.production-deploy": "a pipeline stage of the organisation's release process, not in the manifests",
};

/** Every check the scan must make on these manifests, and pass. Removing a probe, the PDB or the label fails one. */
const REQUIRED_CHECKS = [
  "probes.startup",
  "probes.liveness",
  "probes.readiness",
  "probes.liveness-differs-from-readiness",
  "probes.port-exposed",
  "shutdown.prestop-wait",
  "shutdown.bounded-grace-period",
  "rollout.rolling-update",
  "zone-spread.topology",
  "image-pull-policy.if-not-present",
  "replicas.desired-count",
  "hpa.present",
  "hpa.min-replicas",
  "hpa.target-exists",
  "pdb.present",
  "pdb.selects-workload",
  "pdb.allows-eviction",
  "resources.requests-and-limits",
  "resources.guaranteed-qos",
  "config.configmap",
  "mesh.namespace-labels",
  "argocd.automated-sync",
];

type TJsonFinding = TFinding & { asked: boolean };

async function scanDocker(kind: TComponentKind): Promise<{ findings: TJsonFinding[]; errors: unknown[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runScan([DOCKER, "--component", PORTAL.slug, "--kind", kind, "--format", "json"], { out: (line) => out.push(line), err: (line) => err.push(line) });
  expect({ code, err }).toEqual({ code: 0, err: [] });
  return JSON.parse(out.join("\n")) as { findings: TJsonFinding[]; errors: unknown[] };
}

/** The manifests' YAML, parsed strictly: duplicate keys, tabs or anything YAML 1.2 rejects are errors. */
function yamlFiles(): { file: string; text: string }[] {
  const files = ["compose.yaml", ...["kubernetes", "argocd"].flatMap((folder) => fs.readdirSync(path.join(DOCKER, folder)).map((name) => `${folder}/${name}`))];
  return files.filter((file) => /\.ya?ml$/.test(file)).map((file) => ({ file, text: fs.readFileSync(path.join(DOCKER, file), "utf8") }));
}

function kubernetesObjects(): TKubernetesObject[] {
  return yamlFiles()
    .filter(({ file }) => file !== "compose.yaml")
    .flatMap((source) => kubernetesObjectsOf(readYamlDocuments({ path: source.file, text: source.text }).documents).objects);
}

function objectOf(kind: string, objects = kubernetesObjects()): TKubernetesObject {
  const found = objects.filter((object) => object.kind === kind);
  expect(found, `one ${kind}`).toHaveLength(1);
  return found[0]!;
}

const at = (value: unknown, ...keys: (string | number)[]): unknown =>
  keys.reduce<unknown>((current, key) => (current !== null && typeof current === "object" ? (current as Record<string | number, unknown>)[key] : undefined), value);

/**
 * The catalog entry an operator registers for the portal, from what the scan proved: the portal
 * deployed to the namespace the manifests create, in the mesh when the Namespace's label proves
 * it, deployed by GitOps with auto-sync when the ArgoCD Application proves it. Nothing is assumed.
 */
function catalogFromEvidence(namespaceName: string, evidence: readonly TEvidenceFact[]): TCatalogSnapshot {
  const proved = (key: string) => evidence.some((fact) => fact.subject.kind === "namespace" && fact.subject.slug === namespaceName && fact.key === key && fact.value === true);
  return {
    teams: [{ slug: "platform", name: "Platform", type: "platform" }],
    solutionAreas: [],
    boundedContexts: [],
    contextRelationships: [],
    components: [{ slug: PORTAL.slug, name: "Topograph", kind: PORTAL.kind, ownershipMode: "strong", ownerSlugs: ["platform"], solutionAreaSlug: null, repositorySlugs: ["topograph"], namespaceSlugs: [namespaceName], dependencies: [] }],
    repositories: [{ slug: "topograph", name: "topograph", kind: "application" }],
    namespaces: [
      {
        slug: namespaceName,
        name: namespaceName,
        clusterSlug: "production",
        clusterName: "Production",
        environmentSlug: "production",
        meshMembership: proved("mesh.namespace-in-mesh") ? "sidecar" : "outside",
        deployMethod: proved("delivery.gitops.cd-auto-sync") ? "gitops-auto-sync" : "manual-helmfile",
      },
    ],
  };
}

/** Scans docker/ as the portal and scores it on the three scorecards, with the given checklist answers. */
async function scorePortal(answers: Record<string, TAnswerStatus> = {}) {
  const { findings } = await scanDocker(PORTAL.kind);
  const namespaceName = objectOf("Namespace").name;
  const attribution: TAttributionCatalog = {
    component: PORTAL.slug,
    componentKinds: new Map([[PORTAL.slug, PORTAL.kind]]),
    namespacesByName: new Map([[namespaceName, [namespaceName]]]),
    namespaceNamesByComponent: new Map([[PORTAL.slug, [namespaceName]]]),
  };
  const observedAt = new Date().toISOString();
  const evidence: TEvidenceFact[] = factsFromFindings(findings, attribution).map((fact) => ({
    subject: fact.subject,
    key: fact.key,
    value: fact.value,
    message: fact.message,
    location: { source: "docker/", file: fact.file, line: fact.line },
    observedAt,
  }));
  const scoped: TScopedAnswer[] = Object.entries(answers).map(([itemId, status]) => ({ scope: { kind: "component", slug: PORTAL.slug }, itemId, status }));
  const subjects = buildSubjects({ catalog: catalogFromEvidence(namespaceName, evidence), components: { [PORTAL.slug]: { lifecycle: "production", labels: {} } }, teamMemberCounts: {}, contextComplexity: {}, answers: scoped, evidence });
  const portal = subjects.component.find((subject) => subject.slug === PORTAL.slug)!;
  return SCORECARDS.map((slug) => {
    const definition = BUILT_IN_SCORECARDS.find((scorecard) => scorecard.slug === slug)!;
    return { slug, score: scoreEntity(compileScorecard(definition), portal, indexWaivers([], new Date())) };
  });
}

/** The practice a rule stands for, or its own ID for rules on catalog facts. */
const practiceOf = (rule: { id: string; practiceId?: string }) => rule.practiceId ?? rule.id;

describe("the portal's own deployment (docker/)", () => {
  it("is well-formed YAML: every file parses strictly, without duplicate keys or warnings", () => {
    const files = yamlFiles();
    expect(files.map(({ file }) => file)).toEqual(expect.arrayContaining(["compose.yaml", "argocd/topograph.yaml", "kubernetes/deployment.yaml", "kubernetes/namespace.yaml"]));
    for (const { file, text } of files) {
      const documents = parseAllDocuments(text, { uniqueKeys: true, strict: true, prettyErrors: false });
      const problems = (Array.isArray(documents) ? documents : [documents]).flatMap((document) => [...document.errors, ...document.warnings].map((problem) => problem.message));
      expect(problems, file).toEqual([]);
    }
  });

  it("passes every check the evidence scanner makes on it, with no scan errors", async () => {
    const { findings, errors } = await scanDocker(PORTAL.kind);
    expect(errors).toEqual([]);
    // docker/ is a folder of the monorepo, not a repository: CODEOWNERS lives at the repository's root,
    // and its rule (owner assigned) belongs to the bounded-context scorecard, not to these three.
    const aboutTheRepository = findings.filter((finding) => finding.checkId === "codeowners.repository-owner");
    expect(aboutTheRepository.map((finding) => finding.status)).toEqual(["fail"]);
    const notPassing = findings.filter((finding) => finding.status !== "pass" && !aboutTheRepository.includes(finding));
    expect(notPassing.map((finding) => `${finding.checkId} ${finding.file}:${finding.line} ${finding.message}`)).toEqual([]);
    expect([...new Set(findings.map((finding) => finding.checkId))]).toEqual(expect.arrayContaining(REQUIRED_CHECKS));
  });

  it("proves every manifest practice of a microservice too, the autoscaler included", async () => {
    const { findings } = await scanDocker("microservice");
    const asked = findings.filter((finding) => finding.asked && finding.checkId !== "codeowners.repository-owner");
    expect(asked.filter((finding) => finding.status !== "pass")).toEqual([]);
    expect(new Set(asked.map((finding) => finding.practiceId))).toContain("scaling.pod.hpa");
  });

  it("passes every deployment, resilience and delivery rule the manifests can prove; the rest are unknown, never failed", async () => {
    const scored = await scorePortal();
    const levels: Record<string, string | null> = {};
    for (const { slug, score } of scored) {
      const notPassing = score.rules.filter((rule) => rule.status !== "pass");
      expect(notPassing.filter((rule) => rule.status !== "unknown").map((rule) => `${rule.id}: ${rule.message}`), slug).toEqual([]);
      expect(notPassing.map(practiceOf).filter((id) => !(id in ANSWERED_ON_THE_CHECKLIST)), slug).toEqual([]);
      levels[slug] = score.level;
    }
    // What the manifests alone reach; each level stops at the first rule only a person can answer.
    expect(levels).toEqual({ "deployment-readiness": "Silver", "resilience-and-scaling": "Bronze", "delivery-gitops": "Bronze" });
    const unknown = scored.flatMap(({ score }) => score.rules.filter((rule) => rule.status === "unknown").map(practiceOf));
    expect(unknown.sort()).toEqual(Object.keys(ANSWERED_ON_THE_CHECKLIST).sort());
  });

  it("reaches the top level of all three scorecards once the checklist answers what no file can show", async () => {
    const adopted = Object.fromEntries(Object.keys(ANSWERED_ON_THE_CHECKLIST).map((id) => [id, "adopted" as const]));
    for (const { slug, score } of await scorePortal(adopted)) {
      expect(score.rules.filter((rule) => rule.status !== "pass").map((rule) => rule.id), slug).toEqual([]);
      expect(score.level, slug).toBe(TOP_LEVEL);
    }
  });

  it("runs one container per pod, as a non-root user on a read-only root filesystem", () => {
    const objects = kubernetesObjects();
    const podSpec = at(objectOf("Deployment", objects).data, "spec", "template", "spec");
    const containers = at(podSpec, "containers") as Record<string, unknown>[];
    expect(containers).toHaveLength(1);
    expect(at(podSpec, "initContainers")).toBeUndefined();
    expect(at(podSpec, "securityContext", "runAsNonRoot")).toBe(true);
    expect(at(podSpec, "securityContext", "runAsUser")).not.toBe(0);
    expect(at(containers[0], "securityContext")).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } });
    expect(at(objectOf("Deployment", objects).data, "spec", "strategy", "rollingUpdate", "maxUnavailable")).toBe(0);
  });

  it("gives the server's shutdown grace time to finish after the preStop wait, and refers to its Secret without holding it", () => {
    const objects = kubernetesObjects();
    const deployment = objectOf("Deployment", objects);
    const configMap = objectOf("ConfigMap", objects);
    const podSpec = at(deployment.data, "spec", "template", "spec");
    const container = at(podSpec, "containers", 0);
    const settings = at(configMap.data, "data") as Record<string, string>;
    // The ConfigMap is a valid configuration for the server (DATABASE_URL comes from the Secret).
    const env = readEnv(settings);
    expect(Object.keys(settings).filter((name) => !(name in env) && name !== "NODE_OPTIONS")).toEqual([]);
    const preStop = (at(container, "lifecycle", "preStop", "exec", "command") as string[]).join(" ");
    const waitSeconds = Number(/^sleep (\d+)$/.exec(preStop)?.[1]);
    const grace = at(podSpec, "terminationGracePeriodSeconds") as number;
    expect(grace).toBeGreaterThan(waitSeconds + env.SHUTDOWN_GRACE_MS / 1000);
    // Probes on the server's own endpoints, on the port it listens on.
    expect(at(container, "ports", 0, "containerPort")).toBe(env.PORT);
    expect({ startup: at(container, "startupProbe", "httpGet", "path"), liveness: at(container, "livenessProbe", "httpGet", "path"), readiness: at(container, "readinessProbe", "httpGet", "path") }).toEqual({ startup: "/healthz", liveness: "/healthz", readiness: "/readyz" });
    // The Secret is referred to, never committed.
    expect(objects.filter((object) => object.kind === "Secret")).toEqual([]);
    expect(at(container, "env")).toContainEqual({ name: "DATABASE_URL", valueFrom: { secretKeyRef: { name: "topograph-secrets", key: "DATABASE_URL" } } });
    expect(at(container, "envFrom")).toContainEqual({ secretRef: { name: "topograph-secrets" } });
    expect(at(container, "image")).toMatch(/:\d+\.\d+\.\d+$/);
  });

  it("is deployed by an ArgoCD Application that syncs this folder automatically", () => {
    const application = objectOf("Application");
    expect(at(application.data, "spec", "source", "path")).toBe("docker/kubernetes");
    expect(at(application.data, "spec", "destination", "namespace")).toBe(objectOf("Namespace").name);
    expect(at(application.data, "spec", "syncPolicy", "automated")).toEqual({ prune: true, selfHeal: true });
    expect(fs.existsSync(path.join(ROOT, "docker", "kubernetes"))).toBe(true);
  });
});

/** One Dockerfile instruction, continuation lines joined. */
interface TInstruction {
  line: number;
  keyword: string;
  args: string;
}

const DOCKERFILE_KEYWORDS = new Set(["FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"]);

/** Reads a Dockerfile into instructions; unknown instructions and a dangling continuation are errors. */
function readDockerfile(text: string): { instructions: TInstruction[]; problems: string[] } {
  const instructions: TInstruction[] = [];
  const problems: string[] = [];
  let pending: TInstruction | undefined;
  text.split("\n").forEach((raw, index) => {
    const line = raw.trimEnd();
    if (!pending && (line.trim() === "" || line.trimStart().startsWith("#"))) return;
    if (pending && line.trimStart().startsWith("#")) return;
    const continues = line.endsWith("\\");
    const body = continues ? line.slice(0, -1) : line;
    if (pending) pending.args += ` ${body.trim()}`;
    else {
      const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(body);
      if (!match || !DOCKERFILE_KEYWORDS.has(match[1]!.toUpperCase())) problems.push(`line ${index + 1}: not a Dockerfile instruction: ${line}`);
      else pending = { line: index + 1, keyword: match[1]!.toUpperCase(), args: match[2]!.trim() };
    }
    if (!continues && pending) {
      instructions.push(pending);
      pending = undefined;
    }
  });
  if (pending) problems.push(`line ${pending.line}: the last instruction ends in a line continuation`);
  return { instructions, problems };
}

describe("the portal's image (docker/Dockerfile)", () => {
  const { instructions, problems } = readDockerfile(fs.readFileSync(path.join(DOCKER, "Dockerfile"), "utf8"));
  const stages: { name: string | undefined; image: string; instructions: TInstruction[] }[] = [];
  const globalArgs = new Map<string, string>();
  for (const instruction of instructions) {
    if (instruction.keyword === "FROM") {
      const [image = "", as, name] = instruction.args.split(/\s+/);
      stages.push({ image, name: as?.toUpperCase() === "AS" ? name : undefined, instructions: [] });
    } else if (stages.length === 0 && instruction.keyword === "ARG") {
      const [key = "", value = ""] = instruction.args.split("=");
      globalArgs.set(key, value);
    } else stages.at(-1)?.instructions.push(instruction);
  }
  const runtime = stages.at(-1)!;
  const runtimeArgs = (keyword: string) => runtime.instructions.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);

  it("reads as a multi-stage Dockerfile on a pinned, slim Node image", () => {
    expect(problems).toEqual([]);
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const images = stages.map((stage) => stage.image.replace(/^\$\{(\w+)\}$/, (_, name: string) => globalArgs.get(name) ?? ""));
    for (const image of images) expect(image).toMatch(/^node:\d+\.\d+[\w.-]*-slim$/);
    const names = new Set(stages.map((stage) => stage.name));
    for (const copy of stages.flatMap((stage) => stage.instructions).filter((instruction) => instruction.keyword === "COPY" && instruction.args.includes("--from="))) {
      expect(names, `line ${copy.line}`).toContain(/--from=(\S+)/.exec(copy.args)![1]);
    }
  });

  it("installs every workspace: each package.json the lock file knows is copied before `npm install`", () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { link?: boolean }> };
    const workspaces = Object.keys(lock.packages).filter((key) => key !== "" && !key.includes("node_modules"));
    const copied = stages[0]!.instructions.filter((instruction) => instruction.keyword === "COPY").map((instruction) => instruction.args.split(/\s+/)[0]);
    expect(workspaces.length).toBeGreaterThan(0);
    expect(workspaces.filter((workspace) => !copied.includes(`${workspace}/package.json`))).toEqual([]);
  });

  it("runs production Node as a non-root user, keeps SQLite in a volume, and checks /healthz", () => {
    const env = runtimeArgs("ENV").join(" ");
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    expect(env).toMatch(/\bDATABASE_URL=file:\/data\//);
    expect(runtimeArgs("VOLUME")).toEqual(['["/data"]']);
    const user = runtimeArgs("USER").at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(runtimeArgs("EXPOSE")).toEqual([/\bPORT=(\d+)/.exec(env)![1]]);
    expect(runtimeArgs("HEALTHCHECK").join(" ")).toContain("/healthz");
    expect(runtimeArgs("CMD")).toEqual(['["node", "apps/server/dist/main.js"]']);
    // Sources stay in the build stage: the runtime copies only built output, migrations and dependencies.
    const copied = runtimeArgs("COPY").map((args) => args.split(/\s+/).find((word) => !word.startsWith("--")));
    expect(copied.filter((source) => /\/(src|packages)(\/|$)/.test(source ?? ""))).toEqual([]);
  });
});
