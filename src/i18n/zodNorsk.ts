/**
 * Zod's own messages (where no field-specific one is given) in the reader's language: Norwegian for
 * bokmål and nynorsk (zod has no nynorsk; its Norwegian is plain enough for both), English for English.
 * Imported for its effect.
 */
import { z } from 'zod';
import { gjeldendeSprak } from './gjeldende';

const norsk = z.locales.no().localeError;
const engelsk = z.locales.en().localeError;
z.config({ localeError: (issue) => (gjeldendeSprak() === 'en' ? engelsk : norsk)(issue) });
