// Where frames go in and out: the monitor's NetPort (a guest NIC's cable) is the one shape
// every endpoint of the network has, machines and the host stack alike.

export type { NetPort as FramePort } from '../monitor/net-port.ts';
