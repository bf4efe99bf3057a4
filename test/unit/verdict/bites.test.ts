/**
 * A dangerous dog case: the magistrates' court sentencing summary (plain text, with section headings) and the police
 * force's press release (HTML). The sources are written for these tests (from a helper's draft); the people are
 * invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const SUMMARY = `NORTHAMPTON MAGISTRATES' COURT
Regent's Pavilion, Summerhouse Road, Moulton Park, Northampton NN3 6AS

SENTENCING SUMMARY - FOR RELEASE TO ACCREDITED PRESS
Case reference: 2324/0918/24
Court: Courtroom 4
Date of sentence: Tuesday 22 October 2024
Presiding: District Judge (Magistrates' Courts) Helen Carrow

R v DARREN JAMES WHITLOCK

DEFENDANT
Name: Darren James Whitlock
Age: 38 (date of birth 9 June 1986)
Address: Kettering Road, Northampton
Occupation: Unemployed (formerly a scaffolder)
Representation: Mr Tom Ellery, solicitor, Ellery & Moss LLP
Prosecution: Ms Priya Desai, Crown Prosecution Service (CPS East Midlands)

OFFENCE
Being the owner of a dog which was dangerously out of control in a public place and which caused injury, contrary to section 3(1) of the Dangerous Dogs Act 1991.

PLEA
Guilty, entered at the first appearance on Tuesday 17 September 2024. The court allowed full credit of one third for the early plea.

THE DOG
"Bruno", an American bulldog cross, male, aged four, weighing approximately 41kg. The dog was seized by Northamptonshire Police on Friday 15 March 2024 and has been held in secure police kennels since that date. The dog is not a prohibited type under section 1 of the 1991 Act and the prosecution did not allege otherwise.

SUMMARY OF FACTS (as opened by the prosecution and accepted by the defence)
1. At approximately 3.40pm on Thursday 14 March 2024, Amelia Hart, then aged nine, was walking home from school through Abington Park with her grandmother, Margaret Hart, aged 67. They were on the footpath between the boating lake and the aviary.

2. The defendant had let Bruno off the lead on the open grass about 60 metres away. The dog was not wearing a muzzle. The defendant was using his mobile phone and did not see the dog run towards the pair.

3. Bruno jumped at Amelia and bit her left forearm, knocking her to the ground, and then bit her right thigh. Mrs Hart tried to pull the dog away by its collar; she was dragged over and suffered a fractured right wrist.

4. A passer-by, Mr Owen Pryce, aged 24, a delivery driver, ran from the car park and struck the dog repeatedly with his rucksack until it released its grip. The prosecution estimated the attack lasted around 90 seconds. The defendant arrived after the dog had let go and put it back on its lead.

5. The defendant did not call the emergency services. An ambulance was called by Mr Pryce at 3.44pm. The defendant gave his name and address to a park ranger and left the park before police arrived at 4.05pm.

INJURIES
Amelia Hart sustained 14 puncture wounds to her left forearm and right thigh, together with a laceration to her left hand. She was taken to Northampton General Hospital, where she underwent three operations, including a skin graft to the forearm, and remained an inpatient for six days. She has permanent scarring to the arm and leg. A report from a clinical psychologist records symptoms of anxiety and disturbed sleep; Amelia has not returned to Abington Park since the attack.

Margaret Hart's wrist fracture required a cast for seven weeks. She was treated at the same hospital and discharged the same evening.

Mr Pryce received a minor bite to his right hand, which was cleaned and dressed at the scene. He did not require hospital treatment.

ANTECEDENTS
The defendant has no previous convictions. In August 2023, West Northamptonshire Council's dog warden service issued the defendant with a written warning after Bruno chased a jogger on Kettering Road. No one was injured on that occasion. The prosecution relied on the warning as an aggravating feature, as the defendant had been put on notice about the dog's behaviour.

MITIGATION
Mr Ellery, for the defendant, said his client was "genuinely remorseful and has not sought to excuse his behaviour". He told the court the defendant had owned Bruno since the dog was a puppy and that there had been no previous bite. He said the defendant accepted that the dog should not have been off its lead. A pre-sentence report assessed the defendant as presenting a medium risk of harm to the public where dogs are concerned.

SENTENCING REMARKS (extract)
District Judge Carrow said: "You were not in control of that dog, and a nine-year-old child has paid the price for it." She described the incident as "a sustained attack, not a single nip" and said the defendant's decision to leave before police arrived "showed a striking lack of concern for the people your dog had just hurt".

The judge placed the offence in culpability category B and harm category 1 of the Sentencing Council guideline, with a starting point of 30 weeks' custody. Taking account of the aggravating features and the mitigation, and applying the one-third reduction for the guilty plea, she reached a sentence of 20 weeks. She said the sentence could be suspended because the defendant had no previous convictions and there was a realistic prospect of rehabilitation.

SENTENCE
- 20 weeks' imprisonment, suspended for 18 months.
- Unpaid work requirement: 150 hours, to be completed within 12 months.
- Rehabilitation activity requirement: up to 15 days.
- Compensation: £2,500 to Amelia Hart and £750 to Margaret Hart.
- Prosecution costs: £620.
- Victim surcharge: £154.
- Total financial penalty: £4,024, payable at £100 per month, with compensation to be paid first.

ANCILLARY ORDERS
- Destruction order in respect of the dog Bruno under section 4(1)(a) of the Dangerous Dogs Act 1991. The court declined the defence application for a contingent destruction order, finding that the defendant was not a fit and proper person to be in charge of the dog.
- Disqualification from having custody of a dog for 10 years under section 4(1)(b). The defendant may not apply to have the disqualification lifted for at least one year.

The defendant was told he has 28 days to lodge any appeal. The destruction order will not be carried out until that period has expired.

Issued by the Court Listing Office, Northampton Magistrates' Court. This summary is provided for the assistance of the press and does not form part of the official court record.
`;

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Dog owner sentenced after girl, 9, seriously injured in Abington Park attack | Northamptonshire Police</title>
  <meta name="description" content="A Northampton man has been given a suspended prison sentence and banned from keeping dogs for 10 years after his dog attacked a nine-year-old girl.">
  <link rel="stylesheet" href="/assets/css/main.min.css">
</head>
<body>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <div class="container">
      <a href="/" class="logo"><img src="/assets/img/northants-police-logo.svg" alt="Northamptonshire Police"></a>
      <nav class="primary-nav" aria-label="Main">
        <ul>
          <li><a href="/report">Report</a></li>
          <li><a href="/contact">Contact us</a></li>
          <li><a href="/news" aria-current="page">News</a></li>
          <li><a href="/advice">Advice and information</a></li>
          <li><a href="/your-area">Your area</a></li>
          <li><a href="/careers">Careers</a></li>
        </ul>
      </nav>
      <form class="site-search" action="/search" role="search">
        <label for="q" class="visually-hidden">Search</label>
        <input id="q" name="q" type="search" placeholder="Search">
        <button type="submit">Search</button>
      </form>
    </div>
  </header>

  <div class="emergency-banner">
    <p>In an emergency always call 999. For non-emergencies call 101 or <a href="/report">report online</a>.</p>
  </div>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/news">News</a></li>
      <li>Dog owner sentenced after girl, 9, seriously injured in Abington Park attack</li>
    </ol>
  </nav>

  <main id="main-content" class="container news-article">
    <article>
      <h1>Dog owner sentenced after girl, 9, seriously injured in Abington Park attack</h1>
      <p class="meta">Published: 22 October 2024, 4:15pm &middot; Northampton &middot; Press Office</p>

      <p class="lead">A Northampton man whose dog attacked a nine-year-old girl and her grandmother in Abington Park has been given a suspended prison sentence and banned from keeping dogs for 10 years.</p>

      <p>Darren Whitlock, 38, of Kettering Road, Northampton, was sentenced at Northampton Magistrates' Court today (Tuesday 22 October) after pleading guilty to being the owner of a dog dangerously out of control causing injury.</p>

      <p>He received a 20-week prison sentence, suspended for 18 months, and was ordered to carry out 150 hours of unpaid work. He must also pay a total of £4,024 in compensation, costs and a surcharge. The court ordered that his dog, an American bulldog cross called Bruno, be destroyed.</p>

      <h2>What happened</h2>

      <p>Officers were called to Abington Park shortly after 3.40pm on Thursday 14 March following reports that a child had been bitten by a large dog near the boating lake.</p>

      <p>The girl, Amelia Hart, had been walking home from school with her grandmother when the dog, which was off its lead, ran at her and bit her arm and leg. Her grandmother broke her wrist trying to pull the dog away.</p>

      <p>A member of the public, 24-year-old Owen Pryce, intervened and managed to free Amelia before calling an ambulance. Amelia spent six days in Northampton General Hospital and has needed three operations.</p>

      <p>Whitlock left the park before officers arrived but was identified from the details he had given a park ranger. He was arrested at his home at 7.20pm the same evening and the dog was seized the following morning. Bruno has been kept in secure kennels for more than seven months at a cost to the force of around £3,800.</p>

      <h2>Officer's comments</h2>

      <p>The officer in the case, PC Laura Benson, said: "This was a frightening and entirely avoidable attack on a young girl who was simply walking home from school. Mr Whitlock had been warned about his dog's behaviour months before, and he chose to let it run loose in a busy park anyway."</p>

      <p>"I want to pay tribute to Owen Pryce, who put himself in harm's way without a second thought. Without his actions, I have no doubt Amelia's injuries would have been far worse."</p>

      <p>Mr Pryce is to receive a Chief Constable's Commendation for his bravery at a ceremony in December.</p>

      <p>Detective Inspector Mark Oduya, who leads the force's dog-related crime work, said the number of dog attacks causing injury reported to Northamptonshire Police had risen from 349 in 2022 to 412 in 2023, an increase of 18 per cent. "Most of these incidents involve dogs that are known to their owners to be unpredictable," he said. "Owners are responsible for their animals at all times, and the law is clear about the consequences."</p>

      <h2>Statement from Amelia's family</h2>

      <p>In a statement released through the force, Amelia's mother, Rachel Hart, said:</p>

      <blockquote>
        <p>"Amelia was so brave in hospital, braver than any of us. But she is still frightened of dogs, she won't go near the park, and she has scars she will carry for the rest of her life.</p>
        <p>"My mum tried to save her and ended up with a broken wrist. We will never forget the stranger who ran across that park to help a little girl he had never met. Owen, we can't thank you enough.</p>
        <p>"We are relieved that the dog will not be able to hurt anyone else. No sentence can give Amelia back what she lost that afternoon, but we hope this case makes other owners think twice before letting a dog off the lead."</p>
      </blockquote>

      <h2>Advice for dog owners</h2>

      <p>Northamptonshire Police is reminding owners that it is a criminal offence to allow any dog to be dangerously out of control in a public place or a private place, including their own home and garden. Owners should:</p>
      <ul>
        <li>keep dogs on a lead in busy public areas and near children;</li>
        <li>use a muzzle if a dog has shown any sign of aggression;</li>
        <li>seek help from a vet or accredited behaviourist if their dog's behaviour changes.</li>
      </ul>

      <p>Anyone who has concerns about a dangerous dog can report it online or by calling 101. In an emergency, always call 999.</p>

      <p class="ref">Ends. Media enquiries: Northamptonshire Police Corporate Communications, 01604 888 000. Reference: PR-2024-1022-04.</p>
    </article>

    <aside class="related">
      <h2>Related news</h2>
      <ul>
        <li><a href="/news/dog-theft-appeal-daventry">Appeal after dog stolen from garden in Daventry</a></li>
        <li><a href="/news/xl-bully-exemption-reminder">Reminder to XL Bully owners about exemption certificates</a></li>
        <li><a href="/news/summer-park-patrols">Extra patrols in Northampton parks this summer</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <div class="container">
      <ul class="footer-links">
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="/privacy-notice">Privacy notice</a></li>
        <li><a href="/cookies">Cookies</a></li>
        <li><a href="/foi">Freedom of information</a></li>
        <li><a href="/complaints">Complaints</a></li>
      </ul>
      <p>Follow us: <a href="https://x.com/NorthantsPolice">X</a> | <a href="https://www.facebook.com/NorthantsPolice">Facebook</a> | <a href="https://www.instagram.com/northantspolice">Instagram</a></p>
      <p>&copy; 2024 Northamptonshire Police. Wootton Hall, Northampton NN4 0JQ.</p>
    </div>
  </footer>
</body>
</html>
`;

const files = { 'sentencing-summary-whitlock.txt': SUMMARY, 'northants-police-press-release.html': RELEASE };

describe("a dog attack sentencing: the court summary and the police release, with the product's word vectors", () => {
  withProductWordVectors();

  test('"his failure to control the dog" denies what "You were not in control of that dog" does', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source says the opposite".
    verdict('supported', 'District Judge Helen Carrow told Whitlock that "a nine-year-old child has paid the price" for his failure to control the dog.');
  });

  test('"needed hospital treatment" against "He did not require hospital treatment"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'Mr Pryce needed hospital treatment for a minor bite to his right hand.');
    verdict('supported', 'Mr Pryce did not need hospital treatment for a minor bite to his right hand.');
  });

  test('speakers\' names: no quotation blanked into a role, no heading\'s line in a name', async () => {
    // Were "These words were said by incident as … and, not judge" and "said by MITIGATION\nMr Ellery".
    const report = await checkAgainst(files, '# Dog\n\nThe judge described the incident as "a sustained attack, not a single nip".\n\nDefending, Priya Desai said Whitlock had owned Bruno since it was a puppy.\n');
    assert.deepEqual(report.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message.replace(/ \(.*$/, '')), ['In the source, this was said by Mr Ellery, not Priya Desai']);
  });
});
