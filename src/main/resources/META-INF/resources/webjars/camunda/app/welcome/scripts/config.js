// Leernet: Dutch by default, English still selectable in the profile menu.
export default {
  app: {
    name: 'Welkom',
    vendor: 'Leernet'
  },
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  }
};
