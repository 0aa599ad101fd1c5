/**
 * A Vite plugin that makes a build's HTML page self-contained: its one JavaScript chunk and its
 * CSS are written into the page (`<script type="module">…</script>`, `<style>…</style>`), and
 * the page's Content-Security-Policy allows exactly that script (by its SHA-256 hash) and nothing
 * from anywhere else. Used by the read-only map's build (vite.config.ts beside this file): the
 * file opens from a USB stick over file:// and can make no network request.
 *
 * The build must leave one JavaScript chunk (dynamic imports inlined, workers inlined with
 * `?worker&inline`); anything else left in the bundle is an error, so nothing is silently missing.
 */
import { createHash } from "node:crypto";
import type { Plugin } from "vite";

/** The policy of the shared page; `__SCRIPT_HASH__` becomes the hash of its one script. */
export const SHARE_CSP =
  "default-src 'none'; script-src '__SCRIPT_HASH__'; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'";

/**
 * Text that can sit inside a `<script>` element without ending it early: `</script` and `<!--`
 * are broken with a backslash, which JavaScript string, template and regular-expression literals
 * read as the same characters.
 */
export function scriptSafe(code: string): string {
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/** Text that can sit inside a `<style>` element without ending it early. */
function styleSafe(css: string): string {
  return css.replace(/<\/(style)/gi, "<\\/$1");
}

/** The SHA-256 source expression of an inline script, as CSP writes it. */
export function scriptHash(code: string): string {
  return `sha256-${createHash("sha256").update(code, "utf8").digest("base64")}`;
}

export function singleFile(): Plugin {
  return {
    name: "coalition-map:single-file",
    enforce: "post",
    generateBundle(_options, bundle) {
      // The page sits in src/viz/share/ of the output: its references climb back to the root.
      const file = (ref: string) => {
        const name = ref.replace(/^(\.\.?\/)+|^\//, "");
        const out = bundle[name];
        if (!out) throw new Error(`single-file: the page refers to ${ref}, which the build did not make.`);
        delete bundle[name];
        return out;
      };
      for (const page of Object.values(bundle)) {
        if (page.type !== "asset" || !page.fileName.endsWith(".html")) continue;
        let html = String(page.source);
        const hashes: string[] = [];
        html = html.replace(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g, (_m, src: string) => {
          const chunk = file(src);
          if (chunk.type !== "chunk") throw new Error(`single-file: ${src} is not a script.`);
          const code = scriptSafe(chunk.code);
          hashes.push(scriptHash(code));
          return `<script type="module">${code}</script>`;
        });
        html = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g, (_m, href: string) => {
          const css = file(href);
          if (css.type !== "asset") throw new Error(`single-file: ${href} is not a style sheet.`);
          return `<style>${styleSafe(String(css.source))}</style>`;
        });
        if (hashes.length !== 1) throw new Error(`single-file: expected one script in ${page.fileName}, found ${hashes.length}.`);
        if (!html.includes("__CSP__")) throw new Error(`single-file: ${page.fileName} has no __CSP__ placeholder for its policy.`);
        html = html.replace("__CSP__", SHARE_CSP.replace("__SCRIPT_HASH__", hashes[0] ?? ""));
        page.source = html;
      }
      const left = Object.values(bundle).filter((f) => !f.fileName.endsWith(".html"));
      if (left.length > 0) throw new Error(`single-file: the page would need other files: ${left.map((f) => f.fileName).join(", ")}.`);
    },
  };
}
