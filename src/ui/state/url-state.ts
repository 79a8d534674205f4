// The shareable part of the playground's state, kept in the page URL's query string so a
// workshop can hand out a link that opens a given guest, configured, on a given panel.
//
//   ?guest=mmu-lab&mem=16&cmdline=...&det=1&entry=1&bp=solo5_app_main,0x100abc&tab=mmu&fleet=16
//
// Absent parameters mean "the catalog's defaults". Parsing never throws: a bad value is
// dropped with a one-line note the page shows.

export const TABS = ['cpu', 'memory', 'map', 'mmu', 'monitor', 'network', 'fleet'] as const;
export type TabId = (typeof TABS)[number];

export interface UrlState {
  guest?: string;
  memMiB?: number;
  cmdline?: string;
  deterministic: boolean;
  pauseAtEntry: boolean;
  /** Breakpoints as typed: symbol names or hex addresses. */
  breakpoints: string[];
  tab?: TabId;
  fleet?: number;
}

export const MEM_MIN_MIB = 2;
export const MEM_MAX_MIB = 4096;
export const FLEET_MAX = 256;
const CMDLINE_MAX = 8191;
const BREAKPOINTS_MAX = 64;
const NAME_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const BREAKPOINT_RE = /^(0x[0-9a-fA-F]{1,16}|[A-Za-z_.$][A-Za-z0-9_.$]{0,127})$/;

export function parseUrlState(search: string): { state: UrlState; problems: string[] } {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  const state: UrlState = { deterministic: q.get('det') === '1', pauseAtEntry: q.get('entry') === '1', breakpoints: [] };
  const guest = q.get('guest');
  if (guest !== null) {
    if (NAME_RE.test(guest)) state.guest = guest;
    else problems.push(`link: guest name ${JSON.stringify(guest)} is not valid`);
  }
  const mem = q.get('mem');
  if (mem !== null) {
    const n = Number(mem);
    // Guest RAM comes in 2 MiB blocks (the monitor's page tables map 2 MiB at a time).
    if (Number.isInteger(n) && n % 2 === 0 && n >= MEM_MIN_MIB && n <= MEM_MAX_MIB) state.memMiB = n;
    else problems.push(`link: memory must be an even number of MiB from ${MEM_MIN_MIB} to ${MEM_MAX_MIB}, not ${JSON.stringify(mem)}`);
  }
  const cmdline = q.get('cmdline');
  if (cmdline !== null) {
    if (cmdline.length <= CMDLINE_MAX) state.cmdline = cmdline;
    else problems.push(`link: command line longer than ${CMDLINE_MAX} characters`);
  }
  const bp = q.get('bp');
  if (bp) {
    for (const b of bp.split(',').map((s) => s.trim()).filter(Boolean)) {
      if (BREAKPOINT_RE.test(b) && state.breakpoints.length < BREAKPOINTS_MAX) state.breakpoints.push(b);
      else problems.push(`link: breakpoint ${JSON.stringify(b)} ignored`);
    }
  }
  const tab = q.get('tab');
  if (tab !== null) {
    if ((TABS as readonly string[]).includes(tab)) state.tab = tab as TabId;
    else problems.push(`link: no panel named ${JSON.stringify(tab)}`);
  }
  const fleet = q.get('fleet');
  if (fleet !== null) {
    const n = Number(fleet);
    if (Number.isInteger(n) && n >= 1 && n <= FLEET_MAX) state.fleet = n;
    else problems.push(`link: fleet size must be 1..${FLEET_MAX}, not ${JSON.stringify(fleet)}`);
  }
  return { state, problems };
}

/** The query string for `s` (without the '?'); parameters equal to the defaults are left out. */
export function formatUrlState(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.guest) q.set('guest', s.guest);
  if (s.memMiB !== undefined) q.set('mem', String(s.memMiB));
  if (s.cmdline !== undefined) q.set('cmdline', s.cmdline);
  if (s.deterministic) q.set('det', '1');
  if (s.pauseAtEntry) q.set('entry', '1');
  if (s.breakpoints.length) q.set('bp', s.breakpoints.join(','));
  if (s.tab) q.set('tab', s.tab);
  if (s.fleet) q.set('fleet', String(s.fleet));
  return q.toString();
}
