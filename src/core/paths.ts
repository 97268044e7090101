/** Where the package's bundled data lives, resolved from this module's location. */
import { fileURLToPath } from 'node:url';

/** Absolute path of the package's `data/` folder (works from `src/` under vitest and from `dist/`). */
export const dataDir: string = fileURLToPath(new URL('../../data/', import.meta.url));

/** Absolute path of the bundled notes. */
export const bundledNotesDir: string = fileURLToPath(new URL('../../data/notes/', import.meta.url));
