// The S1 baseline: a plain `ws` broadcast server speaking just enough of graphql-ws
// (graphql-transport-ws) for the same client: connection_init → connection_ack, subscribe (to a
// conversatorio, as `contributionChanged` filters), complete, ping. POST /publish with an event
// sends it as the same `next` message to every subscription of that conversatorio; nothing else
// (no database, no GraphQL). Usage: node broadcast-baseline.ts <port>
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const [port] = process.argv.slice(2);

interface Subscription {
  socket: WebSocket;
  id: string;
}

/** Subscriptions by conversatorio. */
const subscriptions = new Map<string, Subscription[]>();

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const event = JSON.parse(Buffer.concat(chunks).toString()) as { conversatorioId: string };
    for (const { socket, id } of subscriptions.get(event.conversatorioId) ?? []) {
      socket.send(JSON.stringify({ id, type: 'next', payload: { data: { contributionChanged: event } } }));
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"ok":true}');
  });
});

new WebSocketServer({ server, path: '/graphql' }).on('connection', (socket) => {
  const mine: Array<{ conversatorioId: string; id: string }> = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; id?: string; payload?: { variables?: { id?: string } } };
    if (message.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack' }));
    else if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
    else if (message.type === 'subscribe') {
      const conversatorioId = message.payload!.variables!.id!;
      subscriptions.set(conversatorioId, [...(subscriptions.get(conversatorioId) ?? []), { socket, id: message.id! }]);
      mine.push({ conversatorioId, id: message.id! });
    } else if (message.type === 'complete') {
      for (const [conversatorioId, list] of subscriptions)
        subscriptions.set(
          conversatorioId,
          list.filter((subscription) => subscription.socket !== socket || subscription.id !== message.id),
        );
    }
  });
  socket.on('close', () => {
    for (const { conversatorioId } of mine)
      subscriptions.set(
        conversatorioId,
        (subscriptions.get(conversatorioId) ?? []).filter((subscription) => subscription.socket !== socket),
      );
  });
});

server.listen(Number(port), '127.0.0.1', () => console.log('baseline ready'));
