import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX, changeText, compareHref, difference, firstSentence, load, readSlugs, save, toggle } from '../../../assets/js/find/compare.js';

const item = (slug) => ({ slug, name: slug.toUpperCase() });

test('the address lists the chosen slugs; malformed and repeated ones are dropped', () => {
  assert.deepEqual(readSlugs(new URLSearchParams('indsatser=aftensport,ungdomscafe,,aftensport,../x,Fritidsjob&indsatser=lommepengeprojekt')),
    ['aftensport', 'ungdomscafe', 'lommepengeprojekt']);
  assert.equal(compareHref('../sammenlign/index.html', ['a', 'b']), '../sammenlign/index.html?indsatser=a,b');
  assert.equal(compareHref('../sammenlign/index.html', []), '../sammenlign/index.html');
});

test('at most four: a fifth is refused and the list says why', () => {
  let list = [];
  for (const slug of ['a', 'b', 'c', 'd']) list = toggle(list, item(slug)).list;
  assert.equal(list.length, MAX);
  const fifth = toggle(list, item('e'));
  assert.equal(fifth.change, 'full');
  assert.deepEqual(fifth.list, list);
  assert.equal(changeText('full', item('e'), list), 'Du kan sammenligne højst 4 indsatser. Fjern en, før du tilføjer »E«.');
  const removed = toggle(list, item('b'));
  assert.deepEqual(removed.list.map((x) => x.slug), ['a', 'c', 'd']);
  assert.equal(changeText(removed.change, item('b'), removed.list), '»B« er fjernet fra sammenligningen. 3 indsatser valgt.');
  assert.equal(changeText('added', item('a'), [item('a')]), '»A« er tilføjet til sammenligningen. 1 indsats valgt.');
});

test('the stored selection survives a page change and never comes back malformed', () => {
  const store = new Map();
  const storage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => store.set(k, v) };
  save(storage, [item('a'), item('b')]);
  assert.deepEqual(load(storage), [item('a'), item('b')]);
  store.set('ik-sammenlign', '{"not": "a list"}');
  assert.deepEqual(load(storage), []);
  store.set('ik-sammenlign', '[{"slug": "<script>", "name": "x"}, {"slug": "ok", "name": "Ok"}]');
  assert.deepEqual(load(storage), [{ slug: 'ok', name: 'Ok' }]);
  store.set('ik-sammenlign', 'not json');
  assert.deepEqual(load(storage), []);
});

test('a row is alike when every entry has the same value; codes not every entry has are marked', () => {
  assert.deepEqual(difference(['Ukendt', 'Ukendt', 'Ukendt']), { same: true, notShared: new Set() });
  assert.deepEqual(difference([['unge', 'boern'], ['boern', 'unge']]), { same: true, notShared: new Set() });
  assert.deepEqual(difference([['unge', 'boern'], ['unge'], ['unge', 'kvinder']]), { same: false, notShared: new Set(['boern', 'kvinder']) });
});

test('on paper a long text keeps its first sentence; initials do not end it', () => {
  assert.equal(firstSentence('Projektet blev støttet af A.P. Møller Fonden i tre år. Derefter overtog kommunen.'),
    'Projektet blev støttet af A.P. Møller Fonden i tre år.');
  assert.equal(firstSentence('Kort.'), 'Kort.');
  const long = `${'ord '.repeat(60)}slut.`;
  assert.equal(firstSentence(long), `${'ord '.repeat(36)}ord …`, 'cut at a word, under 150 characters');
});
