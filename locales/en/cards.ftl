# Nirapod topic cards (English): title, body and "What can I do?" for every card id
# listed under `cards:` in data/topics.yaml. The facts come from the CWCS booklet
# (shared/seed/panoramic-view-ocse.txt); the cards sextortion, abuse and call-1098 and the
# Take It Down advice are general safety advice from other trusted sources and data/helplines.yaml,
# and say so where it matters. Content authors: read data/safe-messaging.md
# before changing any text. Telegram HTML: only <b> and <i>; write & as &amp;.
# Variables: { $helpline } (1098), { $helplineName }, { $emergency } (999).

## card-what-is

card-what-is-title = 🔎 What is online exploitation?
card-what-is-body =
    <b>Online sexual exploitation</b> is when someone uses the internet to sexually abuse or exploit a child or teen. It is a problem all over the world, and it changes fast.

    Pictures or videos that show a child being sexually abused or exploited are called <b>child sexual abuse material</b>. We don't call it "child pornography", because these materials show abuse and exploitation of a child.

    <b>Online sexual exploitation and abuse are illegal.</b> The blame is on the person who does it — never on the child.
card-what-is-actions =
    <b>What can I do?</b>
    • If something online feels wrong, stop and do not reply.
    • Take a screenshot to keep evidence, but never screenshot or forward a nude picture itself. Show your screenshots to someone you trust.
    • Block and report the account.
    • Talk to a trusted adult — a parent, teacher, counsellor or relative.
    • Call the { $helplineName } on { $helpline }.
    • If you are in danger right now, call { $emergency }.

## card-how-it-happens

card-how-it-happens-title = 🧩 How does it happen?
card-how-it-happens-body =
    Online abuse and exploitation happens when one person, or a group of people, <b>manipulates</b> someone to get them to do something sexual.

    Manipulation means tricking or pressuring you, step by step, into something you would not choose to do.

    It is usually not a one-time thing. It is an <b>ongoing cycle of emotional and psychological abuse</b> — it keeps going and it hurts your feelings and your mind.

    If this has happened to you, <b>it is not your fault</b>. The person who manipulated you is responsible.
card-how-it-happens-actions =
    <b>What can I do?</b>
    • You can say no at any time — even if you said yes before.
    • If you are not comfortable talking to someone, do not reply.
    • Never send pictures of yourself, even if someone keeps asking.
    • Screenshot the chat to keep evidence, but never screenshot or forward a nude picture itself. Show the screenshots to someone you trust.
    • Block and report the account.
    • Talk to a trusted adult — a parent, teacher, counsellor or relative.
    • Call the { $helplineName } on { $helpline }. In danger now? Call { $emergency }.

## card-signs

card-signs-title = 🚩 Warning signs
card-signs-body =
    If someone online makes you feel <b>uncomfortable</b>, <b>scares</b> you or tries to <b>force</b> you to do something, you could be experiencing abuse and exploitation.

    It is abuse and exploitation if the person you are talking with:
    • pushes you to do sexual things that make you uncomfortable
    • sends you unwanted nude photos or flashes you on webcam
    • asks abusive questions about you or makes sexual comments that are not OK
    • shows you pornography or child sexual abuse material
    • pushes you to watch them do abusive and sexual things

    Trust your feelings. <b>It is not your fault.</b>
card-signs-actions =
    <b>What can I do?</b>
    • Stop chatting and do not reply.
    • Screenshot the chat and profile to keep evidence, but never screenshot or forward a nude picture itself. Show the screenshots to someone you trust.
    • Block and report the account.
    • Never send pictures of yourself.
    • Talk to a trusted adult — a parent, teacher, counsellor or relative.
    • Worried about a friend? Help them tell an adult.
    • Call the { $helplineName } on { $helpline }. In danger now? Call { $emergency }.

## card-risks

card-risks-title = ⚠️ Content, contact, conduct
card-risks-body =
    Being online means people can reach you more easily — even people you would never normally talk to. Unprotected social media profiles and online game forums make this easier.

    <b>Content risks:</b> seeing unwanted content, like sexual, pornographic or violent images, or websites that push self-harm or suicide.
    <b>Contact risks:</b> risky chats, like an adult looking for inappropriate contact or asking a child for sexual things.
    <b>Conduct risks:</b> actions that add to the risk, like posting or sharing sexual images, including ones you made yourself.
card-risks-actions =
    <b>What can I do?</b>
    • Use the privacy settings on every social network and game.
    • Do not post your full name, date of birth, address or school.
    • Saw something upsetting? Close it and tell a trusted adult.
    • If someone asks for sexual things, do not reply. Screenshot the chat, but never screenshot or forward a nude picture itself. Block and report.
    • Never send sexual pictures of yourself, and never share anyone else's.
    • Call the { $helplineName } on { $helpline }. If you feel unsafe or have thoughts of hurting yourself, you are not alone — call { $helpline } or { $emergency } now.

## card-vulnerable

card-vulnerable-title = 🤝 Who is most at risk?
card-vulnerable-body =
    Anyone can be targeted online. Some children are more at risk:
    • children who don't yet know how to stay safe on the internet
    • children who haven't had guidance on safe behaviour and on their community's norms
    • children who can't talk easily with their parents
    • children who feel depressed or are struggling with their mental health
    • children in communities that don't yet understand online sexual abuse and exploitation

    Being in one of these groups is never a reason for blame. If someone harms you, <b>it is not your fault</b>.
card-vulnerable-actions =
    <b>What can I do?</b>
    • Learn the basics: use privacy settings and keep personal details private.
    • If talking to your parents is hard, choose another trusted adult — a teacher, counsellor or relative.
    • Feeling low or alone? You deserve support. Call the { $helplineName } on { $helpline }.
    • Look out for your friends: warn them about giving pictures to strangers, and help them tell an adult.
    • In danger now? Call { $emergency }.

## card-story-fake-profile

card-story-fake-profile-title = 📖 Story: a fake profile
card-story-fake-profile-body =
    A girl was abused online — not by a stranger, but by her former boyfriend. He had asked her for pictures with few or no clothes on. A few months after she broke up with him, he made a social media profile with her photos and sent friend requests to her friends, her mother and her sister. "I felt my world crumbling," she said.

    The police told her it was her fault for sending the pictures. That was wrong. She told her story to help other girls.

    She could keep evidence (but never a nude picture itself), report the profile, tell a trusted adult and call a child helpline. <b>It was NOT her fault.</b>
card-story-fake-profile-actions =
    <b>What can I do?</b>
    • If someone shares your pictures or makes a fake profile of you, it is not your fault.
    • Screenshot the profile and messages to keep evidence, but never screenshot or forward a nude picture itself.
    • Report the fake profile, and block the person.
    • Do not reply to them.
    • Tell a trusted adult — a parent, teacher, counsellor or relative. If one adult blames you, tell another.
    • Call the { $helplineName } on { $helpline }. In danger now? Call { $emergency }.

## card-offenders

card-offenders-title = 🕵️ How offenders work online
card-offenders-body =
    Offenders use online forums, e-mail, social networks and other internet tools to reach many children.
    • One offender may have <b>up to 200 "friends" or more</b>, each at a different stage of grooming.
    • They then focus on the children who respond or keep chatting.
    • Some belong to <b>organised criminal groups</b> active in online child abuse.
    • Human traffickers also use the internet to find new victims, including children.

    Privacy rules on social networks keep changing, and it is hard to keep up. If an offender targets you, <b>it is not your fault</b>.
card-offenders-actions =
    <b>What can I do?</b>
    • Check your privacy settings often.
    • Ask yourself: is this online friend really who I think they are?
    • If someone makes you uncomfortable, stop replying. If you already replied, it is still not your fault.
    • Screenshot the chat, but never screenshot or forward a nude picture itself. Then block and report the account.
    • Tell a trusted adult — a parent, teacher, counsellor or relative.
    • Call the { $helplineName } on { $helpline }. In danger now? Call { $emergency }.

## card-grooming

card-grooming-title = 🎣 What is grooming?
card-grooming-body =
    <b>Grooming</b> is how exploiters gain a young person's trust. They learn your interests from your online profile, build a relationship, then persuade you into online sexual activity.

    Common tricks:
    • compliments over and over: "I've never met anyone as beautiful as you" or "I've never loved anyone as much as I love you"
    • lots of attention and affection
    • lots of kindness, gifts, money

    Groomers use social media, messaging apps (including teen dating apps) and online games. Many hide who they are — some pretend to be a child to become your "friend".
card-grooming-actions =
    <b>What can I do?</b>
    • Ask yourself: are you sure your online friend is who you think they are?
    • Too much praise, gifts or money from someone online is a warning sign.
    • Never send pictures of yourself, even if they say they love you.
    • Never meet an online friend in real life without talking to an adult first.
    • Screenshot the chat, but never screenshot or forward a nude picture itself. Then block and report.
    • Tell a trusted adult, and call the { $helplineName } on { $helpline }. In danger now? Call { $emergency }.

## card-self-generated

card-self-generated-title = 📸 Pictures you're asked to make
card-self-generated-body =
    Sometimes children are asked to make pictures or videos of themselves. This is called <b>made-to-order</b> or <b>self-generated</b> material: images and videos made by children and showing children. It can be linked to <b>organised crime</b>.

    Once it is online, control is lost. A 2015 Internet Watch Foundation (IWF) study looked at such images and videos that had been posted online: <b>89.9%</b> of them had been taken from where they were first posted and shared again by other websites.

    And <b>85.9%</b> of content showing children 15 and under was made with a webcam (UNICEF 2017).
card-self-generated-actions =
    <b>What can I do?</b>
    • If anyone asks for a picture or video of you, say no and do not reply.
    • Never send sexual or private pictures or videos of yourself to anyone online.
    • Screenshot the request, but never screenshot or forward a nude picture itself. Then block and report the account.
    • Already sent something? <b>It is not your fault.</b> Tell a trusted adult — a parent, teacher, counsellor or relative — as soon as you can.
    • Call the { $helplineName } on { $helpline }. In danger now? Call { $emergency }.

## card-story-rokeya

card-story-rokeya-title = 📖 Rokeya's story
card-story-rokeya-body =
    Rokeya from Dhaka was 13 and in grade eight. Her parents gave her a smartphone for her good results. She opened Facebook and WhatsApp and made online friends at home and abroad.

    One online friend seemed innocent and loving, and she began to trust him. He convinced her to send some pictures, and they were posted on several websites. Rokeya had to stop going to school and social gatherings to avoid more humiliation.

    That "friend" was part of an <b>organised criminal group</b>. She could keep screenshots (but never of the pictures themselves), tell a trusted adult and call 1098. <b>It was NOT her fault</b> — the criminals are to blame.
card-story-rokeya-actions =
    <b>What can I do?</b>
    • An online friend who seems loving may not be who you think.
    • Never send pictures of yourself, even to someone you trust online.
    • If someone pressures you, do not reply. Screenshot the chat, but never screenshot or forward a nude picture itself. Block and report.
    • If your pictures were shared, it is not your fault. Tell a trusted adult — a parent, teacher, counsellor or relative.
    • Call the { $helplineName } on { $helpline }. In danger now? Call { $emergency }.

## card-sextortion

card-sextortion-title = ⚠️ What is sextortion?
card-sextortion-body =
    <b>Sextortion</b> is when someone threatens to share sexual pictures or videos of you unless you pay them or send more.

    It is a <b>crime</b>, and it is <b>abuse</b>. The person threatening you is the one doing wrong. <b>It is not your fault</b>, even if you sent a picture to someone you trusted.

    In Bangladesh, a 14-year-old girl who was being blackmailed called the child helpline 1098. Her family went to the police, and the man was arrested.

    You will get through this, and you don't have to face it alone.
card-sextortion-actions =
    <b>What can I do?</b>
    • <b>Don't pay</b>, and don't send more pictures or videos.
    • Keep evidence: screenshot the chat and their profile, but never screenshot or forward the nude picture itself.
    • Report the account on the app, then block it.
    • Tell a trusted adult today — a parent, teacher, counsellor or relative.
    • Call the { $helplineName } on { $helpline }. If you feel like hurting yourself, call { $helpline } or { $emergency } now.
    <i>These steps are general safety advice, not from the booklet.</i>

## card-cyberbullying

card-cyberbullying-title = 🚫 Cyberbullying
card-cyberbullying-body =
    Cyberbullying is when a child is <b>threatened, humiliated or harassed</b> using technology: e-mail, phones, messaging apps, websites or online polls. About <b>1 in 4 teens</b> have been victims. Cyberbullying is a <b>crime</b>. Zero tolerance for bullying, online or face to face.

    Signs: being upset during or after going online; pulling away from family, friends and activities; avoiding school; wanting to stop using the phone.

    In Bangladesh, an older man blackmailed a 14-year-old girl who had rejected him. She called <b>1098</b>, her family went to the police, and he was arrested and served six months in prison.
card-cyberbullying-actions =
    <b>What can I do?</b>
    • Do not reply to the bully.
    • Screenshot every message to keep evidence, but never screenshot or forward a nude picture.
    • Block and report the account.
    • Tell a trusted adult — a parent, teacher, counsellor or relative.
    • Call the { $helplineName } on { $helpline }, like the girl in Bangladesh did.
    • If you are threatened and in danger, call { $emergency }.
    • Is a friend being bullied? Stand by them and help them tell an adult.

## card-abuse

card-abuse-title = 🛑 When someone hurts you
card-abuse-body =
    Sometimes a child is hurt by someone they know: a family member, a relative, a tutor, a neighbour, a boyfriend or an employer.

    It is <b>abuse</b> if someone:
    • touches you in a sexual way or forces you to do sexual things
    • beats you or locks you up
    • forces you to get married

    It is abuse even if the person is family, and even if they say it is love or a secret. <b>It is not your fault</b>, and you deserve to be safe.
card-abuse-actions =
    <b>What can I do?</b>
    • Tell a safe adult who is <b>not</b> the person hurting you — a relative, a teacher, a counsellor or a friend's parent.
    • If the first adult doesn't believe you, tell another one.
    • Call the { $helplineName } on { $helpline }. It is free, day and night, and you can call for yourself or for a friend.
    • In danger right now? Call { $emergency }, or go to a safe place or a safe adult near you.
    • You don't have to keep it a secret, even if you promised.

## card-guidelines

card-guidelines-title = ✅ 9 rules to stay safe
card-guidelines-body =
    <b>Guidelines for 13–18 year olds</b>
    1. Stay in control of your information and actions.
    2. Use the privacy settings on social networks.
    3. Don't post your full name, date of birth, address or school.
    4. If you'd be afraid of someone reading it, don't post it.
    5. You can't "unsay" what you say online. Think before you write.
    6. Not comfortable talking to someone? Don't reply.
    7. Screenshot anything that makes you uncomfortable (never a nude picture itself) and show someone you trust.
    8. Don't take anything for granted: is your online friend who you think?
    9. Never meet a "virtual" friend in real life without talking to an adult first.
card-guidelines-actions =
    <b>What can I do?</b>
    • Today: check the privacy settings in each app you use.
    • Remove your full name, date of birth, address and school from your profiles.
    • Keep screenshots of anything that worries you (never a nude picture itself) and show someone you trust.
    • If an online friend wants to meet, talk to an adult first.
    • Tell a trusted adult — a parent, teacher, counsellor or relative — if something feels wrong.
    • Call the { $helplineName } on { $helpline }. In danger now? Call { $emergency }.

## card-cannot-delete

card-cannot-delete-title = 📌 Think before you post
card-cannot-delete-body =
    <b>Red alert: what you post online is very hard to take back!</b>

    You can't "unsay" what you say online. Once a picture, video or message is out, you lose control of it: others can copy it and share it again.

    A 2015 Internet Watch Foundation (IWF) study looked at sexual images and videos of young people that had been posted online: <b>89.9%</b> of them had been taken from where they were first posted and shared again by other websites.

    So think before you post. If you'd be afraid of someone reading or seeing it, don't post it.
card-cannot-delete-actions =
    <b>What can I do?</b>
    • Pause before you post or send anything.
    • Never send private pictures or videos of yourself.
    • Use privacy settings. Don't post your full name, date of birth, address or school.
    • If something of yours was shared without your OK, <b>it is not your fault</b>, and it can often be taken down. Save the link (never screenshot or forward a nude picture), report it and tell a trusted adult.
    • Nude or sexual pictures of you from before you were 18? <b>Take It Down</b> (takeitdown.ncmec.org), from a US child-protection organisation, can help remove them.
    • Call the { $helplineName } on { $helpline }. In danger now? Call { $emergency }.

## card-trusted-adult

card-trusted-adult-title = 🗣️ Tell a trusted adult
card-trusted-adult-body =
    If you get strange messages or someone unknown contacts you, you can talk to a <b>family member, parent, teacher, counsellor</b> or another responsible adult who is kind to children and listens.

    Telling is <b>brave</b>, and it is the right thing to do. Whatever happened, it is not your fault.

    Not sure how to start? Try: <i>"Can I talk to you about something that happened online? I need help."</i>

    If the first adult doesn't help, tell another one. You can also call the { $helplineName } on { $helpline }.
card-trusted-adult-actions =
    <b>What can I do?</b>
    • Choose a calm moment and a person you feel safe with. If someone in your family is hurting you, choose a different adult.
    • Show your screenshots (never a nude picture itself), so you don't have to explain everything.
    • You can share as much or as little as you want.
    • If they don't help, tell another adult — a teacher, counsellor or relative.
    • Call the { $helplineName } on { $helpline }. In danger now? Call { $emergency }.
    • Helping a friend? Encourage them to tell an adult, and offer to go with them.

## card-call-1098

card-call-1098-title = 📞 Calling { $helpline }
card-call-1098-body =
    <b>{ $helplineName }: { $helpline }</b>
    • The call is <b>free</b>, day and night.
    • A trained person answers and listens. You don't need to know what to say: "I need help" is enough.
    • You can call for yourself, or because you are worried about a friend.
    • You can share as much or as little as you want.

    They can help with next steps: keeping you safe, counselling, support from social services, and the police if needed. In Bangladesh, the helpline is run by the Department of Social Services.
card-call-1098-actions =
    <b>What can I do?</b>
    • If you can, find a quiet place where you can talk.
    • Dial { $helpline }. You could start with: <i>"I'm a child and I need help"</i> or <i>"I'm worried about my friend."</i>
    • If you feel scared or the call drops, you can call again.
    • A trusted adult can sit with you while you call.
    • In danger right now? Call { $emergency }.
    • To see every helpline, type /helpline.
