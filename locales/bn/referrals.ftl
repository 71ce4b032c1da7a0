### The urgent referrals: the FIRST reply to an urgent message, chosen by the kind of danger.
### Each one carries a trusted adult, { $helpline } ({ $helplineName }) and { $emergency }.
### Warm, short (2-6 lines), no blame, no promise of secrecy, never asks for details.
### Telegram HTML: only <b> and <i>; write & as &amp;. Numbers in Latin digits (1098, 999).
### Style guide: data/safe-messaging.md. Keep every message under 700 characters.

## General referral, and the answer to the SOS safe word (short and discreet)

referral =
    <b>তুমি একা নও, আর এতে তোমার কোনো দোষ নেই।</b>
    এখনই বিপদে থাকলে { $emergency } নম্বরে ফোন করো।
    { $helplineName }: { $helpline } নম্বরে ফোন করো, বিনা খরচে।
    আজই কাছের কোনো ভরসার বড় মানুষকে জানাও: মা-বাবা, আত্মীয় বা শিক্ষক।

referral-short =
    সাহায্য: { $helplineName } { $helpline } (বিনা খরচে)। এখনই বিপদে: { $emergency }।
    কাছের কোনো ভরসার বড় মানুষকে জানাও।

## One referral per kind of danger

referral-self_harm =
    তুমি যে আমাকে বললে, খুব ভালো করেছ। <b>তুমি অনেক মূল্যবান</b>, আর এটা তোমাকে একা সামলাতে হবে না।
    যদি এর মধ্যেই নিজেকে আঘাত করে থাকো বা কিছু খেয়ে ফেলে থাকো, এখনই { $emergency } নম্বরে ফোন করো বা হাসপাতালে যাও।
    প্লিজ, এখনই { $helplineName }: { $helpline } নম্বরে ফোন করো, বিনা খরচে।
    তোমার কাছে যে আছে, এখনই তাকে বলো তোমার কেমন লাগছে: মা-বাবা, আত্মীয়, শিক্ষক বা বন্ধু।

referral-abuse =
    <b>আমি তোমার কথা বিশ্বাস করি। আমাকে বলে তুমি ঠিক কাজ করেছ। এতে তোমার কোনো দোষ নেই।</b>
    যে তোমার সাথে এমন করছে, সে ছাড়া অন্য কোনো ভরসার বড় মানুষকে জানাও: অন্য কোনো আত্মীয়, শিক্ষক বা বন্ধুর মা-বাবা।
    { $helplineName }: { $helpline } নম্বরে ফোন করো। ফোন করতে খরচ লাগে না: প্রশিক্ষিত একজন মানুষ ফোন ধরেন, তোমার কথা শোনেন, আর সুরক্ষা ও সহায়তা পেতে সাহায্য করতে পারেন।
    এখনই বিপদে থাকলে { $emergency } নম্বরে ফোন করো।

referral-friend =
    আমাকে জানানোর জন্য ধন্যবাদ। বন্ধু বা ভাইবোনের জন্য তোমার এই চিন্তা অনেক বড় ব্যাপার।
    ও এখনই বিপদে থাকলে { $emergency } নম্বরে ফোন করো।
    পারলে ওর পাশে থাকো, আর এখনই কোনো ভরসার বড় মানুষকে জানাও। সাহায্য চাওয়া মানে ওর সাথে বিশ্বাসঘাতকতা না।
    তুমি বা ও { $helplineName }: { $helpline } নম্বরে বিনা খরচে ফোন করতে পারো।

referral-physical =
    <b>এখনই বিপদে থাকলে { $emergency } নম্বরে ফোন করো।</b>
    যেখানে আরও মানুষ আছে সেখানে চলে যাও, অথবা কোনো ভরসার বড় মানুষের সাথে ঘরের ভেতরে থাকো।
    বাইরে যেয়ো না, কারও সাথে দেখা করতেও যেয়ো না।
    তারপর { $helplineName }: { $helpline } নম্বরে ফোন করো (বিনা খরচে), আর কোনো ভরসার বড় মানুষকে জানাও কী হচ্ছে।
    এতে তোমার কোনো দোষ নেই।

referral-sextortion =
    <b>এতে তোমার কোনো দোষ নেই</b>, আর তুমি একা নও।
    টাকা দিয়ো না, আর কিছু পাঠিয়ো না।
    তুমি এই বিপদ কাটিয়ে উঠতে পারবে। নিজেকে আঘাত করার কথা মনে হলে এখনই { $helpline } বা { $emergency } নম্বরে ফোন করো।
    আজই কোনো ভরসার বড় মানুষকে জানাও। { $helplineName } ({ $helpline }) বিনা খরচে সাহায্য করতে পারে।

referral-images =
    এমনটা হয়েছে শুনে খুব খারাপ লাগছে। <b>এতে তোমার কোনো দোষ নেই।</b>
    ছবিটা সরানোর আশা আছে: অ্যাপ বা ওয়েবসাইটে রিপোর্ট করো, আর টেক ইট ডাউন (Take It Down) খুঁজে পেতে /helpline লেখো।
    বিনা খরচে সাহায্যের জন্য { $helplineName }: { $helpline } নম্বরে ফোন করো, আর কোনো ভরসার বড় মানুষকে জানাও।
    এখনই বিপদে থাকলে { $emergency } নম্বরে ফোন করো।

referral-meeting =
    <b>প্লিজ, দেখা করতে যেয়ো না।</b> সে আসলে কে, তুমি নিশ্চিত হতে পারো না। আমাকে বলে তুমি ঠিক কাজ করেছ।
    এখনই কোনো ভরসার বড় মানুষকে জানাও।
    কেউ তোমার কাছে আসছে বা তোমার জন্য অপেক্ষা করছে মনে হলে { $emergency } নম্বরে ফোন করো।
    { $helplineName }: { $helpline } নম্বরেও বিনা খরচে ফোন করতে পারো।

## Sent after referral-self_harm, only when the country has an emotional-support line.
## Variables: { $supportName } (its name) and { $support } (its number or address).

support-line = মনের কথা কারও সাথে বলতে চাইলে যোগাযোগ করতে পারো: { $supportName }, { $support }।

## The "grey zone": the bot sees possible danger but is not sure. Two buttons follow.

check-safe =
    তুমি ঠিক আছ কি না, আমি নিশ্চিত হতে চাই। <b>তুমি কি এখন নিরাপদে আছ?</b>
    বিপদে থাকলে { $emergency } নম্বরে ফোন করো। { $helplineName }: { $helpline } নম্বরেও বিনা খরচে ফোন করতে পারো।

btn-in-danger = 🚨 আমি এখন বিপদে আছি
btn-safe-asking = ✅ আমি নিরাপদ, শুধু জানতে চাই

## After "I'm safe, just asking"; the topic reply follows.

check-safe-thanks = জানানোর জন্য ধন্যবাদ। এ বিষয়ে আমি যা জানি:

## When the teen says "you got it wrong" right after a referral.

correction =
    দুঃখিত, আমি তোমার কথা ভুল বুঝেছি। কোনো সমস্যা নেই।
    নিজের ভাষায় আবার লিখতে পারো, অথবা /menu চাপো।
    কখনো সাহায্য লাগলে যেকোনো সময় SOS লেখো। { $helplineName }: { $helpline } (বিনা খরচে)।
