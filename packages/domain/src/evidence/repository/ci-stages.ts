import type { TCiJob, TCiSignal, TCiStage, TCiStageKind } from "./ci-pipeline.ts";
import { deliveriesOfJob } from "./ci-deliveries.ts";

/**
 * How each stage shows in a pipeline. `names` is read in job and step names (and reusable workflow
 * paths); `tools` in actions, action inputs, commands and images, and in names too.
 */
const STAGE_PATTERNS: Record<Exclude<TCiStageKind, "deploy">, { names: RegExp; tools: RegExp }> = {
  build: {
    names: /\bbuild\b/i,
    tools: /\b(?:docker|podman|buildah)\s+(?:buildx\s+)?(?:build|bud)\b|docker\/build-push-action|\bkaniko\b|\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build\b|\bmvnw?\b.*\b(?:package|install)\b|\bgradlew?\b.*\b(?:build|assemble|bootJar|jib)\b|\b(?:go|cargo)\s+build\b|\bdotnet\s+(?:build|publish)\b|\bmake\s+build\b|\bko\s+build\b|\bpack\s+build\b/i,
  },
  "unit-test": {
    names: /\bunit[\s_-]?tests?\b/i,
    tools: /\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?test\b|\b(?:vitest|jest|mocha|pytest|rspec|phpunit|ctest|tox)\b|\b(?:go|cargo|dotnet)\s+test\b|\bmvnw?\b.*\b(?:test|verify)\b|\bgradlew?\b.*\b(?:test|check)\b|\bmake\s+(?:unit-?)?test\b/i,
  },
  "contract-test": {
    names: /\bcontract[\s_-]?tests?\b/i,
    tools: /\bpact|\bcan-i-deploy\b/i,
  },
  e2e: {
    names: /\be2e\b|\bend[\s_-]to[\s_-]end\b/i,
    tools: /playwright|cypress|selenium|webdriver|\bwdio\b|puppeteer|testcafe|nightwatch|\be2e\b/i,
  },
  "load-test": {
    names: /\b(?:load|performance|stress|soak)[\s_-]?test(?:s|ing)?\b/i,
    tools: /\bk6\b|\blocust\b|gatling|jmeter|\bartillery\b|\bvegeta\b|\btest:load\b|\bload-?tests?\b/i,
  },
  "db-migration": {
    names: /\bmigrat(?:e|es|ion|ions)\b/i,
    tools: /\bmigrat(?:e|es|ion|ions)\b|flyway|liquibase|\balembic\b|\bdbmate\b|\bgoose\b|\bsqitch\b/i,
  },
};

const BROWSER_TOOLS = /playwright|cypress|selenium|webdriver|\bwdio\b|puppeteer|testcafe|nightwatch/i;
/** Deploys that are neither CIOps nor GitOps (named so, or a platform's own deploy command). */
const DEPLOY_NAMES = /\bdeploy/i;
const DEPLOY_TOOLS = /\b(?:serverless|sls|firebase|vercel|netlify|flyctl|fly)\s+deploy\b|\bgcloud\s+(?:run|app)\s+deploy\b|\bcf\s+push\b|\baws\s+ecs\s+update-service\b/i;
/** A test of these kinds is not a unit test, even if it runs through `npm test` or `go test`. */
const SPECIFIC_TESTS: readonly TCiStageKind[] = ["contract-test", "e2e", "load-test"];

type TJobStage = Omit<TCiStage, "file" | "job">;

/** The stages a job shows, each at the first line that shows it. */
export function stagesOfJob(job: TCiJob): TJobStage[] {
  const stages = new Map<TCiStageKind, TJobStage>();
  const add = (kind: TCiStageKind, signal: Pick<TCiSignal, "text" | "line">) => {
    const browser = kind === "e2e" && BROWSER_TOOLS.test(signal.text);
    const known = stages.get(kind);
    if (!known) stages.set(kind, { kind, line: signal.line, evidence: signal.text, browser });
    else if (browser && !known.browser) known.browser = true;
  };
  for (const signal of [...job.signals, ...job.steps.flatMap((step) => step.signals)]) {
    for (const kind of stageKindsOf(signal)) add(kind, signal);
  }
  for (const delivery of deliveriesOfJob(job)) add("deploy", { text: delivery.evidence, line: delivery.line });
  return [...stages.values()].sort((a, b) => a.line - b.line);
}

export function stageKindsOf(signal: TCiSignal): TCiStageKind[] {
  const named = signal.source === "name" || signal.source === "workflow";
  const kinds = (Object.entries(STAGE_PATTERNS) as [TCiStageKind, { names: RegExp; tools: RegExp }][])
    .filter(([, patterns]) => patterns.tools.test(signal.text) || (named && patterns.names.test(signal.text)))
    .map(([kind]) => kind);
  if (((named || signal.source === "uses") && DEPLOY_NAMES.test(signal.text)) || DEPLOY_TOOLS.test(signal.text)) kinds.push("deploy");
  return kinds.some((kind) => SPECIFIC_TESTS.includes(kind)) ? kinds.filter((kind) => kind !== "unit-test") : kinds;
}
