// A machine's NIC cable across threads: the switch end of a MessagePort whose other end is
// the machine's NetPort in a VM worker (src/worker/message-net-port.ts). Frames cross as
// ArrayBuffers (transferred, never shared); the string 'close' means the machine stopped
// (MessagePorts have no close event). Frames from the switch are posted one message each,
// transferred: no copy on either side.

import type { Network, AttachOptions } from '../network.ts';
import type { SwitchPort } from '../switch.ts';
import type { PortLike } from './port-like.ts';

export const PORT_CLOSED = 'close';

/** Put machine `name` on the network through `port`; returns its switch port. */
export function attachMessagePort(network: Network, name: string, opts: AttachOptions, port: PortLike): SwitchPort {
  const sp = network.attach(name, opts);
  linkPort(sp, port);
  return sp;
}

/** Join a switch port and a MessagePort (exported for tests of the wire format). */
export function linkPort(sp: SwitchPort, port: PortLike): void {
  sp.onFrame = (frame) => {
    // Frames are shared by every receiver on the switch: send a copy the port may own.
    const copy = frame.slice();
    port.postMessage(copy.buffer, [copy.buffer]);
  };
  port.addEventListener('message', (ev) => {
    const d = ev.data;
    if (d instanceof ArrayBuffer) sp.send(new Uint8Array(d));
    else if (d === PORT_CLOSED) {
      sp.close();
      port.close();
    }
  });
  port.start();
}
