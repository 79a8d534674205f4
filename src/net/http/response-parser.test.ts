// The response parser on every framing, fed in every possible split, and its refusals.
import { describe, expect, it } from 'vitest';
import { BodyFraming, HttpParseError, ResponseHead, ResponseParser } from './response-parser.ts';

const enc = new TextEncoder();

function parse(text: string | Uint8Array, opts: { head?: boolean; splits?: number[]; end?: boolean } = {}) {
  const bytes = typeof text === 'string' ? enc.encode(text) : text;
  let head: ResponseHead | undefined;
  let framing: BodyFraming | undefined;
  const body: number[] = [];
  let complete = 0;
  const p = new ResponseParser(
    {
      head: (h, f) => {
        head = h;
        framing = f;
      },
      body: (c) => body.push(...c),
      complete: () => complete++,
    },
    opts.head ?? false,
  );
  let consumed = 0;
  let at = 0;
  for (const s of [...(opts.splits ?? []), bytes.length]) {
    consumed += p.push(bytes.subarray(at, s));
    at = s;
  }
  if (opts.end) p.end();
  return { head, framing, body: new TextDecoder().decode(Uint8Array.from(body)), complete, consumed, done: p.done };
}

describe('response parser', () => {
  it('reads a Content-Length body and stops at its end', () => {
    const r = parse('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A:  b \r\n\r\nhelloEXTRA');
    expect(r.head).toEqual({ version: '1.1', status: 200, statusText: 'OK', headers: [['Content-Length', '5'], ['X-A', 'b']] });
    expect(r.body).toBe('hello');
    expect(r.complete).toBe(1);
    expect(r.consumed).toBe(r.consumed); // consumed excludes EXTRA:
    expect(r.consumed).toBe(enc.encode('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A:  b \r\n\r\nhello').length);
  });

  it('reads chunked bodies with extensions and trailers, in every split', () => {
    const text = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n1A\r\n, this is twenty-six bytes\r\n0\r\nTrailer: x\r\n\r\n';
    for (let a = 1; a < text.length; a += 3) {
      for (const b of [a + 1, a + 7, text.length - 1]) {
        if (b <= a || b >= text.length) continue;
        const r = parse(text, { splits: [a, b] });
        expect(r.body).toBe('hello, this is twenty-six bytes');
        expect(r.complete).toBe(1);
      }
    }
  });

  it('reads until close when there is no length', () => {
    const r = parse('HTTP/1.0 200 OK\r\n\r\nstream of bytes', { splits: [20], end: true });
    expect(r.framing).toEqual({ kind: 'close' });
    expect(r.body).toBe('stream of bytes');
    expect(r.complete).toBe(1);
  });

  it('has no body for HEAD, 204 and 304, and skips 100 Continue', () => {
    expect(parse('HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n', { head: true }).complete).toBe(1);
    expect(parse('HTTP/1.1 204 No Content\r\n\r\n').framing).toEqual({ kind: 'none' });
    expect(parse('HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n').complete).toBe(1);
    const r = parse('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok');
    expect([r.head?.status, r.body]).toEqual([201, 'ok']);
  });

  it('accepts bare LF line ends', () => {
    expect(parse('HTTP/1.1 200 OK\nContent-Length: 2\n\nhi').body).toBe('hi');
  });

  it.each([
    ['garbage\r\n', 'malformed status line'],
    ['HTTP/2 200 OK\r\n\r\n', 'malformed status line'],
    ['HTTP/1.1 200 OK\r\nBad Header\r\n\r\n', 'malformed header line'],
    ['HTTP/1.1 200 OK\r\nA: b\r\n folded\r\n\r\n', 'obsolete header line folding'],
    ['HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n', 'conflicting Content-Length'],
    ['HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n', 'malformed Content-Length'],
    ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 'malformed chunk size'],
    ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n', 'chunk data not followed by CRLF'],
    ['HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n', 'unsupported transfer coding'],
  ])('refuses %j', (text, message) => {
    expect(() => parse(text)).toThrow(HttpParseError);
    expect(() => parse(text)).toThrow(message);
  });

  it('refuses an endless head', () => {
    expect(() => parse('HTTP/1.1 200 OK\r\n' + `X: ${'y'.repeat(1000)}\r\n`.repeat(100))).toThrow('response head larger than 65536 bytes');
    expect(() => parse('HTTP/1.1 200 OK\r\n' + 'X: y\r\n'.repeat(300))).toThrow('more than 256 header fields');
  });

  it('says how far a truncated body got', () => {
    expect(() => parse('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc', { end: true })).toThrow('connection closed after 3 of 10 body bytes');
    expect(() => parse('', { end: true })).toThrow('connection closed before any response');
    expect(() => parse('HTTP/1.1 200', { end: true })).toThrow('in the middle of the response head');
  });
});
