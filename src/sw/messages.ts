// What the page and the service worker say to each other (postMessage), and where the
// machines live under the site.

/** page -> service worker: here is a MessagePort to the network (a fetch bridge). */
export const NET_PORT_MESSAGE = 'ukplay-net-port';
/** service worker -> pages: I have no (live) port, send one. */
export const NET_PORT_REQUEST = 'ukplay-net-port-request';
/** Machines are at `<site>/vm/<name>/...`. */
export const VM_PREFIX = 'vm/';
/** The service worker's file, at the site's root so that its scope covers vm/. */
export const SW_FILE = 'sw.js';
