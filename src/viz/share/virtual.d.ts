/** The read-only map's viewer page (its single-file build), provided by build-viewer.ts's plugin. */
declare module "virtual:share-viewer" {
  const html: string;
  export default html;
}
