import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { FORGET_CALLBACK_ID, FORGET_ME_CALLBACK_ID } from '../../blocks/forget-view.js';
import { QUESTIONNAIRE_CALLBACK_ID } from '../../blocks/questionnaire-view.js';
import { REMINDER_CALLBACK_ID } from '../../blocks/reminder-view.js';
import type { Services } from '../../services.js';
import { ASSESS_STEP_CALLBACK_ID } from '../../steps/assess-request-message.js';
import { route } from '../route.js';
import { assessStepSubmitted } from './assess-step-submitted.js';
import { forgetConfirmed } from './forget-confirmed.js';
import { forgetMeConfirmed } from './forget-me-confirmed.js';
import { questionnaireSubmitted } from './questionnaire-submitted.js';
import { reminderSubmitted } from './reminder-submitted.js';

type SubmissionArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

export function registerViews(app: App, services: Services): void {
  const submissions = route<SubmissionArgs>(
    {
      [QUESTIONNAIRE_CALLBACK_ID]: questionnaireSubmitted(services),
      [REMINDER_CALLBACK_ID]: reminderSubmitted(services),
      [FORGET_CALLBACK_ID]: forgetConfirmed(services),
      [FORGET_ME_CALLBACK_ID]: forgetMeConfirmed(services),
      [ASSESS_STEP_CALLBACK_ID]: assessStepSubmitted(services),
    },
    ({ view }) => view.callback_id,
  );
  app.view<ViewSubmitAction>(
    { type: 'view_submission', callback_id: submissions.pattern },
    submissions.listener,
  );
}
