// Leernet: Dutch by default, English on request (see ../../leernet-locales.js).
import { locales } from '../../leernet-locales.js';

export default {
  app: {
    name: 'Cockpit',
    vendor: 'Leernet'
  },
  locales
};
