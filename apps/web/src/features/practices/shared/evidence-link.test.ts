import { describe, expect, it } from "vitest";
import { evidenceHref, evidenceLabel } from "./evidence-link.ts";

describe("evidence links", () => {
  it("links http(s) URLs and leaves repository paths as text", () => {
    expect(evidenceHref(" https://github.com/example-org/a/blob/main/deployment.yaml#L42 ")).toBe("https://github.com/example-org/a/blob/main/deployment.yaml#L42");
    expect(evidenceHref("b-service-kubernetes/deployment.yaml")).toBeNull();
    expect(evidenceHref("javascript:alert(1)")).toBeNull();
    expect(evidenceHref("https://has space")).toBeNull();
  });

  it("drops the scheme for reading", () => {
    expect(evidenceLabel("https://github.com/x/y")).toBe("github.com/x/y");
    expect(evidenceLabel("repo/path.yaml")).toBe("repo/path.yaml");
  });
});
