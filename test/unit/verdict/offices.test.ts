/** How a text pairs people with their offices (server/src/core/verdict/offices.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { officeHolders, onePost, otherOffice, sameOffice } from '../../../server/src/core/verdict/offices';

const pairs = (text: string) => officeHolders(text).map((o) => [o.office, o.person, o.title]);

test('an office and its holder, in apposition, in parentheses or before the name; words that are no part of the office left out', () => {
  assert.deepEqual(pairs('The debate was chaired by the Deputy Speaker, Helen Fairbairn.'), [['deputy speaker', 'Helen Fairbairn', 'Deputy Speaker']]);
  assert.deepEqual(pairs('Madam Deputy Speaker (Mrs Eleanor Whitcombe) in the Chair.'), [['deputy speaker', 'Mrs Eleanor Whitcombe', 'Deputy Speaker']]);
  assert.deepEqual(pairs('Its chief executive, Joanna Pryce, said it was welcome.'), [['chief executive', 'Joanna Pryce', 'chief executive']]);
  assert.deepEqual(pairs('Responding to the vote, Shadow Housing Secretary Tobias Kerrigan said'), [['shadow housing secretary', 'Tobias Kerrigan', 'Shadow Housing Secretary']]);
  assert.deepEqual(pairs('But coach Vicente Del Bosque will be confident.'), [['coach', 'Vicente Del Bosque', 'coach']]);
  assert.deepEqual(pairs('Ms Priya Natarajan (Housing Minister): I beg to move.'), [['housing minister', 'Ms Priya Natarajan', 'Housing Minister']]);
  // An organisation in the possessive is no part of the office.
  assert.deepEqual(pairs("The trust's chief executive, Sarah Okonkwo, said"), [['chief executive', 'Sarah Okonkwo', 'chief executive']]);
  assert.deepEqual(pairs("Dr Rajiv Menon, the trust's medical director, said"), [['medical director', 'Dr Rajiv Menon', 'medical director']]);
  // No office, or no person.
  assert.deepEqual(pairs('The minister said the plan would work.'), []);
  assert.deepEqual(pairs('Officials met the director on Tuesday.'), []);
});

test('one office or another: a qualified one is a post, a bare "coach" is any team\'s; a person may be two captains, not chair and chief executive', () => {
  // May be one post (what states a claim's office): one's words end the other's.
  assert.ok(sameOffice('head coach', 'newcastle head coach'));
  assert.ok(sameOffice('speaker', 'deputy speaker'));
  assert.ok(!sameOffice('deputy speaker', 'assistant speaker'));
  assert.ok(!sameOffice('chief executive', 'finance director'));
  assert.ok(onePost('deputy speaker') && onePost('chair') && !onePost('coach') && !onePost('captain'));
  assert.ok(otherOffice('finance director', 'chief executive'));
  assert.ok(!otherOffice('belgium captain', 'manchester city captain'));
  assert.ok(!otherOffice('chairman', 'chair'));
});
