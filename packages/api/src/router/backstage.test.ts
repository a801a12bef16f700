import { describe, expect, it } from "vitest";
import { demoApi, emptyApi, failure, invalidFields } from "../testing/caller.ts";

/** A team Group and its service Component; `spec` is the rest of the component's spec (line 9, after `type: service, `). */
const paymentsTeamWithService = (spec: string) => `apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: payments }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: payment-service }
spec: { type: service, ${spec} }
`;

describe("backstage.export and backstage.import", () => {
  it("exports the catalog as one catalog-info file that imports into an empty catalog", async () => {
    const { api: demo } = await demoApi({ practices: false });
    const exported = await demo.backstage.export();
    expect(exported.fileName).toBe("catalog-info.yaml");
    expect(exported.text).toContain("kind: Component");

    const { api } = await emptyApi();
    const result = await api.backstage.import({ text: exported.text, fileName: exported.fileName });
    expect(result.created.component).toContain("b-service");
    expect(result.organisationUpdated).toBe(true);
    expect((await api.component.get({ slug: "b-service" })).owners.map((o) => o.slug)).toEqual(["team-b"]);
    expect((await api.organisation.get()).name).toBe("Example organisation");
    expect(await api.backstage.export()).toEqual(exported);
  });

  it("refuses a file with problems, naming file:line:column and field for each, and imports nothing", async () => {
    const { api } = await emptyApi();
    const text = paymentsTeamWithService("lifecycle: beta, owner: payments");
    const error = await failure(api.backstage.import({ text, fileName: "payments.yaml" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^payments\.yaml has 1 problem; nothing was imported\. payments\.yaml:9:35 spec\.lifecycle: /);
    expect(invalidFields(error)).toEqual(["spec.lifecycle"]);
    expect((await api.team.list({})).total).toBe(0);
  });

  it("reports a reference the database cannot resolve and rolls the whole import back", async () => {
    const { api } = await emptyApi();
    const text = paymentsTeamWithService("lifecycle: production, owner: payments, system: checkout");
    const error = await failure(api.backstage.import({ text }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain('Component "payment-service": solutionAreaSlug: No solution area "checkout" exists.');
    expect((await api.team.list({})).total).toBe(0);
  });
});
