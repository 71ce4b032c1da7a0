### Replies to free-text messages, one per topic id of data/topics.yaml.
### For an urgent message they come AFTER the referral (locales/en/referrals.ftl).
### Telegram HTML: only <b> and <i>; write & as &amp;. Numbers in Latin digits.
### Variables: $helpline, $helplineName, $emergency (from data/helplines.yaml).
### Style guide: data/safe-messaging.md. Keep every message under 700 characters.

## Topic replies

topic-greeting =
    Hi, I'm really glad you're here. 👋
    I can help you stay safe online, and help you know what to do when something online feels wrong or scary.
    You can type what is happening in your own words, or tap /menu.

topic-help_menu =
    Here is what I can do for you:
    • answer your questions about staying safe online
    • explain grooming, sextortion and cyberbullying in plain words
    • help you find help: /helpline
    • let you practise with short quizzes: /quiz
    Type SOS any time for quick help. Tap /menu to see all topics.

topic-what_is_exploitation =
    Online sexual exploitation and abuse is when someone manipulates you online to get you to do something sexual. It often goes on and on, as emotional and psychological abuse.
    <b>It is illegal.</b> Pictures or videos of children being sexually abused are called <i>child sexual abuse material</i>.
    If someone makes you feel uncomfortable or scared, or tries to force you to do something, that can be abuse, and it is never your fault.
    Tell a trusted adult, or call { $helpline } for free. Tap below to learn more.

topic-grooming =
    Grooming is how some people win a young person's trust online, so they can later push them into sexual things.
    Groomers often:
    • learn about your interests from your profile
    • compliment you again and again ("I've never met anyone as beautiful as you")
    • give lots of attention, kindness, gifts or money
    If this sounds like your chat, <b>it is not your fault</b>. Stop replying, keep screenshots of the chat (never a nude picture itself), and tell a trusted adult or call { $helpline } for free. Tap below to learn more.

topic-image_request =
    Please don't send it. You can always say <b>no</b>, even to someone you like or trust.
    Anyone who asks a teen for nude or sexual pictures or videos, or to undress on camera, is doing something wrong, not you.
    Once a picture is online, you can lose control of it: in an Internet Watch Foundation study of such pictures and videos found online, 89.9% had been copied and spread on other websites.
    If you feel uncomfortable, stop replying and tell a trusted adult, or call { $helpline } for free. Tap below to learn more.

# The steps (don't pay, keep evidence without the nude picture, report, block) are general
# safety advice, not from the booklet.
topic-sextortion =
    What is happening is not okay, and <b>it is not your fault</b>. The person threatening you is the one doing wrong.
    • Do not pay, and do not send more pictures.
    • Keep evidence: screenshot the chat and their profile, but never screenshot or forward the nude picture itself.
    • Report the profile on the app, then block them.
    • Tell a trusted adult today. You can also call { $helpline } for free.
    <b>You will get through this.</b> If you feel like hurting yourself, call { $helpline } or { $emergency } now.

# Take It Down and the screenshot steps are general safety advice (data/helplines.yaml), not from the booklet.
topic-image_shared =
    I'm so sorry this happened. <b>It is not your fault</b>, even if you sent the picture to someone you trusted.
    • Save the link and screenshot the profile and messages, but never screenshot or forward a nude picture itself.
    • Report the post or fake profile to the app or website.
    • Tell a trusted adult, and call { $helpline } for free help.
    There is hope of getting it removed: Take It Down is a free service that helps remove nude pictures of under-18s. Type /helpline to find it.

topic-unwanted_sexual_content =
    If someone sends you nude pictures, flashes you on webcam, shows you porn or asks you sexual questions, that is <b>abuse</b>. You did nothing wrong.
    • Don't reply.
    • Screenshot the chat and their profile, but never screenshot or forward the nude pictures themselves.
    • Report them on the app, then block them.
    • Show the screenshots to a trusted adult, or call { $helpline } for free.
    Tap below to learn the signs.

topic-cyberbullying =
    Being threatened, humiliated or harassed online is cyberbullying, and <b>cyberbullying is a crime</b>. Bullying is never okay, online or face to face.
    • Don't reply in anger.
    • Keep evidence: screenshot messages, posts and usernames, but never screenshot or forward a nude picture.
    • Report the account or page, then block it.
    • Tell a trusted adult.
    In Bangladesh, a 14-year-old girl who was being blackmailed called the child helpline. Her family went to the police and the man was arrested. You can call { $helpline } too.

topic-meeting_request =
    Never meet someone you only know online without talking to a trusted adult first. You can't be sure who they really are.
    If someone is pressuring you to meet, or says they are coming to meet you or pick you up, <b>tell a trusted adult now</b>. If you feel in danger, call { $emergency }. You can also call { $helpline } for free.
    Tap below for safety tips.

topic-fake_identity =
    It's smart to ask. Online, you can't be sure who is really behind a profile. Groomers often hide who they are and pretend to be a child to become your "friend".
    Warning signs: compliments again and again, lots of attention, gifts or money, questions about your body, asking for pictures.
    Don't share your full name, birthday, address or school, and don't send pictures.
    If something feels wrong, stop replying and tell a trusted adult, or call { $helpline } for free. Tap below to learn more.

topic-privacy_safety =
    Good thinking! A few simple rules:
    • Use the privacy settings on every app, and check them now and then.
    • Don't post your full name, date of birth, address or school.
    • Think before you post: if you'd be afraid of someone reading it, don't post it.
    • You can't unsay what you say online. Even a deleted post may already be copied.
    If something private of yours gets shared, there is still hope: report it, use Take It Down (type /helpline), tell a trusted adult and call { $helpline }.
    Tap below to learn more.

topic-tell_trusted_adult =
    Telling someone is brave, and it is the best next step.
    Choose an adult who listens and cares about you: a parent, a relative, a teacher or a school counsellor.
    To start, you can say: "Something happened online and I need your help. Please listen first."
    You can show them screenshots (never a nude picture itself) instead of explaining everything.
    If they react badly, it is <b>not your fault</b>. Try another adult, or call { $helpline }.

topic-report_help =
    Here is where you can get help:
    • <b>{ $helplineName }</b>: call { $helpline } (free)
    • In danger right now: call { $emergency }
    • Report the post or profile on the app or website where it happened.
    • If you go to the police, take a trusted adult with you.
    Type /helpline to see more services.

topic-self_blame =
    Please hear this: <b>it is not your fault</b>. The person who tricked or pressured you is responsible, not you.
    Even if you sent a picture, even if you said yes at first, you did not deserve this.
    In one true story, a girl's ex-boyfriend made a fake profile with her photos, and the police told her it was her fault. They were wrong.
    You deserve help and kindness. Tell a trusted adult, or call { $helpline } for free. Tap below to read her story.

topic-friend_concern =
    Thank you for caring about your friend. That matters a lot.
    • Stay with your friend if you can, and listen without judging.
    • Tell a trusted adult now, and encourage your friend to tell one too. Getting help is not betraying your friend.
    • You or your friend can call { $helpline } for free.
    If your friend is in danger right now, call { $emergency }.

## topic-friend_concern-X: the guidance for a friend who faces X (after referral-friend).

topic-friend_concern-self_harm =
    Thank you for telling me. You're being a good friend.
    • If your friend has already hurt themselves or taken something, call { $emergency } now.
    • Stay with them if you can, and don't leave them alone.
    • Tell a trusted adult now: a parent, a teacher or a relative. This is too big to keep secret, and getting help is not betraying them.
    • You or your friend can call { $helpline } for free.
    Look after yourself too. You don't have to carry this alone.

topic-friend_concern-abuse =
    Thank you for telling me. It takes courage to speak up for someone.
    • Let your friend know you believe them and that what happened is not their fault.
    • Stay with them if you can. Help them tell a safe adult who is not the person hurting them, or tell one yourself now.
    • Call { $helpline } for free. You can call for a friend too.
    • If your friend is in danger right now, call { $emergency }.
    Getting help is not betraying your friend.

topic-friend_concern-threat =
    Thank you for telling me. Your friend is lucky to have you.
    • Let them know it is not their fault. If someone is asking them for money or anything else, they should not pay or give in.
    • Stay with them if you can, and tell a trusted adult now, or help your friend tell one.
    • You or your friend can call { $helpline } for free.
    • If your friend talks about hurting themselves, or is in danger right now, call { $emergency }.
    Getting help is not betraying your friend.

topic-friend_concern-images =
    Thank you for caring about your friend. That matters a lot.
    • Don't forward or share their pictures, not even to show someone.
    • Let them know it is not their fault. There is hope of getting the pictures removed: report them, and type /helpline to find Take It Down.
    • Stay with them if you can, and tell a trusted adult now.
    • You or your friend can call { $helpline } for free. If your friend is in danger right now, call { $emergency }.

topic-friend_concern-meeting =
    Thank you for telling me. You may be keeping your friend safe.
    • Ask your friend not to go. No one can be sure who the other person really is.
    • Stay with your friend if you can, and tell a trusted adult now, even if your friend asked you to keep it secret. Getting help is not betraying them.
    • If someone is coming to get your friend, or your friend has already gone, call { $emergency }.
    • You or your friend can call { $helpline } for free.

topic-friend_concern-physical =
    Thank you for telling me.
    • If your friend is in danger right now, call { $emergency }.
    • If it is safe for you, stay with them and go together to a place with other people or to an adult you trust.
    • Tell a trusted adult now. Getting help is not betraying your friend.
    • Then you or your friend can call { $helpline } for free.

## The second message after referral-abuse.

topic-abuse_disclosure =
    What happened is <b>not your fault</b>. You did nothing wrong, even if the person is family or someone you like, even if they gave you gifts, even if it happened before.
    • Tell a safe adult who is not that person: another relative, a teacher or a friend's parent.
    • Call { $helpline } for free. A trained person listens and can help you get protection and support.
    • If someone is forcing you to marry, that is abuse too, and { $helpline } can help.
    • In danger right now: call { $emergency }.
    You can type SOS any time.

## The second message after referral-self_harm. Never any method details.

topic-self_harm =
    Please stay near other people right now. Try not to be alone.
    Talk to someone you trust about how you feel: a parent, a relative, a teacher or a friend. You could just say: "I'm not okay. Can we talk?"
    Feelings like this can get better with help. You don't have to carry them alone.
    { $helplineName } ({ $helpline }) is there to listen. Type SOS any time.

topic-quiz =
    Let's practise! 🎯
    Type /quiz to practise with short scenarios and see what you would do.

topic-vulnerability =
    Any young person can be targeted. Some children are more at risk, for example children who:
    • don't know much yet about staying safe online
    • find it hard to talk with their parents
    • feel depressed or are going through mental health problems
    Offenders go where children are, like social media and games, and try to win their trust. One offender may have up to 200 "friends" or more at the same time.
    If it happens, it is <b>never the child's fault</b>. Tell a trusted adult, or call { $helpline } for free. Tap below to learn more.

topic-thanks_bye =
    You're welcome, and thank you for talking with me. Take care! 💛
    You can come back any time. Type SOS whenever you need quick help.
    To erase what you told me, type /forget.

topic-out_of_scope =
    Sorry, I can only help with staying safe online.
    For example, I can:
    • explain grooming, sextortion or cyberbullying
    • help you with privacy settings
    • help you find someone to talk to
    Tap /menu to see everything.
