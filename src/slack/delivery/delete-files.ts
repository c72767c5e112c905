import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { describeFailure, slackErrorCode } from './slack-error.js';

/**
 * Slack answers every call of a token that is gone with one of these: trying the next file is pointless.
 * An uninstall (and tokens_revoked) revokes the bot's token before Slack tells the app.
 */
const TOKEN_GONE = new Set([
  'token_revoked',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'team_access_not_granted',
]);

/** What the log says of files left in Slack: all the rest once the token is gone, or one that failed. */
export interface LeftInSlack {
  tokenGone: string;
  failed: string;
}

/**
 * Deletes the bot's own files in Slack (`files.delete`) and returns those gone: deleted now, or not there any
 * more. Best effort: a failure is logged with the file id. Stops at the first answer that says the token
 * itself is gone (after an uninstall): every other file would get the same.
 */
export async function deleteFilesInSlack(
  client: webApi.WebClient,
  fileIds: readonly string[],
  logger: Logger,
  words: LeftInSlack,
): Promise<string[]> {
  const gone: string[] = [];
  for (const [index, file] of fileIds.entries()) {
    try {
      await client.files.delete({ file });
      gone.push(file);
    } catch (error) {
      const code = slackErrorCode(error);
      if (code === 'file_not_found' || code === 'file_deleted') {
        gone.push(file);
        continue;
      }
      if (code && TOKEN_GONE.has(code)) {
        logger.info({ files: fileIds.slice(index), ...describeFailure(error) }, words.tokenGone);
        break;
      }
      logger.warn({ file, ...describeFailure(error) }, words.failed);
    }
  }
  return gone;
}
