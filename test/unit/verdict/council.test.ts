/**
 * A planning committee's minutes against a writer's draft: the cases found by checking such a draft by hand. Votes,
 * denials in the minutes' own sentences and hedged figures. The minutes are written for these tests; the council
 * and its members are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDraft } from '../../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { SourceWorkspace } from '../../../server/src/core/workspace';
import { expectVerdictWith, indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const MINUTES = `Westbridge City Council: Planning Committee, 14 October 2026

Item 4: Application 26/0412/FUL, land at Mill Road

The application seeks permission for 240 homes, of which 72 (30%) would be affordable, a primary school and a community hall on 11 hectares of former farmland at Mill Road.

The planning officer, Ruth Ellery, recommended approval subject to conditions. She told the committee that 312 objections had been received, mainly about traffic on Mill Road and the loss of green space, and 41 letters of support.

Highways officers had raised no objection, provided the developer pays £1.2m towards a new roundabout at the junction with the A614.

Councillor Hale proposed refusal on the grounds of the impact on the village of Ashby Mill. The motion was not seconded.

Councillor Mensah moved approval, seconded by Councillor Turner. The committee voted 6-3 to approve the application, with Councillors Hale, Lindqvist and Wren voting against.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('minutes.txt', MINUTES)]));

describe('a planning committee\'s minutes, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a claim\'s word that the evidence has only where it denies it: "objected" / "had raised no objection", "was seconded" / "was not seconded"', () => {
    verdict('contradicted', 'Highways officers objected to the plans.', [['objected', 'raised no objection']]);
    verdict('supported', 'Highways officers raised no objection.');
    verdict('contradicted', "Councillor Hale's motion to refuse the application was seconded by Councillor Wren.", [['seconded', 'was not seconded']]);
  });

  test('votes: a member\'s side, and "unanimously" against a split vote', () => {
    verdict('contradicted', 'Councillor Lindqvist voted for the scheme.', [['voted for', 'voting against']]);
    verdict('supported', 'Councillor Lindqvist voted against the application.');
    verdict('contradicted', 'The application was approved unanimously.', [['unanimously', '6-3']]);
    verdict('supported', 'The committee voted 6-3 to approve the application.');
  });

  test('hedged figures: "almost a third" is 30%, "nearly 320" is 312, "almost 400" is not', () => {
    verdict('supported', 'Almost a third of the 240 homes would be affordable.');
    verdict('supported', 'The council received nearly 320 objections.');
    verdict('supported', 'The council received more than 300 objections.');
    verdict('contradicted', 'The council received almost 400 objections.', [['almost 400', '312']]);
  });

  test('a lede that joins passages: the words another passage has are named with it, not as stated by no source', async () => {
    const workspace = new SourceWorkspace(new MemoryFileSystem({ '/ws/sources/minutes.txt': MINUTES }), '/ws', DEFAULT_CONFIG);
    await workspace.build();
    // (Three passages and words of none: the vote's passage is the closest, the objections' its pair, and the
    // application's "240 homes" is apart. With only the application's and the objections' passages in the claim, the
    // two are its evidence together, "300" stated by "312 objections".)
    const report = await checkDraft('Westbridge councillors voted 6-3 to approve plans for 240 homes at Mill Road despite more than 300 objections and a legal challenge by the Campaign to Protect Rural England.\n', workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' });
    assert.equal(report.claims[0].verdict, 'unsupported');
    assert.deepEqual(report.claims[0].missing, ['Campaign', 'Protect Rural England', 'legal']);
    assert.deepEqual(report.claims[0].apart?.map((a) => a.words), [['240 homes']]);
    const message = report.findings[0].message;
    assert.match(message, /^No source states “Campaign”, “Protect Rural England” and “legal”; “240 homes” is in another passage \(sources\/minutes\.txt:5\); the closest passage \(sources\/minutes\.txt:\d+\) covers the rest of this claim\.$/, message);
  });
});
