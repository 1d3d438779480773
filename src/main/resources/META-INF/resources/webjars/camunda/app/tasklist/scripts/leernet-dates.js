// Leernet: one date format whatever the browser. form-js 1.8 (Camunda Forms in Tasklist) takes the
// order of day, month and year of its date fields from `new Intl.DateTimeFormat('default')`, the
// browser's language: an English browser showed mm/dd/yyyy and read a Flemish 15/11/2026 as
// 11 March 2027. Here:
// - that one lookup answers with Dutch (nl-NL, two digits): every date field shows and reads
//   dd-mm-jjjj, and a typed 15/11/2026 or 15.11.2026 is read the same way;
// - a typed date that is no real day (32-01-2027, or 11/15/2026 in the American order) is refused
//   with a Dutch message instead of rolling over into another month;
// - a date before today in a field that allows no past dates gets a Dutch message instead of
//   silently emptying the field (form-js then says only "Dit veld is verplicht");
// - under each date(-time) field the chosen date is repeated in Dutch words ("zondag
//   15 november 2026, 10:00"), so a wrong reading is seen before the form is completed.
// Times are typed and shown in 24 hours (use24h in the forms) and sent without a zone: the server
// reads them as Brussels time, whatever the browser's zone.

const DUTCH_NUMERIC = ['nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric' }];

// form-js asks `new Intl.DateTimeFormat('default')` (no options) for the field's format and its
// placeholder; nothing else in the webapps asks for 'default'.
const NativeDateTimeFormat = Intl.DateTimeFormat;
function dutchWhenDefault(args) {
  return args.length >= 1 && args[0] === 'default' && args[1] === undefined ? DUTCH_NUMERIC : args;
}
Intl.DateTimeFormat = new Proxy(NativeDateTimeFormat, {
  construct(target, args) {
    return new target(...dutchWhenDefault(args));
  },
  apply(target, self, args) {
    return target(...dutchWhenDefault(args));
  }
});

const WORDS = new NativeDateTimeFormat('nl-BE', {
  weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'
});
const BRUSSELS_DAY = new NativeDateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit'
});

/** { year, month, day } of a date typed as day, month, year; null when empty, false when no real day. */
function parseDay(text) {
  const trimmed = (text || '').trim();
  if (!trimmed) {
    return null;
  }
  const match = /^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})$/.exec(trimmed);
  if (!match) {
    return false;
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return false;
  }
  return { year, month, day, date };
}

/** Minutes after midnight of a time typed as 10:00 or 10.00; null when empty or unreadable. */
function parseTime(text) {
  const match = /^\s*(\d{1,2})\s*[:.h]\s*(\d{2})\s*$/.exec(text || '');
  if (!match) {
    return null;
  }
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours <= 23 && minutes <= 59 ? { hours, minutes } : null;
}

function two(number) {
  return String(number).padStart(2, '0');
}

function todayInBrussels() {
  return BRUSSELS_DAY.format(new Date());
}

function isoDay(day) {
  return `${day.year}-${two(day.month)}-${two(day.day)}`;
}

function allowsNoPastDates(input) {
  const picker = input._flatpickr;
  const minDate = picker && picker.config && picker.config.minDate;
  return minDate instanceof Date && minDate.getFullYear() > 1900;
}

// what was refused, per date input, until the user types again
const refused = new WeakMap();

function refusal(input) {
  const day = parseDay(input.value);
  if (day === false) {
    return 'Dit is geen geldige datum. Typ dag-maand-jaar, bijvoorbeeld 15-11-2026.';
  }
  if (day && allowsNoPastDates(input) && isoDay(day) < todayInBrussels()) {
    return `De datum ${WORDS.format(day.date)} ligt in het verleden. Kies vandaag of een latere datum.`;
  }
  return null;
}

function isDateInput(element) {
  return element instanceof HTMLInputElement && element.closest('.fjs-form-field-datetime .fjs-datepicker') !== null;
}

// Before flatpickr reads a typed date (it does on blur and on Enter), a refused one is taken out,
// so that flatpickr never rolls it over into another date; the message says why.
function checkTyped(event) {
  const input = event.target;
  if (!isDateInput(input) || (event.type === 'keydown' && event.key !== 'Enter')) {
    return;
  }
  const message = refusal(input);
  if (message) {
    refused.set(input, message);
    input.value = '';
  }
  schedule();
}

function ensure(field, className) {
  let element = field.querySelector(':scope > .' + className);
  if (!element) {
    element = document.createElement('div');
    element.className = className;
    element.setAttribute('aria-live', 'polite');
    field.appendChild(element);
  }
  return element;
}

function show(field, className, text) {
  const existing = field.querySelector(':scope > .' + className);
  if (!text) {
    if (existing) {
      existing.remove();
    }
    return;
  }
  const element = existing || ensure(field, className);
  if (element.textContent !== text) {
    element.textContent = text;
  }
}

function refresh(field) {
  const dateInput = field.querySelector('.fjs-datepicker input');
  const timeInput = field.querySelector('.fjs-timepicker input');
  let words = null;
  let message = null;
  if (dateInput) {
    const day = parseDay(dateInput.value);
    if (day && !refusal(dateInput)) {
      // e.g. a day picked in the calendar after a refusal
      refused.delete(dateInput);
    }
    // only once flatpickr has read the date (blur, Enter), never while the user is still typing
    message = refused.get(dateInput) || null;
    if (day && !message) {
      words = WORDS.format(day.date);
      const time = timeInput ? parseTime(timeInput.value) : null;
      if (time) {
        words += `, ${two(time.hours)}:${two(time.minutes)}`;
      }
    }
  }
  show(field, 'leernet-date-words', words);
  show(field, 'leernet-date-error', message);
}

let scheduled = false;
function schedule() {
  if (scheduled) {
    return;
  }
  scheduled = true;
  // after form-js and flatpickr have handled the same event
  setTimeout(() => {
    scheduled = false;
    document.querySelectorAll('.fjs-container .fjs-form-field-datetime').forEach(refresh);
  }, 0);
}

function typed(event) {
  // flatpickr dispatches an input event of its own when it clears or sets the field: only what the
  // user types takes a refusal away
  if (event.isTrusted && isDateInput(event.target)) {
    refused.delete(event.target);
  }
  schedule();
}

document.addEventListener('blur', checkTyped, true);
document.addEventListener('keydown', checkTyped, true);
document.addEventListener('input', typed, true);
['change', 'focusout', 'click', 'mouseup', 'keyup'].forEach((type) => document.addEventListener(type, schedule, true));
new MutationObserver((records) => {
  if (records.some((record) => Array.from(record.addedNodes).some((node) => node instanceof Element
      && (node.matches('.fjs-form-field-datetime') || node.querySelector('.fjs-form-field-datetime'))))) {
    schedule();
  }
}).observe(document.body, { subtree: true, childList: true });
