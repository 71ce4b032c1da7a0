import type { Api } from "grammy";
import type { Chat, Message, User } from "grammy/types";

/**
 * Whether someone may run a classroom session in this group: its creator or an administrator,
 * as getChatMember says at the moment they ask. An admin posting anonymously (as the group)
 * counts too. A failed check is a "no": running a session is never the fallback.
 */
export async function isGroupAdmin(api: Api, chat: Chat, from: User | undefined, message?: Pick<Message, "sender_chat">): Promise<boolean> {
  if (message?.sender_chat?.id === chat.id) return true;
  if (!from) return false;
  try {
    const member = await api.getChatMember(chat.id, from.id);
    return member.status === "creator" || member.status === "administrator";
  } catch {
    return false;
  }
}
