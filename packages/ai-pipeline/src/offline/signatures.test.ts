import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-09-14', timezone: 'Europe/Brussels', projects: [], tasks: [] };

function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

describe('a pasted message, its close and who sent it', () => {
  it.each([
    'Best wishes, Ines Carvalho, Carvalho Joinery',
    'Met vriendelijke groet, Pieter de Wit, De Wit Dakwerken',
    'Mit freundlichen Grüßen, Anke Vogt, Hausverwaltung Vogt',
  ])('the names after a close in the same sentence are the signature: "%s"', (close) => {
    expect(grouped(`Text from the roofer:\n"Hi, the gutters are done. Please settle the invoice by Friday. ${close}"\n\nMy notes:\n- water the hydrangeas`)).toEqual([
      '- / Settle the invoice',
      '- / Water the hydrangeas',
    ]);
  });

  it('a task after a close stays one', () => {
    expect(grouped('Thanks, call me back when you can.')).toContain('- / Call me back');
  });

  it.each(['Email from the landlord:', 'Voicemail from Dr Okoro:', 'Fwd from the school:'])('"%s" heads the message without naming a project', (heading) => {
    expect(parseDump(`${heading}\n- return the signed form\n- pay the deposit`, context).some((operation) => operation.op === 'create_project')).toBe(false);
  });
});
