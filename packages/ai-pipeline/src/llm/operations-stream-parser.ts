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
 * Each chunk is scanned once and only the element in progress is kept, so a push costs the size
 * of the chunk, not of the reply so far (a model streams thousands of chunks a reply).
 */
export class OperationsStreamParser {
  private phase: 'seeking' | 'array' | 'closed' = 'seeking';
  /** While seeking: the text from the last `{`, the only place a document start still arriving can begin. */
  private seekText = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The element in progress, as far as earlier chunks had it; null between elements. */
  private partial: string | null = null;
  private elements = 0;

  push(chunk: string): ParsedElement[] {
    if (this.phase === 'array') return this.scan(chunk);
    if (this.phase === 'closed') return [];
    const rest = this.seek(chunk);
    return rest === null ? [] : this.scan(rest);
  }

  finish(): ParseEnd {
    if (this.phase === 'seeking') {
      return { closed: false, problem: 'the reply contains no {"operations": [...]} document', truncated: null };
    }
    if (this.phase === 'closed') return { closed: true, problem: null, truncated: null };
    const partial = this.partial?.trim() ?? '';
    return {
      closed: false,
      problem: 'the reply ended before the operations array was closed',
      truncated:
        partial === ''
          ? null
          : { kind: 'invalid', index: this.elements, raw: partial, problem: 'cut off before it was complete' },
    };
  }

  /** The text after the document start once it has arrived, else null. */
  private seek(chunk: string): string | null {
    const text = this.seekText + chunk;
    DOCUMENT_START.lastIndex = 0;
    const match = DOCUMENT_START.exec(text);
    if (match) {
      this.phase = 'array';
      this.seekText = '';
      return text.slice(match.index + match[0].length);
    }
    // The start pattern holds one `{`, so only the last `{` seen can begin a match still arriving.
    const lastBrace = text.lastIndexOf('{');
    this.seekText = lastBrace === -1 ? '' : text.slice(lastBrace);
    return null;
  }

  private complete(raw: string, found: ParsedElement[]): void {
    this.partial = null;
    found.push(classify(this.elements, raw.trim()));
    this.elements += 1;
  }

  private scan(chunk: string): ParsedElement[] {
    const found: ParsedElement[] = [];
    // Where the element in progress starts in this chunk; -1 between elements.
    let elementFrom = this.partial === null ? -1 : 0;
    for (let position = 0; position < chunk.length; position++) {
      const char = chunk[position];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (char === '\\') this.escaped = true;
        else if (char === '"') this.inString = false;
        continue;
      }
      if (this.depth === 0) {
        // Between elements, or inside a scalar element (which ends at a comma or the closing bracket).
        if (char === ',' || char === ']') {
          if (elementFrom >= 0) this.complete((this.partial ?? '') + chunk.slice(elementFrom, position), found);
          elementFrom = -1;
          if (char === ']') {
            this.phase = 'closed';
            return found;
          }
          continue;
        }
        if (char === ' ' || char === '\n' || char === '\r' || char === '\t') continue;
        if (elementFrom < 0) elementFrom = position;
        // A stray closer at the top level is junk inside the current element, not a nesting change.
        if (char === '}') continue;
      }
      if (char === '"') this.inString = true;
      else if (char === '{' || char === '[') this.depth += 1;
      else if (char === '}' || char === ']') {
        this.depth -= 1;
        if (this.depth === 0) {
          this.complete((this.partial ?? '') + chunk.slice(elementFrom, position + 1), found);
          elementFrom = -1;
        }
      }
    }
    if (elementFrom >= 0) this.partial = (this.partial ?? '') + chunk.slice(elementFrom);
    return found;
  }
}
