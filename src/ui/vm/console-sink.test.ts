// The console sink: bytes to the attached terminal as they come, a bounded log for a
// terminal attached later, and the first-byte hook.
import { describe, it, expect } from 'vitest';
import { ConsoleSink } from './console-sink.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));
const bytes = (s: string) => new TextEncoder().encode(s);

describe('ConsoleSink', () => {
  it('replays its log to a late terminal, then writes live; drops the oldest beyond the limit', async () => {
    const sink = new ConsoleSink(8);
    let first = 0;
    sink.onFirstByte = () => first++;
    const port = sink.connect();
    port.postMessage(bytes('abcd'));
    port.postMessage(bytes('efgh'));
    port.postMessage(bytes('ij'));
    await tick();
    expect(first).toBe(1);
    const seen: string[] = [];
    const term = { write: (b: Uint8Array) => seen.push(new TextDecoder().decode(b)) };
    sink.attach(term);
    expect(seen).toEqual(['efgh', 'ij']);
    port.postMessage(bytes('k'));
    port.postMessage(null); // end of output: ignored
    await tick();
    expect(seen).toEqual(['efgh', 'ij', 'k']);
    expect(new TextDecoder().decode(sink.bytes().bytes)).toBe('efghijk');
    expect(sink.bytes().dropped).toBe(4);
    sink.detach(term);
    sink.clear();
    expect(sink.bytes().bytes.length).toBe(0);
    port.close();
    sink.close();
  });
});
