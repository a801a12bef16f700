import { describe, expect, it } from "vitest";
import { PRACTICE_CATALOGUE } from "./catalogue.ts";
import { checklistItems, checklistProgress, resolveChecklist } from "./checklist.ts";
import { checklistToMarkdown } from "./checklist-markdown.ts";

const items = checklistItems(PRACTICE_CATALOGUE, "component", "microservice").filter((i) => ["deploy.probes.readiness", "deploy.probes.liveness", "scaling.pod.metrics-server"].includes(i.id));
const entries = resolveChecklist(
  items,
  [
    { itemId: "deploy.probes.readiness", status: "adopted", note: "See | pipe\nand newline", evidenceLinks: ["https://example.com/d.yaml#L4"], answeredBy: "A", answeredAt: "2026-01-01T00:00:00Z" },
  ],
  [{ kind: "organisation", name: "Acme", answers: [{ itemId: "scaling.pod.metrics-server", status: "partial", note: "", evidenceLinks: [], answeredBy: "B", answeredAt: "2026-01-01T00:00:00Z" }] }],
);
const document = {
  scope: { kind: "component", name: "b-service" },
  catalogueVersion: 1,
  progress: checklistProgress(entries),
  sections: ["24", "25"].map((section) => {
    const inSection = entries.filter((e) => e.item.section === section);
    return { section, title: section === "24" ? "Deployment" : "Scaling and resilience", progress: checklistProgress(inSection), entries: inSection };
  }),
};

describe("checklist as Markdown", () => {
  it("writes a heading, the progress and a table per section with status, source and notes", () => {
    const markdown = checklistToMarkdown(document);
    expect(markdown).toContain("# Practice checklist: b-service (component)");
    expect(markdown).toContain("## 24. Deployment (50%)");
    expect(markdown).toContain("| Readiness probe (`deploy.probes.readiness`) | Adopted | answered | See \\| pipe and newline <https://example.com/d.yaml#L4> |");
    expect(markdown).toContain("| metrics-server for autoscaling (`scaling.pod.metrics-server`) | Partially adopted | inherited from organisation Acme |  |");
  });

  it("can keep only the gaps", () => {
    const markdown = checklistToMarkdown(document, { gapsOnly: true });
    expect(markdown).not.toContain("deploy.probes.readiness");
    expect(markdown).toContain("deploy.probes.liveness");
  });
});
