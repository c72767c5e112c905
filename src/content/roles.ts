/**
 * Words about the playbook that both the Slack bot and the CLI print, kept here so the two say the same thing.
 * Plain text: each surface adds its own emphasis.
 */

import type { Playbook, RoleId } from '../advisor/index.js';

/**
 * A role's one name, wherever a person reads it (the advice, the grid, `roles`, the plan): the playbook's
 * short name, "AI product manager", never its long form "Product manager (AI)" beside it.
 */
export function roleName(playbook: Playbook, role: RoleId): string {
  return playbook.roles[role].shortName;
}

/** The question people most often get wrong when they staff an AI team; `/aiteam roles` and `ai-team-advisor roles` answer it. */
export const AI_VS_ML_ENGINEER = {
  question: 'AI engineer or ML engineer?',
  answer:
    'The AI engineer builds product on top of models someone else trained: APIs, evals, UX, latency and cost, ' +
    'often without training anything. The ML engineer trains, fine-tunes and deploys models. For most teams ' +
    'shipping LLM features the AI engineer is the first specialist hire; the ML engineer comes once a ' +
    'custom-trained model is on the table. Mixing them up means paying for research when the product needs ' +
    'shipping, or asking a model trainer to build a streaming chat UI.',
  quote: 'Shipping AI products takes engineers rather than researchers.',
  source: 'a16z, 2023',
} as const;

/** Where the advice comes from, said as the playbook itself says it. */
export const SOURCES_NOTE =
  'The role grid and headcount bands are directional guidance synthesized from practitioner reports; the figures ' +
  'quoted beside the advice are cited to their sources (a16z, McKinsey, IDC, Gartner).';
