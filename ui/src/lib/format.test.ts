import { expect, it } from "vitest";
import { age, compact, moneyRange, splitList, toMinor, toNumber, zonedToUtcIso } from "./format";

it("converts major units typed by a person into minor units", () => {
  expect(toMinor("85,000")).toBe(8500000);
  expect(toMinor(" 1234.5 ")).toBe(123450);
  expect(toMinor("")).toBeUndefined();
  // Not a number: passed on as typed for the core to reject with a field error.
  expect(toNumber("lots")).toBe("lots");
});

it("formats salary ranges", () => {
  expect(moneyRange(9000000, 12000000, "USD")).toMatch(/90,000.*120,000/);
  expect(moneyRange(null, 12000000, "USD")).toMatch(/^up to/);
  expect(moneyRange(null, null, "USD")).toBe("");
});

it("converts a wall-clock time in an IANA zone to UTC", () => {
  expect(zonedToUtcIso("2026-07-01", "14:30", "Europe/Berlin")).toBe("2026-07-01T12:30:00.000Z");
  expect(zonedToUtcIso("2026-01-15", "09:00", "America/New_York")).toBe("2026-01-15T14:00:00.000Z");
  expect(zonedToUtcIso("2026-03-10", "23:15", "UTC")).toBe("2026-03-10T23:15:00.000Z");
});

it("drops blank optional fields and splits comma lists", () => {
  expect(compact({ a: "x", b: "", c: "  ", d: undefined, e: 0, f: false })).toEqual({ a: "x", e: 0, f: false });
  expect(splitList(" rust, ,Go ,")).toEqual(["rust", "Go"]);
});

it("gives compact ages for dense cards", () => {
  const now = new Date("2026-05-10T12:00:00Z");
  expect(age("2026-05-10T11:59:30Z", now)).toBe("now");
  expect(age("2026-05-10T09:00:00Z", now)).toBe("3h");
  expect(age("2026-05-01T12:00:00Z", now)).toBe("1w");
  expect(age("2025-05-01T12:00:00Z", now)).toBe("1y");
});
