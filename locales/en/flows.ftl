# Nirapod — the words around quizzes and guided flows (English). The words of the scenarios,
# quizzes and guides themselves are in flows-scenarios.ftl, flows-quizzes.ftl and flows-guides.ftl;
# this file holds what the bot says around them. Before editing, read data/safe-messaging.md.
# Only <b> and <i>; write & as &amp;. Variables: { $helpline } { $helplineName } { $emergency }.

## Buttons

btn-quiz = 🎯 Quiz
btn-start-quiz = 🎯 Start a quiz
btn-quiz-on-this = 🎯 Quiz on this
btn-get-help-now = 🆘 Get help now
btn-quiz-next = ➡️ Next question
btn-quiz-score = 🏁 See my score
btn-quiz-another = 🔁 Another quiz
btn-check-my-chat = 🔍 Check my chat
btn-check-yes = Yes
btn-check-no = No
btn-check-unsure = Not sure

## Quizzes

quiz-choose =
    🎯 <b>Practise with real situations</b>
    Each quiz has 5 short situations based on a child-protection booklet from Bangladesh. Pick one:
quiz-how = Tap the answer you think is best. There are no silly answers. To stop, type /cancel.
quiz-question = Question
quiz-tap-answer = 👆 Tap one of the answers below. To stop the quiz and ask me something, type /cancel.
selfcheck-tap-answer = 👆 Tap Yes, No or Not sure below. To stop the check and ask me something, type /cancel.
quiz-right = Good thinking!
quiz-not-quite = Not quite, and that's okay.
quiz-better-choice = A safer choice:
quiz-revealed = The safest choice:
quiz-score = Your score:
quiz-score-all = Brilliant! You know the warning signs and how to get help. 🌟
quiz-score-most = Well done! You spotted most of the risks.
quiz-score-some = Thank you for practising. Every answer you read makes you safer. You can try again any time.
quiz-takeaways = Two things to remember:
quiz-helpline =
    If something like this happens to you or a friend, it is not your fault. Talk to a trusted adult, or call { $helplineName } on { $helpline } (free). In danger right now? Call { $emergency }.

## Guided flows and /cancel

flow-finished =
    💛 Okay. You can come back to this any time: tap 🆘 <b>Get help now</b> or type <b>SOS</b>.
flow-cancelled = ⏹ Stopped. Nothing from it is kept. What would you like to do next?
flow-nothing-to-cancel = There is nothing to stop right now. What would you like to do?
flow-old-button = That button is from an earlier step. Please use the newest message.
flow-ended-toast = This has ended.
flow-ended =
    That quiz or guide has ended (it was finished, stopped, or left for more than 30 minutes). Nothing from it is kept.

    You can start again below.
flow-failed =
    Sorry, something went wrong, so I stopped this. Nothing from it is kept. You can start again below.

    If you feel unsafe right now, type <b>SOS</b>.
