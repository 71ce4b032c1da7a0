# Nirapod — the quiz scenarios: a short title (the dashboard's name for it), situation, question, each answer's button and its feedback (English).
# What the flows do (answers, which is best, where a button leads) is in flows/scenarios/<id>.yaml; the
# message ids follow from the ids there (see flows/README.md). Before editing, read data/safe-messaging.md.
# Only <b> and <i>; write & as &amp;. Variables: { $helpline } { $helplineName } { $emergency }.

## flows/scenarios/cannot-delete.yaml

scenario-cannot-delete-title = A photo that "disappears" after 10 seconds
scenario-cannot-delete-situation = A classmate says: "Send a spicy photo on this app. It disappears after 10 seconds, so it's totally safe."
scenario-cannot-delete-question = Is it safe?
scenario-cannot-delete-answer-disappears = Yes, it disappears
scenario-cannot-delete-answer-disappears-feedback = It may vanish from the screen, but anyone can take a screenshot or record it first. What you post online is very hard to take back.
scenario-cannot-delete-answer-lose-control = No. Once it's sent, I lose control of it
scenario-cannot-delete-answer-lose-control-feedback = Right. A 2015 Internet Watch Foundation study of young people's sexual images and videos found online: 89.9% had been taken from where they were first posted and shared on other websites. You can't "unsay" what you say online.
scenario-cannot-delete-answer-delete-after = It's safe if I delete it afterwards
scenario-cannot-delete-answer-delete-after-feedback = Deleting your copy doesn't delete the copies others made. Think before you post: if you'd be afraid of someone seeing it, don't send it.
# Take It Down: general safety advice, not from the booklet.
scenario-cannot-delete-explanation = Once it's sent, you lose control of it: anyone can screenshot it. If a picture gets out, there is still hope: report it, and type /helpline to find Take It Down.
scenario-cannot-delete-discuss = What would you tell a friend before they send a photo or a message they might regret?

## flows/scenarios/cyberbullying.yaml

scenario-cyberbullying-title = A humiliating online poll
scenario-cyberbullying-situation = Some classmates made an online poll: "Who is the ugliest in our class?" Your name is on it, and people are laughing in the comments.
scenario-cyberbullying-question = What is this, and what can you do?
scenario-cyberbullying-answer-joke = Just a joke. I'll keep it to myself
scenario-cyberbullying-answer-joke-feedback = Being humiliated online is cyberbullying, not a joke, and it is not your fault. You don't have to reply to the bullies, but don't carry it alone: keep screenshots (never a nude picture itself) and tell a trusted adult.
scenario-cyberbullying-answer-report = Cyberbullying. Screenshot, report it and tell an adult
scenario-cyberbullying-answer-report-feedback = Yes. Cyberbullying is when a child is threatened, humiliated or harassed using technology, online polls included. It is a crime, and about 1 in 4 teens have faced it. Screenshots are evidence, but never screenshot or forward a nude picture. You can also call { $helpline }.
scenario-cyberbullying-answer-get-even = Make a poll about them to get even
scenario-cyberbullying-answer-get-even-feedback = Wanting to hit back is understandable. But it keeps the bullying going. Zero tolerance means no bullying from anyone, online or face to face. Keep evidence (but never a nude picture itself) and tell a trusted adult.
scenario-cyberbullying-explanation = Humiliating someone online, polls included, is cyberbullying, and it is a crime. Keep screenshots, report it and tell a trusted adult.
scenario-cyberbullying-discuss = What will you do if someone starts cyberbullying you or a classmate?

## flows/scenarios/fake-identity.yaml

scenario-fake-identity-title = A new "14-year-old" follower asks for your school
scenario-fake-identity-situation = A new follower says she is 14, lives in your town and loves the same singer as you. Her profile has only a few photos. Now she asks which school you go to.
scenario-fake-identity-question = What should you think?
scenario-fake-identity-answer-same-age = She's my age, so it's safe to tell her
scenario-fake-identity-answer-same-age-feedback = Online, anyone can say any age. Groomers often hide who they are and pretend to be a child to become "friends". Keep your school, address, full name and date of birth to yourself.
scenario-fake-identity-answer-cant-be-sure = I can't be sure who she is. I won't share my school
scenario-fake-identity-answer-cant-be-sure-feedback = Yes. Don't take anything for granted: are you sure your online friend is who you think? Keep personal details private, and tell a trusted adult if she keeps pushing.
scenario-fake-identity-answer-ask-selfie = Ask her for a selfie to prove it
scenario-fake-identity-answer-ask-selfie-feedback = A photo proves nothing: it can be anyone's picture. And swapping photos can lead to being asked for more. Keep your details private and talk to a trusted adult if something feels wrong.
scenario-fake-identity-explanation = Groomers may hide who they are and pretend to be a child. Keep your school, address, full name and date of birth private.
scenario-fake-identity-discuss = Are you sure your online friends are who you think they are? How could you tell?

## flows/scenarios/flattery.yaml

scenario-flattery-title = Compliments every day from a game friend
scenario-flattery-situation = You met someone in an online game. Every day they write: "I've never met anyone as beautiful as you." Now they say you are the only one who really understands them.
scenario-flattery-question = What could be going on?
scenario-flattery-answer-real-love = They really like me, so it's fine
scenario-flattery-answer-real-love-feedback = Compliments feel nice, and that is normal. But praise again and again is a trick groomers use to win a young person's trust, and later push for sexual things. If you felt flattered, it is not your fault.
scenario-flattery-answer-warning-sign = Too much praise can be grooming. I'll stop and tell an adult
scenario-flattery-answer-warning-sign-feedback = Yes. Groomers learn about you from your profile, then give compliments over and over, and lots of attention. Noticing it is smart. You can stop replying, keep screenshots (never a nude picture itself) and talk to a trusted adult.
scenario-flattery-answer-send-photo = I should send them a photo to say thanks
scenario-flattery-answer-send-photo-feedback = Please don't send pictures. Once a picture is sent, you lose control of it. Lots of praise followed by a wish for photos is a warning sign, and you can always say no.
scenario-flattery-explanation = Compliments again and again, and lots of attention, are tricks groomers use to win trust. Noticing it is smart.
scenario-flattery-discuss = Have you heard of tricks like these online? What should young people do when they face them?

## flows/scenarios/gifts.yaml

scenario-gifts-title = An online friend offers recharge and money
scenario-gifts-situation = An online friend you have never met offers to send you mobile recharge and money for new clothes. "Just because you're special," they say.
scenario-gifts-question = What is the safest thing to do?
scenario-gifts-answer-accept = Accept it. Gifts are harmless
scenario-gifts-answer-accept-feedback = Gifts and money from someone online are a common grooming trick. Later the person may say you "owe" them, and ask for pictures or to meet. Being offered a gift is not your fault.
scenario-gifts-answer-refuse-tell = Say no to the gift and tell a trusted adult
scenario-gifts-answer-refuse-tell-feedback = Right. Groomers use lots of kindness, gifts and money to win a young person's trust. A trusted adult can help you decide what to do next.
scenario-gifts-answer-accept-promise = Accept, if they promise not to ask for anything
scenario-gifts-answer-accept-promise-feedback = A promise online is easy to break. Gifts are used to make you feel you owe something back. It is safer to say no and tell a trusted adult.
scenario-gifts-explanation = Kindness, gifts and money are grooming tricks: later the person may say you "owe" them. Say no and tell a trusted adult.
scenario-gifts-discuss = Why might someone online offer gifts or money to a young person they have never met?

## flows/scenarios/image-request.yaml

scenario-image-request-title = "If you trust me, send a photo"
scenario-image-request-situation = Someone you have chatted with for weeks writes: "If you trust me, send me a photo without your clothes. I'll delete it right after."
scenario-image-request-question = What is the best answer?
scenario-image-request-answer-send-it = Send it, they promised to delete it
scenario-image-request-answer-send-it-feedback = Nobody can keep that promise for sure. Once a picture is sent, you lose control of it: in an Internet Watch Foundation study of such images and videos found online, 89.9% had been copied and shared again by other websites.
scenario-image-request-answer-say-no = Say no, stop replying, keep screenshots, tell an adult
scenario-image-request-answer-say-no-feedback = Yes. Pushing you to do sexual things that make you uncomfortable is abuse. You can say no at any time, even to someone you like. Screenshots help a trusted adult help you, but never screenshot or forward a nude picture itself.
scenario-image-request-answer-hide-face = Send one with my face hidden
scenario-image-request-answer-hide-face-feedback = Even without your face, a picture can be used to pressure you, and once it's sent it is out of your control. It is always okay to say no.
scenario-image-request-explanation = Pushing you to do sexual things that make you uncomfortable is abuse. You can always say no, even to someone you like.
scenario-image-request-discuss = What should young people do when someone asks them to send pictures of themselves?

## flows/scenarios/made-to-order.yaml

scenario-made-to-order-title = Money for a webcam video
scenario-made-to-order-situation = A stranger offers you money to make a short video of yourself on your webcam, doing exactly what they ask.
scenario-made-to-order-question = What is really going on?
scenario-made-to-order-answer-easy-money = An easy way to earn some money
scenario-made-to-order-answer-easy-money-feedback = This is called made-to-order material: pictures and videos made by children, on request. It can be linked to organised criminal groups. No amount of money makes it safe.
scenario-made-to-order-answer-exploitation = Exploitation, maybe by a criminal group. Refuse and tell
scenario-made-to-order-answer-exploitation-feedback = Right. Made-to-order material can be linked with organised crime, and 85.9% of such content showing children 15 and under was made with a webcam. Refuse, screenshot the chat (never a nude picture or video itself), block, report, and tell a trusted adult.
scenario-made-to-order-answer-keep-clothes = It's fine if I keep my clothes on
scenario-made-to-order-answer-keep-clothes-feedback = Once they have the video, they decide what happens to it, and requests like this often grow. It is safer to refuse and tell a trusted adult.
scenario-made-to-order-explanation = Pictures and videos made to order can be linked with organised crime. No amount of money makes it safe.
scenario-made-to-order-discuss = What should young people do when they get an offer to make pictures or videos of themselves for money?

## flows/scenarios/meeting.yaml

scenario-meeting-title = An online friend wants to meet you alone
scenario-meeting-situation = Your online friend of three months writes: "Let's finally meet! Come alone to the park on Friday. Don't tell anyone, it'll be our surprise."
scenario-meeting-question = What should you do?
scenario-meeting-answer-busy-place = Go, but meet in a busy place
scenario-meeting-answer-busy-place-feedback = A busy place is not enough. You can't be sure who this person really is, and "come alone, tell no one" is a warning sign.
scenario-meeting-answer-talk-first = Don't go. Talk to a trusted adult about it first
scenario-meeting-answer-talk-first-feedback = Yes. Never arrange to meet a "virtual" friend in real life without talking to an adult first. If they pressure you, or say they are coming to you, tell an adult now. In danger? Call { $emergency }.
scenario-meeting-answer-with-friend = Go with a friend my age
scenario-meeting-answer-with-friend-feedback = Two young people can still be at risk. Talk to an adult first: they can help you decide whether it is safe at all.
scenario-meeting-explanation = Never arrange to meet an online friend in real life without talking to an adult first. "Come alone, tell no one" is a warning sign.
scenario-meeting-discuss = Why is "come alone and don't tell anyone" a warning sign? Who could a young person talk to first?

## flows/scenarios/parents.yaml

scenario-parents-title = "Your parents don't understand you"
scenario-parents-situation = After a fight at home, an online friend writes: "Your parents don't understand you. Only I do. You can tell me everything."
scenario-parents-question = What is this person doing?
scenario-parents-answer-true-friend = Being a true friend when I need one
scenario-parents-answer-true-friend-feedback = When things are hard at home, kind words feel good. But children who find it hard to talk with their parents are more at risk online, and groomers try to become the only person a young person trusts. It is not your fault if this felt good.
scenario-parents-answer-coming-between = Trying to come between me and my family: a warning sign
scenario-parents-answer-coming-between-feedback = Yes. Groomers build a close relationship first. If talking to your parents is hard right now, choose another trusted adult: a teacher, a counsellor or a relative.
scenario-parents-answer-just-chat = Nothing. It's just chat
scenario-parents-answer-just-chat-feedback = Words like "only I understand you" can be a step towards control. Notice them, keep screenshots (never a nude picture itself), and talk to a trusted adult.
scenario-parents-explanation = Groomers try to become the only one a young person trusts. If talking to parents is hard, choose another trusted adult.
scenario-parents-discuss = Children who find it hard to talk with their parents are more at risk online. Which other adults could a young person turn to?

## flows/scenarios/privacy-profile.yaml

scenario-privacy-profile-title = Setting up a new profile
scenario-privacy-profile-situation = You are making a new profile. The app asks for your full name, date of birth, school and home area, and shows them to everyone unless you change it.
scenario-privacy-profile-question = What is the safest set-up?
scenario-privacy-profile-answer-fill-all = Fill it all in, so friends can find me
scenario-privacy-profile-answer-fill-all-feedback = Strangers can find you easily too. Offenders look at young people's profiles to learn about them and reach them.
scenario-privacy-profile-answer-private = Leave them out and use the privacy settings
scenario-privacy-profile-answer-private-feedback = Yes. The guidelines for 13 to 18 year olds: stay in control of your information, use the privacy settings, and don't post your full name, date of birth, address or school. Check the settings now and then: they change.
scenario-privacy-profile-answer-hide-phone = Only hide my phone number
scenario-privacy-profile-answer-hide-phone-feedback = A good start, but your school and area can lead someone to you too. Keep them private as well.
scenario-privacy-profile-explanation = Stay in control of your information: use the privacy settings, and don't post your full name, date of birth, address or school.
scenario-privacy-profile-discuss = What can young people do to protect their privacy and safety online?

## flows/scenarios/secrecy.yaml

scenario-secrecy-title = "Don't tell anyone about us"
scenario-secrecy-situation = Someone you chat with online says: "Our chats are special. Don't tell your parents or friends about me. They would ruin it."
scenario-secrecy-question = What do you do?
scenario-secrecy-answer-keep-secret = Keep it secret. It's our private thing
scenario-secrecy-answer-keep-secret-feedback = Wanting to keep a friendship special is normal. But an online friend who asks you to hide them from your family is a warning sign. You may always tell an adult about a chat, even if you promised not to.
scenario-secrecy-answer-tell-adult = Tell a trusted adult. A safe friend wouldn't ask me to hide
scenario-secrecy-answer-tell-adult-feedback = Yes. When you get unusual messages, you can talk to a parent, family member, teacher or counsellor. Telling is not betraying anyone. It keeps you safe.
scenario-secrecy-answer-delete-chat = Delete the chat so no one ever finds out
scenario-secrecy-answer-delete-chat-feedback = Please keep the chat. Screenshots are evidence (never a nude picture itself), and they help a trusted adult understand what happened without you having to explain everything.
scenario-secrecy-explanation = A safe friend doesn't ask you to hide them from your family. You can always tell a trusted adult about a chat.
scenario-secrecy-discuss = Should young people share online risks with parents, teachers or trusted adults? What would make that easier?

## flows/scenarios/self-blame.yaml

scenario-self-blame-title = "It's all my fault" after a photo was shared
scenario-self-blame-situation = You sent a photo to someone you trusted. Now it has been shared, and you keep thinking: "It's all my fault. I don't deserve help."
scenario-self-blame-question = Which of these is true?
scenario-self-blame-answer-deserve-it = I sent it, so I deserve what happened
scenario-self-blame-answer-deserve-it-feedback = Please hear this: you don't deserve this. Online abuse works by manipulation, step by step. The person who shared your photo is responsible, not you.
scenario-self-blame-answer-not-my-fault = It's not my fault. I deserve help
scenario-self-blame-answer-not-my-fault-feedback = Yes. Online sexual exploitation and abuse are illegal, and the blame is on the person who does it. In the booklet, the police told a girl it was her fault. They were wrong. Tell a trusted adult or call { $helpline }.
scenario-self-blame-answer-alone = I should deal with it alone, so no one knows
scenario-self-blame-answer-alone-feedback = You don't have to face this alone, and it is not your fault. A trusted adult or { $helplineName } ({ $helpline }) can help. If one adult blames you, tell another.
scenario-self-blame-explanation = Online sexual exploitation and abuse are illegal. The blame is on the person who does it, never on the child.
scenario-self-blame-discuss = What could you say to a friend who thinks everything that happened online is their fault?

## flows/scenarios/sextortion-evidence.yaml

scenario-sextortion-evidence-title = Keeping evidence before blocking a threat
scenario-sextortion-evidence-situation = Someone online is threatening you. You want to block them right away and never see their messages again.
scenario-sextortion-evidence-question = What should you do before you block them?
scenario-sextortion-evidence-answer-delete-all = Delete the whole chat first
scenario-sextortion-evidence-answer-delete-all-feedback = Wanting it gone is understandable. But the chat is evidence, and without it it is harder for adults to help. Keep it (but never screenshot or forward the nude picture itself), then block.
scenario-sextortion-evidence-answer-screenshots = Screenshot the chat, their profile and username
scenario-sextortion-evidence-answer-screenshots-feedback = Yes. Use screenshots to record anything that makes you uncomfortable, but never screenshot or forward the nude picture itself. Show them to someone you trust, then block and report the account, and tell a trusted adult.
scenario-sextortion-evidence-answer-reply-angry = Reply that I'm going to the police
scenario-sextortion-evidence-answer-reply-angry-feedback = It's brave to want to stand up to them. But if you are not comfortable talking to someone, do not reply. Keep evidence (but never the nude picture itself), block and report, and let a trusted adult help you go to the police.
# keeping evidence is the booklet's "print screen" guideline; without the nude image, block and report: general safety advice
scenario-sextortion-evidence-explanation = Screenshot the chat, their profile and username (never a nude picture itself), show someone you trust, then block and report.
scenario-sextortion-evidence-discuss = Why does keeping evidence help a trusted adult or the police to help?

## flows/scenarios/sextortion-pay.yaml

scenario-sextortion-pay-title = Pay or your photo gets posted
scenario-sextortion-pay-situation = Someone who has a private photo of you writes: "Send me 5,000 taka by tonight, or I'll post your photo everywhere."
scenario-sextortion-pay-question = What should you do?
scenario-sextortion-pay-answer-pay = Pay, so the photo stays private
scenario-sextortion-pay-answer-pay-feedback = It makes sense to want this to stop. But don't pay: paying does not make you safe, and the person can ask again. You are not to blame. The person threatening you is doing wrong.
scenario-sextortion-pay-answer-dont-pay = Don't pay. Keep proof, block, report, tell an adult
scenario-sextortion-pay-answer-dont-pay-feedback = Yes. Keep proof: screenshot the chat and their profile, but never screenshot or forward your photo itself. In Bangladesh, a 14-year-old girl who was being blackmailed called the child helpline 1098. Her family reported it to the police, and the man was arrested. You can call { $helpline } too. You don't have to face this alone.
scenario-sextortion-pay-answer-send-more = Send another photo so they calm down
scenario-sextortion-pay-answer-send-more-feedback = Please don't send more. That gives them more to threaten you with. Keep evidence (but never your photo itself), block and report them, and tell a trusted adult today.
scenario-sextortion-pay-answer-stay-silent = Keep it to myself. I'm too ashamed
scenario-sextortion-pay-answer-stay-silent-feedback = You have nothing to be ashamed of: it is not your fault. Telling a trusted adult or calling { $helplineName } on { $helpline } is the way to get help.
# general safety advice, not from the booklet
scenario-sextortion-pay-explanation = Paying does not make you safe, and they can ask again. Keep proof, block, report and tell an adult. You can call { $helpline }.
scenario-sextortion-pay-discuss = A girl in Bangladesh who was blackmailed called the child helpline 1098, and the man was arrested. What stops young people from asking for help?

## flows/scenarios/shared-photos.yaml

scenario-shared-photos-title = An ex makes a fake profile with your photos
scenario-shared-photos-situation = Your ex made a fake profile with your photos and sent friend requests to your friends and your family.
scenario-shared-photos-question = What can you do?
scenario-shared-photos-answer-my-fault = Nothing. It's my fault for sending the photos
scenario-shared-photos-answer-my-fault-feedback = It is not your fault. In a true story in the booklet, a girl's ex-boyfriend did exactly this, and the police told her it was her fault. They were wrong. The person who shared the photos is to blame.
scenario-shared-photos-answer-act = Screenshot it, report it, tell an adult, get images removed
scenario-shared-photos-answer-act-feedback = Yes. Screenshot the profile and messages (never a nude picture itself), report the fake profile on the app, and tell a trusted adult. For nude or sexual images taken before you were 18, Take It Down (takeitdown.ncmec.org), from a US child-protection organisation, helps get them removed, and you never have to send the image.
scenario-shared-photos-answer-explain-all = Message everyone to explain what happened
scenario-shared-photos-answer-explain-all-feedback = You don't owe anyone an explanation. First keep evidence (but never a nude picture itself) and report the profile, then let a trusted adult help you decide who needs to know.
scenario-shared-photos-explanation = It is not your fault. Keep screenshots (never a nude picture itself), report the fake profile and tell a trusted adult.
scenario-shared-photos-discuss = In the booklet's story, the police told the girl it was her fault. Why was that wrong, and what should have happened?

## flows/scenarios/unwanted-content.yaml

scenario-unwanted-content-title = A stranger sends a nude photo in a game chat
scenario-unwanted-content-situation = In a game chat, a player you don't know suddenly sends you a nude photo and asks what you think of it.
scenario-unwanted-content-question = What is this, and what do you do?
scenario-unwanted-content-answer-normal = That's normal online. It doesn't matter
scenario-unwanted-content-answer-normal-feedback = Sending someone nude photos they didn't ask for is abuse. It is not normal, and you did nothing wrong by receiving it.
scenario-unwanted-content-answer-abuse = It's abuse. Don't reply; report, block and tell an adult
scenario-unwanted-content-answer-abuse-feedback = Right. It is abuse when someone sends you unwanted nude photos, flashes you on webcam or makes sexual comments. Don't reply, report and block them, and tell a trusted adult. Don't forward the picture to anyone.
scenario-unwanted-content-answer-reply-back = Reply so they stop
scenario-unwanted-content-answer-reply-back-feedback = Replying usually keeps the chat going. If you are not comfortable talking to someone, do not reply. Report, block, and tell a trusted adult.
scenario-unwanted-content-explanation = Sending unwanted nude photos is abuse. Don't reply; report, block and tell a trusted adult. Don't forward the picture.
scenario-unwanted-content-discuss = How can young people tell that someone they talk to online is abusing or exploiting them?

## flows/scenarios/worried-friend.yaml

scenario-worried-friend-title = A friend is threatened over her pictures
scenario-worried-friend-situation = Your best friend is upset after using her phone and has stopped coming to school. She tells you someone online has her pictures and is threatening her, and begs you not to tell anyone.
scenario-worried-friend-question = How can you help?
scenario-worried-friend-answer-keep-secret = Keep her secret. That's what friends do
scenario-worried-friend-answer-keep-secret-feedback = Being loyal is kind. But this is too big to carry alone, for both of you. Telling a trusted adult is not betraying her: it is protecting her.
scenario-worried-friend-answer-help-tell = Tell her it's not her fault and help her tell an adult
scenario-worried-friend-answer-help-tell-feedback = Yes. Students who played this card game said they would tell adults and teachers when friends are being exploited. Offer to go with her, or call { $helpline } together. Don't look for or forward the pictures.
scenario-worried-friend-answer-see-pictures = Ask her to show me the pictures first
scenario-worried-friend-answer-see-pictures-feedback = You want to understand, and that's caring. But never ask for, look for or forward those pictures, even to help: that spreads them further. Help her tell a trusted adult instead.
scenario-worried-friend-explanation = Telling a trusted adult is not betraying your friend: it protects her. Never ask for, look for or forward the pictures.
scenario-worried-friend-discuss = Students in the booklet said they would warn friends and tell adults and teachers. How can you stand by a friend who is scared to tell?
