import type { Context } from "grammy";

/** What the rest of the bot needs to know about a command, besides its handler. */
export interface CommandSpec {
  /**
   * Listed in Telegram's command menu (setMyCommands), described by `cmd-<name>` in locales/:
   * `true` in private chats (and in groups with `groups`), `"groups"` in the groups' menu only.
   */
  menu: boolean | "groups";
  /** Answered in groups: it says nothing about anyone's situation. Elsewhere in a group: "message me privately". */
  groups: boolean;
  /** Takes the user somewhere else: a quiz or guided flow waiting in the chat ends first. */
  leavesFlow: boolean;
}

/**
 * Every command the bot answers, once. The handlers are grammY's `composer.command(name)` in
 * the features; this list feeds the command menu (src/telegram/commands.ts), the group guard and
 * the flow guard, and the tests check that each command here gets a real answer.
 * The order is the order of the menu.
 */
export const COMMANDS = {
  start: { menu: true, groups: false, leavesFlow: true },
  help: { menu: true, groups: true, leavesFlow: false },
  menu: { menu: true, groups: false, leavesFlow: true },
  quiz: { menu: true, groups: false, leavesFlow: true },
  // The "Is this grooming?" self-check: about the teen's own chat, so never in a group.
  check: { menu: true, groups: false, leavesFlow: true },
  helpline: { menu: true, groups: true, leavesFlow: false },
  language: { menu: true, groups: true, leavesFlow: false },
  privacy: { menu: true, groups: true, leavesFlow: false },
  // /forget ends the flow itself too (its state is deleted with the rest); leaving first is the same.
  forget: { menu: true, groups: false, leavesFlow: true },
  // /hide ends the flow itself too, like /forget.
  hide: { menu: true, groups: false, leavesFlow: true },
  // /cancel ends the flow itself, and says whether there was one: it must find it still there.
  cancel: { menu: true, groups: false, leavesFlow: false },
  // For the operator's staff (ADMIN_IDS) only; for anyone else it is an unknown command.
  stats: { menu: false, groups: false, leavesFlow: false },
  // A youth worker's classroom session: a group's admins run it there; in a private chat it says how.
  session: { menu: "groups", groups: true, leavesFlow: false },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

const NAMES = Object.keys(COMMANDS) as CommandName[];

/** The commands of the command menu in private chats, in its order. */
export const MENU_COMMANDS: readonly CommandName[] = NAMES.filter((name) => COMMANDS[name].menu === true);

/** The commands of the groups' command menu: those of the menu that work there, and the groups' own. */
export const GROUP_MENU_COMMANDS: readonly CommandName[] = NAMES.filter((name) => {
  const spec: CommandSpec = COMMANDS[name];
  return spec.menu === "groups" || (spec.menu === true && spec.groups);
});

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

/** A message that starts with a command. */
export interface CommandMessage {
  /** As typed, without "/" and "@bot" (`/Menu@nirapod_bot x` → "Menu"). */
  name: string;
  /** Its entry in {@link COMMANDS}, when it is one of ours. */
  spec: CommandSpec | undefined;
  /** Who it is addressed to: "anyone" without "@bot", else "us" (this bot's username) or "other". */
  to: "anyone" | "us" | "other";
  /** What follows the command, trimmed ("" for a command on its own). */
  rest: string;
}

/**
 * The command a text message starts with, read from its `bot_command` entity the way grammY's
 * `command()` reads it (a command at offset 0, "@username" compared without case, the name
 * with case), so the guards and the handlers always agree on what a command is.
 */
export function commandOf(ctx: Context): CommandMessage | undefined {
  const message = ctx.message;
  const text = message?.text;
  const entity = message?.entities?.find((e) => e.type === "bot_command" && e.offset === 0);
  if (text === undefined || entity === undefined) return undefined;
  const command = text.slice(1, entity.length);
  const at = command.indexOf("@");
  const name = at === -1 ? command : command.slice(0, at);
  const target = at === -1 ? undefined : command.slice(at + 1);
  return {
    name,
    spec: isCommandName(name) ? COMMANDS[name] : undefined,
    to: target === undefined ? "anyone" : target.toLowerCase() === ctx.me.username.toLowerCase() ? "us" : "other",
    rest: text.slice(entity.length).trim(),
  };
}
