// The settings' numeric ranges, apart from the schema so that the page boot script (which must stay
// tiny: it runs before every page's first paint) can use them without bundling zod.
export const DIM_RANGE = { min: 0, max: 80, step: 1 } as const;
export const KELVIN_RANGE = { min: 1900, max: 6500, step: 100 } as const;
export const IDLE_SECONDS_RANGE = { min: 15, max: 600 } as const;
