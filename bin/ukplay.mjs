#!/usr/bin/env node
// The `ukplay` command (npx ukplay ...). The CLI is TypeScript run through tsx's loader, so
// the command always runs the sources of this checkout: no second build output to go stale.
// The CPU core (emu-core/build/emu-core.wasm) is built by `npm ci`'s prepare step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
