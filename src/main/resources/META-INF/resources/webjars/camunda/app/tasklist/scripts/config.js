// Leernet: Dutch by default, English on request (see ../../leernet-locales.js).
import { locales } from '../../leernet-locales.js';

export default {
  app: {
    name: 'Takenlijst',
    vendor: 'Leernet'
  },
  locales,
  // dd-mm-jjjj dates whatever the browser's language, with the date in words; Dutch for Camunda
  // Forms, a fix for forms with lists, and the navbar's start and create buttons only for users who
  // may use them, and the links to Leernet's network overview (see each script)
  customScripts: ['scripts/leernet-dates', 'scripts/leernet-form-texts', 'scripts/leernet-form-validity', 'scripts/leernet-navbar-rights', 'scripts/leernet-overview-links'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claimt de geselecteerde taak'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'zet de focus op het eerste filter in de lijst'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'zet de focus op de eerste taak in de lijst'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'zet de focus op het eerste invoerveld van een taakformulier'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opent het venster om een proces te starten'
    }
  }
};
