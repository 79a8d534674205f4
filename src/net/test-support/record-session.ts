// Records a session between the host stack and the http guest (lwIP on our CPU) as a
// fixture for the replay test: every frame on the switch, in order, with its direction.
//
//   node --import tsx src/net/test-support/record-session.ts > src/net/fixtures/lwip-http-session.json

import { Network } from '../network.ts';
import { startGuest } from './guest.ts';
import { seededRandom } from './random.ts';

export const SESSION_SEED = 42;
export const SESSION_REQUESTS = [
  { path: '/hello' },
  { path: '/big?bytes=20000' },
  { path: '/echo', method: 'POST', body: 'recorded through lwIP' },
];

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

const net = new Network({ random: seededRandom(SESSION_SEED), capture: true, http: { idleTimeoutMs: 100 } });
const guest = await startGuest(net, { image: 'http.hvt', name: 'http', ip: '10.0.0.2', args: ['quiet'] });
await guest.waitFor(/^http: serving/m);
const bodies: string[] = [];
for (const r of SESSION_REQUESTS) bodies.push(await (await net.fetch('http', r.path, { method: r.method, body: r.body })).text());
// The idle connection is closed by the pool after 100 ms: wait for the FIN exchange.
await new Promise((resolve) => setTimeout(resolve, 1000));
await guest.stop();
net.close();
const frames = net.capture!.frames().map((f) => ({ from: f.from === 'host' ? 'host' : 'guest', frame: hex(f.frame) }));
console.log(JSON.stringify({ recorded: 'node --import tsx src/net/test-support/record-session.ts (http guest, lwIP 2.1.3)', seed: SESSION_SEED, requests: SESSION_REQUESTS, bodies, frames }, null, 1));
