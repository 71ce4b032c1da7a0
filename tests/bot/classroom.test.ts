import type { Poll } from "grammy/types";
import { describe, expect, it } from "vitest";
import { ClassroomSessions } from "../../src/bot/classroom/sessions.js";
import type { Schedule } from "../../src/bot/classroom/runner.js";
import { buttons } from "../../src/core/callback-data.js";
import { classMessages, classPool, POLL_LIMITS } from "../../src/flows/classroom.js";
import { scenarioMessages } from "../../src/flows/messages.js";
import type { ApiCall } from "../../src/local/fake-bot-api.js";
import { TestUser } from "../helpers/harness.js";
import { createFlowHarness, rendered, TestClock, type FlowHarness } from "../helpers/stories.js";

const TWO_HOURS = 2 * 60 * 60_000;
const BOT_LINK = "https://t.me/nirapod_local_bot";

/** A poll's time limit that fires only when the test says so. */
class ManualSchedule {
  readonly tasks: Array<{ ms: number; task: () => Promise<void>; cancelled: boolean; fired: boolean }> = [];
  readonly schedule: Schedule = (ms, task) => {
    const entry = { ms, task, cancelled: false, fired: false };
    this.tasks.push(entry);
    return () => {
      entry.cancelled = true;
    };
  };
  get pending() {
    return this.tasks.filter((t) => !t.cancelled && !t.fired);
  }
  async fire(): Promise<void> {
    for (const t of this.pending) {
      t.fired = true;
      await t.task();
    }
  }
}

let nextGroup = -1_001_234_500;

interface Room {
  h: FlowHarness;
  sessions: ClassroomSessions;
  schedule: ManualSchedule;
  clock: TestClock;
  groupId: number;
  admin: TestUser;
  pupil: TestUser;
}

function room(options: { lang?: "en" | "bn"; seed?: number; chatType?: "group" | "supergroup" } = {}): Room {
  const clock = new TestClock();
  const sessions = new ClassroomSessions({ ttlMs: TWO_HOURS, now: () => clock.now });
  const schedule = new ManualSchedule();
  const h = createFlowHarness({ seed: options.seed ?? 7, clock, classroom: { sessions, schedule: schedule.schedule } });
  const groupId = nextGroup--;
  const chatType = options.chatType ?? "supergroup";
  const admin = new TestUser(h, { chatType, groupId, languageCode: options.lang ?? "en" });
  const pupil = new TestUser(h, { chatType, groupId, languageCode: options.lang ?? "en" });
  h.api.setMember(groupId, admin.id, "administrator");
  return { h, sessions, schedule, clock, groupId, admin, pupil };
}

const polls = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendPoll");
const lastPoll = (r: Room) => polls(r.h.api.calls).at(-1)!;
const pollId = (call: ApiCall) => (call.result as { poll: Poll }).poll.id;
const toasts = (u: TestUser) => u.calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload.text ?? ""));
/** The scenario a poll asks, found by its question. */
function scenarioOf(r: Room, call: ApiCall, lang: "en" | "bn"): string {
  const id = [...r.h.flows.scenarios.keys()].find((s) => String(call.payload.question).startsWith(rendered(lang, scenarioMessages(s).situation)));
  if (!id) throw new Error("poll of no known scenario");
  return id;
}

/** The admin opens a session and picks a theme; returns the run id of its buttons. */
async function start(r: Room, theme = "grooming"): Promise<string> {
  await r.admin.command("session");
  const run = buttons.classTheme.parse(r.admin.last.buttons[0]!.data!)!.run;
  await r.admin.pressData(buttons.classTheme.data({ run, theme }), r.admin.last.messageId);
  return run;
}

describe("a classroom session, start to end (en)", () => {
  it("polls, totals, Next, stopPoll, takeaway and discussion, summary with % correct, helplines and the private link", async () => {
    const r = room();
    const { admin, pupil, h } = r;

    await admin.command("session");
    expect(admin.last.text).toBe(rendered("en", "class-pick", { questions: "5" }));
    const themeButtons = admin.last.buttons.filter((b) => b.data?.startsWith("cls:t:"));
    expect(themeButtons.map((b) => b.text)).toEqual(h.flows.classroom.themes.map((t) => rendered("en", `class-theme-${t.id}`)));
    expect(admin.last.buttons.map((b) => b.text)).toEqual(expect.arrayContaining(["English", "বাংলা"]));
    const run = buttons.classTheme.parse(themeButtons[0]!.data!)!.run;

    await admin.pressData(buttons.classTheme.data({ run, theme: "grooming" }), admin.last.messageId);
    expect(admin.methods()).toEqual(["getChatMember", "answerCallbackQuery", "editMessageText", "sendPoll"]);
    expect(admin.replies[0]!.text).toContain("5");
    const pool = classPool(h.flows, "grooming");

    for (let round = 0; round < 5; round++) {
      const call = lastPoll(r);
      const p = call.payload;
      const id = scenarioOf(r, call, "en");
      expect(pool).toContain(id);
      expect(p.type).toBe("quiz");
      expect(p.is_anonymous).toBe(true);
      const options = (p.options as Array<{ text: string }>).map((o) => o.text);
      const scenario = h.flows.scenarios.get(id)!;
      const best = scenario.answers.find((a) => a.correct)!.id;
      expect(p.correct_option_id).toBe(options.indexOf(rendered("en", scenarioMessages(id).answer(best))));
      expect(p.correct_option_ids).toEqual([p.correct_option_id]);
      expect(options).toHaveLength(scenario.answers.length);
      expect(p.explanation).toBe(rendered("en", classMessages(id).explanation));
      expect(String(p.explanation).length).toBeLessThanOrEqual(POLL_LIMITS.explanation);
      expect(String(p.question).length).toBeLessThanOrEqual(POLL_LIMITS.question);
      for (const o of options) expect(o.length).toBeLessThanOrEqual(POLL_LIMITS.option);
      expect(JSON.stringify(p.reply_markup)).toContain(buttons.classNext.data({ run, round }));

      // The room answers: 3 the best answer, 1 another. Telegram sends the anonymous totals.
      const correct = Number(p.correct_option_id);
      const votes = options.map((_, i) => (i === correct ? 3 : i === (correct + 1) % options.length ? 1 : 0));
      await pupil.update({ poll: h.api.vote(pollId(call), votes) });
      expect(pupil.calls).toEqual([]);

      // A pupil presses Next: a short answer, nothing else.
      await pupil.pressData(buttons.classNext.data({ run, round }));
      expect(pupil.methods()).toEqual(["getChatMember", "answerCallbackQuery"]);
      expect(toasts(pupil)).toEqual([rendered("en", "class-admins-only-short")]);

      // The admin presses Next: the poll closes, the takeaway and a question to discuss.
      await admin.pressData(buttons.classNext.data({ run, round }));
      expect(admin.methods()).toEqual(["getChatMember", "answerCallbackQuery", "stopPoll", "sendMessage"]);
      const takeaway = admin.last.text;
      expect(takeaway).toContain(rendered("en", scenarioMessages(id).answer(best)));
      expect(takeaway).toContain(rendered("en", scenarioMessages(id).feedback(best)));
      expect(takeaway).toContain(rendered("en", classMessages(id).discuss));
      expect(admin.last.buttons[0]!.text).toBe(rendered("en", round < 4 ? "btn-class-next-question" : "btn-class-results"));

      // Next again: the next poll, or the summary.
      await admin.press(admin.last.buttons[0]!.data!);
    }

    // The results, then the helplines with the private link (and a button that opens it).
    const [summary, help] = admin.replies.slice(-2);
    expect(summary!.text).toContain(rendered("en", "class-summary-title"));
    expect(summary!.text.match(/4 answered, 75% correct/g)).toHaveLength(5);
    expect(help!.text).toContain(rendered("en", "helpline-title"));
    expect(help!.text).toContain("1098");
    expect(help!.text).toContain(BOT_LINK);
    expect(help!.buttons).toEqual([{ text: rendered("en", "btn-open-private"), url: BOT_LINK, data: undefined }]);
    expect(r.sessions.get(r.groupId)).toBeUndefined();
    expect(polls(h.api.calls)).toHaveLength(5);
    expect(h.api.calls.filter((c) => c.method === "stopPoll")).toHaveLength(5);

    // The counts: one session, five polls, and per question the polls' own totals.
    const m = h.metrics;
    expect(m.get("class.session")).toBe(1);
    expect(m.get("class.poll")).toBe(5);
    const asked = polls(h.api.calls).map((c) => scenarioOf(r, c, "en"));
    for (const id of asked) {
      expect(m.get(`q.${id}.answered`)).toBe(4);
      expect(m.get(`q.${id}.correct`)).toBe(3);
      const best = h.flows.scenarios.get(id)!.answers.find((a) => a.correct)!.id;
      expect(m.get(`q.${id}.picked.${best}`)).toBe(3);
      const picked = h.flows.scenarios.get(id)!.answers.map((a) => m.get(`q.${id}.picked.${a.id}`));
      expect(picked.reduce((a, b) => a + b, 0)).toBe(4);
    }
  });

  it("the time limit closes the poll without Next, and the takeaway follows", async () => {
    const r = room();
    await start(r, "privacy");
    expect(r.schedule.pending).toHaveLength(1);
    expect(r.schedule.pending[0]!.ms).toBe(180_000);
    const call = lastPoll(r);
    await r.pupil.update({ poll: r.h.api.vote(pollId(call), [1, 1, 1]) });
    const mark = r.h.api.calls.length;
    await r.schedule.fire();
    expect(r.h.api.since(mark).map((c) => c.method)).toEqual(["stopPoll", "sendMessage"]);
    expect(String(r.h.api.since(mark)[1]!.payload.text)).toContain(rendered("en", classMessages(scenarioOf(r, call, "en")).discuss));
    expect(r.h.metrics.get(`q.${scenarioOf(r, call, "en")}.answered`)).toBe(3);
    // A late Next for the closed poll does nothing more.
    const run = r.sessions.get(r.groupId)!.run;
    await r.admin.pressData(buttons.classNext.data({ run, round: 0 }));
    expect(r.admin.methods()).not.toContain("stopPoll");
  });

  it("Next closes the poll once: the timer is cancelled", async () => {
    const r = room();
    const run = await start(r);
    await r.admin.pressData(buttons.classNext.data({ run, round: 0 }));
    expect(r.schedule.pending).toHaveLength(0);
    await r.schedule.fire();
    expect(r.h.api.calls.filter((c) => c.method === "stopPoll")).toHaveLength(1);
  });
});

describe("a classroom session in Bengali", () => {
  it("an admin runs a 5-question session in বাংলা: polls, takeaways and the summary with % correct are in Bengali", async () => {
    const r = room({ lang: "en" });
    const { admin, pupil, h } = r;
    await admin.command("session");
    const run = buttons.classTheme.parse(admin.last.buttons[0]!.data!)!.run;
    // The admin's app is in English; the session is switched to Bengali in the picker.
    await admin.pressData(buttons.classLang.data({ run, lang: "bn" }), admin.last.messageId);
    expect(admin.last.method).toBe("editMessageText");
    expect(admin.last.text).toBe(rendered("bn", "class-pick", { questions: "5" }));
    expect(admin.last.buttons[0]!.text).toBe(rendered("bn", "class-theme-grooming"));
    await admin.pressData(buttons.classTheme.data({ run, theme: "pictures" }), admin.last.messageId);
    for (let round = 0; round < 5; round++) {
      const call = lastPoll(r);
      const id = scenarioOf(r, call, "bn");
      expect(call.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: rendered("bn", "btn-class-next"), callback_data: buttons.classNext.data({ run, round }) }]] });
      expect(call.payload.explanation).toBe(rendered("bn", classMessages(id).explanation));
      const n = (call.payload.options as unknown[]).length;
      const votes = Array.from({ length: n }, (_, i) => (i === Number(call.payload.correct_option_id) ? 1 : 1));
      await pupil.update({ poll: h.api.vote(pollId(call), votes) });
      await admin.pressData(buttons.classNext.data({ run, round }));
      expect(admin.last.text).toContain(rendered("bn", classMessages(id).discuss));
      expect(admin.last.text).toContain("সবচেয়ে ভালো উত্তর:");
      await admin.pressData(buttons.classNext.data({ run, round }));
    }
    const [summary, help] = admin.replies.slice(-2).map((reply) => reply.text);
    expect(summary).toContain(rendered("bn", "class-summary-title"));
    expect(summary!.match(/— \d জন উত্তর দিয়েছে, (33|25)% ঠিক/g)).toHaveLength(5);
    expect(summary).not.toMatch(/[০-৯]/);
    expect(help).toContain(rendered("bn", "helpline-title"));
    expect(help).toContain(BOT_LINK);
    expect(h.metrics.get("class.poll")).toBe(5);
  });

  it("takes the language from the admin's Telegram app", async () => {
    const r = room({ lang: "bn" });
    await r.admin.command("session");
    expect(r.admin.last.text).toBe(rendered("bn", "class-pick", { questions: "5" }));
  });
});

describe("who may run a session, and where", () => {
  it("a pupil cannot start one: a short answer, no picker, no session", async () => {
    const r = room();
    await r.pupil.command("session");
    expect(r.pupil.replies).toHaveLength(1);
    expect(r.pupil.last.text).toBe(rendered("en", "class-admins-only"));
    expect(r.sessions.get(r.groupId)).toBeUndefined();
  });

  it("the group's creator can, and an admin posting as the group can", async () => {
    const r = room();
    r.h.api.setMember(r.groupId, r.pupil.id, "creator");
    await r.pupil.command("session");
    expect(r.pupil.last.text).toBe(rendered("en", "class-pick", { questions: "5" }));
    const r2 = room();
    await r2.pupil.message({ text: "/session", entities: [{ type: "bot_command", offset: 0, length: 8 }], sender_chat: { id: r2.groupId, type: "supergroup", title: "Class 9B" } });
    expect(r2.pupil.last.text).toBe(rendered("en", "class-pick", { questions: "5" }));
  });

  it("a pupil's press on the picker changes nothing", async () => {
    const r = room();
    await r.admin.command("session");
    const run = buttons.classTheme.parse(r.admin.last.buttons[0]!.data!)!.run;
    await r.pupil.pressData(buttons.classTheme.data({ run, theme: "grooming" }));
    expect(r.pupil.methods()).toEqual(["getChatMember", "answerCallbackQuery"]);
    await r.pupil.pressData(buttons.classStop.data({ run }));
    expect(r.pupil.methods()).toEqual(["getChatMember", "answerCallbackQuery"]);
    expect(r.sessions.get(r.groupId)?.phase).toBe("setup");
  });

  it("/session in a private chat explains how to run one in a group", async () => {
    const h = createFlowHarness();
    const u = new TestUser(h);
    await u.command("session");
    expect(u.replies).toHaveLength(1);
    expect(u.last.text).toBe(rendered("en", "class-private", { questions: "5" }));
    expect(u.methods()).not.toContain("sendPoll");
    const bn = new TestUser(h, { languageCode: "bn" });
    await bn.command("session");
    expect(bn.last.text).toBe(rendered("bn", "class-private", { questions: "5" }));
  });
});

describe("sessions that do not run to the end", () => {
  it("/session twice: the second says one is running and offers to stop it", async () => {
    const r = room();
    const run = await start(r);
    await r.admin.command("session");
    expect(r.admin.last.text).toBe(rendered("en", "class-running"));
    expect(r.admin.last.buttons.map((b) => b.data)).toEqual([buttons.classStop.data({ run })]);
    expect(r.admin.methods()).not.toContain("sendPoll");
    // Stopping from that button: the open poll is closed and counted, then the summary.
    const call = lastPoll(r);
    await r.pupil.update({ poll: r.h.api.vote(pollId(call), [2, 0, 0]) });
    await r.admin.press(buttons.classStop.data({ run }));
    expect(r.admin.methods()).toEqual(["getChatMember", "answerCallbackQuery", "stopPoll", "sendMessage", "sendMessage"]);
    expect(r.admin.first.text).toContain(rendered("en", "class-summary-title"));
    expect(r.admin.first.text).toContain("2 answered");
    expect(r.sessions.get(r.groupId)).toBeUndefined();
  });

  it("/session stop with a poll open: stopPoll, the summary, the session gone; the timer does nothing after", async () => {
    const r = room();
    const run = await start(r);
    const call = lastPoll(r);
    await r.pupil.update({ poll: r.h.api.vote(pollId(call), [1, 1, 0]) });
    await r.admin.command("session", "stop");
    expect(r.admin.methods()).toEqual(["getChatMember", "stopPoll", "sendMessage", "sendMessage"]);
    expect(r.admin.first.text).toContain("2 answered");
    expect(r.admin.last.text).toContain(BOT_LINK);
    expect(r.h.metrics.get("class.session")).toBe(1);
    expect(r.h.metrics.get(`q.${scenarioOf(r, call, "en")}.answered`)).toBe(2);
    const mark = r.h.api.calls.length;
    await r.schedule.fire();
    await r.admin.pressData(buttons.classNext.data({ run, round: 0 }));
    expect(r.h.api.since(mark).map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(toasts(r.admin)).toEqual([rendered("en", "class-ended-short")]);
    await r.admin.command("session", "stop");
    expect(r.admin.last.text).toBe(rendered("en", "class-no-session"));
  });

  it("/session stop before a theme is chosen: stopped, no summary", async () => {
    const r = room();
    await r.admin.command("session");
    await r.admin.command("session", "stop");
    expect(r.admin.last.text).toBe(rendered("en", "class-stopped"));
    expect(r.sessions.get(r.groupId)).toBeUndefined();
  });

  it("a pupil's /session stop stops nothing", async () => {
    const r = room();
    await start(r);
    await r.pupil.command("session", "stop");
    expect(r.pupil.last.text).toBe(rendered("en", "class-admins-only"));
    expect(r.pupil.methods()).not.toContain("stopPoll");
    expect(r.sessions.get(r.groupId)?.phase).toBe("poll");
  });

  it("abandoned half-way: after 2 hours it is gone, and later presses and poll updates do nothing harmful", async () => {
    const r = room();
    const run = await start(r);
    await r.admin.pressData(buttons.classNext.data({ run, round: 0 })); // close round 1
    await r.admin.pressData(buttons.classNext.data({ run, round: 0 })); // round 2's poll
    const call = lastPoll(r);
    r.clock.advance(TWO_HOURS + 1);
    r.sessions.sweep();
    expect(r.sessions.keys()).toEqual([]);
    const mark = r.h.api.calls.length;
    await r.pupil.update({ poll: r.h.api.vote(pollId(call), [1, 0, 0]) });
    await r.admin.pressData(buttons.classNext.data({ run, round: 1 }));
    await r.schedule.fire();
    expect(r.h.api.since(mark).map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(r.h.logs.text).not.toContain('"level":50');
    // A new session can start.
    await r.admin.command("session");
    expect(r.admin.last.text).toBe(rendered("en", "class-pick", { questions: "5" }));
  });

  it("a group upgraded to a supergroup mid-session: the session ends and the supergroup is told how to restart", async () => {
    const r = room({ chatType: "group" });
    const run = await start(r);
    const newId = r.groupId - 1_000_000_000_000;
    await r.admin.message({ migrate_to_chat_id: newId });
    expect(r.admin.methods()).toEqual(["sendMessage"]);
    expect(r.admin.calls[0]!.payload.chat_id).toBe(newId);
    expect(r.admin.last.text).toBe(rendered("en", "class-migrated"));
    expect(r.sessions.get(r.groupId)).toBeUndefined();
    await r.schedule.fire();
    await r.admin.pressData(buttons.classNext.data({ run, round: 0 }));
    expect(r.admin.methods()).toEqual(["answerCallbackQuery"]);
  });

  it("the bot removed from the group mid-session: the session ends, nothing is sent, nothing crashes", async () => {
    for (const status of ["left", "kicked"] as const) {
      const r = room();
      await start(r);
      const bot = { id: 1000000001, is_bot: true, first_name: "Nirapod" };
      await r.admin.update({
        my_chat_member: {
          chat: r.admin.chat,
          from: { id: r.admin.id, is_bot: false, first_name: "Test" },
          date: 1,
          old_chat_member: { status: "member", user: bot },
          new_chat_member: status === "kicked" ? { status, user: bot, until_date: 0 } : { status, user: bot },
        },
      });
      expect(r.admin.calls).toEqual([]);
      expect(r.sessions.get(r.groupId)).toBeUndefined();
      const mark = r.h.api.calls.length;
      await r.schedule.fire();
      expect(r.h.api.since(mark)).toEqual([]);
      expect(r.h.logs.text).not.toContain('"level":50');
    }
  });

  it("a teen blocking the bot in a private chat (my_chat_member) is not activity: nothing counted, nothing sent", async () => {
    const h = createFlowHarness();
    const u = new TestUser(h);
    const bot = { id: 1000000001, is_bot: true, first_name: "Nirapod" };
    await u.update({ my_chat_member: { chat: u.chat, from: { id: u.id, is_bot: false, first_name: "Test" }, date: 1, old_chat_member: { status: "member", user: bot }, new_chat_member: { status: "kicked", user: bot, until_date: 0 } } });
    expect(u.calls).toEqual([]);
    expect(h.metrics.users.size).toBe(0);
    expect(h.logs.text).not.toContain('"level":50');
  });

  it("sendPoll refused with 403 (the bot was removed): the session ends quietly", async () => {
    const r = room();
    r.h.api.failures.set("sendPoll", { error_code: 403, description: "Forbidden: bot was kicked from the supergroup chat" });
    await start(r);
    expect(r.admin.methods()).toEqual(["getChatMember", "answerCallbackQuery", "editMessageText", "sendPoll"]);
    expect(r.sessions.get(r.groupId)).toBeUndefined();
    expect(r.h.metrics.get("class.poll")).toBe(0);
    expect(r.h.logs.text).not.toContain('"level":50');
  });

  it("sendPoll refused otherwise (polls not allowed): the session ends and the room is told why", async () => {
    const r = room();
    r.h.api.failures.set("sendPoll", { error_code: 400, description: "Bad Request: polls are not allowed in this chat" });
    await start(r);
    expect(r.admin.last.text).toBe(rendered("en", "class-poll-failed"));
    expect(r.sessions.get(r.groupId)).toBeUndefined();
  });
});

describe("what the bot reads in a group during a session", () => {
  it("poll updates for polls the bot did not send are ignored", async () => {
    const r = room();
    const run = await start(r);
    const session = r.sessions.get(r.groupId)!;
    const foreign = { ...r.h.api.vote(pollId(lastPoll(r)), [0, 0, 0])!, id: "5999999999999999999", total_voter_count: 40, options: [{ text: "a", voter_count: 40 }, { text: "b", voter_count: 0 }, { text: "c", voter_count: 0 }] };
    await r.pupil.update({ poll: foreign });
    expect(r.pupil.calls).toEqual([]);
    expect(session.rounds[0]!.total).toBe(0);
    await r.admin.pressData(buttons.classNext.data({ run, round: 0 }));
    expect(r.h.metrics.counts.size).toBe(2); // class.session, class.poll: nothing answered
  });

  it("group chatter during a session is not answered, and other commands stay as they were", async () => {
    const r = room();
    await start(r);
    for (const text of ["this is so cringe lol", "my uncle keeps messaging me", "ami ki korbo"]) {
      await r.pupil.send(text);
      expect(r.pupil.calls, text).toEqual([]);
    }
    await r.pupil.command("quiz");
    expect(r.pupil.last.text).toContain("private chat");
    expect(r.sessions.get(r.groupId)?.phase).toBe("poll");
  });

  it("never asks for poll_answer updates (who voted): only message, callback_query, poll and my_chat_member", async () => {
    const { ALLOWED_UPDATES } = await import("../../src/telegram/run-telegram.js");
    expect([...ALLOWED_UPDATES]).toEqual(["message", "callback_query", "poll", "my_chat_member"]);
  });
});
