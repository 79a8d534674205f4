// The guest catalog (public/guests/catalog.json): what each playground guest is, how to run
// it, and what a correct run looks like. The CLI tests, the browser tests and the UI all read
// it; `npm run guests` writes it from the guests' guest.json files and validates it here.

export const CATALOG_VERSION = 1;

/** A block device backing a name the image's manifest declares. */
export interface BlockDevice {
  type: 'block';
  /** The manifest name (1-67 letters or digits). */
  name: string;
  /** A fresh zero-filled disk of this many bytes... */
  size?: number;
  /** ...or an image file next to catalog.json (exactly one of size and image). */
  image?: string;
  /** Bytes per sector: a power of two >= 512 (default 512). */
  sectorSize?: number;
}

/** A network device backing a name the image's manifest declares. */
export interface NetDevice {
  type: 'net';
  name: string;
  /** The guest's IPv4 address on the virtual switch (the guest learns it from its cmdline). */
  ip: string;
  /** Fixed MAC address (xx:xx:xx:xx:xx:xx); random locally administered when absent. */
  mac?: string;
}

export type Device = BlockDevice | NetDevice;

/** One HTTP request made to the guest once it is up, and what must come back. */
export interface HttpCheck {
  /** Request path, starting with "/". */
  path: string;
  method?: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Request body (for PUT/POST). */
  body?: string;
  /** Expected status code. */
  status: number;
  /** Regular expression (JavaScript syntax) the response body must match. */
  bodyPattern?: string;
}

/** What a correct run shows. */
export interface Expectation {
  /**
   * The exit status the guest ends with. Absent: the guest is a server that runs until it is
   * stopped; the checks run once every `output` pattern has appeared.
   */
  exitStatus?: number;
  /** Regular expressions (JavaScript syntax, multiline) the console output must match, in order. */
  output: string[];
  /** Regular expressions the console output must not match. */
  notOutput?: string[];
}

/** A second boot on the same disks. */
export interface Rerun {
  expect: Expectation;
  /** HTTP checks for the second boot (needs a net device). */
  http?: HttpCheck[];
}

export interface CatalogEntry {
  /** Unique, [a-z0-9-]+; also the URL segment in the playground. */
  name: string;
  title: string;
  description: string;
  /** The image file next to catalog.json, e.g. "hello.hvt". */
  image: string;
  /** Where the guest's C source lives in the repository ('' when not given). */
  source: string;
  /** Guest RAM in MiB (2..4096). */
  memory: number;
  /** Everything the image's manifest declares must be attached, and nothing else. */
  devices: Device[];
  /** The guest's command line (its arguments, joined by spaces). */
  cmdline: string;
  /** The playground opens this guest first (at most one entry; else the first entry). */
  default: boolean;
  /** "demo" guests are shown first; "conformance" ones mirror Solo5's test suite. */
  kind: 'demo' | 'conformance';
  expect: Expectation;
  /** Run the guest a second time on the same disks (persistence), expecting this. */
  rerun?: Rerun;
  /** HTTP checks against the guest's port 80 (needs a net device). */
  http?: HttpCheck[];
  /**
   * ICMP echo requests to send to the guest's first net device once it is up, i.e. once
   * expect.output[0] has appeared (so that pattern must not depend on the pings).
   */
  pings?: number;
}

export interface Catalog {
  version: number;
  guests: CatalogEntry[];
}

const NAME_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DEVICE_NAME_RE = /^[A-Za-z0-9]{1,67}$/;
const IMAGE_RE = /^[A-Za-z0-9._-]+$/;
const IPV4_RE = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const MAC_RE = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;
const CMDLINE_MAX = 8191;

type Json = unknown;

class CatalogError extends Error {}

function fail(where: string, what: string): never {
  throw new CatalogError(`catalog: ${where}: ${what}`);
}

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function onlyKeys(where: string, o: Record<string, Json>, allowed: string[]): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) fail(where, `unknown field "${k}"`);
}

function str(where: string, v: Json, re?: RegExp): string {
  if (typeof v !== 'string') fail(where, 'must be a string');
  if (re && !re.test(v)) fail(where, `${JSON.stringify(v)} does not match ${re}`);
  return v;
}

function int(where: string, v: Json, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    fail(where, `must be an integer in [${min}, ${max}]`);
  return v;
}

function patterns(where: string, v: Json): string[] {
  if (!Array.isArray(v)) fail(where, 'must be an array of regular expressions');
  return v.map((p, i) => {
    const s = str(`${where}[${i}]`, p);
    try {
      new RegExp(s, 'm');
    } catch (e) {
      fail(`${where}[${i}]`, `not a regular expression: ${(e as Error).message}`);
    }
    return s;
  });
}

function device(where: string, v: Json): Device {
  if (!isObject(v)) fail(where, 'must be an object');
  const name = str(`${where}.name`, v.name, DEVICE_NAME_RE);
  if (v.type === 'block') {
    onlyKeys(where, v, ['type', 'name', 'size', 'image', 'sectorSize']);
    const d: BlockDevice = { type: 'block', name };
    if ((v.size === undefined) === (v.image === undefined)) fail(where, 'needs exactly one of "size" and "image"');
    if (v.size !== undefined) d.size = int(`${where}.size`, v.size, 1, 2 ** 40);
    if (v.image !== undefined) d.image = str(`${where}.image`, v.image, IMAGE_RE);
    if (v.sectorSize !== undefined) {
      const s = int(`${where}.sectorSize`, v.sectorSize, 512, 65536);
      if ((s & (s - 1)) !== 0) fail(`${where}.sectorSize`, 'must be a power of two');
      d.sectorSize = s;
    }
    return d;
  }
  if (v.type === 'net') {
    onlyKeys(where, v, ['type', 'name', 'ip', 'mac']);
    const d: NetDevice = { type: 'net', name, ip: str(`${where}.ip`, v.ip, IPV4_RE) };
    if (v.mac !== undefined) d.mac = str(`${where}.mac`, v.mac, MAC_RE);
    return d;
  }
  return fail(`${where}.type`, 'must be "block" or "net"');
}

function expectation(where: string, v: Json): Expectation {
  if (!isObject(v)) fail(where, 'must be an object');
  onlyKeys(where, v, ['exitStatus', 'output', 'notOutput']);
  const e: Expectation = { output: patterns(`${where}.output`, v.output) };
  if (v.exitStatus !== undefined) e.exitStatus = int(`${where}.exitStatus`, v.exitStatus, 0, 255);
  if (v.notOutput !== undefined) e.notOutput = patterns(`${where}.notOutput`, v.notOutput);
  return e;
}

function httpCheck(where: string, v: Json): HttpCheck {
  if (!isObject(v)) fail(where, 'must be an object');
  onlyKeys(where, v, ['path', 'method', 'body', 'status', 'bodyPattern']);
  const c: HttpCheck = {
    path: str(`${where}.path`, v.path, /^\/[\x21-\x7e]*$/),
    status: int(`${where}.status`, v.status, 100, 599),
  };
  if (v.method !== undefined) {
    if (v.method !== 'GET' && v.method !== 'PUT' && v.method !== 'POST' && v.method !== 'DELETE')
      fail(`${where}.method`, 'must be GET, PUT, POST or DELETE');
    c.method = v.method;
  }
  if (v.body !== undefined) c.body = str(`${where}.body`, v.body);
  if (v.bodyPattern !== undefined) c.bodyPattern = patterns(`${where}.bodyPattern`, [v.bodyPattern])[0];
  return c;
}

function entry(where: string, v: Json): CatalogEntry {
  if (!isObject(v)) fail(where, 'must be an object');
  onlyKeys(where, v, [
    'name', 'title', 'description', 'image', 'source', 'memory', 'devices', 'cmdline',
    'default', 'kind', 'expect', 'rerun', 'http', 'pings',
  ]);
  const name = str(`${where}.name`, v.name, NAME_RE);
  where = `guest "${name}"`;
  if (!Array.isArray(v.devices)) fail(`${where}.devices`, 'must be an array');
  const devices = v.devices.map((d, i) => device(`${where}.devices[${i}]`, d));
  const names = new Set<string>();
  for (const d of devices) {
    if (names.has(d.name)) fail(`${where}.devices`, `device "${d.name}" attached twice`);
    names.add(d.name);
  }
  // Presentation fields are optional, so a team's own catalog for `ukplay test` needs only
  // name, image, memory, devices, cmdline and expect.
  if (v.default !== undefined && typeof v.default !== 'boolean') fail(`${where}.default`, 'must be true or false');
  if (v.kind !== undefined && v.kind !== 'demo' && v.kind !== 'conformance') fail(`${where}.kind`, 'must be "demo" or "conformance"');
  const e: CatalogEntry = {
    name,
    title: v.title === undefined ? name : str(`${where}.title`, v.title, /\S/),
    description: v.description === undefined ? '' : str(`${where}.description`, v.description, /\S/),
    image: str(`${where}.image`, v.image, IMAGE_RE),
    source: v.source === undefined ? '' : str(`${where}.source`, v.source, /^guests\/[a-z0-9-]+$/),
    memory: int(`${where}.memory`, v.memory, 2, 4096),
    devices,
    cmdline: v.cmdline === undefined ? '' : str(`${where}.cmdline`, v.cmdline),
    default: v.default ?? false,
    kind: v.kind ?? 'demo',
    expect: expectation(`${where}.expect`, v.expect),
  };
  if (e.cmdline.length > CMDLINE_MAX) fail(`${where}.cmdline`, `longer than ${CMDLINE_MAX} characters`);
  const hasNet = devices.some((d) => d.type === 'net');
  if (v.rerun !== undefined) {
    const r = v.rerun;
    if (!isObject(r)) fail(`${where}.rerun`, 'must be an object');
    onlyKeys(`${where}.rerun`, r, ['expect', 'http']);
    e.rerun = { expect: expectation(`${where}.rerun.expect`, r.expect) };
    if (r.http !== undefined) {
      if (!Array.isArray(r.http)) fail(`${where}.rerun.http`, 'must be an array');
      if (!hasNet) fail(`${where}.rerun.http`, 'needs a net device');
      e.rerun.http = r.http.map((c, i) => httpCheck(`${where}.rerun.http[${i}]`, c));
    }
  }
  if (v.http !== undefined) {
    if (!Array.isArray(v.http)) fail(`${where}.http`, 'must be an array');
    if (!hasNet) fail(`${where}.http`, 'needs a net device');
    e.http = v.http.map((c, i) => httpCheck(`${where}.http[${i}]`, c));
  }
  if (v.pings !== undefined) {
    if (!hasNet) fail(`${where}.pings`, 'needs a net device');
    e.pings = int(`${where}.pings`, v.pings, 1, 1_000_000);
    if (e.expect.output.length === 0) fail(`${where}.expect.output`, 'pings need a readiness pattern first');
  }
  if ((e.http || e.pings) && e.expect.exitStatus === undefined && e.expect.output.length === 0)
    fail(`${where}.expect.output`, 'a server needs an output pattern that says it is ready');
  return e;
}

/** Checks parsed catalog JSON; returns it typed, or throws one clear line naming the problem. */
export function validateCatalog(json: Json): Catalog {
  if (!isObject(json)) fail('top level', 'must be an object');
  onlyKeys('top level', json, ['version', 'guests']);
  if (json.version !== CATALOG_VERSION) fail('version', `must be ${CATALOG_VERSION}`);
  if (!Array.isArray(json.guests) || json.guests.length === 0) fail('guests', 'must be a non-empty array');
  const guests = json.guests.map((g, i) => entry(`guests[${i}]`, g));
  const seen = new Set<string>();
  for (const g of guests) {
    if (seen.has(g.name)) fail(`guest "${g.name}"`, 'name used twice');
    seen.add(g.name);
  }
  const defaults = guests.filter((g) => g.default);
  if (defaults.length > 1) fail('guests', `at most one entry may be the default (found ${defaults.length})`);
  return { version: CATALOG_VERSION, guests };
}

export { CatalogError };
