import type { Api } from "grammy";
import type { LanguageCode } from "grammy/types";
import type { Logger } from "pino";
import { DEFAULT_LOCALE } from "../core/locale.js";
import { describeError } from "../core/describe-error.js";
import { GROUP_MENU_COMMANDS, MENU_COMMANDS, type CommandName } from "../bot/command-registry.js";
import { createI18n } from "../bot/i18n.js";
import type { Content } from "../content/content.js";

/**
/**
 * Registers the command menu (`menu: true` in src/bot/command-registry.ts) in every language of
 * locales/: English as the default, the others for clients in that language (Telegram takes a
 * two-letter language code, so `pt-BR` is registered as `pt`); every menu command for private
 * chats, and in groups only those that work there and the groups' own (/session). A Bot API server may refuse this (emulators,
 * restricted servers); the bot works without a menu, so a failure is only a warning.
 */
export async function registerCommands(api: Api, content: Content, logger: Logger): Promise<void> {
  const i18n = createI18n(content.localesDir, content.helplines);
  for (const locale of content.locales) {
    const menu = (names: readonly CommandName[]) => names.map((command) => ({ command, description: i18n.t(locale, `cmd-${command}`) }));
    const language = locale === DEFAULT_LOCALE ? {} : { language_code: locale.split("-")[0] as LanguageCode };
    try {
      await api.setMyCommands(menu(MENU_COMMANDS), language);
      await api.setMyCommands(menu(GROUP_MENU_COMMANDS), { ...language, scope: { type: "all_group_chats" } });
    } catch (error) {
      logger.warn({ locale, error: describeError(error) }, "could not register the command menu; the bot works without it");
    }
  }
}
