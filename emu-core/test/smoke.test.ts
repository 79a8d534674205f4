import { describe, it, expect } from 'vitest';
import { testMachine, load, CODE, Exit } from './machine.ts';

describe('core smoke', () => {
  it('runs a few data-processing instructions and stops on the budget', async () => {
    const cpu = await testMachine();
    load(cpu, `
      movz x0, #5
      add x1, x0, #3
      subs x2, x1, #8
      b .
    `);
    expect(cpu.run(100)).toBe(Exit.Budget);
    expect(cpu.getX(0)).toBe(5n);
    expect(cpu.getX(1)).toBe(8n);
    expect(cpu.getX(2)).toBe(0n);
    expect(cpu.nzcv).toBe(0b0110); // Z and C set
    expect(cpu.pc).toBe(BigInt(CODE + 12));
    expect(cpu.retired).toBe(100n);
  });
});
