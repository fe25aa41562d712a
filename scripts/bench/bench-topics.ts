/**
 * `npm run bench:topics [-- --all | --source doc.txt --keywords kw.tsv [--fields fields.tsv] [--taxonomy t.yaml]] [--detail] [--quick] [--out bench/topics.json]`
 *
 * Measures the topics and areas a build with no flags gives a collection against labels of its
 * own (see measureTopics): topics, Other, the largest topic, name coverage (the share of a
 * topic's papers that write its name) and the topics under 30%, "share a topic" pair F1 against
 * the keywords beside plain k-means at as many clusters (mean of five seeds), areas, the share of
 * topics inside an area, and "share an area" F1 against the fields (or keywords) beside k-means at
 * as many groups. `--all` runs every yardstick in `../shared/source/` (`--shared <dir>`): ICLR 2020
 * with its keywords, the eight Web of Science fields with their keywords and fields, and
 * `ecology.txt` alone; one table. With one `--source`, also how many topic ids survive ten papers
 * added or removed (`--quick` skips that). `--detail` lists every topic and area. `--kmeans-cache
 * <file>` keeps the k-means figures between runs (they depend on the collection and k alone).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureTopics, type Compared, type KmeansCache, type TopicMeasures, type Yardstick } from './measure-topics.ts';
import { topicStability } from './topic-stability.ts';

const { values } = parseArgs({
  options: {
    all: { type: 'boolean', default: false },
    yardsticks: { type: 'string' },
    shared: { type: 'string', default: '../shared/source' },
    source: { type: 'string', multiple: true },
    keywords: { type: 'string' },
    fields: { type: 'string' },
    taxonomy: { type: 'string' },
    detail: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/topics.json' },
    'kmeans-cache': { type: 'string' },
  },
});

const iclr: Yardstick = { name: 'ICLR 2020', sources: ['tests/fixtures/iclr2020-accepted-papers.txt'], keywords: 'tests/fixtures/iclr2020-keywords.tsv' };
const wos = join(values.shared, 'wos-multifield');
const yardsticks: Yardstick[] = values.yardsticks !== undefined
  ? (JSON.parse(await readFile(values.yardsticks, 'utf8')) as Yardstick[])
  : values.all
  ? [
      iclr,
      { name: 'WoS, eight fields', sources: [wos], keywords: join(wos, 'keywords.tsv'), fields: join(wos, 'fields.tsv') },
      { name: 'WoS ecology alone', sources: [join(wos, 'ecology.txt')], keywords: join(wos, 'keywords.tsv') },
    ]
  : values.source === undefined
    ? [{ ...iclr, taxonomy: values.taxonomy }]
    : [{ name: values.source.join(' + '), sources: values.source, keywords: values.keywords ?? iclr.keywords, fields: values.fields, taxonomy: values.taxonomy }];

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const versus = (c: Compared): string => `${c.f1.toFixed(3)} (${c.kmeans.toFixed(3)}) ${(c.f1 / (c.kmeans || 1)).toFixed(2)}×`;
const cachePath = values['kmeans-cache'];
const cache: KmeansCache = cachePath === undefined ? {} : JSON.parse(await readFile(cachePath, 'utf8').catch(() => '{}'));
const rows: TopicMeasures[] = [];
for (const yardstick of yardsticks) {
  const row = await measureTopics(yardstick, cache);
  if (cachePath !== undefined) await writeFile(cachePath, JSON.stringify(cache));
  rows.push(row);
  console.log(`${row.name}: ${row.papers} papers (${row.labelled} with keywords); ${row.rule}; topic step ${(row.topicMs / 1000).toFixed(1)} s`);
  if (row.topicFieldF1 !== undefined) console.log(`  topics against the fields: ${versus(row.topicFieldF1)}`);
  if (values.detail) printDetail(row);
}

const header = ['yardstick', 'papers', 'topics', 'Other', 'largest', 'topics/paper', 'name coverage', 'under 30%', 'topic pair F1 (k-means)', 'areas', 'topics in an area', 'area pair F1 (k-means at k = areas)', 'topic s'];
const table = rows.map((row) => [
  row.name,
  String(row.papers),
  String(row.topics),
  pct(row.other),
  pct(row.largest),
  row.perPaper.toFixed(2),
  row.coverage.weighted.toFixed(2),
  `${row.coverage.under30} (${pct(row.coverage.under30 / Math.max(1, row.topics))})`,
  versus(row.topicF1),
  String(row.areas),
  pct(row.inArea),
  row.areaFieldF1 === undefined ? `${versus(row.areaF1)} keywords` : `${versus(row.areaFieldF1)} fields`,
  (row.topicMs / 1000).toFixed(1),
]);
console.log(`\n| ${header.join(' | ')} |\n|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
for (const cells of table) console.log(`| ${cells.join(' | ')} |`);

const stability = values.all || values.quick || values.yardsticks !== undefined ? undefined : await topicStability(yardsticks[0]!, rows[0]!.plan);
if (stability !== undefined) for (const line of stability.lines) console.log(line);

await mkdir(dirname(values.out), { recursive: true });
const json = rows.map(({ plan: _plan, titles: _titles, ...row }) => row);
await writeFile(values.out, `${JSON.stringify({ rows: json, stability: stability?.rows }, null, 2)}\n`);

/** Every topic (size, coverage, area) and every area with its topics. */
function printDetail(row: TopicMeasures): void {
  const areaNames = new Map(row.plan.taxonomy.areas.map((area) => [area.slug, area.name]));
  const bySlug = new Map(row.plan.taxonomy.topics.map((topic) => [topic.name, topic]));
  for (const group of [...row.coverage.groups].sort((a, b) => b.size - a.size)) {
    const area = bySlug.get(group.name)?.area;
    console.log(`  ${String(group.size).padStart(5)}  ${group.coverage.toFixed(2)}  ${group.name}${area === undefined ? '' : `  [${areaNames.get(area)}]`}`);
  }
  for (const group of row.areaCoverage.groups) console.log(`  area ${group.name}: ${group.size} papers, coverage ${group.coverage.toFixed(2)}`);
}
