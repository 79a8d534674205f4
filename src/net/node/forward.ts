// Host port forwarding (Node): a TCP listener on 127.0.0.1 whose every connection is relayed
// to a guest port through the host stack, so curl, browsers and load tools reach the guest.
//
//   client ── node:net socket ──┐                 ┌── TcpConnection ── switch ── guest
//                               └── relay ◀──────▶┘
//   data both ways with back-pressure (a full socket pauses the TCP reader and closes the
//   window; a full TCP send queue pauses the socket), half-closes passed on (FIN <-> end),
//   and resets passed on (RST <-> socket destroyed).

import { createServer, Server, Socket } from 'node:net';
import type { Ip4 } from '../ipv4-address.ts';
import type { HostStack } from '../stack.ts';

export interface ForwardSpec {
  hostPort: number;
  guestIp: Ip4;
  guestPort: number;
  /** Listen address (default 127.0.0.1). */
  host?: string;
}

export interface ForwardStats {
  accepted: number;
  active: number;
  /** Relays that ended with an error (refused, reset, guest gone). */
  failed: number;
  bytesToGuest: number;
  bytesFromGuest: number;
}

export interface Forwarder {
  readonly port: number;
  readonly stats: ForwardStats;
  close(): Promise<void>;
}

/** Parse `HOSTPORT:GUESTPORT`; undefined if malformed. */
export function parseForward(text: string): { hostPort: number; guestPort: number } | undefined {
  const m = /^(\d{1,5}):(\d{1,5})$/.exec(text);
  if (!m) return undefined;
  const hostPort = Number(m[1]);
  const guestPort = Number(m[2]);
  if (hostPort > 65535 || guestPort < 1 || guestPort > 65535) return undefined;
  return { hostPort, guestPort };
}

/** Listen and relay; rejects with a one-line error if the port cannot be bound. */
export function startForward(stack: HostStack, spec: ForwardSpec): Promise<Forwarder> {
  const stats: ForwardStats = { accepted: 0, active: 0, failed: 0, bytesToGuest: 0, bytesFromGuest: 0 };
  const sockets = new Set<Socket>();
  const server: Server = createServer({ allowHalfOpen: true, noDelay: true }, (socket) => {
    stats.accepted++;
    stats.active++;
    sockets.add(socket);
    relay(stack, spec, socket, stats, () => {
      stats.active--;
      sockets.delete(socket);
    });
  });
  const host = spec.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      const why = e.code === 'EADDRINUSE' ? 'address already in use' : e.code === 'EACCES' ? 'permission denied' : e.message;
      reject(new Error(`cannot listen on ${host}:${spec.hostPort}: ${why}`));
    });
    server.listen(spec.hostPort, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : spec.hostPort;
      resolve({
        port,
        stats,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

function relay(stack: HostStack, spec: ForwardSpec, socket: Socket, stats: ForwardStats, done: () => void): void {
  let finished = false;
  const finish = (failed: boolean) => {
    if (finished) return;
    finished = true;
    if (failed) stats.failed++;
    done();
  };
  let tcp: ReturnType<HostStack['connect']>;
  try {
    tcp = stack.connect(spec.guestIp, spec.guestPort);
  } catch {
    socket.resetAndDestroy();
    return finish(true);
  }
  // Bytes and the client's FIN may come before the handshake completes: TCP queues them.
  tcp.onData = (d) => {
    stats.bytesFromGuest += d.length;
    if (!socket.write(d)) tcp.pauseReading();
  };
  socket.on('drain', () => tcp.resumeReading());
  tcp.onEnd = () => socket.end();
  tcp.onDrain = () => socket.resume();
  tcp.onClose = (err) => {
    if (err) {
      // The guest refused or reset the connection, or went away: the client sees a reset.
      if (!socket.destroyed) socket.resetAndDestroy();
      finish(true);
    } else if (socket.writableEnded || socket.destroyed) {
      finish(false);
    }
  };

  socket.on('data', (b: Buffer) => {
    stats.bytesToGuest += b.length;
    if (!tcp.writable) return;
    if (!tcp.write(b)) socket.pause();
  });
  socket.on('end', () => tcp.end());
  socket.on('error', () => undefined); // 'close' follows
  socket.on('close', (hadError) => {
    if (tcp.state !== 'CLOSED') {
      if (hadError) tcp.abort();
      else tcp.end();
    }
    finish(hadError);
  });
}
