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
