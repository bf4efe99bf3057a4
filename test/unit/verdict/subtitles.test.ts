/**
 * An interview exported as subtitles (SubRip), checked as a draft would be: a figure that answers the interviewer's
 * question, given by the draft to someone else. The interview is written for these tests; the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const INTERVIEW = [
  '1', '00:00:01,000 --> 00:00:04,500', 'INTERVIEWER: How many staff will the new factory employ?', '',
  '2', '00:00:05,000 --> 00:00:11,000', 'MARTA OKONJO: About 450 when it is fully open, which we expect in 2028. We will start with 120.', '',
  '3', '00:00:12,000 --> 00:00:15,000', 'INTERVIEWER: And the investment?', '',
  '4', '00:00:15,500 --> 00:00:21,000', "MARTA OKONJO: £85 million in total. Around a third of that comes from the government's regional fund.", '',
  '5', '00:00:22,000 --> 00:00:27,000', "DAVID REES: From the council's side, we approved the planning application in June, and we are delighted.", '',
].join('\n');

const check = (draft: string) => checkAgainst({ 'interview.srt': INTERVIEW }, draft);

describe('an interview in subtitles, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a figure that answers the interviewer, given to another speaker: "David Rees said the factory will employ about 450 people"', async () => {
    const report = await check('# Factory\n\nDavid Rees said the factory will employ about 450 people.\n\nThe new factory will employ about 450 people when fully open, Marta Okonjo said.\n');
    const flagged = report.findings.filter((f) => f.code === 'misattributed-quote');
    assert.equal(flagged.length, 1, JSON.stringify(report.findings.map((f) => f.message)));
    assert.match(flagged[0].message, /Marta Okonjo, not David Rees/);
    assert.equal(report.claims[1].verdict, 'supported');
  });

  test('the investment is Okonjo\'s answer, not the interviewer\'s question', async () => {
    const report = await check('# Factory\n\nThe investment totals £85m, Marta Okonjo said.\n');
    assert.equal(report.claims[0].verdict, 'supported', JSON.stringify(report.findings.map((f) => f.message)));
    assert.deepEqual(report.findings.filter((f) => f.code === 'misattributed-quote'), []);
  });
});
