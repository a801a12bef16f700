import jsep from "jsep";
import { catalogFact, FACT_FUNCTIONS, UNKNOWN, type TFactValue, type TScoredKind, type TSubjectFacts, type TUnknown } from "./facts.ts";

jsep.addBinaryOp("in", 7);

/**
 * Rule expressions: a small, side-effect-free language over facts, parsed by jsep and compiled to
 * closures. Logic is three-valued (Kleene): a fact nobody has established is UNKNOWN, `false && x`
 * is false and `true || x` is true whatever x is, and anything else touching UNKNOWN is UNKNOWN.
 * That keeps "we do not know" apart from "fails" all the way to the rule's status.
 *
 *   owners.count == 1 && owners.singleContext
 *   practice("deploy.probes.readiness") || lifecycle == "experimental"
 *   kind in ["microservice", "bff"] && deployments.inMesh
 */
export type TValue = TFactValue | TUnknown;

/** A fact the expression read, for explaining a result. */
export interface TFactRead {
  ref: string;
  value: TValue;
  /** Where the value comes from: an evidence location, or the checklist it was answered on. */
  detail?: string;
}

export interface TCompiledExpression {
  source: string;
  /** Practice items the expression reads (for remediation links and the fact index). */
  practiceIds: readonly string[];
  evaluate(facts: TSubjectFacts, reads?: TFactRead[]): TValue;
}

export class ExpressionError extends Error {
  override readonly name = "ExpressionError";
}

type TStaticType = "boolean" | "number" | "string" | "any" | "list";
interface TNode {
  type: TStaticType;
  run(facts: TSubjectFacts, reads: TFactRead[] | undefined): TValue | readonly TFactValue[];
}

const ANSWER_TRUTH = { adopted: true, "not-applicable": true, partial: false, "not-adopted": false, unknown: UNKNOWN } as const;

export interface TCompileOptions {
  /** When given, practice IDs outside it are refused (a typo would otherwise read as forever unknown). */
  practiceIds?: ReadonlySet<string>;
}

export function compileExpression(source: string, kind: TScoredKind, options: TCompileOptions = {}): TCompiledExpression {
  let ast: jsep.Expression;
  try {
    ast = jsep(source);
  } catch (error) {
    const { description, index } = error as { description?: string; index?: number };
    throw new ExpressionError(`${description ?? String(error)}${index !== undefined ? ` at character ${index + 1}` : ""}.`);
  }
  const practiceIds = new Set<string>();
  const root = compileNode(ast, kind, options, practiceIds);
  if (root.type !== "boolean" && root.type !== "any") throw new ExpressionError(`The expression gives a ${root.type}; a rule needs true or false (compare it, e.g. "${source} > 0").`);
  return {
    source,
    practiceIds: [...practiceIds],
    evaluate(facts, reads) {
      const value = root.run(facts, reads);
      return typeof value === "boolean" ? value : UNKNOWN;
    },
  };
}

function describe(node: jsep.Expression): string {
  switch (node.type) {
    case "Identifier":
      return (node as jsep.Identifier).name;
    case "Literal":
      return (node as jsep.Literal).raw;
    case "MemberExpression": {
      const path = memberPath(node);
      return path ?? "a member expression";
    }
    default:
      return `a ${node.type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()}`;
  }
}

/** `owners.count` or `labels["cost centre"]` as a dotted path; undefined for anything else. */
function memberPath(node: jsep.Expression): string | undefined {
  if (node.type === "Identifier") return (node as jsep.Identifier).name;
  if (node.type !== "MemberExpression") return undefined;
  const member = node as jsep.MemberExpression;
  const object = memberPath(member.object);
  if (object === undefined) return undefined;
  if (!member.computed && member.property.type === "Identifier") return `${object}.${(member.property as jsep.Identifier).name}`;
  if (member.computed && member.property.type === "Literal" && typeof (member.property as jsep.Literal).value === "string") return `${object}.${(member.property as jsep.Literal).value as string}`;
  return undefined;
}

function compileNode(node: jsep.Expression, kind: TScoredKind, options: TCompileOptions, practiceIds: Set<string>): TNode {
  const compile = (child: jsep.Expression) => compileNode(child, kind, options, practiceIds);
  switch (node.type) {
    case "Literal": {
      const value = (node as jsep.Literal).value;
      if (typeof value !== "boolean" && typeof value !== "number" && typeof value !== "string") throw new ExpressionError(`${(node as jsep.Literal).raw} is not a value a rule can use (use true, false, numbers or "strings").`);
      return { type: typeof value as TStaticType, run: () => value };
    }
    case "Identifier":
    case "MemberExpression": {
      const name = (node as jsep.Identifier).name;
      if (node.type === "Identifier" && (name === "true" || name === "false")) return { type: "boolean", run: () => name === "true" };
      const path = memberPath(node);
      if (path === undefined) throw new ExpressionError(`${describe(node)} is not a fact name.`);
      const fact = catalogFact(kind, path);
      if (!fact) throw new ExpressionError(`"${path}" is not a fact of a ${kind.replace("-", " ")}. See the fact reference for the names a rule can read.`);
      return {
        type: fact.type,
        run(facts, reads) {
          const value = facts.catalog.get(path) ?? UNKNOWN;
          reads?.push({ ref: path, value });
          return value;
        },
      };
    }
    case "CallExpression":
      return compileCall(node as jsep.CallExpression, compile, options, practiceIds);
    case "UnaryExpression": {
      const { operator, argument } = node as jsep.UnaryExpression;
      const operand = compile(argument);
      if (operator === "!") {
        expectType(operand, "boolean", `"!" needs true or false, not ${describe(argument)}`);
        return { type: "boolean", run: (f, r) => { const v = operand.run(f, r); return typeof v === "boolean" ? !v : UNKNOWN; } };
      }
      if (operator === "-") {
        expectType(operand, "number", `"-" needs a number, not ${describe(argument)}`);
        return { type: "number", run: (f, r) => { const v = operand.run(f, r); return typeof v === "number" ? -v : UNKNOWN; } };
      }
      throw new ExpressionError(`The operator "${operator}" is not supported; use !, &&, ||, comparisons and in.`);
    }
    case "BinaryExpression":
      return compileBinary(node as jsep.BinaryExpression, compile);
    case "Compound":
      throw new ExpressionError("Write one expression; join conditions with && or ||.");
    default:
      throw new ExpressionError(`${describe(node)} is not supported in a rule.`);
  }
}

function expectType(node: TNode, type: TStaticType, message: string) {
  if (node.type !== type && node.type !== "any") throw new ExpressionError(`${message}.`);
}

function compileCall(call: jsep.CallExpression, compile: (node: jsep.Expression) => TNode, options: TCompileOptions, practiceIds: Set<string>): TNode {
  const name = call.callee.type === "Identifier" ? (call.callee as jsep.Identifier).name : undefined;
  if (name === "known") {
    if (call.arguments.length !== 1) throw new ExpressionError("known() takes one expression.");
    const inner = compile(call.arguments[0]!);
    return { type: "boolean", run: (f, r) => inner.run(f, r) !== UNKNOWN };
  }
  if (name === undefined || !(name in FACT_FUNCTIONS)) throw new ExpressionError(`${describe(call.callee)}() is not a function a rule can call; use practice("id"), answer("id"), evidence("key") or known(…).`);
  const argument = call.arguments[0];
  if (call.arguments.length !== 1 || argument?.type !== "Literal" || typeof (argument as jsep.Literal).value !== "string") {
    throw new ExpressionError(`${name}() takes one quoted ID, e.g. ${name}("deploy.probes.readiness").`);
  }
  const id = (argument as jsep.Literal).value as string;
  if (name !== "evidence") {
    if (options.practiceIds && !options.practiceIds.has(id)) throw new ExpressionError(`"${id}" is not a practice in the catalogue.`);
    practiceIds.add(id);
  }
  const ref = `${name}("${id}")`;
  switch (name as keyof typeof FACT_FUNCTIONS) {
    case "answer":
      return {
        type: "string",
        run(facts, reads) {
          const status = facts.answer(id);
          reads?.push({ ref, value: status === "unknown" ? UNKNOWN : status });
          return status === "unknown" ? UNKNOWN : status;
        },
      };
    case "evidence":
      return {
        type: "any",
        run(facts, reads) {
          const fact = facts.evidence(id);
          reads?.push({ ref, value: fact?.value ?? UNKNOWN, ...(fact ? { detail: evidenceDetail(fact) } : {}) });
          return fact?.value ?? UNKNOWN;
        },
      };
    case "practice":
      return {
        type: "boolean",
        run(facts, reads) {
          const fact = facts.evidence(id);
          if (fact && typeof fact.value === "boolean") {
            reads?.push({ ref, value: fact.value, detail: evidenceDetail(fact) });
            return fact.value;
          }
          const status = facts.answer(id);
          const value = ANSWER_TRUTH[status];
          reads?.push({ ref, value, detail: status === "unknown" ? "not answered and not scanned" : `checklist: ${status}` });
          return value;
        },
      };
  }
}

function evidenceDetail(fact: { message: string; location?: { source: string; file?: string; line?: number } }): string {
  const where = fact.location ? ` (${[fact.location.source, fact.location.file].filter(Boolean).join(": ")}${fact.location.line ? `:${fact.location.line}` : ""})` : "";
  return `evidence: ${fact.message}${where}`;
}

const COMPARISONS = new Set(["==", "!=", "<", "<=", ">", ">="]);

function compileBinary(node: jsep.BinaryExpression, compile: (node: jsep.Expression) => TNode): TNode {
  const { operator } = node;
  if (operator === "&&" || operator === "||") {
    const left = compile(node.left);
    const right = compile(node.right);
    expectType(left, "boolean", `"${operator}" joins conditions; ${describe(node.left)} is not true or false`);
    expectType(right, "boolean", `"${operator}" joins conditions; ${describe(node.right)} is not true or false`);
    const decisive = operator === "||";
    return {
      type: "boolean",
      run(facts, reads) {
        const a = left.run(facts, reads);
        if (a === decisive) return decisive;
        const b = right.run(facts, reads);
        if (b === decisive) return decisive;
        return typeof a === "boolean" && typeof b === "boolean" ? !decisive : UNKNOWN;
      },
    };
  }
  if (operator === "in") {
    if (node.right.type !== "ArrayExpression") throw new ExpressionError(`"in" needs a list on its right, e.g. kind in ["microservice", "bff"].`);
    const items = (node.right as jsep.ArrayExpression).elements.map((element) => {
      if (element?.type !== "Literal") throw new ExpressionError(`A list after "in" holds only literal values.`);
      return (element as jsep.Literal).value as TFactValue;
    });
    const left = compile(node.left);
    return { type: "boolean", run: (f, r) => { const v = left.run(f, r); return v === UNKNOWN ? UNKNOWN : items.includes(v as TFactValue); } };
  }
  if (COMPARISONS.has(operator)) {
    const left = compile(node.left);
    const right = compile(node.right);
    if (left.type !== "any" && right.type !== "any" && left.type !== right.type) {
      throw new ExpressionError(`${describe(node.left)} (${left.type}) cannot be compared with ${describe(node.right)} (${right.type}).`);
    }
    const ordered = operator !== "==" && operator !== "!=";
    if (ordered && (left.type === "boolean" || right.type === "boolean")) throw new ExpressionError(`"${operator}" compares numbers or strings, not true or false.`);
    const compare = comparator(operator);
    return {
      type: "boolean",
      run(facts, reads) {
        const a = left.run(facts, reads);
        const b = right.run(facts, reads);
        if (a === UNKNOWN || b === UNKNOWN || Array.isArray(a) || Array.isArray(b)) return UNKNOWN;
        if (ordered && typeof a !== typeof b) return UNKNOWN;
        return compare(a as TFactValue, b as TFactValue);
      },
    };
  }
  throw new ExpressionError(`The operator "${operator}" is not supported; use !, &&, ||, ==, !=, <, <=, >, >= and in.`);
}

function comparator(operator: string): (a: TFactValue, b: TFactValue) => boolean {
  switch (operator) {
    case "==":
      return (a, b) => a === b;
    case "!=":
      return (a, b) => a !== b;
    case "<":
      return (a, b) => a < b;
    case "<=":
      return (a, b) => a <= b;
    case ">":
      return (a, b) => a > b;
    default:
      return (a, b) => a >= b;
  }
}
