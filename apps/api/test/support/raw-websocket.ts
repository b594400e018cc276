import { randomBytes } from 'node:crypto';
import net from 'node:net';

/** A client frame (masked, as RFC 6455 requires of clients) with any first byte. */
export function frame(firstByte: number, payload: Buffer): Buffer {
  const mask = Buffer.from([1, 2, 3, 4]);
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([firstByte, 0x80 | length])
      : length < 65536
        ? Buffer.from([firstByte, 0x80 | 126, length >> 8, length & 0xff])
        : Buffer.concat([
            Buffer.from([firstByte, 0x80 | 127]),
            (() => {
              const size = Buffer.alloc(8);
              size.writeBigUInt64BE(BigInt(length));
              return size;
            })(),
          ]);
  const masked = Buffer.from(payload.map((byte, index) => byte ^ mask[index % 4]));
  return Buffer.concat([header, mask, masked]);
}

export interface RawSocket {
  socket: net.Socket;
  /** The status line of the server's answer to the upgrade. */
  status: string;
  /** Resolves when the server closes the connection. */
  closed: Promise<void>;
}

/** A WebSocket handshake by hand, so that the test can send bytes no WebSocket library would. */
export async function rawUpgrade(port: number, path: string, headers: Record<string, string> = {}): Promise<RawSocket> {
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const lines = [
    `GET ${path} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
    'Sec-WebSocket-Version: 13',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  const status = await new Promise<string>((resolve) => {
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n\r\n')) {
        socket.off('data', onData);
        resolve(received.split('\r\n')[0]);
      }
    };
    socket.on('data', onData);
    socket.once('close', () => resolve(received.split('\r\n')[0] ?? ''));
  });
  return { socket, status, closed };
}
