// The `ukplay run` command line, mirroring solo5-hvt:
//   ukplay run [OPTIONS] IMAGE [OPTIONS] [-- ARGS...]     (or the tender's order: OPTIONS -- IMAGE ARGS)
// Options are a table of parsers, so other parts of the project can add theirs with
// registerRunOption (e.g. host port forwarding) and appear in --help.

import { parseMac } from '../monitor/attach.ts';
import type { Machine } from '../monitor/machine.ts';
import { findNetBackend } from './net-backends.ts';

/** A command-line mistake: one line for the user, followed by a hint to see --help. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface BlockArgs {
  file?: string;
  sectorSize?: number;
}
export interface NetArgs {
  value?: string;
  mac?: Uint8Array;
}

export interface RunConfig {
  image?: string;
  guestArgs: string[];
  memMiB?: number;
  blocks: Map<string, BlockArgs>;
  nets: Map<string, NetArgs>;
  deterministic: boolean;
  traceHypercalls: boolean;
  stats: boolean;
  report: boolean;
  maxInstructions?: bigint;
  timeoutMs?: number;
  help: boolean;
  /** Values of options registered by other parts, by option syntax. */
  extra: Map<string, unknown>;
}

export interface RunOption {
  /** As shown in --help, e.g. `--mem=MiB`. */
  syntax: string;
  help: string;
  /** If `arg` is this option, return what it does to the config (throw UsageError if malformed). */
  parse(arg: string): ((cfg: RunConfig) => void) | undefined;
  /**
   * Called for every registered option once the machine exists, before it runs: start what
   * the option asked for (a port forwarder...). The returned function is called after the run.
   */
  start?(cfg: RunConfig, machine: Machine): void | (() => void) | Promise<void | (() => void)>;
}

export function newRunConfig(): RunConfig {
  return {
    guestArgs: [],
    blocks: new Map(),
    nets: new Map(),
    deterministic: false,
    traceHypercalls: false,
    stats: false,
    report: false,
    help: false,
    extra: new Map(),
  };
}

const flag = (name: string, help: string, set: (cfg: RunConfig) => void): RunOption => ({
  syntax: name,
  help,
  parse: (arg) => (arg === name ? set : undefined),
});

const valued = (prefix: string, syntax: string, help: string, apply: (value: string, cfg: RunConfig) => void): RunOption => ({
  syntax,
  help,
  parse: (arg) => (arg.startsWith(prefix) ? (cfg) => apply(arg.slice(prefix.length), cfg) : undefined),
});

const NAME = /^[A-Za-z0-9]{1,67}$/;

/** `--PREFIX:NAME=VALUE` options (one per device name). */
const keyed = (prefix: string, syntax: string, help: string, apply: (name: string, value: string, cfg: RunConfig) => void): RunOption => ({
  syntax,
  help,
  parse: (arg) => {
    if (!arg.startsWith(prefix)) return undefined;
    const rest = arg.slice(prefix.length);
    const eq = rest.indexOf('=');
    const name = eq < 0 ? rest : rest.slice(0, eq);
    if (eq < 0 || !NAME.test(name)) throw new UsageError(`Malformed option: '${arg}' (expected ${syntax})`);
    return (cfg) => apply(name, rest.slice(eq + 1), cfg);
  },
});

function positiveInt(text: string): number | undefined {
  if (!/^[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function entry<T>(map: Map<string, T>, name: string): T {
  let e = map.get(name);
  if (!e) map.set(name, (e = {} as T));
  return e;
}

const options: RunOption[] = [
  valued('--mem=', '--mem=MiB', 'guest RAM in MiB, 2 to 4096 (default 512); rounded down to a multiple of 2', (v, cfg) => {
    const n = positiveInt(v);
    if (n === undefined) throw new UsageError('Malformed argument to --mem');
    cfg.memMiB = n;
  }),
  keyed('--block:', '--block:NAME=FILE', 'attach the block device NAME to FILE (read-write)', (name, file, cfg) => {
    const b = entry(cfg.blocks, name);
    if (b.file !== undefined) throw new UsageError(`--block:${name} given twice`);
    if (!file) throw new UsageError(`Malformed argument to --block:${name} (no file)`);
    b.file = file;
  }),
  keyed('--block-sector-size:', '--block-sector-size:NAME=N', 'sector size of NAME in bytes: a power of two, 512 to 32768 (default 512)', (name, v, cfg) => {
    const n = positiveInt(v);
    if (n === undefined) throw new UsageError(`Malformed argument to --block-sector-size:${name}`);
    entry(cfg.blocks, name).sectorSize = n;
  }),
  keyed('--net:', '--net:NAME=VALUE', 'attach the network device NAME (VALUE below)', (name, value, cfg) => {
    const n = entry(cfg.nets, name);
    if (n.value !== undefined) throw new UsageError(`--net:${name} given twice`);
    if (!findNetBackend(value)) throw new UsageError(`Unknown network attachment for '${name}': '${value}'`);
    n.value = value;
  }),
  keyed('--net-mac:', '--net-mac:NAME=MAC', 'MAC address of NAME, xx:xx:xx:xx:xx:xx (default: random, locally administered)', (name, v, cfg) => {
    const mac = parseMac(v);
    if (!mac) throw new UsageError(`Malformed argument to --net-mac:${name}`);
    entry(cfg.nets, name).mac = mac;
  }),
  flag('--deterministic', 'virtual time from instructions retired, fixed MACs and wall clock: replayable runs', (cfg) => {
    cfg.deterministic = true;
  }),
  valued('--trace=', '--trace=hypercalls', 'print every hypercall on stderr', (v, cfg) => {
    if (v !== 'hypercalls') throw new UsageError(`Unknown trace '${v}' (only: hypercalls)`);
    cfg.traceHypercalls = true;
  }),
  flag('--stats', 'print boot figures (instructions and ms to first output and to exit) and hypercall counts on stderr', (cfg) => {
    cfg.stats = true;
  }),
  flag('--report', 'print the exit report (reason, registers, last console lines) on stderr', (cfg) => {
    cfg.report = true;
  }),
  valued('--max-insns=', '--max-insns=N', 'stop the guest after N instructions (exit status 1)', (v, cfg) => {
    const n = positiveInt(v);
    if (n === undefined) throw new UsageError('Malformed argument to --max-insns');
    cfg.maxInstructions = BigInt(n);
  }),
  valued('--timeout=', '--timeout=SECONDS', 'stop the guest after SECONDS of host time (exit status 1)', (v, cfg) => {
    const s = /^[0-9]+(\.[0-9]+)?$/.test(v) ? Number(v) : NaN;
    if (!(s > 0)) throw new UsageError('Malformed argument to --timeout');
    cfg.timeoutMs = Math.ceil(s * 1000);
  }),
  flag('--help', 'show this help', (cfg) => {
    cfg.help = true;
  }),
];

export function registerRunOption(o: RunOption): void {
  options.push(o);
}

export function runOptions(): readonly RunOption[] {
  return options;
}

export function parseRunArgs(argv: readonly string[]): RunConfig {
  const cfg = newRunConfig();
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const apply = options.map((o) => o.parse(arg)).find((a) => a !== undefined);
      if (!apply) throw new UsageError(`Invalid option: '${arg}'`);
      apply(cfg);
      if (cfg.help) return cfg;
      continue;
    }
    if (cfg.image === undefined) cfg.image = arg;
    else cfg.guestArgs.push(arg);
  }
  const rest = argv.slice(i);
  if (cfg.image === undefined && rest.length) cfg.image = rest.shift();
  cfg.guestArgs.push(...rest);
  if (cfg.image === undefined) throw new UsageError('Missing IMAGE operand');
  return cfg;
}
