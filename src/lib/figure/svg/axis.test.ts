import { describe, expect, it } from "vitest";
import { linearScale, thinStep } from "./axis";

describe("linearScale", () => {
  it("rounds the domain to nice ticks", () => {
    const s = linearScale(0, 10_624, [500, 100], 10);
    expect(s.domain).toEqual([0, 11_000]);
    expect(s.ticks).toEqual([
      0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000, 11_000,
    ]);
    expect(s(0)).toBe(500);
    expect(s(11_000)).toBe(100);
  });

  it("draws an empty domain as 0…1", () => {
    expect(linearScale(0, 0, [100, 0], 5).domain).toEqual([0, 1]);
  });
});

describe("thinStep", () => {
  it("keeps every label that clears its neighbours, else every k-th", () => {
    expect(thinStep([0, 50, 100, 150], [40, 40, 40, 40], 5)).toBe(1);
    expect(thinStep([0, 30, 60, 90], [40, 40, 40, 40], 5)).toBe(2);
    expect(thinStep([0, 10, 20, 30, 40], [40, 40, 40, 40, 40], 5)).toBe(5);
  });
});
