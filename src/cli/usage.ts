// The --help text, built from the option and net-backend tables so it lists every flag.

import { runOptions } from './args.ts';
import { netBackends } from './net-backends.ts';
import { TEST_USAGE } from './test-command.ts';

export const HINT = "Try 'ukplay --help'.";

export function usage(): string {
  const opts = runOptions();
  const width = Math.max(...opts.map((o) => o.syntax.length)) + 2;
  const lines = [
    'usage: ukplay run [OPTIONS] IMAGE [OPTIONS] [-- ARGS...]',
    '       ukplay run [OPTIONS] -- IMAGE [ARGS...]',
    '       ukplay info IMAGE [--json]',
    '       ukplay test CATALOG.json [--golden DIR [--update-golden]] [--junit FILE] [OPTIONS]',
    '       ukplay --help',
    '',
    'Runs a Solo5 hvt unikernel (IMAGE: an AArch64 .hvt file) on an emulated ARMv8-A CPU under',
    'a monitor that follows solo5-hvt: same checks, same memory layout, same hypercalls, same',
    "messages. ARGS become the guest's command line; arguments starting with '-' go after '--'.",
    "The exit status is the guest's (0 success, 1 failure, 255 abort); refused images, bad",
    'options and guests stopped by the monitor exit with 1.',
    '',
    'run options:',
    ...opts.map((o) => `  ${o.syntax.padEnd(width)}${o.help}`),
    '',
    '--net:NAME=VALUE, VALUE is one of:',
    ...netBackends().map((b) => `  ${b.usage}`),
    '',
    'Every device the image declares in its manifest must be attached.',
    '',
    'info: prints the ABI target and version, the manifest entries and the loadable segments',
    'with their permissions (like solo5-elftool).',
    '  --json  the same as JSON',
    '',
    'test: boots every entry of a guest catalog (the format of public/guests/catalog.json) and',
    'checks its console output, exit status, pings and HTTP checks; see docs/regression-testing.md.',
    ...TEST_USAGE,
  ];
  return lines.join('\n') + '\n';
}
