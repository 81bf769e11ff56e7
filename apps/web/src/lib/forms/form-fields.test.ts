import { describe, expect, it } from 'vitest';
import { formFields, formValues } from './form-fields.ts';

describe('formFields', () => {
  it('keeps the named fields trimmed and leaves out empty ones', () => {
    const data = new FormData();
    data.set('title', '  Buy milk ');
    data.set('due_date', '');
    data.set('notes', '   ');
    data.set('extra', 'ignored');
    expect(formFields(data, ['title', 'due_date', 'notes', 'missing'])).toEqual({ title: 'Buy milk' });
    expect(formValues(data, ['title', 'notes'])).toEqual({ title: '  Buy milk ', notes: '   ' });
  });
});
