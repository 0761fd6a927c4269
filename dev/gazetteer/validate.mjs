#!/usr/bin/env node
// validate.mjs checks the gazetteer data files the entity recogniser embeds:
//   ingest/gazetteer/data/countries.json   (made by gen-countries.mjs)
//   ingest/gazetteer/data/organizations.tsv (hand-kept)
// It checks that both parse and are well formed, that no surface form (name,
// official name, alias, acronym, demonym, capital, metonym) leads to two
// different entries, either as written or after normalisation (case, accents,
// periods, hyphens, curly quotes, a leading "the"), that member and country
// columns name canonical countries, and that the forms the gold annotations
// rely on are present. It prints counts, and exits 1 on any error.
//
// Usage: node dev/gazetteer/validate.mjs

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.resolve(here, '..', '..', 'ingest', 'gazetteer', 'data');
const errors = [];
const err = m => errors.push(m);

// ---------- countries.json
const countryKeys = ['name', 'official', 'iso2', 'iso3', 'aliases', 'demonyms', 'capitals', 'metonyms'];
const optionalKeys = { historic: 'boolean', ended: 'string', territory_of: 'string' };
const listKeys = ['aliases', 'demonyms', 'capitals', 'metonyms'];
let countries = [];
try {
  countries = JSON.parse(fs.readFileSync(path.join(dataDir, 'countries.json'), 'utf8'));
  if (!Array.isArray(countries)) throw new Error('not a JSON array');
} catch (e) { err(`countries.json: ${e.message}`); countries = []; }

const cleanString = s => typeof s === 'string' && s.length > 0 && s === s.trim() && !/\s{2}|[\t\n|]/.test(s);
const seen = { name: new Map(), iso2: new Map(), iso3: new Map() };
countries.forEach((c, i) => {
  const where = `countries.json[${i}] ${c && c.name}`;
  for (const k of countryKeys) if (!(k in c)) err(`${where}: missing ${k}`);
  for (const k of Object.keys(c)) {
    if (!countryKeys.includes(k) && !(k in optionalKeys)) err(`${where}: unknown key ${k}`);
    if (k in optionalKeys && typeof c[k] !== optionalKeys[k]) err(`${where}: ${k} must be a ${optionalKeys[k]}`);
  }
  for (const k of ['name', 'official']) if (!cleanString(c[k])) err(`${where}: bad ${k} ${JSON.stringify(c[k])}`);
  if (!/^[A-Z]{2}$/.test(c.iso2)) err(`${where}: bad iso2 ${c.iso2}`);
  if (!/^[A-Z]{3}$/.test(c.iso3)) err(`${where}: bad iso3 ${c.iso3}`);
  for (const k of listKeys) {
    if (!Array.isArray(c[k])) { err(`${where}: ${k} is not a list`); c[k] = []; continue; }
    for (const s of c[k]) if (!cleanString(s)) err(`${where}: bad ${k} item ${JSON.stringify(s)}`);
    if (new Set(c[k]).size !== c[k].length) err(`${where}: duplicate in ${k}`);
  }
  if (c.aliases.includes(c.name)) err(`${where}: alias repeats the name`);
  for (const k of ['name', 'iso2', 'iso3']) {
    if (seen[k].has(c[k])) err(`${where}: ${k} ${c[k]} also used by ${seen[k].get(c[k])}`);
    seen[k].set(c[k], c.name);
  }
  if (i > 0 && !(countries[i - 1].name < c.name)) err(`${where}: not sorted by name (after ${countries[i - 1].name})`);
});
const countryNames = new Set(countries.map(c => c.name));
for (const c of countries) if (c.territory_of && !countryNames.has(c.territory_of)) err(`countries.json ${c.name}: territory_of ${c.territory_of} is not a country`);

// ---------- organizations.tsv
const KINDS = ['intergovernmental', 'bloc', 'agency', 'company', 'ministry', 'court', 'ngo', 'party'];
const HEADER = ['name', 'acronym', 'aliases', 'kind', 'members', 'country'];
const orgs = [];
{
  let text = '';
  try { text = fs.readFileSync(path.join(dataDir, 'organizations.tsv'), 'utf8'); } catch (e) { err(`organizations.tsv: ${e.message}`); }
  if (text && !text.endsWith('\n')) err('organizations.tsv: no final newline');
  const lines = text.split('\n'); if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length && lines[0] !== HEADER.join('\t')) err(`organizations.tsv: header is ${JSON.stringify(lines[0])}, want ${JSON.stringify(HEADER.join('\t'))}`);
  const names = new Map(), acronyms = new Map();
  lines.slice(1).forEach((line, j) => {
    const where = `organizations.tsv:${j + 2}`;
    const f = line.split('\t');
    if (f.length !== HEADER.length) { err(`${where}: ${f.length} fields, want ${HEADER.length}`); return; }
    const [name, acronym, aliases, kind, members, country] = f;
    const o = { name, acronym, aliases: aliases ? aliases.split('|') : [], kind, members: members ? members.split('|') : [], country };
    if (!cleanString(name)) err(`${where}: bad name ${JSON.stringify(name)}`);
    if (acronym && !cleanString(acronym)) err(`${where}: bad acronym ${JSON.stringify(acronym)}`);
    for (const s of o.aliases) if (!cleanString(s)) err(`${where}: bad alias ${JSON.stringify(s)}`);
    if (new Set(o.aliases).size !== o.aliases.length) err(`${where}: duplicate alias`);
    if (o.aliases.includes(name)) err(`${where}: alias repeats the name`);
    if (!KINDS.includes(kind)) err(`${where}: kind ${JSON.stringify(kind)} not one of ${KINDS.join(', ')}`);
    for (const m of o.members) if (!countryNames.has(m)) err(`${where}: member ${JSON.stringify(m)} is not a canonical country name`);
    if (new Set(o.members).size !== o.members.length) err(`${where}: duplicate member`);
    if (o.members.length && kind !== 'intergovernmental' && kind !== 'bloc') err(`${where}: members on a ${kind}`);
    if (country && !countryNames.has(country)) err(`${where}: country ${JSON.stringify(country)} is not a canonical country name`);
    if (kind === 'ministry' && !country) err(`${where}: ministry without a country`);
    if (names.has(name)) err(`${where}: name ${name} repeats line ${names.get(name)}`);
    names.set(name, j + 2);
    if (acronym) { if (acronyms.has(acronym)) err(`${where}: acronym ${acronym} repeats line ${acronyms.get(acronym)}`); acronyms.set(acronym, j + 2); }
    orgs.push(o);
  });
}

// ---------- surface forms: no form may lead to two entries
// normalise folds what a recogniser is likely to fold; acronyms keep their
// case (WHO must not meet "who"), so they are compared as written only.
const normalise = s => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'")
  .replace(/\./g, '').replace(/[-‐–—]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase().replace(/^the /, '');
const exact = new Map(), norm = new Map();
function add(form, entry, field) {
  for (const [map, key] of [[exact, form], ...(field === 'acronym' ? [] : [[norm, normalise(form)]])]) {
    if (!map.has(key)) map.set(key, new Map());
    const m = map.get(key); if (!m.has(entry)) m.set(entry, []); m.get(entry).push(field);
  }
}
for (const c of countries) {
  const id = `country:${c.name}`;
  add(c.name, id, 'name'); add(c.official, id, 'official');
  for (const k of listKeys) for (const s of c[k]) add(s, id, k.replace(/s$/, ''));
}
for (const o of orgs) {
  const id = `org:${o.name}`;
  add(o.name, id, 'name'); if (o.acronym) add(o.acronym, id, 'acronym');
  for (const s of o.aliases) add(s, id, 'alias');
}
const ambiguous = [];
for (const [label, map] of [['exact', exact], ['normalised', norm]]) {
  for (const [form, entries] of map) if (entries.size > 1) {
    ambiguous.push(`${label} ${JSON.stringify(form)} -> ${[...entries].map(([e, f]) => `${e} (${f.join(',')})`).join(' | ')}`);
  }
}
for (const a of ambiguous) err(`ambiguous surface form: ${a}`);

// ---------- forms the gold annotations and the recogniser rely on
const byName = new Map(countries.map(c => [c.name, c]));
const orgByName = new Map(orgs.map(o => [o.name, o]));
const must = {
  'United States': { aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'], demonyms: ['American', 'US', 'U.S.'], capitals: ['Washington'], metonyms: ['White House', 'Foggy Bottom'] },
  'United Kingdom': { aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['British'], capitals: ['London'], metonyms: ['Downing Street', 'Whitehall'] },
  'China': { aliases: ["PRC", "People's Republic of China", 'Mainland China'], demonyms: ['Chinese'], capitals: ['Beijing'], metonyms: ['Zhongnanhai'] },
  'Russia': { aliases: ['Russian Federation'], demonyms: ['Russian'], capitals: ['Moscow'], metonyms: ['Kremlin'] },
  'South Korea': { aliases: ['Republic of Korea', 'ROK'], capitals: ['Seoul'] },
  'North Korea': { aliases: ['DPRK'], capitals: ['Pyongyang'] },
  'United Arab Emirates': { aliases: ['UAE'] },
  'Netherlands': { aliases: ['Holland'] },
  'Turkey': { aliases: ['Türkiye', 'Turkiye'], capitals: ['Ankara'] },
  'Czech Republic': { aliases: ['Czechia'] },
  'Ukraine': { demonyms: ['Ukrainian'], capitals: ['Kyiv', 'Kiev'], metonyms: ['Bankova'] },
  'India': { capitals: ['New Delhi', 'Delhi'] },
  'France': { capitals: ['Paris'], metonyms: ['Elysee', 'Élysée', 'Elysee Palace', "Quai d'Orsay"] },
  'Switzerland': { demonyms: ['Swiss'], capitals: ['Bern'] },
  'Germany': { capitals: ['Berlin'] }, 'Japan': { capitals: ['Tokyo'], metonyms: ['Kasumigaseki'] },
  'Iran': { capitals: ['Tehran'] }, 'Brazil': { capitals: ['Brasilia'] }, 'Canada': { capitals: ['Ottawa'] },
  'Australia': { capitals: ['Canberra'] }, 'Mexico': { capitals: ['Mexico City'] }, 'Poland': { capitals: ['Warsaw'] },
  'Italy': { capitals: ['Rome'] }, 'Spain': { capitals: ['Madrid'] },
  'Soviet Union': { demonyms: ['Soviet'] },
};
for (const n of ['Syria', 'Vietnam', 'Laos', 'Taiwan', 'Kosovo', 'Palestine', 'Vatican City', 'Moldova', 'Bolivia', 'Venezuela', 'Tanzania', 'Brunei', 'Micronesia', 'Iran', 'Ivory Coast', 'Democratic Republic of the Congo', 'Republic of the Congo']) must[n] = must[n] || {};
for (const [n, want] of Object.entries(must)) {
  const c = byName.get(n);
  if (!c) { err(`missing country ${n}`); continue; }
  for (const [k, forms] of Object.entries(want)) for (const s of forms) if (!c[k].includes(s)) err(`${n}: ${k} lacks ${s}`);
}
if (!byName.get('Soviet Union')?.historic) err('Soviet Union is not flagged historic');
const forbidden = [['Belgium', 'Brussels'], ['Switzerland', 'Geneva']];
for (const [n, s] of forbidden) { const c = byName.get(n); if (c && [...c.capitals, ...c.metonyms, ...c.aliases].includes(s)) err(`${n} must not carry ${s}`); }
const un = countries.filter(c => !c.historic && !c.territory_of).length;
if (un < 197) err(`only ${un} sovereign states, want 193 UN members + Vatican, Palestine, Taiwan, Kosovo`);

const orgForms = new Set(orgs.flatMap(o => [o.name, o.acronym, ...o.aliases]));
for (const s of ['UN', 'U.N.', 'EU', 'NATO', 'SCO', 'G7', 'G-7', 'G20', 'G-20', 'AFP', 'AP', 'WHO', 'IAEA', 'IMF', 'Brussels', 'Group of Seven', 'Group of 20',
  'Treasury Department', 'State Department', 'Pentagon', 'Russian Foreign Ministry', 'Chinese Foreign Ministry', 'Ministry of Commerce of China'])
  if (!orgForms.has(s)) err(`organizations.tsv lacks ${s}`);
if (orgByName.get('World Health Organization')?.acronym !== 'WHO') err('WHO must be the acronym of the World Health Organization');
const memberCounts = { 'North Atlantic Treaty Organization': 32, 'European Union': 27, 'Group of Seven': 7, 'Group of Twenty': 19, 'BRICS': 10,
  'Shanghai Cooperation Organization': 10, 'Association of Southeast Asian Nations': 11, 'Quadrilateral Security Dialogue': 4, 'AUKUS': 3,
  'Collective Security Treaty Organization': 6, 'Eurasian Economic Union': 5, 'Gulf Cooperation Council': 6, 'Organization of the Petroleum Exporting Countries': 12,
  'African Union': 54, 'League of Arab States': 22, 'Organization of American States': 33, 'Southern Common Market': 5, 'Commonwealth of Independent States': 9,
  'Organization for Security and Co-operation in Europe': 57, 'Council of Europe': 46 };
for (const [n, k] of Object.entries(memberCounts)) {
  const o = orgByName.get(n);
  if (!o) err(`organizations.tsv lacks ${n}`); else if (o.members.length !== k) err(`${n}: ${o.members.length} members, want ${k}`);
}

// ---------- report
const count = (list, f) => list.reduce((n, x) => n + f(x), 0);
console.log(`countries.json: ${countries.length} entries (${un} sovereign states, ${countries.filter(c => c.territory_of).length} territory, ${countries.filter(c => c.historic).length} historic)`);
for (const k of listKeys) console.log(`  ${k}: ${count(countries, c => c[k].length)}`);
console.log(`organizations.tsv: ${orgs.length} entries`);
for (const k of KINDS) console.log(`  ${k}: ${orgs.filter(o => o.kind === k).length}`);
console.log(`  with acronym: ${orgs.filter(o => o.acronym).length}, aliases: ${count(orgs, o => o.aliases.length)}, with members: ${orgs.filter(o => o.members.length).length}, with country: ${orgs.filter(o => o.country).length}`);
console.log(`surface forms: ${exact.size} distinct, ${norm.size} distinct after normalisation, ${ambiguous.length} ambiguous`);
if (errors.length) {
  for (const e of errors) console.error('ERROR ' + e);
  console.error(`${errors.length} error(s)`);
  process.exit(1);
}
console.log('ok');
