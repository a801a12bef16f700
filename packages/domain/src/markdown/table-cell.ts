/** A Markdown table cell: one line, pipes escaped, so any text keeps the table intact. */
export const markdownCell = (text: string) => text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
