// The page's side of the VM host workers: as many workers as the machine has cores
// (navigator.hardwareConcurrency, spawned as machines need them), machines placed on the
// least loaded one, and every call routed to the worker that holds the machine.
//
//   VmPool ── worker 0 (VmHost: machines 1, 3, 5 ...)
//          ── worker 1 (VmHost: machines 2, 4 ...)
//
// A worker that dies (an error escaping the VmHost, the tab's memory limit) takes only its
// own machines with it: they are reported as crashed, calls to them reject at once instead
// of waiting forever, and the next machine goes to a fresh worker.

import * as Comlink from 'comlink';
import type { MachineId, MachineSpec, MachineStatus, VmHostApi, HostMemory } from '../../worker/api.ts';

/** Never more workers than this, whatever the core count says. */
const MAX_WORKERS = 16;

interface HostWorker {
  index: number;
  worker: Worker;
  api: Comlink.Remote<VmHostApi>;
  machines: Set<MachineId>;
  ready: Promise<void>;
  /** Set when the worker died; calls reject with it. */
  dead?: string;
  died: Promise<never>;
}

export type CrashListener = (ids: MachineId[], message: string) => void;

export class VmPool {
  private readonly workers: HostWorker[] = [];
  private readonly where = new Map<MachineId, HostWorker>();
  private nextIndex = 0;
  readonly maxWorkers: number;

  constructor(
    private readonly core: Promise<WebAssembly.Module>,
    private readonly onCrash: CrashListener,
    cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 1,
  ) {
    this.maxWorkers = Math.max(1, Math.min(MAX_WORKERS, cores || 1));
  }

  /** Start the first worker now, so it loads while the page renders and fetches the guest. */
  prewarm(): void {
    if (this.workers.length === 0) this.spawn();
  }

  get workerCount(): number {
    return this.workers.filter((w) => !w.dead).length;
  }

  private spawn(): HostWorker {
    const worker = new Worker(new URL('../../worker/vm-host.worker.ts', import.meta.url), { type: 'module', name: `vm-host-${this.nextIndex}` });
    const api = Comlink.wrap<VmHostApi>(worker);
    let kill: (e: Error) => void = () => {};
    const died = new Promise<never>((_, reject) => (kill = reject));
    died.catch(() => {}); // observed through calls only
    const w: HostWorker = { index: this.nextIndex++, worker, api, machines: new Set(), ready: Promise.resolve(), died };
    w.ready = this.core.then((m) => api.init(m));
    const fail = (message: string) => {
      if (w.dead) return;
      w.dead = message;
      kill(new Error(message));
      worker.terminate();
      const ids = [...w.machines];
      for (const id of ids) this.where.delete(id);
      this.onCrash(ids, message);
    };
    worker.addEventListener('error', (e) => fail(`the VM worker crashed: ${e.message || 'unknown error'}`));
    worker.addEventListener('messageerror', () => fail('the VM worker sent a message that could not be read'));
    this.workers.push(w);
    return w;
  }

  /** The worker for a new machine: a fresh one while under the limit, else the least loaded. */
  private pick(): HostWorker {
    const live = this.workers.filter((w) => !w.dead);
    const idle = live.find((w) => w.machines.size === 0);
    if (idle) return idle;
    if (live.length < this.maxWorkers) return this.spawn();
    return live.reduce((a, b) => (b.machines.size < a.machines.size ? b : a));
  }

  private call<T>(w: HostWorker, fn: (api: Comlink.Remote<VmHostApi>) => Promise<T>): Promise<T> {
    if (w.dead) return Promise.reject(new Error(w.dead));
    return Promise.race([w.ready.then(() => fn(w.api)), w.died]);
  }

  private of(id: MachineId): HostWorker {
    const w = this.where.get(id);
    if (!w) throw new Error(`machine ${id} is gone`);
    return w;
  }

  /** Create a machine; the spec's ports are transferred to the worker. */
  async create(id: MachineId, spec: MachineSpec): Promise<number> {
    const w = this.pick();
    w.machines.add(id);
    this.where.set(id, w);
    const transfers: Transferable[] = [];
    if (spec.console) transfers.push(spec.console);
    for (const n of spec.nets) if (n.port) transfers.push(n.port);
    try {
      await this.call(w, (api) => api.create(id, Comlink.transfer(spec, transfers)));
    } catch (e) {
      w.machines.delete(id);
      this.where.delete(id);
      throw e;
    }
    return w.index;
  }

  async remove(id: MachineId): Promise<void> {
    const w = this.where.get(id);
    if (!w) return;
    try {
      await this.call(w, (api) => api.remove(id));
    } finally {
      w.machines.delete(id);
      this.where.delete(id);
    }
  }

  /** Every machine's status, from all workers at once (a dead worker contributes nothing). */
  async statuses(): Promise<MachineStatus[]> {
    const lists = await Promise.all(
      this.workers.filter((w) => !w.dead && w.machines.size > 0).map((w) => this.call(w, (api) => api.statuses()).catch(() => [])),
    );
    return lists.flat();
  }

  async memory(): Promise<HostMemory & { workers: number }> {
    const all = await Promise.all(this.workers.filter((w) => !w.dead).map((w) => this.call(w, (api) => api.memory())));
    const sum = (k: keyof HostMemory) => all.reduce((n, m) => n + m[k], 0);
    return { machines: sum('machines'), wasmBytes: sum('wasmBytes'), committedBytes: sum('committedBytes'), workers: this.workerCount };
  }

  /** Call the worker that holds machine `id`. */
  with<T>(id: MachineId, fn: (api: Comlink.Remote<VmHostApi>) => Promise<T>): Promise<T> {
    let w: HostWorker;
    try {
      w = this.of(id);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.call(w, fn);
  }

  /** Which worker holds a machine (for the fleet view). */
  workerOf(id: MachineId): number | undefined {
    return this.where.get(id)?.index;
  }
}
