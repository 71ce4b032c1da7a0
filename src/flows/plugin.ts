import { conversations, type ConversationData, type VersionedState } from "@grammyjs/conversations";
import type { Context, MiddlewareFn } from "grammy";
import type { BaseContext, BotContext } from "../bot/context.js";
import type { FlowStore } from "./store.js";

/**
 * Bump when the shape of saved flow state changes in code. Saved state of another version
 * (or of other flow files: their hash is part of the version) is discarded, never replayed.
 */
export const FLOW_STATE_VERSION = 1;

/**
 * The conversations plugin, keeping flow state in a {@link FlowStore}: keyed by a keyed hash,
 * scrubbed of names, ids and typed text, in memory with an idle expiry, and deleted when the
 * flow ends. It only sets up `ctx.conversation`; it never replies.
 */
export function flowState(store: FlowStore, contentVersion: string): MiddlewareFn<BotContext> {
  return conversations<BaseContext, Context>({
    storage: {
      type: "context",
      version: `${FLOW_STATE_VERSION}:${contentVersion}`,
      adapter: {
        read: (ctx) => store.read(ctx.chatId) as VersionedState<ConversationData> | undefined,
        write: (ctx, state) => store.write(ctx.chatId, state),
        delete: (ctx) => store.delete(ctx.chatId),
      },
    },
  });
}
