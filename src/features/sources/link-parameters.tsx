import "./messages";
import { useTranslation } from "react-i18next";
import { Card } from "@/components/ui/card";
import { PARAM_NAMES, paramDocKey, URL_PARAMS } from "@/lib/url-params";

/**
 * The address's parameters, as the registry (lib/url-params) describes them: a link can be written
 * or read by hand, and the address audit explains a wrong one in the same words.
 */
export function LinkParameters() {
  const { t } = useTranslation();
  return (
    <Card className="p-4">
      <h2 className="text-base font-semibold">{t("sources.parameters.title")}</h2>
      <p className="mt-0.5 text-sm text-muted-foreground">{t("sources.parameters.intro")}</p>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5 text-sm">
        {PARAM_NAMES.map((name) => {
          const { views } = URL_PARAMS[name];
          return (
            <div key={name} className="contents">
              <dt dir="ltr" className="font-mono text-xs leading-5">
                {name}
              </dt>
              <dd>
                {t(paramDocKey(name))}
                {views !== "all" && (
                  <span className="text-muted-foreground">
                    {" "}
                    {t("sources.parameters.views", {
                      views: views.map((v) => t(`nav.${v}`)).join(t("app.listSeparator")),
                    })}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </Card>
  );
}
