import { z } from "zod";
import { DEFAULT_LOCALE, LOCALE_TAG, type Locale } from "../core/locale.js";
import { ContentError, readYamlFile, type ContentIssue } from "../core/yaml-file.js";

/**
 * Text beside the facts, per language: `en` always; a language without its own text shows the
 * English one, so a new language works before anyone translates this file.
 */
const localized = z
  .object({ en: z.string().min(1) }, { message: "needs at least `en:` text (other languages beside it, like `bn:`)" })
  .catchall(z.string().min(1))
  .superRefine((text, ctx) => {
    for (const key of Object.keys(text)) {
      if (!LOCALE_TAG.test(key)) ctx.addIssue({ code: "custom", path: [key], message: `"${key}" is not a language tag: use the name of a folder in locales/, like en or bn` });
    }
  });

const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "use lowercase letters, digits and -"),
    name: localized,
    number: z.string().regex(/^[0-9 +]{3,20}$/, "a phone number in Latin digits, quoted").optional(),
    url: z.url().optional(),
    hours: localized,
    for: localized,
    regions: localized.optional(),
    source: z.string().min(1, "say where this fact comes from"),
    verified: z.union([z.iso.date(), z.date()], { message: "a date like 2026-11-29" }),
  })
  .refine((e) => e.number !== undefined || e.url !== undefined, { message: "needs a `number` or a `url`" });

const countrySchema = z.object({
  name: localized,
  helpline: z.string(),
  emergency: z.string(),
  // Optional: not every country has an emotional-support line we could source.
  support: z.string().optional(),
  entries: z.array(entrySchema).min(1),
});

export const helplinesFileSchema = z.object({
  version: z.literal(1),
  countries: z.record(z.string().regex(/^[A-Z]{2}$/, "country codes are two capital letters"), countrySchema),
  international: z.object({ entries: z.array(entrySchema) }),
});

export type HelplineEntry = z.infer<typeof entrySchema>;
export type HelplinesFile = z.infer<typeof helplinesFileSchema>;

/** What the bot needs to refer a child to help in one country. */
export interface HelplineDirectory {
  country: string;
  helpline: HelplineEntry;
  emergency: HelplineEntry;
  /** An emotional-support line (someone to talk to when things feel too much), where the country has one. */
  support?: HelplineEntry;
  /** All entries for the country, then the ones that work from anywhere. */
  entries: HelplineEntry[];
  international: HelplineEntry[];
}

function checkHelplines(
  file: HelplinesFile,
  displayName: string,
  locate: (path: Array<string | number>) => number,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const [code, country] of Object.entries(file.countries)) {
    for (const role of ["helpline", "emergency", "support"] as const) {
      // `support` is optional; when it is given it must be checked like the other two.
      if (country[role] === undefined) continue;
      const entry = country.entries.find((e) => e.id === country[role]);
      const line = locate(["countries", code, role]);
      if (!entry) {
        issues.push({ file: displayName, line, message: `countries.${code}.${role}: no entry with id "${country[role]}" in its entries` });
      } else if (!entry.number) {
        issues.push({ file: displayName, line, message: `countries.${code}.${role}: the entry "${entry.id}" needs a phone number` });
      }
    }
  }
  return issues;
}

export function loadHelplinesFile(path: string, displayName = path): { file?: HelplinesFile; issues: ContentIssue[] } {
  const { value, issues, locate } = readYamlFile(path, helplinesFileSchema, displayName);
  if (!value) return { issues };
  return { file: value, issues: checkHelplines(value, displayName, locate) };
}

/** Loads the directory for one country; throws if the file is broken or the country unknown. */
export function loadHelplineDirectory(path: string, country: string): HelplineDirectory {
  const { file, issues } = loadHelplinesFile(path);
  if (!file || issues.length > 0) throw new ContentError(issues);
  const entry = file.countries[country];
  if (!entry) {
    const known = Object.keys(file.countries).join(", ");
    throw new UnknownCountryError(`HELPLINE_COUNTRY: no helplines for "${country}" in data/helplines.yaml (expected one of: ${known})`);
  }
  const byId = (id: string) => entry.entries.find((e) => e.id === id)!;
  return {
    country,
    helpline: byId(entry.helpline),
    emergency: byId(entry.emergency),
    // Left out, not undefined, when the country names no support line.
    ...(entry.support !== undefined && { support: byId(entry.support) }),
    entries: entry.entries,
    international: file.international.entries,
  };
}

export class UnknownCountryError extends Error {
  override name = "UnknownCountryError";
}

/**
 * The languages in `locales` that some text of the file has no translation for (English is
 * shown there instead), with how many texts each lacks: for a warning, never an error.
 */
export function untranslatedHelplines(file: HelplinesFile, locales: readonly Locale[]): Map<Locale, number> {
  const texts = [
    ...Object.values(file.countries).flatMap((c) => [c.name, ...c.entries.flatMap(entryTexts)]),
    ...file.international.entries.flatMap(entryTexts),
  ];
  const missing = new Map<Locale, number>();
  for (const locale of locales) {
    if (locale === DEFAULT_LOCALE) continue;
    const n = texts.filter((t) => t[locale] === undefined).length;
    if (n > 0) missing.set(locale, n);
  }
  return missing;
}

function entryTexts(entry: HelplineEntry): Array<Record<string, string>> {
  return [entry.name, entry.hours, entry.for, ...(entry.regions ? [entry.regions] : [])];
}
