# Nirapod — the quizzes: title (a button in the /quiz list), intro and the two takeaways (English).
# What the flows do (answers, which is best, where a button leads) is in flows/quizzes/<id>.yaml; the
# message ids follow from the ids there (see flows/README.md). Before editing, read data/safe-messaging.md.
# Only <b> and <i>; write & as &amp;. Variables: { $helpline } { $helplineName } { $emergency }.

## flows/quizzes/grooming.yaml

quiz-grooming-title = 🎣 Grooming tricks
quiz-grooming-intro = How do people win a young person's trust online, and then use it? Spot the tricks.
quiz-grooming-takeaway-1 = Lots of praise, gifts or money, secrets and "only I understand you" are grooming tricks.
quiz-grooming-takeaway-2 = Are you sure your online friend is who you think? Never meet one without talking to an adult first.

## flows/quizzes/help.yaml

quiz-help-title = 🤝 Getting help, for you and friends
quiz-help-intro = Bullying, threats, blaming yourself, a friend in trouble. What helps?
quiz-help-takeaway-1 = Telling a trusted adult is brave, and it is not betraying anyone. If one adult doesn't help, tell another.
quiz-help-takeaway-2 = Screenshots are evidence. Keep them, but never screenshot or forward a nude picture itself. Then block and report.

## flows/quizzes/mixed.yaml

quiz-mixed-title = 🎲 Mixed: staying safe online
quiz-mixed-intro = A mix of situations about grooming, pictures, privacy, bullying and getting help.
quiz-mixed-takeaway-1 = It is never your fault. The person who tricks, threatens or shares is the one doing wrong.
quiz-mixed-takeaway-2 = Keep screenshots (never a nude picture itself), block and report, and tell a trusted adult. { $helplineName }: { $helpline }, free.

## flows/quizzes/pictures.yaml

quiz-pictures-title = 📸 Pictures and threats
quiz-pictures-intro = What to do when someone asks for pictures, threatens you, or shares your photos.
quiz-pictures-takeaway-1 = Once a picture is sent, you lose control of it. You can always say no.
quiz-pictures-takeaway-2 = If someone threatens you: don't pay, don't send more, keep evidence (but never the nude picture itself), and tell a trusted adult.

## flows/quizzes/privacy.yaml

quiz-privacy-title = 🔒 Privacy and meeting people
quiz-privacy-intro = The booklet's guidelines for 13 to 18 year olds, in real situations.
quiz-privacy-takeaway-1 = Use the privacy settings, and keep your full name, birthday, address and school private.
quiz-privacy-takeaway-2 = You can't "unsay" what you say online. Think before you post or send.
