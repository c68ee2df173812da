import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl';
import { en } from './en';

export const LOCALES = ['nl', 'en'] as const;

// Resources are bundled, never fetched: the app makes no network request.
void i18next.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
