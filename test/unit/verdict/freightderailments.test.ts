/**
 * A freight train derailment: the rail accident investigators' interim report (hard-wrapped plain text, numbered
 * paragraphs) and the operator's statement (Markdown). The sources are written for these tests (from a helper's draft);
 * the railway, the companies and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `RAIL INCIDENT INVESTIGATION BOARD

Interim Report 03/2025
Derailment of freight train 6E47 at Caldermoor Junction, Westrigg
Tuesday 11 March 2025

Published: Thursday 24 April 2025

This interim report is published in accordance with the Rail Safety
(Investigations) Regulations. The sole purpose of an investigation by the
Rail Incident Investigation Board (RIIB) is to prevent future accidents and
incidents and to improve railway safety. The RIIB does not establish blame
or liability. The findings set out below are provisional and may change as
the investigation proceeds.

SUMMARY

1.  At 03:52 hrs on Tuesday 11 March 2025, freight train 6E47, the 01:10 hrs
    service from Portbrenna Docks to Hallam Cross Terminal, derailed on the
    approach to Caldermoor Junction, about 2.4 kilometres east of Westrigg
    station. The train was operated by Tennant Rail Freight Ltd.

2.  The train consisted of a Class 66 locomotive, number 66 418, hauling 24
    wagons loaded with crushed limestone. Its total length was 462 metres and
    its gross trailing weight was 2,130 tonnes. Nine wagons, the 14th to the
    22nd vehicles behind the locomotive, derailed. Four of them overturned
    onto the adjacent Up Main line.

3.  The driver, who was the only person on the train, was not injured. No
    other train was in the area at the time. Nobody was hurt.

4.  The line between Westrigg and Caldermoor Junction was closed for 11 days
    and reopened to traffic at 05:30 hrs on Saturday 22 March 2025. About
    340 metres of track and two sets of points were replaced. The
    infrastructure manager, Mercia & Pennine Infrastructure, has estimated
    the cost of the repairs at £3.8 million.

THE SEQUENCE OF EVENTS

5.  Data recovered from the locomotive's on-train data recorder show the
    train was travelling at 38 mph when the derailment began. The permitted
    speed at the location is 40 mph. The train was therefore not speeding.

6.  At 03:52:14 hrs the brake pipe pressure fell rapidly, which applied the
    train's brakes automatically. The train came to a stand at 03:52:41 hrs,
    about 310 metres beyond the point of derailment.

7.  The driver reported the derailment to the Westrigg signaller by the
    GSM-R radio at 03:55 hrs. The signaller stopped all traffic on the
    adjacent lines at 03:56 hrs. The emergency services were called at
    03:58 hrs and the first fire crew arrived at 04:21 hrs.

KEY EVIDENCE

8.  The RIIB's inspectors found marks on the rail showing that the leading
    wheelset of the 14th wagon, number TRF 70412, climbed over the left-hand
    rail on a curve with a radius of 620 metres. The inspectors found no
    defect in the wagon's wheels or brakes.

9.  Measurements taken on Thursday 13 March 2025 found a twist fault in the
    track at the point of derailment. The twist was 1 in 180 over a
    3-metre base, which exceeds the intervention limit of 1 in 300 set in
    the infrastructure manager's track standard.

10. The infrastructure manager's records show that the same twist fault was
    recorded by a track recording train on Wednesday 26 February 2025, 13
    days before the derailment. At that time it measured 1 in 240. The
    records show that a repair was scheduled for Monday 17 March 2025, but
    no temporary speed restriction was imposed in the meantime.

11. The RIIB has also found that a drainage culvert under the line near the
    point of derailment was partly blocked. Water had collected in the
    ballast, and the inspectors believe this softened the trackbed. Rainfall
    at the Westrigg weather station in the week before the derailment was
    71 millimetres, about twice the average for the time of year.

12. The wagon's load was weighed after the derailment. Wagon TRF 70412 was
    carrying 71.5 tonnes of limestone against a maximum permitted load of
    72 tonnes. The RIIB has found no evidence that the train was
    overloaded.

13. Dr Miriam Ashcombe, the RIIB's Chief Inspector of Rail Accidents, said:
    "Our early findings point to the condition of the track rather than the
    train. A known fault was left in place for nearly two weeks, and we
    want to understand why no speed restriction was put on the line while
    it waited to be fixed."

IMMEDIATE ACTIONS

14. On Friday 14 March 2025 the RIIB wrote to Mercia & Pennine
    Infrastructure asking it to review every twist fault recorded on its
    network since 1 January 2025 that had not yet been repaired. The
    infrastructure manager has told the RIIB that it reviewed 1,146 such
    faults and imposed 37 temporary speed restrictions as a result.

15. Tennant Rail Freight Ltd has told the RIIB that it has checked the
    suspension of all 212 wagons of the same type in its fleet. No defects
    were found.

THE CONTINUING INVESTIGATION

16. The investigation will examine:
    (a) how twist faults found by track recording trains are assessed and
        prioritised;
    (b) the inspection and maintenance of drainage on the route;
    (c) the decision not to impose a temporary speed restriction after the
        fault was found on 26 February 2025; and
    (d) any underlying management factors.

17. The RIIB expects to publish its final report, with recommendations,
    by the end of 2025.

18. The lead inspector for this investigation is Mr Oliver Penhale, Deputy
    Chief Inspector.

RIIB, The Wharf, 9 Canal Street, Darnford DF1 4QT
Enquiries: press office 0300 555 0142
(c) Crown copyright 2025
`;

const STATEMENT = `# Statement on the RIIB interim report into the Caldermoor Junction derailment

**Tennant Rail Freight Ltd** | Media Centre | News release

**For immediate release: Thursday 24 April 2025, 11:00**

---

Tennant Rail Freight welcomes the publication today of the Rail Incident Investigation Board's interim report into the derailment of our train 6E47 at Caldermoor Junction, near Westrigg, on Tuesday 11 March 2025.

We are relieved that nobody was hurt. Our driver, who has worked for Tennant for 19 years, returned to duty on Monday 7 April after a period of leave, and we thank him for the calm and professional way he reported the accident.

## What the interim report says about our train

The RIIB has found no defect in our wagons and no evidence that train 6E47 was overloaded or travelling too fast. Since the derailment we have:

- checked the suspension on all 212 of our limestone wagons of the same type, finding no defects;
- recovered and re-railed all nine derailed wagons, six of which will return to service after repair;
- withdrawn the three most badly damaged wagons permanently;
- shared the data from locomotive 66 418 in full with the RIIB and with Mercia & Pennine Infrastructure.

## Statement from our Chief Executive

Helen Marchetti, Chief Executive of Tennant Rail Freight, said:

> "The findings published today are clear that our train, our wagons and our driver did what they should. But a derailment on a main line is never acceptable, and we will keep working with the RIIB and Mercia & Pennine until we are sure it cannot happen again."

She added:

> "I want to thank our customers for their patience. Moving 2,000 tonnes of stone by rail keeps around 70 lorries off the roads on every trip, and we are proud to have kept that traffic on the railway throughout the closure."

## Impact on our services

While the line between Westrigg and Caldermoor Junction was closed, from 11 March to 22 March, Tennant ran 58 trains on a diversionary route through Ashby Vale, adding about 47 miles to each journey. A further 16 trains were cancelled. Rashid Okonjo, Director of Operations, said the diversions added roughly three hours to each round trip.

The derailment and the closure have cost the company an estimated £1.2 million, including the recovery of the wagons, the diversions and the lost traffic. Tennant has made a claim against Mercia & Pennine Infrastructure under the industry's standard track access contract.

## Questions and answers

**Q: Will Tennant change how it runs trains on the route?**

A: Not for now. The RIIB has not found any fault with how we operate. Our Director of Safety, Claire Hosking, has asked for a meeting with Mercia & Pennine to discuss how the infrastructure manager tells freight operators about track faults that have been found but not yet repaired.

**Q: Did Tennant know about the twist fault before the derailment?**

A: No. We were not told about the fault found on 26 February. "Had we known, we would have asked for a speed restriction ourselves," said Ms Hosking.

**Q: How many trains does Tennant run on the Caldermoor route?**

A: In a normal week we run 42 loaded and empty trains over Caldermoor Junction, most of them between Portbrenna Docks and Hallam Cross.

**Q: When will the final report be published?**

A: The RIIB has said it expects to publish its final report by the end of 2025. We will respond in full when it is published.

## About Tennant Rail Freight

Tennant Rail Freight Ltd is an independent rail freight operator founded in 2006 and based in Hallam Cross. It employs 640 people and runs about 310 trains a week carrying aggregates, cement and containers. It operates 38 locomotives and around 1,400 wagons.

**Media contact:** Tom Reddaway, Head of Communications, press@tennantrailfreight.example, 0161 555 0178

---

[Home](/) · [About us](/about) · [Safety](/safety) · [Media Centre](/media) · [Careers](/careers) · [Contact](/contact)

© 2025 Tennant Rail Freight Ltd. Registered in England and Wales, company number 05873214. Registered office: Unit 4, Cross Lane Yard, Hallam Cross HC3 9LB.
`;

const files = { 'raib-interim-report.txt': REPORT, 'tennant-statement.md': STATEMENT };

describe("a freight derailment: the interim report and the operator's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('a firm\'s name with "&" is one name: "Mercia & Pennine Infrastructure"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was "The source gives Mercia, not Rail Incident Investigation Board".
    verdict('contradicted', "Tennant has made a claim against the Rail Incident Investigation Board under the industry's standard track access contract.", [['Rail Incident Investigation Board', 'Mercia & Pennine Infrastructure']]);
    verdict('supported', "Tennant has made a claim against Mercia & Pennine Infrastructure under the industry's standard track access contract.");
  });
});
