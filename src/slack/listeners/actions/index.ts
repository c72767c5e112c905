import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  ConversationsSelectAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { EDIT_ANSWERS_ACTION_ID } from '../../blocks/answer-messages.js';
import { NEW_ASSESSMENT_ACTION_ID } from '../../blocks/home-view.js';
import { PLAN_BY_DM_ACTION_ID } from '../../blocks/plan-messages.js';
import { FIELD_BLOCKS, VALUE_ACTION_ID } from '../../blocks/questionnaire-view.js';
import { REMINDER_ACTIONS } from '../../blocks/reminder-messages.js';
import { FEEDBACK_ACTION_ID } from '../../blocks/support.js';
import type { Services } from '../../services.js';
import { ASSESS_STEP_ACTIONS } from '../../steps/assess-request-message.js';
import { route } from '../route.js';
import { openAssessStep, skipAssessStep } from './assess-step-buttons.js';
import { channelPicked } from './channel-picked.js';
import { editAnswers } from './edit-answers.js';
import { feedbackOpened } from './feedback-opened.js';
import { newAssessment } from './new-assessment.js';
import { planByDm } from './plan-by-dm.js';
import {
  cancelReminder,
  editReminder,
  openReminder,
  reassessFromReminder,
  resumeReminder,
  snoozeReminder,
  stopReminder,
} from './reminder-actions.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

export function registerActions(app: App, services: Services): void {
  const buttons = route<ButtonArgs>(
    {
      [EDIT_ANSWERS_ACTION_ID]: editAnswers(services),
      [NEW_ASSESSMENT_ACTION_ID]: newAssessment(services),
      [FEEDBACK_ACTION_ID]: feedbackOpened(),
      [PLAN_BY_DM_ACTION_ID]: planByDm(services),
      [REMINDER_ACTIONS.open]: openReminder(services),
      [REMINDER_ACTIONS.reassess]: reassessFromReminder(services),
      [REMINDER_ACTIONS.snooze]: snoozeReminder(services),
      [REMINDER_ACTIONS.stop]: stopReminder(services),
      [REMINDER_ACTIONS.edit]: editReminder(services),
      [REMINDER_ACTIONS.cancel]: cancelReminder(services),
      [REMINDER_ACTIONS.resume]: resumeReminder(services),
      [ASSESS_STEP_ACTIONS.open]: openAssessStep(services),
      [ASSESS_STEP_ACTIONS.skip]: skipAssessStep(services),
    },
    ({ action }) => action.action_id,
  );
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: buttons.pattern },
    buttons.listener,
  );
  // The questionnaire's "Post the advice in" (App Home): checked as soon as a conversation is picked.
  app.action<BlockAction<ConversationsSelectAction>>(
    { type: 'block_actions', block_id: FIELD_BLOCKS.channel, action_id: VALUE_ACTION_ID },
    channelPicked(services),
  );
}
