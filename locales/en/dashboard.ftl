# Nirapod — the program managers' dashboard: its own words (English). Not sent to teens.
# The names of topics, scenarios and answers come from the bot's content (suggest-*, scenario-*).
# Plain text: no tags, and no & < > (write "and"). Numbers stay in Latin digits.

## Every page

dash-brand = Nirapod stats
dash-nav = Pages
dash-logout = Log out
dash-language = Language
dash-range-from = From
dash-range-to = To
dash-range-show = Show
dash-range-last-week = Last week
dash-range-last-weeks = Last { $weeks } weeks
dash-served = You asked for { $askedFrom } to { $askedTo }. Shown: { $from } to { $to }.
dash-reason-whole-weeks = Every range is served as whole weeks, Monday to Sunday (UTC), so that two ranges can never be subtracted to give one day's counts.
dash-reason-week-not-over = A week is shown only once it is over, so that a range cannot grow day by day (this week's counts appear next Monday).
dash-export-csv = Download CSV
dash-export-json = Download JSON
dash-range-note = { $from } to { $to } (UTC days, whole weeks). Counts below { $k } are hidden as { $marker }; a few other cells are hidden the same way so that a hidden count cannot be worked out from a total.
dash-empty = Nothing counted in this range.
dash-show-rows = Show { $rows } rows
dash-error-range = Bad date range
dash-back = Back to the overview

## Page titles

dash-page-overview = Overview
dash-page-topics = Topics and languages
dash-page-quizzes = Quizzes and guides
dash-page-misconceptions = What teens get wrong
dash-page-campaigns = Campaigns
dash-page-share = Share links

## Overview

dash-per-day = { $measure } per day
dash-per-week = { $measure } per week
dash-table-weekly = Per week
dash-col-week = Week (Monday)
dash-note-weekly = Per week, not per day: on some day of this range a count was below { $k } (or a week's count is hidden), and a per-day table would show it.
dash-table-totals = Totals for the range
dash-table-daily = Per day
dash-col-measure = Measure
dash-col-metric = Metric
dash-col-count = Count
dash-col-day = Day
dash-metric-messages = Messages
dash-metric-users = Active users (daily uniques, summed)
dash-metric-urgent = Urgent messages
dash-metric-check = Asked "Are you safe right now?"
dash-metric-referral-shown = Referrals shown
dash-metric-quiz-started = Quizzes started
dash-metric-quiz-completed = Quizzes completed
dash-metric-fallback = Not understood
dash-metric-safe-word = Safe word used
dash-metric-media = Media received
dash-metric-forget = /forget used
dash-series-users = Active users

## Topics and languages

dash-chart-topics = Messages by topic
dash-chart-languages = Messages by language form
dash-table-topics = Topics
dash-table-languages = Language forms
dash-table-danger = Kinds of danger (urgent messages)
dash-col-topic = Topic
dash-col-messages = Messages
dash-col-language-form = Language form
dash-col-danger = Kind of danger
dash-col-urgent = Urgent messages
dash-lang-en = English
dash-lang-bn = Bengali script
dash-lang-bn-latn = Banglish (romanized)
dash-danger-self-harm = Self-harm or suicide
dash-danger-abuse = Abuse by someone they know
dash-danger-physical = Physical danger now (followed, hurt)
dash-danger-threat = Threats or blackmail (sextortion)
dash-danger-images = Images posted or shared
dash-danger-meeting = A meeting planned
dash-danger-other = Other or unclear
dash-danger-friend = … of these, a friend or sibling at risk

## Quizzes and guides

dash-chart-quizzes = Quizzes started and completed
dash-chart-scores = Score distribution (completed quizzes)
dash-table-quiz-summary = All quizzes
dash-table-per-quiz = Per quiz
dash-table-scores = Score distribution
dash-table-guides = Guided flows
dash-table-selfcheck = "Is this grooming?" self-check
dash-selfcheck-sign = Yes to: { $sign }
dash-table-classroom = Classroom sessions (groups)
dash-class-sessions = Sessions started
dash-class-polls = Quiz polls posted
dash-col-value = Value
dash-col-quiz = Quiz
dash-col-flow = Flow
dash-col-started = Started
dash-col-completed = Completed
dash-col-rate = Rate
dash-col-score = Score bucket
dash-col-completions = Completions
dash-started = started
dash-completed = completed
dash-completion-rate = Completion rate

## What teens get wrong

dash-misconceptions-intro = Each quiz situation, ranked by how often teens picked the best answer, lowest first: from private quizzes and classroom polls. Below, how many picked each wrong answer. A rate is shown only when both of its counts are.
dash-chart-correct-rate = Best answer picked, % of answers
dash-table-ranking = Situations, lowest share of best answers first
dash-table-wrong = Wrong answers picked
dash-col-scenario = Situation
dash-col-id = Id
dash-col-answers = Answers
dash-col-correct = Best answer picked
dash-col-correct-rate = Best answer rate
dash-col-wrong-answer = Wrong answer
dash-col-picked = Picked
dash-col-share = Share of answers

## Campaigns and share links

dash-chart-campaigns = Starts through share links
dash-table-campaigns = Campaigns
dash-col-campaign = Campaign
dash-col-starts = Starts
dash-col-link-created = Link created
dash-col-quizzes-completed = Quizzes completed
dash-col-referrals-shown = Referrals shown
dash-note-funnel = Starts, then quizzes completed, then referrals shown: each start through a link counts each step at most once, within a day of the start. Unknown links count starts only.
dash-col-created = Created
dash-col-link = Link
dash-col-qr = QR
dash-campaign-other = other / unknown link
dash-share-intro = A share link opens the bot for a campaign (a school visit, a poster, a workshop). Starts through it are counted per campaign; nothing about the person is recorded.
dash-share-code = Campaign code
dash-share-create = Create link
dash-share-rule = 1–32 characters: a–z, 0–9, _ and -.
dash-share-all = All campaigns
dash-share-none = No share links yet.
dash-share-link-for = Link for { $code }
dash-share-qr-alt = QR code for the { $code } link
dash-share-counted = Teens who open this link start the bot with the code; their starts are counted as campaign.{ $code }. Nothing else about them is recorded.
dash-share-not-created = Not created: { $reason }.
dash-download-png = Download PNG
dash-download-svg = Download SVG

## Sign in

dash-login-title = Sign in
dash-login-note = Enter the dashboard token (DASHBOARD_TOKEN).
dash-login-token = Token
dash-login-button = Sign in
dash-login-wrong = That token is not right.
dash-login-too-many = Too many wrong tokens. Wait a minute and try again.
