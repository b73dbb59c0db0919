import { useTranslation } from "react-i18next";

/**
 * Where the map will be, until it is drawn (its boundaries on their way, its width not yet
 * measured): in the map's own proportions (mapHeight in geography.ts), so nothing moves when it
 * comes.
 */
export function MapPlaceholder() {
  const { t } = useTranslation();
  return (
    <p
      role="status"
      className="grid aspect-[100/92] max-h-[720px] min-h-[300px] w-full place-items-center rounded-md border border-border text-muted-foreground"
    >
      {t("map.loadingBoundaries")}
    </p>
  );
}
