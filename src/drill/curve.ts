/** The FSRS forgetting curve's constants, without loading ts-fsrs (for bulk retrievability, e.g. in SQL). */

/**
 * R = (1 + factor x days / stability) ^ decay, days being whole days since the last review, as
 * ts-fsrs counts them. These are ts-fsrs 5's defaults (`computeDecayFactor(default_w)`); a test
 * pins them against the library, so an upgrade that changes them fails loudly.
 */
export const FORGETTING_CURVE: Readonly<{ decay: number; factor: number }> = Object.freeze({ decay: -0.1542, factor: 0.98034649 });
