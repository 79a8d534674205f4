// A scripted TCP peer on the switch for state-machine tests: it answers ARP for its address,
// records every segment the host stack sends it, and sends exactly the segments a test
// writes, so each RFC rule can be driven one segment at a time.

import { ARP_REPLY, ARP_REQUEST, buildArp, parseArp } from '../arp.ts';
import { ETHERTYPE_ARP, ETHERTYPE_IPV4, etherType, ETH_HEADER_LEN } from '../ethernet.ts';
import { Ip4 } from '../ipv4-address.ts';
import { parseIpv4, PROTO_TCP } from '../ipv4.ts';
import type { VirtualSwitch, SwitchPort } from '../switch.ts';
import { buildTcpFrame, OutgoingSegment, parseTcp, TcpSegment } from '../tcp/segment.ts';

export class ScriptedPeer {
  readonly port: SwitchPort;
  /** Segments from the host, oldest first. */
  readonly received: TcpSegment[] = [];
  /** Answer ARP requests (turn off to play a machine that is not there). */
  answerArp = true;
  arpRequests = 0;
  private id = 1;
  private hostMac: Uint8Array | undefined;

  constructor(
    sw: VirtualSwitch,
    readonly mac: Uint8Array,
    readonly ip: Ip4,
    private readonly hostIp: Ip4,
  ) {
    this.port = sw.attach('peer');
    this.port.onFrame = (f) => this.receive(f);
  }

  private receive(frame: Uint8Array): void {
    const type = etherType(frame);
    if (type === ETHERTYPE_ARP) {
      const a = parseArp(frame);
      if (a?.op === ARP_REQUEST && a.targetIp === this.ip) {
        this.arpRequests++;
        this.hostMac = a.senderMac;
        if (this.answerArp)
          this.port.send(buildArp(a.senderMac, { op: ARP_REPLY, senderMac: this.mac, senderIp: this.ip, targetMac: a.senderMac, targetIp: a.senderIp }));
      }
      return;
    }
    if (type !== ETHERTYPE_IPV4) return;
    const h = parseIpv4(frame);
    if (typeof h === 'string' || h.protocol !== PROTO_TCP) return;
    this.hostMac = frame.slice(6, 12);
    const seg = parseTcp(frame.subarray(ETH_HEADER_LEN + h.headerLen, ETH_HEADER_LEN + h.totalLen), h.src, h.dst);
    if (typeof seg === 'string') throw new Error(`host sent a bad TCP segment: ${seg}`);
    this.received.push({ ...seg, data: seg.data.slice() });
  }

  /** Take the oldest segment received (throws if there is none). */
  next(): TcpSegment {
    const s = this.received.shift();
    if (!s) throw new Error('the host sent nothing');
    return s;
  }

  send(s: Partial<OutgoingSegment> & { srcPort: number; dstPort: number; flags: number }): void {
    if (!this.hostMac) throw new Error('the peer does not know the host MAC yet');
    this.port.send(
      buildTcpFrame(this.hostMac, this.mac, this.ip, this.hostIp, this.id++, {
        seq: 0, ack: 0, window: 65535, ...s,
      }),
    );
  }

  /** Send raw bytes as a frame (fuzzing). */
  sendRaw(frame: Uint8Array): void {
    this.port.send(frame);
  }
}
