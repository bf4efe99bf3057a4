/**
 * The thirty-ninth round, third part: false alarms shown as errors in the drafts written against its second fixes
 * (h320–h325: a reservoir drowning inquest, a pothole backlog, a factory fire, a stadium expansion, a school's
 * downgrade, a county lines sentencing). "29 degrees" is "29C"; a post as a transcript's label ("CORONER") is the one
 * person the header gives it; a note in brackets ("[Witness sworn: …]") is no one's words; "Head of Reservoir
 * Safety" has no body; an age is only an age column's, and a row's age only an age's rival; a length of time has no
 * rival in a column of words the claim has none of; "the 21-day consultation" is no count's rival; a place and a
 * body after "the" are no two people given each other's words. Then, from the drafts written against those fixes
 * (h326–h331): a log's "Weather:" and "Remarks (D.M.):" are no speakers, a note's word in brackets ("(inbound, 3,800
 * tonnes gas oil)") is no rival of the claim's verb, and "lacked a receipt" denies as "had no receipt" does. The
 * fixtures are the helpers' sources; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { STADIUM_PLANNING_REPORT } from './fixtures';
import { withProductWordVectors } from './productVectors';
import { expectVerdictWith, judgeWith, misattributions, why, workspaceIndex } from './sources';

const INQUEST = `BRACKENDALE CORONER'S COURT
Inquest into the death of Kieran James Ashdown (aged 16)
Transcript of proceedings, Day 2 - Wednesday 15 January 2025
Before: Helen Marsden, Area Coroner for Brackendale and the Upper Calder
Venue: Court 2, Brackendale Town Hall
Present: Priya Nandra (counsel for the Ashdown family); Jonathan Reece (solicitor for Pennine Vale Water)
Recorded and transcribed by Calder Court Reporting Ltd

[Hearing resumed 10:02]

CORONER: Good morning. Yesterday, Tuesday, we heard from Kieran's mother, from his friend Owen Pritchard and from the ambulance crew. This morning I will hear from Station Manager Calloway, from Dr Hale and from Mr Whitley of Pennine Vale Water. Station Manager, please take the oath.

[Witness sworn: Station Manager Ruth Calloway, Calderbrook Fire and Rescue Service]

CORONER: Station Manager, you were the incident commander at Hollinsmoor Reservoir on Saturday 22 June 2024?

CALLOWAY: I was, ma'am. Our control room received the 999 call at 4:52pm. The first appliance, from Lowfold station, was at the western bay at 5:11pm, so a response time of nineteen minutes. In total we committed four appliances and eleven firefighters.

CORONER: What did your crews find on arrival?

CALLOWAY: Kieran's friends were on the bank and had lost sight of him roughly ten minutes before we arrived. There was no one in the water we could see. Two of my firefighters entered the shallows in water rescue suits, but the bed shelves very steeply at that point. About four metres out the depth goes from waist height to more than six metres.

CORONER: Who recovered Kieran?

CALLOWAY: The North Ridings Police Underwater Search Unit. They arrived at 6:05pm and Kieran was recovered at 6:40pm, about twenty-five metres from the shore, at a depth of roughly seven metres.

MS NANDRA: Station Manager, was there a throwline at the western bay that afternoon?

CALLOWAY: There is a throwline station at the western bay, but when my crew checked it the cabinet was empty. The line was not there.

MS NANDRA: And the warning signs?

CALLOWAY: We found the post for one sign with the sign torn off. I did not see any other sign within sight of that bay.

CORONER: Thank you. Dr Hale, please.

[Witness sworn: Dr Simon Hale, consultant pathologist, Brackendale General Hospital]

CORONER: Dr Hale, what was the medical cause of death?

HALE: The medical cause of death was 1a, drowning. There were no injuries suggestive of any third-party involvement, and toxicology found no alcohol and no drugs in Kieran's system.

CORONER: Could cold water have played a part?

HALE: In my opinion it is likely that cold water shock was a significant contributing factor. The air temperature that afternoon was about 29 degrees, but the water at depth was around 11 degrees. Sudden immersion at that temperature causes an involuntary gasp and rapid breathing for up to a minute, and a strong swimmer can inhale water before he has any chance to react.

CORONER: Thank you, Doctor. Mr Whitley.

[Witness sworn: Graham Whitley, Head of Reservoir Safety, Pennine Vale Water]

CORONER: Mr Whitley, how large is Hollinsmoor?

WHITLEY: It is a 3.2-mile perimeter, ma'am. Before June last year we had fourteen warning signs around it and six throwline stations, which were installed in 2023.

MS NANDRA: When was the company told that signs at the western bay were missing?

WHITLEY: A member of the public reported on Monday 8 April 2024 that two signs at the western bay had been vandalised.

MS NANDRA: And when were they replaced?

WHITLEY: On Wednesday 26 June.

MS NANDRA: Four days after Kieran died, and eleven weeks after you were told.

WHITLEY: That is correct. I accept that is far too long. The report went into a general maintenance queue rather than being treated as a safety matter. We have since changed that.

MS NANDRA: Who checked the throwline stations?

WHITLEY: Our rangers were supposed to check them weekly. The records show that the western bay station was last signed off as complete on 2 June.

MS NANDRA: So it had not been checked for nearly three weeks?

WHITLEY: Not on the records, no.

CORONER: How many rangers covered Hollinsmoor last summer?

WHITLEY: Nine rangers cover all twenty-seven of our reservoirs. Hollinsmoor had ranger patrols of about sixteen hours a week at weekends.

MR REECE: Mr Whitley, would a sign or a throwline have saved Kieran?

WHITLEY: I cannot say that. Nobody can. But I would rather they had been there.

[Short adjournment 11:40 - 12:05]

CORONER: I am now in a position to give my findings. Kieran was sixteen, a pupil at Lowfold Academy and, everyone tells me, a confident swimmer. On a very hot Saturday he went with three friends to Hollinsmoor Reservoir. He entered the water from the western bay at about 4:40pm, swam out, got into difficulty and went under. His friends acted bravely and called for help promptly.

CORONER: I find that Kieran died from drowning, and that cold water shock more likely than not contributed. My conclusion is one of accidental death.

CORONER: I am, however, concerned by the evidence that vandalised warning signs were left unreplaced for eleven weeks and that a throwline cabinet was empty and unchecked. I will be issuing a report to prevent future deaths to Pennine Vale Water, and copying it to Calderbrook Fire and Rescue Service. The company must respond within 56 days.

CORONER: To Kieran's family, I offer my sincere condolences. This inquest is now closed.

[Hearing closed 12:31]
`;

const SENTENCING = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>R v Atkins and others - Sentencing summary - Kingsford Crown Court</title>
</head>
<body>
<h1>R v Atkins and others (Operation Kestrel)</h1>
<p><strong>Court:</strong> Kingsford Crown Court<br>
<strong>Judge:</strong> His Honour Judge Richard Pembroke<br>
<strong>Date of sentence:</strong> Friday 8 November 2024<br>
<strong>Prosecution:</strong> Sarah Lindqvist KC, for the Crown Prosecution Service<br>
<strong>Summary prepared by:</strong> CPS West Midlands and Severn press office</p>

<h2>Background</h2>
<p>The defendants were members of, or worked for, a county lines drug supply network known as the "Kestrel line", which supplied crack cocaine and heroin from Kingsford to Ashbridge between January 2023 and May 2024. The network was dismantled by Severnshire Police under Operation Kestrel, with coordinated warrants executed on Thursday 9 May 2024.</p>

<p>Nine people were charged. Jermaine Atkins and Connor Reilly denied the charges and were convicted on Tuesday 22 October 2024 after a six-week trial; the jury deliberated for 11 hours. Five other defendants pleaded guilty at earlier hearings. Two further defendants were acquitted and are not named in this summary.</p>

<p>The prosecution case was that Atkins controlled the line and directed Reilly, who operated the deal phone. The court heard that Atkins recruited children as young as 14 from Kingsford, transported them by train and taxi to Ashbridge, and kept them in cuckooed flats for up to ten days at a time. Ms Lindqvist told the court that at least eight children had been exploited by the line over its lifetime, six of whom were found during the raids.</p>

<p>Financial evidence showed that more than £410,000 passed through bank accounts linked to Atkins over sixteen months. Atkins told the jury he earned his money from buying and selling cars, an account the jury rejected.</p>

<h2>Sentences</h2>
<table border="1">
<thead>
<tr><th>Defendant</th><th>Age</th><th>Home town</th><th>Role</th><th>Plea</th><th>Offences</th><th>Sentence</th></tr>
</thead>
<tbody>
<tr><td>Jermaine Atkins</td><td>26</td><td>Kingsford</td><td>Line controller</td><td>Not guilty (convicted)</td><td>Conspiracy to supply Class A drugs (x2); arranging travel of a person with a view to exploitation (Modern Slavery Act 2015)</td><td>14 years</td></tr>
<tr><td>Connor Reilly</td><td>31</td><td>Kingsford</td><td>Ran deal phone</td><td>Not guilty (convicted)</td><td>Conspiracy to supply Class A drugs (x2)</td><td>9 years 6 months</td></tr>
<tr><td>Marcus Hale</td><td>34</td><td>Ashbridge</td><td>Local dealer</td><td>Guilty</td><td>Conspiracy to supply Class A drugs</td><td>4 years 8 months</td></tr>
<tr><td>Tyrell Bassey</td><td>22</td><td>Kingsford</td><td>Courier</td><td>Guilty</td><td>Conspiracy to supply Class A drugs; possession of a bladed article</td><td>5 years 3 months</td></tr>
<tr><td>Ryan Cole</td><td>24</td><td>Kingsford</td><td>Driver</td><td>Guilty</td><td>Conspiracy to supply Class A drugs</td><td>4 years</td></tr>
<tr><td>Kayleigh Moss</td><td>29</td><td>Ashbridge</td><td>Stored drugs at her flat</td><td>Guilty</td><td>Conspiracy to supply Class A drugs</td><td>3 years 4 months</td></tr>
<tr><td>Dean Whitlow</td><td>19</td><td>Ashbridge</td><td>Street runner</td><td>Guilty</td><td>Conspiracy to supply Class A drugs</td><td>2 years' detention in a young offender institution, suspended for 18 months, with 200 hours of unpaid work</td></tr>
</tbody>
</table>
<p>The six immediate custodial sentences total 40 years and 9 months. Atkins was also made subject to a Slavery and Trafficking Prevention Order lasting 10 years.</p>

<h2>Sentencing remarks (extracts)</h2>
<p>Judge Pembroke said of Atkins: "You treated children as tools of your trade. You moved them across the county like parcels, and when they were frightened you told them they owed you money."</p>

<p>Addressing Reilly, the judge said: "You were not the man at the top, but you were the voice on the phone, and without you this line could not have operated."</p>

<p>The judge said he had given Moss credit for her guilty plea and had taken into account that she was "herself a drug user who was pressured and, at times, threatened by those above her".</p>

<p>On Whitlow, the judge said that he had suspended the sentence because of Whitlow's age, his early guilty plea and the "real progress" he had made with a drug treatment programme since his arrest.</p>

<h2>Next steps</h2>
<p>A Proceeds of Crime Act confiscation hearing for Atkins and Reilly has been listed for Friday 21 March 2025 at Kingsford Crown Court.</p>

<p>Sarah Lindqvist KC said after the hearing: "This case shows that county lines offenders who exploit children will face not only drugs charges but modern slavery charges, and the long sentences that follow."</p>
</body>
</html>
`;

const HARBOUR_LOG = `KELVANE HARBOUR AUTHORITY
HARBOUR MASTER'S DAILY LOG — PORT OF KELVANE
Officer in charge: Capt. Declan Moyles, Harbour Master
Deputy: Siobhan Arkell, Deputy Harbour Master
Period covered: Tuesday 14 October 2025 to Thursday 16 October 2025
All times local (24-hour clock).

------------------------------------------------------------
TUESDAY 14 OCTOBER 2025
------------------------------------------------------------
05:10  Weather: wind SW force 4, sea moderate, visibility good. High water 07:42.
05:55  Coxswain of pilot launch reports fishing vessels gathering off the North Pier, approx. 20 vessels.
06:20  Fishing vessels begin forming a line across the harbour entrance between the North Pier head and the Carrag Rock beacon. Vessels display banners of the Kelvane Inshore Fishermen's Federation (KIFF).
06:35  Count confirmed by Deputy Harbour Master S. Arkell: 31 vessels in the line, a further 7 standing by inside the basin. Total 38 vessels.
06:40  Radio contact on Ch. 14 with FV Morning Tern (skipper Padraig Fenlon, chairman of KIFF). Skipper states the line will hold "until the Minister comes to Kelvane or sends someone who can sign something." Skipper confirms emergency vessels and the lifeboat will be let through on request.
06:52  Informed Westbay Ferries operations (duty manager Conor Haslett) that the entrance is obstructed. Ferry MV Corrib Star, scheduled departure 07:30 for Inishcarr, held alongside Berth 2.
07:15  Informed Garda station Kelvane (Sgt. Lorraine Daly) and the Department of Marine Affairs duty officer.
07:30  MV Corrib Star departure cancelled. 146 passengers and 22 vehicles on board disembarked by 08:05.
09:10  Fuel tanker MT Solway Grace (inbound, 3,800 tonnes gas oil) advised to anchor in Kelvane Roads. Anchored 09:48.
11:00  Meeting on North Pier with P. Fenlon and KIFF secretary Maura Quaid. Requested that a channel of at least 40 metres be kept open for emergency traffic. Agreed by KIFF.
13:25  RNLI lifeboat launched on exercise; passed through line without delay, 13:31.
15:00  Westbay Ferries cancels 15:30 and 19:00 sailings. Total sailings cancelled today: 3.
18:45  Line still in place. 38 vessels. Night watch doubled.

Remarks (D.M.): A peaceful blockade so far. No damage, no injuries. As I said to the skippers this morning, "My job is to keep this harbour safe, not to take sides on quotas."

------------------------------------------------------------
WEDNESDAY 15 OCTOBER 2025
------------------------------------------------------------
05:30  Weather: wind W force 5, gusting 6. Line intact. 38 vessels.
07:00  Westbay Ferries cancels all sailings for the day (3 sailings).
08:20  Two vessels (FV Glen Aisling, FV Star of Carrag) leave the line to land catch at the East Quay. Both return to the line by 10:40.
10:05  Call from Department of Marine Affairs, Assistant Secretary Ronan Tiernan. Advised that a Department official will not travel today.
12:30  MT Solway Grace remains at anchor in Kelvane Roads; master reports vessel can wait 48 hours before charterer costs rise.
14:10  Kelvane Chamber of Commerce (president Fidelma Gorry) requests an estimate of costs. Harbour Authority estimate of lost harbour dues: EUR 18,400 per day.
16:50  Fishing vessel numbers rise to 41 as three vessels from Portnaree join the line.
19:30  Line holds. 41 vessels.

Remarks (D.M.): Second day. Island residents on Inishcarr are now without a ferry for 36 hours. Fresh food deliveries to the island stopped. I have asked the Department twice for a timeline.

------------------------------------------------------------
THURSDAY 16 OCTOBER 2025
------------------------------------------------------------
05:40  Weather: wind W force 3. Line intact, 41 vessels.
07:00  Westbay Ferries cancels 07:30 sailing. Cumulative cancelled sailings since Tuesday: 7.
11:15  Department of Marine Affairs issues statement (copy received by email 11:40). Minister to meet KIFF on Monday 20 October.
13:00  KIFF meeting aboard FV Morning Tern. Vote reported by M. Quaid: 29 skippers in favour of lifting the blockade, 12 against.
15:20  First vessels leave the line.
17:30  Harbour entrance clear. Blockade lifted. Duration of obstruction: 59 hours 10 minutes (06:20 Tuesday to 17:30 Thursday).
18:05  MT Solway Grace weighs anchor; alongside the oil berth 19:20.
19:00  MV Corrib Star sails for Inishcarr with 88 passengers and supplies.

Remarks (D.M.): Harbour back in normal operation. No injuries recorded throughout. Summary table below.

SUMMARY — BLOCKADE 14–16 OCTOBER 2025
Item                                  Figure
------------------------------------  ----------------
Peak number of vessels in line        41
Ferry sailings cancelled              7
Passengers affected (est.)            about 620
Tanker delay (MT Solway Grace)        about 2 days 8 hours
Lost harbour dues (est.)              EUR 46,000
Injuries                              0
Arrests                               0

Signed: D. Moyles, Harbour Master, 16/10/2025
`;

const WHISTLEBLOWER_INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Friday 15 March 2024
Location: Café, Station Road, Kelbridge (recorded with consent)
Interviewer: Sarah Finch, reporter, Kelbridge Courier
Interviewee: Callum Doyle, former Finance Officer, Northvale Young Carers Trust
Duration: 47 minutes (extract; lightly edited for hesitations)

SARAH FINCH: Thanks for agreeing to speak on the record. Can you start by telling me what your job was at the Trust?

CALLUM DOYLE: I was the finance officer. I joined in June 2021 and I left on Friday 24 November 2023. Day to day I processed invoices, did the payroll checks and entered staff expenses into the system.

SARAH FINCH: When did you first notice something about the chief executive's expenses?

CALLUM DOYLE: Around the spring of 2023. It was the rail tickets first. Everybody else at the Trust travels standard class, that's in the policy. Miriam's tickets were first class, nearly every time. A return to London first class can be three or four times the standard fare.

SARAH FINCH: Did you raise that with anyone?

CALLUM DOYLE: I raised it with my line manager, the finance manager, Derek Sowerby. He said it was above his pay grade. At that point the finance manager was the one signing off her claims, and he told me he didn't feel able to say no to the chief executive.

SARAH FINCH: So what did you do next?

CALLUM DOYLE: On Monday 18 September 2023 I went to Geoffrey Pell, the chair, and I gave him a spreadsheet. It listed about ninety claims that I thought had no receipt or no clear business reason. I remember I'd worked on it for three weekends.

SARAH FINCH: What was his reaction?

CALLUM DOYLE: He was polite. He thanked me. He said the board would look into it. And then, as far as I could see, what happened was they changed who signed the forms. That was it. Nobody from the board ever came back to me.

SARAH FINCH: Why did you leave?

CALLUM DOYLE: Honestly, it had become uncomfortable. I felt people knew I'd gone to the chair. I wasn't pushed out exactly, but I wasn't made to feel welcome either. I handed in my notice in October and left in November.

SARAH FINCH: And you went to the regulator.

CALLUM DOYLE: Yes. I emailed the Charity Standards Commission on the ninth of January. I waited until after Christmas because I wanted to be sure I wasn't just angry. I sent them the same spreadsheet and a two-page covering letter.

SARAH FINCH: Were there particular claims that stood out?

CALLUM DOYLE: A few. There was a hotel in Edinburgh, two nights, about six hundred pounds, for a conference that as far as I could tell she didn't attend. There were dinners for "stakeholder meetings" where the receipt showed a table for two on a Saturday night. I'm not saying every claim was wrong. Most staff expenses at the Trust were tiny, twenty or thirty quid for mileage.

SARAH FINCH: The board's own review says £31,450 of claims are being questioned. Does that figure surprise you?

CALLUM DOYLE: No. If anything, I'd thought it was a bit higher. My spreadsheet only went up to August 2023.

SARAH FINCH: What do you want to happen now?

CALLUM DOYLE: I want it looked at properly, by people who don't owe her anything. The families we worked with — some of those kids are twelve, thirteen, looking after a mum with MS. Every pound matters. I didn't do this to get anyone sacked. I did it because I couldn't keep typing those numbers in and saying nothing.

SARAH FINCH: Dr Ashcombe's solicitor says every journey and meal was for the benefit of the Trust. What would you say to that?

CALLUM DOYLE: Then she should be able to show the receipts. That's all anyone ever asked for.

SARAH FINCH: Thank you, Callum.

CALLUM DOYLE: Thanks.

[END OF EXTRACT]
`;

const INCIDENT_SUMMARY = `# Northmoor Fire and Rescue Service — Incident Summary

**Incident number:** NFRS-2025-18842
**Incident type:** Commercial building fire (industrial), with evacuation of residential properties
**Location:** Delvin Polymers Ltd, Unit 7, Kestrel Way, Ashby Cross Industrial Estate, Wexcombe
**Date of call:** Tuesday 14 October 2025
**Status at time of writing:** Under control; crews remain on scene damping down
**Prepared by:** Station Manager Aisha Malik, Wexcombe Fire Station
**Approved by:** Area Manager Ruth Okonedo, Incident Commander

## 1. Summary

At 21:52 on Tuesday 14 October 2025, Northmoor Fire and Rescue Service (NFRS) received a call from a security officer at Delvin Polymers Ltd reporting smoke and flames from the extrusion hall of the company's main production building on Kestrel Way. The first appliance, from Wexcombe Fire Station, was in attendance at 21:59, seven minutes after the call.

The fire spread rapidly through stored polypropylene granules and finished packaging stock. At the peak of the incident, 14 fire engines, two aerial ladder platforms and one high-volume pump were committed, with around 85 firefighters on scene. Crews were drawn from 11 stations across Northmoor.

Because of the volume of smoke and the risk from gas cylinders stored at the rear of the site, the Incident Commander requested the evacuation of nearby homes. Working with Northmoor Police, crews evacuated 212 homes on Linnet Road, Heron Close and Mill Lane, affecting approximately 540 residents. A 400-metre cordon was put in place. Wexcombe Borough Council opened a rest centre at Wexcombe Leisure Centre.

The fire was declared under control at 11:40 on Wednesday 15 October, almost 14 hours after the first call. Around 60 per cent of the 4,800-square-metre main building has been destroyed. A partial roof collapse occurred shortly after midnight.

Area Manager Ruth Okonedo, the Incident Commander, said: "Crews worked through the night in extremely difficult conditions, and their decision to hold the fire at the firewall saved the dispatch warehouse and almost certainly prevented it reaching the gas store."

## 2. Timeline

| Time | Day | Event |
|------|-----|-------|
| 21:52 | Tuesday 14 Oct | 999 call received from site security officer |
| 21:59 | Tuesday 14 Oct | First appliance (Wexcombe) in attendance |
| 22:08 | Tuesday 14 Oct | Make pumps 8; all 38 night-shift staff confirmed accounted for |
| 22:40 | Tuesday 14 Oct | Evacuation of Linnet Road and Heron Close begins with Northmoor Police |
| 23:05 | Tuesday 14 Oct | Evacuation extended to Mill Lane; 400 m cordon in place |
| 23:30 | Tuesday 14 Oct | Make pumps 14; second aerial ladder platform requested |
| 00:15 | Wednesday 15 Oct | Partial roof collapse over extrusion hall |
| 03:10 | Wednesday 15 Oct | Fire surrounded; firewall to dispatch warehouse holding |
| 06:30 | Wednesday 15 Oct | Relief crews in attendance; appliances reduced to 10 |
| 11:40 | Wednesday 15 Oct | Fire declared under control |

## 3. Casualties

| Casualty | Details | Outcome |
|----------|---------|---------|
| Workers treated at scene | 3 employees, smoke inhalation | Treated by ambulance crews |
| Worker taken to hospital | Man, 52, smoke inhalation | Taken to Wexcombe General Hospital; discharged Wednesday morning |
| Firefighter | Minor burn to right hand | Treated at scene; returned to duty |

There were no fatalities. No residents were injured.

## 4. Cause

The cause of the fire is under investigation by NFRS fire investigators jointly with Northmoor Police. Early indications point to an electrical fault in the control cabinet of extrusion line 3. The fire is not currently being treated as deliberate.

Group Manager Tom Pellow, head of fire investigation, said: "We have an open mind, but nothing we have seen so far suggests this was started deliberately. It will be some weeks before we can say anything definitive."

## 5. Next steps

- Crews will remain on scene for at least 48 hours damping down hot spots.
- A joint review with Delvin Polymers and the Environment Agency on fire-water run-off into the Wex Brook is scheduled for Monday 20 October.
- The decision on when residents may return home will be taken jointly with Wexcombe Borough Council and the Environment Agency.
`;


describe('the thirty-ninth round: inquests, sentences and consultations (h320–h325), with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"29 degrees" is "29C"; a head of something has no body of that name', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'sources/inquest_transcript_ashdown.txt': INQUEST }));
    verdict('supported', 'Although the air temperature was about 29C that afternoon, the water at depth was around 11C, he said.');
    assert.notEqual(judgeWith(await workspaceIndex({ 'sources/inquest_transcript_ashdown.txt': INQUEST }))('Although the air temperature was about 29C that afternoon, the water at depth was around 15C, he said.').verdict, 'supported');
    verdict('supported', 'Graham Whitley, head of reservoir safety at Pennine Vale Water, said the company had been told on Monday 8 April that two warning signs at the western bay had been vandalised.');
  });

  test('a transcript\'s "CORONER" is the coroner the header names; "[Witness sworn: …]" is no one\'s words', async () => {
    const files = { 'sources/inquest_transcript_ashdown.txt': INQUEST };
    assert.deepEqual(await misattributions(files, 'Ms Marsden said she was concerned that vandalised signs had been left unreplaced for eleven weeks.'), []);
    assert.deepEqual(
      await misattributions(files, 'Station Manager Ruth Calloway of Calderbrook Fire and Rescue Service, who led the response, said four appliances and eleven firefighters were sent.'),
      [],
    );
  });

  test('an age is an age column\'s; a trial\'s length is no sentence', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/sentencing_summary.html': SENTENCING }));
    const convicted = judge('Atkins was convicted in October, after a trial lasting six weeks, of two counts of conspiracy to supply Class A drugs and of arranging travel of a person with a view to exploitation under the Modern Slavery Act.');
    assert.notEqual(convicted.verdict, 'contradicted', why(convicted));
    const aged = judge('Jermaine Atkins, 26, was sentenced on Friday 8 November alongside six other members of the so-called "Kestrel line", which supplied crack cocaine and heroin to the market town.');
    assert.ok(!aged.conflicts.some((c) => c.source.startsWith('Sentence')), why(aged));
  });

  test('"the 21-day consultation" is no count\'s rival; a place and a body are not two people given each other\'s words', async () => {
    const planning = expectVerdictWith(await workspaceIndex({ 'sources/planning_officer_report.md': STADIUM_PLANNING_REPORT }));
    planning('supported', 'The council received 1,236 representations, of which 874 supported the plans and 329 objected.');
    const incident = expectVerdictWith(await workspaceIndex({ 'sources/nfrs_incident_summary.md': INCIDENT_SUMMARY }));
    incident('supported', 'A joint review of fire-water run-off into the Wex Brook, involving the fire service, the company and the Environment Agency, is due on Monday 20 October.');
  });

  test('a log\'s "Weather:" and "Remarks:" are no speakers; a note\'s word in brackets is no verb\'s rival; "lacked" denies as "had no"', async () => {
    const files = { 'sources/harbour_masters_log.txt': HARBOUR_LOG };
    assert.deepEqual(await misattributions(files, 'The Kelvane Harbour Authority estimates it lost €18,400 in harbour dues each day, or about €46,000 in total.'), []);
    assert.deepEqual(await misattributions(files, '"My job is to keep this harbour safe, not to take sides on quotas," said harbour master Captain Declan Moyles.'), []);
    const log = expectVerdictWith(await workspaceIndex(files));
    log('supported', 'A fuel tanker, the Solway Grace, carrying 3,800 tonnes of gas oil, was forced to wait at anchor in Kelvane Roads for more than two days.');
    const interview = judgeWith(await workspaceIndex({ 'sources/interview_doyle.txt': WHISTLEBLOWER_INTERVIEW }));
    const lacked = interview('On Monday 18 September 2023, Mr Doyle handed the chair a spreadsheet listing about ninety claims he believed lacked a receipt or a clear business reason.');
    assert.notEqual(lacked.verdict, 'contradicted', why(lacked));
  });
});
