import { Api, type ApiClientOptions } from "grammy";
import QRCode from "qrcode";
import { campaignLink, registerCampaign, validateCampaignCode } from "./campaigns.js";
import type { StatsDb } from "./db.js";

/** Share links for youth workers: the deep link, its QR code, and the campaign's registration. */

export class ShareLinkError extends Error {
  override name = "ShareLinkError";
}

export interface BotIdentity {
  botUsername?: string | undefined;
  botToken?: string | undefined;
  botApiRoot?: string | undefined;
}

/**
 * The bot's username: `BOT_USERNAME` if set, else asked from Telegram with `getMe` (through
 * `BOT_API_ROOT` if set). Throws a {@link ShareLinkError} with a clear message if neither works.
 *
 * @example
 * const username = await resolveBotUsername({ botUsername: config.botUsername, botToken: config.botToken, botApiRoot: config.botApiRoot });
 */
export async function resolveBotUsername(identity: BotIdentity, client: ApiClientOptions = {}): Promise<string> {
  if (identity.botUsername) return identity.botUsername.replace(/^@/, "");
  if (!identity.botToken) {
    throw new ShareLinkError("the bot's username is needed for the link: set BOT_USERNAME (like nirapod_bot), or BOT_TOKEN so it can be asked from Telegram");
  }
  try {
    const api = new Api(identity.botToken, { apiRoot: identity.botApiRoot, ...client });
    const me = await api.getMe();
    if (!me.username) throw new Error("the bot has no username");
    return me.username;
  } catch (error) {
    const message = ((error as Error).message ?? String(error)).replaceAll(identity.botToken, "<token>");
    throw new ShareLinkError(`could not ask Telegram for the bot's username (${message.slice(0, 200)}); set BOT_USERNAME instead`);
  }
}

/**
 * {@link resolveBotUsername}, asked once and remembered for the life of the process (the
 * dashboard serves many pages); a failure is not remembered, so the next call asks again.
 *
 * @example
 * const botUsername = cachedBotUsername({ botUsername: config.botUsername, botToken: config.botToken, botApiRoot: config.botApiRoot });
 * await botUsername(); // "nirapod_bot"
 */
export function cachedBotUsername(identity: BotIdentity, client: ApiClientOptions = {}): () => Promise<string> {
  let known: string | undefined;
  return async () => {
    known ??= await resolveBotUsername(identity, client);
    return known;
  };
}

const qrOptions = { errorCorrectionLevel: "M", margin: 2 } as const;

/** The QR code of `text` as an SVG document (no scripts, no outside references). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...qrOptions, type: "svg" });
}

/** The QR code of `text` as a PNG image, `width` pixels wide. */
export function qrPng(text: string, width = 768): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...qrOptions, type: "png", width });
}

export interface ShareLink {
  code: string;
  link: string;
}

/**
 * Validates the code, registers the campaign in the database (so its starts count as
 * `campaign.<code>`) and returns the link. Throws CampaignCodeError for a bad code.
 *
 * @example
 * const { link } = await createShareLink(db, "school-dhaka-01", "nirapod_bot");
 * // https://t.me/nirapod_bot?start=c_school-dhaka-01
 */
export async function createShareLink(db: StatsDb, code: string, botUsername: string, now: Date = new Date()): Promise<ShareLink> {
  validateCampaignCode(code);
  const link = campaignLink(botUsername, code);
  await registerCampaign(db, code, now);
  return { code, link };
}

/** File names for a campaign's QR images (the code is already restricted to safe characters). */
export const qrFileNames = (code: string) => ({ png: `nirapod-c_${validateCampaignCode(code)}.png`, svg: `nirapod-c_${code}.svg` });
