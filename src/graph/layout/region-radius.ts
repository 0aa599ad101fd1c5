/**
 * The radius of the disc a community of `members` nodes is drawn in: its area grows with its
 * membership (about 110 square units per member, the spacing ForceAtlas2 settles nodes at with the
 * settings of fa2-settings.ts), plus a margin so a lone node keeps some room around it.
 */
export function regionRadius(members: number): number {
  return 6 * Math.sqrt(members) + 5;
}
