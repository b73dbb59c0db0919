import type { Project } from "@/data/schema";
import type { Language } from "./url-state";

/**
 * A project's name in the interface language where a source gives one (recorded in
 * src/locales/glossary.md), otherwise its English name.
 */
export function projectName(project: Pick<Project, "name" | "names">, language: Language): string {
  if (language === "en") return project.name;
  return project.names?.[language] ?? project.name;
}

/**
 * The `lang` of the name projectName returns, so an English name inside Urdu or Chinese text is
 * read (and isolated) as English.
 */
export function projectNameLang(
  project: Pick<Project, "name" | "names">,
  language: Language,
): "en" | "ur" | "zh-CN" {
  if (language !== "en" && project.names?.[language]) return language === "zh" ? "zh-CN" : "ur";
  return "en";
}
