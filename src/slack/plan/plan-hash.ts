import { createHash } from 'node:crypto';
import type { CompanyPlan } from '../../advisor/index.js';

/**
 * What a plan's picture is drawn from, as a hash: the plan without the moment it was made (ages still
 * count). App Home keeps one picture per person and plan by it (PictureCache).
 */
export function planHash(plan: CompanyPlan): string {
  const { asOf: _asOf, ...content } = plan;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
