import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction, webApi } from '@slack/bolt';
import type { Reminder } from '../../../reminders/reminder-store.js';
import { describeRule, nextOccurrence } from '../../../reminders/rule.js';
import { slackDate } from '../../blocks/changes.js';
import { REMINDER_BLOCKS, reminderSavedView } from '../../blocks/reminder-view.js';
import { withSupport } from '../../blocks/support.js';
import { describeFailure, slackErrorCode } from '../../delivery/slack-error.js';
import type { StateValues } from '../../questionnaire/submission.js';
import { mayManage, refusal } from '../../reminders/permissions.js';
import {
  creatorTimeZone,
  decodeReminderMetadata,
  firstOccurrenceIsFuture,
  readReminderForm,
} from '../../reminders/reminder-form.js';
import { type Services, setOutcome } from '../../services.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/**
 * The reminder form's submit. The rule is checked; the time zone is the creator's, read from users.info (the
 * IANA name), also when someone else edits it; the reminder is saved with its next occurrence as a UTC
 * instant. A new reminder is announced in its channel first, which also proves the bot can post there: a
 * channel it cannot reach is refused on the form rather than failing weeks later.
 */
export function reminderSubmitted({ reminders, clock, logger, support }: Services) {
  return async ({ ack, body, view, client, context }: Args): Promise<void> => {
    const refuse = async (errors: Record<string, string>) => {
      setOutcome(context, 'invalid_input');
      await ack({ response_action: 'errors', errors });
    };
    const metadata = decodeReminderMetadata(view.private_metadata);
    const form = readReminderForm(view.state.values as unknown as StateValues);
    if (!form.ok) return refuse(form.errors);
    if (!metadata) return refuse({ [REMINDER_BLOCKS.date]: 'This form has expired; please open it again.' });

    const workspaceId = body.team?.id ?? view.team_id;
    const existing = metadata.reminderId ? await reminders.get(workspaceId, metadata.reminderId) : undefined;
    if (metadata.reminderId && (!existing || existing.status === 'stopped')) {
      return refuse({ [REMINDER_BLOCKS.date]: 'This reminder was cancelled meanwhile.' });
    }
    if (existing && !(await mayManage(client, existing, body.user.id))) {
      return refuse({ [REMINDER_BLOCKS.date]: refusal(existing) });
    }
    const creator = existing?.createdBy ?? body.user.id;
    let timeZone: string;
    try {
      timeZone = await creatorTimeZone(client, creator);
    } catch (error) {
      logger.warn({ method: 'users.info', ...describeFailure(error) }, 'could not read the time zone');
      return refuse({
        [REMINDER_BLOCKS.time]: withSupport(
          "I couldn't read the time zone from Slack. Please try again.",
          support ?? {},
          'plain',
        ),
      });
    }

    const now = clock.now().getTime();
    // A new reminder starts in the future; an edited one needs only a future occurrence (its first date may
    // be long past, and changing just the time must work).
    const next = nextOccurrence(form.rule, timeZone, now);
    if (!next || (!existing && !firstOccurrenceIsFuture(form.rule, timeZone, now))) {
      return refuse({
        [REMINDER_BLOCKS.time]: `Pick a date and time in the future (the time zone is ${timeZone}).`,
      });
    }

    if (existing) {
      await reminders.reschedule(workspaceId, existing.id, {
        rule: form.rule,
        timeZone,
        occurrence: next.index,
        nextDueAt: next.at,
        now,
      });
      const updated = await reminders.get(workspaceId, existing.id);
      await ack({ response_action: 'update', view: reminderSavedView(updated ?? existing, true) });
      return;
    }

    const announced = await announce(client, metadata.channelId, {
      text:
        `<@${creator}> set a reminder for this channel to revisit the AI team's stage: ${describeRule(form.rule)} (${timeZone}). ` +
        `First: ${slackDate(new Date(next.at), '{date_long} at {time}')}.`,
    });
    if (!announced.ok) {
      logger.warn(
        { channel: metadata.channelId, error: announced.code },
        'reminder refused: cannot post in the channel',
      );
      return refuse({
        [REMINDER_BLOCKS.date]: `I can't post in that conversation (${announced.code}). Invite me with /invite, or set the reminder in a channel I am in.`,
      });
    }
    const reminder: Reminder = await reminders.create({
      workspaceId,
      enterpriseId: body.enterprise?.id ?? null,
      channelId: metadata.channelId,
      createdBy: creator,
      timeZone,
      rule: form.rule,
      occurrence: next.index,
      nextDueAt: next.at,
      now,
    });
    await ack({ response_action: 'update', view: reminderSavedView(reminder, false) });
  };
}

/** Posts in the channel, joining it first if it is public and the bot is not in it. */
async function announce(
  client: webApi.WebClient,
  channel: string,
  message: { text: string },
): Promise<{ ok: true } | { ok: false; code: string }> {
  const post = () => client.chat.postMessage({ channel, text: message.text });
  try {
    await post();
    return { ok: true };
  } catch (error) {
    const code = slackErrorCode(error) ?? 'error';
    if (code !== 'not_in_channel') return { ok: false, code };
  }
  try {
    await client.conversations.join({ channel });
    await post();
    return { ok: true };
  } catch (error) {
    return { ok: false, code: slackErrorCode(error) ?? 'error' };
  }
}
