import { describe, expect, it } from 'vitest';
import { homeForVisit, joinedHomeForVisit, visitOf } from './home-for-visits.ts';
import { segment } from './segment.ts';

describe('being home for a visit', () => {
  it('names who comes, or what they need access to, and the day', () => {
    expect(visitOf('the piano tuner comes on Monday')).toEqual({ visitor: 'the piano tuner', day: 'on Monday' });
    expect(visitOf('the council needs access to the gas meter on the 4th')).toEqual({ visitor: 'the gas meter', day: 'on the 4th' });
    expect(visitOf('the tuner was great')).toBeNull();
  });

  it('joins the visit to being home said after it in the same clause', () => {
    expect(joinedHomeForVisit('The window fitter arrives Thursday and somebody has to be home')).toBe('be home for the window fitter Thursday');
    expect(joinedHomeForVisit('the piano tuner comes on Monday, so be in')).toBe('be home for the piano tuner on Monday');
    // Being in a state is not being home; a visit without being home is left as it is.
    expect(joinedHomeForVisit('the in-laws arrive Thursday and I have to be in a better mood')).toBeNull();
    expect(joinedHomeForVisit('the piano tuner comes on Monday and wants coffee')).toBeNull();
  });

  it('takes the day of the visit when being home points back at it', () => {
    expect(homeForVisit('be home that morning', 'the council needs access to the gas meter on the 4th')).toBe('be home for the gas meter on the 4th');
    expect(homeForVisit('be home', 'I finished the report on Friday')).toBeNull();
  });

  it('reads a notice asking that someone be home for a servicing scheduled the sentence before, with its hours as a remark', () => {
    expect(visitOf('please note the aircon servicing is scheduled for 8 July')).toEqual({ visitor: 'the aircon servicing', day: '8 July' });
    expect(homeForVisit('ensure someone is home between 9am and 12pm', 'the aircon servicing is scheduled for 8 July')).toBe(
      'be home for the aircon servicing 8 July (between 9am and 12pm)',
    );
    const read = segment('Dear tenant, please note the aircon servicing is scheduled for 8 July. Kindly ensure someone is home between 9am and 12pm.');
    expect(read.at(-1)).toMatchObject({ text: 'be home for the aircon servicing 8 July (between 9am and 12pm)', confidence: 0.9 });
    expect(segment('The plumber comes Friday. Please make sure someone is home.').at(-1)).toMatchObject({ text: 'be home for the plumber Friday', confidence: 0.9 });
  });

  it('drafts being home for the visit, dated, instead of a bare "be home"', () => {
    const read = (dump: string) => segment(dump).map((found) => [found.text, found.confidence >= 0.5]);
    expect(read('The window fitter arrives Thursday and somebody has to be home, probably me.')).toEqual([['be home for the window fitter Thursday', true]]);
    expect(read('The council needs access to the gas meter on the 4th, so I must be home that morning.')[1]).toEqual(['be home for the gas meter on the 4th', true]);
    expect(read('The in-laws arrive Thursday and I have to be in a better mood.')).not.toContainEqual(['be home for the in-laws Thursday', true]);
  });
});
