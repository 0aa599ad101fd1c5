import { describe, expect, it } from "vitest";
import { searchKey } from "../../src/viz/search-key.js";

describe("searchKey", () => {
  it("drops accents, so plain letters find accented names", () => {
    expect(searchKey("José Ramírez")).toBe("jose ramirez");
    expect(searchKey("Café Esperanza")).toBe("cafe esperanza");
    expect(searchKey("Renée")).toBe("renee");
    expect(searchKey("José Ramírez")).toContain(searchKey("ramirez"));
  });
  it("straightens curly apostrophes in both the name and the query", () => {
    expect(searchKey("Tom O’Neill")).toBe("tom o'neill");
    expect(searchKey("Tom O’Neill")).toContain(searchKey("o'neill"));
    expect(searchKey("Tom O'Neill")).toContain(searchKey("O’NEILL"));
  });
  it("keeps other letters and collapses spaces", () => {
    expect(searchKey("  Ana   Beltrán ")).toBe("ana beltran");
    expect(searchKey("Łukasz")).toBe("łukasz");
  });
});
