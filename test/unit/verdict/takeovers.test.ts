/**
 * A rejected takeover approach: the target's stock exchange announcement (HTML) and the bidder's statement with
 * questions and answers (Markdown). The sources are written for these tests (from a helper's draft); the companies and
 * the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const ANNOUNCEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Rejection of Unsolicited Proposal - RNS - Kestrel Rail Systems plc</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/css/ir-main.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Kestrel Rail Systems</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/about">About us</a></li>
        <li><a href="/products">Products &amp; services</a></li>
        <li><a href="/investors" class="active">Investors</a></li>
        <li><a href="/careers">Careers</a></li>
        <li><a href="/media">Media</a></li>
        <li><a href="/contact">Contact</a></li>
      </ul>
    </nav>
    <div class="share-ticker">LSE: KRS &middot; Prices delayed by at least 15 minutes</div>
  </header>

  <nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/investors">Investors</a> &rsaquo; <a href="/investors/regulatory-news">Regulatory news</a> &rsaquo; Rejection of Unsolicited Proposal</nav>

  <main class="rns-article">
    <p class="rns-meta">RNS Number: 4471K &middot; Kestrel Rail Systems plc &middot; 17 March 2025 &middot; 07:00</p>

    <p><strong>NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION, IN WHOLE OR IN PART, IN, INTO OR FROM ANY JURISDICTION WHERE TO DO SO WOULD CONSTITUTE A VIOLATION OF THE RELEVANT LAWS OR REGULATIONS OF SUCH JURISDICTION</strong></p>
    <p><strong>THIS IS AN ANNOUNCEMENT FALLING UNDER RULE 2.4 OF THE CITY CODE ON TAKEOVERS AND MERGERS (THE "CODE"). IT DOES NOT REPRESENT A FIRM INTENTION TO MAKE AN OFFER UNDER RULE 2.7 OF THE CODE AND THERE CAN BE NO CERTAINTY THAT ANY OFFER WILL BE MADE.</strong></p>

    <h1>Kestrel Rail Systems plc<br>Rejection of Unsolicited Proposal from Torvald Holdings AB</h1>

    <p>The Board of Kestrel Rail Systems plc ("Kestrel" or the "Company"), the Derby-based designer and manufacturer of railway signalling and train control equipment, confirms that it received an unsolicited, non-binding and highly conditional proposal from Torvald Holdings AB ("Torvald") on Wednesday 5 March 2025 regarding a possible cash offer for the entire issued and to be issued share capital of the Company (the "Proposal").</p>

    <p>Under the terms of the Proposal, Kestrel shareholders would receive 412 pence in cash for each Kestrel share. The Proposal represents a premium of approximately 38 per cent to the closing price of 298.5 pence per Kestrel share on Friday 14 March 2025, being the last business day before this announcement, and a premium of approximately 31 per cent to the three-month volume weighted average price of 314.2 pence. The Proposal values the entire issued share capital of Kestrel at approximately &pound;1.26 billion.</p>

    <p>The Proposal is the second approach the Company has received from Torvald. A first proposal, at 365 pence per share, was received on Tuesday 11 February 2025 and was also rejected by the Board.</p>

    <p>The Board, which has been advised by Rothschild &amp; Co as lead financial adviser and by Peel Hunt as joint corporate broker, carefully considered the Proposal and unanimously rejected it on Thursday 13 March 2025. The Board believes that the Proposal significantly undervalues Kestrel and its prospects. The Board has not engaged with Torvald on price and has not granted Torvald access to due diligence.</p>

    <h2>Strong standalone prospects</h2>

    <p>Kestrel reported revenue of &pound;612 million for the year ended 31 December 2024, an increase of 11 per cent on the previous year, and adjusted operating profit of &pound;74.3 million. The Company's order book rose to &pound;2.4 billion at 31 December 2024, from &pound;1.9 billion a year earlier, underpinned by the digital signalling framework awarded by Network Rail in September 2024. Kestrel employs approximately 3,850 people across 11 sites in the United Kingdom and Poland, including its principal manufacturing plant in Derby and its software engineering centre in York.</p>

    <p>Margaret Ellison, Chair of Kestrel, said: "Torvald's approach is opportunistic. It comes at a moment when our share price does not yet reflect the record order book we have built, and it seeks to transfer that value from our shareholders to Torvald. The Board was unanimous that the Proposal falls well short of what Kestrel is worth, and we did not consider it a basis for engagement."</p>

    <p>Daniel Okafor, Chief Executive Officer of Kestrel, added: "We have the strongest pipeline in our 42-year history. Our plan to double the size of our digital signalling business by 2028 is fully funded and on track, and we are confident it will deliver far more value for shareholders than this offer."</p>

    <h2>Shareholder support</h2>

    <p>The Board has consulted with a number of its largest shareholders. Northbridge Capital Partners, which holds approximately 14.2 per cent of Kestrel's issued share capital, and the Halden Pension Trust, which holds approximately 8.7 per cent, have each informed the Board that they support its decision to reject the Proposal. Kestrel understands that Torvald does not currently hold any interest in Kestrel shares.</p>

    <p>Kestrel shareholders are strongly advised to take no action in relation to the Proposal.</p>

    <h2>Takeover Code deadline</h2>

    <p>In accordance with Rule 2.6(a) of the Code, Torvald is required, by not later than 5.00 p.m. (London time) on Monday 14 April 2025, either to announce a firm intention to make an offer for Kestrel in accordance with Rule 2.7 of the Code or to announce that it does not intend to make an offer, in which case the announcement will be treated as a statement to which Rule 2.8 of the Code applies. This deadline can be extended only with the consent of the Takeover Panel at the request of the Board.</p>

    <p>This announcement has been made without the consent of Torvald. A further announcement will be made as and when appropriate.</p>

    <h2>Rule 2.9 disclosure</h2>

    <p>In accordance with Rule 2.9 of the Code, Kestrel confirms that as at the date of this announcement it has 305,812,440 ordinary shares of 10 pence each in issue and admitted to trading on the Main Market of the London Stock Exchange. The Company holds no shares in treasury. The International Securities Identification Number (ISIN) for the ordinary shares is GB00B7KR5109.</p>

    <h2>Enquiries</h2>
    <table class="contacts">
      <tr><td>Kestrel Rail Systems plc</td><td>Helen Brady, Director of Investor Relations</td><td>+44 (0)1332 555 010</td></tr>
      <tr><td>Rothschild &amp; Co (Lead Financial Adviser)</td><td>James Whitcombe, Managing Director</td><td>+44 (0)20 7280 5000</td></tr>
      <tr><td>Peel Hunt (Joint Corporate Broker)</td><td>Sophie Marr</td><td>+44 (0)20 7418 8900</td></tr>
      <tr><td>Brunswick Group (Financial PR)</td><td>Oliver Tate</td><td>+44 (0)20 7404 5959</td></tr>
    </table>

    <p>Slaughter and May is acting as legal adviser to Kestrel.</p>

    <h2>Important notices</h2>
    <p>N.M. Rothschild &amp; Sons Limited ("Rothschild &amp; Co"), which is authorised and regulated in the United Kingdom by the Financial Conduct Authority, is acting exclusively for Kestrel and for no one else in connection with the matters referred to in this announcement and will not be responsible to anyone other than Kestrel for providing the protections afforded to clients of Rothschild &amp; Co.</p>
    <p>A copy of this announcement will be made available on Kestrel's website at www.kestrelrail.com/investors by no later than 12 noon (London time) on Tuesday 18 March 2025. The content of the website referred to in this announcement is not incorporated into and does not form part of this announcement.</p>
  </main>

  <footer class="site-footer">
    <ul class="footer-links">
      <li><a href="/legal/privacy">Privacy notice</a></li>
      <li><a href="/legal/cookies">Cookie policy</a></li>
      <li><a href="/legal/terms">Terms of use</a></li>
      <li><a href="/legal/modern-slavery">Modern slavery statement</a></li>
      <li><a href="/sitemap">Sitemap</a></li>
    </ul>
    <p>&copy; 2025 Kestrel Rail Systems plc. Registered in England and Wales, company number 01987342. Registered office: Osmaston Park Road, Derby DE24 8BJ.</p>
    <p>Subscribe to email alerts &middot; Follow us on LinkedIn</p>
  </footer>
</body>
</html>
`;

const STATEMENT = `# Torvald Holdings AB — Statement regarding Kestrel Rail Systems plc

**Gothenburg, 17 March 2025, 13:30 CET**

*This announcement is made pursuant to Rule 2.4 of the UK City Code on Takeovers and Mergers. There can be no certainty that any firm offer will be made.*

Torvald Holdings AB ("Torvald") notes the announcement by Kestrel Rail Systems plc ("Kestrel") this morning and confirms that on 5 March 2025 it submitted a proposal to the Kestrel board to acquire the whole of Kestrel's issued and to be issued share capital for 412 pence per share in cash (the "Proposal").

Torvald is disappointed that the Kestrel board rejected the Proposal without any engagement. The Proposal is 47 pence per share higher than Torvald's first proposal in February and, in Torvald's view, is higher than any price at which Kestrel shares have traded in the past four years.

Ingrid Sandberg, President and Chief Executive Officer of Torvald, said: "We have made a full and fair proposal that gives Kestrel shareholders certain cash value today. We are disappointed that the board has chosen not to engage with us, and we would welcome the chance to talk to them about how Kestrel's people and customers would benefit from being part of a larger group."

The Proposal would be fully financed through a combination of Torvald's existing cash resources and a committed bridge facility of €1.1 billion provided by SEB and BNP Paribas. Torvald is being advised by Goldman Sachs International as financial adviser and by Freshfields as legal adviser.

Torvald, founded in 1961, is a supplier of rail infrastructure and rolling stock components. It reported net sales of SEK 38.6 billion in 2024 and employs around 14,200 people in 23 countries. Its shares are listed on Nasdaq Stockholm.

Mats Lindqvist, Chief Financial Officer of Torvald, said: "This is a disciplined proposal. We expect the combination to generate annual cost synergies of about £45 million by the end of the third full year, and we would not overpay to get a deal done."

Torvald reserves the right to make an offer at a lower price with the agreement of the Kestrel board, or if Kestrel announces or pays any dividend or other distribution.

Torvald must, by not later than 5.00 p.m. (London time) on 14 April 2025, either announce a firm intention to make an offer for Kestrel under Rule 2.7 of the Code or announce that it does not intend to make an offer.

---

## Questions and answers for media

*Prepared by Torvald Group Communications for background use. Attributable to a Torvald spokesperson unless otherwise indicated.*

**Why does Torvald want to buy Kestrel?**

Kestrel's signalling and train control technology would complement Torvald's track and rolling stock components business. Torvald has no signalling business of its own today. Together, the two companies would be able to offer European rail operators an integrated product range, and Kestrel would become Torvald's centre of excellence for digital signalling.

**How did Torvald arrive at 412 pence?**

The price reflects a premium of about 38 per cent to Kestrel's closing share price on 14 March. Torvald's advisers looked at Kestrel's trading history, its order book and its cash generation. Ms Sandberg has described the price as "full and fair".

**Will Torvald raise its offer?**

Torvald has not ruled anything out, but Ms Sandberg has said the company "would not chase Kestrel at any price". Mr Lindqvist told analysts on a call on Monday afternoon that the balance sheet would allow Torvald to keep its net debt below 2.5 times EBITDA after a deal.

**Will Torvald go directly to Kestrel shareholders?**

Torvald's strong preference is for a recommended transaction. Torvald has not launched a hostile bid and has no current plans to do so. Representatives of Torvald met investors holding shares in Kestrel in London on Wednesday 12 March, but Torvald did not discuss any price above 412 pence with them.

**Does Torvald own any Kestrel shares?**

No. Torvald holds no shares in Kestrel and has not entered into any derivative positions over Kestrel shares.

**What would happen to Kestrel's employees and sites?**

Torvald would keep Kestrel's headquarters in Derby and its software engineering centre in York, and would make Derby the UK hub of the enlarged group. Torvald would commit to no compulsory redundancies among Kestrel's manufacturing workforce for at least 24 months after completion. Kestrel's plant in Wrocław, Poland, would continue to operate, and there are no plans to move production out of the United Kingdom.

**Would the Kestrel name disappear?**

No. Torvald intends to retain the Kestrel brand for the signalling business.

**Has Torvald cleared the deal with regulators?**

No regulatory filings have been made. Torvald expects that any offer would require clearance from the UK Competition and Markets Authority and a review under the National Security and Investment Act 2021. Torvald does not expect these to raise significant issues.

**What happens next?**

Torvald has until 5.00 p.m. on Monday 14 April 2025 to announce a firm offer or walk away. That deadline can be extended with the consent of the Takeover Panel.

**Media contacts**

Torvald Group Communications: Karin Holm, Head of Media Relations, +46 31 555 0120

Goldman Sachs International: Richard Aldous, +44 (0)20 7774 1000

Teneo (UK media adviser): Lucy Fenwick, +44 (0)20 7353 4200
`;

const files = { 'kestrel-rns-rejection.html': ANNOUNCEMENT, 'torvald-statement-and-qa.md': STATEMENT };

describe("a takeover approach: the target's announcement and the bidder's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('"President and Chief Executive Officer" holds both offices', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives President, not Torvald chief executive".
    verdict('supported', 'Torvald chief executive Ingrid Sandberg said the company had made "a full and fair proposal" and was disappointed that the Kestrel board had chosen not to engage.');
    verdict('contradicted', 'Torvald finance director Ingrid Sandberg said the company had made "a full and fair proposal" and was disappointed that the Kestrel board had chosen not to engage.');
  });
});
