import { readFileSync } from 'node:fs';
import { getDefaultPlaybook, ROLE_IDS } from '../../src/advisor/index.js';

/** The rows of the first Markdown table in `text`, header first, cells trimmed (separator row dropped). */
export function markdownTableRows(text: string): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replaceAll('\\|', '|'));
    if (cells.every((cell) => /^-+$/.test(cell))) continue;
    rows.push(cells);
  }
  return rows;
}

/** The playbook's role-by-stage table, copied verbatim from the source article. */
export const PLAYBOOK_TABLE = markdownTableRows(
  readFileSync(new URL('../fixtures/playbook-table.md', import.meta.url), 'utf8'),
);

/**
 * The playbook's table as the grid shows it: each role by its one name, the one the advice uses ("AI
 * product manager" where the article says "Product manager (AI)"); every other cell as the article has it.
 */
export const PLAYBOOK_TABLE_ONE_NAME = PLAYBOOK_TABLE.map(([first = '', ...rest]) => {
  const playbook = getDefaultPlaybook();
  const role = ROLE_IDS.find((id) => playbook.roles[id].name === first);
  return [role ? playbook.roles[role].shortName : first, ...rest];
});
