/**
 * A by-election report against the returning officer's declaration (a results table) and an agency story, the
 * cases found by checking such a draft by hand. Every name and figure is invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { SourceWorkspace } from '../../../server/src/core/workspace';
import { withProductWordVectors } from './productVectors';

const DECLARATION = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Eastfield by-election: declaration of result</title></head>
<body>
<h1>Eastfield by-election, 15 April 2027: declaration of result</h1>
<table>
<tr><th>Candidate</th><th>Party</th><th>Votes</th><th>Share</th></tr>
<tr><td>Priya Raman</td><td>Labour</td><td>14,862</td><td>41.2%</td></tr>
<tr><td>Tom Hargreaves</td><td>Conservative</td><td>11,047</td><td>30.6%</td></tr>
</table>
<p>The number of ballot papers rejected was 118. The turnout was 38.9%, from an electorate of 92,815.</p>
</body></html>
`;

const AGENCY = `Labour holds Eastfield with reduced majority

Labour's Priya Raman has won the Eastfield by-election, holding the seat for her party with a majority of 3,815.

The Conservatives' share of the vote rose by 4.1 percentage points, while Labour's fell by 6.8 points. Turnout fell from 61.2% at the general election.
`;

const FULL_DECLARATION = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Eastfield by-election: declaration of result</title><meta name="date" content="2027-04-16"></head>
<body>
<h1>Eastfield by-election, 15 April 2027: declaration of result</h1>
<p>I, Sarah Okoye, being the Acting Returning Officer for the Eastfield constituency, hereby give notice that the number of votes recorded for each candidate at the by-election held on Thursday 15 April 2027 was as follows:</p>
<table>
<tr><th>Candidate</th><th>Party</th><th>Votes</th><th>Share</th></tr>
<tr><td>Priya Raman</td><td>Labour</td><td>14,862</td><td>41.2%</td></tr>
<tr><td>Tom Hargreaves</td><td>Conservative</td><td>11,047</td><td>30.6%</td></tr>
<tr><td>Ellen Marsh</td><td>Liberal Democrat</td><td>5,913</td><td>16.4%</td></tr>
<tr><td>Kwame Asante</td><td>Green</td><td>3,004</td><td>8.3%</td></tr>
<tr><td>David Pryce</td><td>Independent</td><td>1,262</td><td>3.5%</td></tr>
</table>
<p>The number of ballot papers rejected was 118. The turnout was 38.9%, from an electorate of 92,815.</p>
<p>And I do hereby declare that Priya Raman is duly elected as the Member of Parliament for the Eastfield constituency.</p>
</body></html>
`;

const FULL_AGENCY = `Labour holds Eastfield with reduced majority

Labour's Priya Raman has won the Eastfield by-election, holding the seat for her party with a majority of 3,815.

At the last general election, in 2024, Labour's majority in the seat was 9,120. The by-election was called after the death of the sitting MP, Gordon Hale, in February.

The Conservatives' share of the vote rose by 4.1 percentage points, while Labour's fell by 6.8 points. Turnout fell from 61.2% at the general election.

In her victory speech, Ms Raman said: "Eastfield has put its trust in me, and I will not let this town down." She thanked Mr Hale's widow, Ruth, who attended the count.

Mr Hargreaves said the result showed Labour "can no longer take this seat for granted".
`;

async function verdicts(draft: string) {
  const fs = new MemoryFileSystem({ '/ws/sources/declaration.html': DECLARATION, '/ws/sources/agency.txt': AGENCY });
  const workspace = new SourceWorkspace(fs, '/ws', DEFAULT_CONFIG);
  await workspace.build();
  const report = await checkDraft(draft, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' });
  return report.claims.map((c) => [c.verdict, c.conflicts.map((x) => [x.claim, x.source, x.kind])]);
}

describe('a by-election report, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('each figure has its own direction in a sentence of both: "fell by 4.1 points" against "rose by 4.1 percentage points, while … fell by 6.8"', async () => {
    assert.deepEqual(
      await verdicts(
        [
          'The Conservative share of the vote fell by 4.1 points.',
          "Labour's share of the vote rose by 6.8 points.",
          "The Conservative share of the vote went up by 4.1 points and Labour's went down by 6.8 points.",
        ].join('\n\n'),
      ),
      [
        ['contradicted', [['fell', 'rose', 'direction']]],
        ['contradicted', [['rose', 'fell', 'direction']]],
        ['supported', []],
      ],
    );
  });

  test('a source figure is the rival of one claim figure: only the 31.2% is wrong in "38.9%, up from 31.2%" against "fell from 61.2%"', async () => {
    const [[verdict, conflicts]] = await verdicts('Turnout was 38.9%, up from 31.2% at the 2024 general election.\n');
    assert.equal(verdict, 'contradicted');
    assert.deepEqual(conflicts, [['31.2%', '61.2%', 'percent']]);
  });

  test('a table row states the figures of the name it gives: supported from two rows, contradicted by the owner\'s row', async () => {
    assert.deepEqual(
      await verdicts(
        [
          'Ms Raman took 14,862 votes, 41.2% of the total, against 11,047 for Mr Hargreaves.',
          'Ms Raman took 41.2% of the vote, against 33.6% for Mr Hargreaves.',
          // Figures swapped between the rows: each is some row's, but not its owner's.
          'Ms Raman took 11,047 votes, against 14,862 for Mr Hargreaves.',
        ].join('\n\n'),
      ),
      [
        ['supported', []],
        ['contradicted', [['33.6%', '30.6%', 'percent']]],
        ['contradicted', [['14,862', '11,047', 'number']]],
      ],
    );
    // A word of a name that another passage gives whole is never named as missing ("Tom" of "Tom Hargreaves"): with
    // the whole declaration and agency story as the writer had them.
    const fs = new MemoryFileSystem({ '/ws/sources/declaration.html': FULL_DECLARATION, '/ws/sources/agency.txt': FULL_AGENCY });
    const workspace = new SourceWorkspace(fs, '/ws', DEFAULT_CONFIG);
    await workspace.build();
    const report = await checkDraft("Labour's Priya Raman won with 14,862 votes to 11,047 for Tom Hargreaves, a majority of 3,815.\n", workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' });
    assert.ok(report.claims[0].verdict === 'supported' || !(report.claims[0].missing ?? []).includes('Tom'), JSON.stringify(report.claims[0].missing));
    // A row named by a surname with a title ("Mr Hargreaves" for "Tom Hargreaves"): his row's figure is his, not
    // given to another row.
    const [[bySurname, swapped]] = await verdicts("Labour's Priya Raman took 14,862 votes, against 11,047 for Mr Hargreaves.\n");
    assert.notEqual(bySurname, 'contradicted', JSON.stringify(swapped));
    // A figure measured against a name is not that name's: "beat Hargreaves by 3,815" is no rival of his 11,047.
    const [[margin, conflicts]] = await verdicts('Priya Raman beat Tom Hargreaves by 3,815 votes.\n');
    assert.notEqual(margin, 'contradicted', JSON.stringify(conflicts));
  });
});
