/**
 * The fifty-sixth round, fifth part: faithful sentences shown as errors in h824–h829 (written against 3927ee3). A date
 * the claim sets a number of days from another event's is no rival of that event's day ("on 17 March, ten days after
 * … was suspended" / "On Friday 7 March 2025 … imposed an interim suspension"); a level of a move is no rival of the
 * size of the move ("risen by 11 metres, to 79 metres" / "from 68 metres … to 79 metres"); "does nothing for Fenny
 * Lane" denies no Fenny Lane. The fixtures are written here from the helpers' sources (h829, h827); every person, body
 * and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

const REVIEW = `# Northdean County FA: safeguarding review of the Brackenmoor and District Youth Football League

## 1. Background

On Friday 7 March 2025 Northdean County FA imposed an interim suspension on an under-13s coach at Cressbourne Rovers Juniors, a member club of the Brackenmoor and District Youth Football League ("the league"), following a concern about the coach's conduct towards players. The matter was reported to Northdean Police on the same day.

On Monday 17 March 2025 the county FA's board commissioned this review of safeguarding arrangements across the league's 46 member clubs.
`;

const LANDFILL = `# Planning committee report: Coldmoor landfill extension

3.2 The maximum height of the restored landform would rise from 68 metres above ordnance datum (AOD) to 79 metres AOD, an increase of 11 metres.
`;

const DEBATE = `COLDMOOR LANDFILL: COMMITTEE DEBATE
Date: Wednesday 9 April 2025

CLLR BHAMRA: Kieran, would the right-turn lane overcome the highways objection?

KIERAN LUSK: It would help at the junction itself, Chair, but it does nothing for Fenny Lane. The lane is 5.2 metres wide at its narrowest point by the school, which is too narrow for two HGVs to pass comfortably. Our objection stands.
`;

describe('days apart, sizes of moves and nothing for a name, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"on 17 March, ten days after … was suspended" is no rival of the suspension\'s Friday 7 March', async () => {
    const review = judgeWith(await workspaceIndex({ 'sources/review_summary.md': REVIEW }));
    const ten = review("The county FA's board commissioned the review on 17 March, ten days after an under-13s coach at Cressbourne Rovers Juniors was suspended.");
    assert.deepEqual(ten.conflicts, [], why(ten));
    const late = review("The county FA's board commissioned the review on 19 March, ten days after an under-13s coach at Cressbourne Rovers Juniors was suspended.");
    assert.equal(late.verdict, 'contradicted', why(late));
  });

  test('"risen by 11 metres, to 79 metres" is the rise from 68 to 79 metres', async () => {
    const landfill = judgeWith(await workspaceIndex({ 'sources/committee_report.md': LANDFILL }));
    const rise = landfill('The restored landform would have risen by 11 metres, to 79 metres above ordnance datum.');
    assert.deepEqual(rise.conflicts, [], why(rise));
    const wrong = landfill('The restored landform would have risen by 13 metres, to 79 metres above ordnance datum.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('"it does nothing for Fenny Lane" denies no Fenny Lane', async () => {
    const debate = judgeWith(await workspaceIndex({ 'sources/committee_transcript.txt': DEBATE }));
    const lane = debate('Kieran Lusk told members that Fenny Lane is 5.2 metres wide at its narrowest point by the school.');
    assert.deepEqual(lane.conflicts, [], why(lane));
    const wider = debate('Kieran Lusk told members that Fenny Lane is 7.2 metres wide at its narrowest point by the school.');
    assert.equal(wider.verdict, 'contradicted', why(wider));
  });
});
