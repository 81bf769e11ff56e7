import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Titles of the tasks the review would create without a click, with "project / " in front when grouped. */
function confident(dump: string): string[] {
  const operations = parseDump(dump, context);
  const names = new Map(operations.flatMap((operation) => (operation.op === 'create_project' ? [[operation.ref, operation.name] as const] : [])));
  return operations.flatMap((operation) => {
    if (operation.op !== 'create_task' || (operation.confidence ?? 1) < 0.5) return [];
    const project = names.get(operation.project_ref ?? '');
    return [project ? `${project} / ${operation.title}` : operation.title];
  });
}

describe('what sets the scene rather than asks', () => {
  it.each([
    ["Back at the office tomorrow and I'm not ready. Print the rota.", ['Print the rota']],
    ['Back from Lisbon, finally. Unpack the suitcases.', ['Unpack the suitcases']],
    ['The passport has to be renewed and back by the 20th. Water the orchid.', ['Renew the passport', 'Water the orchid']],
  ])('reads "back" with no object as no verb: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['Back up the laptop tonight. Then rest.', ['Back up the laptop']],
    ['Back the trailer into the drive. Lock the gate.', ['Back the trailer into the drive', 'Lock the gate']],
  ])('still reads "back" with an object as a task: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ["First week of term and honestly I'm shattered. Sign the permission slip.", ['Sign the permission slip']],
    ['Rainy Sunday so we are stuck indoors. Fix the drawer.', ['Fix the drawer']],
  ])('offers a verbless opening the writer goes on to feel about: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ["Back-to-back lessons all week and I'm shattered. Sign the permission slip.", ['Sign the permission slip']],
    ["Door-to-door canvassing all Saturday and honestly I'm exhausted. Fix the drawer.", ['Fix the drawer']],
  ])('reads a linked compound ("back-to-back") opening a sentence as no verb: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it('keeps "back" with an object and a hyphen-free phrase as a task', () => {
    expect(confident('Back up the photos tonight. Fix the drawer.')).toEqual(['Back up the photos', 'Fix the drawer']);
  });

  it('keeps a verbless opening that is a task of its own', () => {
    expect(confident('Dentist at 4 and I need to pick up Sam after. Fix the drawer.')).toEqual(['Dentist', 'Pick up Sam after', 'Fix the drawer']);
  });

  it.each([
    ['Right, the urgent things: renew the parking permit. Order more printer paper.', ['Renew the parking permit', 'Order more printer paper']],
    ['Okay, the boring bits: file the receipts, shred the old statements.', ['File the receipts', 'Shred the old statements']],
  ])('reads "the important stuff:"-style labels as naming no project: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it('drops a first line wrapped in pictographs that titles the dump', () => {
    expect(confident('🌟 Sunday to-do list 🌟\n🧺 wash the duvet\n🐶 walk Biscuit')).toEqual(['Wash the duvet', 'Walk Biscuit']);
  });
});
