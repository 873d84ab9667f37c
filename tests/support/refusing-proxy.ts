// An HTTP proxy on 127.0.0.1 that forwards nothing: it records every request the browser
// tries to send off the machine (plain HTTP and CONNECT tunnels) and refuses it.
// Chromium never proxies loopback, so the fixture server stays reachable; everything
// else, the browser's own background traffic included, ends up in `attempts`.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RefusingProxy {
  /** http://127.0.0.1:<port>, for --proxy-server */
  url: string;
  /** "GET http://host/path" or "CONNECT host:443", in arrival order. */
  readonly attempts: readonly string[];
  close(): Promise<void>;
}

export async function startRefusingProxy(): Promise<RefusingProxy> {
  const attempts: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    attempts.push(`${req.method ?? '?'} ${req.url ?? '?'}`);
    res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' });
    res.end('Klartext test proxy: traffic off this machine is refused.');
  });
  server.on('connect', (req, socket: Socket) => {
    attempts.push(`CONNECT ${req.url ?? '?'}`);
    socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    attempts,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
