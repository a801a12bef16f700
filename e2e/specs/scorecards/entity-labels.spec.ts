import { expect, test } from "@playwright/test";
import { callMutation, uniqueName } from "../../fixtures/catalog-api.ts";

test("a component's labels are edited as name/value rows, with the server's message by the row", async ({ page, request }) => {
  const component = await callMutation(request, "component.create", { name: uniqueName("labelled"), kind: "microservice", labels: { team: "payments" } });
  await page.goto(`/components/${component.slug}`);
  const facts = page.getByRole("complementary");
  await expect(facts.getByRole("list", { name: "Labels" })).toContainText("team");
  await expect(facts.getByRole("list", { name: "Labels" })).toContainText("payments");

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Label 1 name")).toHaveValue("team");
  await page.getByRole("button", { name: "+ Add label" }).click();
  await page.getByLabel("Label 2 name").fill("Bad Key");
  await page.getByLabel("Label 2 value").fill("critical");
  await page.getByRole("button", { name: "Save changes" }).click();
  // The name is refused, and the message shows by that row's name field.
  await expect(page.getByLabel("Label 2 name")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Label 2 name").fill("tier");
  await page.getByRole("button", { name: "Remove label 1 (team)" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/components/${component.slug}$`));
  const labels = page.getByRole("complementary").getByRole("list", { name: "Labels" });
  await expect(labels).toContainText("tier");
  await expect(labels).toContainText("critical");
  await expect(labels).not.toContainText("payments");
});
