import type { App } from '@slack/bolt';
import type { Services } from '../../services.js';
import { STEP_IDS } from '../../steps/step-ids.js';
import { assessTeam } from './assess-team.js';
import { reassessTeam } from './reassess-team.js';
import { sendHiringPlan } from './send-hiring-plan.js';
import { failUnknownSteps } from './unknown-step.js';

/**
 * The Workflow Builder steps (the manifests' `functions`). Bolt acknowledges each `function_executed` event
 * before the listener runs (autoAcknowledge), so a slow step never makes Slack send the event again.
 */
export function registerFunctions(app: App, services: Services): void {
  app.function(STEP_IDS.reassess, reassessTeam(services));
  app.function(STEP_IDS.assess, assessTeam(services));
  app.function(STEP_IDS.sendPlan, sendHiringPlan(services));
  app.use(failUnknownSteps(services));
}
