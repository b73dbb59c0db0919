import type { TFunction } from "i18next";
import type { Meeting } from "@/data/schema";
import { formatPartialDate, type Locale } from "@/lib/format";

/** How every view names a meeting: "10th JCC", "JWG on Energy, 8th meeting", "Visit, Beijing". */
export function meetingName(t: TFunction, m: Meeting, workingGroupName: string | null): string {
  if (m.body === "jcc")
    return m.session
      ? t("meeting.name.jcc", { count: m.session, ordinal: true })
      : t("meeting.name.jccUnnumbered");
  if (m.body === "jwg") {
    const group = workingGroupName ?? t("meeting.name.jwgUnknown");
    return m.session
      ? t("meeting.name.jwgSession", { group, count: m.session, ordinal: true })
      : group;
  }
  return m.venue ? t("meeting.name.visitAt", { venue: m.venue }) : t("meeting.name.visit");
}

/** "Islamabad", "Video link", "Beijing and by video link", or "Venue not reported". */
export function meetingVenue(t: TFunction, m: Meeting): string {
  if (m.mode === "video-link")
    return m.venue ? t("meeting.venue.videoLinkAt", { venue: m.venue }) : t("meeting.videoLink");
  if (m.mode === "hybrid")
    return m.venue ? t("meeting.venue.hybrid", { venue: m.venue }) : t("meeting.venue.hybridOnly");
  return m.venue ?? t("meeting.venueUnknown");
}

/** The meeting's date for the language, or "Date not publicly reported" for an undated session. */
export function meetingDate(t: TFunction, m: Meeting, language: Locale): string {
  return m.date === null ? t("meeting.dateNotReported") : formatPartialDate(m.date, language);
}
