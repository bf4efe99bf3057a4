/**
 * Who said it, in sources that are not transcript files: a press conference written in Markdown with its speakers'
 * labels in bold, a press release whose quotations follow "Dr Helen Marsh, chief economist at the FSE, said:" as
 * block quotes of their own, quotations under a heading "Statement from …", and a lead-in with an apposition
 * without an article ("Professor Mark Ellery, head of the Department of Archaeology, said: “…”"). A claim or a
 * quote that gives the words to someone else is misattributed; one that gives them to the speaker is not.
 * The sources are written for these tests (from helpers' drafts); the people and bodies are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const CONFERENCE = `# Transcript: Civil Protection Agency press conference

**Date:** Thursday, 18 April 2024, 11:00 local time
**Location:** Regional Crisis Centre, Morava
**Speakers:** Marko Lindqvist, Director of the Civil Protection Agency; Dr. Ana Petrović, Deputy Minister of Health; Colonel Tomas Berger, commander of the national rescue operation

---

**MARKO LINDQVIST:** Good morning. The earthquake that struck the Kestrel Valley early yesterday has claimed 37 lives. We have 412 people injured, of whom 58 are in serious condition.

**DR. ANA PETROVIĆ:** The regional hospital in Morava has received 240 of the injured. We have set up two field hospitals, one of them supplied by the Red Cross.

**COLONEL TOMAS BERGER:** More than 900 rescuers are working in the affected area. The Italian team arrived yesterday evening with 60 members and search dogs.

**QUESTION (Regional Radio):** Is the search for the missing still a rescue operation, or has it become a recovery operation?

**COLONEL TOMAS BERGER:** It is still a rescue operation. We have not given up hope. Experience shows people can survive for several days under rubble.

**MARKO LINDQVIST:** The government has declared three days of national mourning, starting on Friday. Thank you.
`;

const RESPONSE = `# Employers warn minimum wage rise will cost £4.6bn

**Federation of Small Employers (FSE) — 27 November 2024**

The Federation of Small Employers today warned that the government's decision to raise the National Living Wage to £12.21 an hour will add £4.6 billion to employers' wage bills next year.

## Economist's view

Dr Helen Marsh, chief economist at the FSE, said:

> "Nobody begrudges low-paid workers a pay rise, but this increase is more than twice the rate of inflation. Small firms do not have deep pockets. Many will have no choice but to cut hours, delay hiring or pass the cost on to customers."

FSE national chair Gareth Pryce said: "Our members want to pay their staff well. Without support, this will mean fewer jobs, not better-paid ones."
`;

const ANNOUNCEMENT = `# National Living Wage to rise to £12.21 an hour from April

The National Living Wage will increase by 6.7% to £12.21 an hour from 1 April 2025, the government announced today.

Business and Trade Secretary Jonathan Reynolds said:

> "Today we are giving a well-deserved pay rise to more than three million workers. Making work pay is at the heart of our plan for change."
`;

const STATEMENT = `# Statement from Marta Kovalenko-Reyes and her legal representative

## Statement from Marta Kovalenko-Reyes

"Today is the hardest day of my career. I have never knowingly taken a banned substance, and I never will.

"I am sorry to the organisers of the Northern Grand Prix and to the other athletes in that race."

## Comments from Daniel Okafor, Okafor & Partners

"We are deeply disappointed by the Tribunal's decision and we believe it is wrong in law. The Tribunal accepted that the supplement Marta used contained ostarine."
`;

const RELEASE = `# Hoard of bronze vessels and coins uncovered at Kestrel Ford

Archaeologists from the University of Marlow have uncovered a hoard of 412 objects at Kestrel Ford, a river crossing near the village of Ashcombe in Wiltshire.

Professor Mark Ellery, head of the Department of Archaeology, said: "This is an exceptional discovery, and it shows what can be achieved when detectorists, local trusts and universities work together."

Adrian Hollis, director of the Salisbury Museum, said: "We are thrilled to be able to show these remarkable objects so close to where they were found."
`;

const misattributed = (report: Awaited<ReturnType<typeof checkAgainst>>) => report.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message);

describe('who said it, in releases and Markdown transcripts, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a Markdown press conference: the bold labels are its speakers\' turns', async () => {
    const report = await checkAgainst(
      { 'press-conference.md': CONFERENCE },
      '"We have not given up hope," Marko Lindqvist said.\n\nLindqvist said the teams had not given up hope.\n\nColonel Tomas Berger said the teams had not given up hope.\n',
    );
    const messages = misattributed(report);
    assert.equal(messages.length, 2, JSON.stringify(report.findings));
    assert.match(messages[0], /^These words were said by Colonel Tomas Berger, not Marko Lindqvist \(sources\/press-conference\.md:\d+\)/);
    assert.match(messages[1], /^In the source, this was said by Colonel Tomas Berger, not Lindqvist/);
    assert.equal(report.claims[2].verdict, 'supported');
  });

  test('a block quote after "…, said:" is that person\'s, in a quote and in a claim', async () => {
    const report = await checkAgainst(
      { 'response.md': RESPONSE, 'announcement.md': ANNOUNCEMENT },
      'Jonathan Reynolds said small firms do not have deep pockets and many will have no choice but to cut hours.\n\n"Small firms do not have deep pockets," said Jonathan Reynolds.\n\nHelen Marsh said small firms do not have deep pockets and many will have no choice but to cut hours.\n\nJonathan Reynolds said making work pay is at the heart of the government\'s plan for change.\n',
    );
    const messages = misattributed(report);
    assert.equal(messages.length, 2, JSON.stringify(report.findings));
    assert.match(messages[0], /^In the source, this was said by Dr Helen Marsh, not Jonathan Reynolds \(sources\/response\.md:\d+\)/);
    assert.match(messages[1], /^These words were said by Dr Helen Marsh, not Jonathan Reynolds/);
    assert.equal(report.claims[2].verdict, 'supported');
    assert.equal(report.claims[3].verdict, 'supported');
  });

  test('quotations under "Statement from …" and "Comments from …" are the people the headings name', async () => {
    const report = await checkAgainst({ 'statement.md': STATEMENT }, 'Kovalenko-Reyes said the decision was wrong in law.\n\nDaniel Okafor said the decision was wrong in law.\n');
    const messages = misattributed(report);
    assert.equal(messages.length, 1, JSON.stringify(report.findings));
    assert.match(messages[0], /^In the source, this was said by Daniel Okafor, not Kovalenko-Reyes/);
  });

  test('a lead-in with an apposition without an article gives the quotation to its name, not to another quoted name', async () => {
    const report = await checkAgainst(
      { 'release.md': RELEASE },
      'Adrian Hollis said the discovery shows what can be achieved when detectorists, local trusts and universities work together.\n\nProfessor Mark Ellery said the discovery shows what can be achieved when detectorists, local trusts and universities work together.\n',
    );
    const messages = misattributed(report);
    assert.equal(messages.length, 1, JSON.stringify(report.findings));
    assert.match(messages[0], /^In the source, this was said by Professor Mark Ellery, not Adrian Hollis/);
  });

  test('the sentence that opens a quotation after a long lead-in is the quotation\'s speaker\'s', async () => {
    const review = [
      '# Annual Review',
      '',
      'The year\'s most visited exhibition was Viking Seas: Raiders and Traders, seen by 187,600 visitors.',
      '',
      'Dr Fiona MacRae, Director of the National Museum of Caledonia, said: "Viking Seas exceeded every expectation we had for it. Nearly 188,000 people came through its doors."',
      '',
      'Alasdair Kerr, Chair of the Board of Trustees, said: "Grant-in-aid that stands still in cash terms is a real-terms cut."',
    ].join('\n');
    const report = await checkAgainst({ 'review.md': review }, 'Alasdair Kerr said Viking Seas had exceeded every expectation the museum had for it.\n\nDr Fiona MacRae said Viking Seas had exceeded every expectation the museum had for it.\n');
    const messages = misattributed(report);
    assert.equal(messages.length, 1, JSON.stringify(report.findings));
    assert.match(messages[0], /^In the source, this was said by Dr Fiona MacRae, not Alasdair Kerr/);
  });
});
