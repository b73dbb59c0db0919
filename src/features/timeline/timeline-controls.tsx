import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { TimelineKind } from "@/data/selectors/timeline";
import { formatNumber } from "@/lib/format";
import { KIND_COLORS } from "./timeline-labels";
import { parseAsYearOrMonth } from "./timeline-state";
import { useFormat } from "@/shared/use-format";

export interface Preset {
  id: string;
  label: string;
  from: string | null;
  to: string | null;
}

/** The kind checkboxes, the zoom presets and the From/To fields. */
export function TimelineControls({
  kinds,
  counts,
  hidden,
  onToggleKind,
  presets,
  from,
  to,
  onRange,
}: {
  kinds: readonly TimelineKind[];
  counts: Record<TimelineKind, number>;
  hidden: readonly TimelineKind[];
  onToggleKind: (kind: TimelineKind) => void;
  presets: readonly Preset[];
  from: string | null;
  to: string | null;
  onRange: (from: string | null, to: string | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const zoomId = useId();

  return (
    <div className="flex flex-wrap items-start gap-x-6 gap-y-3 rounded-lg border border-border bg-card p-3 text-sm">
      <fieldset>
        <legend className="mb-1 font-medium">{t("timeline.controls.kinds")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {kinds.map((kind) => (
            <label key={kind} className="flex cursor-pointer items-center gap-1.5">
              <input
                type="checkbox"
                className="size-4 accent-[var(--primary)]"
                checked={!hidden.includes(kind)}
                onChange={() => onToggleKind(kind)}
              />
              <span
                aria-hidden="true"
                className="inline-block size-2.5 rounded-full"
                style={{ background: KIND_COLORS[kind] }}
              />
              {t(`timeline.kind.${kind}`)}
              <span className="text-muted-foreground">({formatNumber(counts[kind], format)})</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <p className="mb-1 font-medium" id={zoomId}>
          {t("timeline.controls.zoom")}
        </p>
        <div role="group" aria-labelledby={zoomId} className="flex flex-wrap gap-1.5">
          {presets.map((p) => (
            <Button
              key={p.id}
              size="sm"
              aria-pressed={p.from === from && p.to === to}
              onClick={() => onRange(p.from, p.to)}
            >
              {p.label}
            </Button>
          ))}
        </div>
      </div>
      <RangeForm key={`${from ?? ""}|${to ?? ""}`} from={from} to={to} onRange={onRange} />
    </div>
  );
}

/** A typed bound: null when left empty, undefined when it is not a year or month. */
function parseBound(text: string): string | null | undefined {
  const trimmed = text.trim();
  return trimmed === "" ? null : (parseAsYearOrMonth.parse(trimmed) ?? undefined);
}

/** The From/To fields; remounted (by key) when the range in the URL changes, so they show it. */
function RangeForm({
  from,
  to,
  onRange,
}: {
  from: string | null;
  to: string | null;
  onRange: (from: string | null, to: string | null) => void;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const [fromText, setFromText] = useState(from ?? "");
  const [toText, setToText] = useState(to ?? "");
  const [invalid, setInvalid] = useState(false);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const [a, b] = [fromText, toText].map(parseBound);
    if (a === undefined || b === undefined) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onRange(a, b);
  };

  const field = (label: string, text: string, setText: (text: string) => void) => (
    <label className="flex flex-col gap-0.5">
      <span className="font-medium">{label}</span>
      <input
        value={text}
        onChange={(e) => setText(e.target.value)}
        inputMode="numeric"
        placeholder={t("timeline.controls.placeholder")}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        className="h-8 w-36 rounded-md border border-border bg-card px-2"
      />
    </label>
  );

  return (
    <form onSubmit={apply} noValidate className="flex flex-wrap items-end gap-2">
      {field(t("timeline.controls.from"), fromText, setFromText)}
      {field(t("timeline.controls.to"), toText, setToText)}
      <Button size="sm" type="submit">
        {t("timeline.controls.apply")}
      </Button>
      {invalid && (
        <p id={errorId} role="alert" className="w-full text-xs text-danger">
          {t("timeline.controls.invalid")}
        </p>
      )}
    </form>
  );
}
