/**
 * A university's press release on a hoard, against a writer's draft: a material in another's place ("an iron
 * cauldron" / "a bronze cauldron"), and millimetres for centimetres.
 * The release is written for these tests (from a helper's draft); the site and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Press release: Hoard of bronze vessels and coins uncovered at Kestrel Ford

**University of Marlow, Department of Archaeology — For immediate release, 14 October 2024**

Archaeologists from the University of Marlow have uncovered a hoard of 412 objects at Kestrel Ford, a river crossing on the Tamsey near the village of Ashcombe in Wiltshire. The finds, which include bronze vessels, silver coins and iron tools, are about 2,300 years old and date to the third century BC, making the site one of the richest Iron Age deposits ever recorded in southern England.

The excavation was led by Dr Helen Okafor, senior lecturer in prehistoric archaeology at the University of Marlow. Fieldwork took place over two seasons, from 3 June to 26 July 2023 and from 6 May to 30 August 2024. A team of 38 students and volunteers worked alongside six professional archaeologists from Wessex Field Services.

The hoard was found in a timber-lined pit measuring 1.8 metres long, 1.2 metres wide and 90 centimetres deep, sealed beneath a layer of river gravel. The pit was first identified in 2022 by a metal detectorist, Graham Pellow, who reported a single bronze fragment to the county's Finds Liaison Officer, Sarah Whitcombe.

## What was found

The 412 objects comprise 287 silver coins, 64 iron tools, 31 bronze vessels and fittings, 19 glass beads, and 11 items of gold jewellery, among them two twisted gold torcs. The largest object is a bronze cauldron measuring 62 centimetres across and weighing 14 kilograms. It is the first complete cauldron of this type to be found in Britain.

Most of the coins were struck by the Durotriges, a tribe that controlled much of what is now Dorset and south Wiltshire. Eleven coins came from mints in northern Gaul, indicating trade links across the Channel.

## Dating

Four radiocarbon samples were taken from charred wood in the pit lining and from organic residue inside the cauldron. The samples were analysed at the Scottish Universities Environmental Research Centre in East Kilbride. They returned calibrated dates between 280 BC and 220 BC, with the most likely date of deposition around 250 BC.

"The radiocarbon results fit neatly with the style of the metalwork," said Dr Okafor. "Everything points to a single act of deposition in the middle of the third century BC, possibly as an offering at the river crossing."

## Funding

The project was funded by a grant of £186,000 from the Arts and Humanities Research Council, with a further £42,500 from the Wiltshire Archaeological Trust. The National Lottery Heritage Fund has awarded £75,000 towards conservation of the finds, which is being carried out at the Wiltshire Conservation Service in Chippenham.

Professor Mark Ellery, head of the Department of Archaeology, said: "This is an exceptional discovery, and it shows what can be achieved when detectorists, local trusts and universities work together. We are grateful to the landowners, the Hartley family, for allowing us access to their land."

## Display

A selection of around 120 objects, including the cauldron and both torcs, will go on display at the Salisbury Museum from 15 March 2025 in an exhibition titled "River of Offerings". The exhibition will run until 2 November 2025. The Salisbury Museum has launched an appeal to acquire the hoard for its permanent collection, after a coroner declared the finds treasure in August 2024.

Adrian Hollis, director of the Salisbury Museum, said: "We are thrilled to be able to show these remarkable objects so close to where they were found. They will transform our understanding of Iron Age Wessex."

## Next steps

The team plans a third season of excavation in summer 2025 to investigate a possible settlement about 400 metres north of the pit, which geophysical survey has revealed as a series of roundhouse outlines. A full academic report is expected to be published in the journal *Antiquity* in 2026.

## Notes to editors

- Kestrel Ford lies on private farmland and is not open to the public. Visitors are asked not to attempt to access the site.
- The Durotriges were an Iron Age tribe of southern Britain, later conquered by the Roman army in the first century AD.
- Images of the finds are available on request from the University of Marlow press office.

**Media contact:** Rachel Dunmore, Press Officer, University of Marlow, press@marlow.ac.uk, 01672 555 014
`;

describe('an archaeological hoard\'s press release, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('materials are other facts: "iron" is not "bronze"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'press-release.md': RELEASE }));
    verdict('supported', 'The largest object is a bronze cauldron measuring 62 centimetres across.');
    verdict('contradicted', 'The largest object is an iron cauldron measuring 62 centimetres across.', [['iron', 'bronze']]);
  });

  test('"90 millimetres" is not "90 centimetres"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'press-release.md': RELEASE }));
    verdict('supported', 'The pit was 1.8 metres long, 1.2 metres wide and 90 centimetres deep.');
    verdict('contradicted', 'The pit was 1.8 metres long, 1.2 metres wide and 90 millimetres deep.', [['90 millimetres', '90 centimetres']]);
  });
});
