/** Renders pino's JSON lines as short lines for a person at a terminal. */

const LEVELS: Record<number, { label: string; color: string }> = {
  10: { label: 'TRACE', color: '90' },
  20: { label: 'DEBUG', color: '90' },
  30: { label: 'INFO ', color: '32' },
  40: { label: 'WARN ', color: '33' },
  50: { label: 'ERROR', color: '31' },
  60: { label: 'FATAL', color: '41;97' },
};
const ERROR_LEVEL = 50;

// Present on every line, or shown in the line's fixed columns.
const OMITTED = new Set(['level', 'time', 'pid', 'hostname', 'name', 'msg', 'v']);
const MAX_VALUE_LENGTH = 120;

export interface PrettyOptions {
  colors: boolean;
}

interface SerializedError {
  message?: unknown;
  stack?: unknown;
}

function paint(text: string, code: string, colors: boolean): string {
  return colors ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function clock(time: unknown): string {
  const date = typeof time === 'number' ? new Date(time) : new Date();
  return [date.getHours(), date.getMinutes(), date.getSeconds()].map((part) => String(part).padStart(2, '0')).join(':');
}

function fieldValue(value: unknown): string {
  const text = typeof value === 'string' && /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

function isSerializedError(value: unknown): value is SerializedError {
  return value !== null && typeof value === 'object' && 'message' in value;
}

/**
 * One JSON log line as `HH:MM:SS LEVEL name message key=value …`. An error's stack follows on
 * indented lines at level error and above; below that only its message is shown. Lines that are
 * not pino JSON pass through unchanged.
 */
export function formatLogLine(line: string, options: PrettyOptions): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  if (record === null || typeof record !== 'object' || typeof record.level !== 'number') return line;
  const level = LEVELS[record.level] ?? { label: String(record.level).padEnd(5), color: '0' };
  const fields: string[] = [];
  let stack: string | undefined;
  for (const [key, value] of Object.entries(record)) {
    if (OMITTED.has(key)) continue;
    if (isSerializedError(value)) {
      if (record.level >= ERROR_LEVEL && typeof value.stack === 'string') stack = value.stack;
      else if (value.message !== record.msg) fields.push(`${key}=${fieldValue(value.message)}`);
      continue;
    }
    fields.push(`${key}=${fieldValue(value)}`);
  }
  const head = [
    paint(clock(record.time), '90', options.colors),
    paint(level.label, level.color, options.colors),
    paint(String(record.name ?? '').padEnd(6), '36', options.colors),
    String(record.msg ?? ''),
  ].join(' ');
  const tail = fields.length ? ` ${paint(fields.join(' '), '90', options.colors)}` : '';
  const trace = stack ? `\n${stack.replace(/^/gm, '    ')}` : '';
  return `${head}${tail}${trace}\n`;
}
