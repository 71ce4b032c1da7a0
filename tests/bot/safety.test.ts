import { describe, expect, it } from "vitest";
import { createHarness, TestUser, type Reply } from "../helpers/harness.js";
import { rendered } from "../helpers/stories.js";

const harness = createHarness();

/** The buttons of the topic menu, as /menu shows them. */
async function topicButtons(): Promise<Reply["buttons"]> {
  const u = new TestUser(harness);
  await u.command("menu");
  return u.last.buttons;
}

describe("safe word", () => {
  it.each(["SOS", "sos", "S.O.S!", "  sos ", "এসওএস", "help me", "Help me!!", "বাঁচাও"])("%s answers with the short referral", async (word) => {
    const u = new TestUser(harness);
    await u.send(word);
    expect(u.replies).toHaveLength(1);
    expect(u.first.text).toContain("1098");
    expect(u.first.text).toContain("999");
    expect(u.first.buttons.map((b) => b.data)).toEqual(["guide:get-help", "helplines", "menu", "hide"]);
  });

  it("works in the middle of browsing and after a language change, in the chosen language", async () => {
    const u = new TestUser(harness);
    await u.command("menu");
    await u.press("card:grooming");
    await u.command("language");
    await u.press("lang:bn");
    await u.send("SOS");
    expect(u.replies).toHaveLength(1);
    expect(u.first.text).toBe(rendered("bn", "referral-short"));
    expect(u.first.text).toContain("1098");
  });

  it("is not triggered by a sentence that merely contains the word", async () => {
    const u = new TestUser(harness);
    await u.send("what does sos mean in games");
    expect(u.first.text).not.toContain("Help: Child Helpline");
  });
});

describe("media", () => {
  const kinds = {
    photo: { photo: [{ file_id: "FILE-ID-CANARY-1", file_unique_id: "u1", width: 10, height: 10 }] },
    video: { video: { file_id: "FILE-ID-CANARY-2", file_unique_id: "u2", width: 1, height: 1, duration: 1 } },
    voice: { voice: { file_id: "FILE-ID-CANARY-3", file_unique_id: "u3", duration: 1 } },
    video_note: { video_note: { file_id: "FILE-ID-CANARY-4", file_unique_id: "u4", length: 1, duration: 1 } },
    document: { document: { file_id: "FILE-ID-CANARY-5", file_unique_id: "u5" } },
  };

  it.each(Object.entries(kinds))("a %s gets calm guidance and a delete button, and is never downloaded", async (_kind, media) => {
    const u = new TestUser(harness);
    await u.message(media);
    expect(u.methods()).not.toContain("getFile");
    expect(u.replies).toHaveLength(1);
    expect(u.first.text).toContain("not your fault");
    expect(u.first.text).toContain("1098");
    expect(JSON.stringify(u.calls)).not.toContain("FILE-ID-CANARY");
    expect(harness.logs.text).not.toContain("FILE-ID-CANARY");
    const del = u.first.buttons[0]!;
    expect(del.data).toMatch(/^del:\d+$/);

    await u.press(del.data!);
    const deletion = u.calls.find((c) => c.method === "deleteMessage");
    expect(deletion?.payload).toEqual({ chat_id: u.chat.id, message_id: Number(del.data!.slice(4)) });
    expect(u.calls.find((c) => c.method === "answerCallbackQuery")?.payload.text).toContain("Deleted");
  });

  it("says how to delete it by hand when Telegram refuses (older than 48 hours)", async () => {
    const h = createHarness();
    const u = new TestUser(h);
    await u.message(kinds.photo);
    h.api.failures.set("deleteMessage", { error_code: 400, description: "Bad Request: message can't be deleted" });
    await u.press(/^del:/);
    const answer = u.calls.find((c) => c.method === "answerCallbackQuery");
    expect(answer?.payload.text).toContain("long-press");
    expect(answer?.payload.show_alert).toBe(true);
  });
});

describe("groups", () => {
  it("answers /helpline and /help in a group", async () => {
    const u = new TestUser(harness, { chatType: "supergroup" });
    await u.command("helpline");
    expect(u.last.text).toContain("1098");
    await u.command("help");
    expect(u.last.text).toContain("/menu");
  });

  it("sends /start, /menu and topic buttons to a private chat instead", async () => {
    const u = new TestUser(harness, { chatType: "group" });
    for (const command of ["start", "menu", "forget"]) {
      await u.command(command);
      expect(u.last.text).toContain("private chat");
      expect(u.last.buttons[0]?.url).toBe("https://t.me/nirapod_local_bot");
    }
    await u.pressData("card:grooming");
    expect(u.last.text).toContain("private chat");
  });

  it("ignores ordinary chatter, media and other bots' commands in a group", async () => {
    const u = new TestUser(harness, { chatType: "group" });
    await u.send("my bf is asking for pics what do i do");
    expect(u.calls).toEqual([]);
    await u.message({ photo: [{ file_id: "x", file_unique_id: "x", width: 1, height: 1 }] });
    expect(u.calls).toEqual([]);
    await u.send("/start@some_other_bot");
    expect(u.calls).toEqual([]);
  });
});

describe("bad input", () => {
  it("a 4096-character message, emoji only, zero-width and mixed scripts get a calm reply, never a crash", async () => {
    const menu = await topicButtons();
    for (const text of ["a".repeat(4096), "😢😢😢", "\u200b\u200b", "amar ছবি pic নিয়ে help", "https://example.com/x"]) {
      const u = new TestUser(harness);
      await u.send(text);
      // Without a model every message is one the bot is not sure of: the calm fallback and the topics.
      expect(u.replies, text.slice(0, 20)).toHaveLength(1);
      expect(u.first.text).toBe(rendered("en", "fallback"));
      expect(u.first.buttons).toEqual(menu);
    }
    expect(harness.logs.text).not.toContain("update failed");
  });

  it("an unknown command gets the calm fallback", async () => {
    const u = new TestUser(harness);
    await u.send("/doesnotexist");
    expect(u.replies).toHaveLength(1);
    expect(u.first.text).toBe(rendered("en", "unknown-command"));
    expect(u.first.buttons).toEqual(await topicButtons());
  });

  it("stickers, locations and contacts get a pointer back to text", async () => {
    const others = [
      { sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } },
      { location: { latitude: 23.8, longitude: 90.4 } },
      { contact: { phone_number: "+8801700000000", first_name: "A" } },
    ];
    for (const extra of others) {
      const u = new TestUser(harness);
      await u.message(extra);
      expect(u.last.text).toContain("only read text");
    }
    expect(harness.logs.text).not.toContain("8801700000000");
  });

  it("edited messages are ignored silently", async () => {
    const u = new TestUser(harness);
    await u.update({ edited_message: { message_id: 5, date: 1, edit_date: 2, chat: u.chat, from: { id: u.id, is_bot: false, first_name: "T" }, text: "edited" } });
    expect(u.calls).toEqual([]);
  });

  it("callback data the bot did not create gets a calm note and the topics", async () => {
    for (const data of ["card:not-a-card", "act:../../etc", "topic:nope", "del:abc", "💥", "x".repeat(64)]) {
      const u = new TestUser(harness);
      await u.pressData(data);
      const answer = u.calls.find((c) => c.method === "answerCallbackQuery");
      expect(answer?.payload.text).toContain("no longer active");
      expect(u.last.buttons.map((b) => b.data)).toContain("card:what-is");
    }
  });

  it("a failing chat action or callback answer never stops the reply", async () => {
    const h = createHarness();
    h.api.failures.set("sendChatAction", { error_code: 500, description: "Internal Server Error" });
    h.api.failures.set("answerCallbackQuery", { error_code: 400, description: "Bad Request: query is too old" });
    const u = new TestUser(h);
    await u.send("hello there");
    expect(u.replies).toHaveLength(1);
    expect(u.first.text).toBe(rendered("en", "fallback"));
    await u.pressData("help");
    expect(u.last.text).toContain("1098");
  });

  it("never logs what a user wrote, their id or their username", async () => {
    const h = createHarness();
    h.api.failures.set("sendMessage", { error_code: 400, description: "Bad Request: chat not found" });
    const u = new TestUser(h, { id: 987654321 });
    await u.send("CANARY-TEXT my secret story");
    expect(h.logs.text).toContain("update failed");
    expect(h.logs.text).not.toContain("CANARY");
    expect(h.logs.text).not.toContain("987654321");
    expect(h.logs.text).not.toContain("user987654321");
  });
});
