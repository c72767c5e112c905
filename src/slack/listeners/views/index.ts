import type { App } from '@slack/bolt';
import { FORGET_CALLBACK_ID } from '../../blocks/forget-view.js';
import { QUESTIONNAIRE_CALLBACK_ID } from '../../blocks/questionnaire-view.js';
import { REMINDER_CALLBACK_ID } from '../../blocks/reminder-view.js';
import type { Services } from '../../services.js';
import { forgetConfirmed } from './forget-confirmed.js';
import { questionnaireSubmitted } from './questionnaire-submitted.js';
import { reminderSubmitted } from './reminder-submitted.js';

export function registerViews(app: App, services: Services): void {
  app.view(QUESTIONNAIRE_CALLBACK_ID, questionnaireSubmitted(services));
  app.view(REMINDER_CALLBACK_ID, reminderSubmitted(services));
  app.view(FORGET_CALLBACK_ID, forgetConfirmed(services));
}
