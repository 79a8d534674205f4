// The playground's actions: boot, control and inspect machines, keep the fleet, mirror the
// configuration in the URL, and poll the workers for statuses. Components call these and
// read the store; nothing here renders.
//
//   start() ─ catalog + core + default image fetched in parallel ─▶ bootMain()
//   poll loop (4 Hz, 1 Hz when hidden) ─▶ statuses ─▶ store; a stop of the selected machine
//                                          ─▶ registers fetched (debug.current / previous)

import type { CatalogEntry } from '../../guests/catalog-schema.ts';
import { DevType } from '../monitor/abi.ts';
import { LoadError } from '../monitor/errors.ts';
import { parseImage } from '../monitor/image.ts';
import { planLoad } from '../monitor/loader.ts';
import type { BlockSpec, MachineId, MachineSpec, MachineStatus, NetSpec, SymbolInfo } from '../worker/api.ts';
import { readElfDebugInfo, SymbolTable } from '../worker/elf-symbols.ts';
import { formatUrlState, type TabId, type UrlState, FLEET_MAX } from './state/url-state.ts';
import { sameStatus, type BootConfig, type Breakpoint, type MachineEntry, type PlaygroundStore } from './state/store.ts';
import { ConsoleSink } from './vm/console-sink.ts';
import { guestFile, loadCatalog } from './vm/guest-files.ts';
import type { NetworkLink } from './vm/network-link.ts';
import type { NetApi } from './net/browser-network.ts';
import type { VmPool } from './vm/pool.ts';

const MIB = 1 << 20;
const POLL_MS = 250;
const POLL_HIDDEN_MS = 1000;
const MAIN_CONSOLE_BYTES = 4 * MIB;
const FLEET_CONSOLE_BYTES = 64 << 10;
const UPLOAD_DISK_BYTES = MIB;
const FLEET_BATCH = 16;
export const FIRST_BYTE_MARK = 'ukplay:first-console-byte';

export class Playground {
  private nextId = 1;
  private readonly sinks = new Map<MachineId, ConsoleSink>();
  private readonly symbols = new Map<MachineId, SymbolTable>();
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private firstByteSeen = false;
  /** Serializes boots of the main machine (a second click waits for the first). */
  private mainQueue: Promise<void> = Promise.resolve();

  /** Serializes fleet copies' address choice and attach (two must not pick the same address). */
  private cableQueue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly store: PlaygroundStore,
    readonly pool: VmPool,
    private readonly network: NetworkLink,
    /** The network panels' view of the network, when there is one. */
    readonly net?: NetApi,
  ) {}

  // ---- start-up and the URL ----------------------------------------------------------------------

  /** `catalogLoad`: the catalog fetch, started as early as the page could. */
  async start(url: UrlState, linkProblems: string[], catalogLoad: Promise<CatalogEntry[]> = loadCatalog()): Promise<void> {
    this.set({ notices: linkProblems });
    this.schedulePoll();
    let catalog: CatalogEntry[];
    try {
      catalog = await catalogLoad;
    } catch (e) {
      this.set({ catalogError: message(e) });
      return;
    }
    let entry = catalog.find((g) => g.name === url.guest);
    if (url.guest && !entry) this.notice(`link: no guest named '${url.guest}' in the catalog; showing the default`);
    entry ??= catalog.find((g) => g.default) ?? catalog[0];
    void guestFile(entry.image); // start the download while the rest settles
    this.set({
      catalog,
      config: {
        guest: entry.name,
        memMiB: url.memMiB ?? entry.memory,
        cmdline: url.cmdline ?? entry.cmdline,
        deterministic: url.deterministic,
        pauseAtEntry: url.pauseAtEntry,
      },
    });
    await this.bootMain();
    if (url.fleet) await this.startFleet(entry.name, url.fleet);
  }

  /** Mirror the shareable state into the address bar (no history entry per keystroke). */
  syncUrl(): void {
    const s = this.store.getState();
    const entry = this.entry(s.config.guest);
    const url: UrlState = {
      guest: s.upload ? undefined : s.config.guest,
      memMiB: entry && s.config.memMiB === entry.memory ? undefined : s.config.memMiB,
      cmdline: entry && s.config.cmdline === entry.cmdline ? undefined : s.config.cmdline,
      deterministic: s.config.deterministic,
      pauseAtEntry: s.config.pauseAtEntry,
      breakpoints: s.breakpoints.map((b) => b.spec),
      tab: s.tab === 'cpu' ? undefined : s.tab,
      fleet: s.fleet.ids.length || undefined,
    };
    const q = formatUrlState(url);
    const next = location.pathname + (q ? '?' + q : '') + location.hash;
    if (next !== location.pathname + location.search + location.hash) history.replaceState(null, '', next);
  }

  private set(partial: Partial<ReturnType<PlaygroundStore['getState']>>): void {
    this.store.setState(partial);
  }

  notice(text: string): void {
    this.set({ notices: [...this.store.getState().notices, text] });
  }

  dismissNotices(): void {
    this.set({ notices: [] });
  }

  entry(name: string | undefined): CatalogEntry | undefined {
    return name === undefined ? undefined : this.store.getState().catalog.find((g) => g.name === name);
  }

  setTab(tab: TabId): void {
    this.set({ tab });
    this.syncUrl();
  }

  /** Show an address in the hex viewer. */
  openMemory(address: bigint, space: 'physical' | 'virtual'): void {
    this.set({ memoryView: { address, space } });
    this.setTab('memory');
  }

  // ---- building machines -------------------------------------------------------------------------

  sink(id: MachineId): ConsoleSink | undefined {
    return this.sinks.get(id);
  }

  symbolTable(id: MachineId | undefined): SymbolTable | undefined {
    return id === undefined ? undefined : this.symbols.get(id);
  }

  private async catalogSpec(entry: CatalogEntry, config: BootConfig, role: 'main' | 'fleet', name: string): Promise<MachineSpec> {
    const image = await guestFile(entry.image);
    const blocks: BlockSpec[] = [];
    const nets: NetSpec[] = [];
    for (const d of entry.devices) {
      if (d.type === 'block') {
        const initial = d.image ? await guestFile(d.image) : undefined;
        const sector = d.sectorSize ?? 512;
        const size = d.size ?? Math.ceil((initial?.length ?? 0) / sector) * sector;
        blocks.push({ name: d.name, size, sectorSize: d.sectorSize, initial, persistKey: role === 'main' ? `${entry.name}-${d.name}` : undefined });
      } else {
        nets.push({ name: d.name, ip: d.ip, mac: d.mac });
      }
    }
    return {
      name,
      guest: entry.name,
      imageName: entry.image,
      image,
      memMiB: config.memMiB,
      cmdline: config.cmdline,
      deterministic: config.deterministic,
      blocks,
      nets,
    };
  }

  private uploadSpec(upload: { name: string; bytes: Uint8Array }, config: BootConfig): MachineSpec {
    const image = parseImage(upload.bytes, upload.name);
    const blocks: BlockSpec[] = [];
    const nets: NetSpec[] = [];
    for (const e of image.manifest.entries) {
      if (e.type === DevType.BlockBasic) blocks.push({ name: e.name, size: UPLOAD_DISK_BYTES, persistKey: `upload-${upload.name}-${e.name}` });
      if (e.type === DevType.NetBasic) nets.push({ name: e.name, ip: '10.0.0.2' });
    }
    return {
      name: upload.name.replace(/\.hvt$/, '').replace(/[^A-Za-z0-9-]/g, '-').slice(0, 40) || 'upload',
      guest: upload.name,
      imageName: upload.name,
      image: upload.bytes,
      memMiB: config.memMiB,
      cmdline: config.cmdline,
      deterministic: config.deterministic,
      blocks,
      nets,
    };
  }

  private async cable(spec: MachineSpec): Promise<void> {
    for (const n of spec.nets) n.port = await this.network.attach({ machine: spec.name, nic: n.name, ip: n.ip, mac: n.mac });
  }

  /**
   * A copy of a guest on the network needs an address of its own: the first free one
   * replaces the catalog's in the NIC and in the command line's `ip=`. No address left:
   * the copy runs off the network.
   */
  private cableCopy(spec: MachineSpec): Promise<void> {
    const run = this.cableQueue.then(async () => {
      for (const n of spec.nets) {
        const ip = await this.network.freeAddress();
        if (!ip) continue;
        if (n.ip) spec.cmdline = spec.cmdline.replace(new RegExp(`(^|\\s)ip=${n.ip.replace(/\./g, '\\.')}(?=\\s|$)`), `$1ip=${ip}`);
        n.ip = ip;
        n.mac = undefined; // a catalog's fixed MAC would clash on the switch
        n.port = await this.network.attach({ machine: spec.name, nic: n.name, ip });
      }
    });
    this.cableQueue = run.catch(() => {});
    return run;
  }

  /** Create machine `id` from `spec` in a worker, with its console sink. */
  private async launch(id: MachineId, spec: MachineSpec, role: 'main' | 'fleet', config: BootConfig): Promise<void> {
    let sink = this.sinks.get(id);
    if (!sink) {
      sink = new ConsoleSink(role === 'main' ? MAIN_CONSOLE_BYTES : FLEET_CONSOLE_BYTES);
      this.sinks.set(id, sink);
    }
    if (role === 'main' && !this.firstByteSeen) {
      sink.onFirstByte = (ms) => {
        this.firstByteSeen = true;
        performance.mark(FIRST_BYTE_MARK);
        this.set({ firstByteMs: ms });
      };
    }
    spec.console = sink.connect();
    const entry: MachineEntry = { id, name: spec.name, guest: spec.guest, role, config };
    this.set({ machines: { ...this.store.getState().machines, [id]: entry } });
    try {
      const worker = await this.pool.create(id, spec);
      this.patchMachine(id, { worker });
    } catch (e) {
      this.patchMachine(id, { crashed: message(e) });
      throw e;
    } finally {
      this.set({ workers: this.pool.workerCount });
    }
  }

  private patchMachine(id: MachineId, patch: Partial<MachineEntry>): void {
    const machines = this.store.getState().machines;
    if (!machines[id]) return;
    this.set({ machines: { ...machines, [id]: { ...machines[id], ...patch } } });
  }

  private async dropMachine(id: MachineId): Promise<void> {
    const entry = this.store.getState().machines[id];
    try {
      await this.pool.remove(id);
    } catch {
      // a crashed worker has nothing left to remove
    }
    if (entry) this.network.detach(entry.name);
    this.sinks.get(id)?.close();
    this.sinks.delete(id);
    this.symbols.delete(id);
    const { [id]: _gone, ...rest } = this.store.getState().machines;
    this.set({ machines: rest });
  }

  // ---- the main machine ----------------------------------------------------------------------------

  /** (Re)boot the main machine from the current configuration. */
  bootMain(): Promise<void> {
    const run = this.mainQueue.then(() => this.bootMainNow());
    this.mainQueue = run.catch(() => {});
    return run;
  }

  private async bootMainNow(): Promise<void> {
    const s = this.store.getState();
    const config = s.config;
    this.set({ loadError: undefined });
    let spec: MachineSpec;
    try {
      if (s.upload) spec = this.uploadSpec(s.upload, config);
      else {
        const entry = this.entry(config.guest);
        if (!entry) throw new Error(`no guest named '${config.guest}' in the catalog`);
        spec = await this.catalogSpec(entry, config, 'main', entry.name);
      }
      planLoad(parseImage(spec.image, spec.imageName), config.memMiB * MIB);
    } catch (e) {
      this.set({ loadError: message(e) });
      return;
    }
    const old = s.mainId;
    if (old !== undefined) await this.dropMachine(old);
    const id = this.nextId++;
    const table = new SymbolTable(readElfDebugInfo(spec.image).symbols);
    this.symbols.set(id, table);
    const bps = this.resolveBreakpoints(s.breakpoints.map((b) => b.spec), table);
    spec.breakpoints = bps.filter((b) => b.address !== undefined).map((b) => b.address!);
    spec.pauseAtEntry = config.pauseAtEntry;
    await this.cable(spec);
    const follow = s.selectedId === undefined || s.selectedId === old;
    this.set({ mainId: id, breakpoints: bps, ...(follow ? { selectedId: id, debug: { stopVersion: s.debug.stopVersion + 1 } } : {}) });
    try {
      await this.launch(id, spec, 'main', config);
    } catch (e) {
      this.set({ loadError: message(e) });
    }
    this.syncUrl();
  }

  /** Boot a catalog guest with its catalog defaults. */
  async chooseGuest(name: string): Promise<void> {
    const entry = this.entry(name);
    if (!entry) return;
    const c = this.store.getState().config;
    this.set({ upload: undefined, config: { ...c, guest: name, memMiB: entry.memory, cmdline: entry.cmdline }, pickerOpen: false });
    await this.bootMain();
  }

  /** Check a user's image like the monitor will; boot it if it passes. */
  async loadFile(name: string, bytes: Uint8Array): Promise<void> {
    const config = this.store.getState().config;
    try {
      const image = parseImage(bytes, name);
      planLoad(image, config.memMiB * MIB);
    } catch (e) {
      this.set({ loadError: e instanceof LoadError ? e.message : `${name}: ${message(e)}` });
      return;
    }
    this.set({ upload: { name, bytes }, config: { ...config, guest: undefined }, pickerOpen: false });
    await this.bootMain();
  }

  setConfig(patch: Partial<BootConfig>): void {
    this.set({ config: { ...this.store.getState().config, ...patch } });
    this.syncUrl();
  }

  private get selected(): MachineId | undefined {
    return this.store.getState().selectedId;
  }

  private control(fn: (id: MachineId) => Promise<unknown>): Promise<void> {
    const id = this.selected;
    if (id === undefined) return Promise.resolve();
    return fn(id).then(
      () => this.pollNow(),
      (e) => this.notice(message(e)),
    );
  }

  pause(): Promise<void> {
    return this.control(async (id) => {
      const t0 = performance.now();
      await this.pool.with(id, (api) => api.pause(id));
      this.set({ lastPauseMs: performance.now() - t0 });
    });
  }
  resume(): Promise<void> {
    return this.control((id) => this.pool.with(id, (api) => api.resume(id)));
  }
  step(): Promise<void> {
    return this.control((id) => this.pool.with(id, (api) => api.step(id)));
  }
  stepOver(): Promise<void> {
    return this.control((id) => this.pool.with(id, (api) => api.stepOver(id)));
  }
  stop(): Promise<void> {
    return this.control((id) => this.pool.with(id, (api) => api.stop(id)));
  }
  /** Reset: a fresh machine from the same configuration (disks keep their contents). */
  reset(): Promise<void> {
    const s = this.store.getState();
    if (s.selectedId !== undefined && s.selectedId !== s.mainId) return this.resetFleetMachine(s.selectedId);
    return this.bootMain();
  }

  select(id: MachineId): void {
    const s = this.store.getState();
    if (!s.machines[id] || s.selectedId === id) return;
    this.set({ selectedId: id, debug: { stopVersion: s.debug.stopVersion + 1 } });
    void this.refreshDebug(id, true);
  }

  // ---- breakpoints -------------------------------------------------------------------------------

  private resolveBreakpoints(specs: string[], table: SymbolTable | undefined): Breakpoint[] {
    return specs.map((spec) => {
      if (/^0x[0-9a-f]+$/i.test(spec)) return { spec, address: BigInt(spec) };
      const sym = table?.lookup(spec);
      return sym ? { spec, address: sym.address } : { spec, problem: `no symbol named '${spec}'` };
    });
  }

  async setBreakpoints(specs: string[]): Promise<void> {
    const id = this.selected;
    const bps = this.resolveBreakpoints(specs, this.symbolTable(id));
    this.set({ breakpoints: bps });
    this.syncUrl();
    if (id === undefined) return;
    try {
      const placed = await this.pool.with(id, (api) => api.setBreakpoints(id, bps.filter((b) => b.address !== undefined).map((b) => b.address!)));
      const ok = new Set(placed);
      this.set({
        breakpoints: bps.map((b) => (b.address === undefined || ok.has(b.address) ? b : { ...b, problem: 'the core holds at most 64 breakpoints' })),
      });
    } catch (e) {
      this.notice(message(e));
    }
    this.bumpStop();
  }

  async toggleBreakpoint(address: bigint): Promise<void> {
    const specs = this.store.getState().breakpoints;
    const has = specs.some((b) => b.address === address);
    const next = has ? specs.filter((b) => b.address !== address).map((b) => b.spec) : [...specs.map((b) => b.spec), '0x' + address.toString(16)];
    await this.setBreakpoints(next);
  }

  symbolsOf(id: MachineId | undefined): readonly SymbolInfo[] {
    return this.symbolTable(id)?.all ?? [];
  }

  // ---- the fleet -------------------------------------------------------------------------------------

  async startFleet(guest: string, count: number): Promise<void> {
    const entry = this.entry(guest);
    const n = Math.max(1, Math.min(FLEET_MAX, Math.floor(count)));
    if (!entry) return;
    await this.stopFleet();
    this.set({ fleet: { guest, ids: [], starting: true } });
    const config: BootConfig = { guest, memMiB: entry.memory, cmdline: entry.cmdline, deterministic: false, pauseAtEntry: false };
    const ids: MachineId[] = [];
    let error: string | undefined;
    for (let i = 0; i < n && !error; i += FLEET_BATCH) {
      const batch = Array.from({ length: Math.min(FLEET_BATCH, n - i) }, (_, k) => i + k);
      const made = await Promise.all(
        batch.map(async (k) => {
          const id = this.nextId++;
          try {
            const spec = await this.catalogSpec(entry, config, 'fleet', `${guest}-${k + 1}`);
            await this.cableCopy(spec);
            this.symbols.set(id, new SymbolTable(readElfDebugInfo(spec.image).symbols));
            await this.launch(id, spec, 'fleet', config);
          } catch (e) {
            error ??= message(e);
          }
          return id;
        }),
      );
      ids.push(...made);
      this.set({ fleet: { guest, ids: [...ids], starting: true } });
    }
    this.set({ fleet: { guest, ids, starting: false, error } });
    this.syncUrl();
  }

  async stopFleet(): Promise<void> {
    const { fleet, selectedId, mainId } = this.store.getState();
    if (fleet.ids.length === 0) return;
    if (selectedId !== undefined && fleet.ids.includes(selectedId) && mainId !== undefined) this.select(mainId);
    await Promise.all(fleet.ids.map((id) => this.dropMachine(id)));
    this.set({ fleet: { guest: fleet.guest, ids: [], starting: false } });
    this.syncUrl();
  }

  private async resetFleetMachine(id: MachineId): Promise<void> {
    const entry = this.store.getState().machines[id];
    const guest = entry && this.entry(entry.guest);
    if (!entry || !guest) return;
    await this.pool.remove(id).catch(() => {});
    this.sinks.get(id)?.clear();
    this.network.detach(entry.name);
    const spec = await this.catalogSpec(guest, entry.config, 'fleet', entry.name);
    await this.cableCopy(spec);
    this.patchMachine(id, { status: undefined, crashed: undefined });
    await this.launch(id, spec, 'fleet', entry.config).catch((e) => this.notice(message(e)));
  }

  // ---- block devices -----------------------------------------------------------------------------

  async downloadDisk(device: string): Promise<{ name: string; bytes: Uint8Array } | undefined> {
    const id = this.selected;
    if (id === undefined) return undefined;
    const bytes = await this.pool.with(id, (api) => api.readDisk(id, device));
    return { name: `${this.store.getState().machines[id]?.name ?? 'disk'}-${device}.img`, bytes };
  }

  /** Replace the main machine's disk (upload) or zero it (reset), then reboot on it. */
  async replaceDisk(device: string, bytes: Uint8Array | undefined): Promise<void> {
    const s = this.store.getState();
    const entry = this.entry(s.config.guest);
    const main = s.mainId;
    if (main === undefined) return;
    await this.mainQueue;
    await this.dropMachine(main);
    const id = this.nextId++;
    let spec: MachineSpec;
    try {
      spec = s.upload ? this.uploadSpec(s.upload, s.config) : await this.catalogSpec(entry!, s.config, 'main', entry!.name);
    } catch (e) {
      this.set({ loadError: message(e) });
      return;
    }
    for (const b of spec.blocks) {
      if (b.name !== device) continue;
      if (bytes) {
        const sector = b.sectorSize ?? 512;
        b.size = Math.max(sector, Math.ceil(bytes.length / sector) * sector);
      }
      b.initial = bytes;
      b.replace = true;
    }
    const table = new SymbolTable(readElfDebugInfo(spec.image).symbols);
    this.symbols.set(id, table);
    const bps = this.resolveBreakpoints(s.breakpoints.map((b) => b.spec), table);
    spec.breakpoints = bps.filter((b) => b.address !== undefined).map((b) => b.address!);
    await this.cable(spec);
    this.set({ mainId: id, selectedId: id, breakpoints: bps });
    await this.launch(id, spec, 'main', s.config).catch((e) => this.set({ loadError: message(e) }));
  }

  // ---- polling -----------------------------------------------------------------------------------------

  private schedulePoll(): void {
    clearTimeout(this.pollTimer);
    const ms = typeof document !== 'undefined' && document.hidden ? POLL_HIDDEN_MS : POLL_MS;
    this.pollTimer = setTimeout(() => void this.pollNow(), ms);
  }

  async pollNow(): Promise<void> {
    clearTimeout(this.pollTimer);
    try {
      const list = await this.pool.statuses();
      this.applyStatuses(list);
    } finally {
      this.schedulePoll();
    }
  }

  private applyStatuses(list: MachineStatus[]): void {
    const s = this.store.getState();
    let machines = s.machines;
    let stopped = false;
    for (const st of list) {
      const m = machines[st.id];
      if (!m || sameStatus(m.status, st)) continue;
      if (st.id === s.selectedId && isStop(m.status, st)) stopped = true;
      machines = { ...machines, [st.id]: { ...m, status: st } };
    }
    if (machines !== s.machines) this.set({ machines });
    if (stopped && s.selectedId !== undefined) void this.refreshDebug(s.selectedId, false);
  }

  /** The machines of a crashed worker. */
  crashed(ids: MachineId[], why: string): void {
    const machines = { ...this.store.getState().machines };
    for (const id of ids) if (machines[id]) machines[id] = { ...machines[id], crashed: why };
    this.set({ machines });
  }

  private bumpStop(): void {
    const d = this.store.getState().debug;
    this.set({ debug: { ...d, stopVersion: d.stopVersion + 1 } });
  }

  /** Registers of the selected machine at a stop (keeping the previous stop's for the diff). */
  async refreshDebug(id: MachineId, fresh: boolean): Promise<void> {
    try {
      const regs = await this.pool.with(id, (api) => api.registers(id));
      const s = this.store.getState();
      if (s.selectedId !== id) return;
      this.set({ debug: { current: regs, previous: fresh ? undefined : s.debug.current, stopVersion: s.debug.stopVersion + 1 } });
    } catch {
      // the machine went away meanwhile
    }
  }
}

function isStop(before: MachineStatus | undefined, now: MachineStatus): boolean {
  if (now.state !== 'paused' && now.state !== 'exited') return false;
  return !before || before.state !== now.state || before.instructions !== now.instructions || before.pc !== now.pc;
}

export function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
