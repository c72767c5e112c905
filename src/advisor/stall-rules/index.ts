import type { StallPoint } from '../assessment.js';
import { SEVERITIES } from '../assessment.js';
import type { TeamContext } from '../team-context.js';
import { aiBoltedOntoAppTeam } from './ai-bolted-onto-app-team.js';
import { dataScientistsWithoutDataEngineering } from './data-scientists-without-data-engineering.js';
import { headcountOutsideBand } from './headcount-outside-band.js';
import { mlopsMissing } from './mlops-missing.js';
import { noBackendOrDataEngineer } from './no-backend-or-data-engineer.js';
import { noEvalOwner } from './no-eval-owner.js';
import { noGovernanceFunction } from './no-governance-function.js';
import { noProductOwner } from './no-product-owner.js';
import { noSecuritySeat } from './no-security-seat.js';
import { pilotExitUnprepared } from './pilot-exit-unprepared.js';
import { researchersNotShippers } from './researchers-not-shippers.js';
import type { StallRule } from './rule.js';

/** Every rule, in the order that breaks ties between equally severe stall points. */
export const STALL_RULES: readonly StallRule[] = [
  mlopsMissing,
  aiBoltedOntoAppTeam,
  researchersNotShippers,
  pilotExitUnprepared,
  noSecuritySeat,
  dataScientistsWithoutDataEngineering,
  noProductOwner,
  noEvalOwner,
  noBackendOrDataEngineer,
  noGovernanceFunction,
  headcountOutsideBand,
];

/** The stall points this team shows, most severe first. */
export function findStallPoints(team: TeamContext): StallPoint[] {
  const found: StallPoint[] = [];
  for (const rule of STALL_RULES) {
    const point = rule.evaluate(team);
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
