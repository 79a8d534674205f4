#!/usr/bin/env node
// `npm run guests`: builds every guest image into public/guests/ and writes catalog.json.
//   --check        build into memory and compare byte for byte with the committed files
//   --only=a,b     build just these guests (no catalog), e.g. while working on one
//   --jobs=N       parallel compiles (default: the number of CPUs)
// LWIP_SRC=dir uses an lwip-2.1.3 tree instead of fetching Debian's source package.
// The work happens in guests/sdk/tools/build.ts (TypeScript, loaded through tsx).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const known = /^--(check|only=.+|jobs=\d+)$/;
for (const a of args) {
  if (!known.test(a)) {
    console.error(`build-guests: unknown option ${a} (use --check, --only=NAME[,NAME], --jobs=N)`);
    process.exit(2);
  }
}
const check = args.includes('--check');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const jobs = Number(args.find((a) => a.startsWith('--jobs='))?.slice(7)) || undefined;
if (check && only) {
  console.error('build-guests: --check compares the whole catalog; it cannot be combined with --only');
  process.exit(2);
}

const build = await tsImport('../guests/sdk/tools/build.ts', import.meta.url);
const out = join(root, 'public', 'guests');
try {
  const t0 = Date.now();
  const { files } = await build.buildGuests({ root, only, jobs, log: (l) => console.log(l) });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (check) {
    const problems = build.compareWith(out, files);
    if (problems.length) {
      for (const p of problems) console.error(`build-guests: ${p}`);
      console.error(`build-guests: public/guests/ does not match a fresh build (${problems.length} problem(s))`);
      process.exit(1);
    }
    console.log(`build-guests: ${files.size} files identical to public/guests/ (${secs} s)`);
  } else {
    build.writeInto(out, files, !only);
    console.log(`build-guests: wrote ${files.size} files to public/guests/ (${secs} s)`);
  }
} catch (e) {
  if (e instanceof build.BuildError || e?.constructor?.name === 'LwipSourceError') {
    console.error(`build-guests: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
