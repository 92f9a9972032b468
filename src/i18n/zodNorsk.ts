/** Zod's own messages (where no field-specific one is given) in Norwegian. Imported for its effect. */
import { z } from 'zod';

z.config(z.locales.no());
