/**
 * How a comparison with an earlier round is drawn: new people and organizations get a green
 * ring, new ties are green and thicker, ties that ended are drawn faintly and dashed (in the
 * comparison layer when the map's graph does not have them), and people who left are pale.
 * Green is Okabe–Ito's bluish green, apart from the orange highlight and the red of conflicts;
 * the key on the map repeats it in words (colour never carries meaning alone).
 */
export const COMPARE_STYLE = {
  /** Ring of a new person or organization, and colour of a new tie. */
  newColor: "#009E73",
  /** Ring size of a new node (share of its radius). */
  newRing: 0.45,
  /** A new tie's thickness, times its usual one. */
  newEdgeScale: 1.8,
  /** A tie that ended, and a person or organization who left. */
  lostColor: "#9AA3AE",
  /** Opacity of the lost ties drawn in the layer. */
  lostAlpha: 0.75,
  goneNodeColor: "#D5D9DF",
  /** Up to this many new people and organizations are always named on the map. */
  namedNewcomers: 30,
} as const;
