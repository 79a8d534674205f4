// How a failed entry reads, the same in the CLI's output, its JUnit XML and the browser
// suite's failure message: each boot's problem lines under its phase ("boot:", "rerun:"),
// context lines indented below their summary.

export interface PhaseProblems {
  phase: string;
  problems: readonly string[];
}

/** Problem lines of one boot, the summaries prefixed with the phase, the context under them. */
export function phaseLines(phase: string, lines: readonly string[]): string[] {
  const indent = ' '.repeat(phase.length + 2);
  return lines.map((l) => (l.startsWith(' ') ? indent + l : `${phase}: ${l}`));
}

/** Every boot's problem lines, in boot order. */
export function entryProblemLines(boots: readonly PhaseProblems[]): string[] {
  return boots.flatMap((b) => phaseLines(b.phase, b.problems));
}

/** The message of a failed entry: its name, then its problem lines. */
export function entryFailureMessage(name: string, lines: readonly string[]): string {
  return [`catalog entry "${name}" failed:`, ...lines.map((l) => `  ${l}`)].join('\n');
}
