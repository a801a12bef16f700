import { AppError, type TFieldIssue } from "@topograph/domain";

/** More issues than this say nothing more; the walk stops collecting. */
const MAX_ISSUES = 20;

const LONE_SURROGATE = "Text cannot hold half of a character (a lone UTF-16 surrogate).";
const NUL = "Text cannot hold a NUL character.";

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (String.isWellFormed, before ES2024 libs). */
const LONE_SURROGATE_PATTERN = "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";
const holdsLoneSurrogate = new RegExp(LONE_SURROGATE_PATTERN);
const everyLoneSurrogate = new RegExp(LONE_SURROGATE_PATTERN, "g");

/** The path as the issue shows it: a lone surrogate in a key would make the answer itself unreadable. */
const printable = (path: string) => path.replace(everyLoneSurrogate, "\uFFFD");

function problemOf(text: string): string | null {
  if (holdsLoneSurrogate.test(text)) return LONE_SURROGATE;
  if (text.includes("\u0000")) return NUL;
  return null;
}

/**
 * The places in a raw input, keys and values, holding text no database column can store:
 * unpaired surrogates (Prisma's engine refuses the query; UTF-8 has no encoding for them) and NUL
 * (PostgreSQL text refuses it). JSON carries both (\ud800, \u0000), so any field could.
 * Walks with its own stack, so an input nested thousands of levels deep cannot overflow it.
 */
export function unstorableText(input: unknown): TFieldIssue[] {
  const issues: TFieldIssue[] = [];
  const pending: { value: unknown; path: string }[] = [{ value: input, path: "" }];
  while (pending.length > 0 && issues.length < MAX_ISSUES) {
    const { value, path } = pending.pop()!;
    if (typeof value === "string") {
      const problem = problemOf(value);
      if (problem) issues.push({ path: printable(path) || "(input)", message: problem });
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const itemPath = path ? `${path}.${key}` : key;
        const problem = problemOf(key);
        if (problem) issues.push({ path: printable(itemPath), message: `The name of this field is not storable. ${problem}` });
        pending.push({ value: item, path: itemPath });
      }
    }
  }
  return issues;
}

/** Refuses an input holding unstorable text, naming every field that holds it. */
export function expectStorableText(input: unknown): void {
  const issues = unstorableText(input);
  if (issues.length === 0) return;
  throw new AppError("INVALID", `Invalid input: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}`, issues);
}

/**
 * The same, on a call's raw input, before any procedure reads it. A body that is not JSON at all
 * is left to the procedure: one with an input answers the parse error as before, one without
 * (auth.signOut, sent as an empty POST) never reads it.
 */
export async function expectStorableRawInput(getRawInput: () => Promise<unknown>): Promise<void> {
  let input: unknown;
  try {
    input = await getRawInput();
  } catch {
    return;
  }
  expectStorableText(input);
}
