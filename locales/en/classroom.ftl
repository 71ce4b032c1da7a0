# Nirapod — classroom sessions in groups (/session): a youth worker's quiz polls for a room (English).
# The scenarios' own words (situation, question, answers, feedback, the poll's explanation and the
# discussion question) are in flows-scenarios.ftl. Only <b> and <i>; write & as &amp;.

## The command

cmd-session = Run a classroom quiz session (admins)
class-private =
    🏫 <b>Classroom sessions</b> are for youth workers and teachers, in a class or club group:
    1. Add me to the group and let me post polls.
    2. As a group admin, send /session there and choose a topic.
    3. I post up to { $questions } anonymous quiz polls, a takeaway and a question to discuss after each, and the results at the end.
    Nobody's name or answer is ever seen or kept: only how many answered.

## Starting

class-admins-only = Only the group's admins can run a classroom session.
class-admins-only-short = Only the group's admins can steer the session.
class-running = A classroom session is already running in this group. Go on with its buttons, or stop it.
class-no-session = No session is running in this group.
class-pick =
    🏫 <b>Classroom session</b>
    Choose a topic: I'll post up to { $questions } anonymous quiz polls. Nobody sees who answered what.
    Language of the session: English. Tap a language below to change it.
class-theme-grooming = Grooming
class-theme-pictures = Pictures
class-theme-sextortion = Sextortion
class-theme-cyberbullying = Cyberbullying
class-theme-privacy = Privacy
class-theme-tell-adult = Telling an adult
class-starting = 🏫 <b>{ $theme }</b>: { $count } questions. Answer each poll anonymously; we'll talk after each one.

## Each round

btn-class-next = Next ▶
btn-class-next-question = Next question ▶
btn-class-results = Show the results
btn-class-stop = Stop the session
class-takeaway = ✅ <b>Best answer:</b> { $answer }
class-discuss = 💬 <b>Talk about it:</b> { $question }

## The end

class-summary-title = 📊 <b>How the room answered</b> (anonymous totals)
class-summary-line = { $number }. { $answer } — { $answered } answered, { $percent }% correct
class-summary-unanswered = { $number }. { $answer } — no answers
class-summary-empty = No poll was closed, so there are no results.
class-private-link = Want to talk about something on your own? Message me privately: { $link }. What you write there is not shown in this group.
class-stopped = The session is stopped.
class-ended-short = This session has ended.
class-poll-failed = I couldn't post the poll, so the session has ended. Check that I'm allowed to send polls in this group, then an admin can send /session again.
class-migrated = This group became a supergroup, so the classroom session ended. An admin can send /session to start a new one.
