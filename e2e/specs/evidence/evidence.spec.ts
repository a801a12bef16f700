import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { callMutation } from "../../fixtures/catalog-api.ts";
import { openChecklist, practiceRow } from "../practices/checklist-page.ts";

/** The sample Kubernetes repository of the demo's b-service (the E2E server may scan fixtures/evidence). */
const B_SERVICE_REPOSITORY = path.resolve(import.meta.dirname, "../../fixtures/evidence/b-service-kubernetes");

/** b-service's application repository: a CI pipeline without browser tests (not asked of a microservice) and a CODEOWNERS file. */
const B_SERVICE_APPLICATION_REPOSITORY = path.resolve(import.meta.dirname, "../../fixtures/evidence/b-service-app");

/** Scans the sample repository through the API, for specs about what a scan shows elsewhere. */
async function scanSample(request: APIRequestContext): Promise<string> {
  const result = await callMutation<{ scanId: string; findings: number }>(request, "evidence.scan", { source: { kind: "directory", path: B_SERVICE_REPOSITORY }, component: "b-service" });
  expect(result.findings).toBeGreaterThan(0);
  return result.scanId;
}

/** A ustar header field: text, NUL-padded to its width. */
function tarField(header: Buffer, offset: number, width: number, text: string) {
  header.write(text, offset, width, "ascii");
}

/** A .tar.gz of a folder's files (regular files, one level of folders), as `tar czf` would write it. */
function tarGz(folder: string, prefix: string): Buffer {
  const blocks: Buffer[] = [];
  for (const name of fs.readdirSync(folder).sort()) {
    const body = fs.readFileSync(path.join(folder, name));
    const header = Buffer.alloc(512);
    tarField(header, 0, 100, `${prefix}/${name}`);
    tarField(header, 100, 8, "0000644\0");
    tarField(header, 108, 8, "0001750\0");
    tarField(header, 116, 8, "0001750\0");
    tarField(header, 124, 12, `${body.length.toString(8).padStart(11, "0")}\0`);
    tarField(header, 136, 12, `${Math.floor(Date.now() / 1000).toString(8).padStart(11, "0")}\0`);
    tarField(header, 148, 8, "        ");
    tarField(header, 156, 1, "0");
    tarField(header, 257, 6, "ustar\0");
    tarField(header, 263, 2, "00");
    const checksum = header.reduce((sum, byte) => sum + byte, 0);
    tarField(header, 148, 8, `${checksum.toString(8).padStart(6, "0")}\0 `);
    blocks.push(header, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return zlib.gzipSync(Buffer.concat(blocks));
}

/** One group of findings on a scan page, named by its object ("Deployment b-service/b-service") or practice title. */
const findingGroup = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test.describe("evidence", () => {
  test("scanning a directory from the Evidence page shows progress, records the scan and lists it", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Catalog" }).getByRole("link", { name: "Practices" }).click();
    await page.getByRole("navigation", { name: "Practices and evidence" }).getByRole("link", { name: "Evidence" }).click();
    await expect(page).toHaveURL(/\/evidence$/);
    await expect(page.getByRole("navigation", { name: "Catalog" }).getByRole("link", { name: "Practices" })).toHaveClass(/active/);
    await expect(page.getByRole("heading", { level: 1, name: "Evidence" })).toBeVisible();

    const form = page.getByRole("form", { name: "Scan a source" });
    await form.getByLabel("Directory on the server").fill(B_SERVICE_REPOSITORY);
    const picker = form.getByRole("combobox", { name: "Component (optional)" });
    await picker.fill("b-serv");
    await page.getByRole("option", { name: /^b-service/ }).click();
    await expect(form.getByRole("button", { name: "Remove b-service" })).toBeVisible();

    // The scan runs on the server while the request is open: hold it a moment to see the busy state.
    await page.route("**/trpc/evidence.scan*", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_600));
      await route.continue();
    });
    await form.getByRole("button", { name: "Scan" }).click();
    const busy = form.getByRole("button", { name: /^Scanning… \d+ s$/ });
    await expect(busy).toBeDisabled();
    await expect(form.getByLabel("Directory on the server")).toBeDisabled();
    await expect(page.getByRole("status").filter({ hasText: "Scanning" })).toContainText(B_SERVICE_REPOSITORY);
    await expect(form.getByRole("button", { name: "Scanning… 1 s" })).toBeVisible();

    const done = page.getByRole("status").filter({ hasText: "Scan recorded." });
    await expect(done).toContainText("3 files read, 19 findings, 0 errors.");
    await expect(form.getByRole("button", { name: "Scan", exact: true })).toBeEnabled();

    // The list shows the scan with its source, component, files and counts.
    const table = page.getByRole("table", { name: "Evidence scans, newest first" });
    const row = table.getByRole("row").filter({ hasText: B_SERVICE_REPOSITORY }).first();
    await expect(row).toContainText("Directory");
    await expect(row.getByRole("link", { name: "b-service" })).toHaveAttribute("href", "/components/b-service");
    await expect(row.getByRole("cell").nth(4)).toHaveText("3");
    await expect(row.getByRole("cell").nth(5)).toHaveText(/9 fail.*1 warn.*9 pass/);
    await expect(row.getByRole("cell").nth(6)).toHaveText("0");

    await done.getByRole("link", { name: "Open the scan" }).click();
    await expect(page).toHaveURL(/\/evidence\/scans\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Scan of b-service-kubernetes" })).toBeVisible();
  });

  test("a scan's findings show by object and by practice, with file:line, filters and errors apart", async ({ page, request }) => {
    const scanId = await scanSample(request);
    await page.goto(`/evidence/scans/${scanId}`);
    await expect(page.getByRole("heading", { level: 1, name: "Scan of b-service-kubernetes" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Evidence" })).toHaveAttribute("href", "/evidence");

    // By object: Kubernetes kind, namespace/name; each finding with its status, severity, file:line and fix.
    const byObject = page.getByRole("list", { name: "Findings by object" });
    await expect(byObject).toBeVisible();
    const deployment = findingGroup(page, "Deployment b-service/b-service");
    await expect(deployment.getByRole("heading", { name: "Deployment b-service/b-service" }).first()).toBeVisible();
    const readiness = deployment.locator('li[data-check="probes.readiness"]');
    await expect(readiness).toContainText("Pass");
    await expect(readiness).toContainText("readinessProbe is set");
    await expect(readiness.locator(".finding__where")).toHaveText("deployment.yaml:30");
    await expect(readiness).toContainText("high severity");
    await expect(readiness.getByRole("link", { name: "Readiness probe" })).toHaveAttribute("href", "/practices#practice-deploy.probes.readiness");
    const liveness = deployment.locator('li[data-check="probes.liveness"]');
    await expect(liveness).toContainText("Fail");
    await expect(liveness.locator(".finding__where")).toHaveText("deployment.yaml:24");
    await expect(liveness).toContainText("How to fix: Add a livenessProbe");
    await expect(findingGroup(page, "Namespace b-service").locator('li[data-check="mesh.namespace-labels"]')).toContainText("istio-injection=enabled");
    await expect(findingGroup(page, "PodDisruptionBudget b-service/b-service")).toBeVisible();

    // Only failures.
    await page.getByRole("checkbox", { name: /^Pass/ }).click();
    await expect(page.getByRole("checkbox", { name: /^Pass/ })).not.toBeChecked();
    await page.getByRole("checkbox", { name: /^Warn/ }).click();
    await expect(page.getByRole("checkbox", { name: /^Warn/ })).not.toBeChecked();
    await expect(page).toHaveURL(/[?&]status=fail(&|$)/);
    await expect(page.locator('li.finding[data-status="pass"]')).toHaveCount(0);
    await expect(page.locator('li.finding[data-status="fail"]')).toHaveCount(9);
    await expect(findingGroup(page, "Namespace b-service")).toHaveCount(0);
    // The filter lives in the URL: each click re-renders from it.
    await page.getByRole("checkbox", { name: /^Pass/ }).click();
    await expect(page.getByRole("checkbox", { name: /^Pass/ })).toBeChecked();
    await page.getByRole("checkbox", { name: /^Warn/ }).click();
    await expect(page.getByRole("checkbox", { name: /^Warn/ })).toBeChecked();
    await expect(page).not.toHaveURL(/status=/);
    await expect(page.locator("li.finding")).toHaveCount(19);

    // By practice: titles from the practice catalogue, linking to it; each finding names its object.
    await page.getByRole("button", { name: "Practice", exact: true }).click();
    await expect(page.getByRole("button", { name: "Practice", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL(/[?&]by=practice(&|$)/);
    await expect(page.getByRole("list", { name: "Findings by practice" })).toBeVisible();
    const pdb = findingGroup(page, "PodDisruptionBudget");
    await expect(pdb.getByRole("link", { name: "PodDisruptionBudget" })).toHaveAttribute("href", "/practices#practice-scaling.pod.pdb");
    await expect(pdb.locator("li.finding")).toHaveCount(3);
    await expect(pdb.locator('li[data-check="pdb.allows-eviction"] .finding__where')).toHaveText("pdb.yaml:7");
    await expect(pdb.locator('li[data-check="pdb.allows-eviction"]')).toContainText("PodDisruptionBudget b-service/b-service");
    await expect(findingGroup(page, "Readiness probe").locator(".finding__where")).toHaveText("deployment.yaml:30");

    // Errors are listed apart (none for this repository).
    await expect(page.getByRole("region", { name: /^Errors/ })).toContainText("Every file the scan read was understood.");
  });

  test("findings about practices not asked of the component's kind are muted, tagged and left out of the counts, yet can be shown", async ({ page, request }) => {
    const { scanId } = await callMutation<{ scanId: string }>(request, "evidence.scan", { source: { kind: "directory", path: B_SERVICE_APPLICATION_REPOSITORY }, component: "b-service" });
    await page.goto(`/evidence/scans/${scanId}`);
    await expect(page.getByRole("heading", { level: 1, name: "Scan of b-service-app" })).toBeVisible();

    // Browser E2E and end-to-end tests are asked of frontends and BFFs, not of a microservice.
    const pipeline = findingGroup(page, "File .github/workflows/ci.yml");
    const browserE2e = pipeline.locator('li[data-check="ci.tests.browser-e2e"]');
    await expect(browserE2e).toHaveAttribute("data-asked", "false");
    await expect(browserE2e).toHaveClass(/finding--not-asked/);
    await expect(browserE2e.getByText("not asked of microservice", { exact: true })).toBeVisible();
    await expect(browserE2e).toContainText("Not counted: Browser end-to-end tests is not asked of a microservice (b-service); only of frontend components.");
    await expect(browserE2e).not.toContainText("How to fix");
    // The pipeline stage that is asked of a microservice counts as usual.
    await expect(pipeline.locator('li[data-check="ci.stage.e2e"]')).toHaveAttribute("data-asked", "true");
    await expect(pipeline.locator('li[data-check="ci.stage.e2e"]')).toContainText("How to fix");

    // The counts leave them out: the status filters, the group's counts and the scan's own.
    await expect(page.getByRole("checkbox", { name: /^Fail/ })).toHaveAccessibleName("Fail (7)");
    await expect(page.getByRole("checkbox", { name: /^Pass/ })).toHaveAccessibleName("Pass (7)");
    await expect(pipeline.locator(".finding-group__counts")).toContainText("6 fail");
    await expect(page.locator(".scan-meta")).toContainText("7 fail");

    // Hidden and shown again through the URL.
    const notAsked = page.getByRole("checkbox", { name: "Not asked (2)" });
    await expect(notAsked).toBeChecked();
    await notAsked.click();
    await expect(page).toHaveURL(/[?&]notAsked=hide(&|$)/);
    await expect(page.locator('li.finding[data-asked="false"]')).toHaveCount(0);
    await expect(page.locator("li.finding")).toHaveCount(14);
    await page.getByRole("checkbox", { name: "Not asked (2)" }).click();
    await expect(page).not.toHaveURL(/notAsked=/);
    await expect(page.locator('li.finding[data-asked="false"]')).toHaveCount(2);

    // CODEOWNERS is compared with b-service's owning team, team-b, which owns it strongly.
    const codeowners = findingGroup(page, "File .github/CODEOWNERS");
    await expect(codeowners.locator('li[data-check="codeowners.catalog-owner"]')).toContainText("CODEOWNERS gives the repository to team-b, which owns b-service in the catalog.");
    const outsiders = codeowners.locator('li[data-check="codeowners.strong-ownership"]');
    await expect(outsiders).toHaveAttribute("data-status", "fail");
    await expect(outsiders.locator(".finding__where")).toHaveText(".github/CODEOWNERS:2");
    await expect(outsiders).toContainText('the CODEOWNERS rule "/docs/" also lets @example-org/tech-writers approve changes');
  });

  test("an unreadable file shows as an error with file:line:column, apart from the findings", async ({ page, request }) => {
    const result = await callMutation<{ scanId: string; errors: number }>(request, "evidence.scan", { source: { kind: "directory", path: path.resolve(import.meta.dirname, "../../fixtures/evidence/broken") } });
    expect(result.errors).toBe(1);
    await page.goto(`/evidence/scans/${result.scanId}`);
    const errors = page.getByRole("list", { name: "Files the scan could not read" });
    await expect(errors.getByRole("listitem")).toHaveCount(1);
    await expect(errors.locator(".scan-errors__where")).toHaveText(/^values\.yaml:\d+:\d+$/);
  });

  test("a checklist shows what a scan verified apart from the answer, and flags the answer it contradicts", async ({ page, request }) => {
    await scanSample(request);
    await openChecklist(page, "/components/b-service/checklist", "b-service");

    const readiness = practiceRow(page, "Readiness probe");
    await expect(readiness.getByText("Verified ✓ holds")).toBeVisible();
    const readinessEvidence = readiness.getByRole("group", { name: "Evidence from a scan" });
    await expect(readinessEvidence).toContainText("readinessProbe is set");
    await expect(readinessEvidence.locator(".verified-evidence__file")).toHaveText("deployment.yaml:30");
    await expect(readinessEvidence).toContainText(B_SERVICE_REPOSITORY);
    await expect(readiness.getByText("Contradicted by evidence")).toHaveCount(0);
    // The person's answer is still shown as theirs.
    await expect(readiness.getByText("Answered here")).toBeVisible();

    // The demo answers "not adopted" for the PodDisruptionBudget; the repository has one.
    const pdb = practiceRow(page, "PodDisruptionBudget");
    await expect(pdb.getByText("Verified ✓ holds")).toBeVisible();
    await expect(pdb.locator(".verified-badges").getByText(/Contradicted$/)).toBeVisible();
    await expect(pdb.getByText("Contradicted by evidence")).toBeVisible();
    await expect(pdb).toContainText("the answer says “Not adopted”, but a scan shows the practice holds");
    await expect(pdb.locator(".verified-evidence__file")).toHaveText(/^pdb\.yaml:\d+$/);

    // No liveness probe: verified missing, as the answer says.
    const liveness = practiceRow(page, "Liveness probe");
    await expect(liveness.getByText("Verified ✕ missing")).toBeVisible();
    await expect(liveness.getByText("Contradicted by evidence")).toHaveCount(0);
  });

  test("the component page's Evidence section shows the latest findings by practice", async ({ page, request }) => {
    const scanId = await scanSample(request);
    await page.goto("/components/b-service");
    const section = page.getByRole("region", { name: /^Evidence/ });
    await expect(section).toBeVisible();
    const table = section.getByRole("table", { name: "Evidence by practice" });
    const liveness = table.getByRole("row").filter({ has: page.getByRole("link", { name: "Liveness probe", exact: true }) });
    await expect(liveness).toContainText("1 fail");
    await expect(liveness).toContainText("deployment.yaml:24");
    const pdb = table.getByRole("row").filter({ has: page.getByRole("link", { name: "PodDisruptionBudget", exact: true }) });
    await expect(pdb).toContainText("3 pass");
    await expect(section.getByRole("link", { name: "Latest scan" })).toHaveAttribute("href", `/evidence/scans/${scanId}`);
    await section.getByRole("link", { name: "Scan a source" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Evidence" })).toBeVisible();
  });

  test("the Deployment readiness scorecard of b-service reads the scanned evidence", async ({ page, request }) => {
    await scanSample(request);
    await page.goto("/components/b-service");
    const row = page.getByRole("list", { name: "Scorecards scoring this entry" }).locator(':scope > li[data-scorecard="deployment-readiness"]');
    await row.getByRole("button", { expanded: false }).click();
    const readiness = row.locator("li.rule-result").filter({ has: page.getByRole("heading", { name: "Readiness probe", exact: true }) });
    await expect(readiness).toHaveAttribute("data-status", "pass");
    const facts = readiness.getByRole("list", { name: "Facts read" });
    await expect(facts).toContainText("evidence: Deployment b-service/b-service, container app: readinessProbe is set.");
    await expect(facts).toContainText(`directory:${B_SERVICE_REPOSITORY}: deployment.yaml:30`);
  });

  test("an uploaded .tar.gz of the repository is scanned like the directory", async ({ page }) => {
    await page.goto("/evidence");
    const form = page.getByRole("form", { name: "Scan a source" });
    await form.getByRole("radio", { name: "Archive upload" }).check();
    await form.getByLabel("Archive (.tar.gz, .tgz or .zip)").setInputFiles({ name: "b-service-kubernetes.tar.gz", mimeType: "application/gzip", buffer: tarGz(B_SERVICE_REPOSITORY, "b-service-kubernetes-main") });
    await form.getByRole("button", { name: "Scan", exact: true }).click();
    const done = page.getByRole("status").filter({ hasText: "Scan recorded." });
    await expect(done).toContainText("3 files read, 19 findings, 0 errors.");
    const row = page.getByRole("table", { name: "Evidence scans, newest first" }).getByRole("row").filter({ hasText: "b-service-kubernetes.tar.gz" }).first();
    await expect(row).toContainText("Archive");
    await expect(row.getByRole("cell").nth(4)).toHaveText("3");

    await done.getByRole("link", { name: "Open the scan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Scan of b-service-kubernetes.tar.gz" })).toBeVisible();
    const deployment = findingGroup(page, "Deployment b-service/b-service");
    await expect(deployment.locator('li[data-check="probes.readiness"] .finding__where')).toHaveText("deployment.yaml:30");
  });

  test("a directory outside the scan roots is refused at the field", async ({ page }) => {
    await page.goto("/evidence");
    const form = page.getByRole("form", { name: "Scan a source" });
    await form.getByLabel("Directory on the server").fill("/etc");
    await form.getByRole("button", { name: "Scan", exact: true }).click();
    const field = form.getByLabel("Directory on the server");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(form.locator(".field__error")).toContainText("is outside the folders this server may scan");
  });
});
