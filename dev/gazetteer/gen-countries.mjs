#!/usr/bin/env node
// gen-countries.mjs builds ingest/gazetteer/data/countries.json, the country
// gazetteer the entity recogniser embeds, from the npm package
// world-countries (ODbL-1.0) plus the hand-kept dev/gazetteer/country-overrides.json.
//
// Usage (from anywhere):
//   d=$(mktemp -d) && (cd "$d" && npm install --no-save world-countries@5.1.0)
//   node dev/gazetteer/gen-countries.mjs "$d/node_modules/world-countries"
//   node dev/gazetteer/validate.mjs
//
// The argument is the installed package directory (or its countries.json).
// The output is deterministic: the same package version and overrides give
// the same bytes.
//
// What is taken from world-countries: common and official English names,
// ISO 3166-1 alpha-2/alpha-3 codes, English alternative spellings (filtered,
// see englishAlias), English demonyms and capitals. Everything else (which
// states to keep, canonical names, extra aliases, demonym forms, capital
// spellings, metonyms, historic states) comes from the overrides file.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const overridesPath = path.join(here, 'country-overrides.json');
const outPath = path.join(repo, 'ingest', 'gazetteer', 'data', 'countries.json');

function die(msg) { console.error('gen-countries: ' + msg); process.exit(1); }

let arg = process.argv[2];
if (!arg) die('usage: gen-countries.mjs <path to world-countries package dir or countries.json>');
let pkgDir = arg, srcPath = arg;
if (fs.statSync(arg).isDirectory()) srcPath = path.join(arg, 'countries.json');
else pkgDir = path.dirname(arg);
const src = JSON.parse(fs.readFileSync(srcPath, 'utf8'));
const ov = JSON.parse(fs.readFileSync(overridesPath, 'utf8'));

// Check the package version against the one the overrides were written for.
let version = 'unknown';
try { version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version; } catch {}
if (ov.source && ov.source.version && version !== ov.source.version) {
  console.error(`gen-countries: warning: world-countries ${version}, overrides written for ${ov.source.version}`);
}

const byCca2 = new Map(src.map(c => [c.cca2, c]));
const per = ov.countries || {};
for (const k of Object.keys(per)) if (!byCca2.has(k) && !k.startsWith('_')) die(`override for unknown code ${k}`);

// A state is kept if the data marks it a UN member, or the overrides name it.
const keep = src.filter(c => (c.unMember || (ov.include || []).includes(c.cca2)) && !(ov.exclude || []).includes(c.cca2));

const LOWER_OK = new Set(['of', 'the', 'and']);
const ENGLISH_MARK = /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Duchy|Sultanate|Union|Confederation|Emirates|Federated|Nation)\b/;
// englishAlias keeps an alternative spelling from world-countries only when it
// is plainly English: Latin script, no inverted "X, Republic of" form, every
// lower-case word an English particle, and carrying an English state word
// (Republic, Kingdom ...) or being an upper-case acronym of 3+ letters. Native
// names and transliterations (Zhongguo, Nippon, "Island" for Iceland) are left
// out; the overrides add the English short forms that news uses (Holland, Burma).
function englishAlias(s, c) {
  if (s === c.cca2) return false;
  if (s.includes(',')) return false;
  if (/[^\p{Script=Latin}\s'’.\-()]/u.test(s)) return false;
  if (/[^\x00-\x7F]/.test(s) && !/[éèôü]/.test(s)) return false; // diacritics only in known English loan spellings
  const words = s.split(/\s+/);
  if (words.some(w => /^\p{Ll}/u.test(w) && !LOWER_OK.has(w))) return false;
  if (/^[A-Z]{3,}$/.test(s)) return true;
  return ENGLISH_MARK.test(s) && words.length > 1;
}

function fold(s) { return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i'); }
const noFold = new Set(ov.no_fold || []);
const noPlural = new Set(ov.no_plural || []);

// Variants of one surface form as seen in news copy: without diacritics, and
// "Saint" written "St" / "St.". Curly apostrophes are the recogniser's to
// normalise, so are not spelled out here.
function variants(s) {
  const out = [s];
  const f = fold(s);
  if (f !== s && !noFold.has(s)) out.push(f);
  for (const x of [...out]) {
    if (/^Saint /.test(x)) out.push(x.replace(/^Saint /, 'St '), x.replace(/^Saint /, 'St. '));
  }
  return out;
}

// Person plurals of demonyms: American -> Americans, Israeli -> Israelis.
// Not for adjective-only forms (Chinese, British, Swiss, Icelandic), acronyms
// or forms the overrides list in no_plural.
function plural(d) {
  if (noPlural.has(d)) return null;
  if (/[.]/.test(d) || /^[A-Z]{2,}$/.test(d)) return null;
  if (/(ese|ish|ch|sh|ss|s|x|z|y|ic)$/.test(d)) return null;
  return d + 's';
}

function uniq(list) {
  const seen = new Set(); const out = [];
  for (const s of list) { const t = s.trim(); if (t && !seen.has(t)) { seen.add(t); out.push(t); } }
  return out;
}
function without(list, drop) { const d = new Set(drop); return list.filter(s => !d.has(s)); }

function build(c) {
  const o = per[c.cca2] || {};
  const name = o.name || c.name.common;
  const official = o.official || c.name.official;
  let aliases = c.altSpellings.filter(s => englishAlias(s, c));
  if (c.name.common !== name) aliases.unshift(c.name.common);
  aliases.push(official, ...(o.aliases || []));
  aliases = without(uniq(aliases.flatMap(variants)), [name, ...(o.drop_aliases || [])]);

  let demonyms;
  if (o.demonyms) demonyms = o.demonyms.slice();
  else {
    const e = (c.demonyms && c.demonyms.eng) || {};
    demonyms = uniq([e.m, e.f].filter(Boolean).flatMap(s => s.split(/, | or /)));
  }
  demonyms.push(...(o.add_demonyms || []));
  demonyms = uniq(demonyms);
  const plurals = demonyms.map(plural).filter(Boolean);
  demonyms = without(uniq([...demonyms, ...plurals, ...(o.add_plurals || [])].flatMap(variants)), o.drop_demonyms || []);

  let capitals = o.capitals ? o.capitals.slice() : c.capital.slice();
  capitals.push(...(o.add_capitals || []));
  const taken = new Set([name, ...aliases]);
  capitals = uniq(capitals.flatMap(variants)).filter(s => !taken.has(s));
  const metonyms = uniq((o.metonyms || []).flatMap(variants)).filter(s => !taken.has(s) && !capitals.includes(s));

  const entry = { name, official, iso2: o.iso2 || c.cca2, iso3: o.iso3 || c.cca3, aliases, demonyms, capitals, metonyms };
  if (o.territory_of) entry.territory_of = o.territory_of;
  return entry;
}

const out = keep.map(build);
for (const h of ov.historic || []) {
  out.push({ name: h.name, official: h.official, iso2: h.iso2, iso3: h.iso3,
    aliases: uniq((h.aliases || []).flatMap(variants)), demonyms: uniq(h.demonyms || []),
    capitals: h.capitals || [], metonyms: h.metonyms || [], historic: true,
    ...(h.ended ? { ended: h.ended } : {}) });
}
out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

// One object per entry, one field per line: readable diffs, still plain JSON.
const lines = out.map(e => '  {\n' + Object.entries(e).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n') + '\n  }');
fs.mkdirSync(path.dirname(outPath), { recursive: true });
fs.writeFileSync(outPath, '[\n' + lines.join(',\n') + '\n]\n');
console.log(`gen-countries: wrote ${out.length} entries to ${path.relative(process.cwd(), outPath)} from world-countries ${version}`);
