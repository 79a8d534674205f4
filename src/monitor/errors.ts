// The two ways the monitor refuses something, each carrying the one line the user sees.
//
// LoadError: the image or the configuration is unusable (bad ELF, bad manifest, a device
//   left unattached...). Nothing has run; the CLI prints the line and exits 1.
// GuestFatal: the running guest did something the ABI forbids (bad MMIO access, a pointer
//   outside its RAM, a write to its text...). The machine stops with exit status 1 and
//   this line, exactly as the reference tender words it.

export class LoadError extends Error {
  override readonly name = 'LoadError';
}

export class GuestFatal extends Error {
  override readonly name = 'GuestFatal';
}

/** Lower-case hex with a 0x prefix, the way the reference tender prints addresses. */
export function hex(v: bigint | number): string {
  return '0x' + v.toString(16);
}
