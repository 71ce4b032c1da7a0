# Nirapod — the self-checks: each sign's question, its name in the result and why it matters (English).
# What a check asks (which signs, in which order, which yes means danger now) is in
# flows/checks/<id>.yaml; the message ids follow from the ids there (see flows/README.md).
# Before editing, read data/safe-messaging.md. The result is never a score and never says "you are safe".
# Only <b> and <i>; write & as &amp;. Variables: { $helpline } { $helplineName } { $emergency }.

## flows/checks/grooming.yaml

selfcheck-grooming-title = 🔍 Is this grooming?
selfcheck-grooming-offer = 🔍 Not sure about your chat? I can go through the warning signs with you: a few Yes / No questions. Your answers are not saved.
selfcheck-grooming-intro =
    Think about the person you are chatting with, and answer each question with <b>Yes</b>, <b>No</b> or <b>Not sure</b>.
    There are no wrong answers, and you don't have to tell me any details. Your answers are not saved: I only count, with no name, how often each sign comes up.
    To stop, type /cancel. Type <b>SOS</b> any time to see who can help.

selfcheck-grooming-compliments = Do they compliment you again and again, or say things like "I've never met anyone like you"?
selfcheck-grooming-compliments-name = Lots of compliments
selfcheck-grooming-compliments-why = groomers win trust with praise and attention, so that saying no feels hard later.

selfcheck-grooming-gifts = Have they given you or offered you gifts, money or phone credit?
selfcheck-grooming-gifts-name = Gifts, money or credit
selfcheck-grooming-gifts-why = kindness, gifts and money are a grooming trick: they can make you feel you owe them something.

selfcheck-grooming-secret = Have they asked you to keep your chats, or them, a secret?
selfcheck-grooming-secret-name = Keeping it secret
selfcheck-grooming-secret-why = someone who means well does not need you to hide them. A secret keeps you away from people who could help.

selfcheck-grooming-parents = Do they say your parents or family wouldn't understand?
selfcheck-grooming-parents-name = "Your parents wouldn't understand"
selfcheck-grooming-parents-why = this pushes a wedge between you and the adults who can protect you.

selfcheck-grooming-private-app = Did they ask you to move to a private app or a secret chat?
selfcheck-grooming-private-app-name = Moving to a private app
selfcheck-grooming-private-app-why = a private chat is harder for others to see, which makes it easier to pressure you.

selfcheck-grooming-pictures = Have they asked for pictures of you, or asked you to turn on your camera?
selfcheck-grooming-pictures-name = Asking for pictures or the camera
selfcheck-grooming-pictures-why = asking a teen for pictures or to undress on camera is wrong. You can always say no, and it is never your fault.

selfcheck-grooming-meet = Have they asked to meet you in person?
selfcheck-grooming-meet-name = Asking to meet
selfcheck-grooming-meet-why = you can't be sure who someone online really is. Never meet an online friend without talking to an adult first.

selfcheck-grooming-meet-arranged = Is a meeting already arranged, with a time or a place?
selfcheck-grooming-meet-arranged-name = A meeting arranged
selfcheck-grooming-meet-arranged-why = please don't go. An adult you trust can help you stay safe.

selfcheck-grooming-threats = When you said no, did they get angry, or threaten you?
selfcheck-grooming-threats-name = Anger or threats when you said no
selfcheck-grooming-threats-why = threats and pressure are abuse. This is not your fault, and you don't have to do what they ask.

selfcheck-grooming-age = Do they say they are your age, but something doesn't fit (how they write, what they know, a camera that never works)?
selfcheck-grooming-age-name = Something doesn't fit about who they are
selfcheck-grooming-age-why = groomers often hide who they are and pretend to be a child.

selfcheck-grooming-found = You said yes to these warning signs:
selfcheck-grooming-unsure = You weren't sure about:
selfcheck-grooming-actions =
    <b>It is not your fault.</b> Here is what you can do:
    • Stop replying. You don't owe them anything.
    • Keep screenshots of the chat and their profile, never of a nude picture.
    • Tell an adult you trust: a parent, a teacher, a relative.
    • Call { $helplineName } on { $helpline }, free. In danger right now? Call { $emergency }.
selfcheck-grooming-none =
    You didn't say yes to any of these signs. A check like this can't see everything, so <b>trust your feeling</b>: if something feels wrong, it is worth talking about.
    If anything changes, come back, or talk to an adult you trust. { $helplineName } ({ $helpline }) is free.
