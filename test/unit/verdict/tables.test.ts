/**
 * A results announcement as a business desk gets it: an HTML page whose key figures are a table (rows read as
 * "cell | cell"), figures in millions where the writer says billions. Found by checking a draft against such a
 * page by hand; the company and its figures are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { directionWords } from '../../../server/src/core/verdict/direction';
import { SourceWorkspace } from '../../../server/src/core/workspace';
import { Document as DocxDocument, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { withProductWordVectors } from './productVectors';

const RESULTS = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Northwind Rail plc: full-year results 2026</title>
<meta name="date" content="2027-02-24"></head>
<body>
<main>
<h1>Full-year results for the year to 31 December 2026</h1>
<p><strong>24 February 2027</strong> – Northwind Rail plc today announces its results for the year ended 31 December 2026.</p>
<table>
<thead><tr><th></th><th>2026</th><th>2025</th><th>Change</th></tr></thead>
<tbody>
<tr><td>Revenue</td><td>£4,210m</td><td>£3,870m</td><td>+8.8%</td></tr>
<tr><td>Operating profit</td><td>£312m</td><td>£341m</td><td>-8.5%</td></tr>
<tr><td>Passenger journeys</td><td>198 million</td><td>185 million</td><td>+7.0%</td></tr>
<tr><td>Dividend per share</td><td>6.2p</td><td>6.0p</td><td>+3.3%</td></tr>
</tbody>
</table>
<p>Operating profit fell because of higher energy and staff costs, which rose by £95m and £60m respectively.</p>
<p>The board will propose a final dividend of 4.1p per share, payable on 20 May 2027.</p>
</main>
</body></html>
`;

/** A league table (its first cell is the position) and the match report beside it. */
const LEAGUE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Northern League table, 12 March 2027</title></head><body>
<h1>Northern League table after matches of 12 March 2027</h1>
<table>
<tr><th>Pos</th><th>Team</th><th>Played</th><th>Won</th><th>Drawn</th><th>Lost</th><th>Points</th></tr>
<tr><td>1</td><td>Leeds Rovers</td><td>30</td><td>20</td><td>5</td><td>5</td><td>65</td></tr>
<tr><td>2</td><td>Hull Athletic</td><td>30</td><td>17</td><td>8</td><td>5</td><td>59</td></tr>
<tr><td>3</td><td>York City</td><td>29</td><td>16</td><td>6</td><td>7</td><td>54</td></tr>
<tr><td>4</td><td>Wakefield Town</td><td>30</td><td>15</td><td>8</td><td>7</td><td>53</td></tr>
</table>
</body></html>
`;
/** The league table without its header row: its figures name no column. */
const LEAGUE_WITHOUT_HEADER = LEAGUE.replace(/<tr><th>.*<\/tr>\n/, '');

const REPORT = `Leeds Rovers extend lead at the top

Leeds Rovers beat Wakefield Town 3-1 on Saturday to move six points clear of Hull Athletic at the top of the Northern League.

Striker Dele Ashworth scored twice, taking his tally for the season to 21 goals.

Hull were held 1-1 at home by York City, who remain third with a game in hand.

Leeds manager Sean Parry said: "We have eight games left and we will take them one at a time."
`;

/** A workspace of the given sources (file name under sources/ to content), built. */
async function workspaceOf(sources: Record<string, string | Uint8Array>): Promise<SourceWorkspace> {
  const files = Object.fromEntries(Object.entries(sources).map(([name, content]) => [`/ws/sources/${name}`, content]));
  const workspace = new SourceWorkspace(new MemoryFileSystem(files), '/ws', DEFAULT_CONFIG);
  await workspace.build();
  return workspace;
}

/** A Markdown draft checked against the given sources, and their workspace. */
async function checkAgainst(sources: Record<string, string | Uint8Array>, draft: string) {
  const workspace = await workspaceOf(sources);
  return { report: await checkDraft(draft, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' }), workspace };
}

/** A draft checked against the results page. */
async function check(draft: string) {
  return (await checkAgainst({ 'results.html': RESULTS }, draft)).report;
}

describe('a results page, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('figures of a results table: a changed one is contradicted, one another row states is never "stated by no source"', async () => {
    const report = await check(
      [
        "Northwind Rail's operating profit fell 8.5% to £312m last year, even as revenue rose to £4.21bn from £3.87bn.",
        '',
        'The dividend per share rose to 6.4p.',
        '',
        'A final dividend of 4.1p will be paid on 20 June.',
        '',
      ].join('\n'),
    );
    const [both, dividend, final] = report.claims;
    // The claim joins two rows; whatever its verdict, its message must not say that no source states a figure
    // another row gives ("£4.21bn" is "£4,210m").
    const message = report.findings.find((f) => f.claim === 0)?.message ?? '';
    assert.ok(!/£4\.21bn|£3\.87bn/.test(message), message);
    assert.ok(both.verdict !== 'contradicted', JSON.stringify(both.conflicts));
    assert.equal(dividend.verdict, 'contradicted');
    assert.deepEqual(dividend.conflicts.map((c) => [c.claim, c.source]), [['6.4p', '2026: 6.2p']]);
    assert.equal(final.verdict, 'contradicted');
    assert.deepEqual(final.conflicts.map((c) => c.source), ['20 May 2027']);
  });

  test('a figure of one row given to another row\'s label: "Revenue fell 8.5% to £312m" when those are the operating profit\'s', async () => {
    const report = await check('Revenue fell 8.5% to £312m.\n\nOperating profit fell 8.5% to £312m.\n');
    assert.deepEqual(
      report.claims.map((c) => [c.verdict, c.conflicts.map((x) => [x.claim, x.source])]),
      [
        ['contradicted', [['8.5% for Revenue', '8.5% for Operating profit']]],
        ['supported', []],
      ],
    );
  });

  test('a figure given the year of another column: "revenue was £3.87bn in 2026" against "2026: £4,210m"; "rose" said by the row\'s signed change', async () => {
    const report = await check(
      [
        "Northwind Rail's revenue rose to £4.21bn in 2026 from £3.87bn.",
        "Northwind Rail's revenue was £3.87bn in 2026.",
        "Northwind Rail's operating profit was £341m in 2026.",
        "Northwind Rail's operating profit was £341m in 2025.",
        'Northwind Rail carried 198 million passengers in 2025.',
      ].join('\n\n'),
    );
    assert.deepEqual(
      report.claims.map((c) => [c.verdict, c.conflicts.map((x) => [x.claim, x.source])]),
      [
        ['supported', []],
        ['contradicted', [['£3.87bn', '2026: £4,210m']]],
        ['contradicted', [['£341m', '2026: £312m']]],
        ['supported', []],
        ['contradicted', [['198 million', '2025: 185 million']]],
      ],
    );
  });

  test('a signed change in a table is a direction: "fell by 7%" against "+7.0%", "rose 8.5%" against "-8.5%"', async () => {
    const report = await check('Passenger journeys fell by 7% to 198 million.\n\nOperating profit rose 8.5% to £312m.\n\nPassenger journeys increased by 7% to 198 million.\n');
    assert.deepEqual(
      report.claims.map((c) => [c.verdict, c.conflicts.map((x) => [x.claim, x.source, x.kind])]),
      [
        ['contradicted', [['fell', '+7.0%', 'direction']]],
        ['contradicted', [['rose', '-8.5%', 'direction']]],
        ['supported', []],
      ],
    );
  });
});

describe('a league table and its match report, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a row\'s figure given to the team another row names: "Leeds have won 17 games" when 17 is Hull\'s; the report\'s figures stay the report\'s (a table without a header row, as a PDF gives one)', async () => {
    const { report, workspace } = await checkAgainst({ 'table.html': LEAGUE_WITHOUT_HEADER, 'report.txt': REPORT }, 'Leeds have won 17 games.\n\nLeeds have won 20 of their 30 games and lost five.\n\nLeeds Rovers are six points clear at the top of the Northern League after a 3-1 win over Wakefield Town on Saturday.\n');
    assert.deepEqual(
      report.claims.map((c) => [c.verdict, c.conflicts.map((x) => [x.claim, x.source])]),
      [
        ['contradicted', [['17 games for Leeds Rovers', '17 games for Hull Athletic']]],
        // Without the header row no source says "won" or "lost".
        ['unsupported', []],
        ['supported', []],
      ],
    );
    // The source span is the holder's label in its row, after the position.
    const swapped = report.claims[0];
    const row = swapped.evidence[0].document.text.slice(swapped.evidence[0].passage.span.start, swapped.evidence[0].passage.span.end);
    const at = swapped.conflicts[0].sourceSpan!;
    assert.equal(row.slice(at.start, at.end), 'Hull Athletic');
    // A margin is compared with margins, a level with levels: "63 points" is not "six points clear", "eight points
    // clear" is.
    // A row of many figures gives no rival by guesswork: "56 points" is not "30" (games played) of Hull's row.
    const margins = await checkDraft('Leeds have 63 points from 30 games.\n\nLeeds are eight points clear at the top.\n\nHull Athletic are second on 56 points.\n', workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' });
    assert.deepEqual(margins.claims[0].conflicts.map((x) => [x.claim, x.source]), []);
    assert.deepEqual(margins.claims[1].conflicts.map((x) => [x.claim, x.source]), [['eight', 'six']]);
    assert.deepEqual(margins.claims[2].conflicts.map((x) => [x.claim, x.source]), []);
  });

  test('under a header row, a figure is its column\'s: "lost eight games" against "Lost: 5", "56 points" against "Points: 59"; a figure of another column the claim gives is no rival', async () => {
    const { report } = await checkAgainst({ 'table.html': LEAGUE, 'report.txt': REPORT }, [
        'Leeds have won 17 games.',
        'Leeds have won 20 of their 30 games and lost five.',
        'Hull Athletic have lost eight games this season.',
        'Hull Athletic are second on 56 points.',
        'Leeds have 63 points from 30 games.',
        'Wakefield Town have drawn eight games and lost seven.',
        'York City have 54 points from 29 games.',
        'Leeds are eight points clear at the top.',
        // A "Pos" column gives places.
        'York City are third in the Northern League.',
        'York City are second in the Northern League.',
      ].join('\n\n'));
    assert.deepEqual(
      report.claims.map((c) => [c.verdict, c.conflicts.map((x) => [x.claim, x.source])]),
      [
        ['contradicted', [['17 games', 'Won: 20']]],
        ['supported', []],
        ['contradicted', [['eight games', 'Lost: 5']]],
        ['contradicted', [['56', 'Points: 59']]],
        ['contradicted', [['63', 'Points: 65']]],
        ['supported', []],
        ['supported', []],
        // A margin is the report's, not a column's.
        ['contradicted', [['eight', 'six']]],
        ['supported', []],
        ['contradicted', [['second', 'Pos: 3']]],
      ],
    );
    // The source span is the cell, label and figure, in Hull's row; its location is the row's line of the file.
    const lost = report.claims[2];
    const evidence = lost.evidence[0];
    const row = evidence.document.text.slice(evidence.passage.span.start, evidence.passage.span.end);
    const at = lost.conflicts[0].sourceSpan!;
    assert.equal(row.slice(at.start, at.end), 'Lost: 5');
    assert.ok(row.includes('Hull Athletic'), row);
    assert.equal(evidence.document.filePosition!(evidence.document.toFileOffset!(evidence.passage.span.start)).line, 5);
  });
});

test('signed percentages are directions; a plus-minus, a range or a sign inside a word is not', () => {
  const of = (text: string) => [...new Set(directionWords(text).map((d) => d.text))];
  assert.deepEqual(of('Revenue | £4,210m | £3,870m | +8.8%'), ['+8.8%']);
  assert.deepEqual(of('Operating profit (-8.5%) was £312m.'), ['-8.5%']);
  assert.deepEqual(of('The error was +/- 3% and the dose 5-8%.'), []);
  assert.deepEqual(of('A CD4-12% subset.'), []);
});

/** A council's budget by service, its figures in the unit the header gives ("(£m)", "(%)"), years as seasons. */
const BUDGET = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kelmouth Council budget 2026/27</title></head><body>
<h1>Revenue budget 2026/27: summary by service</h1>
<p>Kelmouth Borough Council approved its budget for 2026/27 at a meeting of the full council on 18 February 2026.</p>
<table>
<thead><tr><th>Service</th><th>2025/26 budget (£m)</th><th>2026/27 budget (£m)</th><th>Change (%)</th></tr></thead>
<tbody>
<tr><td>Adult social care</td><td>44.1</td><td>48.2</td><td>9.3</td></tr>
<tr><td>Children's services</td><td>31.7</td><td>33.0</td><td>4.1</td></tr>
<tr><td>Libraries</td><td>3.9</td><td>3.2</td><td>-17.9</td></tr>
</tbody></table>
</body></html>
`;

/** A returning officer's declaration in Markdown, shares in a "(%)" column. */
const DECLARATION_MD = `# Declaration of result: Kelmouth North ward by-election

| Candidate | Party | Votes | Share (%) |
|---|---|---:|---:|
| Priya Raman | Labour | 1,486 | 41.2 |
| Tom Hargreaves | Conservative | 1,104 | 30.6 |
| David Cole | Liberal Democrat | 312 | 8.7 |
`;

describe('figures in the unit of their column\'s header, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"(£m)" and "(%)" columns state "£48.2m" and "41.2%"; a season is a column\'s year; a margin is no column\'s level', async () => {
    const { report } = await checkAgainst({ 'budget.html': BUDGET, 'declaration.md': DECLARATION_MD }, [
        'Kelmouth council will spend £48.2m on adult social care in 2026/27, up from £44.1m.',
        "Spending on children's services will rise to £31.7m in 2026/27.",
        'The library budget has been cut by 17.9% to £3.2m.',
        "Labour's Priya Raman won the Kelmouth North by-election with 41.2% of the vote.",
        'David Cole polled 702 votes for the Liberal Democrats.',
        'Priya Raman beat Tom Hargreaves by 382 votes.',
      ].join('\n\n'));
    assert.deepEqual(
      report.claims.map((c) => [c.verdict, c.conflicts.map((x) => [x.claim, x.source])]),
      [
        ['supported', []],
        ['contradicted', [['£31.7m', '2026/27 budget (£m): 33.0']]],
        ['supported', []],
        ['supported', []],
        ['contradicted', [['702 votes', 'Votes: 312']]],
        ['unsupported', []],
      ],
    );
  });

  test('a difference is stated by the two figures it is between, in one row or two rows of a table: "by 382 votes", "fell by £0.7m"', async () => {
    const { report } = await checkAgainst({ 'budget.html': BUDGET, 'declaration.md': DECLARATION_MD }, ['Priya Raman beat Tom Hargreaves by 382 votes.', 'Priya Raman beat Tom Hargreaves by 392 votes.', 'The library budget fell by £0.7m.', 'The library budget fell by £0.9m.'].join('\n\n'));
    // Whatever the verdict ("beat" is in no source), the figure is never named as stated by no source when it is the
    // difference of two the sources give.
    assert.deepEqual(
      report.claims.map((c) => (c.missing ?? []).filter((w) => /\d/.test(w))),
      [[], ['392 votes'], [], ['£0.9m']],
    );
  });

  test('a table whose columns are the sides compared: the row\'s label gives the unit, a named side\'s column gives the rivals, two rows give two figures', async () => {
    const { report } = await checkAgainst({ 'match.html': MATCH, 'labour.md': LABOUR_MARKET }, [
        'Kelmouth had 58% of possession and 14 shots.',
        'Harbridge had nine shots, three of them on target.',
        'Harbridge were shown five yellow cards.',
        'Kelmouth had 18 shots on target.',
        'The unemployment rate in Yorkshire and The Humber rose to 5.2%.',
        'The claimant count in London was 219,000.',
        // A "(pp)" column gives percentage points; two columns of a row are not two states of one thing.
        'Unemployment in London rose by 0.4 percentage points to 5.8%.',
      ].join('\n\n'));
    assert.deepEqual(
      report.claims.map((c) => [c.verdict, c.conflicts.map((x) => [x.claim, x.source])]),
      [
        ['supported', []],
        ['supported', []],
        ['contradicted', [['five', 'Harbridge: 4']]],
        ['contradicted', [['18', 'Kelmouth: 6']]],
        ['contradicted', [['rose', 'Change on quarter (pp): -0.1']]],
        ['contradicted', [['219,000', 'Claimant count (000s): 291']]],
        ['supported', []],
      ],
    );
    // What a quick fix puts in: the cell's figure as the claim writes it, or nothing when no value fits ("rose"
    // against a signed change; "219,000" against "(000s): 291").
    assert.deepEqual(
      report.claims.slice(2).map((c) => c.conflicts.map((x) => x.replacement)),
      [['4'], ['6'], [null], [null], []],
    );
  });
});

/** A match report with its statistics: the columns are the two teams, a row's label gives its unit. */
const MATCH = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kelmouth Town 2-1 Harbridge United: match report</title></head><body>
<h1>Kelmouth Town 2-1 Harbridge United</h1>
<p>Kelmouth Town came from behind to beat Harbridge United 2-1 at Quay Park on Saturday, moving up to fourth in League Two.</p>
<h2>Match statistics</h2>
<table>
<tr><th></th><th>Kelmouth</th><th>Harbridge</th></tr>
<tr><td>Possession (%)</td><td>58</td><td>42</td></tr>
<tr><td>Shots</td><td>14</td><td>9</td></tr>
<tr><td>Shots on target</td><td>6</td><td>3</td></tr>
<tr><td>Yellow cards</td><td>1</td><td>4</td></tr>
</table>
</body></html>
`;

/** A statistics release's regional table in Markdown: rates in "(%)", changes in "(pp)", counts in "(000s)". */
const LABOUR_MARKET = `# Labour market overview: regions, July to September 2026

The unemployment rate for people aged 16 and over in England was 4.6% in July to September 2026.

| Region | Unemployment rate (%) | Change on quarter (pp) | Claimant count (000s) |
|---|---:|---:|---:|
| North East | 6.4 | +0.5 | 71 |
| Yorkshire and The Humber | 5.2 | -0.1 | 140 |
| London | 5.8 | +0.4 | 291 |
`;

describe('a Word report whose table mammoth gives as header rows throughout, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('body rows marked as headers still carry labels; "gain 210 places" is a difference of two columns, no rival of either', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
    const rows = [
      ['School', 'Pupils', 'Places 2027', 'Cost (£m)'],
      ['Northgate Primary', '412', '630', '8.4'],
      ["St Anne's Primary", '287', '420', '5.1'],
      ['Harbour Academy', '1,140', '1,350', '12.6'],
    ];
    const docx = new DocxDocument({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('The cabinet approved the expansion of three schools at a total cost of £26.1m.')] }),
            new Table({ rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map(cell) })) }),
          ],
        },
      ],
    });
    const workspace = await workspaceOf({ 'cabinet.docx': new Uint8Array(await Packer.toBuffer(docx)) });
    const text = workspace.index.documentsByKey('cabinet')[0].text;
    assert.ok(text.includes("St Anne's Primary | Pupils: 287 | Places 2027: 420 | Cost (£m): 5.1"), text);
    const report = await checkDraft([
        'Northgate Primary, which has 412 pupils, will grow to 630 places at a cost of £8.4m.',
        "St Anne's Primary will have 450 places after the expansion.",
        'Harbour Academy will gain 210 places.',
        'Work at Northgate Primary will cost £5.1m.',
      ].join('\n\n'), workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' });
    assert.deepEqual(
      report.claims.map((c) => [c.verdict === 'contradicted', c.conflicts.map((x) => [x.claim, x.source]), (c.missing ?? []).filter((w) => /\d/.test(w))]),
      [
        [false, [], []],
        [true, [['450', 'Places 2027: 420']], []],
        [false, [], []],
        [true, [['£5.1m', 'Cost (£m): 8.4']], []],
      ],
    );
  });
});

describe('a header of two rows, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('the year and the claim\'s words name the column: "a profit of £36m in 2026" against "Profit (£m) 2026: 41"', async () => {
    const html =
      '<html><head><title>Harbour Group results</title></head><body><p>Harbour Group plc announces its results for 2026.</p><table><thead><tr><th></th><th colspan=2>Revenue (£m)</th><th colspan=2>Profit (£m)</th></tr>' +
      '<tr><th></th><th>2026</th><th>2025</th><th>2026</th><th>2025</th></tr></thead><tr><td>Ferries</td><td>412</td><td>388</td><td>41</td><td>36</td></tr><tr><td>Ports</td><td>205</td><td>214</td><td>30</td><td>33</td></tr></table></body></html>';
    const { report } = await checkAgainst({ 'results.html': html }, "Harbour Group's ferries division made a profit of £36m in 2026.\n\nPorts revenue was £214m in 2026.\n");
    assert.deepEqual(
      report.claims.map((c) => c.conflicts.map((x) => [x.claim, x.source, x.replacement])),
      [[['£36m', 'Profit (£m) 2026: 41', '£41m']], [['£214m', 'Revenue (£m) 2026: 205', '£205m']]],
    );
  });

  test('the unit in the header\'s corner: "£m | 2026 | 2025" makes "4,210" £4,210m', async () => {
    const markdown = '# Harbour Group results for 2026\n\n| £m | 2026 | 2025 |\n|---|---:|---:|\n| Revenue | 4,210 | 3,870 |\n| Operating profit | 312 | 341 |\n';
    const { report } = await checkAgainst({ 'results.md': markdown }, "Harbour Group's revenue was £4.21bn in 2026.\n\nHarbour Group's revenue was £3.87bn in 2026.\n");
    assert.deepEqual(
      report.claims.map((c) => [c.verdict, c.conflicts.map((x) => [x.claim, x.source])]),
      [
        ['supported', []],
        ['contradicted', [['£3.87bn', '2026 (£m): 4,210']]],
      ],
    );
  });
});
