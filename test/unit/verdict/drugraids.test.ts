/**
 * Drug raids across several towns: the police force's news release (plain text) and a local paper's report of the
 * first court appearance (HTML, with a table of the defendants). The sources are written for these tests (from a
 * helper's draft); the force, the court and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `NORTH MERCIA CONSTABULARY
Corporate Communications Department
Force Headquarters, Gallowfield House, Harrowby HB3 7QT

NEWS RELEASE
Reference: NMC/PR/2024/0417
Issued: Saturday 16 March 2024, 11.45am
Status: FOR IMMEDIATE RELEASE

SEVEN CHARGED AFTER DAWN DRUGS RAIDS ACROSS FOUR TOWNS

Seven people have been charged following a series of co-ordinated warrants carried out in Harrowby, Stanmere, Kelbridge and Ashcombe on Wednesday 13 March 2024 as part of Operation Kestrel Gate, a seven-month investigation into the supply of class A drugs across the north of the county.

More than 140 officers took part in the operation, which began at 5.30am. Eleven addresses were searched, supported by the force's dog unit, the Tactical Support Group and officers from the Regional Organised Crime Unit (ROCU).

During the searches officers seized:

  - approximately 3.2 kilograms of suspected cocaine
  - 850 grams of suspected heroin
  - 14 kilograms of herbal cannabis
  - £186,400 in cash
  - 23 mobile phones
  - three vehicles, including a black Audi Q5
  - a vacuum-packing machine, digital scales and a quantity of cutting agent
  - a machete measuring 45cm, recovered from a bedroom at an address in Stanmere

A cannabis factory containing 212 plants was also discovered in a converted barn on Quarry Lane, Ashcombe. The estimated street value of all the drugs seized is £412,000.

THOSE CHARGED

The following people were charged on Friday 15 March 2024, following authorisation from the Crown Prosecution Service (CPS):

1. Darren Pellow, 38, of Millbrook Road, Harrowby
   - Conspiracy to supply class A drugs (cocaine and heroin)
   - Possession of criminal property

2. Kieran Voss, 29, of Station Terrace, Stanmere
   - Conspiracy to supply class A drugs
   - Possession of an offensive weapon in a private place

3. Leanne Pellow, 35, of Millbrook Road, Harrowby
   - Concealing criminal property
   - Possession of criminal property

4. Aaron Blakemore, 24, of Fenwick Close, Kelbridge
   - Conspiracy to supply class A drugs

5. Tomasz Wrona, 41, of Quarry Lane, Ashcombe
   - Conspiracy to supply class A drugs
   - Production of a class B drug (cannabis)

6. Jamal Okafor-Reid, 19, of Beacon Street, Kelbridge
   - Possession with intent to supply a class A drug (cocaine)

7. Shannon Hirst, 27, of Orchard Way, Stanmere
   - Possession with intent to supply a class A drug (heroin)

All seven have been remanded in police custody to appear at Harrowby Magistrates' Court on Monday 18 March 2024.

Two further people, a 17-year-old boy from Kelbridge and a 52-year-old man from Ashcombe, were arrested on suspicion of being concerned in the supply of class A drugs. Both have been released on bail until 12 June 2024 while enquiries continue.

QUOTES

Detective Chief Inspector Rachel Ormsby, the senior investigating officer for Operation Kestrel Gate, said:

"This was a carefully planned operation that has taken a significant quantity of drugs and cash off our streets. We believe the network we have targeted was responsible for supplying cocaine and heroin to communities in all four towns, and that it relied on exploiting young and vulnerable people to move and sell those drugs.

"Wednesday's warrants were the result of seven months of painstaking work by our detectives and analysts, and I want to thank the officers who worked through the night to make sure they went ahead safely. Nobody was injured during the searches."

Superintendent Gareth Lyle, local policing commander for the Northern District, said:

"Drug dealing brings violence and fear into our neighbourhoods, and residents have told us time and again that it is their number one concern. Since Operation Kestrel Gate began in August last year we have made 19 arrests, and reports of drug-related antisocial behaviour in Harrowby town centre fell by 18 per cent in the six months to the end of February.

"That is real progress, but we are not complacent. My message to anyone involved in supplying drugs in the north of the county is simple: we will find you."

Councillor Fiona Dunmore, cabinet member for community safety at Harrowby District Council, said:

"I welcome this week's action by North Mercia Constabulary. The council will be working with the police to support the families affected and to make sure that vulnerable young people who may have been drawn into this activity get the help they need."

BACKGROUND

Operation Kestrel Gate was launched in August 2023 after intelligence suggested that a single organised crime group was controlling the supply of class A drugs in Harrowby, Stanmere, Kelbridge and Ashcombe through a number of dedicated mobile phone lines.

The operation is being run by North Mercia Constabulary's Serious and Organised Crime Team with support from ROCU. Of the 11 addresses searched on Wednesday, four were in Harrowby, three in Kelbridge, two in Stanmere and two in Ashcombe.

Safeguarding referrals have been made for three young people identified during the operation. The force is working with Harrowby District Council's children's services and the charity Lantern Youth Trust.

Anyone with information about drug dealing in their community can contact North Mercia Constabulary on 101, quoting Operation Kestrel Gate, or report anonymously to the independent charity Crimestoppers on 0800 555 111.

ENDS

NOTES TO EDITORS

1. Custody images of Darren Pellow, Kieran Voss, Aaron Blakemore and Tomasz Wrona are attached. Images of the remaining three defendants will not be released at this stage.
2. Photographs and video footage of the warrants taken by the force's media team are available on request. Footage may be used with the credit "North Mercia Constabulary".
3. As criminal proceedings are now active, media are reminded of their obligations under the Contempt of Court Act 1981. Nothing should be published which could prejudice a fair trial.
4. The street value figure is an estimate produced by the force's drugs expert witness and is based on current average prices in the force area.
5. Media enquiries: North Mercia Constabulary Press Office, 01632 960214 (24 hours), press.office@northmercia.police.example
`;

const REPORT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Seven in court over £412,000 drugs network | The Kelbridge Courier</title>
<meta name="author" content="Naomi Featherstone">
<meta name="description" content="Seven people accused of involvement in a drugs network spanning four towns have appeared before magistrates in Harrowby.">
</head>
<body>
<header>
  <p class="masthead">The Kelbridge Courier</p>
  <nav><a href="/news">News</a> &gt; <a href="/news/crime">Crime</a> &gt; <a href="/news/courts">Courts</a></nav>
</header>
<article>
  <h1>Seven in court over alleged £412,000 drugs network spanning four towns</h1>
  <p class="standfirst">Two defendants granted bail as case is sent to crown court</p>
  <p class="byline">By Naomi Featherstone, Courts Reporter</p>
  <p class="dateline"><time datetime="2024-03-19T07:00">Tuesday 19 March 2024, 7.00am</time></p>

  <p>SEVEN people accused of running a drugs network across Harrowby, Stanmere, Kelbridge and Ashcombe have appeared in court for the first time.</p>

  <p>The defendants, aged between 19 and 41, appeared before District Judge Helen Carrow at Harrowby Magistrates' Court on Monday, following raids carried out by North Mercia Constabulary last Wednesday under the name Operation Kestrel Gate.</p>

  <p>None of the defendants was asked to enter a plea. All seven cases were sent to Kelbridge Crown Court, where they will next appear for a plea and trial preparation hearing on Monday 15 April.</p>

  <p>Five of the defendants were remanded in custody. Leanne Pellow and Shannon Hirst were granted conditional bail.</p>

  <h2>'Top of the network'</h2>

  <p>Simon Adeyemi, prosecuting on behalf of the Crown Prosecution Service, told the court that the group was alleged to have operated at least four dedicated phone lines used to take orders for cocaine and heroin.</p>

  <p>He said analysis of phones seized during the operation had so far identified more than 9,000 messages advertising drugs, sent to customers in bulk.</p>

  <p>"The Crown's case is that Mr Pellow sat at the top of this network and directed its day-to-day operation," Mr Adeyemi said. "Others below him are alleged to have stored, cut and delivered the drugs."</p>

  <p>The court heard that £122,000 of the £186,400 in cash seized by police was found in vacuum-sealed bags hidden in the loft of the Millbrook Road home in Harrowby shared by Darren Pellow and his wife Leanne.</p>

  <p>Mr Adeyemi said a further £38,500 was recovered from the boot of a black Audi Q5 parked outside an address on Station Terrace, Stanmere, where Kieran Voss lives.</p>

  <p>The prosecutor told the court the cannabis factory found at Tomasz Wrona's property in Ashcombe had an estimated yield of up to 10 kilograms of cannabis a year, and that electricity had been illegally diverted from the mains to power it.</p>

  <h2>The defendants</h2>

  <table class="court-list">
    <caption>Defendants at Harrowby Magistrates' Court, Monday 18 March 2024</caption>
    <thead>
      <tr><th>Name</th><th>Age</th><th>Address</th><th>Charge(s)</th><th>Outcome</th></tr>
    </thead>
    <tbody>
      <tr><td>Darren Pellow</td><td>38</td><td>Millbrook Road, Harrowby</td><td>Conspiracy to supply class A drugs; possession of criminal property</td><td>Remanded in custody</td></tr>
      <tr><td>Kieran Voss</td><td>29</td><td>Station Terrace, Stanmere</td><td>Conspiracy to supply class A drugs; possession of an offensive weapon</td><td>Remanded in custody</td></tr>
      <tr><td>Leanne Pellow</td><td>35</td><td>Millbrook Road, Harrowby</td><td>Concealing criminal property; possession of criminal property</td><td>Conditional bail</td></tr>
      <tr><td>Aaron Blakemore</td><td>24</td><td>Fenwick Close, Kelbridge</td><td>Conspiracy to supply class A drugs</td><td>Remanded in custody</td></tr>
      <tr><td>Tomasz Wrona</td><td>41</td><td>Quarry Lane, Ashcombe</td><td>Conspiracy to supply class A drugs; production of cannabis</td><td>Remanded in custody</td></tr>
      <tr><td>Jamal Okafor-Reid</td><td>19</td><td>Beacon Street, Kelbridge</td><td>Possession with intent to supply cocaine</td><td>Remanded in custody</td></tr>
      <tr><td>Shannon Hirst</td><td>27</td><td>Orchard Way, Stanmere</td><td>Possession with intent to supply heroin</td><td>Conditional bail</td></tr>
    </tbody>
  </table>

  <h2>Bail conditions</h2>

  <p>Priya Lal, representing Darren Pellow, said her client would "strenuously contest" the allegations and had no previous convictions for drugs offences. She did not make an application for bail on his behalf.</p>

  <p>Martin Shawcross, for Leanne Pellow, told the court that his client was the mother of two children, aged six and nine, and had never been in trouble with the police.</p>

  <p>"She is not a flight risk, she has nowhere to go, and her children need her at home," Mr Shawcross said.</p>

  <p>District Judge Carrow granted bail on condition that Mrs Pellow lives at her mother's address in Stanmere, observes a curfew between 7pm and 7am monitored by an electronic tag, surrenders her passport and has no contact with any of her co-defendants other than through solicitors.</p>

  <p>Shannon Hirst, who is 24 weeks pregnant, was granted bail on similar terms, with a curfew between 8pm and 6am and a requirement to report to Stanmere police station three times a week.</p>

  <p>Bail applications by Aaron Blakemore and Jamal Okafor-Reid were refused. Mr Okafor-Reid's solicitor, Daniel Hewitt, had argued that his client, the youngest of the seven, had been "groomed and used" by older men.</p>

  <p>Refusing the application, District Judge Carrow said: "These are serious matters and I am satisfied that there are substantial grounds for believing that, if released, you would fail to surrender."</p>

  <p>She told the defendants: "The Crown Court is the proper venue for these cases, and you will have every opportunity to put your side of events there."</p>

  <h2>'Biggest operation in a decade'</h2>

  <p>The hearing, in Courtroom 3, lasted a little under two and a half hours. Around 20 members of the public sat in the gallery.</p>

  <p>Outside court, Detective Chief Inspector Rachel Ormsby, who is leading the investigation, described Operation Kestrel Gate as the force's largest drugs operation in the north of the county for ten years.</p>

  <p>"We have been overwhelmed by the support from people in these four towns," she said. "Every phone call to 101 helps us build the picture."</p>

  <p>Kelbridge county councillor Arthur Penhallow, whose Beacon ward includes two of the addresses raided last week, said residents had raised concerns about dealing near Beacon Street for "well over a year".</p>

  <p>"People here are relieved, but they want to know this will not just start up again next month," he said.</p>

  <p>North Mercia Constabulary said on Monday that two other people arrested during the raids remained on bail and that no further charges had been brought.</p>

  <aside class="legal-note">
    <p><em>Reporting restrictions: The Courier reminds readers that all defendants are presumed innocent unless proven guilty. Comments have been disabled on this article for legal reasons.</em></p>
  </aside>
</article>
<footer>
  <p>&copy; 2024 Kelbridge Courier Media Ltd, 14 Corn Exchange Street, Kelbridge KB1 2NW. Courts Reporter: naomi.featherstone@kelbridgecourier.example</p>
</footer>
</body>
</html>
`;

const files = { 'nmc_news_release_kestrel_gate.txt': RELEASE, 'kelbridge_courier_court_report.html': REPORT };

describe("drug raids: the police release and the court report, with the product's word vectors", () => {
  withProductWordVectors();

  test('an application granted where the source refused it, wherever the words stand', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported ("Bail applications by Aaron Blakemore and Jamal Okafor-Reid were refused").
    verdict('contradicted', 'The court granted bail applications made by Aaron Blakemore and Jamal Okafor-Reid.', [['granted', 'refused']]);
    verdict('supported', 'The court refused bail applications made by Aaron Blakemore and Jamal Okafor-Reid.');
  });
});
