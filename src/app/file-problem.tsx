import { useTranslation } from "react-i18next";
import { ErrorMessage } from "@/components/ui/error-message";
import { toMegabytes, type UserFileProblem } from "@/data/user-file";
import { formatNumber } from "@/lib/format";
import { useLanguage } from "@/shared/url-state";
import { ProblemList } from "./problem-list";

/** Why a file was not opened, in words, with its located problems. */
export function FileProblem({
  name,
  problem,
  limit,
}: {
  name: string;
  problem: UserFileProblem;
  limit: string;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const title = (() => {
    switch (problem.kind) {
      case "too-large":
        return t("openData.problem.tooLarge", {
          name,
          size: formatNumber(toMegabytes(problem.bytes), lang, 1),
          limit,
        });
      case "invalid":
        return t("openData.problem.invalid", { name, count: problem.problems.length });
      case "unreadable":
        return t("openData.problem.unreadable", { name, message: problem.message });
      case "no-bundled":
        return t("openData.problem.noBundled", { name, message: problem.message });
      case "not-utf8":
        return t("openData.problem.notUtf8", {
          name,
          row: formatNumber(problem.row, lang),
          byte: `0x${problem.byte.toString(16).toUpperCase().padStart(2, "0")}`,
        });
      case "utf16":
        return t("openData.problem.utf16", { name });
      case "empty":
      case "binary":
        return t(`openData.problem.${problem.kind}`, { name });
    }
  })();
  return (
    <ErrorMessage title={title} className="max-h-[40vh] overflow-auto">
      {problem.kind === "invalid" && <ProblemList name={name} problems={problem.problems} />}
      <p className="mt-2">{t("openData.unchanged")}</p>
    </ErrorMessage>
  );
}
