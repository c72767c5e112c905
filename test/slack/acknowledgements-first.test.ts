import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerSlots, letWaitingRequestsGoFirst } from '../../src/slack/acknowledgements-first.js';
import { eventually } from '../helpers/eventually.js';

// Two requests arrive together; the first one's handler defers the rest of its work. The second must be
// handled before that work resumes (a microtask, by contrast, would resume it first).
const sockets: Socket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
});

async function orderOfWork(defer: () => Promise<void>): Promise<string[]> {
  const order: string[] = [];
  let bothAccepted = () => {};
  const accepted = new Promise<void>((resolve) => {
    bothAccepted = resolve;
  });
  let allDone = () => {};
  const done = new Promise<void>((resolve) => {
    allDone = resolve;
  });
  const note = (entry: string) => {
    order.push(entry);
    if (order.length === 3) allDone();
  };
  let connections = 0;
  const server = createServer((socket) => {
    sockets.push(socket);
    connections += 1;
    if (connections === 2) bothAccepted();
    socket.on('data', async (data) => {
      const name = data.toString();
      note(`${name} arrives`);
      if (name === 'first') {
        await defer();
        note('first resumes');
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  const [first, second] = [connect(port, '127.0.0.1'), connect(port, '127.0.0.1')];
  sockets.push(first, second);
  await Promise.all([once(first, 'connect'), once(second, 'connect')]);
  // The server has accepted both connections before either sends anything.
  await accepted;
  first.write('first');
  second.write('second');
  await done;
  server.close();
  return order;
}

describe('letWaitingRequestsGoFirst', () => {
  it('resumes only after requests that were already waiting have been handled', async () => {
    expect(await orderOfWork(letWaitingRequestsGoFirst)).toEqual([
      'first arrives',
      'second arrives',
      'first resumes',
    ]);
  });

  it('(control) a resolved promise resumes ahead of them, which is what it replaces', async () => {
    expect(await orderOfWork(() => Promise.resolve())).toEqual([
      'first arrives',
      'first resumes',
      'second arrives',
    ]);
  });
});

describe('AnswerSlots', () => {
  it('works on at most its size at once, and starts the rest in arrival order as slots free up', async () => {
    const slots = new AnswerSlots(2);
    const running = new Set<number>();
    const started: number[] = [];
    let most = 0;
    const releases = new Map<number, () => void>();
    const answers = [0, 1, 2, 3, 4].map((id) =>
      slots.run(async () => {
        running.add(id);
        started.push(id);
        most = Math.max(most, running.size);
        await new Promise<void>((resolve) => releases.set(id, resolve));
        running.delete(id);
        return id;
      }),
    );
    await eventually(() => expect(started).toEqual([0, 1]));
    expect(slots.queued).toBe(3);
    for (const id of [1, 0, 2, 3, 4]) {
      await eventually(() => expect(releases.has(id)).toBe(true));
      releases.get(id)?.();
    }
    expect(await Promise.all(answers)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('frees its slot when the work fails', async () => {
    const slots = new AnswerSlots(1);
    await expect(slots.run(async () => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    expect(await slots.run(async () => 'next')).toBe('next');
  });

  it('starts an answer only after requests that were already waiting have been handled', async () => {
    const slots = new AnswerSlots(1);
    expect(await orderOfWork(() => slots.run(async () => {}))).toEqual([
      'first arrives',
      'second arrives',
      'first resumes',
    ]);
  });
});
