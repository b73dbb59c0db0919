import { z } from "zod";
import {
  CAPACITY_UNITS,
  CONFIDENCE_LEVELS,
  PROVINCES,
  SECTORS,
  SOURCE_FIELDS,
  STATUSES,
  SUBTYPES,
} from "./vocabulary";

/**
 * The field schemas the dataset's records are built from: dates, ids, web addresses, sources,
 * closed lists, locations, capacities, costs, conflicting values and official figures. The
 * records and every type inferred from these live in ./schema.
 *
 * Dates are ISO strings whose length is their precision: "2017" is known to the year,
 * "2017-05" to the month, "2017-05-12" to the day. The precision is never guessed finer than the
 * source gives it.
 */

export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
  });

export const dayDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'expected "YYYY-MM-DD"' });

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "expected a lowercase slug (a-z, 0-9, hyphens)" });

/** A web address a reader can open: http or https only (never javascript:, data: or file:). */
export const webUrlSchema = z.url({ protocol: /^https?$/, message: "expected an http(s) URL" });

export const sourceSchema = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** Publication date; null when the page is undated (say so in `note`). */
  date: partialDateSchema.nullable(),
  url: webUrlSchema,
  note: z.string().optional(),
  /**
   * The project fields this source was read for and supports, where that was verified (a source
   * cited only for a record's existence leaves it out). Optional: files from 1.1 have none.
   */
  supports: z.array(z.enum(SOURCE_FIELDS)).optional(),
});

export const confidenceSchema = z.enum(CONFIDENCE_LEVELS);

export const sectorSchema = z.enum(SECTORS);

export const subtypeSchema = z.enum(SUBTYPES);

export const provinceSchema = z.enum(PROVINCES);

export const statusSchema = z.enum(STATUSES);

export const pointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const namedPointSchema = pointSchema.extend({ name: z.string().min(1) });

/** Where a project is, and how precisely we know it. */
export const locationSchema = z.discriminatedUnion("precision", [
  /** Site coordinates from a source that geolocates the site itself. */
  z.object({ precision: z.literal("exact"), point: pointSchema, place: z.string().min(1) }),
  /** The centre of the nearest named town; the site itself is not geolocated. */
  z.object({ precision: z.literal("town"), point: namedPointSchema }),
  /** A linear work drawn between two named end places. */
  z.object({ precision: z.literal("line"), from: namedPointSchema, to: namedPointSchema }),
  /** Only the province or region is known: counted there, never drawn as a point. */
  z.object({ precision: z.literal("province") }),
]);

export const capacitySchema = z.object({
  value: z.number().positive(),
  unit: z.enum(CAPACITY_UNITS),
  /** What the number counts when the unit alone does not say (e.g. "beds, phase II"). */
  note: z.string().optional(),
});

export const costSchema = z.object({
  usdMillions: z.number().nonnegative(),
  stage: z.enum(["estimated", "committed", "disbursed", "final"]),
  asOf: partialDateSchema.nullable(),
  /** The amount as the source gave it, when that was not USD; with the rate used to convert it. */
  original: z
    .object({
      amount: z.number().nonnegative(),
      currency: z.enum(["PKR", "CNY"]),
      /** Units of `currency` per US dollar. */
      ratePerUsd: z.number().positive(),
      rateBasis: z.string().min(1),
      rateSource: sourceSchema,
    })
    .optional(),
});

export const conflictSchema = z.object({
  /** The field the sources disagree on, as a path ("cost.usdMillions", "dates.completion"). */
  field: z.string().min(1),
  value: z.union([z.string(), z.number()]),
  source: sourceSchema,
  /** True for the value the dashboard's charts use. */
  used: z.boolean(),
  why: z.string().min(1),
});

/**
 * A project as the official record lists it (the Planning Ministry's list to the National
 * Assembly, a written answer, the CPEC Authority or NDRC). When the dataset's own value differs,
 * the official one is also in `conflicts` with the reason for the choice (checked).
 */
export const officialFigureSchema = z.object({
  /** The project's name as the official list gives it. */
  listedAs: z.string().min(1),
  status: statusSchema.nullable(),
  costUsdMillions: z.number().positive().nullable(),
  capacity: z.object({ value: z.number().positive(), unit: z.enum(CAPACITY_UNITS) }).nullable(),
  asOf: partialDateSchema,
  source: sourceSchema,
});
