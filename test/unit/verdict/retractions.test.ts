/**
 * A paper retracted after a misconduct inquiry: the journal's retraction notice (HTML) and the university's statement
 * (Markdown, with statements under "Name, Post of X and Y, who …, said:" lines). The sources are written for these tests
 * (from a helper's draft); the journal, the university and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Retraction Notice: MFF-7-driven mitochondrial fission sustains dormancy of disseminated pancreatic tumour cells | Journal of Cell Signalling Research</title>
  <meta name="description" content="Retraction notice for Kessler et al., Journal of Cell Signalling Research 42(6): 1123–1139 (2019).">
  <meta name="citation_journal_title" content="Journal of Cell Signalling Research">
  <meta name="citation_doi" content="10.5512/jcsr.2024.0871">
  <link rel="stylesheet" href="/assets/css/article.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Journal of Cell Signalling Research</a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/current">Current issue</a></li>
        <li><a href="/archive">Archive</a></li>
        <li><a href="/collections">Collections</a></li>
        <li><a href="/authors">For authors</a></li>
        <li><a href="/about/editorial-board">Editorial board</a></li>
        <li><a href="/about">About the journal</a></li>
      </ul>
    </nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search articles"><button>Search</button></form>
    <a class="login" href="/login">Log in</a> | <a class="subscribe" href="/subscribe">Subscribe</a>
  </header>

  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <a href="/">Home</a> &rsaquo; <a href="/archive/2024/10">October 2024</a> &rsaquo; <span>Retraction Notice</span>
  </nav>

  <main id="content">
    <article class="notice notice--retraction">
      <p class="article-type">Retraction Notice</p>
      <h1>Retraction Notice: MFF-7-driven mitochondrial fission sustains dormancy of disseminated pancreatic tumour cells</h1>
      <p class="meta">Published online: Tuesday 8 October 2024 &middot; DOI: <a href="https://doi.org/10.5512/jcsr.2024.0871">10.5512/jcsr.2024.0871</a> &middot; Open access</p>

      <section>
        <h2>Retracted article</h2>
        <p>Adrian Kessler, Lina Varga, Tomasz Reuben, Priya Anand and Owen Castell. MFF-7-driven mitochondrial fission sustains dormancy of disseminated pancreatic tumour cells. <em>Journal of Cell Signalling Research</em> 42(6): 1123–1139. Published Thursday 14 March 2019. DOI: 10.5512/jcsr.2019.0214.</p>
      </section>

      <section>
        <h2>Notice</h2>
        <p>The Editor-in-Chief has retracted this article at the request of Harrowgate University, Leeds, following the conclusion of the university's research misconduct investigation. The investigation panel reported its findings to the journal on Friday 20 September 2024.</p>
        <p>Concerns about the article were first raised with the journal on Wednesday 11 January 2023 by Dr Rosa Lindqvist, an independent image-integrity analyst, who identified apparent duplication of Western blot bands in Figures 2 and 5. The journal contacted the corresponding author, Professor Adrian Kessler, on 24 January 2023 and referred the matter to Harrowgate University on 3 February 2023, in line with the guidance of the Committee on Publication Ethics (COPE).</p>
        <p>The university's investigation found that 23 images in seven of the article's nine figures had been duplicated, spliced or otherwise manipulated. These included 14 Western blot panels, six immunofluorescence micrographs and three flow cytometry plots. The panel concluded that the manipulations affected the central finding of the article, namely that inhibition of MFF-7 reactivated dormant tumour cells in the liver of mice, and that the original data could not support the conclusions reported.</p>
        <p>The authors were invited to provide original, unprocessed data. Raw files for only four of the 23 affected images could be located. An attempted replication carried out in Professor Kessler's laboratory between March and November 2023 did not reproduce the reported 3.2-fold increase in dormant cell reactivation.</p>
        <p>The Editor-in-Chief has therefore concluded that the editors no longer have confidence in the reliability of the data and conclusions presented in this article.</p>
        <p>Professor Adrian Kessler, Dr Tomasz Reuben, Dr Priya Anand and Dr Owen Castell agree with this retraction. Dr Lina Varga did not respond to correspondence from the editor about this retraction.</p>
        <p>The article has been cited 612 times according to the Web of Science Core Collection as of 1 October 2024. The article was supported by a grant of &pound;1.8 million from the Wellspring Cancer Trust (grant WCT-2016-0447).</p>
      </section>

      <section>
        <h2>Statement from the Editor-in-Chief</h2>
        <blockquote>
          <p>&ldquo;Retraction is not a punishment; it is a correction of the scholarly record. Researchers who built on this paper deserve to know that its central result cannot be relied upon,&rdquo; said Dr Miriam Okonjo, Editor-in-Chief of the <em>Journal of Cell Signalling Research</em>.</p>
        </blockquote>
        <p>Dr Okonjo added: &ldquo;We are grateful to Dr Lindqvist for bringing these concerns to our attention and to Harrowgate University for a thorough and transparent investigation.&rdquo;</p>
        <p>The journal's Research Integrity Manager, Daniel Frome, said the journal had added an expression of concern to the article on Monday 15 May 2023 while the investigation was under way. &ldquo;An expression of concern tells readers to be careful while the facts are established. A retraction tells them the facts have been established,&rdquo; Mr Frome said.</p>
      </section>

      <section class="notice-history">
        <h2>Article history</h2>
        <ul>
          <li>Received: 9 July 2018</li>
          <li>Accepted: 21 January 2019</li>
          <li>Published: 14 March 2019</li>
          <li>Expression of concern: 15 May 2023</li>
          <li>Retracted: 8 October 2024</li>
        </ul>
      </section>

      <section class="rights">
        <p>&copy; 2024 The Author(s). This notice is published under a Creative Commons Attribution 4.0 International licence (CC BY 4.0). The retracted article remains available on the journal website, watermarked &ldquo;RETRACTED&rdquo; on every page, in accordance with COPE retraction guidelines.</p>
      </section>
    </article>

    <aside class="sidebar">
      <h3>Related content</h3>
      <ul>
        <li><a href="/doi/10.5512/jcsr.2023.0332">Expression of concern (May 2023)</a></li>
        <li><a href="/doi/10.5512/jcsr.2019.0214">Retracted article (PDF, watermarked)</a></li>
        <li><a href="/policies/corrections-retractions">Our corrections and retractions policy</a></li>
      </ul>
      <h3>Share</h3>
      <ul class="share"><li><a href="#">Email</a></li><li><a href="#">Bluesky</a></li><li><a href="#">LinkedIn</a></li></ul>
    </aside>
  </main>

  <footer class="site-footer">
    <p><em>Journal of Cell Signalling Research</em> is published by Larkspur Academic Press, 40 Grassmarket, Edinburgh EH1 2JU, United Kingdom. ISSN 2041-7736 (online).</p>
    <ul class="footer-links">
      <li><a href="/contact">Contact us</a></li>
      <li><a href="/privacy">Privacy policy</a></li>
      <li><a href="/cookies">Cookie settings</a></li>
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/terms">Terms and conditions</a></li>
    </ul>
    <p>&copy; 2024 Larkspur Academic Press. All rights reserved.</p>
  </footer>
</body>
</html>
`;

const STATEMENT = `# Outcome of research misconduct investigation: Kessler et al. (2019)

**Harrowgate University – News and statements**
**Published: Monday 30 September 2024, 10:00 BST**
**Media contact: Press Office, press@harrowgate.ac.uk, 0113 496 0720**

---

Harrowgate University has today published a summary of the outcome of its formal investigation into allegations of research misconduct concerning a 2019 paper on pancreatic cancer published in the *Journal of Cell Signalling Research*.

## Summary of findings

The investigation panel found that research misconduct, in the form of fabrication and falsification of image data, had occurred in the preparation of the paper "MFF-7-driven mitochondrial fission sustains dormancy of disseminated pancreatic tumour cells".

The panel found that Dr Lina Varga, formerly a postdoctoral research associate in the School of Molecular and Cellular Biology, was responsible for the misconduct. Dr Varga left the university in June 2022 and now works outside the UK.

The panel found no evidence that Professor Adrian Kessler, Chair of Molecular Oncology and the paper's senior and corresponding author, took part in the manipulation of images. However, it concluded that he had failed to meet his responsibilities as a supervisor and laboratory head, in particular by not keeping original image files and by not checking figures against raw data before submission.

The panel found that the remaining co-authors, Dr Tomasz Reuben, Dr Priya Anand and Dr Owen Castell, bore no responsibility for the misconduct.

The university has asked the journal to retract the paper. It has also informed the funder, the Wellspring Cancer Trust, and will repay £312,000 of the £1.8 million grant that supported the work.

## Statement from the Pro-Vice-Chancellor

Professor Helen Ashdown, Pro-Vice-Chancellor for Research and Innovation, who chaired the investigation panel, said:

"This was a long and difficult investigation, and I want to thank everyone who gave evidence to it. Our findings are clear: images in this paper were manipulated, and the paper's conclusions cannot stand.

"We do not take lightly the finding that a senior colleague failed in his duties as a supervisor. Good research depends on good supervision, and we expect every laboratory head to be able to show where their data came from."

## The investigation

The university received a formal allegation on Friday 3 February 2023, when the *Journal of Cell Signalling Research* referred concerns raised by an independent image-integrity analyst. A screening assessment was completed on 17 March 2023 and a formal investigation opened on Monday 3 April 2023.

The five-member panel included two external experts: Professor Jonas Brekke of the University of Bergen, a specialist in cell imaging, and Dr Amelia Sowerby, a former research integrity officer at UK Research and Innovation. The panel examined 219 image files recovered from laboratory computers and shared drives and interviewed 14 people, including all five authors. Dr Varga took part in one interview, held by video link on 6 September 2023, but did not respond to later requests.

The panel submitted its final report to the Vice-Chancellor, Professor Simon Atherley, on Thursday 19 September 2024. The report was shared with the journal the following day.

## Questions and answers

**Q: How many images were affected?**

A: The panel identified 23 manipulated images across seven figures. Fourteen of these were Western blot panels.

**Q: Is Professor Kessler still employed by the university?**

A: Yes. Professor Kessler stepped down as Head of the School of Molecular and Cellular Biology on 1 August 2024 and will not supervise doctoral students for a period of two years. He remains a member of staff and has agreed to complete further training in research data management.

**Q: What action has been taken concerning Dr Varga?**

A: Dr Varga is no longer employed by the university. The university has informed her current employer of the findings, as its procedures require. The university does not comment on individual personnel matters beyond this.

**Q: Have other papers from the laboratory been examined?**

A: Yes. The panel reviewed 31 other papers published by the laboratory between 2014 and 2022. It found no evidence of misconduct in 29 of them. Two papers, both with Dr Varga as first author, have been referred to their journals for correction.

**Q: Why did the investigation take so long?**

A: The investigation lasted 18 months. Much of the original data was stored on personal devices, and recovering it took longer than expected. The university's procedures aim to complete investigations within 12 months, and we will review why this case took longer.

**Q: What has changed as a result?**

A: From 1 January 2025, every research group in the Faculty of Biological Sciences will be required to deposit raw image data in the university's research data repository before a paper is submitted. The university is investing £450,000 over three years in data management support.

## Notes to editors

1. Harrowgate University investigates allegations of research misconduct under its Code of Practice for Research Integrity (2021), which follows the UK Concordat to Support Research Integrity.
2. The full investigation report will not be published, to protect the confidentiality of those who gave evidence. This summary has been approved by the panel.
3. Harrowgate University, founded in 1904, is a research-intensive university in Leeds with 31,000 students.

*Ends*
`;

const files = { 'retraction-notice.html': NOTICE, 'university-statement.md': STATEMENT };

describe("a retraction: the journal's notice and the university's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('the speaker of "Professor Helen Ashdown, Pro-Vice-Chancellor for Research and Innovation, who chaired the investigation panel, said:"', async () => {
    const right = await checkAgainst(files, '# Retraction\n\nProfessor Helen Ashdown, who chaired the panel, said "images in this paper were manipulated, and the paper\'s conclusions cannot stand."\n');
    // Was "These words were said by Innovation, not Professor Helen Ashdown".
    assert.deepEqual(right.findings.map((f) => f.message), []);
    const wrong = await checkAgainst(files, '# Retraction\n\n"Good research depends on good supervision," said Dr Miriam Okonjo.\n');
    assert.deepEqual(
      wrong.findings.map((f) => f.message.replace(/ \(.*$/, '')),
      ['These words were said by Professor Helen Ashdown, not Dr Miriam Okonjo'],
    );
  });
});
