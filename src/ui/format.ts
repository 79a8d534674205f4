// Number formatting shared by the panels.

export function hex(v: bigint | number, width = 0): string {
  const s = BigInt.asUintN(64, BigInt(v)).toString(16);
  return '0x' + s.padStart(width, '0');
}

/** 64-bit value as 0x0000_0000_0010_0000 (groups of four for the eye). */
export function hex64(v: bigint): string {
  const s = BigInt.asUintN(64, v).toString(16).padStart(16, '0');
  return '0x' + s.replace(/(.{4})(?!$)/g, '$1_');
}

export function bytesText(n: number): string {
  if (n >= 1 << 30 && n % (1 << 30) === 0) return `${n / (1 << 30)} GiB`;
  if (n >= 1 << 20) return `${+(n / (1 << 20)).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

export function countText(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(1)} k`;
  return String(n);
}

/** Parse an address as typed: 0x-hex, or decimal. undefined if neither. */
export function parseAddress(text: string): bigint | undefined {
  const t = text.trim().replace(/_/g, '');
  if (/^0x[0-9a-f]{1,16}$/i.test(t)) return BigInt(t);
  if (/^[0-9]{1,20}$/.test(t)) {
    const v = BigInt(t);
    return v < 1n << 64n ? v : undefined;
  }
  return undefined;
}

/** Save bytes as a file download. */
export function saveFile(name: string, bytes: Uint8Array | string, type = 'application/octet-stream'): void {
  const blob = new Blob([typeof bytes === 'string' ? bytes : bytes.slice().buffer], { type });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
