/**
 * Source texts for the verdict tests.
 *
 * `AMNESTY` is an excerpt of the user's sample source (`samples/000_b337edc883f6ceff.txt` in the shared data: a
 * news article of 9 February 2012 on a prisoner amnesty in North Korea), typographic quotes and apostrophes
 * kept. `WIRE` is a short wire-style report written for these tests, in the same news register, to give the
 * claims numbers, percentages, money, spelled-out numbers and full dates to get right or wrong. `WEATHER` is
 * an unrelated report.
 */
export const AMNESTY = `Date : February 9, 2012
Amnesty for a "Strong and Prosperous State"
On January 10, KCNA announced a prisoner amnesty be conducted in February. Within North Korea, the move is being propagandized as a sign of the benevolence of their new leader, Kim Jong Un, in a bid to popularize him, bolstering his position as his father’s replacement.

However, the amnesty was clearly being planned long before Kim’s succession, originally to commemorate the 100th birthday of Kim Il Sung, the 70th birthday of Kim Jong Il and to mark 2012 as the year of the “Strong and Prosperous State”.

The amnesty is also seen as an attempt to pacify discontent citizens within the North, temporarily placating the population while also alleviating international pressure on the regime for its human rights abuses. The amnesty will also benefit authorities in that it will ease some of the burden on the prisons' overpopulation and food supply.

In early February, an ORNK source from Hyesan, Yangkang Province said, “Some elites and upper class people laugh at this amnesty, saying that since the authorities will not be able to meet the promise to make a ‘Strong and Prosperous State’, they did it instead of achieving the strong state so as to cover up their failure.” Meanwhile, others have claimed that, “They carried it out only because they didn’t have any space in prisons, but the authorities try to show off their benevolent policies.”

It is common to use such events to drive loyalty to the regime. The 2012 amnesty is expected to be of a large scale and KCNA has claimed it will be extended to defectors repatriated from China, and others who have attempted to escape.

Previous amnesties have been held in 2002, 2005 and 2010 to celebrate Kim Il Sung’s birthday and anniversaries of the establishment of the Workers’ Party. In 2005, North Korean authorities said “The amnesty is to realize the generosity and magnanimity of our Party, which establishes the will and achievements of Suryeong (Kim Il Sung) and brightens the 60th liberation of the country and founding day of the Chosun Worker’s Party.”
`;

export const WIRE = `SEOUL, Feb. 3 -- North Korea released 4,500 prisoners under the amnesty, a South Korean government official said on Friday.

The official said the country's prison camps now hold 18% fewer inmates than a year earlier. Aid groups estimate that food shortages cost the North $2 billion in 2011.

A dozen defectors repatriated from China were among those freed, according to the official. The amnesty took effect on February 1, 2012, the fourth such move in ten years.
`;

export const WEATHER = `Heavy snow closed roads across Gangwon Province on Tuesday. Forecasters expect temperatures to fall to minus 15 degrees Celsius in Seoul by the weekend, and the airport cancelled 40 flights.
`;
