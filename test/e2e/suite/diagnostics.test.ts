import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DRAFT, PHRASES, codeOf, describeDiagnostics, diagnosticsAt, openFile, rangeOf, settledDiagnostics } from './helpers';

describe('Diagnostics on the fixture draft', () => {
  let document: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    document = (await openFile(DRAFT)).document;
    diagnostics = await settledDiagnostics(document.uri);
  });

  const codesAt = (phrase: string) => diagnosticsAt(document, diagnostics, phrase).map(codeOf).sort();
  const explain = () => `diagnostics were:\n${describeDiagnostics(document, diagnostics)}`;

  it('come from Claimcheck and use only its codes', () => {
    const known = new Set(['unsupported-claim', 'contradicted-claim', 'altered-quote', 'unverified-quote', 'unknown-citation', 'misattributed-quote']);
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'claimcheck');
      assert.ok(known.has(codeOf(diagnostic)), `unexpected code ${codeOf(diagnostic)}; ${explain()}`);
    }
  });

  it('leave a supported claim alone', () => {
    assert.deepEqual(codesAt(PHRASES.supported), [], explain());
  });

  it('flag a contradicted year as an error', () => {
    const found = diagnosticsAt(document, diagnostics, PHRASES.contradicted).filter((d) => codeOf(d) === 'contradicted-claim');
    assert.equal(found.length, 1, explain());
    assert.equal(found[0].severity, vscode.DiagnosticSeverity.Error);
    assert.match(found[0].message, /2010/, 'the message gives the source value');
    assert.match(found[0].message, /2011/, 'the message gives the draft value');
  });

  it('flag an unsupported claim as a warning', () => {
    const found = diagnosticsAt(document, diagnostics, PHRASES.unsupported).filter((d) => codeOf(d) === 'unsupported-claim');
    assert.equal(found.length, 1, explain());
    assert.equal(found[0].severity, vscode.DiagnosticSeverity.Warning);
  });

  it('flag an altered quote with the source wording, and point to it', () => {
    const found = diagnosticsAt(document, diagnostics, PHRASES.altered).filter((d) => codeOf(d) === 'altered-quote');
    assert.equal(found.length, 1, explain());
    assert.equal(found[0].severity, vscode.DiagnosticSeverity.Error);
    assert.match(found[0].message, /didn’t have any space in prisons/, 'the message quotes the source');
    // One direction everywhere, draft → source (issue 10, item 5).
    assert.match(found[0].message, /“had no” where the source has “didn’t have any”/);
    const related = found[0].relatedInformation ?? [];
    assert.ok(related.some((r) => r.location.uri.path.endsWith('/sources/amnesty-report.txt')), 'related information points into the source');
  });

  it('accept a verbatim quote', () => {
    const quoteCodes = codesAt(PHRASES.verbatim).filter((code) => code.endsWith('-quote'));
    assert.deepEqual(quoteCodes, [], explain());
  });

  it('flag a quote found in no source, with the severity the workspace settings give it', () => {
    const found = diagnosticsAt(document, diagnostics, PHRASES.unverified).filter((d) => codeOf(d) === 'unverified-quote');
    assert.equal(found.length, 1, explain());
    assert.equal(found[0].severity, vscode.DiagnosticSeverity.Information, 'claimcheck.severity.unverified-quote is "information" in the fixture');
  });

  it('flag a citation key that names no source, on the marker', () => {
    const found = diagnostics.filter((d) => codeOf(d) === 'unknown-citation');
    assert.equal(found.length, 1, explain());
    assert.equal(document.getText(found[0].range), PHRASES.unknownCitation);
    assert.equal(found[0].severity, vscode.DiagnosticSeverity.Error);
  });

  it('flag a misattributed quote on the quote, naming who said it', () => {
    const found = diagnosticsAt(document, diagnostics, PHRASES.misattributed).filter((d) => codeOf(d) === 'misattributed-quote');
    assert.equal(found.length, 1, explain());
    assert.equal(found[0].severity, vscode.DiagnosticSeverity.Error);
    assert.match(found[0].message, /said by Desk, not Choi Min-jun/);
  });

  it('flag nothing on the other sentences', () => {
    const flagged = [PHRASES.contradicted, PHRASES.unsupported, PHRASES.altered, PHRASES.unverified, PHRASES.unknownCitation, PHRASES.misattributed];
    const lines = new Set(flagged.map((phrase) => rangeOf(document, phrase).start.line));
    const elsewhere = diagnostics.filter((d) => !lines.has(d.range.start.line));
    assert.deepEqual(elsewhere.map(codeOf), [], explain());
  });
});
