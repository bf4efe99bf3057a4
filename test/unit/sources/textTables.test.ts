/**
 * Tables drawn with pipes in plain-text sources ("+------+" borders, a header over two lines, "|---|" rules): each
 * body row is one passage of cells joined by " | ", a figure under a header labelled with it, and every passage maps
 * back to its line of the file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { loadSourceFile } from '../../../server/src/core/sources/load';
import { splitPassages } from '../../../server/src/core/sources/passages';
import { withTextTables } from '../../../server/src/core/text/textTables';

const REPORT = [
  '4.1 Passenger figures are summarised in Table 1.',
  '',
  '    +------+------------+-------------------------+',
  '    | Year | Passenger  | Average passengers per  |',
  '    |      | journeys   | journey                 |',
  '    +------+------------+-------------------------+',
  '    | 2019 |   86,400   |          11.7           |',
  '    | 2024 |   53,600   |           7.3           |',
  '    +------+------------+-------------------------+',
  '    Source: Greywater Buses Ltd.',
  '',
  '4.2 Passenger journeys fell by 38 per cent.',
  '',
].join('\n');

test('a bordered table with a header over two lines: one row a line, its figures labelled, the rest as it was', () => {
  const r = withTextTables(REPORT)!;
  assert.equal(
    r.text,
    [
      '4.1 Passenger figures are summarised in Table 1.',
      '',
      'Year | Passenger journeys | Average passengers per journey',
      'Year: 2019 | Passenger journeys: 86,400 | Average passengers per journey: 11.7',
      'Year: 2024 | Passenger journeys: 53,600 | Average passengers per journey: 7.3',
      // (A blank line between the table and its note: the note is no part of the last row.)
      '',
      '    Source: Greywater Buses Ltd.',
      '',
      '4.2 Passenger journeys fell by 38 per cent.',
      '',
    ].join('\n'),
  );
  // Each figure maps to its place in the file.
  const at = r.text.indexOf('53,600');
  assert.equal(REPORT.slice(r.map.toSource(at), r.map.toSource(at) + 6), '53,600');
  const after = r.text.indexOf('4.2 Passenger');
  assert.equal(r.map.toSource(after), REPORT.indexOf('4.2 Passenger'));
});

test('a table typed as Markdown in a .txt file, with CRLF line ends; text with pipes that is no table is left alone', () => {
  const crlf = ['Council tax by band', '| Band | 2024/25 | 2025/26 |', '|------|---------|---------|', '| A | £1,105.56 | £1,160.73 |', '| B | £1,289.82 | £1,354.18 |', 'Ends.'].join('\r\n');
  const r = withTextTables(crlf)!;
  assert.deepEqual(r.text.split('\n').slice(2, 5), ['Band | 2024/25 | 2025/26', 'A | 2024/25: £1,105.56 | 2025/26: £1,160.73', 'B | 2024/25: £1,289.82 | 2025/26: £1,354.18']);
  assert.ok(r.text.endsWith('Ends.'));
  // One row is no table; nor are rows of unequal widths; nor a line with a pipe in its prose.
  assert.equal(withTextTables('| a | b |\nNot a table | at all.\n'), undefined);
  assert.equal(withTextTables('| a | b |\n| c | d | e |\n'), undefined);
  assert.equal(withTextTables('Cash | Shares\nNo table here.'), undefined);
});

test('a .txt source with a pipe table: the rows are passages at their own lines of the file', async () => {
  const fs = new MemoryFileSystem({ '/ws/sources/report.txt': REPORT });
  const { documents } = await loadSourceFile(fs, '/ws/sources/report.txt', '/ws', DEFAULT_CONFIG);
  const passages = splitPassages(documents[0]);
  const row = passages.find((p) => documents[0].text.slice(p.span.start, p.span.end).includes('53,600'))!;
  assert.equal(documents[0].text.slice(row.span.start, row.span.end).trim(), 'Year: 2024 | Passenger journeys: 53,600 | Average passengers per journey: 7.3');
  assert.equal(row.range.start.line, 7);
  const next = passages.find((p) => documents[0].text.slice(p.span.start, p.span.end).includes('Source: Greywater'))!;
  assert.equal(next.range.start.line, 9);
});

test('a table without outer pipes, under a rule, its cells wrapped over several lines: one row each', () => {
  const notice = [
    '4. ALLEGATIONS AND FINDINGS',
    'No. | Standard of Professional  | Summary of allegation        | Finding',
    '    | Behaviour breached        |                              |',
    '----+---------------------------+------------------------------+-----------',
    ' 3  | Orders and Instructions   | Deactivated body-worn video  | Proven',
    '    |                           | during a use of force        |',
    ' 4  | Discreditable Conduct     | Told a bystander to "get     | Not proven',
    '    |                           | lost or you\'re next"         |',
    '',
  ].join('\n');
  const r = withTextTables(notice)!;
  assert.deepEqual(r.text.split('\n').slice(1, 6), [
    '',
    'No. | Standard of Professional Behaviour breached | Summary of allegation | Finding',
    'No.: 3 | Orders and Instructions | Deactivated body-worn video during a use of force | Proven',
    // A quotation wrapped in its cell reads whole, and the next column is no part of it.
    'No.: 4 | Discreditable Conduct | Told a bystander to "get lost or you\'re next" | Not proven',
    '',
  ]);
  const at = r.text.indexOf('lost or');
  assert.equal(notice.slice(r.map.toSource(at), r.map.toSource(at) + 7), 'lost or');
  // Without a rule, lines with pipes between their words only are no table ("Home | News | Sport").
  assert.equal(withTextTables('Home | News | Sport\nWeather | Travel | Radio\n'), undefined);
});

const AUDIT = [
  'TABLE 1: Approved budget and forecast cost at completion, by category',
  '',
  'Category                         Approved   Forecast at   Change    Change',
  '                                 budget     completion',
  '                                 2019 (£m)  (£m)          (£m)      (%)',
  '-----------------------------------------------------------------------',
  'Civil engineering works            168.0       224.6      +56.6    +33.7',
  'Trams (8 vehicles)                  38.4        44.1       +5.7    +14.8',
  '-----------------------------------------------------------------------',
  'TOTAL                              412.0       587.0     +175.0    +42.5',
  '',
  'Source: Castlebridge Transit Ltd cost report.',
  '',
].join('\n');

test('a table whose columns are set apart by spaces, its header over three lines above a rule: each word under its column', async () => {
  const r = withTextTables(AUDIT)!;
  const lines = r.text.split('\n');
  assert.ok(lines.includes('Category | Approved budget 2019 (£m) | Forecast at completion (£m) | Change (£m) | Change (%)'), r.text);
  assert.ok(lines.includes('Trams (8 vehicles) | Approved budget 2019 (£m): 38.4 | Forecast at completion (£m): 44.1 | Change (£m): +5.7 | Change (%): +14.8'), r.text);
  // The total under the second rule is a row too; the note below stays prose.
  assert.ok(lines.includes('TOTAL | Approved budget 2019 (£m): 412.0 | Forecast at completion (£m): 587.0 | Change (£m): +175.0 | Change (%): +42.5'), r.text);
  assert.ok(lines.includes('Source: Castlebridge Transit Ltd cost report.'));
  const at = r.text.indexOf('+14.8');
  assert.equal(AUDIT.slice(r.map.toSource(at), r.map.toSource(at) + 5), '+14.8');
  // One passage a row, at its line of the file.
  const fs = new MemoryFileSystem({ '/ws/sources/audit.txt': AUDIT });
  const { documents } = await loadSourceFile(fs, '/ws/sources/audit.txt', '/ws', DEFAULT_CONFIG);
  const row = splitPassages(documents[0]).find((p) => documents[0].text.slice(p.span.start, p.span.end).includes('44.1'))!;
  assert.match(documents[0].text.slice(row.span.start, row.span.end), /^Trams \(8 vehicles\) \|[^\n]*\+14\.8$/);
  assert.equal(row.range.start.line, 7);
});

test('prose with two spaces after its full stops, and a list of two figures a line, are no table', () => {
  assert.equal(withTextTables('The council met on Tuesday.  It approved 12 schemes.  Another 4 were refused.\nThe vote was 7 to 2.  Two abstained.\n'), undefined);
  assert.equal(withTextTables('Passengers  2023  2024\n'), undefined);
});

test('a table of two columns set apart by spaces, under a header of two and its rule: a row each, its figure labelled', () => {
  // (From a tribunal judgment's remedy: read as one sentence, the basic award's figure stood against a claim of the
  // loss of earnings.)
  const AWARD = [
    '15. The award is set out below.',
    '',
    '    Head of award                                   Amount',
    '    ---------------------------------------------   ----------',
    '    Basic award (13.5 weeks x £412)                  £5,562.00',
    '    Loss of earnings (36 weeks x £412)              £14,832.00',
    '    ---------------------------------------------   ----------',
    '    TOTAL                                           £20,394.00',
    '',
  ].join('\n');
  const lines = withTextTables(AWARD)!.text.split('\n');
  assert.ok(lines.includes('Basic award (13.5 weeks x £412) | Amount: £5,562.00'), lines.join('\n'));
  assert.ok(lines.includes('Loss of earnings (36 weeks x £412) | Amount: £14,832.00'));
  assert.ok(lines.includes('TOTAL | Amount: £20,394.00'));
  // Without the header and its rule, lines of a label and a figure are left as they are.
  assert.equal(withTextTables(AWARD.split('\n').filter((l) => !/Head of|^ *-/.test(l)).join('\n')), undefined);
});

test("a caption's unit goes to the columns whose header gives none: \"Cost by phase (GBP million):\"", () => {
  const NOTE = [
    '3.2 Cost by phase (GBP million):',
    '',
    '    Phase                                   Budget   Forecast   Change    Change %',
    '    --------------------------------------  -------  ---------  --------  --------',
    '    Kelham Meadows upstream storage           5.2       6.9      +1.7       +33%',
    '    River walls, Mill St to Bridge End        7.6      11.3      +3.7       +49%',
    '',
  ].join('\n');
  const lines = withTextTables(NOTE)!.text.split('\n');
  assert.ok(lines.includes('River walls, Mill St to Bridge End | Budget (GBP million): 7.6 | Forecast (GBP million): 11.3 | Change (GBP million): +3.7 | Change %: +49%'), lines.join('\n'));
  // A caption without a unit gives none.
  const plain = withTextTables(NOTE.replace(' (GBP million):', ':'))!.text.split('\n');
  assert.ok(plain.includes('River walls, Mill St to Bridge End | Budget: 7.6 | Forecast: 11.3 | Change: +3.7 | Change %: +49%'), plain.join('\n'));
});

test('labels and figures joined by leaders of dots: a row each, so one line\'s figure is not read with the next line\'s words', async () => {
  const release = ['OPERATION GREYFIELD IN NUMBERS', '', '  Officers and staff deployed ..................... 58', '  Hours of CCTV reviewed .......................... 412', '  Exhibits seized ................................. 1,086', '', 'Ends.', ''].join('\n');
  const r = withTextTables(release)!;
  assert.ok(r.text.includes('Officers and staff deployed | 58\nHours of CCTV reviewed | 412\nExhibits seized | 1,086\n'), r.text);
  const at = r.text.indexOf('1,086');
  assert.equal(release.slice(r.map.toSource(at), r.map.toSource(at) + 5), '1,086');
  const fs = new MemoryFileSystem({ '/ws/sources/release.txt': release });
  const { documents } = await loadSourceFile(fs, '/ws/sources/release.txt', '/ws', DEFAULT_CONFIG);
  const passages = splitPassages(documents[0]).map((p) => documents[0].text.slice(p.span.start, p.span.end).trim());
  assert.ok(passages.includes('Officers and staff deployed | 58'), passages.join('\n'));
  // One dotted line alone is no list.
  assert.equal(withTextTables('Contents\n\nIntroduction ........ 3\n'), undefined);
});
