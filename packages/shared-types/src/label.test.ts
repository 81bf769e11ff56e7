import { describe, expect, it } from 'vitest';
import { labelColorHex, labelInputSchema } from './label.ts';
import { LABEL_NAME_MAX } from './limits.ts';

describe('labelInputSchema', () => {
  it('takes a palette colour, or #rrggbb in any case stored in lower case', () => {
    expect(labelInputSchema.parse({ name: 'Errands', color: 'teal' }).color).toBe('teal');
    expect(labelInputSchema.parse({ name: 'Errands', color: '#12AB9F' }).color).toBe('#12ab9f');
  });

  it('refuses other colours, blank names and names past the limit', () => {
    expect(labelInputSchema.safeParse({ name: 'Errands', color: 'chartreuse' }).success).toBe(false);
    expect(labelInputSchema.safeParse({ name: 'Errands', color: '#12ab9' }).success).toBe(false);
    expect(labelInputSchema.safeParse({ name: '   ' }).success).toBe(false);
    expect(labelInputSchema.safeParse({ name: 'x'.repeat(LABEL_NAME_MAX + 1) }).success).toBe(false);
    expect(labelInputSchema.parse({ name: `  ${'x'.repeat(LABEL_NAME_MAX)}  ` }).name).toHaveLength(LABEL_NAME_MAX);
  });
});

describe('labelColorHex', () => {
  it('draws a palette name in its hex and a hex as itself', () => {
    expect(labelColorHex('gray')).toBe('#6b7280');
    expect(labelColorHex('#12ab9f')).toBe('#12ab9f');
  });
});
