import { webApi } from '@slack/bolt';
import type { SqlInstallationStore } from '../storage/installation-store.js';

/** A Web API client for a workspace, for work that does not start with a Slack request (reminders). */
export interface WorkspaceClients {
  /** `enterpriseId`: the org, when the workspace may be served by an org-wide install. */
  forWorkspace(workspaceId: string, enterpriseId?: string | null): Promise<webApi.WebClient>;
}

/** One workspace: a client of its own with the app's bot token (and the options given, not the app's). */
export function singleWorkspace(
  appClient: webApi.WebClient,
  options: webApi.WebClientOptions,
): WorkspaceClients {
  const client = new webApi.WebClient(appClient.token, options);
  return { forWorkspace: async () => client };
}

/** Many workspaces: each one's bot token from its installation, a client per token. */
export class InstalledWorkspaces implements WorkspaceClients {
  private readonly clients = new Map<string, webApi.WebClient>();

  constructor(
    private readonly installations: SqlInstallationStore,
    private readonly options: webApi.WebClientOptions,
  ) {}

  async forWorkspace(workspaceId: string, enterpriseId?: string | null): Promise<webApi.WebClient> {
    // The workspace's own install first; failing that, its org's org-wide install.
    const installation = await this.installations
      .fetchInstallation({
        teamId: workspaceId,
        enterpriseId: enterpriseId ?? undefined,
        isEnterpriseInstall: false,
      })
      .catch((error) => {
        if (!enterpriseId) throw error;
        return this.installations.fetchInstallation({
          teamId: workspaceId,
          enterpriseId,
          isEnterpriseInstall: true,
        });
      });
    const token = installation.bot?.token;
    if (!token) throw new Error('the installation has no bot token');
    let client = this.clients.get(token);
    if (!client) {
      // Rotated tokens leave old clients behind; start afresh now and then rather than grow without bound.
      if (this.clients.size >= 1_000) this.clients.clear();
      client = new webApi.WebClient(token, this.options);
      this.clients.set(token, client);
    }
    return client;
  }
}

/** The clients reminders use: each workspace's own token when installed by OAuth, else the app's. */
export function workspaceClients(
  appClient: webApi.WebClient,
  installations: SqlInstallationStore | undefined,
  options: webApi.WebClientOptions,
): WorkspaceClients {
  return installations
    ? new InstalledWorkspaces(installations, options)
    : singleWorkspace(appClient, options);
}
