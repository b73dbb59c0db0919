import { useTranslation } from "react-i18next";
import { STATUS_COLORS } from "@/data/palette";
import type { Status } from "@/data/schema";
import { cn } from "@/lib/cn";

/** The dot in a status's colour that marks it in lists and on the map; hidden from readers. */
export function StatusDot({ status, className }: { status: Status; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn("inline-block size-2.5 rounded-full", className)}
      style={{ background: STATUS_COLORS[status] }}
    />
  );
}

/** A project's status in words, after its dot. */
export function ProjectStatus({ status, className }: { status: Status; className?: string }) {
  const { t } = useTranslation();
  return (
    <span className={cn("inline-flex items-center gap-1.5", className)}>
      <StatusDot status={status} />
      {t(`status.${status}`)}
    </span>
  );
}
