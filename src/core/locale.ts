/** The languages the bot speaks (one folder each under locales/). */
export type Locale = "en" | "bn";
export const LOCALES: readonly Locale[] = ["en", "bn"];
