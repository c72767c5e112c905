import type { ContextBlock, HeaderBlock, SectionBlock, TableBlock } from '@slack/types';
import type { Evidence } from '../../advisor/index.js';
import { citation } from '../../render/labels.js';
import { truncate } from './escape.js';
import { LIMITS } from './limits.js';

/** A plain_text object (never parsed by Slack: user text is safe in it as typed). */
export function plain(text: string) {
  return { type: 'plain_text' as const, text, emoji: false };
}

/** Small builders for the blocks every message uses; text passed in must already be escaped where needed. */
export function section(mrkdwn: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn, LIMITS.sectionText) } };
}

export function header(text: string): HeaderBlock {
  return {
    type: 'header',
    text: { type: 'plain_text', text: truncate(text, LIMITS.headerText), emoji: false },
  };
}

export function context(...mrkdwn: string[]): ContextBlock {
  return {
    type: 'context',
    elements: mrkdwn
      .slice(0, LIMITS.contextElements)
      .map((text) => ({ type: 'mrkdwn', text: truncate(text, 2000) })),
  };
}

/** The sources a stall point or suggestion rests on, a line each, in small print. */
export function evidenceContext(evidence: readonly Evidence[]): ContextBlock {
  return context(...evidence.map(sourceLine));
}

function sourceLine(evidence: Evidence): string {
  return citation(evidence, (claim) => `_${claim}_`);
}

/** A table block of plain cells, header row first. Slack shows one table per message. */
export function tableBlock(rows: string[][], columnSettings: TableBlock['column_settings'] = []): TableBlock {
  return {
    type: 'table',
    column_settings: columnSettings,
    rows: rows.map((row) => row.map((text) => ({ type: 'raw_text' as const, text }))),
  };
}
