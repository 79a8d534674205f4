// A guest NIC's cable as a MessagePort: Ethernet frames cross as ArrayBuffers (transferred,
// never shared), so the switch can live in another worker or in the page. The string
// 'close' tells the other end the machine stopped (MessagePorts have no close event).

import type { NetPort } from '../monitor/net-port.ts';

export const PORT_CLOSED = 'close';

export class MessageNetPort implements NetPort {
  onFrame: ((frame: Uint8Array) => void) | null = null;
  private open = true;

  constructor(private readonly port: MessagePort) {
    port.onmessage = (e: MessageEvent) => {
      if (e.data instanceof ArrayBuffer) this.onFrame?.(new Uint8Array(e.data));
    };
  }

  send(frame: Uint8Array): void {
    if (!this.open) return;
    const copy = frame.slice();
    this.port.postMessage(copy.buffer, [copy.buffer]);
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.port.postMessage(PORT_CLOSED);
    this.port.close();
  }
}
