import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { downloadBlob } from "@/lib/download";
import { formatNumber } from "@/lib/format";
import { useLanguage } from "@/shared/url-state";

/** More problems than this are counted, not drawn: 150,000 list items would freeze the page. */
export const PROBLEMS_SHOWN = 200;

/**
 * A file's problems, one located line each: the first 200, then "…and N more" with the whole
 * list as a text file to download.
 */
export function ProblemList({ name, problems }: { name: string; problems: readonly string[] }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const more = problems.length - PROBLEMS_SHOWN;
  const download = () =>
    downloadBlob(
      new Blob([problems.join("\r\n"), "\r\n"], { type: "text/plain;charset=utf-8" }),
      `${name.replace(/\.[^.]*$/, "")}-problems.txt`,
    );
  return (
    <>
      {/* Machine-written lines (file:record:field: message): left to right in every language. */}
      <ul
        dir="ltr"
        className="mt-2 max-h-64 list-disc space-y-1 overflow-auto ps-5 font-mono text-xs [overflow-wrap:anywhere]"
      >
        {problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {more > 0 && (
        <p className="mt-2">
          {t("openData.moreProblems", { count: more, n: formatNumber(more, lang) })}
        </p>
      )}
      {problems.length > 1 && (
        <Button size="sm" className="mt-2" onClick={download}>
          {t("openData.downloadProblems", {
            count: problems.length,
            n: formatNumber(problems.length, lang),
          })}
        </Button>
      )}
    </>
  );
}
