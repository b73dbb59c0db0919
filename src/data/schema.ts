import { z } from "zod";
import {
  AGGREGATE_METRICS,
  CAPACITY_UNITS,
  CONFIDENCE_LEVELS,
  DOCUMENT_TYPES,
  PROVINCES,
  SECTORS,
  STATUSES,
  SUBTYPES,
} from "./vocabulary";

// The closed lists live in ./vocabulary (no zod), so code that only needs them stays small.
export {
  AGGREGATE_METRICS,
  CAPACITY_UNITS,
  CONFIDENCE_LEVELS,
  DATASET_FILE,
  DOCUMENT_TYPES,
  PROVINCES,
  SECTORS,
  STATUSES,
  SUBTYPES,
} from "./vocabulary";

/**
 * The CPEC dataset schema. Types are inferred from it; nothing else declares the dataset's shape.
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
export type PartialDate = z.infer<typeof partialDateSchema>;

export const dayDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'expected "YYYY-MM-DD"' });

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "expected a lowercase slug (a-z, 0-9, hyphens)" });

/** The fields of a project a source can be read for. */
export const SOURCE_FIELDS = ["cost", "status", "dates", "capacity", "location"] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

/** A web address a reader can open: http or https only (never javascript:, data: or file:). */
const webUrlSchema = z.url({ protocol: /^https?$/, message: "expected an http(s) URL" });

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
export type Source = z.infer<typeof sourceSchema>;

export const confidenceSchema = z.enum(CONFIDENCE_LEVELS);
export type Confidence = z.infer<typeof confidenceSchema>;

export const sectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof sectorSchema>;

export const subtypeSchema = z.enum(SUBTYPES);
export type Subtype = z.infer<typeof subtypeSchema>;

export const provinceSchema = z.enum(PROVINCES);
export type Province = z.infer<typeof provinceSchema>;

export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

export const pointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Point = z.infer<typeof pointSchema>;

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
export type Location = z.infer<typeof locationSchema>;

export const capacitySchema = z.object({
  value: z.number().positive(),
  unit: z.enum(CAPACITY_UNITS),
  /** What the number counts when the unit alone does not say (e.g. "beds, phase II"). */
  note: z.string().optional(),
});
export type Capacity = z.infer<typeof capacitySchema>;

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
export type Cost = z.infer<typeof costSchema>;

export const conflictSchema = z.object({
  /** The field the sources disagree on, as a path ("cost.usdMillions", "dates.completion"). */
  field: z.string().min(1),
  value: z.union([z.string(), z.number()]),
  source: sourceSchema,
  /** True for the value the dashboard's charts use. */
  used: z.boolean(),
  why: z.string().min(1),
});
export type Conflict = z.infer<typeof conflictSchema>;

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
export type OfficialFigure = z.infer<typeof officialFigureSchema>;

const provenance = {
  sources: z.array(sourceSchema).min(1, { message: "expected at least one source" }),
  confidence: confidenceSchema,
  notes: z.string().nullable(),
};

export const projectSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** Names in other languages where a source gives them. */
  names: z.object({ ur: z.string().optional(), zh: z.string().optional() }).optional(),
  sector: sectorSchema,
  subtype: subtypeSchema,
  provinces: z.array(provinceSchema).min(1),
  location: locationSchema,
  capacity: capacitySchema.nullable(),
  cost: costSchema.nullable(),
  status: statusSchema,
  dates: z.object({
    start: partialDateSchema.nullable(),
    plannedCompletion: partialDateSchema.nullable(),
    completion: partialDateSchema.nullable(),
  }),
  sponsors: z.array(z.string().min(1)),
  financiers: z.array(z.string().min(1)),
  /** False for umbrella records whose money is already counted in their component projects. */
  countInAggregates: z.boolean(),
  /**
   * True for works begun before CPEC was launched (2013), such as Gwadar Port's phase I
   * (2002–07): kept as a record, left out of CPEC totals and the default time axes.
   */
  preCpec: z.boolean().optional(),
  /** The official record's figures for this project, where an official list gives them. */
  official: officialFigureSchema.optional(),
  lastVerified: dayDateSchema,
  conflicts: z.array(conflictSchema),
  ...provenance,
});
export type Project = z.infer<typeof projectSchema>;

export const documentTypeSchema = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof documentTypeSchema>;

export const partySchema = z.object({
  name: z.string().min(1),
  kind: z.enum(["government", "enterprise", "bank", "other"]),
  country: z.enum(["PK", "CN", "other"]),
});

export const documentSchema = z.object({
  id: idSchema,
  date: partialDateSchema,
  title: z.string().min(1),
  type: documentTypeSchema,
  /** How many instruments the record stands for (a signing package of 51 MoUs is one record, count 51). */
  count: z.number().int().positive(),
  parties: z.array(partySchema),
  /**
   * The signing package this document was part of, when the package is also a record: its
   * instruments are then counted once, in the package's count, not again here.
   */
  packageId: idSchema.nullable(),
  meetingId: idSchema.nullable(),
  /** The visit or event at which it was signed, when that is not a meeting in the dataset. */
  occasion: z.string().nullable(),
  projectIds: z.array(idSchema),
  ...provenance,
});
export type CpecDocument = z.infer<typeof documentSchema>;

export const meetingSchema = z.object({
  id: idSchema,
  body: z.enum(["jcc", "jwg", "visit"]),
  /** The working group, for body "jwg". */
  workingGroupId: idSchema.nullable(),
  /** The JCC session number, or the working group's meeting number where reported. */
  session: z.number().int().positive().nullable(),
  /** Null only for a JCC session no source dates; `dateNote` then says so (checked). */
  date: partialDateSchema.nullable(),
  /** Why the date is missing or uncertain, e.g. "date not publicly reported". */
  dateNote: z.string().min(1).optional(),
  mode: z.enum(["in-person", "video-link", "hybrid"]).nullable(),
  venue: z.string().nullable(),
  coChairs: z.array(
    z.object({
      name: z.string().min(1),
      role: z.string().nullable(),
      country: z.enum(["PK", "CN"]),
    }),
  ),
  attendance: z.string().nullable(),
  outcomes: z.array(z.string().min(1)),
  /** As reported; may exceed documentIds.length where not every document is itemised. */
  documentsSigned: z.number().int().nonnegative().nullable(),
  documentIds: z.array(idSchema),
  workingGroupsEstablished: z.array(idSchema),
  ...provenance,
});
export type Meeting = z.infer<typeof meetingSchema>;

export const workingGroupSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  established: z.object({
    date: partialDateSchema.nullable(),
    meetingId: idSchema.nullable(),
    note: z.string().nullable(),
  }),
  leads: z.object({ pk: z.string().nullable(), cn: z.string().nullable() }),
  ...provenance,
});
export type WorkingGroup = z.infer<typeof workingGroupSchema>;

export const aggregateSchema = z.object({
  id: idSchema,
  metric: z.enum(AGGREGATE_METRICS),
  /** Human wording of the metric as the source frames it. */
  label: z.string().min(1),
  value: z.number().nonnegative(),
  asOf: partialDateSchema,
  scope: z.string().min(1),
  /** For a tally broken down by sector (the official lists of completed projects are). */
  sector: sectorSchema.optional(),
  /**
   * True for a figure from the official record (the Planning Ministry's lists to the National
   * Assembly, written answers in either House, the CPEC Authority, NDRC): the reconciliation
   * table sets these beside this dataset's own counts.
   */
  official: z.boolean().optional(),
  ...provenance,
});
export type Aggregate = z.infer<typeof aggregateSchema>;

export const metadataSchema = z.object({
  title: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { message: "expected a semantic version" }),
  releaseDate: dayDateSchema,
  /** The latest date the data describes; shown as "data as of". */
  dataAsOf: dayDateSchema,
  changelog: z.array(
    z.object({
      version: z.string().min(1),
      date: dayDateSchema,
      changes: z.array(z.string().min(1)),
    }),
  ),
  citation: z.string().min(1),
  licence: z.object({
    data: z.string().min(1),
    boundaries: z.object({
      name: z.string().min(1),
      attribution: z.string().min(1),
      url: webUrlSchema,
    }),
  }),
  definitions: z.object({
    status: z.record(statusSchema, z.string().min(1)),
    sector: z.record(sectorSchema, z.string().min(1)),
    confidence: z.record(confidenceSchema, z.string().min(1)),
  }),
  countingRules: z.array(z.string().min(1)),
});
export type DatasetMetadata = z.infer<typeof metadataSchema>;

export const datasetSchema = z.object({
  metadata: metadataSchema,
  projects: z.array(projectSchema),
  documents: z.array(documentSchema),
  meetings: z.array(meetingSchema),
  workingGroups: z.array(workingGroupSchema),
  aggregates: z.array(aggregateSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;
