import type { TFinding, TScanProblem, TSourceFile } from "../finding.ts";
import { repositoryFinding } from "./repository-finding.ts";

/** GitHub reads the first of these that exists and ignores the others. */
export const CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"] as const;

export interface TCodeownersRule {
  pattern: string;
  /** Empty when the rule takes ownership away from the files it matches. */
  owners: string[];
  line: number;
}

export interface TCodeowners {
  file: string;
  rules: TCodeownersRule[];
  /** The rule that decides who owns `path`: the last one matching it. */
  ruleFor(path: string): TCodeownersRule | undefined;
  ownersOf(path: string): string[];
}

export function isCodeownersPath(path: string): boolean {
  return (CODEOWNERS_LOCATIONS as readonly string[]).includes(path);
}

/** The CODEOWNERS file GitHub uses among the repository's files, if any. */
export function findCodeownersFile(files: readonly TSourceFile[]): TSourceFile | undefined {
  for (const location of CODEOWNERS_LOCATIONS) {
    const file = files.find((candidate) => candidate.path === location);
    if (file) return file;
  }
  return undefined;
}

const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const TEAM = /^@[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
/** GitLab section headers (`[Backend]`, `^[Docs][2] @docs-team`); GitHub has none, GitLab repositories do. */
const GITLAB_SECTION = /^\^?\[[^\]]+\](?:\[\d+\])?((?:\s+\S+)*)\s*$/;

/**
 * Parses CODEOWNERS. As on GitHub, a line with invalid syntax is skipped as a whole and reported:
 * negation (`!`) and character ranges (`[ ]`) are not supported, owners are @user, @org/team or an email.
 */
export function parseCodeowners(file: TSourceFile): { codeowners: TCodeowners; problems: TScanProblem[] } {
  const rules: TCodeownersRule[] = [];
  const problems: TScanProblem[] = [];
  let sectionOwners: string[] = [];
  for (const [index, text] of file.text.split(/\r?\n/).entries()) {
    const line = index + 1;
    const problem = (column: number, message: string) => problems.push({ file: file.path, line, column, message });
    const section = GITLAB_SECTION.exec(text.trim());
    if (section) {
      sectionOwners = (section[1] ?? "").trim().split(/\s+/).filter(Boolean);
      continue;
    }
    const tokens = tokenize(text);
    const [pattern, ...owners] = tokens;
    if (!pattern) continue;
    if (pattern.text.startsWith("!")) {
      problem(pattern.column, `Negation ("${pattern.text}") is not supported in CODEOWNERS; the line is ignored.`);
      continue;
    }
    if (/(?<!\\)\[/.test(pattern.text)) {
      problem(pattern.column, `Character ranges ("${pattern.text}") are not supported in CODEOWNERS; the line is ignored.`);
      continue;
    }
    const invalid = owners.find((owner) => !USER.test(owner.text) && !TEAM.test(owner.text) && !EMAIL.test(owner.text));
    if (invalid) {
      problem(invalid.column, `"${invalid.text}" is not an owner: write @user, @org/team or an email address; the line is ignored.`);
      continue;
    }
    rules.push({ pattern: pattern.text, owners: owners.length > 0 ? owners.map((owner) => owner.text) : sectionOwners, line });
  }
  const matchers = rules.map((rule) => ({ rule, matches: codeownersPatternMatcher(rule.pattern) }));
  const ruleFor = (path: string) => matchers.findLast(({ matches }) => matches(normalisePath(path)))?.rule;
  return { codeowners: { file: file.path, rules, ruleFor, ownersOf: (path) => ruleFor(path)?.owners ?? [] }, problems };
}

/** Whitespace-separated tokens with their 1-based columns; `\ ` and `\#` are escapes, a token starting with `#` starts a comment. */
function tokenize(text: string): { text: string; column: number }[] {
  const tokens: { text: string; column: number }[] = [];
  for (const match of text.matchAll(/(?:\\.|\S)+/g)) {
    if (match[0].startsWith("#")) break;
    tokens.push({ text: match[0].replace(/\\([ #])/g, "$1"), column: match.index + 1 });
  }
  return tokens;
}

function normalisePath(path: string): string {
  return path.replace(/^\.?\//, "");
}

/**
 * A gitignore-style pattern as GitHub applies it to CODEOWNERS: a pattern with a slash at its start
 * or middle is anchored at the root, otherwise it matches at any depth; a match on a directory
 * covers everything beneath it, except that `dir/*` covers only the files directly in `dir`.
 */
export function codeownersPatternMatcher(pattern: string): (path: string) => boolean {
  if (pattern === "/" || pattern === "*" || pattern === "**" || pattern === "/**") return () => true;
  const anchored = pattern.slice(0, -1).includes("/");
  const directoryOnly = pattern.endsWith("/");
  const segments = pattern.replace(/^\//, "").replace(/\/$/, "").split("/");
  const last = segments.length - 1;
  let source = anchored ? "^" : "^(?:.*/)?";
  for (const [index, segment] of segments.entries()) {
    if (segment === "**") source += index === last ? ".*" : "(?:.*/)?";
    else source += globSegment(segment) + (index === last ? "" : "/");
  }
  const directChildrenOnly = segments.length > 1 && segments[last] === "*";
  if (segments[last] !== "**" && !directChildrenOnly) source += directoryOnly ? "/.*" : "(?:/.*)?";
  const expression = new RegExp(`${source}$`);
  return (path) => expression.test(path);
}

function globSegment(segment: string): string {
  let source = "";
  for (let index = 0; index < segment.length; index += 1) {
    const character = segment[index]!;
    if (character === "\\" && index + 1 < segment.length) source += escapeRegExp(segment[++index]!);
    else if (character === "*") source += "[^/]*";
    else if (character === "?") source += "[^/]";
    else source += escapeRegExp(character);
  }
  return source;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Root patterns: a rule with one of them decides the owners of every file no later rule claims. */
const ROOT_PATTERNS = new Set(["*", "/", "**", "/*", "/**"]);

/** The last rule covering the whole repository (`*`, `/`, `**`): the default owners of every file no later rule claims. */
export function rootRuleOf(codeowners: TCodeowners): TCodeownersRule | undefined {
  return codeowners.rules.findLast((rule) => ROOT_PATTERNS.has(rule.pattern));
}

/**
 * org.ownership.owner-assigned for the repository root: passes when the last rule covering the whole
 * repository (`*`, `/`, `**`) names an owner. Without a CODEOWNERS file the finding points at the
 * place GitHub looks first.
 */
export function checkCodeowners(codeowners: TCodeowners | undefined): TFinding[] {
  const check = { checkId: "codeowners.repository-owner", practiceId: "org.ownership.owner-assigned", severity: "medium" } as const;
  const remediation = "Add a rule such as `* @org/team` naming the owning team at the top of CODEOWNERS.";
  if (!codeowners) {
    return [repositoryFinding({ ...check, status: "fail", file: CODEOWNERS_LOCATIONS[0], line: 1, message: "The repository has no CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS).", remediation: `Create ${CODEOWNERS_LOCATIONS[0]}. ${remediation}` })];
  }
  const rootRule = rootRuleOf(codeowners);
  if (!rootRule) {
    return [repositoryFinding({ ...check, status: "fail", file: codeowners.file, line: 1, message: "No CODEOWNERS rule covers the whole repository, so files outside the listed paths have no owner.", remediation })];
  }
  if (rootRule.owners.length === 0) {
    return [repositoryFinding({ ...check, status: "fail", file: codeowners.file, line: rootRule.line, message: `The rule "${rootRule.pattern}" names no owner, so the repository has none.`, remediation })];
  }
  return [repositoryFinding({ ...check, status: "pass", file: codeowners.file, line: rootRule.line, message: `The repository is owned by ${rootRule.owners.join(", ")}.` })];
}
