import { PROJECT_ROOT } from "../paths.js";
import { loadCatalogue, type Catalogue } from "./catalogue.js";
import { loadHelplineDirectory, type HelplineDirectory } from "./helplines.js";

export { PROJECT_ROOT };

export const contentPaths = {
  locales: `${PROJECT_ROOT}locales`,
  catalogue: `${PROJECT_ROOT}data/topics.yaml`,
  helplines: `${PROJECT_ROOT}data/helplines.yaml`,
  intents: `${PROJECT_ROOT}intents`,
  flows: `${PROJECT_ROOT}flows`,
};

/** Everything the bot says or refers to, loaded once at start-up from the content files. */
export interface Content {
  localesDir: string;
  catalogue: Catalogue;
  helplines: HelplineDirectory;
}

export function loadContent(helplineCountry: string, paths = contentPaths): Content {
  return {
    localesDir: paths.locales,
    catalogue: loadCatalogue(paths.catalogue),
    helplines: loadHelplineDirectory(paths.helplines, helplineCountry),
  };
}
