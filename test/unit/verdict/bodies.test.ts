/**
 * An organisation or a place the claim names where the sentence that gives the claim's figures names another of the
 * kind (`verdict/bodies.ts`): a funder, a lender, a venue, a site copied from a release that names several. The sources
 * are written for these tests (from helpers' drafts); the bodies, places and people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const MUSEUM = `# Psalter saved for the city

Castlemere Museum and Art Gallery has bought the Wenlow Psalter, a 14th-century illuminated manuscript, for £1,860,000 after a public appeal.

The Albion Heritage Lottery Trust awarded a grant of £1,150,000, which covered 61.8% of the purchase price. The Pemberton Art Trust gave £300,000 and the museum's public appeal raised £262,000.

The rest came from the museum's own acquisition fund.
`;

const HOSPITAL = `# Winter plan

The trust expects its busiest winter yet, with ambulance handovers already slower than last year.

NHS Northmoor and Vale Integrated Care Board has confirmed £1.8 million of winter funding. This will fund 28 additional beds on Ashby Ward at Wensley Royal Infirmary, due to open on Monday 2 December.

Harrowfield Borough Council has agreed to pay for two extra social workers to speed up discharges.
`;

const SCHOOL = `# Vale Voice, issue 1

A free breakfast club starts this term. It opens at 7.45am each day in the dining hall. This has been made possible by a £12,500 grant from Haverleigh Rotary Club, to whom we are extremely grateful.

Haverleigh College has offered our sixth formers taster days in engineering.
`;

const SPEECH = `# Opening of the Marlowe Centre: speeches

So I can announce today that the council will also fund a new bus route, the number 27, from Oakfold to the front door of this hospital. It will run every 30 minutes and the first bus leaves on Monday 4 November.

The smallest gift we received was 40p, from a six-year-old in Fenmoor who emptied her piggy bank.
`;

const WINDFARM = `# Glenarroch wind farm consented

The 12-turbine scheme on the Glenarroch Estate, 6 km north-west of Kilbride Mains, has been granted consent.

Electricity will be exported via a 14 km underground cable to the existing Balnagowan substation, avoiding the need for new overhead lines.
`;

const HEATWAVE = `# Joint statement on the heat

Vale Volunteer Response distributed 2,600 bottles of water at Orrin Bridge station. First aiders from St Aldric Ambulance treated 14 passengers for heat exhaustion at the scene.
`;

const HARBOUR = `Harbour Water Quality Report 2023

Eastport Port Authority · Published 4 March 2024

Summary

The authority sampled the harbour at 14 sites every month from January to December 2023.

Average nitrogen in the harbour fell by 18 percent between 2021 and 2023, after the Westbank treatment works stopped discharging untreated stormwater in 2022.
`;

const files = { 'harbour-report.txt': HARBOUR, 'heatwave.md': HEATWAVE, 'museum.md': MUSEUM, 'hospital.md': HOSPITAL, 'school.md': SCHOOL, 'speech.md': SPEECH, 'windfarm.md': WINDFARM };

describe('a body or place in another one\'s place: the sentence that gives the claim\'s figures names another, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a funder another passage names for another sum: contradicted, the sentence\'s funder named', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    // Was supported: the first passage gave the figures, the second ("The Pemberton Art Trust gave £300,000") the name.
    const r = judge("The Pemberton Art Trust's grant of £1.15 million covered 61.8% of the purchase price.");
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.conflicts[0].kind, 'name');
    assert.equal(r.conflicts[0].claim, 'Pemberton Art Trust');
    assert.equal(r.conflicts[0].source, 'Albion Heritage Lottery Trust');
    assert.equal(judge('The Albion Heritage Lottery Trust awarded £1.15 million, which covered 61.8% of the purchase price.').verdict, 'supported');
    assert.equal(judge('The Pemberton Art Trust gave £300,000 towards the psalter.').verdict, 'supported');
  });

  test('a funder named by the sentence before the one the claim copies, with its whole name ("… and Vale Integrated Care Board")', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    const r = judge('Harrowfield Borough Council has confirmed £1.8 million of winter funding, which will pay for 28 extra beds on Ashby Ward at Wensley Royal Infirmary.');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.conflicts[0].source, 'NHS Northmoor and Vale Integrated Care Board');
    assert.notEqual(judge('NHS Northmoor and Vale Integrated Care Board has confirmed £1.8 million of winter funding, which will pay for 28 extra beds on Ashby Ward.').verdict, 'contradicted');
  });

  test('a body that shares a word with the sentence\'s ("Haverleigh College" / "Haverleigh Rotary Club")', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    const r = judge('A free breakfast club, which opens at 7.45am in the dining hall, is being funded by a £12,500 grant from Haverleigh College.');
    assert.equal(r.verdict, 'contradicted');
    assert.match(r.conflicts[0].source, /Rotary Club/);
    assert.equal(judge('A free breakfast club, which opens at 7.45am in the dining hall, is being funded by a £12,500 grant from Haverleigh Rotary Club.').verdict, 'supported');
  });

  test('a place after "from", and one before a lower-case word of a place ("the Kilbride Mains substation")', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    const route = judge('The council is also funding a new number 27 bus route from Fenmoor to the hospital, running every 30 minutes from 4 November.');
    assert.equal(route.verdict, 'contradicted');
    assert.equal(route.conflicts[0].source, 'Oakfold');
    assert.notEqual(judge('The council is also funding a new number 27 bus route from Oakfold to the hospital, running every 30 minutes from 4 November.').verdict, 'contradicted');
    const cable = judge('Power will be exported through a 14km underground cable to the Kilbride Mains substation.');
    assert.equal(cable.verdict, 'contradicted');
    assert.equal(cable.conflicts[0].source, 'Balnagowan');
    assert.equal(judge('Power will be exported through a 14km underground cable to the Balnagowan substation.').verdict, 'supported');
  });

  test('a body whose words the claim has in lower case ("Volunteers from St Aldric Ambulance" / "Vale Volunteer Response"), with its saint\'s "St"', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    const r = judge('Volunteers from St Aldric Ambulance handed out 2,600 bottles of water at Orrin Bridge station.');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.conflicts[0].claim, 'St Aldric Ambulance');
    assert.equal(r.conflicts[0].source, 'Vale Volunteer Response');
    assert.equal(judge('First aiders from St Aldric Ambulance treated 14 passengers for heat exhaustion.').verdict, 'supported');
  });

  test('the body or place a source\'s heading names is the one it reports on ("Eastport Port Authority · Published …")', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    // Was contradicted while this rule was built: "The source gives Westbank, not Eastport" (the example's harbour draft).
    const r = judge('Nitrogen in Eastport harbour fell by 18 percent between 2021 and 2023.');
    assert.notEqual(r.verdict, 'contradicted');
  });

  test('no figure to pin the fact, or the claim\'s body in the sentence with the figures: no such contradiction', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    // No figure: the sentence naming another body may be about another fact of the kind.
    const r = judge('Harrowfield Borough Council is paying for extra beds on Ashby Ward.');
    assert.ok(!r.conflicts.some((c) => c.kind === 'name' && c.claim === 'Harrowfield Borough Council'));
    // The claim's body where the figure is, beside another body.
    assert.equal(judge('The Pemberton Art Trust gave £300,000, and the public appeal raised £262,000.').verdict, 'supported');
  });
});
