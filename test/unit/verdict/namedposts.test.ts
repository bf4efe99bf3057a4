/**
 * A post of a named body ("AVEW's regional officer", "Marrowfield's chief executive") given to the wrong person: the
 * evidence gives that post to one other person only. The sources are written for these tests (from helpers' drafts);
 * the union, the company and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const BRIEFING = `# AVEW members' briefing MB-24-31: the night shift at Hallowfield

**Issued by:** Declan Moyes, Regional Officer (Automotive), and Sandra Healey, Plant Convenor, Aldren Hallowfield

The company wants to end the night shift from Monday 13 May. About 410 members work nights.

"Moving a family from nights to days sounds simple until you sit down and do the sums on childcare."

– Sandra Healey, AVEW Plant Convenor, Hallowfield
`;

const STATEMENT = `# Marrowfield Homes: statement on the Ombudsman's findings

Graham Pellow, Chief Executive, said: "We got this wrong, and we are sorry."

Helen Marchbank, Chair of the Board, said the board had asked for monthly reports on damp and mould until every order in the case has been met.
`;

const files = { 'avew_members_briefing.md': BRIEFING, 'marrowfield_statement.md': STATEMENT };

describe("a named body's post given to the wrong person, with the product's word vectors", () => {
  withProductWordVectors();

  test('the post the evidence gives to another person only: that person named', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    // Was supported: a post with its body's name ("AVEW's") was left to the check of rivals, which found none.
    const r = judge('Sandra Healey, AVEW\'s regional officer for the automotive sector, said moving a family from nights to days "sounds simple until you sit down and do the sums on childcare".');
    assert.equal(r.verdict, 'contradicted');
    assert.deepEqual([r.conflicts[0].claim, r.conflicts[0].source], ['Sandra Healey', 'Declan Moyes']);
  });

  test('a person whose own post the evidence gives: that post named, not the other holder', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    const r = judge("Helen Marchbank, Marrowfield's chief executive, said the board had asked for monthly reports on damp and mould until every order in the case has been met.");
    assert.equal(r.verdict, 'contradicted');
    assert.deepEqual([r.conflicts[0].claim, r.conflicts[0].source], ["Marrowfield's chief executive", 'Chair of the Board']);
    assert.notEqual(judge('Helen Marchbank, the chair of the board, said the board had asked for monthly reports on damp and mould until every order in the case has been met.').verdict, 'contradicted');
  });
});
