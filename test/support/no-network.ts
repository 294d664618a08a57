/**
 * Fails any test that opens a connection to a host other than this machine's loopback: tests talk
 * only to peers they start themselves (the database, local fakes of the networks).
 */
import net from 'node:net';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i;

type ConnectArgs = Parameters<typeof net.Socket.prototype.connect>;
// eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied with the socket as `this` below
const originalConnect = net.Socket.prototype.connect;

function targetOf(args: unknown[]): string | undefined {
  const first = args[0];
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; path?: string };
    if (options.path) return undefined; // a unix socket is local by definition
    return options.host ?? 'localhost';
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) return undefined; // unix socket path
  return typeof args[1] === 'string' ? args[1] : 'localhost';
}

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const host = targetOf(args);
  if (host !== undefined && !LOOPBACK.test(host)) {
    throw new Error(`Unexpected outbound connection to ${host} in a test: only local peers are allowed`);
  }
  return originalConnect.apply(this, args as unknown as ConnectArgs);
};
