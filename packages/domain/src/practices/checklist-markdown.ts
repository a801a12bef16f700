import { markdownCell as cell } from "../markdown/table-cell.ts";
import { ANSWER_STATUS_LABELS, type TChecklistEntry, type TProgress } from "./checklist.ts";

export interface TChecklistDocument {
  scope: { kind: string; name: string };
  catalogueVersion: number;
  progress: TProgress;
  sections: { section: string; title: string; progress: TProgress; entries: TChecklistEntry[] }[];
}


/** A checklist as Markdown, for a pull request or a review meeting. */
export function checklistToMarkdown(checklist: TChecklistDocument, options: { gapsOnly?: boolean } = {}): string {
  const lines = [
    `# Practice checklist: ${cell(checklist.scope.name)} (${checklist.scope.kind})`,
    "",
    `${checklist.progress.percent}% adopted: ${checklist.progress.adopted} adopted, ${checklist.progress.partial} partially, ${checklist.progress.notAdopted} not adopted, ${checklist.progress.unknown} unknown, of ${checklist.progress.applicable} that apply. Practice catalogue version ${checklist.catalogueVersion}.`,
  ];
  for (const section of checklist.sections) {
    const entries = options.gapsOnly ? section.entries.filter((e) => e.status !== "adopted" && e.status !== "not-applicable") : section.entries;
    if (entries.length === 0) continue;
    lines.push("", `## ${section.section}. ${section.title} (${section.progress.percent}%)`, "", "| Practice | Status | Source | Note |", "| --- | --- | --- | --- |");
    for (const entry of entries) {
      const source = entry.source === "inherited" && entry.inheritedFrom ? `inherited from ${entry.inheritedFrom.kind} ${entry.inheritedFrom.name}` : entry.source;
      const note = [entry.answer?.note ?? "", ...(entry.answer?.evidenceLinks ?? []).map((link) => `<${link}>`)].filter(Boolean).join(" ");
      lines.push(`| ${cell(entry.item.title)} (\`${entry.item.id}\`) | ${ANSWER_STATUS_LABELS[entry.status]} | ${cell(source)} | ${cell(note)} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}
