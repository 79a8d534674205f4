// Solo5's test_net, from the host side: the host endpoint sends an ARP request, then 100,000
// ICMP echo requests to the `ping` guest started with limit=100000; the guest answers every
// one and exits with SUCCESS. Requests are kept in flight a window at a time (the guest's
// receive queue holds 256 frames), each reply releasing the next request.
import { expect, it } from 'vitest';
import { parseIp4 } from './ipv4-address.ts';
import { Network } from './network.ts';
import { startGuest } from './test-support/guest.ts';

const COUNT = 100_000;
const WINDOW = 32;

it('100,000 echo requests to the ping guest: all answered, guest exits SUCCESS', { timeout: 600_000 }, async () => {
  const net = new Network();
  const guest = await startGuest(net, { image: 'ping.hvt', name: 'ping', ip: '10.0.0.2', memMiB: 16, args: ['limit=100000'] });
  const target = parseIp4('10.0.0.2')!;
  let replies = 0;
  let bad = 0;
  let sent = 0;
  // Request n carries sequence n mod 2^16 and a payload stamped with n; the guest answers in
  // order, so reply n must carry the same.
  const payloadFor = (n: number) => Uint8Array.from({ length: 56 }, (_, i) => (n + i) & 0xff);
  const send = () => {
    net.stack.sendEchoRequest(target, 0x5555, sent & 0xffff, payloadFor(sent));
    sent++;
  };
  net.stack.onEchoReply = (r) => {
    const n = replies++;
    const want = payloadFor(n);
    if (r.id !== 0x5555 || r.seq !== (n & 0xffff) || r.data.length !== 56 || r.data.some((b, i) => b !== want[i])) bad++;
    if (sent < COUNT) send();
  };
  await guest.waitFor(/^ping: will exit after 100000 echo replies$/m);
  for (let i = 0; i < WINDOW; i++) send();
  const exit = await guest.exit;
  expect(guest.console()).toMatch(/^ping: 100000 echo replies sent, 1 ARP replies\nSUCCESS$/m);
  expect(exit.reason).toBe('halt');
  expect(exit.status).toBe(0);
  expect(bad).toBe(0);
  expect(replies).toBe(COUNT);
  expect(net.stack.arp.requestsSent).toBe(1);
  net.close();
});
