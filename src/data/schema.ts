import { z } from "zod";
import { AGGREGATE_METRICS, DOCUMENT_TYPES, type SOURCE_FIELDS } from "./vocabulary";
import type { pointSchema } from "./schema-fields";
import {
  capacitySchema,
  confidenceSchema,
  conflictSchema,
  costSchema,
  dayDateSchema,
  idSchema,
  locationSchema,
  officialFigureSchema,
  partialDateSchema,
  provinceSchema,
  sectorSchema,
  sourceSchema,
  statusSchema,
  subtypeSchema,
  webUrlSchema,
} from "./schema-fields";

/**
 * The CPEC dataset schema: its records (projects, documents, meetings, working groups,
 * aggregates, metadata), built from the field schemas in ./schema-fields. Types are inferred from
 * them here; nothing else declares the dataset's shape.
 */

/** The fields of a project a source can be read for. */
export type SourceField = (typeof SOURCE_FIELDS)[number];

export type PartialDate = z.infer<typeof partialDateSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type Subtype = z.infer<typeof subtypeSchema>;
export type Province = z.infer<typeof provinceSchema>;
export type Status = z.infer<typeof statusSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Location = z.infer<typeof locationSchema>;
export type Capacity = z.infer<typeof capacitySchema>;
export type Cost = z.infer<typeof costSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
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
