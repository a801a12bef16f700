import { describe, expect, it } from "vitest";
import { readYamlDocuments } from "./yaml-source.ts";

describe("reading YAML documents", () => {
  it("gives the line of a field's key, also when its value is a mapping that starts on the next line", () => {
    const text = ["apiVersion: apps/v1", "kind: Deployment", "spec:", "  strategy:", "    type: Recreate", "  template:", "    spec:", "      containers:", "        - name: app", "          image: app:1", ""].join("\n");
    const [document] = readYamlDocuments({ path: "deploy.yaml", text }).documents;
    expect(document!.lineOf(["spec", "strategy"])).toBe(4);
    expect(document!.lineOf(["spec", "strategy", "type"])).toBe(5);
    expect(document!.lineOf(["spec", "template", "spec", "containers", 0])).toBe(9);
    expect(document!.lineOf(["spec", "template", "spec", "containers", 0, "image"])).toBe(10);
  });

  it("falls back to the nearest existing ancestor of a missing field", () => {
    const text = ["kind: Deployment", "spec:", "  replicas: 2", ""].join("\n");
    const [document] = readYamlDocuments({ path: "deploy.yaml", text }).documents;
    expect(document!.lineOf(["spec", "strategy", "type"])).toBe(2);
    expect(document!.lineOf(["metadata", "name"])).toBe(1);
  });

  it("names a helm template document by its own # Source comment, never by the data of the document before", () => {
    const text = [
      "---",
      "# Source: shop/templates/config.yaml",
      "kind: ConfigMap",
      "data:",
      "  Source: fromData",
      "---",
      "kind: ConfigMap",
      "",
    ].join("\n");
    const { documents } = readYamlDocuments({ path: "rendered.yaml", text });
    expect(documents.map((document) => [document.file, document.line])).toEqual([
      ["shop/templates/config.yaml", 3],
      ["rendered.yaml", 7],
    ]);
  });

  it("keeps template braces that rendered helm output carries as data (alerting rules)", () => {
    const text = ["---", "# Source: shop/templates/rules.yaml", "kind: PrometheusRule", "spec:", "  summary: \"{{ $labels.instance }} is down\"", ""].join("\n");
    const result = readYamlDocuments({ path: "rendered.yaml", text });
    expect(result.problems).toEqual([]);
    expect(result.documents).toHaveLength(1);
  });

  it("reports an unrendered helm template with the position of its first {{", () => {
    const text = ["kind: Deployment", "spec:", "  replicas: {{ .Values.replicas }}", ""].join("\n");
    expect(readYamlDocuments({ path: "templates/deploy.yaml", text })).toEqual({
      documents: [],
      problems: [{ file: "templates/deploy.yaml", line: 3, column: 13, message: expect.stringContaining("unrendered Helm template") }],
    });
  });

  it("reads GitHub Actions workflows, whose ${{ }} expressions are not helm templates", () => {
    const text = ["jobs:", "  build:", "    steps:", "      - run: docker push ghcr.io/acme/orders:${{ github.sha }}", ""].join("\n");
    const result = readYamlDocuments({ path: ".github/workflows/ci.yml", text });
    expect(result.problems).toEqual([]);
    expect(result.documents).toHaveLength(1);
  });

  it("reads ApplicationSets, whose {{ }} template parameters are ArgoCD's own, but still refuses helm templates beside them", () => {
    const applicationSet = ["apiVersion: argoproj.io/v1alpha1", "kind: ApplicationSet", "spec:", "  template:", "    metadata:", "      name: '{{path.basename}}'", ""].join("\n");
    expect(readYamlDocuments({ path: "appsets/teams.yaml", text: applicationSet }).documents).toHaveLength(1);
    const withHelm = [applicationSet, "---", "kind: ConfigMap", "data:", "  replicas: {{ .Values.replicas }}", ""].join("\n");
    expect(readYamlDocuments({ path: "appsets/teams.yaml", text: withHelm }).problems).toEqual([
      { file: "appsets/teams.yaml", line: 11, column: 13, message: expect.stringContaining("unrendered Helm template") },
    ]);
  });
});
