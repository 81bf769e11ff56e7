import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parsedByRules } from '../testing/rules-only.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-11-18', timezone: 'Europe/Dublin', projects: [], tasks: [] };

/** What the review would create without a click, with its due date. */
function created(dump: string): string[] {
  return parsedByRules(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${operation.title}${operation.due_date ? ` @${operation.due_date}` : ''}`] : [],
  );
}

/** The projects the review would create without a click. */
function projects(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_project' && (operation.confidence ?? 1) >= 0.5 ? [operation.name] : []));
}

describe('the items a note the writer leaves hands to the one it is written to', () => {
  it('leaves the items under "For you:" to the colleague and keeps the writer’s own', () => {
    const dump = 'For you:\n- chase the Brennan invoice on Thursday\n- water the ficus, ring the landlord about the damp\n\nMine:\n- book my flu jab';
    expect(created(dump)).toEqual(['Book my flu jab']);
  });

  it('leaves a labelled item under "For you:" to the colleague too, and makes no group of its label', () => {
    const dump = 'For you:\n- Biscuit the lurcher: dress the paw Friday, phone the owner after\n- the Hegarty fence: measure up\n\nMe:\n- file the mileage';
    expect(created(dump)).toEqual(['File the mileage']);
    expect(projects(dump)).toEqual([]);
  });

  it('reads "For you both:" the same way', () => {
    expect(created('Notes for while I am away.\n\nFor you both:\n- feed the hens\n- lock the shed\n\nMe:\n- renew the passport')).toEqual(['Renew the passport']);
  });

  it('keeps "For you:" the reader’s in a pasted message, where "you" is the reader', () => {
    expect(created('From: Dana\nHi Rob,\nFor you:\n- send the floor plan\n- sign the lease\nThanks, Dana')).toEqual(['Send the floor plan', 'Sign the lease']);
  });

  it('keeps a heading that names a thing for someone, not the reader of the note', () => {
    expect(created('For the garage:\n- sweep the floor\n- fix the shelf')).toEqual(['Sweep the floor', 'Fix the shelf']);
  });
});

describe('the writer’s own items before they leave', () => {
  it.each([
    ['Me before I leave tonight:\n- clear the inbox\n- lock the filing cabinet', ['Clear the inbox @2026-11-18', 'Lock the filing cabinet @2026-11-18']],
    ['Before we head off tomorrow:\n- cancel the milk', ['Cancel the milk @2026-11-19']],
  ])('dates the items under "%s" by the day it names, with no group', (dump, expected) => {
    expect(created(dump)).toEqual(expected);
    expect(projects(dump)).toEqual([]);
  });

  it('dates nothing under a heading that names no day of leaving', () => {
    expect(created('Me, this week:\n- clear the inbox')).not.toContain('Clear the inbox @2026-11-18');
  });
});
