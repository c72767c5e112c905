import { bandOf, type Playbook, ROLE_IDS, STAGE_IDS, type StageId } from '../advisor/index.js';
import { roleName } from '../content/roles.js';
import type { Doc } from './document.js';

/**
 * The playbook's grid as a table of text, header first: roles as rows, stages as columns (all, or one), and a
 * last row of headcount bands. The CLI and Slack both print exactly this.
 */
export function playbookGridRows(playbook: Playbook, only?: StageId): string[][] {
  const stages = only ? [only] : [...STAGE_IDS];
  return [
    ['Role', ...stages.map((stage) => playbook.stages[stage].name)],
    ...ROLE_IDS.map((role) => [
      roleName(playbook, role),
      ...stages.map((stage) => playbook.levels[playbook.roles[role].seats[stage]]?.label ?? '?'),
    ]),
    ['Typical headcount', ...stages.map((stage) => bandOf(playbook.stages[stage]).label)],
  ];
}

/** The playbook's grid: roles as rows, stages as columns, and each stage's headcount band. */
export function gridDocument(playbook: Playbook, only?: StageId): Doc {
  const [header = [], ...rows] = playbookGridRows(playbook, only);

  const doc: Doc = [
    {
      kind: 'heading',
      level: 1,
      text: only ? `${playbook.title} (${playbook.stages[only].name})` : playbook.title,
    },
    { kind: 'table', header, rows },
  ];
  if (only) {
    doc.push({ kind: 'paragraph', text: playbook.stages[only].goal });
    const usedLevels = [...new Set(ROLE_IDS.map((role) => playbook.roles[role].seats[only]))];
    doc.push({
      kind: 'list',
      items: usedLevels.map((id) => `${playbook.levels[id]?.label}: ${playbook.levels[id]?.meaning}`),
    });
  }
  doc.push({
    kind: 'paragraph',
    text: 'Headcount bands are directional guidance from practitioner reports, not a hard benchmark; the order in which seats are filled is the durable part.',
  });
  return doc;
}

/** The grid as data, for `--format json`. */
export function gridData(playbook: Playbook, only?: StageId) {
  const stages = only ? [only] : [...STAGE_IDS];
  return {
    title: playbook.title,
    stages: stages.map((stage) => ({
      id: stage,
      name: playbook.stages[stage].name,
      headcount: bandOf(playbook.stages[stage]),
      goal: playbook.stages[stage].goal,
    })),
    roles: ROLE_IDS.map((role) => ({
      id: role,
      name: roleName(playbook, role),
      owns: playbook.roles[role].owns,
      seats: Object.fromEntries(
        stages.map((stage) => {
          const id = playbook.roles[role].seats[stage];
          return [stage, { level: id, label: playbook.levels[id]?.label }];
        }),
      ),
    })),
  };
}
