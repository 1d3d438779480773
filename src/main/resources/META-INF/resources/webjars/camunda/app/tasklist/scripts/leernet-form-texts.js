// Leernet: Camunda Forms in Tasklist (form-js 1.8 and its date picker, flatpickr) bring no Dutch of
// their own, whatever the locale. Their fixed texts, placeholders and validation messages are put
// into Dutch as they appear, and the date picker gets Dutch months and weekdays.
// Only text inside a form (.fjs-container) is touched; labels of our forms are Dutch already.
// Nothing changes for a user who chose English (?lang=en).
import { locales } from '../../leernet-locales.js';

const TEXTS = new Map([
  ['Select', 'Kies een waarde'],
  ['Search', 'Zoeken'],
  ['No results', 'Geen resultaten'],
  ['Add new', 'Toevoegen'],
  ['Collapse', 'Inklappen'],
  ['Nothing to show.', 'Niets te tonen.'],
  ['Increment', 'Verhogen'],
  ['Decrement', 'Verlagen'],
  ['Remove tag', 'Verwijderen'],
  ['Month', 'Maand'],
  ['Year', 'Jaar'],
  ['hh:mm', 'uu:mm']
]);

const MESSAGES = [
  [/^Field is required\.$/, 'Dit veld is verplicht.'],
  [/^Field must be a valid email\.$/, 'Vul een geldig e-mailadres in.'],
  [/^Field must be a valid +international phone number\..*$/, 'Vul een geldig internationaal telefoonnummer in, bijvoorbeeld +32 2 555 12 34.'],
  [/^Field must have minimum value of (.+)\.$/, 'De waarde moet minstens $1 zijn.'],
  [/^Field must have maximum value of (.+)\.$/, 'De waarde mag hoogstens $1 zijn.'],
  [/^Field must have minimum length of (.+)\.$/, 'Vul minstens $1 tekens in.'],
  [/^Field must have maximum length of (.+)\.$/, 'Vul hoogstens $1 tekens in.'],
  // the pattern itself means nothing to a user; the field's description explains the format
  [/^Field must match pattern .*$/, 'Deze waarde heeft niet de gevraagde vorm.'],
  [/^Date and time must both be entered\.$/, 'Vul zowel de datum als het uur in.'],
  [/^Expand all \((\d+)\)$/, 'Alles openklappen ($1)'],
  [/^Remove list item (\d+)$/, 'Item $1 verwijderen'],
  // the date field's placeholder follows the browser's date format, e.g. dd/mm/yyyy
  [/^([dmy]+)([/.-])([dmy]+)\2([dmy]+)$/, (format) => format.replace('yyyy', 'jjjj')]
];

const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

const DATE_PICKER = {
  weekdays: {
    shorthand: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    longhand: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
      'oktober', 'november', 'december']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' t/m ',
  weekAbbreviation: 'wk',
  scrollTitle: 'Scrol om te verhogen',
  toggleTitle: 'Klik om te wisselen',
  yearAriaLabel: 'Jaar',
  monthAriaLabel: 'Maand',
  hourAriaLabel: 'Uur',
  minuteAriaLabel: 'Minuut',
  time_24hr: true,
  ordinal: () => 'e'
};

function dutch(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  if (TEXTS.has(trimmed)) {
    return text.replace(trimmed, TEXTS.get(trimmed));
  }
  for (const [pattern, replacement] of MESSAGES) {
    if (pattern.test(trimmed)) {
      const translated = trimmed.replace(pattern, replacement);
      return translated === trimmed ? null : text.replace(trimmed, translated);
    }
  }
  return null;
}

function inForm(node) {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  return element instanceof Element && element.closest('.fjs-container') !== null;
}

function translateText(node) {
  const translated = dutch(node.data);
  if (translated !== null) {
    node.data = translated;
  }
}

function translateAttribute(element, name) {
  const value = element.getAttribute(name);
  const translated = value === null ? null : dutch(value);
  if (translated !== null) {
    element.setAttribute(name, translated);
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (!(root instanceof Element)) {
    return;
  }
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    translateText(node);
  }
  for (const element of [root, ...root.querySelectorAll('*')]) {
    ATTRIBUTES.forEach((name) => translateAttribute(element, name));
  }
}

function translateAdded(node) {
  if (inForm(node)) {
    translateTree(node);
  } else if (node instanceof Element) {
    node.querySelectorAll('.fjs-container').forEach(translateTree);
  }
}

// flatpickr registers itself as window.flatpickr once Tasklist has loaded form-js; pickers made
// after localize() speak Dutch, and no picker exists before a form is on the page.
let datePickerInDutch = false;
function localizeDatePicker() {
  if (!datePickerInDutch && window.flatpickr && window.flatpickr.localize) {
    window.flatpickr.localize(DATE_PICKER);
    datePickerInDutch = true;
  }
}

function start() {
  localizeDatePicker();
  new MutationObserver((records) => {
    localizeDatePicker();
    for (const record of records) {
      if (record.type === 'childList') {
        record.addedNodes.forEach(translateAdded);
      } else if (!inForm(record.target)) {
        continue;
      } else if (record.type === 'characterData') {
        translateText(record.target);
      } else {
        translateAttribute(record.target, record.attributeName);
      }
    }
  }).observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES
  });
}

if (locales.fallbackLocale === 'nl') {
  start();
}
