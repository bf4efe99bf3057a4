/**
 * A council by-election against a writer's draft: the returning officer's declaration (a plain-text table of
 * candidates and votes) and a local report of the result. The cases found by checking such a draft by hand; the
 * ward, the candidates and the figures are invented for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument, why } from './sources';
import { withProductWordVectors } from './productVectors';

const DECLARATION = `Ashford Borough Council
Declaration of result of poll
Election of a Borough Councillor for the Stour Ward, held on Thursday 20 November 2026

I, Karen Whitfield, being the Returning Officer at the above election, do hereby give notice that the number of votes recorded for each candidate at the said election is as follows:

Candidate | Description | Votes
ADEBAYO, Grace Olufunke | Green Party | 1,184
BRENNAN, Michael John | Conservative Party Candidate | 906
CHAUDHRY, Imran | Labour Party | 512
DOYLE, Sandra | Liberal Democrats | 233
FINCH, Robert Alan | Reform UK | 871

The number of ballot papers rejected was 14.
Electorate: 9,842. Ballot papers issued: 3,720. Turnout: 37.8%.
`;

const REPORT = `Greens take Stour ward from Conservatives

Grace Adebayo, a 41-year-old primary school teacher, won with 1,184 votes, a majority of 278 over the Conservative candidate Michael Brennan.

Reform UK's Robert Finch came third with 871 votes, only 35 behind the Conservatives. Labour's share of the vote fell from 24% at the 2023 election to 14%.

Turnout was 37.8%, up from 31% at the last by-election in the borough.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('declaration.txt', DECLARATION), makeDocument('report.txt', REPORT)]));

describe('a by-election result, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('each line of a plain-text table is a row of its own: "received 323 votes" / "DOYLE, Sandra | Liberal Democrats | 233"', () => {
    // The rows were one passage, so the Liberal Democrats' row was not about the claim: unsupported.
    const r = verdict('contradicted', 'The Liberal Democrats received 323 votes.');
    assert.deepEqual(r.conflicts.map((c) => c.source), ['233'], why(r));
    assert.match(r.evidence[0].document.text.slice(r.evidence[0].passage.span.start, r.evidence[0].passage.span.end), /^DOYLE, Sandra \| Liberal Democrats \| 233$/);
    verdict('supported', 'The Liberal Democrats received 233 votes.');
  });

  test('"down from" a figure against "up from" it, though the sentence says the previous one in other words', () => {
    verdict('contradicted', "Turnout was down from 31% at the borough's previous by-election.", [['down', 'up']]);
    verdict('supported', "Turnout was up from 31% at the borough's previous by-election.");
  });

  test('an adjective and its opposite before the same noun, in a sentence the claim copies but for it: "secondary school teacher" / "primary school teacher"', () => {
    verdict('contradicted', 'Ms Adebayo, a secondary school teacher, is 41.', [['secondary', 'primary']]);
    verdict('supported', 'Ms Adebayo, a primary school teacher, is 41.');
  });
});
