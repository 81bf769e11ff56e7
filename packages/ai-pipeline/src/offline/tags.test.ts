import { describe, expect, it } from 'vitest';
import { segment } from './segment.ts';

const grouped = (dump: string) => segment(dump).map((item) => [item.project, item.text]);

describe('Todoist-style #tags', () => {
  it.each([
    ['#office renew the badge #garden prune the roses', [['Office', 'renew the badge'], ['Garden', 'prune the roses']]],
    ['#kids sign the trip form #car book the MOT #kids buy plimsolls', [['Kids', 'sign the trip form'], ['Car', 'book the MOT'], ['Kids', 'buy plimsolls']]],
    ['#side-gig invoice Dana #home_admin pay the water bill', [['Side gig', 'invoice Dana'], ['Home admin', 'pay the water bill']]],
  ])('groups each item of "%s" under the tag before it', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it.each([
    ['#office renew the badge\n#garden prune the roses', [['Office', 'renew the badge'], ['Garden', 'prune the roses']]],
    ['renew the badge #office', [['Office', 'renew the badge']]],
    ['renew the badge #office #urgent', [['Office', 'renew the badge']]],
  ])('leaves no tag in the title of "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });
});
