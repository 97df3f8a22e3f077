#!/usr/bin/env node
/**
 * Prints what the built app costs a browser: the JavaScript and CSS that the first page load needs
 * (entry chunk plus its static imports; login and logged-in home use exactly this set) and each
 * lazily loaded page. Reads Vite's manifest in dist/.vite; run `npm run build -w apps/web` first.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const gzipBytes = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The chunk and everything it imports statically: what must arrive before it can run. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key].imports ?? []) closure(next, seen);
  return seen;
}

function cost(keys, exclude = new Set()) {
  let js = 0;
  let css = 0;
  const cssFiles = new Set();
  for (const key of keys) {
    if (exclude.has(key)) continue;
    js += gzipBytes(manifest[key].file);
    for (const file of manifest[key].css ?? []) cssFiles.add(file);
  }
  for (const file of cssFiles) css += gzipBytes(file);
  return { js, css };
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = closure(entryKey);
const first = cost(initial);
console.log(`initial load (login page, logged-in home): JS ${kb(first.js)} gzip, CSS ${kb(first.css)} gzip`);

const lazy = Object.keys(manifest).filter((key) => manifest[key].isDynamicEntry);
for (const key of lazy.sort()) {
  const extra = cost(closure(key), initial);
  console.log(`  + ${manifest[key].name ?? key}: JS ${kb(extra.js)} gzip, CSS ${kb(extra.css)} gzip (on first visit)`);
}
