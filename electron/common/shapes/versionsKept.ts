/** How many versions of each article are kept, the current one included: zod-free, for the reader's field too. */
export const DEFAULT_VERSIONS_KEPT = 20;
export const VERSIONS_KEPT_RANGE = [1, 1000] as const;
