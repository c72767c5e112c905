import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { EDIT_ANSWERS_ACTION_ID } from '../../blocks/answer-messages.js';
import { NEW_ASSESSMENT_ACTION_ID } from '../../blocks/home-view.js';
import type { Services } from '../../services.js';
import { editAnswers } from './edit-answers.js';
import { newAssessment } from './new-assessment.js';

export function registerActions(app: App, services: Services): void {
  app.action<BlockAction<ButtonAction>>(EDIT_ANSWERS_ACTION_ID, editAnswers(services));
  app.action<BlockAction>(NEW_ASSESSMENT_ACTION_ID, newAssessment(services));
}
