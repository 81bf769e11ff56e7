import { describe, expect, it } from 'vitest';
import { matchTask } from './task-match.ts';

const tasks = [
  { id: '1', title: 'Dentist appointment' },
  { id: '2', title: 'File tax return' },
  { id: '3', title: 'Take Biscuit to the vet' },
  { id: '4', title: 'Call the dentist about the bill' },
  { id: '5', title: 'Buy groceries' },
];

describe('matching a phrase to an open task', () => {
  it('finds the task when every content word of the phrase is in one title', () => {
    expect(matchTask('the tax return', tasks)?.id).toBe('2');
    expect(matchTask('the vet visit', tasks)?.id).toBe('3');
    expect(matchTask('taxes', tasks)?.id).toBe('2');
    expect(matchTask('grocery', tasks)?.id).toBe('5');
  });

  it('tolerates one typo in a longer word', () => {
    expect(matchTask('the biscut vet thing', tasks)?.id).toBe('3');
  });

  it('reads each kind of one-edit typo, at the start, middle or end of a word, and no more than one', () => {
    const chores = [
      { id: 'k', title: 'Descale the kettle' },
      { id: 'w', title: 'Oil the wheelbarrow' },
      { id: 'g', title: 'Sharpen the garden shears' },
    ];
    // Two letters swapped, last two included; one letter dropped, added or changed, first or last.
    expect(matchTask('the ketlte', chores)?.id).toBe('k');
    expect(matchTask('the kettel', chores)?.id).toBe('k');
    expect(matchTask('the wheelbarow', chores)?.id).toBe('w');
    expect(matchTask('the wheelbarrows', chores)?.id).toBe('w');
    expect(matchTask('the heelbarrow', chores)?.id).toBe('w');
    expect(matchTask('the shearz', chores)?.id).toBe('g');
    expect(matchTask('the kettle', chores)?.id).toBe('k');
    // Two edits apart, or one edit in a word too short to trust: no task.
    expect(matchTask('the ketxxle', chores)).toBeNull();
    expect(matchTask('the ktetel', chores)).toBeNull();
    expect(matchTask('the oul', chores)).toBeNull();
  });

  it('takes the noun made from a task verb for the task, but not a short word inside a longer one', () => {
    const errands = [
      { id: 'a', title: 'Renew the library card' },
      { id: 'b', title: 'Compare phone plans' },
      { id: 'c', title: 'Pay the rent' },
    ];
    expect(matchTask('library card renewal', errands)?.id).toBe('a');
    expect(matchTask('the plan comparison', errands)?.id).toBe('b');
    expect(matchTask('rental', errands)).toBeNull();
  });

  it('takes a noun in "-ration" for its verb in "-er", when the root left is long enough', () => {
    const errands = [
      { id: 'a', title: 'Register the boat with the harbour' },
      { id: 'b', title: 'Change the pond filter' },
    ];
    expect(matchTask('boat registration', errands)?.id).toBe('a');
    expect(matchTask('the filtration', errands)).toBeNull();
  });

  it('reads "all" as naming no task: "answered all the parish letters" names the letters', () => {
    const desk = [
      { id: 'a', title: 'Answer the parish letters' },
      { id: 'b', title: 'Sort the hymn books' },
    ];
    expect(matchTask('all the parish letters', desk)?.id).toBe('a');
    expect(matchTask('all the books', desk)?.id).toBe('b');
    expect(matchTask('all of it', desk)).toBeNull();
  });

  it('refuses when two tasks match or none does', () => {
    expect(matchTask('the dentist thing', tasks)).toBeNull();
    expect(matchTask('the plumber', tasks)).toBeNull();
    expect(matchTask('the thing', tasks)).toBeNull();
  });
});
