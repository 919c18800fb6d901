/**
 * Finds English left in the Danish UI: every message whose English and Danish texts differ
 * becomes a pattern, and the page's text nodes, labels, titles and placeholders are
 * matched against them. The messages come from the renderer's own dictionaries.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { translate } from '../../../src/renderer/i18n/i18n';
import { ROOT } from './session';

const RENDERER = join(ROOT, 'src/renderer');

/** Every messages.ts of the renderer (features, autosave, errors) and the shell's. */
function messageFiles(): string[] {
  const found: string[] = [join(RENDERER, 'app/shell-messages.ts')];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'messages.ts') found.push(path);
    }
  };
  walk(RENDERER);
  return found.filter((file) => existsSync(file));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface EnglishMessage {
  key: string;
  pattern: string;
}

/** Patterns (whole text) for messages whose English differs from their Danish. */
export async function englishOnlyMessages(): Promise<EnglishMessage[]> {
  const keys = new Set<string>();
  for (const file of messageFiles()) {
    await import(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/^\s+'([\w.-]+)':/gm))
      keys.add(match[1]!);
  }
  const messages: EnglishMessage[] = [];
  for (const key of keys) {
    const en = translate('en', key);
    if (en === translate('da', key)) continue;
    // Enough fixed English around the parameters to tell it from Danish.
    if (en.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '').length < 4) continue;
    const pattern = escapeRegExp(en).replace(/\\\{\w+\\\}/g, '.+?');
    messages.push({ key, pattern: `^${pattern}$` });
  }
  return messages;
}

/** The English messages the page shows, as "key: what was found". */
export async function englishShown(page: Page, messages: EnglishMessage[]): Promise<string[]> {
  return page.evaluate((list) => {
    const patterns = list.map((m) => ({ key: m.key, regex: new RegExp(m.pattern, 's') }));
    const shown: string[] = [];
    const texts = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent?.closest('[data-testid="transcript-text"], script, style')) continue;
      const text = (parent?.textContent ?? '').trim();
      if (text) texts.add(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.add(value);
      }
    }
    for (const text of texts)
      for (const { key, regex } of patterns) if (regex.test(text)) shown.push(`${key}: "${text}"`);
    return shown;
  }, messages);
}
