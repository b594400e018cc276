import { Global, Inject, Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import proxyAddr from 'proxy-addr';
import { WebSocket, WebSocketServer } from 'ws';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** WebSockets one client address may hold open at once, both endpoints together. */
export const MAX_SOCKETS_PER_ADDRESS = 200;

/** A WebSocket endpoint: its path and what to do with an accepted socket. */
export interface WebSocketRoute {
  path: string;
  /** The largest message a peer may send; a bigger one closes its connection (1009). */
  maxPayload: number;
  onConnection(socket: WebSocket, request: IncomingMessage, client: WebSocketClient): void;
}

/** Who is on the other end of an accepted socket, as the gate saw the upgrade. */
export interface WebSocketClient {
  /** The client's address (through the proxies `TRUST_PROXY` names). */
  address: string;
}

type Trust = (address: string, hop: number) => boolean;

/**
 * The one door for WebSockets on the API's HTTP server. Every upgrade goes through it before any
 * endpoint sees it: an unknown path is refused (404), a page from another site is refused (403:
 * a browser sends the session cookie with a cross-site upgrade, so `Origin` must be this site's or
 * one `ALLOWED_ORIGINS` names), an address over `MAX_SOCKETS_PER_ADDRESS` is refused (429). Every
 * socket, before and after the handshake, has its errors handled: a peer that sends a malformed or
 * oversized frame loses its own connection, and nothing else happens.
 */
@Injectable()
export class WebSocketGate implements OnApplicationBootstrap {
  private readonly routes: Array<{ route: WebSocketRoute; server: WebSocketServer }> = [];
  private readonly socketsByAddress = new Map<string, number>();
  private trust: Trust = () => false;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Adds an endpoint (before the application starts listening); its server holds the endpoint's sockets. */
  route(route: WebSocketRoute): WebSocketServer {
    const server = new WebSocketServer({ noServer: true, maxPayload: route.maxPayload });
    // `noServer` servers emit errors only for their own misuse; never let one stop the process.
    server.on('error', () => undefined);
    this.routes.push({ route, server });
    return server;
  }

  onApplicationBootstrap(): void {
    const express = this.adapterHost.httpAdapter.getInstance() as { get(name: string): unknown };
    const trust = express.get('trust proxy fn');
    if (typeof trust === 'function') this.trust = trust as Trust;
    const server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(request, socket, head));
  }

  /** Open WebSockets of one address. */
  socketsOf(address: string): number {
    return this.socketsByAddress.get(address) ?? 0;
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    // Errors of the raw connection (a reset during the handshake) end that connection only.
    socket.on('error', () => socket.destroy());
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const entry = this.routes.find(({ route }) => pathname === route.path || pathname.startsWith(`${route.path}/`));
    if (!entry) return refuse(socket, 404, 'Not Found');
    if (!this.originAllowed(request)) return refuse(socket, 403, 'Forbidden');
    const address = this.addressOf(request);
    if (this.socketsOf(address) >= MAX_SOCKETS_PER_ADDRESS) return refuse(socket, 429, 'Too Many Requests');

    entry.server.handleUpgrade(request, socket, head, (webSocket) => {
      // A bad frame (RSV bits, a bad opcode, an oversized payload, invalid UTF-8) emits 'error' and
      // ws closes the socket; without a listener the process would stop.
      webSocket.on('error', () => webSocket.terminate());
      this.socketsByAddress.set(address, this.socketsOf(address) + 1);
      webSocket.once('close', () => {
        const left = this.socketsOf(address) - 1;
        if (left > 0) this.socketsByAddress.set(address, left);
        else this.socketsByAddress.delete(address);
      });
      try {
        entry.route.onConnection(webSocket, request, { address });
      } catch {
        webSocket.terminate();
      }
    });
  }

  /**
   * A browser always sends `Origin` with an upgrade; this site's own pages carry the host they
   * were loaded from. Scripts (no `Origin`) are not a cross-site risk: they hold their own token.
   */
  private originAllowed(request: IncomingMessage): boolean {
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return false;
    }
    if (this.config.http.allowedOrigins.includes(parsed.origin.toLowerCase())) return true;
    return parsed.host.toLowerCase() === (request.headers.host ?? '').toLowerCase();
  }

  private addressOf(request: IncomingMessage): string {
    try {
      return proxyAddr(request, this.trust);
    } catch {
      return request.socket.remoteAddress ?? 'unknown';
    }
  }
}

function refuse(socket: Duplex, status: number, text: string): void {
  if (!socket.writable) return void socket.destroy();
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

@Global()
@Module({ providers: [WebSocketGate], exports: [WebSocketGate] })
export class WebSocketGateModule {}
