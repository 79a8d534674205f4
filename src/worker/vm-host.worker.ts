// Entry point of a VM host worker: one VmHost exposed over comlink (see api.ts).
import * as Comlink from 'comlink';
import { VmHost } from './vm-host.ts';

Comlink.expose(new VmHost());
