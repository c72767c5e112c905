/**
 * A tiny document model: the advisor's output laid out once as headings, paragraphs, lists and tables, then
 * printed as plain text or Markdown by the writers beside this file.
 */
export type DocBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** Items to tick: Markdown prints task-list checkboxes (`- [ ]`, `- [x]`), text prints `[ ]` and `[x]`. */
  | { kind: 'checklist'; items: { text: string; done: boolean }[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export type Doc = DocBlock[];
