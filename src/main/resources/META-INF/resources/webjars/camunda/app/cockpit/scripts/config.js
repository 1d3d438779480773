// Leernet: Dutch by default, English still selectable in the profile menu.
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Leernet'
  },
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  }
};
