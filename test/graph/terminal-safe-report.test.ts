/**
 * Names that would act on a terminal (escape sequences, a carriage return, bidirectional
 * overrides) are shown escaped in the Markdown report the command prints, in table cells and in
 * sentences alike; right-to-left names are left as they are.
 */
import { describe, expect, it } from "vitest";
import { analyzeCoalition, renderFullMarkdown } from "../../src/graph/index.js";
import { markdownCell } from "../../src/graph/utils/markdown-cell.js";
import { terminalSafeText } from "../../src/graph/utils/terminal-safe-text.js";
import { importCoalition } from "../../src/import/index.js";
import { csv } from "../import/helpers.js";

const ESC = "\u001b";
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("the Markdown report cannot act on a terminal", () => {
  it("escape sequences, carriage returns and bidi overrides in names are shown escaped", () => {
    const people = [
      "id,name,status,area",
      `p1,"An${ESC}]52;c;ZXZpbA==${ESC}\\\\a",core,North`,
      `p2,"Ben\rEVIL",member,North`,
      `p3,"\u202eCara\u202c",member,North`,
      "p4,דוד כהן,member,North",
      `p5,"B\u0007ell${ESC}[2J",prospect,North`,
    ].join("\n");
    const ties = "from,to,strength\np1,p2,3\np2,p3,3\np3,p4,2\np4,p5,2\np1,p5,1\n";
    const { graph, report } = importCoalition([csv("people.csv", people + "\n"), csv("connections.csv", ties)]);
    const md = renderFullMarkdown(analyzeCoalition(graph, report, { asks: ["p5"] }));
    expect(md).not.toMatch(ACTING);
    expect(md).toContain("An\\u001b\\]52;c;ZXZpbA==\\u001b");
    expect(md).toContain("\\u202eCara\\u202c");
    expect(md).toContain("דוד כהן");
  });

  it("terminalSafeText keeps line feeds, tabs and right-to-left text; markdownCell makes a lone \\r a space", () => {
    expect(terminalSafeText("a\tb\nc\r\u0085\u2066")).toBe("a\tb\nc\\u000d\\u0085\\u2066");
    expect(terminalSafeText("محمد علي")).toBe("محمد علي");
    expect(markdownCell("Ana\rMaría|x")).toBe("Ana María\\|x");
  });
});

describe("names are text in a Markdown viewer too", () => {
  it("link, HTML, code and emphasis characters in a name are backslash-escaped", () => {
    expect(markdownCell("[Donate](http://x.example) <img src=x> `a` *b* | c")).toBe("\\[Donate\\](http://x.example) \\<img src=x\\> \\`a\\` \\*b\\* \\| c");
    expect(markdownCell("St. Mary's (East) p_1")).toBe("St. Mary's (East) p_1");
  });

  it("a backslash, underscores around a word, tildes and character references are escaped too", () => {
    // `__proto__` would show as a bold "proto", `~~x~~` struck through, `&#x202E;` as a right-to-left
    // override, and `x\|y` would lose its backslash (or, in some viewers, split the cell).
    expect(markdownCell("__proto__")).toBe("\\_\\_proto\\_\\_");
    expect(markdownCell("_Ana_ ~~Ben~~")).toBe("\\_Ana\\_ \\~\\~Ben\\~\\~");
    expect(markdownCell("x\\|y")).toBe("x\\\\\\|y");
    expect(markdownCell("&#x202E;Cara &lt;b&gt; Smith & Sons")).toBe("\\&#x202E;Cara \\&lt;b\\&gt; Smith & Sons");
    expect(markdownCell("p_1 bad_history")).toBe("p_1 bad_history");
  });
});

describe("the import section is text in a Markdown viewer too", () => {
  // Rejected values and names were written into the import lists as they are: an <img onerror=…>
  // strength was HTML, a [x](http://…) one a link, a __name__ bold.
  it("rejections, merges and warnings escape HTML, links and emphasis", () => {
    const people = "id,name,status\np1,Ana,member\np2,Ben,member\n";
    const ties = 'from,to,strength,sign\np1,p2,<img src=x onerror=alert(1)>,\np1,p2,[x](http://e.example),\np1,"<b>Nobody</b> __bold__",3,\np2,p1,2,**x**\n';
    const { graph, report } = importCoalition([csv("people.csv", people), csv("connections.csv", ties)]);
    const md = renderFullMarkdown(analyzeCoalition(graph, report, {}));
    const section = md.slice(md.indexOf("### Rejected rows"));
    expect(section).toContain('strength "\\<img src=x onerror=alert(1)\\>" is not a number');
    expect(section).toContain('strength "\\[x\\](http://e.example)" is not a number');
    expect(section).toContain('"\\<b\\>Nobody\\</b\\> \\_\\_bold\\_\\_" is not in people.csv');
    expect(section).toContain('sign "\\*\\*x\\*\\*" is not + or -');
    expect(section).not.toMatch(/(?<!\\)[<[]/);
  });

  it("an ask for no one quotes the name asked for and the names suggested escaped", () => {
    const { graph, report } = importCoalition([csv("people.csv", "id,name,status\np1,<i>Ana</i>[l](u),member\np2,<i>Anabel</i>,member\n"), csv("connections.csv", "from,to\np1,p2\n")]);
    const md = renderFullMarkdown(analyzeCoalition(graph, report, { asks: ["<b>Nobody", "<i>Ana"] }));
    expect(md).toContain('No person or organization named "\\<b\\>Nobody" in the data.');
    expect(md).toContain("Did you mean: \\<i\\>Ana\\</i\\>\\[l\\](u), \\<i\\>Anabel\\</i\\>?");
  });

  it("a name that starts like a heading, a quote or a list is not one at the start of a list item", () => {
    expect(markdownCell("# Ana")).toBe("\\# Ana");
    expect(markdownCell("> Ben")).toBe("\\> Ben");
    expect(markdownCell("- Cara")).toBe("\\- Cara");
    expect(markdownCell("+ Dan")).toBe("\\+ Dan");
    expect(markdownCell("1. Eve")).toBe("1\\. Eve");
    expect(markdownCell("2) Fay")).toBe("2\\) Fay");
    expect(markdownCell("#tag -5 1.5 2026-01-01 Ana - Ben")).toBe("#tag -5 1.5 2026-01-01 Ana - Ben");
  });
});
