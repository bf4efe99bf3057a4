/**
 * The fortieth round, third part: denials and words from the drafts written against ef4255f (h350–h355: a mountain
 * rescue, an academy trust's deficit, rural bus cuts, a drought, a council cyber attack, a shipyard contract) and from
 * earlier ones. "Less than substantial harm" denies "substantial harm"; a neighbour's "We haven't had a reply yet"
 * denies "has already received a reply" in a clause without the claim's figures; "lacked multi-factor authentication"
 * denies as "did not have" does; "I hope not" is no denial; "medical supplies" are "medical consumables"; a
 * "second-year apprentice" is no place against "his first reaction". The fixtures are the helpers' sources, whole;
 * the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CAR_PARK_DECISION } from './fixtures';
import { withProductWordVectors } from './productVectors';
import { expectVerdictWith, judgeWith, why, workspaceIndex } from './sources';


const RADIO_TRANSCRIPT = `WENDLE VALLEY RADIO - "DRIVE AT FIVE"
Transcript of broadcast, Thursday 13 March 2025, 17:10-17:24
Presenter: Sarah Lindqvist
Guests: Gary Holroyd, managing director, Holroyd Haulage Ltd (Kessby)
        Councillor Priya Banerjee, cabinet member for highways, Wendleshire County Council
Transcribed by the newsroom from the station recording.

SARAH LINDQVIST: It's ten past five, and the M64 is still shut at the Wendle Viaduct, the third day now. With me in the studio is Gary Holroyd, who runs Holroyd Haulage in Kessby, and on the line is Councillor Priya Banerjee from Wendleshire County Council. Gary, first of all, how has this week been for you?

GARY HOLROYD: Honestly, it's been chaos. We've got 62 lorries, and most of them go over that viaduct at least twice a day. We were told on Tuesday afternoon, about four hours before it shut. Four hours. That's no notice at all when you've got drivers already out on the road.

SARAH LINDQVIST: What does the diversion mean for your drivers in practice?

GARY HOLROYD: The lorry route they've given us, the M70 and round, that's adding forty minutes a run at busy times, sometimes more. My drivers have legal limits on their hours, so if every run takes forty minutes longer, some runs just don't happen. We've had to turn down work already. I worked it out yesterday: it's costing us about eighteen hundred pounds a week extra in fuel alone, before you even get to wages.

SARAH LINDQVIST: Eighteen hundred pounds a week.

GARY HOLROYD: On fuel, yes. And we're not a big firm. If this goes on till the summer, I don't know. I've got 85 people working for me and I'm not laying anyone off, but I can't pretend it isn't frightening.

SARAH LINDQVIST: Councillor Banerjee, the council's roads are taking the strain. What are you seeing?

PRIYA BANERJEE: We're seeing a lot of traffic where it was never meant to be. On Wendle Bridge Road, the B4120, our counters on Wednesday showed about three times the usual number of vehicles. Kessby High Street has been solid at the school run. That road was built for a village, not for motorway traffic.

SARAH LINDQVIST: And lorries on those roads?

PRIYA BANERJEE: That is the real worry. There's already a 7.5 tonne weight limit on Wendle Bridge Road, and from Monday we're putting in enforcement cameras there. A driver who ignores the limit will get a fine of seventy pounds. I want to be very clear to hauliers: use the signed lorry route. Don't follow your sat-nav into Kessby.

GARY HOLROYD: To be fair to the council, my drivers aren't the problem. It's the ones from outside the area who don't know the roads.

SARAH LINDQVIST: Is the council getting any help from the Northern Roads Agency?

PRIYA BANERJEE: We've written to the agency asking for five hundred thousand pounds to cover the extra wear on our local roads and the cost of extra traffic management. We sent that letter on Wednesday. We haven't had a reply yet. I'd say the agency has been good at talking to us about the engineering, but the money question is one they need to answer quickly.

SARAH LINDQVIST: What about school buses? We've had a lot of messages about that.

PRIYA BANERJEE: Four school bus routes are affected. From Monday, those buses will leave fifteen minutes earlier in the morning, and parents will get a letter from the schools tomorrow.

SARAH LINDQVIST: Gary, the agency says it hopes to get one carriageway open by the end of April. Is that good enough?

GARY HOLROYD: If they hit it, I'll be grateful. But I've heard dates before. What I'd like is someone from the agency to sit down with the hauliers, because we know where the pinch points are better than anyone.

PRIYA BANERJEE: I'd support that, and I'll be raising it with the agency at the drop-in session on Tuesday.

SARAH LINDQVIST: Gary Holroyd and Councillor Priya Banerjee, thank you both. The M64 between junctions fourteen and sixteen remains closed in both directions. Coming up, the weather.

[END OF SEGMENT]
`;

const SCRUTINY_TRANSCRIPT = `RAVENSHOLME BOROUGH COUNCIL
CORPORATE SCRUTINY COMMITTEE
Transcript of public meeting - item 4: Cyber incident of 9 March 2025
Date: Tuesday 25 March 2025, 6pm, Council Chamber, Town Hall

Present:
Councillor Margaret Ellison (Chair)
Councillor Daniel Okafor (Liberal Democrat group)
Councillor Sarah Bright (Independent group)
Helen Marsh, Chief Executive
Priya Nandakumar, Head of Digital Services
Alan Whitcombe, Director of Finance

ELLISON: Good evening, and welcome to this item. I'll ask the Chief Executive to open, then members will put questions. Ms Marsh.

MARSH: Thank you, Chair. Sixteen days ago this council was attacked by criminals. I want to say at the outset that I take full responsibility for the council's defences, and I will not hide behind the fact that criminals did this. We have restored 41 of the 214 servers that were encrypted. Library systems and bulky waste booking are on track for Monday next week. I'll hand to Priya for the technical picture.

NANDAKUMAR: Thank you. Castlegate's investigation shows that the attackers got in through a remote access account belonging to a contractor, Fenwick Facilities Limited, which maintains the heating and lighting systems in our buildings. The account's password had been stolen, and the account was not protected by multi-factor authentication. They were inside our network for nine days before the encryption started on the ninth.

OKAFOR: Nine days. So they were in from the twenty-eighth of February?

NANDAKUMAR: The first login from the attackers was on Friday 28 February, yes.

OKAFOR: And how many remote access accounts did not have multi-factor authentication at that point?

NANDAKUMAR: Forty, out of roughly six hundred. Most of them were supplier accounts. All forty have now been closed or put onto multi-factor authentication.

OKAFOR: Chair, I have the internal audit report from November 2023 in front of me. It recommended multi-factor authentication on every remote access account. That was sixteen months ago. Why was it not done?

MARSH: It is a fair question. That audit made twelve recommendations and seven had been completed by the time of the attack. The multi-factor work for suppliers was scheduled for this spring. With hindsight, it should have come first. I'm not going to pretend otherwise.

BRIGHT: Can I ask about backups? Residents have been told the council is rebuilding from clean backups. How old are they?

NANDAKUMAR: Our offline backups were eleven days old at the time of the attack. The online backups were encrypted along with everything else. So some work from those eleven days has had to be re-entered by hand, mainly in housing benefits and planning.

BRIGHT: And is any of the planning work lost for good?

NANDAKUMAR: We believe around 90 planning applications received in that window have had to be resubmitted by applicants. We have written to every one of them.

ELLISON: Mr Whitcombe, the money.

WHITCOMBE: Thank you, Chair. Spending to date is six hundred and forty thousand pounds. Our best estimate of the total is two point three million. The cyber insurance policy covers up to one million pounds, with an excess of fifty thousand. So on current estimates the council would bear roughly one point three five million itself, which would come from reserves. Our general reserve stands at eight point four million.

OKAFOR: So residents pay for this twice - once with their data, once with their reserves.

WHITCOMBE: I understand the point, Councillor. I would only say that a ransom payment would not have been covered by the insurer either.

BRIGHT: Has anyone from Fenwick Facilities been asked to contribute?

MARSH: Our legal team is reviewing the contract. I can't say more in public tonight.

ELLISON: One last question from me. Has the council been told anything by the regulator?

MARSH: We notified the Information Rights Commission on Tuesday the eleventh, within the seventy-two hours required. They have opened an inquiry and we are cooperating fully.

ELLISON: Thank you. The committee resolves to receive a full written report, including progress on all twelve audit recommendations, at its next meeting on Tuesday 22 April. I'd like to thank officers for attending.

[Item closed 7.22pm]
`;

const HEADTEACHER_INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Friday 15 March 2024
Location: Castlegate Academy, Fenmoor (headteacher's office)
Interviewer: Tom Brennan, education reporter, Fenmoor Gazette
Interviewees: Mark Ellison, headteacher, Castlegate Academy; Joanne Reddy, parent governor, Castlegate Academy
Recorded with consent. Duration: 34 minutes. Lightly edited for clarity.

TOM BRENNAN: Thank you both for seeing me. Mr Ellison, how many posts is Castlegate going to lose?

MARK ELLISON: Under the proposal, twelve. That's seven teaching assistants, four teachers and one post in the office. We're projecting a deficit of about six hundred and ten thousand pounds next year if nothing changes.

TOM BRENNAN: How long have you been head here?

MARK ELLISON: Nine years this September. I've never had to do anything like this. I won't pretend this is anything other than painful.

TOM BRENNAN: What will parents actually notice?

MARK ELLISON: The biggest change is in Year 7. Class sizes there will go from twenty-eight to thirty-two from September. And we will stop offering GCSE German from September 2025. Students who have already started German will be able to finish the course.

TOM BRENNAN: Mrs Reddy, you're a parent governor. When did the governing body find out?

JOANNE REDDY: We were told on Friday the 8th of March, four days before the trust board met. Four days. We're the local governing body, and we were told, not asked.

TOM BRENNAN: And parents?

JOANNE REDDY: The letter came home yesterday. Nobody asked the parents. We found out from a letter in a book bag.

TOM BRENNAN: You have children at the school yourself?

JOANNE REDDY: Two. My son's in Year 9, and my daughter's in Year 7. She has an education, health and care plan, and she has a teaching assistant with her for most lessons. I don't know yet whether that person will still be here in September.

MARK ELLISON: Can I say, any pupil with an EHC plan will still get the support that the plan sets out. That's a legal duty and we will meet it. What changes is the support for children who don't have a plan but who have been doing better because there's an extra adult in the room.

JOANNE REDDY: And those are exactly the children who'll fall through the gap.

TOM BRENNAN: Mrs Reddy, you've started a petition.

JOANNE REDDY: Yes, on Wednesday night. It had just over eleven hundred signatures when I checked this morning, eleven hundred and fifty. We're asking the trust to stop the consultation until the equality impact assessment is published.

TOM BRENNAN: Mr Ellison, do you support the union's ballot?

MARK ELLISON: It's not for me to support or oppose it. I understand why staff are angry. I'm angry about the funding. But I have to make a budget that balances, and I'd rather make the decisions here than have them made for us.

TOM BRENNAN: Will there be compulsory redundancies at Castlegate?

MARK ELLISON: I hope not. We have three members of staff retiring this summer and two vacancies we haven't filled. If voluntary redundancy works, we might get close. But I can't promise.

TOM BRENNAN: Final question to both of you. What would you say to the Department for Education?

MARK ELLISON: That the pay award was the right thing to do and they should pay for it in full.

JOANNE REDDY: Come and sit in a Year 7 classroom in September with thirty-two children in it, and then tell me this is fine.

[END OF TRANSCRIPT]
`;

const RESCUE_LOG = `SCARTH VALLEY MOUNTAIN RESCUE TEAM
Registered Charity No. 1093357
INCIDENT LOG -- CONTROLLER'S RECORD
====================================================================

Incident number:    2025/014
Date:               Saturday 8 February 2025
Type:               Fallen walker -- fatal
Location:           Gully below Raven Crag ridge path, above Helm Tarn,
                    Carnmore Fells (grid ref NY 2147 0893 approx.)
Requested by:       Northshire Police (Force Control Room)
Incident controller: Sarah Quayle, Deputy Team Leader
Team leader on hill: Tom Brannigan, Team Leader
Team doctor:        Dr Aisha Rahman
Log kept by:        Neil Ashcroft, Base Operator

Casualty:           Margaret Ellison, female, 67, of Ashworth
Companion:          Peter Ellison, male, 70, husband of casualty (uninjured)

WEATHER ON THE HILL
Cloud base around 400 metres. Wind south-westerly, gusting 45 mph on the
tops. Temperature -2C at summit level, +3C at Helm Bridge. Patchy ice and
old, hard snow on the ridge path above 550 metres. Visibility under 30
metres in cloud. Sunset 17:12.

TIMELINE (all times local)
--------------------------------------------------------------------
15:38  999 call received by Northshire Police from Peter Ellison. Reports
       wife slipped and fell "about 60 metres" from the path below Raven
       Crag while descending from High Scarth. No voice contact with her
       since the fall. Caller is on the path, cold, mobile battery 22%.
15:42  SVMRT paged by police. Callout via SARCALL.
15:51  Police pass caller's phone location (AML) -- accuracy 12 metres.
15:58  Incident control established at Helm Bridge car park (base vehicle).
16:10  Hasty party of 4 (Brannigan, Rahman, Lowe + dog Fly, Okonjo)
       leaves Helm Bridge on foot.
16:25  HM Coastguard helicopter Rescue 912 tasked by ARCC.
16:51  Rescue 912 stood down by ARCC -- unable to get below cloud base
       at 400 metres. Returned to base.
17:02  Second party of 8 leaves Helm Bridge with stretcher, vacuum
       mattress, rope kit.
17:34  Hasty party reaches Peter Ellison on path at approx 640 metres.
       Cold but uninjured. Given hot drink, extra layers, group shelter.
18:05  Search dog Fly indicates in gully. Casualty located by Gareth Lowe
       approx 85 metres below the path, on steep mixed ground.
18:12  Dr Rahman confirms casualty deceased. Police informed.
18:40  Northshire Police (Sgt Lisa Harker) advise coroner's officer has
       been notified. Agreement to recover casualty to Helm Bridge.
19:20  Peter Ellison escorted down by 3 team members.
20:45  Peter Ellison arrives at base. Handed into care of police and
       family liaison. Declined ambulance.
19:30-21:55  Technical lower of casualty on stretcher, 3 rope lengths,
       then carry-out along Helm Beck path.
21:55  Casualty at Helm Bridge. Handed to undertaker acting for police.
22:40  Last party back at base. Kit check and debrief.
23:30  All team members stood down.
--------------------------------------------------------------------

TOTAL DURATION: 7 hours 48 minutes (callout 15:42 to stand-down 23:30)

TEAM DEPLOYED
+-------------------------------+---------+------------------+
| Role                          | Members | Person-hours     |
+-------------------------------+---------+------------------+
| Hasty party                   |    4    |       30         |
| Stretcher / rope party        |    8    |       54         |
| Second stretcher (relief)     |    3    |       19         |
| Base / radio                  |    3    |       28         |
+-------------------------------+---------+------------------+
| TOTAL                         |   18    |      131         |
+-------------------------------+---------+------------------+
Plus 1 search dog (Fly, handler Gareth Lowe).

COSTS
Fuel, medical consumables and replacement rope sling: estimated GBP 640,
met from team funds. No charge to family (team policy).

CONTROLLER'S REMARKS
This was the team's 14th callout of 2025 and its first fatal incident of the
year. The helicopter could not assist, so the whole operation was done on
foot. The Team Leader asked that the log record his view that "the ground
below Raven Crag was sheet ice in places and the lower took almost two and a
half hours in near-zero visibility". The casualty was wearing walking boots;
microspikes were later found in her rucksack, not fitted.

Debrief note: the deputy team leader recorded that "the team did everything
it could, and did it safely", and asked that members be offered the usual
welfare support. Two members reported minor injuries (one twisted ankle,
one cut hand); both continued.

Follow-up: Team Leader to write to Northshire Police and the Carnmore Fells
National Park Authority about ice on the ridge path. Welfare check for all
members on Monday 10 February.

Signed: S. Quayle, Incident Controller        Logged: N. Ashcroft
`;

const SHIPYARD_INTERVIEW = `CARROW BAY COURIER — INTERVIEW TRANSCRIPT
Date: Wednesday 15 October 2025
Location: GESU office, Harbour Road, Carrow Bay
Interviewer: Ellen Marsh (ELLEN MARSH), reporter, Carrow Bay Courier
Interviewees: Davie Kerr (DAVIE KERR), senior convenor at Halbrook Shipbuilders, General Engineering and Shipbuilding Union (GESU)
              Priya Sandhu (PRIYA SANDHU), second-year apprentice welder, Halbrook Shipbuilders
Recording length: 26 minutes

ELLEN MARSH: Thanks both for making the time. Davie, you've been on the yard a long time. What was your reaction yesterday?

DAVIE KERR: Relief, mostly. I've been on this yard 31 years. I started as an apprentice plater in 1994. I remember 2017, when we were down to 1,600 workers and people were asking whether the gates would still be open at Christmas. So yesterday was a good day. But I'll say what I said to the lads at the gate this morning: a contract is not a wage packet until the steel is cut.

ELLEN MARSH: The company says 850 jobs. Do you believe that number?

DAVIE KERR: I believe the number. What I want to know is what kind of jobs. The company has promised that at least 80 per cent will be direct, permanent jobs. We'll be holding them to that. What we don't want is the yard filling up with agency workers on day rates who are gone the minute the last hull goes down the slipway.

ELLEN MARSH: Has the union had any talks with management about the contract?

DAVIE KERR: We met Callum Reid, the operations director, on Monday, the day before the announcement. We've agreed in principle that the new starts come in on the same terms as the existing workforce. We settled a pay deal back in the summer, 4.5 per cent from January, and that applies to everybody, new or old.

ELLEN MARSH: Any concerns?

DAVIE KERR: Housing, honestly. If you bring eight hundred-odd people into a town this size, some of them from outside, where do they live? The council needs to be in this conversation. And the new build hall, eighteen months to build it, we need that done on time or the whole schedule slips.

ELLEN MARSH: Priya, what does this mean for you?

PRIYA SANDHU: It means I've got a future here. I started my apprenticeship in September last year. It's four years, so I'll finish in 2028, and the first ship is due in 2029. So I'll be one of the people who builds the first ship. That's a mad thing to say out loud.

ELLEN MARSH: Is there a family connection?

PRIYA SANDHU: My grandad worked here. He was a welder too, in the seventies and eighties. He's 81 now and he rang me at half six yesterday morning before it was even on the news. He'd heard it from someone at the bowling club.

ELLEN MARSH: How many of you are in your apprentice year?

PRIYA SANDHU: There are 35 of us in my intake. Eleven of us are women, which is more than there's ever been. When I started people kept asking if I was in the office.

ELLEN MARSH: And you travel in?

PRIYA SANDHU: From Kilwarren. It's about 40 minutes on the bus, two buses actually. If they're hiring this many people they should really talk to the bus company.

DAVIE KERR: That's a fair point. That's going on my list.

ELLEN MARSH: Davie, last word?

DAVIE KERR: Good news for the town. Now the work starts. And if the government wants to talk about British ships built by British workers, they can start by making sure the steel is British as well.

ELLEN MARSH: Thank you both.

[END OF RECORDING]
`;

describe('the fortieth round: denials and words (h350–h355 and earlier drafts), with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"less than substantial harm" denies "substantial harm"; a neighbour\'s "We haven\'t had a reply yet"', async () => {
    const decision = expectVerdictWith(await workspaceIndex({ 'sources/inspector_decision_summary.html': CAR_PARK_DECISION }));
    const harm = decision('contradicted', 'She found the car park would cause substantial harm to the Fenwick Green Conservation Area, but that the benefits outweighed it.');
    assert.equal(harm.conflicts[0].kind, 'negation', why(harm));
    decision('supported', 'She found the car park would cause less than substantial harm to the Fenwick Green Conservation Area, but that the benefits outweighed it.');
    const radio = expectVerdictWith(await workspaceIndex({ 'sources/wvr_drive_transcript_2025-03-13.txt': RADIO_TRANSCRIPT }));
    radio('contradicted', 'The council has written to the agency asking for £500,000 to cover wear on local roads and extra traffic management, and has already received a reply.', [['reply', "We haven't had a reply yet"]]);
    radio('supported', 'The council has written to the agency asking for £500,000 to cover wear on local roads and extra traffic management.');
  });

  test('"lacked" denies as "did not have" does; "I hope not" is no denial', async () => {
    const scrutiny = judgeWith(await workspaceIndex({ 'sources/scrutiny_transcript.txt': SCRUTINY_TRANSCRIPT }))('She told councillors that 40 of roughly 600 remote access accounts lacked multi-factor authentication at the time, most of them belonging to suppliers.');
    assert.ok(!scrutiny.conflicts.some((c) => c.kind === 'negation'), why(scrutiny));
    const head = judgeWith(await workspaceIndex({ 'sources/interview_castlegate_2024-03-15.txt': HEADTEACHER_INTERVIEW }))('Mr Ellison said he hoped to avoid compulsory redundancies because three staff are retiring this summer and two vacancies have been left unfilled.');
    assert.ok(!head.conflicts.some((c) => c.kind === 'negation'), why(head));
  });

  test('"medical supplies" are "medical consumables"; a "second-year apprentice" is no place', async () => {
    const rescue = expectVerdictWith(await workspaceIndex({ 'sources/svmrt_incident_log_2025-014.txt': RESCUE_LOG }));
    rescue('supported', 'The team, which does not charge families, estimates that fuel, medical supplies and a replacement rope sling cost about £640, which it will meet from its own funds.');
    const shipyard = judgeWith(await workspaceIndex({ 'sources/interview_kerr_sandhu.txt': SHIPYARD_INTERVIEW }))('Davie Kerr, the senior convenor at Halbrook for the General Engineering and Shipbuilding Union, said his first reaction was "relief, mostly".');
    assert.ok(!shipyard.conflicts.some((c) => c.kind === 'ordinal'), why(shipyard));
  });
});
