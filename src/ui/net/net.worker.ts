// Entry point of the network worker: one NetHost (switch, host stack, fetch bridge, capture)
// exposed over comlink to the page (see src/net/browser/net-host.ts).
import * as Comlink from 'comlink';
import { NetHost } from '../../net/browser/net-host.ts';

Comlink.expose(new NetHost());
