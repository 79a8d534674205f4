// The network tab: the virtual network's panels (src/ui/net: request, live preview, packet
// log) for the selected machine, when it has a NIC on the network.
import { usePlayground, useSel } from '../hooks.tsx';
import { NetworkView } from '../net/NetworkView.tsx';

export function NetworkPanel() {
  const p = usePlayground();
  const machine = useSel((s) => (s.selectedId === undefined ? undefined : s.machines[s.selectedId]?.name));
  // Catalog guests say whether they have a NIC and serve HTTP; an uploaded image may.
  const nics = useSel((s) => {
    const m = s.selectedId === undefined ? undefined : s.machines[s.selectedId];
    const g = m && s.catalog.find((c) => c.name === m.guest);
    return g ? g.devices.filter((d) => d.type === 'net').length : -1;
  });
  const http = useSel((s) => {
    const m = s.selectedId === undefined ? undefined : s.machines[s.selectedId];
    const g = m && s.catalog.find((c) => c.name === m.guest);
    return g ? !!g.http?.length : true;
  });
  if (!p.net) return <p className="hint">This build has no virtual network.</p>;
  if (!machine) return <p className="hint">No machine.</p>;
  return (
    <div className="network-panel">
      {nics === 0 && <p className="hint">This guest declares no network device; the packet log shows the rest of the network.</p>}
      <NetworkView net={p.net} machine={machine} http={http} />
    </div>
  );
}
