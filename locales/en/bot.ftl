# Nirapod — the bot's own words: welcome, commands, buttons and small replies (English).
# Before editing, read data/safe-messaging.md. Only <b> and <i> tags; write & as &amp;.
# Variables available everywhere: { $helpline } { $helplineName } { $emergency }

## Welcome and help

welcome =
    👋 <b>Hi, I'm Nirapod</b> (নিরাপদ means "safe").

    I help with staying safe online: grooming, people asking for pictures, threats and blackmail, bullying, and your privacy. And if someone hurts you in person, I can tell you who can help.

    🔒 I don't keep your messages, your name or your account. You can ask me anything.

    • Type what is happening in your own words
    • Or tap <b>Topics</b> to learn
    • Type <b>SOS</b> any time to see who can help right now

    If you are in danger now, call { $emergency }. { $helplineName }: { $helpline } (free).

help =
    <b>What I can do</b>
    • Answer questions about staying safe online — just type them
    • /menu — topics to read
    • /check — is this grooming? go through the warning signs
    • /helpline — who to call, and how to get images removed
    • /language — English or বাংলা
    • /privacy — what I keep (almost nothing)
    • /forget — erase everything I hold for this chat
    • <b>SOS</b> — help right now, at any moment

    It is never your fault if someone online made you feel unsafe. A trusted adult and { $helplineName } ({ $helpline }) can help.

## Buttons

btn-topics = 📚 Topics
btn-hide = 🧹 Hide this chat
btn-get-help = 🆘 Get help
btn-what-can-i-do = ✅ What can I do?
btn-back-topics = ⬅️ Back to topics
btn-back-card = ⬅️ Back
btn-helplines = 📞 All helplines
btn-language = 🌐 বাংলা / English
btn-delete-media = 🗑 Delete my message
btn-open-private = 💬 Message me privately

## Topics menu

menu-title =
    📚 <b>Topics</b>
    Tap one to read. Based on a child-protection booklet from Bangladesh; some safety advice is from other trusted sources.

## Helplines

helpline-title = 📞 <b>Who can help</b>
helpline-entry =
    <b>{ $name }</b> — { $contact }
    { $for } ({ $hours })
helpline-international-title = 🌍 <b>Removing images of you (under 18)</b>
helpline-footer = A parent, teacher, counsellor or another adult you trust can call with you.

## Language

# This language's name in itself: its button in /language.
language-name = English
language-choose = Choose your language / ভাষা বেছে নিন:
language-set = ✅ I'll reply in English now.

## Privacy

privacy =
    🔒 <b>Your privacy</b>
    • I don't save your messages, your name, your username or your account number.
    • I never download pictures or files you send.
    • I only count things anonymously (like "10 questions about bullying today") so the people who run me know what helps.
    • Your language choice is kept in memory for a short while, under a code that can't be traced back to you. /forget erases it.
    • If a message sounds like danger, I remember what kind of danger it was (never your words) for 5 minutes, so a story told in pieces makes sense. /forget erases that too.

    I can't promise what happens outside this chat, and anyone who can see your phone can read it. See /forget to clear it.

hide-done =
    Done. I deleted the messages of this chat from the last 48 hours that Telegram lets me delete. A bot cannot delete older messages, or notifications the phone already showed.
    To clear the rest: on <b>Android</b>, open this chat, tap ⋮ and then <b>Clear history</b> (or <b>Delete chat</b>). On <b>iPhone</b>, swipe left on this chat in the list of chats and tap <b>Delete</b>.
forget-done =
    🧹 Done. I've erased everything I held for this chat (your language choice, anything unfinished, and what I noted about danger in your last messages).

    To remove the messages from your phone too: open this chat's menu (⋮ or the bot's name) → <b>Clear history</b> or <b>Delete chat</b>.

## Media

media-guidance =
    🙏 I never open or keep pictures, videos or files, so I haven't seen this one. You never need to send me any.

    If it is a screenshot of a threat or of something that worries you, you can type what is happening in your own words instead. Keep your screenshots to show a trusted adult, but never screenshot or forward a nude picture itself.

    If someone is threatening you or asking for pictures, it is <b>not your fault</b>. A trusted adult and { $helplineName } ({ $helpline }) can help.

    You can delete your message with the button below.
media-deleted = 🗑 Deleted.
media-delete-failed = I couldn't delete it. You can: long-press the message → Delete.

## Groups

group-private-only =
    For your privacy I only talk about personal situations in a private chat. Tap below to message me privately.

    If someone is in danger now, call { $emergency }. { $helplineName }: { $helpline }.

## Small replies

not-text = I can only read text messages. Type what is happening, or tap a button below.
stale-button = This button is no longer active. Here are the topics again.
unknown-command = I don't know that command. Here is what I can help with — or just type what is happening.
fallback =
    I'm not sure I understood. You can type it another way, or pick a topic below.

    If you feel unsafe right now, type <b>SOS</b>.

## Command menu (shown by Telegram)

cmd-start = Start and see what I can do
cmd-help = How I can help
cmd-menu = Topics to read
cmd-quiz = Practise with a short quiz
cmd-check = Is this grooming? Check the signs
cmd-helpline = Who to call for help
cmd-language = Change language
cmd-privacy = What I keep (almost nothing)
cmd-forget = Erase what I hold for this chat
cmd-hide = Delete this chat's messages of the last 48 hours
cmd-cancel = Stop the quiz or guide you are in

## Not sure what was meant

did-you-mean = I want to make sure I understand. Did you mean one of these?
suggest-greeting = 👋 Just saying hi
suggest-help_menu = 🧭 What can you do?
suggest-what_is_exploitation = ❓ What is online sexual abuse?
suggest-grooming = 🎣 Someone is too nice / grooming
suggest-image_request = 📷 Someone wants my pictures
suggest-sextortion = ⚠️ Someone is threatening me
suggest-image_shared = 🖼 My pictures were shared
suggest-unwanted_sexual_content = 🚫 Someone sends me sexual things
suggest-cyberbullying = 😞 I'm being bullied online
suggest-meeting_request = 📍 Someone wants to meet me
suggest-fake_identity = 🎭 Is this person who they say?
suggest-privacy_safety = 🔒 Privacy and staying safe
suggest-tell_trusted_adult = 🗣 How to tell an adult
suggest-report_help = 📞 Where to report, who to call
suggest-self_blame = 💛 I feel it's my fault
suggest-friend_concern = 🤝 I'm worried about a friend
suggest-abuse_disclosure = 🛑 Someone hurts me in person
suggest-self_harm = 💛 I feel like hurting myself
suggest-quiz = 🎯 A quiz
suggest-vulnerability = 🧒 Who is most at risk?
suggest-thanks_bye = 👋 Thanks, bye
suggest-out_of_scope = 💬 Something else

## Too many messages at once (the rate limit; urgent messages and SOS are always answered)

slow-down =
    💛 I'm here, and I'm reading everything you send. Take a breath — in a minute I can answer again.

    If you are in danger right now, write <b>SOS</b> and I'll answer at once, or call { $emergency }. { $helplineName }: { $helpline } (free).
