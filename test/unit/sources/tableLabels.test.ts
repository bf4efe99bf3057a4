/**
 * Header labels of table cells: a figure under a header reads "Header: figure" in the prose of HTML, Word (through
 * HTML) and Markdown sources, so that a row says which column each figure is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToProse } from '../../../server/src/core/sources/html';
import { markdownToProse } from '../../../server/src/core/text/markdown';
import { looksLikeHeader, startsWithFigure, tableLabel, withCornerUnit } from '../../../server/src/core/text/tableLabels';

const paragraphs = (text: string) => text.split('\n\n');

test('html: a header row (thead, all th, or a first row of words and years) labels the figures below it, and nothing else', () => {
  const html = [
    '<table><tr><td></td><td>2026</td><td>2025</td></tr>',
    '<tr><td>Revenue</td><td>&pound;4,210m</td><td> &minus;3%</td></tr>',
    '<tr><th scope="row">Profit</th><td><b>£</b>12m</td><td>n/a</td></tr></table>',
    '<table><thead><tr><th colspan="2">Candidate</th><th>Votes</th><th>%</th></tr></thead>',
    '<tbody><tr><td>Priya Raman</td><td>Labour</td><td>14,862</td><td>41.2</td></tr></tbody></table>',
    '<table><tr><td>Alice</td><td>Bob 3</td></tr><tr><td>4</td><td>5</td></tr></table>',
    '<table><tr><th>Team</th><th>Pts</th></tr><tr><td>Leeds</td><td>65<table><tr><th>Note</th><th>Games</th></tr><tr><td>in hand</td><td>1</td></tr></table></td></tr></table>',
  ].join('\n');
  const prose = htmlToProse(html);
  assert.deepEqual(paragraphs(prose.text), [
    '2026 | 2025',
    // Entities and markup before the figure: the label still goes first.
    'Revenue | 2026: £4,210m | 2025: −3%',
    // A row header (th) and a cell that is no figure keep no label.
    'Profit | 2026: £12m | n/a',
    'Candidate | Votes | %',
    // A header cell spanning two columns; a header of no words ("%") labels nothing.
    'Priya Raman | Labour | Votes: 14,862 | %: 41.2',
    // A first row holding a figure is not a header.
    'Alice | Bob 3',
    '4 | 5',
    'Team | Pts',
    'Leeds | Pts: 65',
    // A table inside a cell has its own header.
    'Note | Games',
    'in hand | Games: 1',
  ]);
  // A label is located at its cell's text in the file: a passage that starts with one is located in its row.
  const at = prose.text.indexOf('2026: £4,210m');
  assert.equal(prose.toFileOffset(at), html.indexOf('&pound;4,210m'));
  assert.equal(prose.toFileOffset(prose.text.indexOf('Games: 1')), html.indexOf('1</td></tr></table></td>'));
});

test('html: rows marked as headers that hold figures other than years are body rows (mammoth may mark every row of a Word table); a second header row of years labels within the first', () => {
  const html = [
    '<table><thead><tr><th><strong>School</strong></th><th><strong>Pupils</strong></th></tr><tr><th>Northgate</th><th>412</th></tr></thead></table>',
    '<table><thead><tr><th></th><th>Revenue</th><th>Profit</th></tr><tr><th></th><th>2026</th><th>2025</th></tr></thead><tbody><tr><td>Group</td><td>5</td><td>6</td></tr></tbody></table>',
  ].join('\n');
  assert.deepEqual(paragraphs(htmlToProse(html).text), ['School | Pupils', 'Northgate | Pupils: 412', 'Revenue | Profit', '2026 | 2025', 'Group | Revenue 2026: 5 | Profit 2025: 6']);
});

test('html: a second header row names columns within the first ("Revenue (£m)" over "2026" labels "Revenue (£m) 2026")', () => {
  const html =
    '<table><thead><tr><th></th><th colspan=2>Revenue (£m)</th><th colspan=2>Profit (£m)</th></tr><tr><th></th><th>2026</th><th>2025</th><th>2026</th><th>2025</th></tr></thead>' +
    '<tr><td>Ferries</td><td>412</td><td>388</td><td>41</td><td>36</td></tr></table>';
  assert.deepEqual(paragraphs(htmlToProse(html).text), ['Revenue (£m) | Profit (£m)', '2026 | 2025 | 2026 | 2025', 'Ferries | Revenue (£m) 2026: 412 | Revenue (£m) 2025: 388 | Profit (£m) 2026: 41 | Profit (£m) 2025: 36']);
});

test('a unit in the corner of the header ("£m", "(£m)") is the unit of the columns that name none', () => {
  assert.deepEqual(withCornerUnit(['£m', '2026', '2025', 'Change (%)']), ['£m', '2026 (£m)', '2025 (£m)', 'Change (%)']);
  assert.deepEqual(withCornerUnit(['Service', '2026', '2025']), ['Service', '2026', '2025']);
  const html = '<table><tr><th>(£m)</th><th>2026</th><th>2025</th></tr><tr><td>Revenue</td><td>4,210</td><td>3,870</td></tr></table>';
  assert.deepEqual(paragraphs(htmlToProse(html).text), ['(£m) | 2026 | 2025', 'Revenue | 2026 (£m): 4,210 | 2025 (£m): 3,870']);
  assert.deepEqual(paragraphs(markdownToProse('| £m | 2026 |\n|---|---|\n| Revenue | 4,210 |\n').text), ['£m | 2026', 'Revenue | 2026 (£m): 4,210']);
});

test('markdown: the header row of a table labels the figures of the rows below it', () => {
  const markdown = '# Table\n\n| Team | Won | Pts |\n|---|---:|---:|\n| Leeds | 20 | **65** |\n| Hull | none | 59 |\n';
  const prose = markdownToProse(markdown);
  assert.deepEqual(paragraphs(prose.text), ['Table', 'Team | Won | Pts', 'Leeds | Won: 20 | Pts: 65', 'Hull | none | Pts: 59']);
  assert.equal(prose.map.toSource(prose.text.indexOf('Pts: 65')), markdown.indexOf('**65**'));
});

test('labels: words or a year, short; figures start with a sign, a currency or a digit; a header of words and years', () => {
  assert.equal(tableLabel('  Passenger\n journeys: '), 'Passenger journeys');
  assert.equal(tableLabel('2026'), '2026');
  assert.equal(tableLabel('%'), '%');
  assert.equal(tableLabel('(%)'), '(%)');
  assert.equal(tableLabel('£'), undefined);
  assert.equal(tableLabel(''), undefined);
  assert.equal(tableLabel('x'.repeat(41)), undefined);
  for (const cell of ['65', '£4,210m', '+8.8%', '- 8.5%', '.5', ' $3bn']) assert.ok(startsWithFigure(cell), cell);
  for (const cell of ['n/a', 'Labour', 'c. 40', '']) assert.ok(!startsWithFigure(cell), cell);
  assert.ok(looksLikeHeader(['', '2026', '2025', 'Change']));
  assert.ok(looksLikeHeader(['Season', '2024-25', '2025/26']));
  assert.ok(!looksLikeHeader(['Revenue', '4,210']));
  assert.ok(!looksLikeHeader(['Only one', '']));
});
