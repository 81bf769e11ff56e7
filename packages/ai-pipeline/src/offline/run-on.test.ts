import { describe, expect, it } from 'vitest';
import { parseDump } from './parse-dump.ts';
import { segment } from './segment.ts';

const texts = (dump: string) => segment(dump).map((item) => item.text);
const tasks = (dump: string) => segment(dump).filter((item) => item.confidence >= 0.5).map((item) => item.text);

describe('dictation without punctuation', () => {
  it.each([
    [
      'grab the dry cleaning and then ring the vet about the vaccine also remind me to order printer ink',
      ['grab the dry cleaning', 'ring the vet about the vaccine', 'remind me to order printer ink'],
    ],
    ['water the ferns then wash the van after that take out the recycling', ['water the ferns', 'wash the van', 'take out the recycling']],
    ['mop the hall plus sort the loft oh and book the boiler check', ['mop the hall', 'sort the loft', 'book the boiler check']],
    ["fold the towels don't forget to text Priya", ['fold the towels', "don't forget to text Priya"]],
    ['the tax letter came in the post too pay the council tax', ['the tax letter came in the post', 'pay the council tax']],
    ["I haven't opened the draft so block time for the pitch", ["I haven't opened the draft", 'block time for the pitch']],
    // A remark run into the task, as a comma would have set it apart: its day is the task's, its words no title's.
    ["call grandma on saturday it's her birthday and buy milk", ['call grandma on saturday', 'buy milk']],
    ["call the pension office about the life certificate it's due by 30 November then ask Priya", ['call the pension office about the life certificate due by 30 November', 'ask Priya']],
    ["vote in the steward election its online and closes wednesday and book the snow tyres", ['vote in the steward election wednesday', 'book the snow tyres']],
    // "it's" on the clause a verb opens stays there.
    ["check it's plugged in then call the plumber", ["check it's plugged in", 'call the plumber']],
  ])('splits "%s" at its markers, keeping the first item', (dump, expected) => {
    expect(texts(dump)).toEqual(expected);
  });

  it.each([
    ['post the parcel for Omar they were very firm about it', ['post the parcel for Omar']],
    ['plan the quiz night somewhere cheap and finally I keep putting this off but renew the passport', ['plan the quiz night somewhere cheap', 'renew the passport']],
    ['book the tyre fitting and I felt awful about missing it last time', ['book the tyre fitting']],
  ])('leaves what the speaker says about it out of the task in "%s"', (dump, expected) => {
    expect(tasks(dump)).toEqual(expected);
  });

  it.each([
    ['pick up the prescription tomorrow and the pharmacy closes at 6 and then email the school', ['pick up the prescription tomorrow', 'email the school']],
    ['book the vet and my car is in the garage so ask Sam for a lift', ['book the vet', 'ask Sam for a lift']],
    ['renew the parking permit but the post office closes early on Fridays', ['renew the parking permit']],
  ])('leaves a thing stated in passing out of the task in "%s"', (dump, expected) => {
    expect(tasks(dump)).toEqual(expected);
  });

  it.each([
    ["call grandma she's been lonely", ['call grandma']],
    ["email Tom he's always late with the numbers", ['email Tom']],
  ])('leaves how someone has been out of the task in "%s"', (dump, expected) => {
    expect(tasks(dump)).toEqual(expected);
  });

  it.each([
    ['get all the fuel receipts to the accountant today shes been on my back about it and book the motel', ['get all the fuel receipts to the accountant today', 'book the motel']],
    ['ring shazza about the kids school holidays she wants to swap weekends then pay the rego', ['ring shazza about the kids school holidays', 'pay the rego']],
    ['pick up the netting from farmlands theyre shut monday for stocktake and ring wayne', ['pick up the netting from farmlands', 'ring wayne']],
    ['buy a new esky the old one cracked and book the motel', ['buy a new esky', 'book the motel']],
    ['the longboard wax came so thats done and email the German group', ['email the German group']],
  ])('leaves a remark that opens with a person or "that\'s" out of the task in "%s"', (dump, expected) => {
    expect(tasks(dump)).toEqual(expected);
  });

  it.each([
    ['call jenna about the dog truck the heater is shot and buy milk', ['call jenna about the dog truck', 'buy milk']],
    ['take the old tyres to the tip theres like twelve of them in the shed', ['take the old tyres to the tip']],
    ['return the parcel there are two of them by the door then ring the bank', ['return the parcel', 'ring the bank']],
  ])('leaves how a thing stands, said with its own subject, out of the task in "%s"', (dump, expected) => {
    expect(tasks(dump)).toEqual(expected);
  });

  it.each([
    'tell him the car is ready',
    'check the tap is off',
    'note the boiler is serviced',
    'pay the ute rego the rego is due on the 5th',
  ])('keeps a thing that is what is told, checked or due in "%s"', (dump) => {
    expect(texts(dump)).toHaveLength(1);
  });

  it('takes a task said and then reported done aloud as the report alone', () => {
    const open = [{ id: '7a1c9e20-3b4d-4f5e-8a6b-0c1d2e3f4a5b', title: 'Fix the gangline', project_id: null, due_date: null, status: 'todo' }];
    const operations = parseDump('call bob and fix the gangline actually I already fixed the gangline last night so cross that off', { today: '2027-03-14', timezone: 'UTC', projects: [], tasks: open });
    expect(operations.filter((operation) => operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5).map((operation) => operation.op === 'create_task' && operation.title)).toEqual(['Call bob']);
    expect(operations).toContainEqual(expect.objectContaining({ op: 'update_task', task_id: open[0]?.id, changes: { status: 'done' } }));
  });

  it.each([
    ['tell mum she needs to call the bank', ["tell mum she needs to call the bank"]],
    ["clear the gutters before the storm they're forecasting", ["clear the gutters before the storm they're forecasting"]],
    ["fix the tap that's leaking", ["fix the tap that's leaking"]],
  ])('keeps a message, a thought\'s content or a clause describing the thing in "%s"', (dump, expected) => {
    expect(texts(dump)).toEqual(expected);
  });

  it('keeps a relative clause: "sell the furniture we\'re not taking"', () => {
    expect(tasks("sell the furniture we're not taking")).toEqual(["sell the furniture we're not taking"]);
  });

  it('keeps "too" inside a phrase that goes on with no verb', () => {
    expect(texts('buy the cake it is too big for the fridge')).toHaveLength(1);
  });
});
