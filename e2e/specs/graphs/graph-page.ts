import { expect, type Page } from "@playwright/test";

/** Helpers for the graph pages: nodes by id, and waiting until a layout is on screen. */
export const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

export const drawnNodeIds = (page: Page) => page.locator(".react-flow__node-entity").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-id")!));

/** Waits for the graph to be laid out and drawn (no "Laying out…" left). */
export async function waitForGraph(page: Page) {
  await expect(page.locator(".react-flow__node-entity").first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/Laying out/)).toHaveCount(0, { timeout: 20_000 });
}
