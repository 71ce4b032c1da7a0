import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** `npm run -s classify` as deployments and checks call it (shared/spec/interfaces.md). */
describe("npm run -s classify", () => {
  it("one JSON line per input: topic, urgent, confidence, lang; the grey zone adds check: true", () => {
    const input = [
      { text: "hello" },
      { text: "my uncle touches me at night and says not to tell anyone" },
      // "blackmail" said about others: the bot asks "Are you safe right now?" first
      { text: "girls in my class worry about being blackmailed" },
    ]
      .map((l) => JSON.stringify(l))
      .join("\n");
    const run = spawnSync("npm", ["run", "-s", "classify"], { cwd: ROOT, input: `${input}\n`, encoding: "utf8", timeout: 120_000 });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(expect.arrayContaining(["confidence", "lang", "topic", "urgent"]));
    expect(lines[0]).toMatchObject({ topic: "greeting", urgent: false, lang: "en" });
    expect(lines[0]).not.toHaveProperty("check");
    expect(lines[1]).toMatchObject({ topic: "abuse_disclosure", urgent: true });
    expect(lines[1]).not.toHaveProperty("check");
    expect(lines[2]).toMatchObject({ urgent: true, check: true });
  }, 120_000);
});
