import { describe, expect, test } from 'vitest';
import { assignSlugs } from '../../scripts/fields/assign-slugs.ts';
import { makeSlug } from '../../scripts/fields/make-slug.ts';

describe('makeSlug', () => {
  test('makes readable lowercase ASCII from a title', () => {
    expect(makeSlug('AdaNPC: Exploring Non-Parametric Classifier for Test-Time Adaptation')).toBe(
      'adanpc-exploring-non-parametric-classifier-for-test-time-adaptation',
    );
    expect(makeSlug("NEVIS'22: A Stream of 100 Tasks")).toBe('nevis-22-a-stream-of-100-tasks');
  });

  test('transliterates non-ASCII letters', () => {
    expect(makeSlug('Größe und Überraschung: Café')).toBe('groesse-und-ueberraschung-cafe');
  });

  test('keeps path-like titles inside one path segment', () => {
    expect(makeSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(makeSlug('..\\..\\windows')).toBe('windows');
  });

  test('gives titles without letters or digits a stable hashed slug', () => {
    expect(makeSlug('???')).toMatch(/^paper-[0-9a-f]{6}$/);
    expect(makeSlug('???')).toBe(makeSlug('???'));
    expect(makeSlug('???')).not.toBe(makeSlug('!!!'));
  });

  test('never makes a slug of digits only, which would be a page number of the paper list', () => {
    expect(makeSlug('1984')).toBe('paper-1984');
    expect(makeSlug('2.0')).toBe('2-0');
    expect(makeSlug('1984 and after')).toBe('1984-and-after');
  });

  test('cuts long titles at a word boundary', () => {
    const slug = makeSlug(`${'Transfer '.repeat(60)}Learning`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^transfer(?:-transfer)*$/);
  });

  test('only ever produces lowercase letters, digits and single dashes', () => {
    for (const title of ['<script>alert(1)</script>', ' -- A -- ', 'x'.repeat(500), '/', 'Ω≈ç√∫', '%00.%2e%2e']) {
      expect(makeSlug(title)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

describe('assignSlugs', () => {
  const paper = (title: string, abstract: string, line: number) => ({ title, abstract, line });

  test('keeps a slug stable when other papers are added or removed', () => {
    const a = paper('Alpha Paper', 'A.', 1);
    const b = paper('Beta Paper', 'B.', 5);
    const c = paper('Gamma Paper', 'C.', 9);
    const before = assignSlugs([a, b, c], 'x.txt').slugs;
    const after = assignSlugs([c, paper('Delta Paper', 'D.', 1), a], 'x.txt').slugs;
    expect(after[0]).toBe(before[2]);
    expect(after[2]).toBe(before[0]);
  });

  test('gives papers with the same title distinct addresses and warns', () => {
    const { slugs, warnings } = assignSlugs(
      [paper('Same Title', 'First abstract.', 1), paper('Same Title', 'Second abstract.', 5), paper('Same  Title!', 'First abstract.', 9)],
      'x.txt',
    );
    expect(new Set(slugs).size).toBe(3);
    expect(slugs[0]).toBe('same-title');
    expect(slugs[1]).toMatch(/^same-title-[0-9a-f]{6}$/);
    expect(slugs[2]).toMatch(/^same-title-[0-9a-f]{6}$/);
    expect(warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [5, '"Same Title" has the same address as the paper at line 1'],
      [9, '"Same  Title!" has the same address as the paper at line 1'],
    ]);
    expect(warnings[0]?.hint).toContain(`/papers/${slugs[1]}/`);
  });

  test('the suffix of a duplicate depends on its abstract, not its position', () => {
    const original = paper('Same Title', 'First.', 1);
    const duplicate = paper('Same Title', 'Second.', 5);
    const withOther = assignSlugs([paper('Other', 'O.', 1), original, duplicate], 'x.txt').slugs;
    expect(withOther[2]).toBe(assignSlugs([original, duplicate], 'x.txt').slugs[1]);
  });
});
