import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Reminder } from '../../../reminders/reminder-store.js';
import { aWeekLater, describeRule } from '../../../reminders/rule.js';
import { slackDate } from '../../blocks/changes.js';
import { reminderListMessage } from '../../blocks/reminder-messages.js';
import { CHANNEL_ID } from '../../decode-json.js';
import { openModalFromButton } from '../../open-modal.js';
import { openQuestionnaire } from '../../open-questionnaire.js';
import { mayManage, refusal } from '../../reminders/permissions.js';
import { openReminderForm } from '../../reminders/reminder-form.js';
import { type Services, setOutcome } from '../../services.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

function workspaceOf(body: BlockAction): string {
  return body.team?.id ?? body.user.team_id ?? '';
}

/** A reply only the presser sees, under the message whose button they pressed. */
function replyToPresser(respond: Args['respond'], text: string): Promise<unknown> {
  return respond({ response_type: 'ephemeral', replace_original: false, text });
}

/** Whether the presser may change `reminder` (its creator, an admin or owner); if not, they are told who may. */
async function presserMayChange(
  { client, body, respond, context }: Args,
  reminder: Reminder,
): Promise<boolean> {
  if (await mayManage(client, reminder, body.user.id)) return true;
  setOutcome(context, 'refused');
  await replyToPresser(respond, refusal(reminder));
  return false;
}

/** "Remind us to revisit" on an answer: the reminder form for that answer's conversation. */
export function openReminder({ clock, logger, support }: Services) {
  return async ({ ack, action, body, client, context, respond }: Args): Promise<void> => {
    await ack();
    // The button's value is the answer's conversation; a value we did not write is not used.
    const channelId = [action.value, body.channel?.id].find((id) => id !== undefined && CHANNEL_ID.test(id));
    if (!channelId) {
      setOutcome(context, 'invalid_input');
      return;
    }
    await openModalFromButton(
      { body, client, respond, context, logger, support },
      { what: 'the reminder form', button: 'Remind us to revisit' },
      () => openReminderForm(client, body.trigger_id, { channelId, now: clock.now() }),
    );
  };
}

/** "Re-assess now" on a reminder: the questionnaire, prefilled with the channel's last answers. */
export function reassessFromReminder({ reminders, store, playbook, logger, support }: Services) {
  return async ({ ack, action, body, client, context, respond }: Args): Promise<void> => {
    await ack();
    const reminder = await reminders.get(workspaceOf(body), action.value ?? '');
    const channelId = reminder?.channelId ?? body.channel?.id;
    const [latest] = channelId ? await store.channelHistory(workspaceOf(body), channelId, 1) : [];
    await openModalFromButton(
      { body, client, respond, context, logger, support },
      { what: 'the questionnaire', button: 'Re-assess now' },
      () =>
        openQuestionnaire(client, body.trigger_id, {
          playbook,
          channelId,
          prefill: latest?.profile,
          prefillShared: latest?.sharedWithPlan,
          // A re-assessment updates the team's answer in place (or posts anew if the person asks).
          ...(latest ? { edits: latest.teamName ? { teamName: latest.teamName } : {} } : {}),
        }),
    );
  };
}

/**
 * "Snooze a week": the reminder comes back a week from now (same wall-clock time in the creator's zone);
 * the schedule after it is unchanged.
 */
export function snoozeReminder({ reminders, clock }: Services) {
  return async ({ ack, action, body, respond, context }: Args): Promise<void> => {
    await ack();
    const now = clock.now().getTime();
    const reminder = await reminders.get(workspaceOf(body), action.value ?? '');
    const until = aWeekLater(now, reminder?.timeZone ?? 'UTC');
    const snoozed = reminder ? await reminders.snooze(reminder.workspaceId, reminder.id, until, now) : false;
    if (!snoozed) setOutcome(context, 'invalid_input');
    await replyToPresser(
      respond,
      snoozed
        ? `Snoozed: the next reminder comes ${slackDate(new Date(until), '{date_long} at {time}')}.`
        : 'That reminder is no longer active.',
    );
  };
}

/** "Stop reminders" on a reminder message: its creator, or an admin or owner. */
export function stopReminder({ reminders, clock }: Services) {
  return async (args: Args): Promise<void> => {
    const { ack, action, body, respond, context } = args;
    await ack();
    const reminder = await reminders.get(workspaceOf(body), action.value ?? '');
    if (reminder && !(await presserMayChange(args, reminder))) return;
    const stopped = reminder
      ? await reminders.stop(reminder.workspaceId, reminder.id, clock.now().getTime())
      : false;
    if (!stopped) setOutcome(context, 'invalid_input');
    await respond({
      response_type: stopped ? 'in_channel' : 'ephemeral',
      replace_original: false,
      text: stopped ? `<@${body.user.id}> stopped these reminders.` : 'Those reminders were already stopped.',
    });
  };
}

/** "Edit" in `/aiteam reminders`: the form, prefilled, for its creator or an admin or owner. */
export function editReminder({ reminders, clock, logger, support }: Services) {
  return async (args: Args): Promise<void> => {
    const { ack, action, body, client, context, respond } = args;
    await ack();
    const reminder = await reminders.get(workspaceOf(body), action.value ?? '');
    if (!reminder || reminder.status === 'stopped') {
      setOutcome(context, 'invalid_input');
      await replyToPresser(respond, 'That reminder no longer exists.');
      return;
    }
    if (!(await presserMayChange(args, reminder))) return;
    await openModalFromButton(
      { body, client, respond, context, logger, support },
      { what: 'the reminder form', button: 'Edit' },
      () =>
        openReminderForm(client, body.trigger_id, {
          channelId: reminder.channelId,
          reminder,
          now: clock.now(),
        }),
    );
  };
}

/** "Cancel" in `/aiteam reminders`: stops it (its creator, or an admin or owner) and shows the list again. */
export function cancelReminder({ reminders, clock }: Services) {
  return async (args: Args): Promise<void> => {
    const { ack, action, body, respond, context } = args;
    await ack();
    const workspaceId = workspaceOf(body);
    const reminder = await reminders.get(workspaceId, action.value ?? '');
    if (reminder && !(await presserMayChange(args, reminder))) return;
    const stopped = reminder ? await reminders.stop(workspaceId, reminder.id, clock.now().getTime()) : false;
    if (!stopped) setOutcome(context, 'invalid_input');
    const list = reminder
      ? reminderListMessage(await reminders.listForChannel(workspaceId, reminder.channelId))
      : undefined;
    await respond({
      response_type: 'ephemeral',
      replace_original: true,
      text: list?.text ?? 'That reminder no longer exists.',
      ...(list ? { blocks: list.blocks } : {}),
    });
  };
}

/**
 * "Resume" on a paused reminder: in `/aiteam reminders`, on App Home, or in the DM that said it was paused.
 * Its creator or an admin or owner; the missed occurrence goes out at the next round. App Home buttons come
 * without a response_url, so there the answer goes to the presser's DM with the app.
 */
export function resumeReminder({ reminders, clock, logger }: Services) {
  return async (args: Args): Promise<void> => {
    const { ack, action, body, client, context } = args;
    await ack();
    const tell = async (text: string) => {
      try {
        if (body.response_url) await replyToPresser(args.respond, text);
        else await client.chat.postMessage({ channel: body.user.id, text });
      } catch (error) {
        logger.warn({ error: (error as Error).message }, 'could not answer a Resume press');
      }
    };
    const reminder = await reminders.get(workspaceOf(body), action.value ?? '');
    if (reminder && !(await mayManage(client, reminder, body.user.id))) {
      setOutcome(context, 'refused');
      await tell(refusal(reminder));
      return;
    }
    const resumed = reminder
      ? await reminders.resume(reminder.workspaceId, reminder.id, clock.now().getTime())
      : false;
    if (!reminder || !resumed) {
      setOutcome(context, 'invalid_input');
      await tell('That reminder is not paused (it was resumed, edited or cancelled meanwhile).');
      return;
    }
    await tell(
      `Resumed: the reminder for <#${reminder.channelId}> goes out shortly; it repeats ${describeRule(reminder.rule)}.`,
    );
  };
}
