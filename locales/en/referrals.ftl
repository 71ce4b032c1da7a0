### The urgent referrals: the FIRST reply to an urgent message, chosen by the kind of danger.
### Each one carries a trusted adult, { $helpline } ({ $helplineName }) and { $emergency }.
### Warm, short (2-6 lines), no blame, no promise of secrecy, never asks for details.
### Telegram HTML: only <b> and <i>; write & as &amp;. Numbers in Latin digits.
### Style guide: data/safe-messaging.md. Keep every message under 700 characters.

## General referral, and the answer to the SOS safe word (short and discreet)

referral =
    <b>You are not alone, and it is not your fault.</b>
    If you are in danger right now, call { $emergency }.
    Call { $helplineName } on { $helpline }. It is free.
    Tell a trusted adult near you today: a parent, a relative or a teacher.

referral-short =
    Help: { $helplineName } { $helpline } (free). Danger now: { $emergency }.
    Tell a trusted adult near you.

## One referral per kind of danger

referral-self_harm =
    I'm really glad you told me. <b>You matter</b>, and you don't have to go through this alone.
    If you have already hurt yourself or taken something, call { $emergency } or go to a hospital now.
    Please call { $helplineName } on { $helpline } now. It is free.
    Tell someone near you how you feel, right now: a parent, a relative, a teacher or a friend.

referral-abuse =
    <b>I believe you. You did the right thing telling me. It is not your fault.</b>
    Tell a safe adult who is not that person: another relative, a teacher or a friend's parent.
    Call { $helplineName } on { $helpline }. The call is free: a trained person answers, listens to you and can help you get protection and support.
    If you are in danger right now, call { $emergency }.

referral-friend =
    Thank you for telling me. Caring about them, a friend, a brother or a sister, matters a lot.
    If they are in danger right now, call { $emergency }.
    Stay with them if you can, and tell a trusted adult now. Getting help is not betraying them.
    You or they can call { $helplineName } on { $helpline } for free.

referral-physical =
    <b>If you are in danger right now, call { $emergency }.</b>
    Go to a place where there are other people, or stay inside with an adult you trust.
    Don't go out, and don't go to meet anyone.
    Then call { $helplineName } on { $helpline } (free), and tell a trusted adult what is happening.
    It is not your fault.

referral-sextortion =
    <b>This is not your fault</b>, and you are not alone.
    Don't pay, and don't send anything more.
    You will get through this. If you feel like hurting yourself, call { $helpline } or { $emergency } now.
    Tell a trusted adult today. { $helplineName } ({ $helpline }) is free and can help.

referral-images =
    I'm so sorry this happened. <b>It is not your fault.</b>
    There is hope of getting it removed: report it on the app or website, and type /helpline to find Take It Down.
    Call { $helplineName } on { $helpline } for free help, and tell a trusted adult.
    If you are in danger right now, call { $emergency }.

referral-meeting =
    <b>Please don't go to meet them.</b> You can't be sure who they really are. You did the right thing telling me.
    Tell a trusted adult now.
    If someone is coming to you or waiting for you, call { $emergency }.
    You can also call { $helplineName } on { $helpline } for free.

## Sent after referral-self_harm, only when the country has an emotional-support line.
## Variables: { $supportName } (its name) and { $support } (its number or address).

support-line = To talk to someone about how you feel, you can also contact { $supportName }: { $support }.

## The "grey zone": the bot sees possible danger but is not sure. Two buttons follow.

check-safe =
    I want to make sure you're okay. <b>Are you safe right now?</b>
    If you are in danger, call { $emergency }. You can also call { $helplineName } on { $helpline } for free.

btn-in-danger = 🚨 I'm in danger now
btn-safe-asking = ✅ I'm safe, just asking

## After "I'm safe, just asking"; the topic reply follows.

check-safe-thanks = Thanks for telling me. Here is what I know about this:

## When the teen says "you got it wrong" right after a referral.

correction =
    Sorry, I misunderstood you. No problem.
    You can tell me again in your own words, or tap /menu.
    If you ever need help, type SOS any time. { $helplineName }: { $helpline } (free).
