/**
 * Mermaid text always goes inside double quotes, with every character that could end the string,
 * start an entity, open Markdown or carry markup replaced by Mermaid's own entity codes. So any
 * name parses, and none can inject HTML, whatever its script.
 */
const ENTITIES: Record<string, string> = {
  "#": "#35;",
  '"': "#quot;",
  "<": "#lt;",
  ">": "#gt;",
  "&": "#amp;",
  "`": "#96;",
};

export function mermaidText(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/[#"<>&`]/g, (character) => ENTITIES[character]!);
}

/**
 * A Mermaid identifier for a graph id: letters, digits and underscores only, never a keyword.
 * `/` (a part of a node, like a repository's branch) becomes `__`, which no slug can produce
 * since slugs never hold two hyphens in a row.
 */
export function mermaidId(id: string): string {
  return `n_${id.replace(/\//g, "__").replace(/[^A-Za-z0-9_]/g, "_")}`;
}
