// Handing control back to the host's event loop between run slices, so timers, input and
// pause requests get their turn. Node has setImmediate; a browser worker has MessageChannel,
// whose messages are not clamped the way nested setTimeout(0) calls are.

let channel: InstanceType<typeof MessageChannel> | undefined;
const waiting: Array<() => void> = [];

export function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      // addEventListener + start() works on the MessagePort of both browsers and Node.
      channel.port1.addEventListener('message', () => waiting.shift()?.());
      channel.port1.start();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** Resolves after `ms` or when `wake` is called, whichever comes first. */
export function sleep(ms: number, onWake: (wake: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    const timer = Number.isFinite(ms) ? setTimeout(done, Math.max(0, Math.ceil(ms))) : undefined;
    function done() {
      if (timer !== undefined) clearTimeout(timer);
      resolve();
    }
    onWake(done);
  });
}
