// The C1 baseline: a plain WebSocket room relay (node:http + ws). Every message a client sends is
// forwarded, bytes unchanged, to the other clients of its room (the URL path). No authentication,
// no persistence, no sync protocol. Usage: node relay-baseline.ts <port>; prints "ready" once listening.
import { createServer } from 'node:http';
import { WebSocket, WebSocketServer, type RawData } from 'ws';

const port = Number(process.argv[2]);
const rooms = new Map<string, Set<WebSocket>>();

const server = createServer((_request, response) => response.writeHead(404).end());
const sockets = new WebSocketServer({ server });

sockets.on('connection', (socket, request) => {
  const name = request.url ?? '/';
  let room = rooms.get(name);
  if (!room) rooms.set(name, (room = new Set()));
  const members = room;
  members.add(socket);
  socket.on('message', (data: RawData, isBinary: boolean) => {
    for (const peer of members) {
      if (peer !== socket && peer.readyState === WebSocket.OPEN) peer.send(data, { binary: isBinary });
    }
  });
  socket.on('close', () => {
    members.delete(socket);
    if (members.size === 0) rooms.delete(name);
  });
});

server.listen(port, '127.0.0.1', () => console.log('ready'));
