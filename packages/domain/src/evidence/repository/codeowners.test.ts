import { describe, expect, it } from "vitest";
import { checkCodeowners, codeownersPatternMatcher, findCodeownersFile, parseCodeowners } from "./codeowners.ts";
import { readFixture } from "./fixtures/read-fixture.ts";

function codeowners(...lines: string[]) {
  return parseCodeowners({ path: ".github/CODEOWNERS", text: lines.join("\n") }).codeowners;
}

describe("CODEOWNERS", () => {
  it("is read from .github/ first, then the root, then docs/, as GitHub does", () => {
    const file = (path: string) => ({ path, text: "* @acme/team" });
    expect(findCodeownersFile([file("docs/CODEOWNERS"), file("CODEOWNERS")])?.path).toBe("CODEOWNERS");
    expect(findCodeownersFile([file("CODEOWNERS"), file(".github/CODEOWNERS")])?.path).toBe(".github/CODEOWNERS");
    expect(findCodeownersFile([file("src/CODEOWNERS")])).toBeUndefined();
  });

  it("gives each path the owners of the last rule that matches it", () => {
    const rules = codeowners("*       @acme/orders-team", "*.sql   @acme/dba", "/infra/ @acme/platform-team", "/infra/README.md");
    expect(rules.ownersOf("src/order.ts")).toEqual(["@acme/orders-team"]);
    expect(rules.ownersOf("db/schema/001.sql")).toEqual(["@acme/dba"]);
    expect(rules.ownersOf("infra/main.tf")).toEqual(["@acme/platform-team"]);
    expect(rules.ownersOf("infra/README.md")).toEqual([]);
    expect(rules.ruleFor("infra/main.tf")?.line).toBe(3);
  });

  describe("patterns, gitignore-style as GitHub applies them", () => {
    const matches = (pattern: string, path: string) => codeownersPatternMatcher(pattern)(path);

    it("matches a name without a slash at any depth, and everything beneath a matching directory", () => {
      expect(matches("*.js", "web/app.js")).toBe(true);
      expect(matches("apps/", "services/apps/orders/main.go")).toBe(true);
      expect(matches("apps/", "apps")).toBe(false);
    });

    it("anchors a pattern with a leading or inner slash at the root", () => {
      expect(matches("/build/logs/", "build/logs/today.log")).toBe(true);
      expect(matches("/build/logs/", "src/build/logs/today.log")).toBe(false);
      expect(matches("docs/guide", "docs/guide/intro.md")).toBe(true);
      expect(matches("docs/guide", "site/docs/guide/intro.md")).toBe(false);
    });

    it("lets dir/* cover only the files directly in dir", () => {
      expect(matches("docs/*", "docs/getting-started.md")).toBe(true);
      expect(matches("docs/*", "docs/build-app/troubleshooting.md")).toBe(false);
    });

    it("lets ** cross directories and ? stand for one character", () => {
      expect(matches("**/logs", "deeply/nested/logs/app.log")).toBe(true);
      expect(matches("/docs/**/*.md", "docs/a/b/c.md")).toBe(true);
      expect(matches("/docs/**/*.md", "docs/c.md")).toBe(true);
      expect(matches("v?.txt", "v1.txt")).toBe(true);
      expect(matches("v?.txt", "v10.txt")).toBe(false);
    });

    it("reads escaped spaces and leading hashes as part of the pattern", () => {
      expect(codeowners("/My\\ Documents/ @acme/docs", "\\#notes.md @acme/docs").rules.map((rule) => rule.pattern)).toEqual(["/My Documents/", "#notes.md"]);
    });
  });

  it("reports each malformed line with its column and skips it, as GitHub does", () => {
    const [file] = readFixture("broken").filter((candidate) => candidate.path === "CODEOWNERS");
    const { codeowners: parsed, problems } = parseCodeowners(file!);
    expect(problems.map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      { line: 3, column: 1, message: 'Negation ("!/generated/") is not supported in CODEOWNERS; the line is ignored.' },
      { line: 4, column: 1, message: 'Character ranges ("/src/[ab]/") are not supported in CODEOWNERS; the line is ignored.' },
      { line: 5, column: 14, message: '"acme-docs-team" is not an owner: write @user, @org/team or an email address; the line is ignored.' },
    ]);
    expect(parsed.rules.map(({ pattern, owners, line }) => ({ pattern, owners, line }))).toEqual([
      { pattern: "*", owners: ["@acme/platform-team"], line: 2 },
      { pattern: "/api/", owners: ["@acme/api-team"], line: 6 },
      { pattern: "/legacy/", owners: [], line: 7 },
    ]);
  });

  it("gives rules of a GitLab section without owners the section's default owners", () => {
    expect(codeowners("[Database] @acme/dba", "*.sql", "^[Docs]", "*.md @acme/writers").rules.map((rule) => rule.owners)).toEqual([["@acme/dba"], ["@acme/writers"]]);
  });

  describe("the repository's owner (org.ownership.owner-assigned)", () => {
    it("passes at the root rule that names an owner", () => {
      const [finding] = checkCodeowners(parseCodeowners(findCodeownersFile(readFixture("gitops-service"))!).codeowners);
      expect(finding).toMatchObject({ practiceId: "org.ownership.owner-assigned", status: "pass", file: ".github/CODEOWNERS", line: 2, message: "The repository is owned by @acme/orders-team." });
    });

    it("fails when only some paths have owners", () => {
      const [finding] = checkCodeowners(parseCodeowners(findCodeownersFile(readFixture("ciops-service"))!).codeowners);
      expect(finding).toMatchObject({ status: "fail", file: "CODEOWNERS", line: 1, severity: "medium" });
    });

    it("fails when a later root rule takes the owners away", () => {
      expect(checkCodeowners(codeowners("* @acme/team", "", "*"))[0]).toMatchObject({ status: "fail", line: 3 });
    });

    it("fails without a CODEOWNERS file, pointing where GitHub looks first", () => {
      expect(checkCodeowners(undefined)[0]).toMatchObject({ status: "fail", file: ".github/CODEOWNERS", line: 1 });
    });
  });
});
