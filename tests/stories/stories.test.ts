import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { playStory, readStories } from "../helpers/stories.js";

/**
 * Plays every story in tests/stories/*.yaml through the real bot (TestUser harness, fake Bot
 * API, a stub classifier where a story lists urgent sentences). To add a test, add a story.
 */
const dir = new URL(".", import.meta.url).pathname;
for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
  describe(`stories/${file}`, () => {
    for (const story of readStories(join(dir, file))) {
      it(story.name, async () => {
        await playStory(story);
      });
    }
  });
}
