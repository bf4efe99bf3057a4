/**
 * A school's GCSE results day: the academy's press release (HTML, with a table of results by subject) and the new
 * headteacher's newsletter (Markdown). The sources are written for these tests (from a helper's draft); the school and
 * the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Press release: Best ever GCSE results at Ashcombe Vale Academy as headteacher bows out</title>
</head>
<body>
<header>
  <p><strong>Kestrel Learning Trust</strong> &middot; Ashcombe Vale Academy &middot; Stanwick Road, Haverleigh, Westmarsh HV4 7QD</p>
  <p>Ref: AVA/PR/2025/031</p>
  <p><strong>FOR IMMEDIATE RELEASE</strong> &ndash; Thursday 21 August 2025, 10.00am</p>
</header>

<h1>Best ever GCSE results at Ashcombe Vale Academy as headteacher bows out</h1>

<p>Students at Ashcombe Vale Academy in Haverleigh are celebrating the school's best ever GCSE results, on the last results day before headteacher Graham Ellery retires after 17 years in charge.</p>

<p>Of the 214 students in this year's Year 11 cohort, 71 per cent achieved a grade 4 or above in both English and maths, up from 64 per cent in 2024. The proportion achieving the "strong pass" of grade 5 or above in both subjects rose from 41 per cent to 46 per cent.</p>

<p>Across all subjects, 23 per cent of grades awarded were at grade 7 or above, compared with 19 per cent last year. Nine students achieved grade 9 in at least eight subjects.</p>

<p>Students began collecting their envelopes from 8.30am in the main hall, where staff, parents and younger siblings gathered to hear the news.</p>

<h2>"My mum cried before I did"</h2>

<p>Amira Haddad, 16, from Lower Stanwick, achieved ten grade 9s and plans to study biology, chemistry, maths and further maths in the academy's sixth form.</p>

<p>"I honestly thought I'd messed up chemistry paper two, so I'm just in shock," she said. "My mum cried before I did."</p>

<p>Callum Birch, 16, who joined the academy in Year 10 after his family moved from Dunmoor, achieved grade 7 in English language and grade 6 in maths. "Two years ago I couldn't see myself staying in education at all," he said. "Now I've got a place on the electrical engineering course at Haverleigh College."</p>

<h2>Tributes to outgoing headteacher</h2>

<p>Mr Ellery, who joined Ashcombe Vale as headteacher in 2008, formally retires on 31 August.</p>

<p>"This year group lost a large part of their primary schooling to the pandemic, and they have shown a resilience I have not seen in 33 years of teaching," said Mr Ellery. "I could not have asked for a better group to end my career with."</p>

<p>Hannah Okafor, chief executive of the Kestrel Learning Trust, which runs Ashcombe Vale and five other schools across north Westmarsh, said: "These results are a credit to Graham's leadership and to the staff who stayed late, week after week, running revision sessions."</p>

<h2>Science investment pays off</h2>

<p>This year's results are the first since the opening of the academy's &pound;2.4 million science block in January, which added six laboratories and a 90-seat lecture theatre. The proportion of combined science entries achieving grade 4 or above rose to 68 per cent from 59 per cent.</p>

<p>The academy also spent &pound;18,000 of its own budget on small-group maths tutoring for 60 Year 11 students between October and April. Maths results at grade 4 or above rose from 67 per cent to 74 per cent.</p>

<h2>New headteacher</h2>

<p>Dr Priya Rawlinson, currently deputy headteacher at St Aldhelm's School in Corbury, will take up post as headteacher on Monday 1 September.</p>

<p>Desmond Pryce, chair of the academy's local governing body, said governors had chosen Dr Rawlinson from a shortlist of four candidates after interviews in March. "Priya impressed every member of the panel with her clarity about what this school needs next," he said.</p>

<p>Dr Rawlinson, who visited the academy on results morning, said: "I'm joining a school that is clearly on the way up, and my job is to keep that momentum going."</p>

<h2>Results by subject (provisional)</h2>

<table border="1">
  <thead>
    <tr><th>Subject</th><th>Entries</th><th>Grade 4+ (%)</th><th>Grade 7+ (%)</th><th>2024 Grade 4+ (%)</th></tr>
  </thead>
  <tbody>
    <tr><td>English language</td><td>212</td><td>78</td><td>21</td><td>72</td></tr>
    <tr><td>English literature</td><td>209</td><td>76</td><td>24</td><td>73</td></tr>
    <tr><td>Mathematics</td><td>213</td><td>74</td><td>22</td><td>67</td></tr>
    <tr><td>Combined science (double award)</td><td>171</td><td>68</td><td>14</td><td>59</td></tr>
    <tr><td>Biology</td><td>43</td><td>95</td><td>51</td><td>93</td></tr>
    <tr><td>Chemistry</td><td>43</td><td>93</td><td>49</td><td>91</td></tr>
    <tr><td>Physics</td><td>42</td><td>95</td><td>55</td><td>90</td></tr>
    <tr><td>Geography</td><td>98</td><td>72</td><td>26</td><td>70</td></tr>
    <tr><td>History</td><td>104</td><td>70</td><td>28</td><td>74</td></tr>
    <tr><td>French</td><td>51</td><td>80</td><td>31</td><td>76</td></tr>
    <tr><td>Spanish</td><td>37</td><td>84</td><td>38</td><td>81</td></tr>
    <tr><td>Art and design</td><td>46</td><td>89</td><td>35</td><td>85</td></tr>
    <tr><td>Computer science</td><td>39</td><td>77</td><td>33</td><td>71</td></tr>
    <tr><td>Religious studies</td><td>187</td><td>69</td><td>20</td><td>66</td></tr>
  </tbody>
</table>

<p>ENDS</p>

<h2>Notes to editors</h2>
<ol>
  <li>Ashcombe Vale Academy is a mixed 11&ndash;18 academy with 1,180 pupils, including 215 in the sixth form. It opened as Ashcombe Vale Secondary Modern in 1968, became an academy in 2013 and joined the Kestrel Learning Trust in 2019.</li>
  <li>Under the 9&ndash;1 grading system, grade 4 is a "standard pass" and grade 5 a "strong pass".</li>
  <li>The academy was rated Good by Ofsted at its most recent inspection, in March 2023.</li>
  <li>All figures are provisional and may change following reviews of marking.</li>
  <li>Photographs of students collecting results are available on request. Students pictured and their parents have given consent.</li>
</ol>

<h2>Media contact</h2>
<p>Rebecca Thorne, communications manager, Kestrel Learning Trust<br>
Tel: 01632 960418 &middot; Email: press@kestrel-trust.example.org.uk</p>
</body>
</html>
`;

const NEWSLETTER = `# The Vale Voice

**Ashcombe Vale Academy newsletter — Issue 1, Autumn Term 2025**
Friday 5 September 2025 · Ref: AVA/NL/25-26/01
Stanwick Road, Haverleigh, Westmarsh HV4 7QD · Part of the Kestrel Learning Trust

---

## A letter from the headteacher

Dear parents and carers,

It is a real privilege to write to you for the first time as headteacher of Ashcombe Vale Academy. I started on Monday 1 September, and by the time all year groups were back in school I already felt I knew why so many families choose us.

A little about me: I come to Ashcombe Vale after six years as deputy headteacher at St Aldhelm's School in Corbury. I trained as a chemistry teacher in 2006 and have taught in four schools across Westmarsh and Dunmoor. I live in Haverleigh with my husband and our two children, and you may well see me at the Saturday market.

### Thank you, Mr Ellery

I want to begin by thanking Mr Graham Ellery, who retired on 31 August after 17 years as headteacher. He leaves the school in excellent shape. Our Year 11 students achieved the best GCSE results in the academy's history this summer, with 71% gaining a grade 4 or above in both English and maths. Many of those students are now in our sixth form, and I am delighted for every one of them.

### A warm welcome

We welcomed 238 new Year 7 students on Wednesday 3 September — our largest intake since 2009. I spent the morning at the front gate and was hugely impressed by how smart and polite they were. In the sixth form, 96 students have started Year 12, of whom 61 joined us from our own Year 11.

We have also welcomed 17 new members of staff this term, including nine teachers. You can read about them on page 4.

### Changes this term

I have spent much of my first week listening to staff, students and governors. There are a small number of changes I want to make straight away, and I want to explain them clearly.

**1. The start of the school day.** From Monday 15 September, the school day will start at 8.40am instead of 8.50am, with students going straight to their tutor rooms. The end of the day will stay at 3.10pm. The extra ten minutes each morning will be used for "Vale Reads", a daily reading programme for Years 7 to 9, in which every tutor group reads a class novel together.

**2. Mobile phones.** From Monday 29 September, students' phones will be locked in magnetic pouches from 8.40am until 3.10pm. Students will keep the pouch with them and unlock it at the gate at the end of the day. The pouches cost £11.50 each, and the total cost of around £13,800 is being met by the Kestrel Learning Trust, so there will be no charge to families. Evidence from other schools in the trust is that this reduces distraction in lessons and, just as importantly, reduces online arguments spilling into the school day.

**3. Breakfast club.** I am very pleased to announce that our breakfast club will now be free for all students. It opens at 7.45am each day in the dining hall. This has been made possible by a £12,500 grant from Haverleigh Rotary Club, to whom we are extremely grateful.

### Buildings

Over the summer holiday, contractors replaced the roof of C block at a cost of £340,000, funded through the Department for Education's Condition Improvement Fund. The library has also been refurbished and restocked with 2,600 new books, chosen in part by our student librarians.

### Meet the Head evenings

I would love to meet as many of you as possible. I will hold two informal "Meet the Head" evenings in the library:

- **Tuesday 16 September, 6pm–7.30pm** — parents and carers of Years 7, 8 and 9
- **Thursday 18 September, 6pm–7.30pm** — parents and carers of Years 10 to 13

No booking is needed. Tea, coffee and (I am told) excellent brownies will be served.

With warm wishes,

**Dr Priya Rawlinson**
Headteacher

---

## Five minutes with Dr Rawlinson

*Our head students, head boy Tomasz Nowak and head girl Ellie Marsh, both in Year 13, sat down with our new headteacher on her third day.*

**TOMASZ NOWAK:** What made you want to become a teacher?

**DR RAWLINSON:** My own chemistry teacher, Mrs Adeyemi. She made me believe that a girl from a council estate in Dunmoor could end up in a laboratory. I did end up in one, briefly, and then realised I'd rather be in a classroom.

**ELLIE MARSH:** If you could change one thing about Ashcombe Vale, what would it be?

**DR RAWLINSON:** I want every student to leave here able to read fluently and to speak confidently in front of a room. Grades matter, but they're not the whole story.

**TOMASZ NOWAK:** What's been your favourite moment so far?

**DR RAWLINSON:** Watching the Year 7s find their way around on Wednesday — and the chocolate brownies in the dining hall. I'm going to have to be careful.

**ELLIE MARSH:** Will you still be teaching?

**DR RAWLINSON:** Yes — I'll be teaching one Year 10 chemistry group, two lessons a week. I'd miss it terribly otherwise.

---

## Dates for your diary

| Date | Event |
|---|---|
| Monday 15 September | New start time of 8.40am begins |
| Tuesday 16 September | Meet the Head (Years 7–9), 6pm–7.30pm, library |
| Thursday 18 September | Meet the Head (Years 10–13), 6pm–7.30pm, library |
| Monday 29 September | Phone pouches introduced |
| Thursday 2 October | Open evening for prospective Year 7 families, 5.30pm–8pm |
| Friday 24 October | INSET day — school closed to students |
| Monday 27 – Friday 31 October | Half term |

*The Vale Voice is published every fortnight during term time. Contact: office@ashcombevale.example.org.uk · 01632 960400*
`;

const files = { 'ashcombe-vale-gcse-press-release.html': RELEASE, 'vale-voice-newsletter-issue1.md': NEWSLETTER };

describe("GCSE results: the academy's release and the newsletter, with the product's word vectors", () => {
  withProductWordVectors();

  test('a school year group between a count and its noun: "214 Year 11 students" is 214 students', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states “214 Year” and “recorded”" (read as 214 years, and 11 students).
    verdict('supported', 'Ashcombe Vale Academy in Haverleigh has recorded its best ever GCSE results, with 71 per cent of its 214 Year 11 students achieving a grade 4 or above in both English and maths.');
    // (And with a word before the group: "238 new Year 7 students".)
    verdict('supported', "In her first newsletter to parents, Dr Rawlinson said 238 Year 7 students had started on Wednesday 3 September, the school's largest intake since 2009.");
    const r = verdict('unsupported', 'Ashcombe Vale Academy in Haverleigh has recorded its best ever GCSE results, with 71 per cent of its 241 Year 11 students achieving a grade 4 or above in both English and maths.');
    assert.ok(r.missing?.includes('241 Year 11 students'), JSON.stringify(r.missing));
  });
});
