/**
 * The language the UI speaks and how a component picks its texts. Each module keeps a typed
 * catalog `{ da, en }` (English must have exactly the Danish keys); the app chooses the language
 * once (`?lang=en`), Danish by default.
 */
import { createContext, useContext, type ReactNode } from 'react';

export type Language = 'da' | 'en';

/** Danish is the source; English must provide the same keys with the same kinds of values. */
export interface Catalog<T> {
  da: T;
  en: T;
}

const LanguageContext = createContext<Language>('da');

/** Provides the language to everything below it. */
export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

/** The current language. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The texts of `catalog` in the current language. */
export function useText<T>(catalog: Catalog<T>): T {
  return catalog[useLanguage()];
}
