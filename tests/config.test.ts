import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";
import { loadContent } from "../src/content/content.js";
import { UnknownCountryError } from "../src/content/helplines.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a configuration error");
}

describe("configuration", () => {
  it("needs nothing to run the local chat", () => {
    const config = loadConfig({});
    expect(config.botToken).toBeUndefined();
    expect(config.helplineCountry).toBe("BD");
    expect(config.webhook).toBeUndefined();
  });

  it("names the variable and what it expects, and never echoes a secret", () => {
    const message = errorOf({ BOT_TOKEN: "not-a-token-SECRET" });
    expect(message).toMatch(/^BOT_TOKEN: /);
    expect(message).toContain("@BotFather");
    expect(message).not.toContain("SECRET");
    expect(errorOf({ HELPLINE_COUNTRY: "Bangladesh" })).toMatch(/^HELPLINE_COUNTRY: .*two-letter/);
    expect(errorOf({ BOT_API_ROOT: "localhost" })).toMatch(/^BOT_API_ROOT: /);
    expect(errorOf({ WEBHOOK_URL: "http://example.org/hook", BOT_TOKEN: TOKEN })).toMatch(/^WEBHOOK_URL: .*https/);
    expect(errorOf({ WEBHOOK_URL: "https://example.org/hook", BOT_TOKEN: TOKEN })).toMatch(/^WEBHOOK_SECRET: is required/);
    expect(errorOf({ WEBHOOK_PORT: "eighty" })).toMatch(/^WEBHOOK_PORT: /);
  });

  it("requires a webhook secret of the kind Telegram accepts", () => {
    expect(errorOf({ WEBHOOK_URL: "https://example.org/hook", BOT_TOKEN: TOKEN, WEBHOOK_SECRET: "short" })).toMatch(/^WEBHOOK_SECRET: /);
    const config = loadConfig({ WEBHOOK_URL: "https://example.org/hook", BOT_TOKEN: TOKEN, WEBHOOK_SECRET: "a".repeat(32) });
    expect(config.webhook).toMatchObject({ url: "https://example.org/hook", host: "127.0.0.1", port: 8081 });
  });

  it("RATE_LIMIT_PER_MINUTE stays above what a frightened teen types in a minute", () => {
    expect(loadConfig({}).rateLimitPerMinute).toBe(30);
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: "45" }).rateLimitPerMinute).toBe(45);
    expect(errorOf({ RATE_LIMIT_PER_MINUTE: "20" })).toBe("RATE_LIMIT_PER_MINUTE: must be more than 20: a frightened teen can send 20 messages in a minute");
    expect(errorOf({ RATE_LIMIT_PER_MINUTE: "lots" })).toMatch(/^RATE_LIMIT_PER_MINUTE: expected a whole number/);
    expect(errorOf({ RATE_LIMIT_PER_MINUTE: "30.5" })).toMatch(/^RATE_LIMIT_PER_MINUTE: expected a whole number/);
  });

  it("an unknown HELPLINE_COUNTRY stops with the countries that exist", () => {
    const config = loadConfig({ HELPLINE_COUNTRY: "zz" });
    expect(() => loadContent(config.helplineCountry)).toThrow(UnknownCountryError);
    expect(() => loadContent(config.helplineCountry)).toThrow(/HELPLINE_COUNTRY: .*"ZZ".*BD/);
  });
});
