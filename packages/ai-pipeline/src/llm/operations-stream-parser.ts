import { type Operation, operationSchema } from '@ordo/shared-types';
import { describeIssues } from '../gateway/json-reply.ts';

/** One element of the `operations` array, as soon as its closing brace has arrived. */
export type ParsedElement =
  | { kind: 'operation'; index: number; operation: Operation }
  | { kind: 'invalid'; index: number; raw: string; problem: string };

export interface ParseEnd {
  /** The array's closing `]` arrived: the model finished its list. */
  closed: boolean;
  /** Why the document is incomplete, when it is. */
  problem: string | null;
  /** An element cut off by the end of the reply. */
  truncated: ParsedElement | null;
}

// Where the document starts; prose or a ```json fence may come before it.
const DOCUMENT_START = /\{\s*"operations"\s*:\s*\[/g;

function classify(index: number, raw: string): ParsedElement {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'invalid', index, raw, problem: `not valid JSON (${reason})` };
  }
  const result = operationSchema.safeParse(value);
  if (!result.success) return { kind: 'invalid', index, raw, problem: describeIssues(result.error) };
  return { kind: 'operation', index, operation: result.data };
}

/**
 * Reads a streamed `{"operations":[{…},{…}]}` reply chunk by chunk and hands out each element the
 * moment it is complete, validated. Chunks may split anywhere (inside strings, escapes, keys);
 * braces and quotes inside strings do not count; prose or a fence before the document is skipped.
 */
export class OperationsStreamParser {
  private text = '';
  private phase: 'seeking' | 'array' | 'closed' = 'seeking';
  private seekFrom = 0;
  private position = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private elementStart = -1;
  private elements = 0;

  push(chunk: string): ParsedElement[] {
    this.text += chunk;
    if (this.phase === 'seeking') this.seek();
    return this.phase === 'array' ? this.scan() : [];
  }

  finish(): ParseEnd {
    if (this.phase === 'seeking') {
      return { closed: false, problem: 'the reply contains no {"operations": [...]} document', truncated: null };
    }
    if (this.phase === 'closed') return { closed: true, problem: null, truncated: null };
    const partial = this.elementStart >= 0 ? this.text.slice(this.elementStart).trim() : '';
    return {
      closed: false,
      problem: 'the reply ended before the operations array was closed',
      truncated:
        partial === ''
          ? null
          : { kind: 'invalid', index: this.elements, raw: partial, problem: 'cut off before it was complete' },
    };
  }

  private seek(): void {
    DOCUMENT_START.lastIndex = this.seekFrom;
    const match = DOCUMENT_START.exec(this.text);
    if (match) {
      this.phase = 'array';
      this.position = match.index + match[0].length;
      return;
    }
    // The start pattern holds one `{`, so only the last `{` seen can begin a match still arriving.
    const lastBrace = this.text.lastIndexOf('{');
    this.seekFrom = lastBrace === -1 ? this.text.length : Math.max(this.seekFrom, lastBrace);
  }

  private complete(end: number, found: ParsedElement[]): void {
    const raw = this.text.slice(this.elementStart, end).trim();
    this.elementStart = -1;
    found.push(classify(this.elements, raw));
    this.elements += 1;
  }

  private scan(): ParsedElement[] {
    const found: ParsedElement[] = [];
    const { text } = this;
    for (; this.position < text.length; this.position++) {
      const char = text[this.position];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (char === '\\') this.escaped = true;
        else if (char === '"') this.inString = false;
        continue;
      }
      if (this.depth === 0) {
        // Between elements, or inside a scalar element (which ends at a comma or the closing bracket).
        if (char === ',' || char === ']') {
          if (this.elementStart >= 0) this.complete(this.position, found);
          if (char === ']') {
            this.phase = 'closed';
            break;
          }
          continue;
        }
        if (char === ' ' || char === '\n' || char === '\r' || char === '\t') continue;
        if (this.elementStart < 0) this.elementStart = this.position;
        // A stray closer at the top level is junk inside the current element, not a nesting change.
        if (char === '}') continue;
      }
      if (char === '"') this.inString = true;
      else if (char === '{' || char === '[') this.depth += 1;
      else if (char === '}' || char === ']') {
        this.depth -= 1;
        if (this.depth === 0) this.complete(this.position + 1, found);
      }
    }
    return found;
  }
}
