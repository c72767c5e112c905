import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { EDIT_ANSWERS_ACTION_ID } from '../../blocks/answer-messages.js';
import { NEW_ASSESSMENT_ACTION_ID } from '../../blocks/home-view.js';
import { REMINDER_ACTIONS } from '../../blocks/reminder-messages.js';
import type { Services } from '../../services.js';
import { editAnswers } from './edit-answers.js';
import { newAssessment } from './new-assessment.js';
import {
  cancelReminder,
  editReminder,
  openReminder,
  reassessFromReminder,
  snoozeReminder,
  stopReminder,
} from './reminder-actions.js';

export function registerActions(app: App, services: Services): void {
  app.action<BlockAction<ButtonAction>>(EDIT_ANSWERS_ACTION_ID, editAnswers(services));
  app.action<BlockAction>(NEW_ASSESSMENT_ACTION_ID, newAssessment(services));
  app.action<BlockAction<ButtonAction>>(REMINDER_ACTIONS.open, openReminder(services));
  app.action<BlockAction<ButtonAction>>(REMINDER_ACTIONS.reassess, reassessFromReminder(services));
  app.action<BlockAction<ButtonAction>>(REMINDER_ACTIONS.snooze, snoozeReminder(services));
  app.action<BlockAction<ButtonAction>>(REMINDER_ACTIONS.stop, stopReminder(services));
  app.action<BlockAction<ButtonAction>>(REMINDER_ACTIONS.edit, editReminder(services));
  app.action<BlockAction<ButtonAction>>(REMINDER_ACTIONS.cancel, cancelReminder(services));
}
