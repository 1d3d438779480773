// Leernet: the webapps speak Dutch, whatever the browser's language. English stays available:
// open any webapp once with ?lang=en (and ?lang=nl to switch back); this browser remembers it.
const KEY = 'leernet-lang';
const chosen = new URLSearchParams(window.location.search).get('lang');
if (chosen === 'en' || chosen === 'nl') {
  window.localStorage.setItem(KEY, chosen);
}
const lang = window.localStorage.getItem(KEY) === 'en' ? 'en' : 'nl';

// Camunda picks the browser's language when it is in availableLocales, else fallbackLocale:
// offering only the chosen language makes the choice stick.
export const locales = {
  availableLocales: [lang],
  fallbackLocale: lang
};
