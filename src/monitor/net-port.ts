// Where a guest's NET_BASIC device leads: a port that carries Ethernet frames (a virtual
// switch port, a host stack, a pcap sink...). The monitor owns the guest side: it sends the
// guest's frames with `send` and installs `onFrame` to receive frames for the guest, which
// it queues until the guest reads them.

export interface NetPort {
  /** A frame from the guest (the monitor's copy: the port may keep it). */
  send(frame: Uint8Array): void;
  /** Set by the monitor while the device is attached; the port calls it for each frame. */
  onFrame: ((frame: Uint8Array) => void) | null;
  /** Called when the machine stops. */
  close?(): void;
}

/** A port that drops what the guest sends and never delivers anything (`--net:NAME=none`). */
export class NullNetPort implements NetPort {
  onFrame: ((frame: Uint8Array) => void) | null = null;
  send(): void {}
}

/** A port for tests: records the guest's frames and injects frames into the guest. */
export class TestNetPort implements NetPort {
  onFrame: ((frame: Uint8Array) => void) | null = null;
  readonly sent: Uint8Array[] = [];
  closed = false;
  send(frame: Uint8Array): void {
    this.sent.push(frame);
  }
  /** Deliver a frame to the guest; false if no machine is attached. */
  inject(frame: Uint8Array): boolean {
    if (!this.onFrame) return false;
    this.onFrame(frame);
    return true;
  }
  close(): void {
    this.closed = true;
  }
}
