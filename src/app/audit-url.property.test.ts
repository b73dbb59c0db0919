import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeDataset, makeDocument, makeMeeting, makeProject } from "@/data/fixtures";
import {
  isParamName,
  PARAM_NAMES,
  URL_PARAMS,
  type ParamName,
  type ParamRule,
} from "@/lib/url-params";
import { monthStart, YEAR_MAX, YEAR_MIN } from "@/lib/url-parsers";
import { loadUrlState } from "@/shared/url-state";
import { auditUrl } from "./audit-url";

const dataset = makeDataset({
  projects: [makeProject({ id: "thar-coal" }), makeProject({ id: "sahiwal" })],
  documents: [makeDocument({ id: "mou-2015" })],
  meetings: [makeMeeting({ id: "jcc-10" })],
});

interface AnyParser {
  parse: (v: string) => unknown;
  serialize: (v: never) => string;
}
const parserOf = (name: ParamName) => URL_PARAMS[name].parser as unknown as AnyParser;

/** A value the app could hold for a parameter with this rule, in its parsed form. */
function valueOf(rule: ParamRule): fc.Arbitrary<unknown> {
  switch (rule.type) {
    case "choice":
      return fc.constantFrom(...rule.values);
    case "set":
      return fc.uniqueArray(fc.constantFrom(...rule.values), { minLength: 1 });
    case "year":
      return fc.integer({ min: YEAR_MIN, max: YEAR_MAX });
    case "year-or-month":
      return fc
        .tuple(
          fc.integer({ min: YEAR_MIN, max: YEAR_MAX }),
          fc.option(fc.integer({ min: 1, max: 12 })),
        )
        .map(([y, m]) => (m === null ? String(y) : `${y}-${String(m).padStart(2, "0")}`));
    case "number":
      return fc.double({ min: rule.min, max: rule.max, noNaN: true });
    case "count":
      return fc.integer({ min: 1, max: 500 });
    case "flag":
      return fc.constant(true);
    case "text":
      return fc.string({ minLength: 1, maxLength: rule.max, unit: "grapheme" });
    case "id":
      return fc.constantFrom(...dataset[rule.collection].map((r) => r.id));
    case "timeline-item":
      return fc.constantFrom(
        "meeting:jcc-10",
        "document:mou-2015",
        "project:thar-coal:start",
        "project:sahiwal:completion",
        "cluster:document:2015-04-20",
      );
  }
}

/** An address the app writes: some parameters, each with a value its own parser serialises. */
const writtenAddress = fc
  .uniqueArray(fc.constantFrom(...PARAM_NAMES), { minLength: 1, maxLength: 10 })
  .chain((names) =>
    fc.tuple(...names.map((n) => valueOf(URL_PARAMS[n].rule).map((v) => [n, v] as const))),
  )
  .map((pairs) => {
    const values = new Map<ParamName, unknown>(pairs);
    // The app writes a range in order: the filter bar and the timeline's controls sort it.
    for (const [a, b] of [
      ["from", "to"],
      ["tfrom", "tto"],
    ] as const) {
      const x = values.get(a);
      const y = values.get(b);
      if (x === undefined || y === undefined) continue;
      const reversed =
        typeof x === "number"
          ? x > (y as number)
          : monthStart(x as string) > monthStart(y as string);
      if (reversed) values.set(a, y).set(b, x);
    }
    const params = new URLSearchParams();
    for (const [name, value] of values) params.set(name, parserOf(name).serialize(value as never));
    return `?${params.toString()}`;
  });

describe("the address registry", () => {
  it("every address the app writes passes the audit without a notice", () => {
    fc.assert(
      fc.property(writtenAddress, (search) => {
        expect(auditUrl(search, dataset)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("the links named in the issue are the app's own", () => {
    for (const search of ["?present=1&step=2", "?amounts=south-asian", "?amounts=international"])
      expect(auditUrl(search, dataset)).toEqual([]);
  });

  it("any string as any parameter never throws, in the audit or the parsers", () => {
    const name = fc.oneof(
      fc.constantFrom(...PARAM_NAMES),
      fc.constantFrom("constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"),
      fc.string({ unit: "binary" }),
    );
    const value = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.constantFrom("constructor", "__proto__", "toString", "\u202enimda", "1e308", "-0"),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 6 }), (pairs) => {
        for (const [n, v] of pairs) if (isParamName(n)) parserOf(n).parse(v);
        const search = `?${new URLSearchParams(pairs).toString()}`;
        expect(Array.isArray(auditUrl(search, dataset))).toBe(true);
        const state = loadUrlState(search);
        expect(state.view).toMatch(/^(overview|projects|timeline|map|meetings|documents|sources)$/);
      }),
      { numRuns: 300 },
    );
  });

  it("each notice names a parameter of the registry or quotes an unknown one", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 6 }), (pairs) => {
        for (const c of auditUrl(`?${new URLSearchParams(pairs).toString()}`, dataset)) {
          if (c.kind === "unknown-param") expect(isParamName(c.param)).toBe(false);
          else if ("param" in c) expect(isParamName(c.param)).toBe(true);
        }
      }),
    );
  });
});
