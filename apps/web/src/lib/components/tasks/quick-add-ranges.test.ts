import { describe, expect, it } from 'vitest';
import { durationLabel, followEdit } from './quick-add-ranges.ts';

describe('undone chips while the text is edited', () => {
  const undone = [{ start: 5, end: 8 }];

  it('keeps a range when the edit is after it, and moves it with an edit before it', () => {
    expect(followEdit('call May', 'call May tomorrow', undone)).toEqual(undone);
    expect(followEdit('call May', 'please call May', undone)).toEqual([{ start: 12, end: 15 }]);
    expect(followEdit('do: call May', 'call May', [{ start: 9, end: 12 }])).toEqual([{ start: 5, end: 8 }]);
  });

  it('drops a range whose words changed', () => {
    expect(followEdit('call May', 'call Mary', undone)).toEqual([]);
    expect(followEdit('call May', 'call', undone)).toEqual([]);
  });

  it('keeps everything when nothing changed', () => {
    expect(followEdit('call May', 'call May', undone)).toEqual(undone);
  });
});

describe('duration chips', () => {
  it('reads minutes as hours and minutes', () => {
    expect(durationLabel(45)).toBe('45 min');
    expect(durationLabel(120)).toBe('2 h');
    expect(durationLabel(90)).toBe('1 h 30 min');
  });
});
