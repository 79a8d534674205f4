// HTTP checks over a fetch function, and guests/http-checks.ts's form of them over a base URL:
// problem lines for passing, failing and unreachable checks.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpCheck } from '../../guests/catalog-schema.ts';
import { runHttpChecks } from '../../guests/http-checks.ts';
import { httpResponseProblems, runHttpChecksVia } from './http-checks.ts';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (req.url === '/hello') return res.end('Hello from a unikernel!\n');
      if (req.url === '/echo' && req.method === 'POST') return res.end(body);
      res.statusCode = 404;
      res.end('no such page');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const checks: HttpCheck[] = [
  { path: '/hello', status: 200, bodyPattern: '^Hello from a unikernel!\\n$' },
  { path: '/hello', status: 201 },
  { path: '/echo', method: 'POST', body: 'ping', status: 200, bodyPattern: '^pong$' },
  { path: '/missing', status: 404, bodyPattern: 'no such page' },
  { path: '/missing', status: 200, bodyPattern: '^found' },
];

describe('runHttpChecksVia', () => {
  it('reports one line per problem, over a base URL too (guests/http-checks.ts)', async () => {
    const via = await runHttpChecks(base, checks);
    expect(via).toEqual([
      'GET /hello: status 200, expected 201',
      'POST /echo: body "ping" does not match /^pong$/',
      'GET /missing: status 404, expected 200',
      'GET /missing: body "no such page" does not match /^found/',
    ]);
  });

  it('turns a failed request into one line', async () => {
    const problems = await runHttpChecksVia(() => Promise.reject(new TypeError('fetch GET /hello from http: connection reset by 10.0.0.2:80')), [checks[0]]);
    expect(problems).toEqual(['GET /hello: fetch GET /hello from http: connection reset by 10.0.0.2:80']);
  });

  it('quotes at most 200 characters of a body', () => {
    const [line] = httpResponseProblems({ path: '/big', status: 200, bodyPattern: '^z' }, 200, 'y'.repeat(1000));
    expect(line).toBe(`GET /big: body "${'y'.repeat(200)}" does not match /^z/`);
  });
});
