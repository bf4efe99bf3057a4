/**
 * A football club's annual accounts and its chairman's press conference after a manager's sacking: the accounts'
 * summary and the conference's transcript (plain text). The sources are written for these tests (from a helper's draft);
 * the club and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const ACCOUNTS = `HARWICK ROVERS FOOTBALL CLUB LIMITED
ANNUAL REPORT AND FINANCIAL STATEMENTS FOR THE YEAR ENDED 30 JUNE 2024
SUMMARY OF RESULTS FOR THE MEDIA

Embargoed until 07:00, Tuesday 18 March 2025
Company number: 00418276
Registered office: Castle Lane Stadium, Castle Lane, Harwick HW3 7RT
Auditor: Brennan Whitcombe LLP, Leeds

------------------------------------------------------------
1. FINANCIAL HEADLINES
------------------------------------------------------------

                                          2024        2023
Turnover                                £48.6m      £41.2m
Wages and salaries                      £52.3m      £44.9m
Wages as a percentage of turnover         108%        109%
Operating loss                          £21.7m      £16.4m
Loss before tax                         £27.9m      £19.8m
Net debt at 30 June                     £64.1m      £51.5m
Spending on player registrations        £18.4m       £9.7m
Profit on disposal of players            £6.2m      £11.8m

Turnover rose by 18% to £48.6m, the highest in the club's 121-year history. However, the loss before tax widened by £8.1m to £27.9m, mainly because of higher wages, a larger amortisation charge and an impairment of £7.8m on the registrations of players who did not make the first team.

------------------------------------------------------------
2. REVENUE
------------------------------------------------------------

Matchday revenue increased to £11.3m (2023: £9.8m). Average league attendance at Castle Lane was 24,612, up from 22,940 in the previous season, against a capacity of 27,500. The club sold 16,850 season tickets, a rise of 9%.

Broadcasting revenue grew to £26.1m (2023: £21.0m). The increase was driven by an improved EFL distribution and by the club's run to the quarter-final of the FA Cup, where Rovers lost 2-1 to Newcastle United at St James' Park on Sunday 17 March 2024. The cup run generated £3.4m in prize money and broadcast fees.

Commercial revenue was £11.2m (2023: £10.4m). In July 2023 the club signed a three-year shirt sponsorship with Pellow Logistics worth £2.4m a year, the largest commercial agreement in the club's history. Retail income fell by 6%, largely because of a delay of eleven weeks to the launch of the new home kit.

------------------------------------------------------------
3. COSTS
------------------------------------------------------------

Wages and salaries rose by 16% to £52.3m. The average number of employees during the year was 412 (2023: 387), of whom 38 were first-team players. Wages therefore exceeded turnover for the second year running, although the ratio improved slightly from 109% to 108%.

Staff costs include £1.9m of compensation paid to the former head coach, Ian Marsh, and his three assistants following their dismissal on 2 October 2023. No bonuses were paid to directors for the year. The highest-paid director, the chief executive, received total remuneration of £1.1m.

Amortisation of player registrations increased to £12.6m (2023: £9.1m), and other operating expenses were £5.4m. Net interest payable was £4.6m (2023: £3.1m), reflecting higher rates on the club's external borrowing.

------------------------------------------------------------
4. PLAYER TRADING
------------------------------------------------------------

The club invested £18.4m in player registrations during the year, almost double the £9.7m spent in 2023. The most significant acquisition was the striker Tomas Quiroga, who joined from CD Leganes for an initial fee of £7.5m, a club record. The midfielder Kofi Asante-Boateng joined from Bristol City for £4.2m.

Profit on disposal of players fell to £6.2m (2023: £11.8m). The principal sale was the defender Liam Cordery, who moved to Brentford for £8.0m in August 2023. The club did not sell any first-team player in the January 2024 transfer window.

------------------------------------------------------------
5. FUNDING AND GOING CONCERN
------------------------------------------------------------

The club is owned by Halden Sports Holdings Ltd, whose chairman is Richard Ashworth. During the year Halden converted £15.0m of shareholder loans into equity. The remaining shareholder loans of £41.3m are interest-free and are not repayable before 30 June 2027.

External borrowing consists of a £12.0m facility with Calder Bank plc, secured on Castle Lane Stadium, at an interest rate of 9.5%. Net debt rose to £64.1m at 30 June 2024 from £51.5m a year earlier.

Halden Sports Holdings has confirmed that it will continue to provide financial support for at least 12 months from the date on which these accounts were approved. On that basis the directors consider it appropriate to prepare the accounts on a going concern basis.

Under the EFL's Profitability and Sustainability Rules, Championship clubs may lose up to £39m over a three-year period. The club's adjusted loss for the three years to 30 June 2024 was £34.6m, which is within the permitted threshold. The directors do not expect the club to breach the rules in the 2024/25 season.

------------------------------------------------------------
6. EVENTS AFTER THE BALANCE SHEET DATE
------------------------------------------------------------

On 14 November 2023 the club appointed Marco Bellandi, formerly of FC Lugano, as head coach on a contract running until June 2026.

On Sunday 16 March 2025 the club terminated the contract of Marco Bellandi and his assistant, Paolo Ferrante. The cost of compensation is estimated at £2.3m and will be recognised in the accounts for the year ending 30 June 2025.

In the January 2025 transfer window the club sold the winger Jordan Mbeki to Southampton for an undisclosed fee.

------------------------------------------------------------
7. CHIEF EXECUTIVE'S STATEMENT (EXTRACT)
------------------------------------------------------------

Helen Okafor, chief executive, said: "These figures show a club that is growing its income faster than ever before, but whose costs are still growing faster. Our wage bill is not sustainable at its current level and we have already begun to bring it down."

She added: "We are grateful to Halden Sports Holdings for its continued backing. Without that support, no club in our position could compete in the Championship."

The accounts were approved by the board on Thursday 6 March 2025 and signed on its behalf by Richard Ashworth, chairman, and Helen Okafor, chief executive. The full report will be filed with Companies House by 31 March 2025.

ENDS

Media enquiries: Dan Pryce, head of communications, press@harwickrovers.co.uk
`;

const TRANSCRIPT = `HARWICK ROVERS FC - PRESS CONFERENCE TRANSCRIPT
Chairman's media briefing on the departure of the head coach and the 2023/24 accounts

Date: Tuesday 18 March 2025
Time: 11:00am to 11:48am
Location: Media suite, Oakfield Training Ground, Harwick
Present: Richard Ashworth (chairman), Helen Okafor (chief executive)
Moderator: Dan Pryce (head of communications)
Transcribed by the club's communications department. Lightly edited for clarity.

------------------------------------------------------------

DAN PRYCE: Good morning, everyone, and thank you for coming at short notice. The chairman will make a short statement and then we will take questions. We have about forty minutes.

RICHARD ASHWORTH: Thank you, Dan. As you all know, on Sunday we parted company with Marco Bellandi and his assistant Paolo Ferrante. That followed Saturday's 3-0 defeat to Millwall at The Den, which left us 19th in the Championship, three points above the relegation zone with eight games to play.

I want to say clearly that this was not a decision about one result. Marco won six of our last 20 league matches. Over his whole time here he took charge of 71 games and won 24. He is a good coach and a decent man, and I thanked him personally. But the board did not believe the direction of travel was going to change.

I rang Marco at about six o'clock on Sunday evening and we met at the training ground an hour later. He took it with a great deal of dignity.

For Saturday's home game against Preston North End, the team will be picked by Steve Rudd, our under-21s coach, with Gemma Holt, our head of coaching, as his assistant. We will not rush the appointment of a permanent head coach. We have a shortlist of four names and I hope to have someone in place before the end of the season, but I will not be held to a date.

Now, the accounts. Nobody enjoys publishing a loss of nearly 28 million pounds. But I want to put it in context: our turnover is the highest this club has ever had. We are not a club in crisis, we are a club in transition.

DAN PRYCE: Thank you, chairman. Hands up for questions. Sarah first.

SARAH WHITLOCK (Harwick Evening Post): Chairman, you sacked Ian Marsh in October 2023, and now Marco Bellandi seventeen months later. Isn't the problem at the top of the club, not in the dugout?

RICHARD ASHWORTH: I understand why people will ask that. I take responsibility for the appointments. But I do not accept that we are a badly run club. We have invested more in the squad in the last two years than at any time since I arrived in 2019.

SARAH WHITLOCK (Harwick Evening Post): Did you speak to any other candidates before Sunday?

RICHARD ASHWORTH: No. We did not speak to any other manager, or any agent, before Marco was told. That would not have been right.

JAMES MENDES (BBC Radio Harwick): The accounts say the wage bill is 108% of turnover. How do supporters know the club is not heading the same way as others that have gone into administration?

HELEN OKAFOR: It's a fair question, James. The wage bill is too high and we have said so in the accounts. Our target is to bring wages below 80% of turnover within three seasons. Around 40% of the current first-team wage bill is on contracts that end in June 2025, so a lot of that work will happen this summer.

RICHARD ASHWORTH: And let me be absolutely clear: Halden is not going anywhere. I will not be selling this club. The owners converted 15 million pounds of loans into shares last year, and we will do the same again if we need to.

JAMES MENDES (BBC Radio Harwick): How much will the change of coach cost?

HELEN OKAFOR: The compensation for Marco and Paolo will be about 2.3 million pounds. That will appear in next year's accounts.

PRIYA CHANDRA (The Athletic): Are you at any risk of breaching the profitability and sustainability rules, and would a points deduction effectively relegate you?

HELEN OKAFOR: No. Our adjusted loss over the three-year period is 34.6 million pounds against a limit of 39 million. We have headroom of 4.4 million pounds, and we have shared our forecasts with the EFL. We are not expecting any sanction.

PRIYA CHANDRA (The Athletic): You sold Jordan Mbeki in January. Was that to help the accounts rather than the team?

RICHARD ASHWORTH: Jordan wanted to go to Southampton and the offer was a good one. Marco was consulted and he agreed to the sale. I would not describe that as a sale for accounting purposes.

TOM GALLAGHER (Sky Sports News): Will season ticket prices go up next season to help close the gap?

HELEN OKAFOR: No. Season ticket prices for 2025/26 will be frozen for the third year in a row. Adult season tickets will stay at 425 pounds and under-18s at 150 pounds. Our supporters are not the ones who should pay for our mistakes.

TOM GALLAGHER (Sky Sports News): Chairman, is there a budget for the new head coach in the summer?

RICHARD ASHWORTH: There will be money to spend, but it will be smarter money. We spent 18.4 million on players last year. I would expect the net spend this summer to be lower than that, and we will sell before we buy.

SARAH WHITLOCK (Harwick Evening Post): One last one. What do you say to fans who chanted for you to leave on Saturday?

RICHARD ASHWORTH: I heard them. I understand the frustration, and I share it. But I would say this to them: judge us in a year, not in a week.

DAN PRYCE: We'll have to leave it there. Thank you all. Steve Rudd will speak to the media on Thursday at 1:30pm ahead of the Preston game.

END OF TRANSCRIPT
`;

const files = { 'harwick_rovers_annual_accounts_2023-24_summary.txt': ACCOUNTS, 'chairman_press_conference_transcript_18mar2025.txt': TRANSCRIPT };

describe("a club's accounts and its chairman's press conference, with the product's word vectors", () => {
  withProductWordVectors();

  test('words after a name by a passive are its own: "against Preston North End, the team will be picked by Steve Rudd"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives Preston North End, not Steve Rudd".
    verdict('supported', "Under-21s coach Steve Rudd will pick the team for Saturday's home game against Preston North End, with head of coaching Gemma Holt as his assistant.");
  });

  test('"425 pounds and under-18s at 150 pounds" bounds nothing', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives 425 pounds and under, not £425".
    verdict('supported', 'Okafor said season ticket prices for 2025/26 would be frozen, with adult season tickets staying at £425.');
    verdict('contradicted', 'Okafor said season ticket prices for 2025/26 would be frozen, with adult season tickets staying at £435.');
  });

  test('another unit in the figure\'s place: "fell by £6m" / "fell by 6%"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported (the disposals' £6.2m, in another passage, stated £6m).
    verdict('contradicted', 'Retail income fell by £6m, largely because of an eleven-week delay to the launch of the new home kit.', [['£6m', '6%']]);
    verdict('supported', 'Retail income fell by 6%, largely because of an eleven-week delay to the launch of the new home kit.');
  });
});
