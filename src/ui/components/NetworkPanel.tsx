// The network tab: the virtual network's panels (src/ui/net, built with src/net) for the
// selected machine.
import { useSel } from '../hooks.tsx';

export function NetworkPanel() {
  const nets = useSel((s) => {
    const m = s.selectedId === undefined ? undefined : s.machines[s.selectedId];
    const g = m && s.catalog.find((c) => c.name === m.guest);
    return g ? g.devices.filter((d) => d.type === 'net').length : 0;
  });
  return (
    <div className="network-panel">
      <p className="hint">
        {nets === 0
          ? 'This guest has no network device.'
          : 'This guest has a NIC; the virtual network (switch, host TCP stack and fetch bridge) is not part of this build yet, so its NIC is attached but leads nowhere.'}
      </p>
    </div>
  );
}
