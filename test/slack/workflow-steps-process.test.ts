import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../src/slack/steps/step-ids.js';
import { migrate, openDatabase } from '../../src/storage/database.js';
import { SqlAssessmentStore } from '../../src/storage/sql-assessment-store.js';
import { type BotProcess, launchBot, logLines, startedPort } from '../helpers/bot-process.js';
import { freshDatabase, TEST_DATABASE_URL, type TestDatabase } from '../helpers/databases.js';
import { eventually } from '../helpers/eventually.js';
import { SlackDriver } from './driver.js';
import { formState } from './form.js';
import { BOT_TOKEN, processBotEnv, SIGNING_SECRET } from './harness.js';
import { SlackStandIn, type StepExecution } from './stand-in.js';
import {
  endOf,
  manifestSteps,
  NO_AI_ENGINEER,
  type StepStart,
  stepButtonPayload,
  stepEvent,
  stepRequestTo,
  stepSubmissionPayload,
  storedAnswer,
} from './step-fixtures.js';

/**
 * What the acceptance does: function_executed events built from the manifest's `functions`, sent
 * over signed HTTP to the built checkout (node dist/app.js), with the completions read off the stand-in.
 */
const STEPS = manifestSteps('manifest.json');
const PERSON = 'U0LEAD';

/** A value for each declared input type, as Workflow Builder fills it in from the workflow. */
function valueFor(type: string): unknown {
  switch (type) {
    case 'slack#/types/channel_id':
      return 'C0TEAM';
    case 'slack#/types/user_id':
      return PERSON;
    case 'slack#/types/interactivity':
      return { interactor: { id: PERSON, secret: 'x' }, interactivity_pointer: 'pointer' };
    case 'string':
      return 'Search';
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return 1;
    default:
      throw new Error(`no example value for a ${type} input: add one here`);
  }
}

function declaredInputs(callbackId: string): Record<string, unknown> {
  const properties = STEPS[callbackId]?.input_parameters?.properties ?? {};
  return Object.fromEntries(Object.entries(properties).map(([name, { type }]) => [name, valueFor(type)]));
}

let standIn: SlackStandIn;
let database: TestDatabase | undefined;
let running: BotProcess | undefined;
let driver: SlackDriver;

/** The built bot on its own database (PostgreSQL when the suite has one), holding one answer for C0TEAM. */
beforeEach(async () => {
  standIn = new SlackStandIn({ botToken: BOT_TOKEN });
  await standIn.start();
  standIn.declareSteps(STEPS);
  standIn.addChannel('C0TEAM', 'public', { members: [PERSON] });
  let databaseUrl: string;
  let seed: ReturnType<typeof openDatabase>;
  if (TEST_DATABASE_URL) {
    database = await freshDatabase('postgres');
    databaseUrl = database.url;
    seed = database;
  } else {
    const path = join(await mkdtemp(join(tmpdir(), 'steps-process-')), 'advisor.db');
    databaseUrl = `file:${path}`;
    seed = openDatabase({ engine: 'sqlite', path });
    await migrate(seed.db);
  }
  await storedAnswer({ standIn, store: new SqlAssessmentStore(seed.db) }, 'C0TEAM', NO_AI_ENGINEER);
  if (!database) await seed.close();
  running = await launchBot(processBotEnv(standIn.apiUrl, { DATABASE_URL: databaseUrl }));
  driver = new SlackDriver(`http://127.0.0.1:${await startedPort(running)}`, SIGNING_SECRET, standIn);
});
afterEach(async () => {
  running?.child.kill('SIGKILL');
  await running?.exited;
  running = undefined;
  await database?.drop();
  database = undefined;
  await standIn.stop();
});

async function send(callbackId: string, inputs: Record<string, unknown>): Promise<StepStart> {
  const start = stepEvent({ standIn }, callbackId, inputs, { steps: STEPS });
  const response = await driver.send(JSON.stringify(start.body), 'application/json');
  expect(response.status).toBe(200);
  return start;
}

/** The one call that ended the run, as the stand-in recorded it. */
function endingCall(start: StepStart) {
  const accepted = standIn.completionsOf(start.executionId).filter((call) => call.result.ok);
  expect(accepted).toHaveLength(1);
  return accepted[0];
}

/** "Assess an AI team" waits for its person: the request, its button, the questionnaire, the answer. */
async function answerTheRequest(start: StepStart): Promise<void> {
  const request = await stepRequestTo({ standIn }, PERSON);
  const where = { userId: PERSON, dm: String(request.result.channel), ts: String(request.result.ts) };
  await driver.interaction(stepButtonPayload({ standIn }, start, 'assess_step_open', where));
  await standIn.waitFor(() => standIn.callsTo('views.open').length === 1);
  const answers = formState({
    name: 'Search',
    stage: 'pilot',
    builds: 'both',
    urgency: 'weeks',
    roles: { ai_engineer: { inHouse: 1 }, backend: { inHouse: 2 } },
  });
  const view = standIn.lastOpenedView();
  expect(
    (await driver.interaction(stepSubmissionPayload({ standIn }, start, view, answers, PERSON))).status,
  ).toBe(200);
}

describe('the built bot (node dist/app.js) runs the steps of manifests/manifest.json', () => {
  it('completes every declared step sent with every declared input, with the outputs it declares', async () => {
    const ends: Record<string, StepExecution> = {};
    for (const callbackId of Object.keys(STEPS)) {
      const start = await send(callbackId, declaredInputs(callbackId));
      if (callbackId === STEP_IDS.assess) await answerTheRequest(start);
      ends[callbackId] = await endOf({ standIn }, start.executionId);
      const call = endingCall(start);
      // Completed with a workflow token of the run (the event's, or the one of the answer's submission).
      expect(call?.method).toBe('functions.completeSuccess');
      expect(call?.token).toMatch(/^xwfp-/);
      if (callbackId !== STEP_IDS.assess) expect(call?.token).toBe(start.token);
    }
    for (const [callbackId, end] of Object.entries(ends)) {
      expect(end.state, `${callbackId}: ${end.error}`).toBe('completed');
      // The stand-in refuses outputs that are undeclared or mistyped, as Slack does; every required one is here.
      for (const name of STEPS[callbackId]?.output_parameters?.required ?? []) {
        expect(end.outputs, `${callbackId} output ${name}`).toHaveProperty(name);
      }
    }
    expect(ends[STEP_IDS.reassess]?.outputs).toMatchObject({ headcount: 3, seats_to_fill_now: 1 });
    expect(ends[STEP_IDS.assess]?.outputs).toMatchObject({ stage: 'Pilot', headcount: 3 });
    expect(ends[STEP_IDS.sendPlan]?.outputs).toMatchObject({ teams: 1 });
  });

  it('fails every step whose required input is missing or empty, with a sentence naming what to map', async () => {
    const cases = Object.entries(STEPS).flatMap(([callbackId, step]) =>
      (step.input_parameters?.required ?? []).flatMap((name) => {
        const { [name]: _left, ...others } = declaredInputs(callbackId);
        return [
          { callbackId, name, inputs: others },
          { callbackId, name, inputs: { ...others, [name]: '' } },
        ];
      }),
    );
    expect(cases.length).toBeGreaterThanOrEqual(2 * Object.keys(STEPS).length);
    for (const { callbackId, name, inputs } of cases) {
      const start = await send(callbackId, inputs);
      const end = await endOf({ standIn }, start.executionId);
      const what = `${callbackId} without ${name}`;
      expect(end.state, what).toBe('failed');
      expect(endingCall(start)?.method, what).toBe('functions.completeError');
      expect(end.error, what).toMatch(/^This step needs .+, then run the workflow again\.$/);
    }
    // Nothing was done for a step that could not run.
    expect(standIn.callsTo('chat.postMessage')).toEqual([]);
  });

  it('runs a step once when Slack sends its event again', async () => {
    const start = stepEvent({ standIn }, STEP_IDS.reassess, declaredInputs(STEP_IDS.reassess), {
      steps: STEPS,
    });
    const body = JSON.stringify(start.body);
    const retry = { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } };
    const [first, again] = await Promise.all([
      driver.send(body, 'application/json'),
      driver.send(body, 'application/json', retry),
    ]);
    expect([first.status, again.status]).toEqual([200, 200]);
    await endOf({ standIn }, start.executionId);
    // Both copies were handled (one of them as a duplicate) before the count is read.
    const bot = running as BotProcess;
    const requests = () =>
      logLines(bot).filter((line) => line.msg === 'request' && line.name === 'function_executed');
    await eventually(() => expect(requests()).toHaveLength(2));
    expect(requests().map((line) => line.outcome)).toContain('duplicate');
    expect(standIn.completionsOf(start.executionId)).toHaveLength(1);
    expect(standIn.callsTo('chat.postMessage').filter((call) => !call.params.thread_ts)).toHaveLength(1);
  });
});
