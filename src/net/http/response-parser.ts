// An incremental HTTP/1.1 response parser (RFC 9112): status line and header fields, then
// the body framed by Content-Length, by chunked transfer coding (trailers skipped), or by the
// end of the connection. Bytes arrive in any split; the parser calls back as soon as it can
// and throws HttpParseError, with a one-line reason, on anything malformed.
//
//   state:  head ──> (1xx: head again) ──> length | chunk-size ⇄ chunk-data ──> trailers | close ──> done

export class HttpParseError extends Error {
  override readonly name = 'HttpParseError';
}

export interface ResponseHead {
  version: '1.0' | '1.1';
  status: number;
  statusText: string;
  /** Header fields in order, names as sent. */
  headers: Array<[string, string]>;
}

export interface ParserLimits {
  /** Status line plus header fields. */
  maxHeadBytes: number;
  maxHeaders: number;
}

export const PARSER_LIMITS: ParserLimits = { maxHeadBytes: 64 * 1024, maxHeaders: 256 };

/** How the body ends. */
export type BodyFraming = { kind: 'none' } | { kind: 'length'; length: number } | { kind: 'chunked' } | { kind: 'close' };

type State = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'chunk-data-end' | 'trailers' | 'close' | 'done';

const CR = 13;
const LF = 10;
const MAX_CHUNK_LINE = 1024;

export interface ParserEvents {
  head(head: ResponseHead, framing: BodyFraming): void;
  body(chunk: Uint8Array): void;
  complete(): void;
}

export class ResponseParser {
  private state: State = 'head';
  private line: number[] = [];
  private headBytes = 0;
  private head: ResponseHead | undefined;
  private left = 0;
  private statusLine = true;
  /** Bytes of body delivered so far. */
  bodyBytes = 0;
  framing: BodyFraming | undefined;

  constructor(
    private readonly events: ParserEvents,
    /** A HEAD request's response has no body, whatever its headers say. */
    private readonly headRequest: boolean,
    private readonly limits: ParserLimits = PARSER_LIMITS,
  ) {}

  get done(): boolean {
    return this.state === 'done';
  }

  /** True while a body delimited by the end of the connection is being read. */
  get readsUntilClose(): boolean {
    return this.state === 'close';
  }

  /** Feed bytes; returns how many were consumed (the rest belongs to no response). */
  push(data: Uint8Array): number {
    let i = 0;
    while (i < data.length && this.state !== 'done') {
      switch (this.state) {
        case 'head':
        case 'trailers':
        case 'chunk-size':
        case 'chunk-data-end': {
          const eol = data.indexOf(LF, i);
          const end = eol < 0 ? data.length : eol + 1;
          this.takeLineBytes(data.subarray(i, end));
          i = end;
          if (eol >= 0) this.onLine(this.finishLine());
          break;
        }
        case 'length':
        case 'chunk-data': {
          const n = Math.min(this.left, data.length - i);
          this.deliver(data.subarray(i, i + n));
          i += n;
          this.left -= n;
          if (this.left === 0) {
            if (this.state === 'length') this.finish();
            else this.state = 'chunk-data-end';
          }
          break;
        }
        case 'close':
          this.deliver(data.subarray(i));
          i = data.length;
          break;
      }
    }
    return i;
  }

  /** The connection ended: completes a close-delimited body, else it is an error. */
  end(): void {
    if (this.state === 'close') return this.finish();
    if (this.state === 'done') return;
    if (this.state === 'head' && this.headBytes === 0 && !this.head) throw new HttpParseError('connection closed before any response');
    throw new HttpParseError(this.describeTruncation());
  }

  describeTruncation(): string {
    if (this.state === 'head' || !this.framing) return 'connection closed in the middle of the response head';
    if (this.framing.kind === 'length') return `connection closed after ${this.bodyBytes} of ${this.framing.length} body bytes`;
    return `connection closed after ${this.bodyBytes} body bytes (chunked body not finished)`;
  }

  private takeLineBytes(bytes: Uint8Array): void {
    const limit = this.state === 'head' || this.state === 'trailers' ? this.limits.maxHeadBytes : MAX_CHUNK_LINE;
    this.headBytes += bytes.length;
    if (this.line.length + bytes.length > limit || (this.state === 'head' && this.headBytes > this.limits.maxHeadBytes)) {
      throw new HttpParseError(this.state === 'chunk-size' ? 'chunk size line too long' : `response head larger than ${this.limits.maxHeadBytes} bytes`);
    }
    for (let k = 0; k < bytes.length; k++) this.line.push(bytes[k]);
  }

  /** The line without its CRLF (a bare LF is tolerated, as RFC 9112 §2.2 allows). */
  private finishLine(): string {
    let n = this.line.length - 1; // drop LF
    if (n > 0 && this.line[n - 1] === CR) n--;
    let s = '';
    for (let k = 0; k < n; k++) s += String.fromCharCode(this.line[k]);
    this.line = [];
    return s;
  }

  private onLine(line: string): void {
    switch (this.state) {
      case 'head':
        return this.headLine(line);
      case 'trailers':
        if (line === '') this.finish();
        return;
      case 'chunk-size':
        return this.chunkSize(line);
      case 'chunk-data-end':
        if (line !== '') throw new HttpParseError('chunk data not followed by CRLF');
        this.state = 'chunk-size';
        return;
    }
  }

  private headLine(line: string): void {
    if (this.statusLine) {
      const m = /^HTTP\/1\.([01]) (\d{3})(?: (.*))?$/.exec(line);
      if (!m) throw new HttpParseError(`malformed status line: ${JSON.stringify(line.slice(0, 80))}`);
      this.head = { version: m[1] === '1' ? '1.1' : '1.0', status: Number(m[2]), statusText: m[3] ?? '', headers: [] };
      this.statusLine = false;
      return;
    }
    const head = this.head!;
    if (line !== '') {
      if (/^[ \t]/.test(line)) throw new HttpParseError('obsolete header line folding');
      const colon = line.indexOf(':');
      const name = colon > 0 ? line.slice(0, colon) : '';
      if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name)) throw new HttpParseError(`malformed header line: ${JSON.stringify(line.slice(0, 80))}`);
      if (head.headers.length >= this.limits.maxHeaders) throw new HttpParseError(`more than ${this.limits.maxHeaders} header fields`);
      head.headers.push([name, line.slice(colon + 1).trim()]);
      return;
    }
    // End of the head. Interim responses (100 Continue, 103 Early Hints) are skipped.
    if (head.status >= 100 && head.status < 200 && head.status !== 101) {
      this.head = undefined;
      this.statusLine = true;
      this.headBytes = 0;
      return;
    }
    const framing = this.framingOf(head);
    this.framing = framing;
    this.events.head(head, framing);
    switch (framing.kind) {
      case 'none':
        return this.finish();
      case 'length':
        this.left = framing.length;
        if (this.left === 0) return this.finish();
        this.state = 'length';
        return;
      case 'chunked':
        this.state = 'chunk-size';
        return;
      case 'close':
        this.state = 'close';
        return;
    }
  }

  /** RFC 9112 §6.3: how the body of this response is delimited. */
  private framingOf(head: ResponseHead): BodyFraming {
    if (this.headRequest || head.status === 204 || head.status === 304 || head.status < 200) return { kind: 'none' };
    const te = head.headers.filter(([n]) => n.toLowerCase() === 'transfer-encoding').map(([, v]) => v.toLowerCase());
    if (te.length) {
      const codings = te.join(',').split(',').map((c) => c.trim()).filter(Boolean);
      if (codings[codings.length - 1] !== 'chunked') return { kind: 'close' };
      if (codings.length > 1) throw new HttpParseError(`unsupported transfer coding: ${codings.join(', ')}`);
      return { kind: 'chunked' };
    }
    const cl = head.headers.filter(([n]) => n.toLowerCase() === 'content-length').map(([, v]) => v);
    if (cl.length) {
      const values = new Set(cl.join(',').split(',').map((v) => v.trim()));
      if (values.size !== 1) throw new HttpParseError('conflicting Content-Length values');
      const v = [...values][0];
      if (!/^\d{1,15}$/.test(v)) throw new HttpParseError(`malformed Content-Length: ${JSON.stringify(v)}`);
      return { kind: 'length', length: Number(v) };
    }
    return { kind: 'close' };
  }

  private chunkSize(line: string): void {
    const m = /^([0-9a-fA-F]{1,12})[ \t]*(;.*)?$/.exec(line);
    if (!m) throw new HttpParseError(`malformed chunk size: ${JSON.stringify(line.slice(0, 40))}`);
    const size = parseInt(m[1], 16);
    if (size === 0) {
      this.state = 'trailers';
      return;
    }
    this.left = size;
    this.state = 'chunk-data';
  }

  private deliver(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.bodyBytes += chunk.length;
    this.events.body(chunk);
  }

  private finish(): void {
    this.state = 'done';
    this.events.complete();
  }
}
