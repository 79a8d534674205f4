// The virtual switch: flooding until it learns, then unicast to the learned port; broadcast
// everywhere but the source; aging; counters; detaching; taps.
import { describe, expect, it } from 'vitest';
import { settle, VirtualClock } from './clock.ts';
import { BROADCAST_MAC, buildFrame } from './ethernet.ts';
import { SwitchPort, VirtualSwitch } from './switch.ts';

const mac = (n: number) => new Uint8Array([2, 0, 0, 0, 0, n]);
const frame = (dst: Uint8Array, src: number) => buildFrame(dst, mac(src), 0x88b5, 46);

function rig(n: number) {
  const clock = new VirtualClock();
  const sw = new VirtualSwitch({ clock, agingMs: 1000 });
  const inbox: Uint8Array[][] = [];
  const ports: SwitchPort[] = [];
  for (let i = 0; i < n; i++) {
    const p = sw.attach(`p${i}`);
    const box: Uint8Array[] = [];
    p.onFrame = (f) => box.push(f);
    ports.push(p);
    inbox.push(box);
  }
  const counts = () => inbox.map((b) => b.length);
  return { clock, sw, ports, inbox, counts };
}

describe('virtual switch', () => {
  it('floods unknown destinations, then forwards to the learned port only', async () => {
    const { sw, ports, counts } = rig(4);
    ports[0].send(frame(mac(2), 1));
    await settle();
    expect(counts()).toEqual([0, 1, 1, 1]);
    ports[2].send(frame(mac(1), 2)); // port 0 is known for MAC 1 now
    await settle();
    expect(counts()).toEqual([1, 1, 1, 1]);
    ports[0].send(frame(mac(2), 1)); // and port 2 for MAC 2
    await settle();
    expect(counts()).toEqual([1, 1, 2, 1]);
    expect(sw.stats).toMatchObject({ flooded: 1, forwarded: 2 });
    expect(ports[0].stats).toMatchObject({ framesIn: 2, framesOut: 1, bytesIn: 120, bytesOut: 60 });
  });

  it('sends broadcasts to every port but the source', async () => {
    const { ports, counts } = rig(3);
    ports[1].send(frame(BROADCAST_MAC, 5));
    await settle();
    expect(counts()).toEqual([1, 0, 1]);
  });

  it('forgets MACs after the aging time and floods again', async () => {
    const { clock, ports, counts } = rig(3);
    ports[0].send(frame(BROADCAST_MAC, 1));
    await clock.advance(1000);
    ports[1].send(frame(mac(1), 2)); // MAC 1 is forgotten: flooded to ports 0 and 2
    await settle();
    expect(counts()).toEqual([1, 1, 2]);
  });

  it('drops runts and frames from a group MAC, and filters frames for the source port', async () => {
    const { sw, ports, counts } = rig(2);
    ports[0].send(new Uint8Array(10));
    const bad = frame(mac(2), 1);
    bad[6] = 0x03;
    ports[0].send(bad);
    ports[0].send(frame(BROADCAST_MAC, 1));
    ports[0].send(frame(mac(1), 1)); // to itself
    await settle();
    expect(counts()).toEqual([0, 1]);
    expect(sw.stats).toMatchObject({ malformed: 2, filtered: 1 });
    expect(ports[0].stats.malformed).toBe(2);
  });

  it('a closed port leaves: its MACs are forgotten, frames for them flood', async () => {
    const { sw, ports, counts } = rig(3);
    const left: string[] = [];
    sw.onDetach = (p) => left.push(p.name);
    ports[2].send(frame(BROADCAST_MAC, 3));
    await settle();
    ports[2].close();
    expect(left).toEqual(['p2']);
    expect(sw.ports()).toHaveLength(2);
    ports[0].send(frame(mac(3), 1));
    ports[2].send(frame(mac(1), 3)); // a closed port sends nothing
    await settle();
    expect(counts()).toEqual([1, 2, 0]);
  });

  it('taps see every frame that enters, with its port and time', async () => {
    const { clock, sw, ports } = rig(2);
    const seen: string[] = [];
    const stop = sw.addTap((f, from, to, t) => seen.push(`${from.name}->${to?.name ?? '*'}@${t}:${f.length}`));
    ports[0].send(frame(BROADCAST_MAC, 1));
    await clock.advance(5);
    ports[1].send(frame(mac(1), 2));
    stop();
    ports[1].send(frame(BROADCAST_MAC, 2));
    expect(seen).toEqual(['p0->*@0:60', 'p1->p0@5:60']);
  });

  it('delivers after the sender returns (no re-entry)', async () => {
    const { ports } = rig(2);
    let sending = false;
    let reentered = false;
    ports[1].onFrame = () => (reentered = sending);
    sending = true;
    ports[0].send(frame(BROADCAST_MAC, 1));
    sending = false;
    await settle();
    expect(reentered).toBe(false);
  });
});
