import { readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { existsSync } from "node:fs";
import type { Poll } from "grammy/types";
import { describe, expect, it } from "vitest";
import { ClassroomSessions } from "../../src/bot/classroom/sessions.js";
import { buttons } from "../../src/core/callback-data.js";
import { scrubUpdate } from "../../src/flows/store.js";
import { createBufferedMetrics } from "../../src/stats/buffered-metrics.js";
import { TestUser } from "../helpers/harness.js";
import { createFlowHarness, stubClassifier, TestClock } from "../helpers/stories.js";
import { tempSqlite } from "../stats/helpers.js";

const CANARY = "CANARY-7d1f my cousin Rahim at Dhaka Model School";
const USER_ID = 987_650_321;

/** Files under `dir` changed since `since`, skipping dependencies and git's own files. */
function changedFiles(dir: string, since: number, depth = 4): string[] {
  if (depth < 0) return [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const name of entries) {
    if (name === "node_modules" || name === ".git") continue;
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory()) found.push(...changedFiles(path, since, depth - 1));
    else if (stat.isFile() && stat.mtimeMs >= since && stat.size < 5_000_000) found.push(path);
  }
  return found;
}

describe("privacy of flow state", () => {
  it("a canary typed mid-quiz, and the chat id, are in no storage, file or log — during the quiz and after it", async () => {
    const started = Date.now() - 1000;
    // The canary is an ordinary (not urgent) message, so the quiz itself handles it: the worst case.
    const h = createFlowHarness({ classifier: stubClassifier(["this is urgent"]) });
    const u = new TestUser(h, { id: USER_ID });
    await u.command("quiz");
    await u.press("quiz:mixed");
    await u.press(/^f:.*:[a-z-]+$/);
    await u.press(/:next$/);
    await u.send(CANARY);
    expect(u.last.text).toContain("Tap one of the answers");

    // While the quiz waits: the store holds it, keyed by a keyed hash, scrubbed.
    expect(h.store.size).toBe(1);
    const during = h.store.dump();
    expect(during).toContain('"text":""'); // the typed message was kept only as "something was typed"
    for (const secret of ["CANARY", "Rahim", String(USER_ID), `user${USER_ID}`, '"Test"']) {
      expect(during, secret).not.toContain(secret);
    }
    expect(h.store.keyFor(USER_ID)).not.toContain(String(USER_ID));

    for (let i = 0; i < 4; i++) {
      await u.press(/^f:.*:[a-z-]+$/);
      await u.press(/:next$/);
    }
    expect(u.last.text).toContain("/5");

    // After the quiz: nothing left at all.
    expect(h.store.size).toBe(0);
    expect(h.store.dump()).toBe("[]");
    const session = h.state.dump();
    expect(session).not.toContain("CANARY");
    expect(session).not.toContain(String(USER_ID));
    expect(h.logs.text).not.toContain("CANARY");
    expect(h.logs.text).not.toContain(String(USER_ID));
    expect([...h.metrics.counts.keys()].join(" ")).not.toContain("CANARY");
    // The bot never echoes what was typed.
    const sent = JSON.stringify(h.api.calls.filter((c) => c.method !== "getMe").map((c) => c.payload.text ?? ""));
    expect(sent).not.toContain("CANARY");
    // No file anywhere the bot could write was touched with it.
    for (const file of [...changedFiles(process.cwd(), started), ...changedFiles(tmpdir(), started, 1)]) {
      let text = "";
      try {
        text = readFileSync(file, "latin1");
      } catch {
        continue; // removed meanwhile by another test: it held nothing of ours
      }
      expect(text.includes("CANARY-7d1f"), file).toBe(false);
    }
  });

  it("/cancel and /forget delete a waiting flow's state at once", async () => {
    const h = createFlowHarness();
    const u = new TestUser(h, { id: USER_ID + 1 });
    await u.command("quiz");
    await u.press("quiz:grooming");
    expect(h.store.size).toBe(1);
    await u.command("cancel");
    expect(h.store.size).toBe(0);

    await u.pressData("guide:get-help");
    expect(h.store.size).toBe(1);
    await u.command("forget");
    expect(h.store.size).toBe(0);
  });

  it("scrubs every kind of update down to what a flow decides on", () => {
    const from = { id: USER_ID, is_bot: false, first_name: "Nadia", username: "nadia_x", language_code: "bn" };
    const chat = { id: USER_ID, type: "private" as const, first_name: "Nadia" };
    const press = scrubUpdate({ update_id: 5, callback_query: { id: "77", from, chat_instance: "ci", data: "f:abcdef:2:yes", message: { message_id: 9, date: 1, chat, text: "question" } } } as never);
    expect(press).toEqual({ update_id: 0, callback_query: { id: "0", chat_instance: "0", from: { id: 0, is_bot: false, first_name: "" }, data: "f:abcdef:2:yes" } });
    const typed = scrubUpdate({ update_id: 6, message: { message_id: 10, date: 1, chat, from, text: "my secret" } } as never);
    expect(JSON.stringify(typed)).not.toMatch(/secret|Nadia|nadia|987650321/);
    expect(typed.message?.text).toBe("");
    expect(scrubUpdate({ update_id: 7, message: { message_id: 11, date: 1, chat, from, text: "/cancel" } } as never).message?.text).toBe("/");
    expect(scrubUpdate({ update_id: 8, edited_message: { message_id: 11, date: 1, chat, from, text: "x" } } as never)).toEqual({ update_id: 0 });
  });
});

describe("privacy of classroom sessions", () => {
  it("no user id, group id, poll id or text in the session state, the database (and its WAL), the log or any file written", async () => {
    const started = Date.now() - 1000;
    const { db, path, cleanup } = tempSqlite();
    try {
      const metrics = createBufferedMetrics(db, { flushIntervalMs: 0 });
      const clock = new TestClock();
      const sessions = new ClassroomSessions({ ttlMs: 2 * 60 * 60_000, now: () => clock.now });
      const tasks: Array<() => Promise<void>> = [];
      const h = createFlowHarness({ clock, metrics, classroom: { sessions, schedule: (_ms, task) => (tasks.push(task), () => undefined) } });
      const groupId = -1_004_567_891_234;
      const adminId = 864_209_753;
      const pupilId = 975_310_864;
      const admin = new TestUser(h, { chatType: "supergroup", groupId, id: adminId });
      const pupil = new TestUser(h, { chatType: "supergroup", groupId, id: pupilId });
      h.api.setMember(groupId, adminId, "administrator");

      await admin.command("session");
      const run = buttons.classTheme.parse(admin.last.buttons[0]!.data!)!.run;
      await admin.pressData(buttons.classTheme.data({ run, theme: "sextortion" }));
      await pupil.send(CANARY); // chatter in the room, mid-session
      expect(pupil.calls).toEqual([]);
      const pollIds: string[] = [];
      for (let round = 0; round < 3; round++) {
        const call = h.api.calls.filter((c) => c.method === "sendPoll").at(-1)!;
        const pollId = (call.result as { poll: Poll }).poll.id;
        pollIds.push(pollId);
        await pupil.update({ poll: h.api.vote(pollId, [2, 1, 1]) });
        // While the poll is open: the state holds counts, never an id or a word the room typed.
        const during = sessions.dump();
        for (const secret of ["CANARY", String(groupId), String(-groupId), String(adminId), String(pupilId), pollId]) expect(during, secret).not.toContain(secret);
        for (const key of sessions.keys()) for (const id of [String(-groupId), pollId]) expect(key).not.toContain(id);
        if (round === 1) await tasks.at(-1)!(); // the time limit closes this one
        else await admin.pressData(buttons.classNext.data({ run, round }));
        await admin.pressData(buttons.classNext.data({ run, round }));
      }
      expect(admin.replies[0]!.text.match(/4 answered, \d+% correct/g)).toHaveLength(3);
      await metrics.flush();
      expect(metrics.status().rejected).toBe(0);

      const files = [path, `${path}-wal`, `${path}-shm`].filter((f) => existsSync(f));
      const haystacks = [...files.map((f) => readFileSync(f)), Buffer.from(h.logs.text), Buffer.from(sessions.dump())];
      const needles = [CANARY, "Rahim", String(groupId), String(-groupId), String(adminId), String(pupilId), `user${adminId}`, ...pollIds];
      for (const needle of needles) {
        for (const hay of haystacks) {
          expect(hay.includes(Buffer.from(needle, "utf8")), needle).toBe(false);
          expect(hay.includes(Buffer.from(needle, "utf16le")), needle).toBe(false);
        }
      }
      // The counts are there, under their fixed names.
      const stored = Buffer.concat(files.map((f) => readFileSync(f)));
      for (const name of ["class.session", "class.poll", ".answered", ".correct", ".picked."]) expect(stored.includes(Buffer.from(name)), name).toBe(true);
      for (const file of [...changedFiles(process.cwd(), started), ...changedFiles(tmpdir(), started, 1)]) {
        let text = "";
        try {
          text = readFileSync(file, "latin1");
        } catch {
          continue;
        }
        for (const needle of ["CANARY-7d1f", String(-groupId), ...pollIds]) expect(text.includes(needle), `${needle} in ${file}`).toBe(false);
      }
      await metrics.close();
    } finally {
      await cleanup();
    }
  });
});
