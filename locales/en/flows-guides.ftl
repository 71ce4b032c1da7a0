# Nirapod — the guided flows: each step's text and its buttons (English).
# What the flows do (answers, which is best, where a button leads) is in flows/guides/<id>.yaml; the
# message ids follow from the ids there (see flows/README.md). Before editing, read data/safe-messaging.md.
# Only <b> and <i>; write & as &amp;. Variables: { $helpline } { $helplineName } { $emergency }.

## flows/guides/get-help.yaml

guide-get-help-title = Get help now
guide-get-help-step-safe-now =
    🆘 <b>Let's get you help, step by step.</b>
    You don't have to tell me any details, and it is not your fault.

    First: <b>are you safe right now?</b>
guide-get-help-step-safe-now-safe = ✅ Yes, I'm safe right now
guide-get-help-step-safe-now-not-safe = 🚨 No, I'm in danger
guide-get-help-step-safe-now-not-sure = 🤔 I'm not sure
guide-get-help-step-emergency =
    🚨 <b>If you are in danger right now, call { $emergency }.</b> It is free.
    Then call <b>{ $helplineName }</b> on <b>{ $helpline }</b>, free, day and night.

    If you can, go to a safe place or to an adult near you: a parent, a relative or a teacher.
    You are not alone.
guide-get-help-step-emergency-next = ➡️ What else can I do?
guide-get-help-step-emergency-tell = 🗣 Help me tell an adult
guide-get-help-step-situation =
    <b>What is happening?</b> Pick the closest one.
    You don't have to tell me more than that.
guide-get-help-step-situation-threat = ⚠️ Someone threatens to share my pictures
guide-get-help-step-situation-shared = 🖼 My pictures or a fake profile are online
guide-get-help-step-situation-hurt-me = 🏠 Someone hurts me at home / in person
guide-get-help-step-situation-self-harm = 💔 I feel like hurting myself
guide-get-help-step-situation-evidence = 📸 How do I keep evidence?
guide-get-help-step-situation-block = 🚫 Block and report someone
guide-get-help-step-situation-police = 👮 Going to the police
guide-get-help-step-situation-other = 💬 Something else
guide-get-help-step-sextortion =
    <b>If someone is threatening you:</b>
    1. <b>Don't pay.</b>
    2. <b>Don't send more</b> pictures or videos.
    3. <b>Keep evidence:</b> screenshot the chat, their profile and username, but never screenshot or forward the nude picture itself.
    4. <b>Report, then block</b> them on the app.
    5. <b>Tell a trusted adult</b> today, or call { $helpline }.
    <i>(General safety advice, not from the booklet.)</i>

    It is <b>not your fault</b>. The person threatening you is the one doing wrong. You will get through this. If you feel like hurting yourself, call { $helpline } or { $emergency } now.
guide-get-help-step-sextortion-online = 🖼 My pictures are already online
guide-get-help-step-sextortion-evidence = 📸 How to keep evidence
guide-get-help-step-sextortion-tell = 🗣 Next: telling an adult
guide-get-help-step-removal =
    <b>Getting pictures taken down</b>
    • <b>Report</b> the post or fake profile on the app or website where it is.
    • <b>Take It Down</b> (takeitdown.ncmec.org), from a US child-protection organisation, helps remove nude or sexual pictures of you taken before you were 18. You never send the picture: a digital fingerprint is made on your own phone.
    • Save the link, and screenshot the profile and messages, but never screenshot or forward the nude picture itself.

    It is not your fault, even if you sent it to someone you trusted.
guide-get-help-step-removal-evidence = 📸 Keeping evidence
guide-get-help-step-removal-tell = 🗣 Next: telling an adult
guide-get-help-step-evidence =
    <b>Keeping evidence</b>
    • Take screenshots of the messages, the profile and the username.
    • Save the links to posts or profiles.
    • Don't delete the chat before you have screenshots.
    • Don't screenshot or forward nude pictures: never the nude picture itself, not even as evidence. Write down where it is instead.
    • Show the screenshots to a trusted adult, so you don't have to explain everything.
guide-get-help-step-evidence-block = 🚫 Block and report
guide-get-help-step-evidence-tell = 🗣 Next: telling an adult
guide-get-help-step-block-report =
    <b>Block and report</b>
    1. First take screenshots: they are your evidence. But never screenshot or forward the nude picture itself.
    2. Open their profile or the message, tap <b>Report</b>, and pick the reason closest to what happened.
    3. Then <b>Block</b> them, so they can't contact you.
    4. Check your privacy settings: who can message you and see your posts.

    If they come back with a new account, do the same again, and tell a trusted adult.
guide-get-help-step-block-report-police = 👮 Going to the police
guide-get-help-step-block-report-tell = 🗣 Next: telling an adult
guide-get-help-step-police =
    <b>Going to the police</b>
    • Go with a trusted adult: a parent, a relative or a teacher.
    • Take your screenshots and links with you (never a nude picture itself).
    • { $helplineName } ({ $helpline }) can advise you and your family on what to do.

    In Bangladesh, a 14-year-old girl who was being blackmailed called 1098. Her family was advised to go to the police, filed a complaint at the local police station, and the man was arrested.

    If anyone, even police, says it's your fault, they are wrong.
    In danger right now? Call { $emergency }.
guide-get-help-step-police-tell = 🗣 Next: telling an adult
guide-get-help-step-other =
    Whatever is happening, these steps help:
    • Tell an adult you trust and feel safe with. If one adult doesn't help, tell another.
    • Call <b>{ $helplineName }</b> on <b>{ $helpline }</b>: free, day and night, for anything that is hurting or scaring you.
    • In danger right now? Call { $emergency }.

    It is not your fault. After this, you can also type what is happening in your own words, and I'll help.
guide-get-help-step-other-tell = 🗣 Next: telling an adult
guide-get-help-step-other-done = ✅ Okay, that's enough for now
guide-get-help-step-self-harm =
    💛 <b>I'm really glad you told me.</b> You matter, and you don't have to carry this alone.

    <b>Please call { $emergency } now</b> if you might hurt yourself soon. If you have already hurt yourself or taken something, call { $emergency } or go to a hospital now.

    You can also call <b>{ $helplineName }</b> on <b>{ $helpline }</b>: free, day and night. Someone will listen.

    Right now, tell someone near you: a parent, a relative, a teacher or a friend. Stay close to them.
guide-get-help-step-self-harm-tell = 🗣 Next: telling an adult
guide-get-help-step-abuse =
    💛 <b>I believe you. It is not your fault</b>, even if the person is in your family.

    Tell a safe adult who is <b>not</b> that person: a relative, a teacher, a counsellor.

    Or call <b>{ $helplineName }</b> on <b>{ $helpline }</b>, free, day and night. A trained person listens; you don't need the right words. They can help with next steps, like keeping you safe, counselling or support from social services.

    <b>In danger right now? Call { $emergency }.</b>
guide-get-help-step-abuse-tell = 🗣 Help me tell a safe adult

## flows/guides/tell-adult.yaml

guide-tell-adult-title = Telling a trusted adult
guide-tell-adult-button = 🗣 Help me tell someone
guide-tell-adult-step-who =
    🗣 <b>Telling a trusted adult</b> is brave, and it is the best next step. It is not your fault.
    If the person hurting you is in your family, choose a different adult you feel safe with.

    <b>Who would you like to tell?</b>
guide-tell-adult-step-who-parent = 👪 A parent
guide-tell-adult-step-who-teacher = 🏫 A teacher
guide-tell-adult-step-who-counsellor = 💬 A school counsellor
guide-tell-adult-step-who-relative = 🧓 A relative
guide-tell-adult-step-who-sibling = 🧑 An older brother or sister
guide-tell-adult-step-who-unsure = 🤷 I don't know who
guide-tell-adult-step-who-helpline = 📞 What happens if I call { $helpline }?
guide-tell-adult-step-script-parent =
    <b>Talking to your mother or father</b>
    Pick a calm moment when you can be alone with them. You could say:
    <i>"Ammu, can I tell you something that happened? I'm scared and I need your help. Please listen first."</i>

    You don't have to explain everything at once. Share as much or as little as you want.
guide-tell-adult-step-script-parent-done = ✅ Okay, I'll try
guide-tell-adult-step-script-parent-practise = 🎭 Practise first
guide-tell-adult-step-script-parent-other = 🔁 Someone else
guide-tell-adult-step-script-teacher =
    <b>Talking to a teacher</b>
    Ask to speak after class, or give them a short note. You could say:
    <i>"Sir (or Madam), something is happening that worries me. Can I talk to you after class?"</i>

    A teacher can listen and help you find the next step. You don't have to explain everything at once.
guide-tell-adult-step-script-teacher-done = ✅ Okay, I'll try
guide-tell-adult-step-script-teacher-practise = 🎭 Practise first
guide-tell-adult-step-script-teacher-other = 🔁 Someone else
guide-tell-adult-step-script-counsellor =
    <b>Talking to a school counsellor</b>
    Counsellors are there to listen. You could say:
    <i>"I need to talk about something that happened. I don't know what to do."</i>

    You don't have to have the right words. Starting is enough; they will help with the rest.
guide-tell-adult-step-script-counsellor-done = ✅ Okay, I'll try
guide-tell-adult-step-script-counsellor-practise = 🎭 Practise first
guide-tell-adult-step-script-counsellor-other = 🔁 Someone else
guide-tell-adult-step-script-relative =
    <b>Talking to a relative</b>
    An aunt, uncle, grandparent or cousin you trust can help, and can help you tell your parents too. You could say:
    <i>"Khala, I need your help with something that happened. Can we talk alone for a minute?"</i>

    Share as much or as little as you want.
guide-tell-adult-step-script-relative-done = ✅ Okay, I'll try
guide-tell-adult-step-script-relative-practise = 🎭 Practise first
guide-tell-adult-step-script-relative-other = 🔁 Someone else
guide-tell-adult-step-script-sibling =
    <b>Talking to an older brother or sister</b>
    They can stand by you, and help you tell a parent or another adult. You could say:
    <i>"Bhaiya (or Apu), something happened and I'm scared. Will you help me tell Ammu or Abbu?"</i>

    Telling someone together can feel easier.
guide-tell-adult-step-script-sibling-done = ✅ Okay, I'll try
guide-tell-adult-step-script-sibling-practise = 🎭 Practise first
guide-tell-adult-step-script-sibling-other = 🔁 Someone else
guide-tell-adult-step-script-any =
    <b>Starting the conversation</b>
    Choose an adult who listens and is kind to you, and a calm moment. You could say:
    <i>"Can I talk to you about something that happened? I need help."</i>

    You don't have to explain everything at once.
guide-tell-adult-step-script-any-done = ✅ Okay, I'll try
guide-tell-adult-step-script-any-practise = 🎭 Practise first
guide-tell-adult-step-script-any-other = 🔁 Choose who
guide-tell-adult-step-no-one-yet =
    It's okay not to know yet. Think of an adult who listens and is kind to you: a teacher, a school counsellor, a relative.

    Or call <b>{ $helplineName }</b> on <b>{ $helpline }</b>. It is free, day and night, and they can help you find the words.
guide-tell-adult-step-no-one-yet-choose = 🔁 Choose someone
guide-tell-adult-step-no-one-yet-helpline = 📞 What happens if I call?
guide-tell-adult-step-no-one-yet-done = ✅ Okay
guide-tell-adult-step-call-helpline =
    📞 <b>Calling { $helplineName } on { $helpline }</b>
    • It is free, day and night.
    • A trained person answers and listens. You don't need to know what to say: "I need help" is enough.
    • You can call for yourself, or for a friend.
    • They can help with next steps, like keeping you safe, counselling, support from social services, and the police if needed.

    If an adult in your family is hurting you, you can still call. In danger right now? Call { $emergency }.
guide-tell-adult-step-call-helpline-choose = 🔁 Choose an adult to tell
guide-tell-adult-step-call-helpline-done = ✅ Okay
guide-tell-adult-step-practise-worried =
    🎭 <b>Let's practise.</b> I'll play the adult; you pick what to say next. Nothing here is sent to anyone.

    The adult looks worried: <i>"What happened? Are you okay?"</i>

    <b>What would you say?</b>
guide-tell-adult-step-practise-worried-say-what = "Someone online is scaring me. I need help."
guide-tell-adult-step-practise-worried-ask-listen = "Please just listen first, then I'll explain."
guide-tell-adult-step-practise-worried-no-words = "I don't know how to say it…"
guide-tell-adult-step-coach-worried =
    👍 Good. A worried adult wants to help: say what happened in your own words, a little at a time. "I don't know how to say it" is a fine start too.

    <b>Next: what if the adult is angry?</b>
guide-tell-adult-step-coach-worried-next = ➡️ Practise that
guide-tell-adult-step-coach-worried-done = ✅ I'm ready
guide-tell-adult-step-practise-angry =
    🎭 This time the adult is angry: <i>"Why did you send it? What were you thinking?"</i>

    <b>What would you say?</b>
guide-tell-adult-step-practise-angry-tricked = "I was tricked. I need your help now."
guide-tell-adult-step-practise-angry-need-help = "I know you're upset. Please help me make it stop."
guide-tell-adult-step-practise-angry-calm-down = "Can we talk when you're calmer? I'm scared."
guide-tell-adult-step-coach-angry =
    💛 An angry first reaction usually comes from fear for you, and it often softens after a while. Stay as calm as you can and say you need help. Whatever they say first, it is not your fault.

    <b>Next: what if the adult says it's nothing?</b>
guide-tell-adult-step-coach-angry-next = ➡️ Practise that
guide-tell-adult-step-coach-angry-done = ✅ I'm ready
guide-tell-adult-step-practise-dismissive =
    🎭 Now the adult shrugs: <i>"It's nothing. Just ignore it."</i>

    <b>What would you say?</b>
guide-tell-adult-step-practise-dismissive-it-matters = "It matters to me. I'm really scared."
guide-tell-adult-step-practise-dismissive-say-again = "He won't stop, and he's threatening me. I need help."
guide-tell-adult-step-practise-dismissive-someone-else = I'd tell someone else instead
guide-tell-adult-step-coach-dismissive =
    👍 Say it again, clearly: that it scares you and you need help. If that adult still doesn't help, tell another one: you deserve to be heard.

    And <b>{ $helplineName }</b> on <b>{ $helpline }</b> will always listen. It is free, day and night.
guide-tell-adult-step-coach-dismissive-choose = 🔁 Choose who to tell
guide-tell-adult-step-coach-dismissive-done = ✅ I'm ready
guide-tell-adult-step-done =
    💛 <b>You did something brave by looking for help.</b>
    If the first adult doesn't help, tell another one. It is never your fault.

    { $helplineName }: { $helpline } (free). In danger right now: { $emergency }.
    I keep nothing from this once it ends. /forget shows how to clear this chat from your phone too.
