import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { callMutation } from "../../fixtures/catalog-api.ts";

/** Helpers for the planning specs: scenarios, their maps, and dragging on the scenario's map. */
export const mapNode = (page: Page, map: "today" | "scenario", id: string) => page.getByTestId(`map-${map}`).locator(`.react-flow__node[data-id="${id}"]`);

/** Creates a scenario through the planning page and waits for its page. */
export async function createScenario(page: Page, name: string, description = "") {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Catalog" }).getByRole("link", { name: "Planning" }).click();
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  if (description) await page.getByRole("textbox", { name: "Description" }).fill(description);
  await page.getByRole("button", { name: "Create scenario" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** Drags a node of the scenario's map and drops it on another, the way a person does with the mouse. */
export async function dragOnto(page: Page, fromId: string, toId: string) {
  await page.getByTestId("map-scenario").scrollIntoViewIfNeeded();
  const from = mapNode(page, "scenario", fromId);
  const to = mapNode(page, "scenario", toId);
  await expect(from).toBeVisible({ timeout: 20_000 });
  await expect(to).toBeVisible();
  const start = centre((await from.boundingBox())!);
  const end = centre((await to.boundingBox())!);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 8, start.y + 8, { steps: 2 });
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.up();
}

const centre = (box: { x: number; y: number; width: number; height: number }) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** A ringed node: the scenario changes it (shown once the map is drawn from the server's answer). */
export const ringed = (node: Locator) => node.locator(".graph-node--highlighted");

/** The first row of a metric in the metrics table: its figures for today, the scenario and the change. */
export const metricRow = (page: Page, title: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(title) }) }).first();

/** Reads a query over HTTP, for setting up what a spec is not about. */
export async function callQuery<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const response = await request.get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  expect(response.ok(), body.error?.message).toBe(true);
  return body.result!.data;
}

/** Creates a draft with the given operations and applies it: how specs put the catalog back as they found it. */
export async function applyOperations(request: APIRequestContext, name: string, operations: unknown[]) {
  const scenario = await callMutation<{ id: string }>(request, "scenario.create", { name, description: "" });
  for (const operation of operations) await callMutation(request, "scenario.change", { scenarioId: scenario.id, operation });
  const { scenario: drafted } = await callQuery<{ scenario: { version: number } }>(request, "scenario.get", { scenarioId: scenario.id });
  await callMutation(request, "scenario.apply", { scenarioId: scenario.id, version: drafted.version, acceptChangedBase: true });
}
