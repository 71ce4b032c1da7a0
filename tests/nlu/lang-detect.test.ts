import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadFormDetector } from "../../src/nlu/lang-detect.js";
import { banglishCanonical, banglishSkeleton, collapseDoubles } from "../../src/nlu/banglish.js";
import { normalizeText, normalizeForClassifier } from "../../src/nlu/normalize.js";

const detector = loadFormDetector(fileURLToPath(new URL("../../intents", import.meta.url)));

describe("form detection", () => {
  it.each([
    ["ami ki korbo", "bn-Latn"],
    ["amar chobi post kore dibe bolche", "bn-Latn"],
    ["se amake pic chaitese", "bn-Latn"],
    ["tumi ki korte paro", "bn-Latn"],
    ["amar bf amar pic chay ki korbo bhai", "bn-Latn"],
    ["ei bot ta ki kore", "bn-Latn"],
  ])("Banglish: %s", (text, form) => {
    expect(detector.detect(text)).toBe(form);
  });

  it.each([
    ["what can you do", "en"],
    ["my online friend wants pics of me", "en"],
    ["is it safe to meet someone from instagram", "en"],
    ["hi", "en"],
    ["he says he will post my photos", "en"],
  ])("English: %s", (text, form) => {
    expect(detector.detect(text)).toBe(form);
  });

  it.each([
    ["আমি কী করব", "bn"],
    ["হ্যালো", "bn"],
    ["সে আমার ছবি চাইছে", "bn"],
    ["ফেসবুকে pic চাইছে", "bn"],
  ])("Bengali script: %s", (text, form) => {
    expect(detector.detect(text)).toBe(form);
  });

  it("mixed script with mostly Banglish words is bn-Latn, mostly English is en", () => {
    expect(detector.detect("amar chobi ta se post kore dise ছবি")).toBe("bn-Latn");
    expect(detector.detect("my teacher said this is called ছবি in bangla and i want to learn more")).toBe("en");
  });

  it("empty or symbol-only text defaults to en", () => {
    expect(detector.detect("")).toBe("en");
    expect(detector.detect("!!! ???")).toBe("en");
    expect(detector.detect("😭😭")).toBe("en");
  });
});

describe("normalisation", () => {
  it("NFKC, zero-width characters, homoglyphs, repeats, case", () => {
    expect(normalizeText("ｈｅｌｌｏ")).toBe("hello");
    expect(normalizeText("he\u200Bllo\u200D")).toBe("hello");
    expect(normalizeText("рlеаsе hеlр")).toBe("please help"); // Cyrillic р е а
    expect(normalizeText("pleaseeeeee")).toBe("pleasee");
    expect(normalizeText("HELLO   There")).toBe("hello there");
  });

  it("classifier normalisation turns URLs into a placeholder and drops emoji", () => {
    expect(normalizeForClassifier("see https://example.com/x?y=1 now 😀")).toBe("see xurlx now");
    expect(normalizeForClassifier("s3nd n00dz")).toBe("send noodz");
    expect(normalizeForClassifier("mail me@x.org or call: 017 ❤️👋🏽")).toBe("mail xurlx or call: 017 thanks hi");
    expect(normalizeForClassifier("plain words only")).toBe("plain words only");
  });

  it("Banglish spellings meet", () => {
    expect(collapseDoubles("acche")).toBe("ache");
    expect(collapseDoubles("abc")).toBe("abc");
    expect(collapseDoubles("😀😀x\n\n")).toBe("😀x\n\n");
    expect(banglishCanonical("chhobi")).toBe(banglishCanonical("chobi"));
    expect(banglishCanonical("bolche")).toBe(banglishCanonical("bolse"));
    expect(banglishSkeleton("bhalo")).toBe(banglishSkeleton("valo"));
    expect(banglishSkeleton("korbo")).toBe(banglishSkeleton("karbo"));
  });
});
