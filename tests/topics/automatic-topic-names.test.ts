import { describe, expect, test } from 'vitest';
import { automaticTopics } from '../../scripts/topics/automatic-topics.ts';

// Two small fields, far from machine learning: kidney medicine and trade law.
const kidney = [
  'We follow chronic kidney disease (CKD) progression in a cohort of older adults with diabetes.',
  'Chronic kidney disease progression is slower under tight blood pressure control in our trial.',
  'Dietary protein and chronic kidney disease progression: a cohort study of body mass index (BMI) and diet.',
  'Predicting chronic kidney disease progression from urine albumin and body mass index.',
  'Anemia treatment and chronic kidney disease progression in dialysis candidates with high body mass index.',
  'Body mass index and chronic kidney disease progression among adults with hypertension.',
  'Biomarkers of chronic kidney disease progression measured in blood and urine albumin.',
  'Smoking, body mass index and chronic kidney disease progression in a national registry.',
];
const trade = [
  'Sanctions and tariffs reshape bilateral trade agreements between neighbouring states.',
  'How sanctions enforcement shapes customs disputes at the world trade court.',
  'Sanctions regimes, export controls and customs disputes in bilateral trade agreements.',
  'Export controls as sanctions: customs disputes and tariff schedules.',
  'Judicial review of sanctions listings and tariff schedules under bilateral trade agreements.',
  'Sanctions, customs disputes and the limits of export controls.',
  'Tariff schedules, sanctions and customs disputes in regional courts.',
  'Sanctions evasion through shell companies and bilateral trade agreements.',
];
const apnea = [
  'Sleep apnea (SA) and body mass index (BMI) in shift workers.',
  'Screening for sleep apnea with questionnaires, adjusted for body mass index.',
  'Sleep apnea severity rises with body mass index in older adults.',
  'Oxygen therapy for sleep apnea in patients with high body mass index.',
  'Sleep apnea after surgery: body mass index and anaesthesia.',
  'Sleep apnea in children with tonsils removed and normal body mass index.',
  'Body mass index, alcohol and sleep apnea in a national survey.',
  'Sleep apnea and snoring in bed partners.',
];
// `moraines` in all nine glacier papers, `ice sheets` in five: a phrase fitting more than half as well.
const glaciers = [
  'Moraines mark the retreat of ice sheets in northern valleys.',
  'Dating moraines with cosmogenic nuclides beneath ice sheets.',
  'Ice sheets left moraines across the plain.',
  'Moraines and meltwater channels of former ice sheets.',
  'Ice sheets and the shape of lateral moraines.',
  'Moraines in alpine valleys record cold periods.',
  'Boulders on moraines weather slowly.',
  'Mapping moraines from satellite images.',
  'Moraines dam lakes that may burst.',
];
const asPapers = (abstracts: string[]) => abstracts.map((abstract, i) => ({ title: `Study ${i + 1}`, abstract }));
const papers = asPapers([...kidney, ...trade]);

describe('automatic topic names', () => {
  const { topics } = automaticTopics(papers, { clusters: 2 });
  const kidneyTopic = topics.find((t) => /kidney/i.test(t.name));

  test('a phrase the collection always continues with one word is named in full, past three words', () => {
    expect(kidneyTopic?.name).toBe('Chronic kidney disease progression');
    // The name as said in full is what places a paper; the counted phrase stays, as lesser evidence.
    expect(kidneyTopic!.evidence[0]!.phrases).toContain('chronic kidney disease progression');
    const counted = kidneyTopic!.evidence.find((e) => e.phrases.includes('chronic kidney disease'));
    expect(counted?.weight).toBeLessThan(kidneyTopic!.evidence[0]!.weight);
  });

  test("aliases are the name's acronyms, not those of unrelated phrases of the topic", () => {
    expect(kidneyTopic!.aliases).toEqual(['CKD']);
    const sleep = automaticTopics(asPapers([...apnea, ...trade]), { clusters: 2 }).topics.find((t) => /apnea/i.test(t.name));
    expect(sleep?.name).toBe('Sleep apnea');
    expect(sleep!.aliases).toContain('SA');
    // `body mass index (BMI)` leads the topic's evidence but shares no word with its name.
    expect(sleep!.evidence.slice(0, 8).some((e) => e.phrases.includes('BMI'))).toBe(true);
    expect(sleep!.aliases).not.toContain('BMI');
  });

  test('a phrase fitting a cluster more than half as well as a single word names it instead', () => {
    const ice = automaticTopics(asPapers([...glaciers, ...trade]), { clusters: 2 }).topics.map((t) => t.name);
    expect(ice).toContain('Ice sheets');
    expect(ice).not.toContain('Moraines');
    // `sanctions` is in every trade paper, `customs disputes` in five of eight: a field is named by a phrase.
    const tradeTopic = topics.find((t) => t !== kidneyTopic);
    expect(tradeTopic?.name).not.toMatch(/^\S+$/);
    expect(tradeTopic?.name).toMatch(/customs disputes|trade agreements/i);
  });
});

describe('automatic topic names of an export written in capitals', () => {
  test("are written as the papers' running text writes them, not in the export's capitals or hyphens", () => {
    // Titles in capitals and a keyword line in capitals, hyphen-joined as Keywords Plus writes them;
    // the abstracts write the same terms in running text.
    const shout = (text: string): string => text.toUpperCase();
    const kidneyPapers = kidney.map((abstract, i) => ({ title: shout(`Chronic kidney disease progression in cohort ${i + 1}`), abstract: `${abstract} Keywords: CHRONIC-KIDNEY-DISEASE; BODY-MASS-INDEX.` }));
    const tradePapers = trade.map((abstract, i) => ({ title: shout(`Sanctions and customs disputes, case ${i + 1}`), abstract: `${abstract} Keywords: SANCTIONS; CUSTOMS-DISPUTES.` }));
    const { topics } = automaticTopics([...kidneyPapers, ...tradePapers], { clusters: 2 });
    expect(topics.length).toBe(2);
    for (const topic of topics) {
      // Acronyms the abstracts write in capitals (CKD, BMI) may stay; no other word is in capitals or hyphen-joined.
      const shouted = topic.name.split(/\s+/).filter((word) => /^\p{Lu}{2,}/u.test(word) && !/\b(CKD|BMI)\b/.test(word));
      expect(shouted, topic.name).toEqual([]);
      expect(topic.name, topic.name).not.toMatch(/\p{L}-\p{L}.*-\p{L}/u);
    }
    // Sentence case, as the abstracts write the terms mid-sentence: `Body mass index`, not `BODY-MASS-INDEX`.
    for (const topic of topics) expect(topic.name.slice(1), topic.name).toBe(topic.name.slice(1).toLowerCase());
  });
});
