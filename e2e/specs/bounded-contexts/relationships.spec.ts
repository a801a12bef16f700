import { expect, test } from "@playwright/test";
import { callMutation, uniqueName } from "../../fixtures/catalog-api.ts";

test("add and remove a context-map relationship", async ({ page, request }) => {
  const upstream = await callMutation(request, "boundedContext.create", { name: uniqueName("Catalog context"), subdomainType: "supporting" });
  const downstreamName = uniqueName("Ordering context");
  const downstream = await callMutation(request, "boundedContext.create", { name: downstreamName, subdomainType: "core" });

  await page.goto(`/bounded-contexts/${upstream.slug}`);
  const relationships = page.getByRole("region", { name: /Context map relationships/ });
  await expect(relationships).toContainText("No relationships to other bounded contexts recorded.");
  await relationships.getByRole("button", { name: "Add relationship" }).click();

  const form = page.getByRole("form", { name: "Add a context map relationship" });
  await form.getByLabel(/ is$/).selectOption("upstream");
  await form.getByLabel("Other bounded context").selectOption({ label: downstreamName });
  await form.getByLabel("Pattern").selectOption({ label: "Open host service (OHS)" });
  await form.getByLabel("Notes").fill("Ordering reads the catalog through its public API.");
  await form.getByRole("button", { name: "Add relationship" }).click();

  const row = relationships.getByRole("row", { name: new RegExp(downstreamName) });
  await expect(row).toContainText("Upstream of");
  await expect(row).toContainText("Open host service");

  // The other side sees it from downstream.
  await row.getByRole("link", { name: downstreamName }).click();
  await expect(page).toHaveURL(new RegExp(`/bounded-contexts/${downstream.slug}$`));
  const theirs = page.getByRole("region", { name: /Context map relationships/ });
  await expect(theirs.getByRole("row", { name: /Downstream of/ })).toContainText("Open host service");

  // Remove it again.
  await theirs.getByRole("button", { name: /Remove the Open host service relationship/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove relationship" }).click();
  await expect(theirs).toContainText("No relationships to other bounded contexts recorded.");
});
