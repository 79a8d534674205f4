// How the playground gets a cable to the virtual network for a machine's NIC. The network
// itself (switch, host stack, fetch, service worker) is src/net's and src/sw's; this is the
// one seam between it and the machines: a MessagePort per NIC, carrying Ethernet frames as
// ArrayBuffers (see src/worker/message-net-port.ts), handed to the machine's worker.

export interface NicRequest {
  /** The machine's name on the network (the service worker's /vm/<name>/ path). */
  machine: string;
  nic: string;
  ip?: string;
  mac?: string;
}

export interface NetworkLink {
  /** A cable for this NIC, or undefined when the machine stays off the network. */
  attach(req: NicRequest): Promise<MessagePort | undefined>;
  /** The machine stopped for good (removed). */
  detach(machine: string): void;
  /** An IPv4 address no machine on the network uses (for copies of a guest); undefined if none. */
  freeAddress(): Promise<string | undefined>;
}

/** No network: NICs are attached but lead nowhere (the monitor panel says so). */
export const NO_NETWORK: NetworkLink = {
  attach: async () => undefined,
  detach: () => {},
  freeAddress: async () => undefined,
};
