import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
export const serverEntry = path.join(root, 'dist/server/apps/api/src/main.js');

/** A free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The bearer token an instance's `/metrics` asks for (set on every instance started here). */
const METRICS_TOKEN = 'metrics-token-of-the-test-instances';

/** One API process (the built server), as `npm start` runs it. */
export class Instance {
  private child: ChildProcess | null = null;
  output = '';

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    /** A command the server runs under, e.g. `['taskset', '-c', '0']` to pin it to a core. */
    private readonly wrapper: string[] = [],
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts it; resolves once it says it is ready. */
  async start(timeoutMs = 60_000): Promise<void> {
    this.output = '';
    const [command, ...args] = [...this.wrapper, process.execPath, '--enable-source-maps', serverEntry];
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, METRICS_TOKEN, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const collect = (chunk: Buffer) => (this.output += chunk.toString());
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} not ready:\n${this.output}`)), timeoutMs);
      const check = () => {
        if (this.output.includes('Ruta is ready')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', check);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (${code}):\n${this.output}`));
      });
    });
  }

  /** Sends a signal and waits for the process to end. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
    this.child = null;
  }

  /** A metric's value from this instance's /metrics. */
  async metric(name: string): Promise<number> {
    const text = await (await fetch(`${this.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
    return line ? Number(line.split(' ')[1]) : Number.NaN;
  }
}

/** Debian's nginx running the project's own configuration (docker/nginx/ruta.conf.template). */
export class Nginx {
  private child: ChildProcess | null = null;
  output = '';

  constructor(
    readonly port: number,
    private readonly upstreams: [string, string],
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const dir = await mkdtemp(path.join(tmpdir(), 'ruta-nginx-'));
    // Workers may run as another user: let them write their temporary files here.
    await chmod(dir, 0o777);
    const template = await readFile(path.join(root, 'docker/nginx/ruta.conf.template'), 'utf8');
    const values: Record<string, string> = {
      RUTA_LISTEN: `127.0.0.1:${this.port}`,
      RUTA_INSTANCE_1: this.upstreams[0],
      RUTA_INSTANCE_2: this.upstreams[1],
    };
    const site = template.replace(/\$\{(RUTA_[A-Z0-9_]+)\}/g, (_match, name: string) => values[name]);
    await writeFile(path.join(dir, 'ruta.conf'), site);
    await writeFile(
      path.join(dir, 'nginx.conf'),
      [
        'daemon off;',
        'worker_processes 1;',
        `pid ${dir}/nginx.pid;`,
        `error_log ${dir}/error.log warn;`,
        'events { worker_connections 1024; }',
        'http {',
        '  access_log off;',
        `  client_body_temp_path ${dir}/body;`,
        `  proxy_temp_path ${dir}/proxy;`,
        `  fastcgi_temp_path ${dir}/fastcgi;`,
        `  uwsgi_temp_path ${dir}/uwsgi;`,
        `  scgi_temp_path ${dir}/scgi;`,
        `  include ${dir}/ruta.conf;`,
        '}',
      ].join('\n'),
    );
    // Debian installs it in /usr/sbin, which an unprivileged PATH may not list.
    const binary = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
    const child = spawn(binary, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    // Ready when it answers (through an instance).
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`nginx exited:\n${this.output}`);
      const ok = await fetch(`${this.baseUrl}/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`nginx not answering:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGQUIT');
    await exited;
  }
}
