// A NIC port that lets the host keep up with a deterministic guest. In deterministic mode a
// guest waiting in poll skips ahead in virtual time instead of sleeping, so between two turns
// of the host's event loop it can live through minutes: its TCP would give up on a host that
// has not had the chance to answer. This port holds the machine after every frame the guest
// sends until the host side has had one turn of the event loop (the switch and host stack
// answer in microtasks), then lets it go on.
//
//   guest ─ net-write ─▶ PacedPort.send ─▶ switch port      (machine paused at the next slice)
//                             └ setImmediate ─▶ machine.resume()   (host has answered by then)

import type { Machine } from '../monitor/machine.ts';
import type { NetPort } from '../monitor/net-port.ts';

export class PacedPort implements NetPort {
  onFrame: ((frame: Uint8Array) => void) | null = null;
  /** Set once the machine exists (the port is made before it). */
  machine: Machine | undefined;
  private holding = false;

  constructor(private readonly inner: NetPort) {
    inner.onFrame = (frame) => this.onFrame?.(frame);
  }

  send(frame: Uint8Array): void {
    this.inner.send(frame);
    const m = this.machine;
    if (!m || this.holding) return;
    this.holding = true;
    // The run loop parks at its next turn, before any macrotask: the resume cannot come first.
    void m.pause();
    setImmediate(() => {
      this.holding = false;
      m.resume();
    });
  }

  close(): void {
    this.inner.close?.();
  }
}
