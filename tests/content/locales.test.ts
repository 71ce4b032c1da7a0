import { readdirSync, readFileSync } from "node:fs";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { contentPaths, loadContent } from "../../src/content/content.js";
import { MESSAGE_VARIABLES } from "../../src/content/locales.js";
import { TOPIC_IDS } from "../../src/core/topics.js";

const content = loadContent("BD");
const vars = { helpline: "1098", helplineName: "Child Helpline", emergency: "999" };

function bundleFor(lang: string) {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const dir = `${contentPaths.locales}/${lang}`;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    const errors = bundle.addResource(new FluentResource(readFileSync(`${dir}/${file}`, "utf8")));
    expect(errors, `${lang}/${file}`).toEqual([]);
  }
  return bundle;
}

/** Every language of locales/, English first. */
const languages = content.locales;
const bundles = Object.fromEntries(languages.map((lang) => [lang, bundleFor(lang)])) as Record<string, FluentBundle>;
const keysOf = (b: FluentBundle | undefined) => [...(b as unknown as { _messages: Map<string, unknown> })._messages.keys()].sort();

function format(lang: string, key: string): string {
  const message = bundles[lang]!.getMessage(key);
  if (!message?.value) throw new Error(`${lang}: missing ${key}`);
  const errors: Error[] = [];
  // Every variable the bot passes to some message (MESSAGE_VARIABLES), beside the country's numbers.
  const passed = Object.fromEntries(Object.values(MESSAGE_VARIABLES).flat().map((v) => [v, v.toUpperCase()]));
  const text = bundles[lang]!.formatPattern(message.value, { ...passed, ...vars, name: "N", contact: "C", for: "F", hours: "H", support: "S", supportName: "SN" }, errors);
  expect(errors, `${lang}: ${key}`).toEqual([]);
  return text;
}

describe("locale files", () => {
  it("are English and Bengali, found as the folders of locales/", () => {
    expect(languages).toEqual(["en", "bn"]);
  });

  it("every language has exactly English's keys", () => {
    for (const lang of languages) expect(keysOf(bundles[lang]), lang).toEqual(keysOf(bundles.en));
  });

  it("every message formats, fits Telegram's 4096 limit, and uses only <b> and <i>", () => {
    for (const lang of languages) {
      for (const key of keysOf(bundles[lang])) {
        const text = format(lang, key);
        expect(text.length, `${lang}: ${key}`).toBeLessThanOrEqual(4096);
        const tags = text.match(/<\/?[a-z]+>/g) ?? [];
        expect(tags.every((t) => /^<\/?(b|i)>$/.test(t)), `${lang}: ${key} tags ${tags.join(" ")}`).toBe(true);
        expect(text.replace(/<\/?(b|i)>/g, ""), `${lang}: ${key} has a bare < or >`).not.toMatch(/[<>]/);
      }
    }
  });

  it("every card has a short title and a body and actions a teen will read (under 700 characters)", () => {
    for (const lang of languages) {
      for (const id of content.catalogue.cards) {
        expect(format(lang, `card-${id}-title`).length).toBeLessThanOrEqual(32);
        for (const part of ["body", "actions"]) expect(format(lang, `card-${id}-${part}`).length, `${lang} ${id} ${part}`).toBeLessThan(700);
      }
    }
  });

  it("every topic of the NLU contract has a reply and a suggestion label in both languages", () => {
    for (const lang of languages) {
      for (const topic of TOPIC_IDS) {
        expect(format(lang, `topic-${topic}`).length).toBeLessThan(700);
        expect(format(lang, `suggest-${topic}`).length).toBeLessThanOrEqual(40);
      }
    }
  });

  it("the referral names the emergency number and the helpline, and never blames", () => {
    for (const lang of languages) {
      for (const key of ["referral", "referral-short"]) {
        const text = format(lang, key);
        expect(text).toContain("1098");
        expect(text).toContain("999");
      }
    }
    expect(format("en", "referral")).toMatch(/not your fault/i);
  });

  it("no text asks for pictures or promises secrecy", () => {
    for (const key of keysOf(bundles.en)) {
      const text = format("en", key).toLowerCase();
      expect(text, key).not.toMatch(/send (me )?(a |your )?(photo|picture|pic|screenshot)s? (to me|here)/);
      expect(text, key).not.toMatch(/i (won't|will not|promise not to) tell/);
      // The old term may only appear in quotes, where a card explains why it is not used.
      expect(text.replace(/"child pornography"/g, ""), key).not.toContain("child pornography");
    }
  });
});
