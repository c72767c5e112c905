import { createServer, type Server, Socket } from 'node:net';

/**
 * A TCP proxy the tests own, between the bot and PostgreSQL, to break the connection the ways networks and
 * servers do:
 * - `cut()`: closes every open connection (a server restart, a failover, pg_terminate_backend);
 * - `reset()`: the same with a TCP reset (a NAT or firewall dropping the flow);
 * - `stall()`: keeps every connection open but forwards nothing more, and accepts new connections without
 *   forwarding them (a host that stops answering, packets dropped);
 * - `breakOnNextUse()`: leaves every open connection looking alive, and resets it when the bot next sends on it
 *   (sessions the server ended that the bot has not heard about yet);
 * - `refuse()`: closes new connections at once (the server is down); `restore()` undoes stall and refuse.
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly pairs = new Set<[Socket, Socket]>();
  private mode: 'forward' | 'stall' | 'refuse' = 'forward';
  /** Connections accepted so far. */
  accepted = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** A proxy to the host and port of a postgres:// URL. */
  static forUrl(url: string): TcpProxy {
    const target = new URL(url);
    return new TcpProxy(target.hostname, Number(target.port || 5432));
  }

  async start(): Promise<number> {
    this.server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this.port;
  }

  get port(): number {
    const address = this.server?.address();
    if (!address || typeof address === 'string') throw new Error('the proxy is not listening');
    return address.port;
  }

  /** `url` with its host and port replaced by the proxy's. */
  urlThrough(url: string): string {
    const through = new URL(url);
    through.hostname = '127.0.0.1';
    through.port = String(this.port);
    return through.toString();
  }

  /** Connections open through the proxy now. */
  get open(): number {
    return this.pairs.size;
  }

  /** The local ports of the proxy's connections to the server: the server sees them as its clients' ports. */
  upstreamPorts(): number[] {
    return [...this.pairs].flatMap(([, upstream]) => (upstream.localPort ? [upstream.localPort] : []));
  }

  cut(): void {
    for (const [client, upstream] of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
  }

  reset(): void {
    for (const [client, upstream] of this.pairs) {
      client.resetAndDestroy();
      upstream.resetAndDestroy();
    }
    this.pairs.clear();
  }

  stall(): void {
    this.mode = 'stall';
    for (const [client, upstream] of this.pairs) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      // Read and drop what arrives, so neither side sees back-pressure: the far end just never answers.
      client.on('data', () => {});
      upstream.on('data', () => {});
    }
  }

  breakOnNextUse(): void {
    for (const pair of this.pairs) {
      const [client, upstream] = pair;
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.once('data', () => {
        this.pairs.delete(pair);
        client.resetAndDestroy();
        upstream.resetAndDestroy();
      });
    }
  }

  refuse(): void {
    this.mode = 'refuse';
  }

  /** New connections are forwarded again (stalled ones stay stalled: cut them to let the bot reconnect). */
  restore(): void {
    this.mode = 'forward';
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
    });
  }

  private accept(client: Socket): void {
    this.accepted += 1;
    client.on('error', () => {});
    if (this.mode === 'refuse') {
      client.destroy();
      return;
    }
    if (this.mode === 'stall') {
      client.on('data', () => {});
      const idle = new Socket();
      this.pairs.add([client, idle]);
      return;
    }
    const upstream = new Socket();
    upstream.on('error', () => client.destroy());
    const pair: [Socket, Socket] = [client, upstream];
    this.pairs.add(pair);
    const forget = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', forget);
    upstream.on('close', forget);
    upstream.connect(this.targetPort, this.targetHost, () => {
      client.pipe(upstream);
      upstream.pipe(client);
    });
  }
}
