// The page renders its texts as JSON in its own language; scripts only look them up.
const strings = JSON.parse(document.getElementById('hub-strings')?.textContent ?? '{}');

export function t(key, ...args) {
  const template = strings[key] ?? key;
  return template.replace(/\{(\d+)\}/g, (_, index) => String(args[Number(index)] ?? ''));
}

export function hasText(key) {
  return Object.hasOwn(strings, key);
}
