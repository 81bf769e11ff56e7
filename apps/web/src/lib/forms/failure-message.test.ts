import { describe, expect, it } from 'vitest';
import { failureMessage } from './failure-message.ts';

describe('failureMessage', () => {
  it('passes on the explanation of a refused post', () => {
    const result = { type: 'error' as const, status: 403, error: { message: 'This Ordo server is configured for https://ordo.example' } };
    expect(failureMessage(result)).toBe('This Ordo server is configured for https://ordo.example');
  });

  it('names a server error by its status instead of "Internal Error"', () => {
    expect(failureMessage({ type: 'error', status: 500, error: { message: 'Internal Error' } })).toMatch(/^The server could not complete this \(error 500\)/);
  });

  it('tells a network failure from an unreadable answer', () => {
    expect(failureMessage({ type: 'error', error: new TypeError('Failed to fetch') })).toMatch(/^Could not reach the server/);
    expect(failureMessage({ type: 'error', error: new SyntaxError('Unexpected token <') })).toMatch(/^The server sent an answer/);
  });

  it('still says something for an error answer without a message', () => {
    expect(failureMessage({ type: 'error', status: 413, error: {} })).toBe('The server refused this (error 413).');
  });
});
