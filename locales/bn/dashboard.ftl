# Nirapod — the program managers' dashboard: its own words (Bengali). Not sent to teens.
# The names of topics, scenarios and answers come from the bot's content (suggest-*, scenario-*).
# Plain text: no tags, and no & < > (write "and"). Numbers stay in Latin digits.

## Every page

dash-brand = নিরাপদ পরিসংখ্যান
dash-nav = পাতাগুলো
dash-logout = লগ আউট
dash-language = ভাষা
dash-range-from = শুরু
dash-range-to = শেষ
dash-range-show = দেখাও
dash-range-last-week = গত সপ্তাহ
dash-range-last-weeks = গত { $weeks } সপ্তাহ
dash-served = তুমি চেয়েছ { $askedFrom } থেকে { $askedTo }। দেখানো হচ্ছে: { $from } থেকে { $to }।
dash-reason-whole-weeks = প্রতিটি সময়সীমা পুরো সপ্তাহ হিসেবে দেখানো হয়, সোমবার থেকে রবিবার (UTC), যাতে দুটি সময়সীমা বিয়োগ করে কোনো একদিনের সংখ্যা বের করা না যায়।
dash-reason-week-not-over = একটি সপ্তাহ শেষ হলেই কেবল দেখানো হয়, যাতে সময়সীমা দিনে দিনে বাড়িয়ে কিছু বের করা না যায় (এই সপ্তাহের সংখ্যা আসবে আগামী সোমবার)।
dash-export-csv = CSV ডাউনলোড
dash-export-json = JSON ডাউনলোড
dash-range-note = { $from } থেকে { $to } (UTC দিন, পুরো সপ্তাহ)। { $k }-এর কম সংখ্যা { $marker } হিসেবে লুকানো থাকে; আরও কয়েকটি ঘর একইভাবে লুকানো থাকে, যাতে মোট থেকে বিয়োগ করে লুকানো সংখ্যা বের করা না যায়।
dash-empty = এই সময়ে কিছু গোনা হয়নি।
dash-show-rows = { $rows }টি সারি দেখাও
dash-error-range = তারিখের সীমা ঠিক নেই
dash-back = সারসংক্ষেপে ফিরে যাও

## Page titles

dash-page-overview = সারসংক্ষেপ
dash-page-topics = বিষয় আর ভাষা
dash-page-quizzes = কুইজ আর গাইড
dash-page-misconceptions = কিশোর-কিশোরীরা কোথায় ভুল করে
dash-page-campaigns = ক্যাম্পেইন
dash-page-share = শেয়ার লিংক

## Overview

dash-per-day = প্রতিদিন: { $measure }
dash-per-week = প্রতি সপ্তাহে: { $measure }
dash-table-weekly = সপ্তাহভিত্তিক
dash-col-week = সপ্তাহ (সোমবার)
dash-note-weekly = দিনভিত্তিক নয়, সপ্তাহভিত্তিক: এই সময়সীমার কোনো এক দিনে একটি সংখ্যা { $k }-এর কম ছিল (বা কোনো সপ্তাহের সংখ্যা লুকানো), আর দিনভিত্তিক সারণি সেটা দেখিয়ে দিত।
dash-table-totals = এই সময়ের মোট
dash-table-daily = দিনভিত্তিক
dash-col-measure = পরিমাপ
dash-col-metric = মেট্রিক
dash-col-count = সংখ্যা
dash-col-day = দিন
dash-metric-messages = মেসেজ
dash-metric-users = সক্রিয় ব্যবহারকারী (প্রতিদিনের আলাদা জন, যোগফল)
dash-metric-urgent = জরুরি মেসেজ
dash-metric-check = জিজ্ঞেস করা হয়েছে "তুমি কি এখন নিরাপদ?"
dash-metric-referral-shown = সাহায্যের নম্বর দেখানো হয়েছে
dash-metric-quiz-started = কুইজ শুরু
dash-metric-quiz-completed = কুইজ শেষ
dash-metric-fallback = বোঝা যায়নি
dash-metric-safe-word = সেফ ওয়ার্ড ব্যবহার
dash-metric-media = মিডিয়া পাওয়া গেছে
dash-metric-forget = /forget ব্যবহার
dash-series-users = সক্রিয় ব্যবহারকারী

## Topics and languages

dash-chart-topics = বিষয় অনুযায়ী মেসেজ
dash-chart-languages = ভাষার ধরন অনুযায়ী মেসেজ
dash-table-topics = বিষয়
dash-table-languages = ভাষার ধরন
dash-table-danger = বিপদের ধরন (জরুরি মেসেজ)
dash-col-topic = বিষয়
dash-col-messages = মেসেজ
dash-col-language-form = ভাষার ধরন
dash-col-danger = বিপদের ধরন
dash-col-urgent = জরুরি মেসেজ
dash-lang-en = ইংরেজি
dash-lang-bn = বাংলা হরফে
dash-lang-bn-latn = বাংলিশ (রোমান হরফে বাংলা)
dash-danger-self-harm = নিজের ক্ষতি বা আত্মহত্যা
dash-danger-abuse = চেনা কারও নির্যাতন
dash-danger-physical = এখনই শারীরিক বিপদ (পিছু নেওয়া, আঘাত)
dash-danger-threat = হুমকি বা ব্ল্যাকমেইল (সেক্সটরশন)
dash-danger-images = ছবি পোস্ট বা শেয়ার করা হয়েছে
dash-danger-meeting = দেখা করার পরিকল্পনা
dash-danger-other = অন্য বা অস্পষ্ট
dash-danger-friend = … এর মধ্যে, বন্ধু বা ভাইবোন ঝুঁকিতে

## Quizzes and guides

dash-chart-quizzes = কুইজ শুরু আর শেষ
dash-chart-scores = স্কোরের বণ্টন (শেষ করা কুইজ)
dash-table-quiz-summary = সব কুইজ
dash-table-per-quiz = কুইজ অনুযায়ী
dash-table-scores = স্কোরের বণ্টন
dash-table-guides = গাইড
dash-table-selfcheck = "এটা কি গ্রুমিং?" যাচাই
dash-selfcheck-sign = হ্যাঁ: { $sign }
dash-table-classroom = ক্লাসের সেশন (গ্রুপে)
dash-class-sessions = শুরু হওয়া সেশন
dash-class-polls = পোস্ট করা কুইজ পোল
dash-col-value = মান
dash-col-quiz = কুইজ
dash-col-flow = গাইড
dash-col-started = শুরু
dash-col-completed = শেষ
dash-col-rate = হার
dash-col-score = স্কোরের ঘর
dash-col-completions = শেষ করেছে
dash-started = শুরু
dash-completed = শেষ
dash-completion-rate = শেষ করার হার

## What teens get wrong

dash-misconceptions-intro = কুইজের প্রতিটি পরিস্থিতি, কিশোর-কিশোরীরা কত বার সবচেয়ে ভালো উত্তরটি বেছেছে সেই অনুযায়ী সাজানো, সবচেয়ে কম আগে: ব্যক্তিগত কুইজ আর ক্লাসের পোল থেকে। নিচে, প্রতিটি ভুল উত্তর কতজন বেছেছে। দুটো সংখ্যাই দেখানো গেলে তবেই হার দেখানো হয়।
dash-chart-correct-rate = সবচেয়ে ভালো উত্তর বেছেছে, উত্তরের %
dash-table-ranking = পরিস্থিতি, সবচেয়ে কম ভালো উত্তর আগে
dash-table-wrong = বেছে নেওয়া ভুল উত্তর
dash-col-scenario = পরিস্থিতি
dash-col-id = আইডি
dash-col-answers = উত্তর
dash-col-correct = সবচেয়ে ভালো উত্তর বেছেছে
dash-col-correct-rate = ভালো উত্তরের হার
dash-col-wrong-answer = ভুল উত্তর
dash-col-picked = বেছেছে
dash-col-share = উত্তরের অংশ

## Campaigns and share links

dash-chart-campaigns = শেয়ার লিংক দিয়ে শুরু
dash-table-campaigns = ক্যাম্পেইন
dash-col-campaign = ক্যাম্পেইন
dash-col-starts = শুরু
dash-col-link-created = লিংক তৈরি
dash-col-quizzes-completed = শেষ করা কুইজ
dash-col-referrals-shown = দেখানো রেফারাল
dash-note-funnel = শুরু, তারপর শেষ করা কুইজ, তারপর দেখানো রেফারাল: লিংক দিয়ে প্রতিটি শুরু প্রতিটি ধাপ বড়জোর একবার গোনে, শুরুর এক দিনের মধ্যে। অচেনা লিংক শুধু শুরু গোনে।
dash-col-created = তৈরি
dash-col-link = লিংক
dash-col-qr = QR
dash-campaign-other = অন্য / অচেনা লিংক
dash-share-intro = শেয়ার লিংক একটা ক্যাম্পেইনের জন্য বট খোলে (স্কুলে যাওয়া, পোস্টার, কর্মশালা)। এর মাধ্যমে শুরু ক্যাম্পেইন অনুযায়ী গোনা হয়; মানুষটির বিষয়ে কিছুই রাখা হয় না।
dash-share-code = ক্যাম্পেইন কোড
dash-share-create = লিংক তৈরি করো
dash-share-rule = 1–32 অক্ষর: a–z, 0–9, _ আর -।
dash-share-all = সব ক্যাম্পেইন
dash-share-none = এখনো কোনো শেয়ার লিংক নেই।
dash-share-link-for = { $code }-এর লিংক
dash-share-qr-alt = { $code } লিংকের QR কোড
dash-share-counted = এই লিংক খুললে কিশোর-কিশোরীরা কোডসহ বট শুরু করে; তাদের শুরু campaign.{ $code } হিসেবে গোনা হয়। তাদের বিষয়ে আর কিছুই রাখা হয় না।
dash-share-not-created = তৈরি হয়নি: { $reason }।
dash-download-png = PNG ডাউনলোড
dash-download-svg = SVG ডাউনলোড

## Sign in

dash-login-title = সাইন ইন
dash-login-note = ড্যাশবোর্ডের টোকেন (DASHBOARD_TOKEN) লেখো।
dash-login-token = টোকেন
dash-login-button = সাইন ইন
dash-login-wrong = টোকেনটি ঠিক নয়।
dash-login-too-many = অনেকবার ভুল টোকেন দেওয়া হয়েছে। এক মিনিট অপেক্ষা করে আবার চেষ্টা করো।
