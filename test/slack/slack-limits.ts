import type { AnyBlock, KnownBlock } from '@slack/types';

/**
 * Slack's limits written down as its documentation gives them (see /work/shared/reference/slack-platform.md),
 * and the checker the limit tests hold messages and views to. Kept apart from src/slack/blocks/limits.ts on
 * purpose: if the builders' own numbers drift, these do not drift with them.
 */
export const SLACK = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  /** Undocumented: Slack answers msg_blocks_too_long at about 12,000 characters of block text. */
  messageBlockText: 12_000,
  fallbackText: 4000,
  modalTitle: 24,
  privateMetadata: 3000,
  buttonValue: 2000,
  tableRows: 100,
  tableCells: 20,
} as const;

/** Every string under a `text` key, at any depth: what Slack's cumulative text limit counts. */
export function textLength(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let total = 0;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'text' && typeof item === 'string') total += item.length;
    else total += textLength(item);
  }
  return total;
}

/** What Slack would reject in a message or view; empty when it takes it. */
export function slackLimitProblems(
  surface: 'message' | 'view',
  blocks: readonly AnyBlock[],
  text = '',
): string[] {
  const problems: string[] = [];
  const maxBlocks = surface === 'message' ? SLACK.blocksPerMessage : SLACK.blocksPerView;
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks (max ${maxBlocks})`);
  if (surface === 'message') {
    const total = textLength(blocks);
    if (total > SLACK.messageBlockText) problems.push(`${total} characters of block text`);
    if (text.length === 0) problems.push('no fallback text');
    if (text.length > SLACK.fallbackText) problems.push(`fallback text of ${text.length} characters`);
  }
  let tables = 0;
  blocks.forEach((anyBlock, index) => {
    const block = anyBlock as KnownBlock;
    const where = `block ${index} (${block.type})`;
    if (block.type === 'section') {
      if ((block.text?.text.length ?? 0) > SLACK.sectionText) problems.push(`${where}: text over 3000`);
      if ((block.fields?.length ?? 0) > SLACK.sectionFields) problems.push(`${where}: more than 10 fields`);
      if (block.fields?.some((field) => field.text.length > SLACK.fieldText))
        problems.push(`${where}: a field over 2000`);
    } else if (block.type === 'header') {
      if (block.text.text.length > SLACK.headerText) problems.push(`${where}: header over 150`);
    } else if (block.type === 'context') {
      if (block.elements.length > SLACK.contextElements) problems.push(`${where}: more than 10 elements`);
    } else if (block.type === 'table') {
      tables += 1;
      if (block.rows.length > SLACK.tableRows) problems.push(`${where}: more than 100 rows`);
      if (block.rows.some((row) => row.length > SLACK.tableCells))
        problems.push(`${where}: a row over 20 cells`);
    }
  });
  if (tables > 1) problems.push(`${tables} table blocks (Slack shows one per message)`);
  return problems;
}
