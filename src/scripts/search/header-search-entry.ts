/**
 * The header search's lazily loaded script: SiteSearch.astro adds it to the page when the
 * reader first focuses the box (or presses `/`, Ctrl/Cmd+K), and it mounts every header box.
 * Built as a standalone bundle (see SiteSearch.astro), so reading pages carry no script file.
 */
import { mountHeaderSearch } from './header-search.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-site-search="combobox"]')) mountHeaderSearch(form);
