/**
 * The dataset's closed vocabularies and file name, without the schema (and zod): the filters, URL
 * parsers and selectors need the lists on a first visit; only validation needs the schema.
 */

export const DATASET_FILE = "cpec-dataset.json";

/** The fields of a project a source can be read for. */
export const SOURCE_FIELDS = ["cost", "status", "dates", "capacity", "location"] as const;

export const CONFIDENCE_LEVELS = ["confirmed", "single-source", "unconfirmed"] as const;

export const SECTORS = [
  "energy",
  "transport",
  "gwadar",
  "industrial",
  "social",
  "science-technology",
  "agriculture",
  "other",
] as const;

export const SUBTYPES = [
  "coal",
  "coal-mining",
  "hydro",
  "wind",
  "solar",
  "transmission",
  "road",
  "rail",
  "metro",
  "port",
  "airport",
  "sez",
  "fibre",
  "water",
  "health",
  "education",
  "urban-planning",
  "satellite",
  "broadcasting",
  "research",
  "agriculture",
  "energy-access",
  "programme",
  "other",
] as const;

export const PROVINCES = [
  "punjab",
  "sindh",
  "khyber-pakhtunkhwa",
  "balochistan",
  "gilgit-baltistan",
  "azad-jammu-kashmir",
  "islamabad",
] as const;

export const STATUSES = [
  "planned",
  "under-construction",
  "partially-operational",
  "operational",
  "suspended",
  "cancelled",
] as const;

export const CAPACITY_UNITS = [
  "MW",
  "km",
  "Mtpa",
  "acres",
  "MGD",
  "berths",
  "beds",
  "other",
] as const;

export const DOCUMENT_TYPES = [
  "mou",
  "agreement",
  "framework-agreement",
  "protocol",
  "financing-agreement",
  "exchange-of-notes",
  "plan",
  "package",
  "other",
] as const;

export const AGGREGATE_METRICS = [
  "direct-investment-usd-bn",
  "portfolio-usd-bn",
  "jobs",
  "capacity-operating-mw",
  "projects-completed",
  /** US$ billions of the projects counted in "projects-completed". */
  "projects-completed-usd-bn",
  "projects-under-implementation",
  "projects-under-implementation-usd-bn",
  "projects-total",
  "road-km",
  "other",
] as const;
