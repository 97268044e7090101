/** Memoised catalog look-ups: the same headings and names are looked up many times per note. */
import type { CatalogIndex } from '../core/catalog.js';
import { findServices, lookupService } from '../core/catalog.js';
import type { Service } from '../core/types.js';
import { rememberedPer } from './text.js';

/** `findServices`, remembered per catalog and text (a pure cache: same input, same output). Do not mutate. */
export const servicesIn: (catalog: CatalogIndex, text: string) => string[] = rememberedPer(findServices);

/** `lookupService`, remembered per catalog and name. */
export const serviceNamed: (catalog: CatalogIndex, name: string) => Service | undefined = rememberedPer(lookupService);
