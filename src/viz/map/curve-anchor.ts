/**
 * Where @sigma/edge-curve puts the control point of a curved tie from `a` to `b` (viewport pixels):
 * off the middle, across the tie, by `curvature` × its length. The focus layer draws the curve
 * through it, the tie finder follows it. (Its own file: curvature.ts loads sigma's rendering code.)
 */
export function curveAnchor(a: { x: number; y: number }, b: { x: number; y: number }, curvature: number): { x: number; y: number } {
  return { x: (a.x + b.x) / 2 + (b.y - a.y) * curvature, y: (a.y + b.y) / 2 - (b.x - a.x) * curvature };
}
