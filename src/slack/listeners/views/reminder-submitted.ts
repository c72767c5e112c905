import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { nextOccurrence } from '../../../reminders/rule.js';
import { REMINDER_BLOCKS, reminderSavedView } from '../../blocks/reminder-view.js';
import { describeFailure } from '../../delivery/slack-error.js';
import type { StateValues } from '../../questionnaire/submission.js';
import {
  creatorTimeZone,
  decodeReminderMetadata,
  firstOccurrenceIsFuture,
  readReminderForm,
} from '../../reminders/reminder-form.js';
import { type Services, setOutcome } from '../../services.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/**
 * The reminder form's submit: the rule is checked, the creator's time zone read from users.info (the IANA
 * name), and the reminder saved with its first occurrence as a UTC instant. The form then shows what was set.
 */
export function reminderSubmitted({ reminders, clock, logger }: Services) {
  return async ({ ack, body, view, client, context }: Args): Promise<void> => {
    const metadata = decodeReminderMetadata(view.private_metadata);
    const form = readReminderForm(view.state.values as unknown as StateValues);
    if (!metadata || !form.ok) {
      setOutcome(context, 'invalid_input');
      await ack({
        response_action: 'errors',
        errors: form.ok
          ? { [REMINDER_BLOCKS.date]: 'This form has expired; please open it again.' }
          : form.errors,
      });
      return;
    }
    const workspaceId = body.team?.id ?? view.team_id;
    const userId = body.user.id;
    let timeZone = 'UTC';
    try {
      timeZone = await creatorTimeZone(client, userId);
    } catch (error) {
      logger.warn(
        { method: 'users.info', ...describeFailure(error) },
        'could not read the time zone; using UTC',
      );
    }
    const now = clock.now().getTime();
    if (!firstOccurrenceIsFuture(form.rule, timeZone, now)) {
      setOutcome(context, 'invalid_input');
      await ack({
        response_action: 'errors',
        errors: {
          [REMINDER_BLOCKS.time]: `Pick a date and time in the future (your time zone is ${timeZone}).`,
        },
      });
      return;
    }
    const first = nextOccurrence(form.rule, timeZone, now);
    if (!first) throw new Error('a future first occurrence has no next occurrence');

    if (metadata.reminderId) {
      const updated = await reminders.reschedule(workspaceId, metadata.reminderId, {
        rule: form.rule,
        timeZone,
        occurrence: first.index,
        nextDueAt: first.at,
        now,
      });
      const reminder = updated ? await reminders.get(workspaceId, metadata.reminderId) : undefined;
      if (!reminder) {
        setOutcome(context, 'invalid_input');
        await ack({
          response_action: 'errors',
          errors: { [REMINDER_BLOCKS.date]: 'This reminder was cancelled meanwhile.' },
        });
        return;
      }
      await ack({ response_action: 'update', view: reminderSavedView(reminder, true) });
      return;
    }
    const reminder = await reminders.create({
      workspaceId,
      channelId: metadata.channelId,
      createdBy: userId,
      timeZone,
      rule: form.rule,
      occurrence: first.index,
      nextDueAt: first.at,
      now,
    });
    await ack({ response_action: 'update', view: reminderSavedView(reminder, false) });
  };
}
