import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { withChatHeadersInline } from './chat-headers.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-03-10', timezone: 'UTC', projects: [], tasks: [] };

/** Titles of the tasks the review would create without a click. */
function confident(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [operation.title] : [],
  );
}

function titles(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));
}

describe('a chat pasted with a header line over each message', () => {
  it('writes each message on one line with who sent it', () => {
    expect(withChatHeadersInline('Ines Varga  9:14 AM\ncan you open up tomorrow?\nMe  9:20 AM\nsure\nInes Varga  9:21 AM\nta')).toBe(
      '[9:14 AM] Ines Varga: can you open up tomorrow?\n[9:20 AM] Me: sure\n[9:21 AM] Ines Varga: ta',
    );
  });

  it('reads a header with a dash and a day word, as Discord writes it', () => {
    expect(withChatHeadersInline('Bruno — Today at 18:02\nbring the cones\nBruno — Today at 18:05\nand the whistle')).toBe(
      '[18:02] Bruno: bring the cones\n[18:05] Bruno: and the whistle',
    );
  });

  it('drafts no speaker as a task', () => {
    const dump = 'Marguerite  7:40 AM\ncould you water the seedlings in tunnel 2 today?\nPiet  7:42 AM\nI’ll do the hens\nMe  7:45 AM\nok';
    const drafted = titles(dump);
    expect(drafted).not.toContain('Marguerite');
    expect(drafted).not.toContain('Piet');
    expect(drafted).not.toContain('Me');
    expect(confident(dump)).toContain('Water the seedlings in tunnel 2');
  });

  it('keeps another speaker’s "I’ll" theirs', () => {
    const dump = 'Marguerite  7:40 AM\nwho can take the eggs to the shop?\nPiet  7:42 AM\nI’ll take the eggs to the shop\nMarguerite  7:43 AM\nthanks Piet';
    expect(confident(dump)).not.toContain('Take the eggs to the shop');
  });

  it.each([
    // A timetable: no message under each time.
    'Dentist 9:30 AM\nPhysio 2:00 PM\nbring the referral',
    // One header only: an appointment and what to do for it.
    'Dentist 9:30 AM\nbring the referral',
    // Nobody speaks twice and the reader does not speak: two appointments with a step each.
    'Dentist 9:30 AM\nbring the referral\nPhysio 2:00 PM\nask about the knee',
  ])('leaves lines that are no chat as they are: %j', (dump) => {
    expect(withChatHeadersInline(dump)).toBe(dump);
  });
});
