import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../src/utils/headers/content-security-policy.ts';

const none = { scripts: [], styles: [], scriptAttributes: [], styleAttributes: [] };

/** The policy as a map of directive → sources. */
const directives = (policy: string) => new Map(policy.split('; ').map((part) => [part.split(' ')[0]!, part.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  test('allows only the site itself, and WebAssembly for Pagefind, with no unsafe-inline or unsafe-eval', () => {
    const policy = directives(contentSecurityPolicy(none));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(contentSecurityPolicy(none)).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  test('lists inline script and style hashes in their directives', () => {
    const policy = directives(contentSecurityPolicy({ ...none, scripts: ["'sha256-a'"], styles: ["'sha256-b'", "'sha256-c'"] }));
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-a'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'sha256-b'", "'sha256-c'"]);
  });

  test('adds unsafe-hashes only when a page has style or event handler attributes', () => {
    const policy = directives(contentSecurityPolicy({ ...none, styleAttributes: ["'sha256-s'"] }));
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-hashes'", "'sha256-s'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-hashes'");
  });
});
