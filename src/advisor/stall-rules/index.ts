import type { StallPoint } from '../assessment.js';
import { SEVERITIES } from '../assessment.js';
import type { Seats } from '../grid.js';
import type { TeamContext } from '../team-context.js';
import { customModelWithoutMlEngineer } from './custom-model-without-ml-engineer.js';
import { dataScientistsWithoutDataEngineering } from './data-scientists-without-data-engineering.js';
import { headcountOutsideBand } from './headcount-outside-band.js';
import { mlopsMissing } from './mlops-missing.js';
import { noAiEngineer } from './no-ai-engineer.js';
import { noBackendOrDataEngineer } from './no-backend-or-data-engineer.js';
import { noEvalOwner } from './no-eval-owner.js';
import { noGovernedData } from './no-governed-data.js';
import { noMonitoring } from './no-monitoring.js';
import { noProductOwner } from './no-product-owner.js';
import { noSecurityReview } from './no-security-review.js';
import { noSecuritySeat } from './no-security-seat.js';
import { researchersNotShippers } from './researchers-not-shippers.js';
import type { StallRule } from './rule.js';

/** Every rule, in the order that breaks ties between equally severe stall points (the playbook's order). */
export const STALL_RULES: readonly StallRule[] = [
  noAiEngineer,
  mlopsMissing,
  customModelWithoutMlEngineer,
  researchersNotShippers,
  dataScientistsWithoutDataEngineering,
  noGovernedData,
  noSecuritySeat,
  noMonitoring,
  noSecurityReview,
  noProductOwner,
  noEvalOwner,
  noBackendOrDataEngineer,
  headcountOutsideBand,
];

/** The stall points this team shows, most severe first. */
export function findStallPoints(team: TeamContext, seats: Seats): StallPoint[] {
  const found: StallPoint[] = [];
  for (const rule of STALL_RULES) {
    const point = rule.evaluate(team, seats);
    if (!point) continue;
    // Field by field rather than a spread: the spread was ~6% of an assessment (measured).
    found.push({
      id: rule.id,
      severity: point.severity,
      title: point.title,
      what: point.what,
      why: point.why,
      fix: point.fix,
      evidence: point.evidence,
      seatsToFill: point.seatsToFill,
    });
  }
  // Array.prototype.sort is stable, so rule order breaks ties.
  return found.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
