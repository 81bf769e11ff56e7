import { describe, expect, it } from 'vitest';
import { namePronouns, referentText } from './named-pronouns.ts';
import { parseDump } from './parse-dump.ts';

describe('pronouns named', () => {
  it('names the person last mentioned before the task', () => {
    expect(namePronouns('Get her a present', "Lena's birthday is Sunday, get her a present")).toBe('Get Lena a present');
    expect(namePronouns('Buy flowers for her', 'Ella starts the new job on Friday. Buy flowers for her')).toBe('Buy flowers for Ella');
    expect(namePronouns('Make the Laterne with him', 'Emil has the lantern walk, make the Laterne with him')).toBe('Make the Laterne with Emil');
    expect(namePronouns('Cook the lasagna he likes', 'Sam is back tomorrow. Cook the lasagna he likes')).toBe('Cook the lasagna Sam likes');
  });

  it('takes a month or weekday shortened beside a number for no person, and a short name labelling its lines for one', () => {
    expect(namePronouns('Send her the design sheet', 'Aisyah (wedding 12 Sept): send her the design sheet')).toBe('Send Aisyah the design sheet');
    expect(namePronouns('Buy him a present', 'Raj turns 40 on Fri 3 Nov, buy him a present')).toBe('Buy Raj a present');
    expect(namePronouns('Lend him the études', 'Dec is back at lessons, lend him the études')).toBe('Lend Dec the études');
  });

  it('reads "his" and "her" before a thing as whose it is', () => {
    expect(namePronouns('Review his promotion packet', "I promised Raj I'd review his promotion packet")).toBe("Review Raj's promotion packet");
    expect(namePronouns('Sort her costume', 'Sophie is a shepherd in the nativity. Sort her costume')).toBe("Sort Sophie's costume");
    expect(namePronouns('Get her flowers', 'Forgot Nadia again. Get her flowers')).toBe('Get Nadia flowers');
  });

  it('reads "her" before where she is taken to or from, or when, as the person', () => {
    expect(namePronouns('Collect her from Heuston', "Mam's coming up on the train, need to collect her from Heuston")).toBe('Collect Mam from Heuston');
    expect(namePronouns('Drop her off at school', 'Zoe has a sore throat, drop her off at school late')).toBe('Drop Zoe off at school');
    expect(namePronouns('Drive her over to the vet', 'Nana needs a lift, drive her over to the vet')).toBe('Drive Nana over to the vet');
    expect(namePronouns('Call her Sunday', 'Nana is back from Cusco, call her Sunday')).toBe('Call Nana Sunday');
    expect(namePronouns('Ring her next week', 'Zoe starts school, ring her next week')).toBe('Ring Zoe next week');
  });

  it('reads "her" after "help" or "let" as who does what follows', () => {
    expect(namePronouns('Help her move', "I told Priya I'd help her move")).toBe('Help Priya move');
    expect(namePronouns('Let her pick the date', 'Ana wants to come, let her pick the date')).toBe('Let Ana pick the date');
  });

  it('names the person once: a pronoun after the name stays a pronoun', () => {
    expect(namePronouns('Help him set up his new phone', 'Dad got a smartphone for Christmas. Help him set up his new phone')).toBe('Help Dad set up his new phone');
    expect(namePronouns('Call her to ask what she wants', 'Pina turns 60 on Saturday, call her to ask what she wants')).toBe('Call Pina to ask what she wants');
  });

  it('takes family words by their gender', () => {
    expect(namePronouns('Call her back', 'Dad rang and so did Mum, call her back')).toBe('Call Mum back');
    expect(namePronouns('Ring him tonight', 'I told Pappa I would ring him tonight')).toBe('Ring Pappa tonight');
  });

  it('reads "her" before a word of when as who is reached, not whose', () => {
    expect(namePronouns('Ring her tonight', 'Mamma left a message, ring her tonight')).toBe('Ring Mamma tonight');
    expect(namePronouns('Visit her later', 'Ingrid had the operation, visit her later')).toBe('Visit Ingrid later');
  });

  it('names a relative the text calls by whose they are, the one named last', () => {
    expect(namePronouns('Phone her', 'Priya sent the photos. My aunt wants to hear about the trip, phone her')).toBe('Phone my aunt');
    expect(namePronouns('Drive him to the match', 'Our nephew has a final on Sunday, drive him to the match')).toBe('Drive our nephew to the match');
    expect(namePronouns('Thank her for the jam', "Ines's grandmother left a jar by the door, thank her for the jam")).toBe("Thank Ines's grandmother for the jam");
    expect(namePronouns('Water her plants', 'my daughter is at camp till the 9th, water her plants')).toBe("Water my daughter's plants");
  });

  it('takes a relative only of the pronoun\'s gender, and never over a name said after it', () => {
    expect(namePronouns('Phone her', 'My brother saw Wiebke, phone her')).toBe('Phone Wiebke');
    expect(namePronouns('Phone him', 'My sister came with Arjun, phone him')).toBe('Phone Arjun');
    expect(namePronouns('Phone her', 'my son has the keys, phone her')).toBe('Phone her');
    expect(namePronouns('Call my mum about her knee', 'my mum fell, call my mum about her knee')).toBe('Call my mum about her knee');
  });

  it('takes no name said of the other gender, nor one in a closed aside', () => {
    expect(namePronouns('Renew her insulin authorization', 'MAMÁ\n- ask Andrés if he can do the January appointments\n- renew her insulin authorization')).toBe(
      'Renew her insulin authorization',
    );
    expect(namePronouns('Call him', 'ask Ana if she can swap, Jon too, call him')).toBe('Call Jon');
    expect(namePronouns('Buy her something nice', "Mamá's birthday is on the 10th (Día de las Madres too) so buy her something nice")).toBe(
      'Buy Mamá something nice',
    );
    expect(namePronouns('Ring him', 'WEDDING FAIR (Sunday 8 Nov, Harrogate)\n- Dad can lend us the van, ring him')).toBe('Ring Dad');
    expect(namePronouns('Ring her', 'Fiesta de la Vendimia is on Saturday, ring her')).toBe('Ring her');
  });

  it('leaves the title when no person is named before it', () => {
    expect(namePronouns('Book her flight', 'Back from Italy on Sunday, book her flight')).toBe('Book her flight');
    expect(namePronouns('Make coffee for him', 'He comes on Thursdays, make coffee for him')).toBe('Make coffee for him');
    expect(namePronouns('Water the plants', 'Claire is away, water the plants')).toBe('Water the plants');
    expect(namePronouns('Thank her', 'Maison: the neighbour watered the plants, thank her')).toBe('Thank her');
    expect(namePronouns('Call Oma on her birthday', 'renew the Bahncard\ncall Oma on her birthday')).toBe('Call Oma on her birthday');
    expect(namePronouns('Take Ella to her lesson', 'Tom is away, take Ella to her lesson')).toBe('Take Ella to her lesson');
    expect(namePronouns('Tell him she said yes', 'Tom and Ana')).toBe('Tell him she said yes');
    // Under a label naming the person, the pronoun already says whose; a title is never the name.
    expect(namePronouns('Order her shade', 'Gogo Dlamini: trim Tuesday, bring the rollers she likes\nMrs Pillay: colour on Thursday, order her shade', 'Mrs Pillay')).toBe('Order her shade');
    expect(namePronouns('Cancel his cut', 'Mr Petersen: he is in hospital, cancel his cut', null)).toBe('Cancel his cut');
    expect(namePronouns('Buy her a gift', 'Family: Aïcha turns 9 on Friday, buy her a gift', 'Family')).toBe('Buy Aïcha a gift');
    // A place's name is no person: one joined to another by a dash, or before its kind.
    expect(namePronouns('Bring her blue jacket', 'Meet at Commercial–Broadway station at 9:30, and bring her blue jacket')).toBe('Bring her blue jacket');
    expect(namePronouns('Bring her lunch', 'We meet at Kingsway Park, bring her lunch')).toBe('Bring her lunch');
  });

  describe('where the person may be named', () => {
    const scope = (text: string, task: string) => {
      const at = text.indexOf(task);
      return referentText(text, 0, text.lastIndexOf('\n', at - 1) + 1, at + task.length);
    };

    it('reads the task\'s own list line, not the lines beside it', () => {
      const list = "- Dad's 70th is 8/4, book the restaurant\n- Biscuit's vacc cert expires 3/4, remind his owner";
      expect(scope(list, 'remind his owner')).toBe("- Biscuit's vacc cert expires 3/4, remind his owner");
      const labels = "Baraka (uniforms): cut the 40 shirts\nPastor Ouma: two kanzus, call him tomorrow";
      expect(scope(labels, 'call him')).toBe('Pastor Ouma: two kanzus, call him');
    });

    it('adds the lines a task sits under: the line further out, the heading, the start of a wrapped sentence', () => {
      expect(scope('10:00  1:1 w/ Priya\n    → bring her the feedback', 'bring her the feedback')).toBe('10:00  1:1 w/ Priya\n    → bring her the feedback');
      expect(scope("Lena's birthday:\n- book the table\n- get her a present", 'get her a present')).toBe("Lena's birthday:\n- get her a present");
      expect(scope('Could you collect Ana from the\nstation and bring her home', 'bring her home')).toBe('Could you collect Ana from the\nstation and bring her home');
    });

    it('drafts a list\'s pronoun as written when its own line names no one', () => {
      const context = { today: '2026-05-08', timezone: 'Asia/Seoul', projects: [], tasks: [] };
      const titles = parseDump('- call my brother in Busan and ask him to visit\n- tonight: trim his toenails', context).flatMap((operation) =>
        operation.op === 'create_task' ? [operation.title] : [],
      );
      expect(titles).toContain('Trim his toenails');
    });
  });
});
