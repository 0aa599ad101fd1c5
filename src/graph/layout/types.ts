/** Where each node is drawn: node id → its x and y (the map's own units; only ratios matter). */
export type Positions = Record<string, { x: number; y: number }>;
