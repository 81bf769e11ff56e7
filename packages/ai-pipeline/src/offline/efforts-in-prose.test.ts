import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-08-18', timezone: 'UTC', projects: [], tasks: [] };

/** Confident tasks as "project / title @due", the way the review first shows them. */
function drafted(dump: string): string[] {
  const projects = new Map<string, string>();
  const out: string[] = [];
  for (const operation of parseDump(dump, context)) {
    if ((operation.confidence ?? 1) < 0.5) continue;
    if (operation.op === 'create_project') projects.set(operation.ref, operation.name);
    if (operation.op === 'create_task') {
      const project = operation.project_ref ? projects.get(operation.project_ref) : undefined;
      out.push(`${project ? `${project} / ` : ''}${operation.title}${operation.due_date ? ` @${operation.due_date}` : ''}`);
    }
  }
  return out;
}

describe('an undertaking named in a paragraph\'s opening statement', () => {
  it.each([
    [
      'So the big thing hanging over me is the garage conversion, which has been dragging. Call the electrician about sockets. Order the skirting boards.',
      ['Garage conversion / Call the electrician about sockets', 'Garage conversion / Order the skirting boards'],
    ],
    [
      'I have decided this is the year the photo book for Mum happens. Back up the phone. Ask my sister for the scans.',
      ['Photo book for Mum / Back up the phone', 'Photo book for Mum / Ask my sister for the scans'],
    ],
    [
      'Been thinking about the community garden thing from the residents meeting. Write a proposal. Get a quote for raised beds.',
      ['Community garden / Write a proposal', 'Community garden / Get a quote for raised beds'],
    ],
  ])('groups the paragraph of "%s"', (dump, expected) => {
    expect(drafted(dump)).toEqual(expected);
  });

  it('needs two sentences after it, and a statement, not a task', () => {
    expect(drafted('I keep thinking about the wedding. Book the DJ.')).toEqual(['Book the DJ']);
    expect(drafted('Call the wedding venue. Book the DJ. Order the cake.')).toEqual(['Call the wedding venue', 'Book the DJ', 'Order the cake']);
  });

  it('keeps "Then there\'s the flooring:" inside the paragraph\'s effort', () => {
    expect(drafted('The garage conversion is dragging on and on. Call the electrician. Then there\'s the flooring: pick the oak or the vinyl.')).toEqual([
      'Garage conversion / Call the electrician',
      'Garage conversion / Pick the oak or the vinyl',
    ]);
  });

  it('ends the effort at "Completely separately,"', () => {
    expect(drafted('The garage conversion is dragging on and on. Call the electrician. Order tiles. Completely separately, book the vet.')).toEqual([
      'Garage conversion / Call the electrician',
      'Garage conversion / Order tiles',
      'Book the vet',
    ]);
  });

  it.each([
    'Also totally separate: book the vet.',
    'Separate thing, book the vet.',
    'Different topic: book the vet.',
    'Nothing to do with that, but book the vet.',
    'Apart from that, book the vet.',
  ])('ends the effort at "%s"', (turn) => {
    expect(drafted(`The garage conversion is dragging on and on. Call the electrician. Order tiles. ${turn}`)).toEqual([
      'Garage conversion / Call the electrician',
      'Garage conversion / Order tiles',
      'Book the vet',
    ]);
  });
});

describe('remarks and steps in prose', () => {
  it.each([
    ["send Gran's birthday card, her birthday's on the 9th March", ["Send Gran's birthday card @2027-03-09"]],
    ['First step is to back everything up this weekend.', ['Back everything up @2026-08-22']],
    ['pick the oak or the vinyl by Friday so Marco can order', ['Pick the oak or the vinyl @2026-08-21']],
  ])('reads "%s"', (dump, expected) => {
    expect(drafted(dump)).toEqual(expected);
  });
});
