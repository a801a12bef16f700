import { describe, expect, it } from "vitest";
import { practiceAskedOf } from "./practice-asked.ts";

describe("whether a practice is asked of a component", () => {
  it("does not ask browser E2E of a microservice, and says why", () => {
    expect(practiceAskedOf("delivery.frontend.browser-e2e", { slug: "b-service", kind: "microservice" })).toEqual({
      asked: false,
      notAskedOf: "microservice",
      reason: "Browser end-to-end tests is not asked of a microservice (b-service); only of frontend components.",
    });
  });

  it("names kinds with their capitals and articles", () => {
    expect(practiceAskedOf("delivery.microservice.load-test", { slug: "istio", kind: "sre-tool" })).toMatchObject({ asked: false, notAskedOf: "SRE tool", reason: expect.stringContaining("an SRE tool (istio); only of microservice components") });
    expect(practiceAskedOf("testing.e2e", { slug: "b-service", kind: "microservice" })).toMatchObject({ reason: expect.stringContaining("only of frontend and BFF components") });
  });

  it("asks practices of the kinds they apply to, practices of every kind, and practices judged at another scope", () => {
    expect(practiceAskedOf("delivery.frontend.browser-e2e", { slug: "web", kind: "frontend" })).toEqual({ asked: true });
    expect(practiceAskedOf("org.ownership.owner-assigned", { slug: "b-service", kind: "microservice" })).toEqual({ asked: true });
    expect(practiceAskedOf("mesh.namespace-in-mesh", { slug: "lib", kind: "shared-library" })).toEqual({ asked: true });
  });

  it("asks when it cannot tell: an unknown practice, a component of unknown kind, or no component", () => {
    expect(practiceAskedOf("no.such.practice", { slug: "b-service", kind: "microservice" })).toEqual({ asked: true });
    expect(practiceAskedOf("delivery.frontend.browser-e2e", { slug: "gone", kind: undefined })).toEqual({ asked: true });
    expect(practiceAskedOf("delivery.frontend.browser-e2e", undefined)).toEqual({ asked: true });
  });
});
