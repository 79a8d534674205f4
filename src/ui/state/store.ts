// The playground's state: one zustand vanilla store, React bound through selectors
// (src/ui/hooks.ts). Machine statuses arrive a few times a second; a status equal to the
// previous one keeps its identity, so only the widgets whose machine changed re-render, and
// the frequent counters (instructions, MIPS) are written into the DOM by subscriptions
// instead (LiveText). Console bytes never come here.

import { createStore } from 'zustand/vanilla';
import type { CatalogEntry } from '../../../guests/catalog-schema.ts';
import type { MachineId, MachineStatus, RegisterSnapshot } from '../../worker/api.ts';
import type { TabId, UrlState } from './url-state.ts';

export type Theme = 'dark' | 'light';

/** What boots: a catalog guest or a file the user gave, with its options. */
export interface BootConfig {
  /** Catalog name, or undefined for an uploaded image. */
  guest?: string;
  memMiB: number;
  cmdline: string;
  deterministic: boolean;
  pauseAtEntry: boolean;
}

export interface MachineEntry {
  id: MachineId;
  name: string;
  /** Catalog guest or uploaded file name. */
  guest: string;
  role: 'main' | 'fleet';
  config: BootConfig;
  worker?: number;
  status?: MachineStatus;
  /** The machine's worker died, or creating it failed. */
  crashed?: string;
}

export interface Breakpoint {
  /** As typed: a symbol or a hex address. */
  spec: string;
  address?: bigint;
  /** Why it could not be placed. */
  problem?: string;
}

export interface DebugView {
  /** Registers at the latest stop of the selected machine, and at the stop before. */
  current?: RegisterSnapshot;
  previous?: RegisterSnapshot;
  /** Bumped at every stop (pause, step, breakpoint, exit) of the selected machine. */
  stopVersion: number;
}

export interface PlaygroundState {
  catalog: CatalogEntry[];
  catalogError?: string;
  config: BootConfig;
  /** An uploaded image, when that is what boots. */
  upload?: { name: string; bytes: Uint8Array };
  /** Messages about the image or the link, shown plainly until dismissed. */
  notices: string[];
  loadError?: string;
  machines: Record<MachineId, MachineEntry>;
  mainId?: MachineId;
  selectedId?: MachineId;
  fleet: { guest?: string; ids: MachineId[]; starting: boolean; error?: string };
  breakpoints: Breakpoint[];
  debug: DebugView;
  tab: TabId;
  /** What the hex viewer shows (the memory map and the MMU panel open addresses in it). */
  memoryView: { address: bigint; space: 'physical' | 'virtual' };
  theme: Theme;
  pickerOpen: boolean;
  /** Time from navigation to the first console byte of the first machine (ms). */
  firstByteMs?: number;
  /** The last pause asked on the page: from the click to the machine parked, round trip (ms). */
  lastPauseMs?: number;
  workers: number;
}

export const DEFAULT_MEM_MIB = 16;

export function initialState(url: UrlState, theme: Theme): PlaygroundState {
  return {
    catalog: [],
    config: {
      guest: url.guest,
      memMiB: url.memMiB ?? DEFAULT_MEM_MIB,
      cmdline: url.cmdline ?? '',
      deterministic: url.deterministic,
      pauseAtEntry: url.pauseAtEntry,
    },
    notices: [],
    machines: {},
    fleet: { ids: [], starting: false },
    breakpoints: url.breakpoints.map((spec) => ({ spec })),
    debug: { stopVersion: 0 },
    tab: url.tab ?? 'cpu',
    memoryView: { address: 0x10_0000n, space: 'physical' },
    theme,
    pickerOpen: false,
    workers: 0,
  };
}

export type PlaygroundStore = ReturnType<typeof makeStore>;

export function makeStore(initial: PlaygroundState) {
  return createStore<PlaygroundState>()(() => initial);
}

/** Same content, same object: statuses that did not change keep their identity. */
export function sameStatus(a: MachineStatus | undefined, b: MachineStatus): boolean {
  if (!a) return false;
  return (
    a.state === b.state &&
    a.instructions === b.instructions &&
    a.pc === b.pc &&
    a.pauseCause === b.pauseCause &&
    a.consoleBytes === b.consoleBytes &&
    a.lastLine === b.lastLine &&
    a.firstOutputMs === b.firstOutputMs &&
    a.committedBytes === b.committedBytes &&
    a.exit?.reason === b.exit?.reason &&
    Math.abs(a.mips - b.mips) < 0.005
  );
}
