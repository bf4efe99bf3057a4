/**
 * A dog owner sentenced after a dog attack: the local newspaper's court report (HTML) and the council's dog warden
 * service statement (Markdown). The sources are written for these tests (from a helper's draft); the people and the places
 * are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Dog owner given suspended sentence after Brackenhill park attack | Kestrelford Gazette</title>
  <meta name="description" content="A Kestrelford man whose dog savaged a pensioner and her terrier on Brackenhill Recreation Ground has been given a suspended prison sentence and banned from keeping dogs.">
  <link rel="canonical" href="https://www.kestrelfordgazette.co.uk/news/courts/dog-owner-suspended-sentence-brackenhill-attack">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Kestrelford Gazette</a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/news/">News</a></li>
        <li><a href="/news/courts/">Courts</a></li>
        <li><a href="/sport/">Sport</a></li>
        <li><a href="/whats-on/">What's On</a></li>
        <li><a href="/property/">Property</a></li>
        <li><a href="/announcements/">Announcements</a></li>
        <li><a href="/subscribe/">Subscribe</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <a href="/">Home</a> &rsaquo; <a href="/news/">News</a> &rsaquo; <a href="/news/courts/">Courts</a>
  </nav>

  <main>
    <article class="story">
      <h1>Dog owner given suspended sentence after Brackenhill park attack</h1>
      <p class="standfirst">Pensioner needed 23 stitches after American bulldog cross savaged her and her terrier on recreation ground</p>
      <p class="byline">By Tom Hadley, Court Reporter</p>
      <p class="dateline"><time datetime="2025-03-07T06:00">Friday 7 March 2025, 6:00am</time></p>

      <p>A Kestrelford man whose dog savaged a pensioner and her pet terrier on a busy recreation ground has been given a suspended prison sentence and banned from keeping dogs for five years.</p>

      <p>Darren Whitlock, 43, of Mallory Road, Kestrelford, was sentenced at Kestrelford Magistrates' Court on Thursday 6 March 2025 after earlier admitting being the owner of a dog dangerously out of control causing injury, contrary to section 3 of the Dangerous Dogs Act 1991. He entered his guilty plea at a hearing on Tuesday 4 February 2025.</p>

      <p>District Judge Marian Feltham sentenced him to 18 weeks in prison, suspended for 24 months, and ordered him to carry out 120 hours of unpaid work. She also ordered him to pay £1,250 compensation to the victim, £85 in prosecution costs and a £154 victim surcharge.</p>

      <p>The dog, a three-year-old American bulldog cross called Rocco, was ordered to be destroyed.</p>

      <h2>'Like being hit by a car'</h2>

      <p>The court heard that Elaine Pruitt, 67, a retired school librarian, was walking her Jack Russell terrier, Pip, on Brackenhill Recreation Ground at about 7.40am on Saturday 14 September 2024 when Rocco ran at them from the direction of the car park off Fenwick Lane.</p>

      <p>Harriet Okonjo, prosecuting for the Crown Prosecution Service, said the dog was off its lead and Whitlock was about 60 metres away, talking on his mobile phone.</p>

      <p>"Rocco seized the terrier by the neck and, when Mrs Pruitt tried to pick her dog up, turned on her," Ms Okonjo told the court. "She was bitten repeatedly on her left forearm and right hand and was knocked to the ground."</p>

      <p>Two passers-by, one of them an off-duty paramedic, pulled the dog away. Mrs Pruitt was taken to Kestrelford General Hospital, where she needed 23 stitches and stayed for three nights. Pip needed emergency surgery, and the vet's bill came to £2,340.</p>

      <p>In a victim personal statement read to the court, Mrs Pruitt said: "It was like being hit by a car. I have walked on that field every morning for twenty years and now I cannot go past the gate."</p>

      <p>She added that she still has limited grip in her right hand and has stopped volunteering at the Brackenhill library on Wednesdays.</p>

      <h2>Previous warning</h2>

      <p>The court was told that Kestrelford Borough Council's dog warden service had issued Whitlock with a Community Protection Warning on Friday 3 May 2024, after Rocco chased a cyclist on the same recreation ground on 28 April 2024. The warning required him to keep the dog on a lead in public places.</p>

      <p>Callum Reddy, defending, said his client was "deeply ashamed" and had written to Mrs Pruitt to apologise. Mr Reddy said Whitlock, a self-employed plasterer, had no previous convictions and had paid £600 towards Pip's vet bills before the case came to court.</p>

      <p>"He accepts that he failed in the most basic duty of a dog owner, and he will live with that," Mr Reddy said.</p>

      <h2>'A warning ignored'</h2>

      <p>Passing sentence, District Judge Feltham told Whitlock: "You were warned in writing four months before this attack that your dog had to be on a lead. You chose to ignore that warning, and a woman who had done nothing wrong paid the price."</p>

      <p>She said the sentence would have been immediate custody but for his early guilty plea, his clean record and the fact that he cares for his elderly mother.</p>

      <p>Whitlock was banned from owning or keeping a dog for five years and cannot apply to have the disqualification lifted for at least 12 months.</p>

      <p>Speaking outside court, Mrs Pruitt's daughter, Joanne Pruitt, said the family were "relieved it is over" and thanked the two passers-by and the staff on Ward 9 at Kestrelford General Hospital.</p>

      <p>Kestrelford Borough Council said it would introduce a Public Spaces Protection Order requiring dogs to be kept on leads on part of Brackenhill Recreation Ground from Tuesday 1 April 2025.</p>

      <aside class="related">
        <h3>Related stories</h3>
        <ul>
          <li><a href="/news/courts/postman-bitten-dog-owner-fined">Postman bitten on Orchard Way round: dog owner fined £400</a></li>
          <li><a href="/news/council-consults-dog-lead-rules-brackenhill">Council consults on dogs-on-leads rules for Brackenhill</a></li>
        </ul>
      </aside>

      <p class="tags">Topics: <a href="/tags/courts">Courts</a> <a href="/tags/kestrelford">Kestrelford</a> <a href="/tags/dogs">Dogs</a></p>
    </article>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <ul>
        <li><a href="/contact/">Contact us</a></li>
        <li><a href="/about/complaints/">Complaints and corrections</a></li>
        <li><a href="/privacy/">Privacy notice</a></li>
        <li><a href="/cookies/">Cookie settings</a></li>
        <li><a href="/terms/">Terms and conditions</a></li>
      </ul>
    </nav>
    <p>The Kestrelford Gazette is a member of the Independent Press Standards Organisation (IPSO) and abides by the Editors' Code of Practice.</p>
    <p>&copy; 2025 Kestrelford Gazette Ltd, 14 Market Row, Kestrelford KF1 2LP. Registered in England and Wales no. 04417732.</p>
  </footer>
</body>
</html>
`;

const STATEMENT = `# Kestrelford Borough Council — Dog Warden Service

## Statement following sentencing of dog owner for Brackenhill Recreation Ground attack

**Published:** Friday 7 March 2025
**Reference:** KBC/NS/PR/2025/041
**Service:** Neighbourhood Services — Dog Warden Service

---

Kestrelford Borough Council welcomes the sentence handed down at Kestrelford Magistrates' Court on Thursday 6 March 2025 to Mr Darren Whitlock, of Mallory Road, Kestrelford, following the attack on a resident and her dog on Brackenhill Recreation Ground on Saturday 14 September 2024.

Mr Whitlock received an 18-week prison sentence suspended for two years, 120 hours of unpaid work and a five-year disqualification from keeping dogs. The court also made a destruction order for his dog, Rocco.

The prosecution was brought by the Crown Prosecution Service following an investigation by Kestrelford Police, supported by evidence supplied by the council's Dog Warden Service.

## Statement from the cabinet member

Councillor Rachel Byers, Cabinet Member for Communities and Public Protection, said:

> "Our thoughts remain with the victim and her family, who have shown enormous dignity throughout this case. Most dog owners in Kestrelford are responsible, but when an owner ignores a formal warning the consequences can be devastating. We will not hesitate to use every power we have to keep our parks safe."

## Statement from the Dog Warden Service

Gareth Moyle, Senior Dog Warden, said:

> "We issued a Community Protection Warning in May 2024 after a dog chased a cyclist on the recreation ground. Our officers visited the owner twice and explained exactly what was required. This case shows why those warnings matter, and why we pass our records to the police when they are ignored."

## Timeline

- **Sunday 28 April 2024** — Dog Warden Service receives a report that a dog chased a cyclist on Brackenhill Recreation Ground.
- **Friday 3 May 2024** — Community Protection Warning issued to the owner, requiring the dog to be kept on a lead in public places.
- **Tuesday 21 May 2024** — Follow-up visit by dog wardens to check compliance.
- **Saturday 14 September 2024, 7.40am** — Attack on Brackenhill Recreation Ground. Kestrelford Police attend; dog seized the same day.
- **Tuesday 4 February 2025** — Owner pleads guilty at Kestrelford Magistrates' Court.
- **Thursday 6 March 2025** — Sentencing at Kestrelford Magistrates' Court.

## Dog incidents in the borough

The Dog Warden Service received 212 reports of dog attacks and dangerous dog behaviour in 2024, up from 174 in 2023, an increase of 22 per cent. In 2024 the service:

- issued 38 Community Protection Warnings and 9 Community Protection Notices;
- collected 146 stray dogs, of which 118 were reunited with their owners;
- carried out 61 joint patrols with Kestrelford Police.

Brackenhill Recreation Ground accounted for 27 of the 212 reports, more than any other park in the borough.

## New Public Spaces Protection Order

Following a six-week public consultation that closed on Friday 31 January 2025 and drew 1,083 responses, the council's cabinet approved a Public Spaces Protection Order (PSPO) on Wednesday 19 February 2025. From **Tuesday 1 April 2025**:

- dogs must be kept on a lead no longer than 2 metres within the children's play area and the sports pitches on Brackenhill Recreation Ground;
- dogs will be excluded altogether from the enclosed play area next to the Fenwick Lane car park;
- anyone breaching the order may be issued with a £100 fixed penalty notice, reduced to £60 if paid within 10 days, or prosecuted and fined up to £1,000.

The order will be reviewed after three years.

## Questions and answers

**Does this mean dogs are banned from Brackenhill Recreation Ground?**
No. Dogs may still be exercised off the lead on the open field to the north of the pavilion, which covers about 4.5 hectares. Leads are required only in the marked zones.

**What is a Community Protection Warning?**
It is a written warning under the Anti-social Behaviour, Crime and Policing Act 2014. If the behaviour continues, the council can issue a Community Protection Notice, and breaching a notice is a criminal offence.

**How do I report a dangerous dog?**
If someone is being attacked or is in immediate danger, call 999. To report a dog that is out of control or a previous incident, contact the Dog Warden Service on 01632 960 418, Monday to Friday, 8am to 6pm, or use the online form at kestrelford.gov.uk/dogwarden.

**Will there be more patrols?**
Yes. Dog wardens will carry out at least 4 patrols a week on Brackenhill Recreation Ground during April and May 2025, including early mornings and weekends.

**Is there help for owners?**
The council will run free "Safe Walks" training sessions for dog owners at the Brackenhill pavilion on the first Saturday of each month from 5 April 2025, in partnership with the charity Kestrelford Dog Welfare Trust.

## Notes to editors

1. The Dog Warden Service is part of the council's Neighbourhood Services directorate, headed by Director of Neighbourhood Services Dr Anita Sandhu.
2. The council did not bring the prosecution and cannot comment on the sentence beyond this statement.
3. Photographs of the new PSPO signage will be available from Monday 24 March 2025.

**Media enquiries:** Kestrelford Borough Council Communications Team, 01632 960 200, press@kestrelford.gov.uk

*Kestrelford Borough Council, Civic Centre, Station Road, Kestrelford KF1 1AA*
`;

const files = { 'gazette-court-report.html': REPORT, 'council-dog-warden-statement.md': STATEMENT };

describe("a dog attack: the court report and the council's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('"Gareth Moyle, Senior Dog Warden, said:" is Moyle speaking, not a person called "Senior Dog Warden"', async () => {
    const report = await checkAgainst(files, "# Sentenced\n\nGareth Moyle, the council's senior dog warden, said: \"This case shows why those warnings matter.\"\n");
    // Was "These words were said by Senior Dog Warden, not Gareth Moyle".
    assert.deepEqual(report.findings.map((f) => f.message), []);
  });

  test("another speaker's words are still another speaker's", async () => {
    const report = await checkAgainst(files, '# Sentenced\n\nGareth Moyle said: "Most dog owners in Kestrelford are responsible, but when an owner ignores a formal warning the consequences can be devastating."\n');
    assert.deepEqual(report.findings.map((f) => f.message.replace(/ \(.*$/, '')), ['These words were said by Councillor Rachel Byers, not Gareth Moyle']);
  });
});
