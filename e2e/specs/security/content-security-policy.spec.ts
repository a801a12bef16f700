import { expect, test, type Page } from "@playwright/test";
import { uniqueName } from "../../fixtures/catalog-api.ts";
import { waitForGraph } from "../graphs/graph-page.ts";
import { E2E_ADMIN } from "../identity/credentials.ts";
import { signIn } from "../identity/sign-in.ts";
import { createScenario, mapNode } from "../planning/scenario-page.ts";

interface TViolation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/** The few browser globals the callbacks below touch: the e2e project compiles without the DOM library. */
interface TBrowserScope {
  __cspViolations: TViolation[];
  document: {
    addEventListener(type: "securitypolicyviolation", listener: (event: { violatedDirective: string; blockedURI: string; sourceFile: string; sample: string }) => void): void;
    createElement(tag: "script"): { textContent: string };
    body: { append(node: unknown): void };
  };
}

// The pages whose libraries press hardest on the policy: React Flow (style attributes), the ELK
// layout worker, Mermaid (an SVG with its own <style>) and the image export (data: URLs).
test.use({ viewport: { width: 1600, height: 1000 } });

test.beforeEach(async ({ page }) => {
  // Every violation the browser reports, from the first script on, before the app's own.
  await page.addInitScript(() => {
    const scope = globalThis as unknown as TBrowserScope;
    scope.__cspViolations = [];
    scope.document.addEventListener("securitypolicyviolation", (event) => {
      scope.__cspViolations.push({ directive: event.violatedDirective, blocked: event.blockedURI, source: event.sourceFile, sample: event.sample });
    });
  });
  // Signed in here whatever state the project starts from, so the writes below carry a session cookie.
  await page.context().clearCookies();
  await signIn(page, E2E_ADMIN);
});

const violations = (page: Page) => page.evaluate(() => (globalThis as unknown as TBrowserScope).__cspViolations);

test("the policy is sent with the app and enforced: an injected inline script is blocked and reported", async ({ page }) => {
  const response = await page.goto("/graphs/ownership");
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self';");
  await page.evaluate(() => {
    const { document } = globalThis as unknown as TBrowserScope;
    const script = document.createElement("script");
    script.textContent = "document.title = 'injected'";
    document.body.append(script);
  });
  await expect.poll(() => violations(page)).toEqual([expect.objectContaining({ directive: "script-src-elem", blocked: "inline" })]);
  expect(await page.title()).not.toBe("injected");
});

test("graphs lay out in the ELK worker and draw with React Flow without a violation", async ({ page }) => {
  await page.goto("/graphs/ownership");
  await waitForGraph(page);
  await page.goto("/graphs/context-map");
  await waitForGraph(page);
  await expect(page.locator(".relation-label").first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("the Mermaid tab renders its diagram without a violation", async ({ page }) => {
  await page.goto("/graphs/ownership?teamSlug=team-b");
  await waitForGraph(page);
  await page.getByRole("button", { name: "Mermaid" }).click();
  await expect(page.getByTestId("mermaid-svg").locator("svg")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("mermaid-svg")).toContainText("CD pipeline");
  expect(await violations(page)).toEqual([]);
});

test("the PNG and SVG exports are made without a violation", async ({ page }) => {
  await page.goto("/graphs/context-map");
  await waitForGraph(page);
  for (const format of ["PNG", "SVG"]) {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: format, exact: true }).click();
    expect((await download).suggestedFilename()).toBe(`topograph-context-map.${format.toLowerCase()}`);
  }
  expect(await violations(page)).toEqual([]);
});

test("a planning scenario is created through the app (a same-origin write) and both maps draw without a violation", async ({ page }) => {
  await createScenario(page, uniqueName("E2E CSP"));
  await expect(mapNode(page, "today", "team:team-a")).toBeVisible({ timeout: 20_000 });
  await expect(mapNode(page, "scenario", "team:team-a")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
