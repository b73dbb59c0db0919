// The boundaries file's address lives in shared/ (the Map view and an embedded map both draw it).
export { BOUNDARIES_FILE, boundariesUrl } from "@/shared/boundaries-file";
