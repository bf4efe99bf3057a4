import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDraft, MAX_CLAIMS } from '../../../server/src/core/draft/analyze';
import type { ClaimMode, DraftAnalysis, Span } from '../../../server/src/core/types';

const md = (text: string, claims: ClaimMode = 'all') => analyzeDraft(text, { format: 'markdown', claims });
const txt = (text: string, claims: ClaimMode = 'all') => analyzeDraft(text, { format: 'text', claims });
const slice = (text: string, s: Span) => text.slice(s.start, s.end);
const claimTexts = (a: DraftAnalysis) => a.claims.map((c) => c.text);

describe('markdown prose', () => {
  it('leaves out front matter, fenced, indented and inline code', () => {
    const text = '---\ntitle: Kim said 3 things in 2012\n---\n\nKCNA said `code 2012` it in 2012.\n\n```\nKCNA said 4.\n```\n\n    indented code said 5.\n';
    const a = md(text);
    assert.deepEqual(claimTexts(a), ['KCNA said  it in 2012.']);
    assert.equal(a.paragraphs.length, 1);
  });

  it('keeps link text but not link targets, bare URLs, autolinks or images', () => {
    const text = 'See [the KCNA report](https://kcna.kp/a "t") at https://kcna.kp/b and <https://kcna.kp/c> ![Kim](kim.png) now.';
    const [claim] = md(text).claims;
    assert.equal(claim.text, 'See the KCNA report at  and   now.');
    assert.deepEqual(claim.span, { start: 0, end: text.length });
  });

  it('reads past a bare link that spells a character as a reference (the link has no position in the tree)', () => {
    // Found by the properties test: the prose after "www.x.org&amp;---" was placed inside the link.
    for (const text of ['</b>www.x.org&amp;---\n on Monday', '</b>www.x.orgKim&amp;---\n on Monday']) {
      const [claim] = md(text).claims;
      assert.equal(claim.text, 'on Monday');
      assert.equal(slice(text, claim.span), 'on Monday', text);
    }
  });

  it('reads past a bare link with a NUL in it (U+FFFD in the tree)', () => {
    // Found by the properties test: "KCNA" was placed at "ww.x", inside the link.
    const text = ')www.x.org\u0000---\n KCNA';
    const claim = md(text).claims.find((c) => c.text === 'KCNA')!;
    assert.equal(slice(text, claim.span), 'KCNA');
  });

  it('leaves out HTML and comments, footnote references and struck-out text', () => {
    const a = md('Kim <b>said</b> so<!-- a note -->[^1] ~~in 2011~~ in 2012.\n\n[^1]: Footnote text in 2013.\n');
    assert.deepEqual(claimTexts(a), ['Kim said so  in 2012.', 'Footnote text in 2013.']);
  });

  it('decodes escapes and character references and maps them back exactly', () => {
    const text = 'Kim \\*said\\* AT&amp;T paid &#36;4 &copy; 2012.';
    const [claim] = md(text).claims;
    assert.equal(claim.text, 'Kim *said* AT&T paid $4 © 2012.');
    assert.deepEqual(claim.span, { start: 0, end: text.length });
  });

  it('maps prose on continuation lines of block quotes and list items', () => {
    const text = '> Kim said the first\n> thing in 2012.\n\n- A list item\n  continued in 2013.\n';
    const a = md(text);
    assert.deepEqual(claimTexts(a), ['Kim said the first\nthing in 2012.', 'A list item\ncontinued in 2013.']);
    assert.equal(slice(text, a.claims[0].span), 'Kim said the first\n> thing in 2012.');
    assert.equal(slice(text, a.claims[1].span), 'A list item\n  continued in 2013.');
  });

  it('ends a claim span at its last prose character, not after the following markup', () => {
    const text = 'Kim said so in **2012**. KCNA agreed [in a report](http://x).';
    const a = md(text);
    assert.deepEqual(a.claims.map((c) => slice(text, c.span)), ['Kim said so in **2012**.', 'KCNA agreed [in a report](http://x).']);
    const b = md('KCNA agreed [in a report](http://x)');
    assert.equal(slice('KCNA agreed [in a report](http://x)', b.claims[0].span), 'KCNA agreed [in a report');
  });

  it('makes headings blocks but never claims, in both modes', () => {
    for (const mode of ['all', 'checkworthy'] as const) {
      const a = md('# Kim Jong Un said 3 things in 2012\n\nSetext said 4 things in 2013\n---\n\nKim said 5 things in 2014.\n', mode);
      assert.equal(a.paragraphs.length, 3);
      assert.deepEqual(claimTexts(a), ['Kim said 5 things in 2014.']);
      assert.equal(a.claims[0].paragraph, 2);
    }
  });

  it('treats paragraphs, list items, block-quote paragraphs and table cells as blocks', () => {
    const text = 'One para.\n\n- item one\n- item two\n\n> quoted para\n\n| a | b |\n|---|---|\n| c | d |\n';
    const a = md(text);
    assert.deepEqual(a.paragraphs.map((p) => slice(text, p)), ['One para.', 'item one', 'item two', 'quoted para', 'a', 'b', 'c', 'd']);
    assert.deepEqual(a.claims.map((c) => c.paragraph), [0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('handles CRLF line endings', () => {
    const text = '# Head\r\n\r\nKim said 3 things\r\nin 2012. KCNA agreed.\r\n\r\n> quoted\r\n> line in 2013.\r\n';
    const a = md(text);
    assert.deepEqual(claimTexts(a), ['Kim said 3 things\r\nin 2012.', 'KCNA agreed.', 'quoted\r\nline in 2013.']);
    assert.equal(slice(text, a.claims[2].span), 'quoted\r\n> line in 2013.');
  });

  it('keeps UTF-16 offsets with emoji and astral characters', () => {
    const text = '🎉 Party! Kim 𝐊𝐢𝐦 said “we will win 🏆 today” in 2012 [@k].';
    const a = md(text);
    const claim = a.claims.find((c) => c.text.includes('said'))!;
    assert.equal(slice(text, claim.span), 'Kim 𝐊𝐢𝐦 said “we will win 🏆 today” in 2012 [@k].');
    assert.equal(slice(text, a.quotes[0].span), 'we will win 🏆 today');
    assert.equal(slice(text, a.citations[0].span), '[@k]');
  });
});

describe('citations', () => {
  it('assigns a marker before or after the final punctuation to its sentence, and strips it from the text', () => {
    for (const text of ['KCNA announced it in 2003 [@kcna]. Kim agreed in 2004.', 'KCNA announced it in 2003. [@kcna] Kim agreed in 2004.']) {
      const a = md(text);
      assert.deepEqual(claimTexts(a), ['KCNA announced it in 2003.', 'Kim agreed in 2004.']);
      assert.deepEqual(a.claims[0].citations.map((c) => c.key), ['kcna']);
      assert.deepEqual(a.claims[1].citations, []);
      // The span covers the sentence and its marker.
      assert.ok(slice(text, a.claims[0].span).includes('[@kcna]'));
      assert.ok(a.claims[0].reasons.includes('citation'));
    }
  });

  it('lists every key of a multi-key marker, with the whole marker as span', () => {
    const text = 'KCNA said so [@a; @b, p. 4].';
    const a = md(text);
    assert.deepEqual(a.claims[0].citations.map((c) => [c.key, slice(text, c.span)]), [
      ['a', '[@a; @b, p. 4]'],
      ['b', '[@a; @b, p. 4]'],
    ]);
    assert.deepEqual(a.citations, a.claims[0].citations);
  });

  it('does not let "p." inside a marker end a sentence', () => {
    const a = md('KCNA said so [@a, p. 4]. Kim agreed.');
    assert.deepEqual(claimTexts(a), ['KCNA said so.', 'Kim agreed.']);
  });

  it('reads a marker that micromark parsed as a link reference (a definition exists)', () => {
    const text = 'KCNA said so [@kcna].\n\n[@kcna]: https://kcna.kp\n';
    const a = md(text);
    assert.deepEqual(a.citations.map((c) => [c.key, slice(text, c.span)]), [['kcna', '[@kcna]']]);
    assert.equal(a.claims[0].text, 'KCNA said so.');
  });

  it('ignores markers in code, and lists markers in headings and ignored regions without checking them', () => {
    const text = '# Head [@h]\n\n`[@code]`\n\n<!-- claimcheck-ignore -->\nKim said so [@ign].\n';
    const a = md(text);
    assert.deepEqual(a.citations.map((c) => c.key), ['h', 'ign']);
    assert.deepEqual(a.claims, []);
  });

  it('gives quotes the citation keys of their claim', () => {
    const a = md('He said “we will win the war” in 2012 [@kcna].');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.claim, q.citations]), [['we will win the war', 0, ['kcna']]]);
  });
});

describe('quotes', () => {
  it('keeps quotes of three words or more, drops scare quotes', () => {
    const a = md('The so-called “amnesty” was a “Strong State” stunt. He said “we will win” today.');
    assert.deepEqual(a.quotes.map((q) => q.text), ['we will win']);
    assert.equal(a.quotes[0].claim, 1);
  });

  it('keeps a two-word quote after a verb of saying in its sentence: reported words, not a term', () => {
    const a = md('The judge said Carter had shown “no remorse”. It was a “Strong State” stunt. He called it a so-called “peace plan”.');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.claim]), [['no remorse', 0]]);
  });

  it('makes one quote and one claim of a quotation over two sentences', () => {
    const text = '“We will win. We always do,” he said. Then he left.';
    const a = md(text);
    assert.deepEqual(claimTexts(a), ['“We will win. We always do,” he said.', 'Then he left.']);
    assert.deepEqual(a.quotes.map((q) => [q.text, q.claim]), [['We will win. We always do,', 0]]);
  });

  it('finds quotes across inline markup with exact spans', () => {
    const text = 'He said “we **will** [win](http://x) it” in 2012.';
    const [q] = md(text).quotes;
    assert.equal(q.text, 'we will win it');
    assert.equal(slice(text, q.span), 'we **will** [win](http://x) it');
  });

  it('makes quotes in headings claimless (-1)', () => {
    const a = md('# He said “we will win”\n\nBody text in 2012.');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.claim]), [['we will win', -1]]);
  });

  it('keeps a sentence with a quote in checkworthy mode even without other reasons', () => {
    const a = md('he said “this is a good day” and left.', 'checkworthy');
    assert.deepEqual(a.claims.map((c) => c.reasons), [['attribution', 'quote']]);
    const b = md('they wrote “this is a good day” and left?', 'checkworthy');
    assert.equal(b.claims.length, 1, 'a quoted question is still checked');
  });
});

describe('suppression', () => {
  it('skips the block after claimcheck-ignore, with or without a reason', () => {
    for (const comment of ['<!-- claimcheck-ignore -->', '<!-- claimcheck-ignore: opinion piece -->']) {
      const text = `Kim said 1 thing.\n\n${comment}\nKim said 2 things.\n\nKim said 3 things.\n`;
      const a = md(text);
      assert.deepEqual(claimTexts(a), ['Kim said 1 thing.', 'Kim said 3 things.']);
      assert.deepEqual(a.ignored.map((s) => slice(text, s)), ['Kim said 2 things.']);
      assert.equal(a.paragraphs.length, 3, 'ignored blocks are still paragraphs');
    }
  });

  it('skips a whole list or table after claimcheck-ignore', () => {
    const text = '<!-- claimcheck-ignore -->\n\n- Kim said 1.\n- Kim said 2.\n\nKim said 3.\n';
    assert.deepEqual(claimTexts(md(text)), ['Kim said 3.']);
  });

  it('skips the next block after an ignore comment inside a paragraph', () => {
    const text = 'Kim said 1. <!-- claimcheck-ignore -->\n\nKim said 2.\n\nKim said 3.\n';
    assert.deepEqual(claimTexts(md(text)), ['Kim said 1.', 'Kim said 3.']);
  });

  it('skips a disabled region, to the end of the draft when not re-enabled', () => {
    const text = 'Kim said 1.\n\n<!-- claimcheck-disable -->\nKim said 2.\n\nKim said 3 “in so many words”.\n<!-- claimcheck-enable -->\n\nKim said 4.\n\n<!-- claimcheck-disable: notes -->\n\nKim said 5.\n';
    const a = md(text);
    assert.deepEqual(claimTexts(a), ['Kim said 1.', 'Kim said 4.']);
    assert.deepEqual(a.quotes, []);
    assert.equal(a.ignored.length, 2);
    assert.equal(a.ignored[1].end, text.length);
  });

  it('does not obey comments shown in code', () => {
    const text = '```\n<!-- claimcheck-disable -->\n```\n\nKim said 1.\n';
    assert.deepEqual(claimTexts(md(text)), ['Kim said 1.']);
  });

  it('accepts the comments on their own line in plain text', () => {
    const text = 'Kim said 1.\n<!-- claimcheck-ignore: aside -->\nKim said 2.\n\nKim said 3.\n\n<!-- claimcheck-disable -->\nKim said 4.\n<!-- claimcheck-enable -->\nKim said 5.\nNot a directive <!-- claimcheck-ignore --> mid-line.\n';
    const a = txt(text);
    assert.deepEqual(claimTexts(a), ['Kim said 1.', 'Kim said 3.', 'Kim said 5.', 'Not a directive <!-- claimcheck-ignore --> mid-line.']);
  });
});

describe('plain text', () => {
  it('makes one paragraph per blank-line block and keeps the text as it is', () => {
    const text = 'Title line\n\nKim said **3** things [@k]. KCNA agreed.\n  \nLast one in 2012.';
    const a = txt(text);
    assert.deepEqual(a.paragraphs.map((p) => slice(text, p)), ['Title line', 'Kim said **3** things [@k]. KCNA agreed.', 'Last one in 2012.']);
    assert.deepEqual(claimTexts(a), ['Title line', 'Kim said **3** things.', 'KCNA agreed.', 'Last one in 2012.']);
  });

  it('drops what is not check-worthy in checkworthy mode', () => {
    const a = txt('Home > News\n\nI think this is a shame. KCNA said 3 things in 2012. Why?', 'checkworthy');
    assert.deepEqual(claimTexts(a), ['KCNA said 3 things in 2012.']);
  });
});

describe('robustness', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\n \t\n'],
    ['only front matter', '---\ntitle: x\n---\n'],
    ['only code', '```js\nconst said = "we will win today";\n```\n'],
    ['unclosed quote', 'He said “we will win and never stop.\n\nNext paragraph in 2012.'],
    ['unclosed comment', 'Kim said 1.\n\n<!-- claimcheck-disable\nKim said 2.\n'],
    ['unclosed fence', '```\nKim said 1.'],
    ['lone surrogates', 'Kim \ud800 said \udc00 “a b c” in 2012.'],
    ['nul and control characters', 'Kim\u0000 said\u0007 it in 2012.'],
  ];
  for (const [name, text] of cases) {
    it(`never throws: ${name}`, () => {
      for (const format of ['markdown', 'text'] as const) {
        for (const claims of ['all', 'checkworthy'] as const) {
          const a = analyzeDraft(text, { format, claims });
          for (const s of [...a.claims.map((c) => c.span), ...a.quotes.map((q) => q.span), ...a.citations.map((c) => c.span), ...a.ignored, ...a.paragraphs]) {
            assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${JSON.stringify(s)} in ${text.length}`);
          }
        }
      }
    });
  }

  it('finds nothing in an unclosed HTML comment', () => {
    assert.deepEqual(md('Kim said 1.\n\n<!-- never closed\n\nKim said 2.\n').claims.map((c) => c.text), ['Kim said 1.']);
  });

  it('analyses 1 MB of text', () => {
    // 50 distinct paragraphs, repeated: the parser sees 50 chunks (the cache serves the repeats; parse speed is
    // the benchmark's business), everything else runs over the whole megabyte.
    const paras: string[] = [];
    for (let n = 0, size = 0; size < 1_000_000; n++) {
      const para = `On January ${n % 50}, KCNA announced an amnesty [@kcna]. “We will win. We always do,” he said. I think this is a shame.\n\n`;
      paras.push(para);
      size += para.length;
    }
    const text = paras.join('');
    for (const format of ['markdown', 'text'] as const) {
      const a = analyzeDraft(text, { format, claims: 'checkworthy' });
      // 17,576 check-worthy sentences: the first MAX_CLAIMS are claims, and a warning says where checking stops.
      assert.equal(a.claims.length, MAX_CLAIMS);
      assert.equal(a.citations.length, paras.length);
      assert.equal(slice(text, a.claims[a.claims.length - 1].span), '“We will win. We always do,” he said.');
      assert.equal(a.warnings?.length, 1);
      assert.equal(a.warnings![0].code, 'too-many-claims');
      assert.ok(a.warnings![0].span.start > a.claims[a.claims.length - 1].span.start);
      assert.ok(a.quotes.every((q) => q.span.start < a.warnings![0].span.start));
    }
  });
});
