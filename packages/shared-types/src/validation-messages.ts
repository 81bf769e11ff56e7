import { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

const count = (n: number | bigint) => Number(n).toLocaleString('en-US');
const plural = (n: number | bigint, word: string) => `${count(n)} ${word}${Number(n) === 1 ? '' : 's'}`;

function tooSmall(issue: Extract<RawIssue, { code: 'too_small' }>): string {
  const { origin, minimum, inclusive } = issue;
  if (origin === 'string') return Number(minimum) <= 1 ? 'Fill in this field' : `Use at least ${plural(minimum, 'character')}`;
  if (origin === 'array' || origin === 'set') return Number(minimum) <= 1 ? 'Choose at least one' : `Choose at least ${count(minimum)}`;
  if (origin === 'date') return 'Choose a later date';
  return inclusive ? `Enter ${count(minimum)} or more` : `Enter more than ${count(minimum)}`;
}

function tooBig(issue: Extract<RawIssue, { code: 'too_big' }>): string {
  const { origin, maximum, inclusive } = issue;
  if (origin === 'string') return `Use at most ${plural(maximum, 'character')}`;
  if (origin === 'array' || origin === 'set') return `Choose at most ${count(maximum)}`;
  if (origin === 'date') return 'Choose an earlier date';
  return inclusive ? `Enter ${count(maximum)} or less` : `Enter less than ${count(maximum)}`;
}

const FORMATS: Record<string, string> = {
  email: 'Enter an email address, like name@example.com',
  url: 'Enter a web address, like https://example.com',
  uuid: 'This refers to something that does not exist',
  guid: 'This refers to something that does not exist',
  datetime: 'Enter a date and time',
  date: 'Enter a date, like 2026-12-04',
  time: 'Enter a time, like 09:30',
};

function invalidType(issue: Extract<RawIssue, { code: 'invalid_type' }>): string {
  if (issue.input === undefined || issue.input === null) return 'Fill in this field';
  if (issue.expected === 'number' || issue.expected === 'int' || issue.expected === 'bigint') return 'Enter a number';
  if (issue.expected === 'date') return 'Enter a date';
  if (issue.expected === 'array') return 'Choose from the list';
  return 'This value is not valid here';
}

/**
 * The message people read for a validation problem the schema gives no words of its own. One
 * place for every form and the API: zod's defaults ("Too small: expected string to have >=1
 * characters") are for developers. Messages are short sentences without a final period.
 */
export function validationMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'This is not in the expected format';
    case 'invalid_value':
      return issue.values.length <= 8 ? `Choose one of: ${issue.values.map(String).join(', ')}` : 'Choose one of the options';
    case 'not_multiple_of':
      return `Enter a multiple of ${count(Number(issue.divisor))}`;
    case 'unrecognized_keys':
      return `Unknown ${issue.keys.length === 1 ? 'field' : 'fields'}: ${issue.keys.join(', ')}`;
    default:
      return 'This value is not valid here';
  }
}

// Installed when the schemas are first imported, so no parse anywhere falls back to zod's wording;
// a message a schema sets itself still wins.
z.config({ customError: validationMessage });
