import { describe, expect, it } from 'vitest';
import { parseDump } from './parse-dump.ts';
import { withTranscriptWritten } from './transcripts.ts';

const context = { today: '2026-11-01', timezone: 'America/Chicago', projects: [], tasks: [] };
const titles = (dump: string) => parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));

describe('a transcribed voice memo', () => {
  it('writes punctuation said aloud as its marks once the memo says two', () => {
    expect(withTranscriptWritten('fix the van clock full stop new line get him the hoodie comma the navy one full stop')).toBe(
      'fix the van clock.\nget him the hoodie, the navy one.',
    );
    expect(withTranscriptWritten('call mom period new line buy milk period')).toBe('call mom.\nbuy milk.');
    expect(withTranscriptWritten('is the shop open question mark new paragraph ask Ana')).toBe('is the shop open?\n\nask Ana');
  });

  it('leaves a single "full stop" of emphasis, and a "period" that is no mark', () => {
    expect(withTranscriptWritten('No more sugar, full stop.')).toBe('No more sugar, full stop.');
    expect(withTranscriptWritten('the trial period ends Friday, full stop, new line cancel it')).toBe('the trial period ends Friday.\ncancel it');
  });

  it('says a restarted word once and drops a hesitation between commas', () => {
    expect(withTranscriptWritten('invoice the, uh, the church job')).toBe('invoice the church job');
    expect(withTranscriptWritten('text Marisol the invoice for the, the kitchen job')).toBe('text Marisol the invoice for the kitchen job');
    expect(withTranscriptWritten('renew it by the 10th, um, take the photos in')).toBe('renew it by the 10th, take the photos in');
    expect(withTranscriptWritten('Dave, Dave Kowalski')).toBe('Dave, Dave Kowalski');
  });

  it('drafts each task the memo says as its own, without the spoken marks', () => {
    const drafted = titles('Stuff for this week full stop new line. Fix the van clock full stop new line. Call Mrs. Okafor back about her quote full stop. Invoice the, uh, the church job full stop new line');
    expect(drafted).toEqual(expect.arrayContaining(['Fix the van clock', 'Call Mrs. Okafor back about her quote', 'Invoice the church job']));
    expect(drafted.some((title) => /full stop|new line/i.test(title))).toBe(false);
  });
});
