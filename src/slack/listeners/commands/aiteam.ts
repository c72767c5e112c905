import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { STAGE_IDS, type StageId } from '../../../advisor/index.js';
import {
  gridMessage,
  gridUsageMessage,
  helpMessage,
  planUsageMessage,
  rolesMessage,
  unknownSubcommandMessage,
} from '../../blocks/command-replies.js';
import { forgetConfirmView, forgetMeConfirmView } from '../../blocks/forget-view.js';
import { historyMessage } from '../../blocks/history-message.js';
import type { SlackMessage } from '../../blocks/limits.js';
import { reminderListMessage } from '../../blocks/reminder-messages.js';
import { withSupport } from '../../blocks/support.js';
import { describeFailure } from '../../delivery/slack-error.js';
import { sendExport, sendPersonExport } from '../../export/send-export.js';
import { openModal } from '../../open-modal.js';
import { type OpenedQuestionnaire, openQuestionnaire, warnIfCannotPost } from '../../open-questionnaire.js';
import { deliverPlan, PLAN_EXPORT_ON_ITS_WAY, PLAN_ON_ITS_WAY } from '../../plan/deliver-plan.js';
import { planServicesOf } from '../../plan/plan-services.js';
import { canPostCacheOf } from '../../questionnaire/can-post-cache.js';
import { encodeEditValue } from '../../questionnaire/edit-value.js';
import { FORGET_REFUSAL, mayForget } from '../../reminders/permissions.js';
import { openReminderForm } from '../../reminders/reminder-form.js';
import { type Services, setOutcome } from '../../services.js';
import { COMMAND, type SubcommandName } from '../../subcommands.js';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

/** Assessments read for the history: those shown, and older ones to compare the oldest shown against. */
const HISTORY_LOOKBACK = 50;

/** Replies visible only to the person who typed the command, sent with the acknowledgement itself. */
function ephemeral(message: SlackMessage) {
  return { response_type: 'ephemeral' as const, text: message.text, blocks: message.blocks };
}

/**
 * Slack names a group DM (several people, no channel) `mpdm-…` in a command's channel_name. The bot is never
 * in one: Slack adds no app to a group DM, and tells it neither who is in one nor whether it could post there
 * without scopes the app does not ask for.
 */
export function isGroupDm(channelName: string | undefined): boolean {
  return channelName?.startsWith('mpdm-') === true;
}

/**
 * `/aiteam` or `/aiteam remind` in a group DM: not offered, with why and where it works. An answer there could
 * be posted only to the asker's own DM, and its team would show in nobody's plan as that group's.
 */
export const GROUP_DM_TEXT =
  "I can't answer in a group DM: Slack does not let an app post in one, or tell it who is in it, so the answer and its reminders would have nowhere to go. Run `/aiteam` in a channel (a private one works, once I'm invited), or press *New assessment* on my App Home to get the answer in your own DM with me. `/aiteam plan` works here: the plan comes to your DMs.";

/** What one subcommand does, given the request and the words typed after the subcommand's name. */
type Handler = (args: Args, rest: string[]) => Promise<void>;

/**
 * `/aiteam` and its subcommands (src/slack/subcommands.ts lists them): no text opens the questionnaire. The
 * handlers are keyed by the table's names, so the type checker refuses a subcommand listed but not routed.
 */
export function aiteamCommand(services: Services) {
  const handlers = subcommandHandlers(services);
  return async (args: Args): Promise<void> => {
    const [subcommand = '', ...rest] = args.command.text.trim().split(/\s+/).filter(Boolean);
    const name = subcommand.toLowerCase();
    if (Object.hasOwn(handlers, name)) {
      await handlers[name as SubcommandName](args, rest);
      return;
    }
    setOutcome(args.context, 'invalid_input');
    await args.ack(ephemeral(unknownSubcommandMessage(args.command.text.trim())));
  };
}

function subcommandHandlers(services: Services): Record<SubcommandName, Handler> {
  const { playbook, logger, store, reminders, clock } = services;
  const support = services.support ?? {};
  const planServices = planServicesOf(services);
  const canPost = canPostCacheOf(services);
  // The help reply never changes for an app (its support links are config): built once, not per request
  // (building it was a quarter of a help request's own work).
  const helpReply = ephemeral(helpMessage(services.support));
  return {
    '': async ({ command, ack, client, respond, context }) => {
      if (isGroupDm(command.channel_name)) {
        setOutcome(context, 'refused');
        await ack({ response_type: 'ephemeral', text: GROUP_DM_TEXT });
        return;
      }
      await ack();
      let view: OpenedQuestionnaire | undefined;
      const opened = await openModal({ context, logger }, 'the questionnaire', async () => {
        view = await openQuestionnaire(client, command.trigger_id, {
          playbook,
          channelId: command.channel_id,
        });
      });
      if (!opened) {
        await respond({
          response_type: 'ephemeral',
          text: withSupport(
            'Sorry, the questionnaire did not open in time. Please run `/aiteam` again.',
            support,
          ),
        });
        return;
      }
      // A private channel or a DM the bot is not in: the form says so before it is filled in.
      await warnIfCannotPost(
        client,
        view,
        { userId: command.user_id, workspaceId: command.team_id },
        logger,
        canPost,
      );
    },
    help: async ({ ack }) => {
      await ack(helpReply);
    },
    grid: async ({ ack, context }, rest) => {
      const stage = rest[0]?.toLowerCase();
      if (stage !== undefined && !(STAGE_IDS as readonly string[]).includes(stage)) {
        setOutcome(context, 'invalid_input');
        await ack(ephemeral(gridUsageMessage(rest.join(' '))));
        return;
      }
      await ack(ephemeral(gridMessage(playbook, stage as StageId | undefined)));
    },
    roles: async ({ ack }) => {
      await ack(ephemeral(rolesMessage(playbook)));
    },
    remind: async ({ command, ack, client, respond, context }) => {
      if (isGroupDm(command.channel_name)) {
        setOutcome(context, 'refused');
        await ack({ response_type: 'ephemeral', text: GROUP_DM_TEXT });
        return;
      }
      await ack();
      const opened = await openModal({ context, logger }, 'the reminder form', () =>
        openReminderForm(client, command.trigger_id, { channelId: command.channel_id, now: clock.now() }),
      );
      if (!opened) {
        await respond({
          response_type: 'ephemeral',
          text: withSupport(
            'Sorry, the form did not open in time. Please run `/aiteam remind` again.',
            support,
          ),
        });
      }
    },
    reminders: async ({ command, ack }) => {
      await ack(
        ephemeral(reminderListMessage(await reminders.listForChannel(command.team_id, command.channel_id))),
      );
    },
    export: async ({ command, ack, client, respond, context }, rest) => {
      const what = rest.join(' ').toLowerCase();
      if (what !== '' && what !== 'me') {
        setOutcome(context, 'invalid_input');
        await ack({
          response_type: 'ephemeral',
          text: `\`${COMMAND} export\` sends you this channel's data, \`${COMMAND} export me\` what you wrote anywhere in the workspace; nothing else follows it.`,
        });
        return;
      }
      await ack({
        response_type: 'ephemeral',
        text:
          what === 'me'
            ? "I'm sending what you added in this workspace (what `/aiteam forget me` deletes) to you in a DM, as JSON and CSV files."
            : "I'm sending this channel's assessments and reminders to you in a DM, as JSON and CSV files.",
      });
      try {
        if (what === 'me') {
          await sendPersonExport(
            client,
            {
              workspaceId: command.team_id,
              userId: command.user_id,
              enterpriseId: context.enterpriseId ?? null,
            },
            {
              store,
              reminders,
              homePictures: services.homePictures,
              dmFileStore: services.dmFileStore,
              clock,
              dmFiles: planServices.dmFiles,
            },
          );
        } else {
          await sendExport(
            client,
            {
              workspaceId: command.team_id,
              channelId: command.channel_id,
              userId: command.user_id,
              enterpriseId: context.enterpriseId ?? null,
            },
            { store, reminders, clock, dmFiles: planServices.dmFiles },
          );
        }
      } catch (error) {
        setOutcome(context, 'failed');
        logger.error({ ...describeFailure(error) }, 'could not send the export');
        await respond({
          response_type: 'ephemeral',
          text: withSupport(
            `Sorry, the export could not be sent. Please try \`/aiteam export${what ? ` ${what}` : ''}\` again.`,
            support,
          ),
        });
      }
    },
    plan: async ({ command, ack, client, respond, context }, rest) => {
      const what = rest[0]?.toLowerCase();
      if (rest.length > 1 || (what !== undefined && what !== 'export')) {
        setOutcome(context, 'invalid_input');
        await ack(ephemeral(planUsageMessage(rest.join(' '))));
        return;
      }
      // One plan per person at a time: a second would interleave its messages with the first's in their DM.
      const underway = planServices.underway.begin(command.team_id, command.user_id);
      if ('refused' in underway) {
        setOutcome(context, 'refused');
        await ack({ response_type: 'ephemeral', text: underway.refused });
        return;
      }
      try {
        // Acknowledged first: the plan is read, drawn and posted after Slack has its answer.
        await ack({
          response_type: 'ephemeral',
          text: what === 'export' ? PLAN_EXPORT_ON_ITS_WAY : PLAN_ON_ITS_WAY,
        });
        await deliverPlan(
          what === 'export' ? 'export' : 'plan',
          client,
          {
            workspaceId: command.team_id,
            userId: command.user_id,
            enterpriseId: context.enterpriseId ?? null,
          },
          planServices,
          (text) => respond({ response_type: 'ephemeral', text }),
          context,
        );
      } finally {
        underway.end();
      }
    },
    forget: async ({ command, ack, client, respond, context }, rest) => {
      const what = rest.join(' ').toLowerCase();
      if (what !== '' && what !== 'me') {
        setOutcome(context, 'invalid_input');
        await ack({
          response_type: 'ephemeral',
          text: `\`${COMMAND} forget\` deletes this channel's data, \`${COMMAND} forget me\` what you wrote anywhere in the workspace; nothing else follows it.`,
        });
        return;
      }
      await ack();
      if (what === 'me') {
        const [mine, reminderCount] = await Promise.all([
          store.countByUser(command.team_id, command.user_id),
          reminders.countByCreator(command.team_id, command.user_id),
        ]);
        const openedMe = await openModal({ context, logger }, 'the confirmation', () =>
          client.views.open({
            trigger_id: command.trigger_id,
            view: forgetMeConfirmView({ ...mine, reminders: reminderCount }),
          }),
        );
        if (!openedMe) {
          await respond({
            response_type: 'ephemeral',
            text: withSupport(
              'Sorry, the confirmation did not open in time. Please run `/aiteam forget me` again.',
              support,
            ),
          });
        }
        return;
      }
      const where = { workspaceId: command.team_id, channelId: command.channel_id };
      if (!(await mayForget(client, { store, reminders }, where, command.user_id))) {
        setOutcome(context, 'refused');
        await respond({ response_type: 'ephemeral', text: FORGET_REFUSAL });
        return;
      }
      const counts = {
        assessments: await store.countChannel(command.team_id, command.channel_id),
        reminders: await reminders.countChannel(command.team_id, command.channel_id),
      };
      const opened = await openModal({ context, logger }, 'the confirmation', () =>
        client.views.open({
          trigger_id: command.trigger_id,
          view: forgetConfirmView(command.channel_id, counts),
        }),
      );
      if (!opened) {
        await respond({
          response_type: 'ephemeral',
          text: withSupport(
            'Sorry, the confirmation did not open in time. Please run `/aiteam forget` again.',
            support,
          ),
        });
      }
    },
    history: async ({ command, ack }) => {
      // A quick indexed read, well inside the three seconds an acknowledgement may take.
      const records = await store.channelHistory(command.team_id, command.channel_id, HISTORY_LOOKBACK);
      const latest = records[0];
      const reassess = latest && {
        editValue: encodeEditValue({
          channelId: command.channel_id,
          profile: latest.profile,
          ...(latest.sharedWithPlan ? { shared: true as const } : {}),
        }),
      };
      await ack(ephemeral(historyMessage(records, playbook, reassess)));
    },
  };
}
