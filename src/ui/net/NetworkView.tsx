// The network panels for one machine, stacked: request, live preview, packet log.
import type { NetApi } from './browser-network.ts';
import { PacketLog } from './PacketLog.tsx';
import { PreviewFrame } from './PreviewFrame.tsx';
import { RequestPanel } from './RequestPanel.tsx';
import './net.css';

export interface NetworkViewProps {
  net: NetApi;
  /** The machine's name on the network (as given to BrowserNetwork.attach). */
  machine: string;
  /** Whether the machine serves HTTP (the request and preview panels need it). */
  http?: boolean;
}

export function NetworkView({ net, machine, http = true }: NetworkViewProps) {
  return (
    <div className="net-view">
      {http && <RequestPanel net={net} machine={machine} />}
      {http && <PreviewFrame net={net} machine={machine} />}
      <PacketLog net={net} machine={machine} />
    </div>
  );
}
