import { join } from "node:path";
import type { Locale } from "../core/locale.js";
import { PROJECT_ROOT } from "../core/paths.js";
import { loadCatalogue, type Catalogue } from "./catalogue.js";
import { loadHelplineDirectory, type HelplineDirectory } from "./helplines.js";
import { loadLocales } from "./locales.js";

export { PROJECT_ROOT };

/** Where each kind of content lives under a content root (the repository, or a copy of its content folders). */
export interface ContentPaths {
  locales: string;
  catalogue: string;
  helplines: string;
  intents: string;
  flows: string;
}

export function contentPathsAt(root: string): ContentPaths {
  return {
    locales: join(root, "locales"),
    catalogue: join(root, "data", "topics.yaml"),
    helplines: join(root, "data", "helplines.yaml"),
    intents: join(root, "intents"),
    flows: join(root, "flows"),
  };
}

export const contentPaths: ContentPaths = contentPathsAt(PROJECT_ROOT);

/** Everything the bot says or refers to, loaded once at start-up from the content files. */
export interface Content {
  localesDir: string;
  /** The languages the bot speaks: the folders of locales/, English first. */
  locales: readonly Locale[];
  flowsDir: string;
  catalogue: Catalogue;
  helplines: HelplineDirectory;
}

export function loadContent(helplineCountry: string, paths: ContentPaths = contentPaths): Content {
  return {
    localesDir: paths.locales,
    locales: loadLocales(paths.locales),
    flowsDir: paths.flows,
    catalogue: loadCatalogue(paths.catalogue),
    helplines: loadHelplineDirectory(paths.helplines, helplineCountry),
  };
}
