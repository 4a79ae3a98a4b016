// The page renders its texts as JSON in its own language; scripts only look them up.
const strings = JSON.parse(document.getElementById('hub-strings')?.textContent ?? '{}');

export function t(key, ...args) {
  const template = strings[key] ?? key;
  return template.replace(/\{(\d+)\}/g, (_, index) => String(args[Number(index)] ?? ''));
}

// Swedish and English pick "one" for the integer 1 alone; the page's language says which rules apply.
const pluralRules = new Intl.PluralRules(document.documentElement.lang || 'sv');

/** A counted text, written for one and for any other number: tn(3, '{0} vote', '{0} votes'). */
export function tn(count, one, other) {
  return t(pluralRules.select(count) === 'one' ? one : other, count);
}

export function hasText(key) {
  return Object.hasOwn(strings, key);
}
