/** Fictional but realistic wire stories for the local test server. */
export interface NewsStory {
  readonly slug: string;
  readonly title: string;
  readonly byline: string;
  readonly paragraphs: readonly string[];
}

export const RHINE: NewsStory = {
  slug: 'rhine-low-water',
  title: 'Rhine shipping halted as water levels fall to record low',
  byline: 'Anna Keller',
  paragraphs: [
    'Cargo barges stopped moving on the Rhine near Kaub on Tuesday after the water level at the gauge fell to a record low of 22 centimetres, cutting off the main freight route between the North Sea ports and southern Germany.',
    'The federal waterways agency said the reading was the lowest since measurements began in 1930 and that it expected levels to keep falling until rain arrives later in the month. Shipping companies had already been loading vessels to a third of their capacity for two weeks.',
    '"We have reached the point where most barges simply cannot pass the shallows at Kaub," said Martin Vogel, a spokesman for the inland shipping association. "Every day without rain now costs the industry millions of euros."',
    'Chemical makers and steel producers along the river rely on barges for coal, ore and fuel. BASF said it had moved part of its supply to rail and trucks and was running its Ludwigshafen site at reduced output.',
    'Economists warn that a long closure could shave a tenth of a percentage point off quarterly growth, as happened in the drought of 2018. Fuel prices in the south-west have risen by eight cents a litre since the start of the month.',
    'Forecasters expect light rain at the weekend but say it will take several days of steady rainfall in the Alps before the river rises enough for fully laden vessels to sail again.',
  ],
};

export const RHINE_WIRE_TITLE = 'Record low water halts Rhine barge traffic at Kaub';
export const RHINE_WIRE_LEDE =
  'Barge traffic on the Rhine came to a halt near Kaub on Tuesday as the water level dropped to a record low of 22 centimetres, blocking the main freight route to southern Germany.';

export const TRAM: NewsStory = {
  slug: 'tram-extension-approved',
  title: 'City council approves tram line to the airport after decade of debate',
  byline: 'Jonas Brandt',
  paragraphs: [
    'The city council voted 41 to 28 on Monday evening to extend the number 4 tram line to the airport, ending more than ten years of argument over the route and its cost.',
    'The 9-kilometre extension will add seven stops and is expected to cost 480 million euros, of which the federal government has promised to pay 60 percent. Construction is due to start next spring and to finish by 2031.',
    '"This is the most important transport decision the city has taken in a generation," said mayor Petra Lindner after the vote. "People will be able to get from the main station to their gate in 25 minutes."',
    'Opposition councillors argued that the money would be better spent on buses and repairs to existing lines, several of which run at reduced speed because of worn tracks. Residents along the planned route have threatened to sue over noise.',
    'The transport authority said the line would carry an estimated 38,000 passengers a day and take about 9,000 car journeys off the motorway each weekday.',
    'A public consultation on the exact position of two stops in the northern suburbs will open in March.',
  ],
};

export const BANK: NewsStory = {
  slug: 'central-bank-holds-rates',
  title: 'Central bank holds interest rates steady as inflation cools',
  byline: 'Lena Hoffmann',
  paragraphs: [
    'The central bank kept its main interest rate at 2.5 percent on Thursday, saying that inflation was easing faster than expected but that it was too early to start cutting borrowing costs.',
    'Consumer prices rose 2.3 percent in the year to September, down from 2.9 percent in August, as energy costs fell and food price increases slowed. Core inflation, which strips out volatile items, fell to 2.6 percent.',
    '"We are on the right path, but the last part of the journey is often the hardest," the bank\'s president told reporters in Frankfurt. She said the governing council had not discussed a cut at this meeting.',
    'Markets had priced in a small chance of a reduction and the euro rose slightly against the dollar after the announcement. Analysts now expect the first cut in the spring.',
    'The bank also lowered its growth forecast for next year to 0.9 percent from 1.2 percent, citing weak exports and high uncertainty about trade policy.',
  ],
};

export const CHIPS: NewsStory = {
  slug: 'chip-plant-opens',
  title: 'Chipmaker opens 10 billion euro plant in Saxony',
  byline: 'Tobias Meier',
  paragraphs: [
    'A semiconductor manufacturer opened its new 10 billion euro factory near Dresden on Wednesday, the largest single industrial investment in eastern Germany since reunification.',
    'The plant will make chips for cars and industrial machinery and is expected to employ 2,000 people when it reaches full production in two years. About a third of the cost was covered by state subsidies approved by the European Commission last year.',
    '"Europe cannot depend on factories on the other side of the world for the chips that run its cars and power grids," the company\'s chief executive said at the opening ceremony.',
    'Local officials said the region still lacked engineers and technicians and that the company had recruited staff from 40 countries. A new vocational college for microelectronics will open next autumn.',
    'Critics of the subsidy programme argue that the money would create more jobs if spent on research and small companies, and that the plant will struggle to compete on cost with producers in Asia.',
  ],
};

export const HEAT: NewsStory = {
  slug: 'forest-fire-brandenburg',
  title: 'Firefighters contain forest fire south of Berlin after three days',
  byline: 'Sara Winter',
  paragraphs: [
    'Firefighters said on Friday they had brought under control a forest fire that burned across about 400 hectares of pine woodland south of Berlin, after three days in which flames forced the evacuation of two villages.',
    'More than 600 firefighters, supported by helicopters from the federal police, fought the blaze, which was fanned by strong winds and temperatures above 35 degrees Celsius. No one was injured, but several barns and a holiday home were destroyed.',
    'The work was slowed by old munitions buried in the ground from the Second World War, which exploded in the heat and kept crews from approaching parts of the fire.',
    '"The ground is so dry that a single spark is enough," said the district fire chief, Klaus Berger. He urged visitors to stay out of the woods and not to park cars on dry grass.',
    'Residents of the two evacuated villages were allowed to return home on Friday afternoon. The state forestry office said the woodland would be replanted with mixed species that burn less easily than pine.',
  ],
};

export const FERRY: NewsStory = {
  slug: 'storm-ferry-routes',
  title: 'Storm closes ferry routes to the North Frisian islands',
  byline: 'Henrik Paulsen',
  paragraphs: [
    'Ferries to the North Frisian islands were cancelled on Saturday as a storm with gusts of up to 120 kilometres an hour swept across the North Sea coast, leaving thousands of visitors stranded on the mainland.',
    'The shipping company that runs the routes to Amrum and Föhr said all crossings would remain suspended until at least Sunday afternoon. Trains to the island of Sylt were also halted after debris blocked the causeway.',
    '"Safety comes first, and the waves in the harbour entrance are simply too high," a company spokeswoman said. Passengers with tickets can rebook free of charge.',
    'The weather service issued a storm surge warning for the coast of Schleswig-Holstein and said water levels could rise up to two metres above the average high tide overnight.',
    'Emergency services reported fallen trees on several roads but no serious injuries by Saturday evening.',
  ],
};

export const ALL_STORIES = [RHINE, TRAM, BANK, CHIPS, HEAT, FERRY] as const;

/** The opening sentence of a story, used as a feed description. */
export function ledeOf(story: NewsStory): string {
  return story.paragraphs[0] ?? '';
}
