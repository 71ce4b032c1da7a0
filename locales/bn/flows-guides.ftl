# Nirapod — the guided flows: each step's text and its buttons (Bengali).
# What the flows do (answers, which is best, where a button leads) is in flows/guides/<id>.yaml; the
# message ids follow from the ids there (see flows/README.md). Before editing, read data/safe-messaging.md.
# Only <b> and <i>; write & as &amp;. Variables: { $helpline } { $helplineName } { $emergency }.

## flows/guides/get-help.yaml

guide-get-help-title = এখনই সাহায্য নাও
guide-get-help-step-safe-now =
    🆘 <b>চলো, ধাপে ধাপে সাহায্যের ব্যবস্থা করি।</b>
    আমাকে কোনো খুঁটিনাটি বলতে হবে না, আর এটা তোমার দোষ নয়।

    প্রথমে বলো: <b>তুমি কি এই মুহূর্তে নিরাপদ?</b>
guide-get-help-step-safe-now-safe = ✅ হ্যাঁ, এখন আমি নিরাপদ
guide-get-help-step-safe-now-not-safe = 🚨 না, আমি বিপদে আছি
guide-get-help-step-safe-now-not-sure = 🤔 বুঝতে পারছি না
guide-get-help-step-emergency =
    🚨 <b>এই মুহূর্তে বিপদে থাকলে { $emergency } নম্বরে ফোন করো।</b> এটা ফ্রি।
    তারপর <b>{ $helplineName } { $helpline }</b> নম্বরে ফোন করো, ফ্রি, দিনরাত।

    পারলে নিরাপদ কোনো জায়গায় বা কাছের কোনো বড় মানুষের কাছে যাও: মা-বাবা, আত্মীয় বা শিক্ষক।
    তুমি একা নও।
guide-get-help-step-emergency-next = ➡️ আর কী করতে পারি?
guide-get-help-step-emergency-tell = 🗣 বড় কাউকে বলতে সাহায্য করো
guide-get-help-step-situation =
    <b>কী হচ্ছে?</b> সবচেয়ে কাছাকাছি যেটা, সেটা বেছে নাও।
    এর বেশি কিছু আমাকে বলতে হবে না।
guide-get-help-step-situation-threat = ⚠️ কেউ আমার ছবি ছড়ানোর হুমকি দিচ্ছে
guide-get-help-step-situation-shared = 🖼 আমার ছবি বা ভুয়া প্রোফাইল অনলাইনে
guide-get-help-step-situation-hurt-me = 🏠 বাসায় বা সামনাসামনি কেউ আমাকে কষ্ট দেয়
guide-get-help-step-situation-self-harm = 💔 নিজের ক্ষতি করতে ইচ্ছা করছে
guide-get-help-step-situation-evidence = 📸 প্রমাণ কীভাবে রাখব?
guide-get-help-step-situation-block = 🚫 কাউকে ব্লক ও রিপোর্ট করা
guide-get-help-step-situation-police = 👮 পুলিশের কাছে যাওয়া
guide-get-help-step-situation-other = 💬 অন্য কিছু
guide-get-help-step-sextortion =
    <b>কেউ হুমকি দিলে:</b>
    1. <b>টাকা দিয়ো না।</b>
    2. <b>আর কোনো ছবি বা ভিডিও পাঠিয়ো না।</b>
    3. <b>প্রমাণ রাখো:</b> চ্যাট, তার প্রোফাইল আর ইউজারনেমের স্ক্রিনশট নাও, কিন্তু নগ্ন ছবিটার স্ক্রিনশট কখনো নিয়ো না, ফরোয়ার্ডও কোরো না।
    4. অ্যাপে তাকে <b>রিপোর্ট করো, তারপর ব্লক করো</b>।
    5. আজই <b>ভরসার কোনো বড় মানুষকে বলো</b>, অথবা { $helpline }-এ ফোন করো।
    <i>(নিরাপত্তার সাধারণ পরামর্শ, পুস্তিকা থেকে নেওয়া নয়।)</i>

    এটা <b>তোমার দোষ নয়</b>। যে হুমকি দিচ্ছে, অন্যায় সে-ই করছে। এই সময়টা তুমি পার হয়ে যাবে। নিজের ক্ষতি করতে ইচ্ছা হলে এখনই { $helpline } বা { $emergency }-এ ফোন করো।
guide-get-help-step-sextortion-online = 🖼 আমার ছবি এর মধ্যেই অনলাইনে
guide-get-help-step-sextortion-evidence = 📸 প্রমাণ কীভাবে রাখব
guide-get-help-step-sextortion-tell = 🗣 এরপর: বড় কাউকে বলা
guide-get-help-step-removal =
    <b>ছবি সরানোর ব্যবস্থা</b>
    • যে অ্যাপ বা ওয়েবসাইটে আছে, সেখানে পোস্ট বা ভুয়া প্রোফাইলটা <b>রিপোর্ট করো</b>।
    • যুক্তরাষ্ট্রের একটি শিশু সুরক্ষা সংস্থার <b>টেক ইট ডাউন</b> (takeitdown.ncmec.org) 18 বছরের আগে তোলা তোমার নগ্ন বা যৌন ছবি সরাতে সাহায্য করে। ছবিটা কাউকে পাঠাতে হয় না: তোমার নিজের ফোনেই একটা ডিজিটাল ফিঙ্গারপ্রিন্ট তৈরি হয়।
    • লিংকটা রেখে দাও, আর প্রোফাইল ও মেসেজের স্ক্রিনশট নাও, কিন্তু নগ্ন ছবিটার স্ক্রিনশট কখনো নিয়ো না, ফরোয়ার্ডও কোরো না।

    বিশ্বাস করে কাউকে পাঠিয়ে থাকলেও এটা তোমার দোষ নয়।
guide-get-help-step-removal-evidence = 📸 প্রমাণ রাখা
guide-get-help-step-removal-tell = 🗣 এরপর: বড় কাউকে বলা
guide-get-help-step-evidence =
    <b>প্রমাণ রাখা</b>
    • মেসেজ, প্রোফাইল আর ইউজারনেমের স্ক্রিনশট নাও।
    • পোস্ট বা প্রোফাইলের লিংক রেখে দাও।
    • স্ক্রিনশট নেওয়ার আগে চ্যাট মুছে ফেলো না।
    • নগ্ন ছবির স্ক্রিনশট নিয়ো না, ফরোয়ার্ডও কোরো না: প্রমাণ হিসেবেও নগ্ন ছবিটা নয়। বরং সেটা কোথায় আছে লিখে রাখো।
    • স্ক্রিনশটগুলো ভরসার কোনো বড় মানুষকে দেখাও, তাহলে সবকিছু মুখে বলতে হবে না।
guide-get-help-step-evidence-block = 🚫 ব্লক ও রিপোর্ট
guide-get-help-step-evidence-tell = 🗣 এরপর: বড় কাউকে বলা
guide-get-help-step-block-report =
    <b>ব্লক ও রিপোর্ট</b>
    1. প্রথমে স্ক্রিনশট নাও: এগুলোই তোমার প্রমাণ। কিন্তু নগ্ন ছবিটার স্ক্রিনশট কখনো নিয়ো না, ফরোয়ার্ডও কোরো না।
    2. তার প্রোফাইল বা মেসেজ খুলে <b>Report</b> চাপো, আর যা ঘটেছে তার সবচেয়ে কাছের কারণটা বেছে নাও।
    3. তারপর <b>Block</b> করো, যাতে সে আর যোগাযোগ করতে না পারে।
    4. প্রাইভেসি সেটিংস দেখে নাও: কে তোমাকে মেসেজ করতে পারে আর পোস্ট দেখতে পারে।

    নতুন অ্যাকাউন্ট খুলে আবার এলে একই কাজ করো, আর ভরসার কোনো বড় মানুষকে জানাও।
guide-get-help-step-block-report-police = 👮 পুলিশের কাছে যাওয়া
guide-get-help-step-block-report-tell = 🗣 এরপর: বড় কাউকে বলা
guide-get-help-step-police =
    <b>পুলিশের কাছে যাওয়া</b>
    • ভরসার কোনো বড় মানুষের সাথে যাও: মা-বাবা, আত্মীয় বা শিক্ষক।
    • স্ক্রিনশট আর লিংকগুলো সাথে নাও (নগ্ন ছবির কখনো নয়)।
    • কী করতে হবে, তা নিয়ে { $helplineName } ({ $helpline }) তোমাকে আর তোমার পরিবারকে পরামর্শ দিতে পারে।

    বাংলাদেশে ব্ল্যাকমেইলের শিকার 14 বছরের এক মেয়ে 1098-এ ফোন করেছিল। তার পরিবারকে পুলিশে যেতে বলা হয়, তারা স্থানীয় থানায় অভিযোগ করে, আর লোকটা গ্রেপ্তার হয়।

    কেউ যদি বলে দোষ তোমার, এমনকি পুলিশও, তাহলে সে ভুল বলছে।
    এখনই বিপদে থাকলে { $emergency } নম্বরে ফোন করো।
guide-get-help-step-police-tell = 🗣 এরপর: বড় কাউকে বলা
guide-get-help-step-other =
    যা-ই ঘটুক, এই ধাপগুলো কাজে দেয়:
    • ভরসার কোনো বড় মানুষকে বলো, যার কাছে তুমি নিরাপদ বোধ করো। একজন সাহায্য না করলে আরেকজনকে বলো।
    • <b>{ $helplineName } { $helpline }</b> নম্বরে ফোন করো: ফ্রি, দিনরাত খোলা, যা কিছু তোমাকে কষ্ট দিচ্ছে বা ভয় দেখাচ্ছে তার জন্য।
    • এখনই বিপদে থাকলে { $emergency } নম্বরে ফোন করো।

    এটা তোমার দোষ নয়। এরপর চাইলে কী হচ্ছে নিজের ভাষায় লিখেও পাঠাতে পারো, আমি সাহায্য করব।
guide-get-help-step-other-tell = 🗣 এরপর: বড় কাউকে বলা
guide-get-help-step-other-done = ✅ ঠিক আছে, এখনকার মতো যথেষ্ট
guide-get-help-step-self-harm =
    💛 <b>তুমি যে বললে, খুব ভালো করেছ।</b> তুমি অনেক মূল্যবান, আর এই কষ্ট তোমাকে একা বইতে হবে না।

    নিজের ক্ষতি করে ফেলতে পারো মনে হলে <b>এখনই { $emergency }-এ ফোন করো</b>। এর মধ্যেই নিজের ক্ষতি করে থাকলে বা কিছু খেয়ে থাকলে, এখনই { $emergency }-এ ফোন করো বা হাসপাতালে যাও।

    <b>{ $helplineName } { $helpline }</b> নম্বরেও ফোন করতে পারো: ফ্রি, দিনরাত খোলা। কেউ মন দিয়ে শুনবে।

    এখনই কাছের কাউকে বলো: মা-বাবা, আত্মীয়, শিক্ষক বা বন্ধু। তার কাছাকাছি থাকো।
guide-get-help-step-self-harm-tell = 🗣 এরপর: বড় কাউকে বলা
guide-get-help-step-abuse =
    💛 <b>আমি তোমার কথা বিশ্বাস করি। এটা তোমার দোষ নয়</b>, মানুষটা পরিবারের কেউ হলেও।

    ভরসার এমন একজন বড় মানুষকে বলো, যে <b>ওই মানুষটা নয়</b>: কোনো আত্মীয়, শিক্ষক বা কাউন্সেলর।

    অথবা <b>{ $helplineName } { $helpline }</b> নম্বরে ফোন করো, ফ্রি, দিনরাত খোলা। প্রশিক্ষিত একজন মানুষ মন দিয়ে শুনবেন; ঠিক ঠিক শব্দ জানার দরকার নেই। এরপর কী করা যায়, তাতে তাঁরা সাহায্য করতে পারেন: তোমার সুরক্ষা, কাউন্সেলিং বা সমাজসেবার সহায়তা।

    <b>এখনই বিপদে থাকলে { $emergency }-এ ফোন করো।</b>
guide-get-help-step-abuse-tell = 🗣 ভরসার কাউকে বলতে সাহায্য করো

## flows/guides/tell-adult.yaml

guide-tell-adult-title = ভরসার বড় মানুষকে বলা
guide-tell-adult-button = 🗣 কাউকে বলতে সাহায্য করো
guide-tell-adult-step-who =
    🗣 <b>ভরসার কোনো বড় মানুষকে বলা</b> সাহসের কাজ, আর এটাই সবচেয়ে ভালো পরের ধাপ। এটা তোমার দোষ নয়।
    পরিবারের কেউ তোমাকে কষ্ট দিলে, এমন অন্য কোনো বড় মানুষকে বেছে নাও, যার কাছে তুমি নিরাপদ বোধ করো।

    <b>তুমি কাকে বলতে চাও?</b>
guide-tell-adult-step-who-parent = 👪 মা বা বাবা
guide-tell-adult-step-who-teacher = 🏫 একজন শিক্ষক
guide-tell-adult-step-who-counsellor = 💬 স্কুলের কাউন্সেলর
guide-tell-adult-step-who-relative = 🧓 কোনো আত্মীয়
guide-tell-adult-step-who-sibling = 🧑 বড় ভাই বা বোন
guide-tell-adult-step-who-unsure = 🤷 কাকে বলব বুঝতে পারছি না
guide-tell-adult-step-who-helpline = 📞 { $helpline }-এ ফোন করলে কী হয়?
guide-tell-adult-step-script-parent =
    <b>মা বা বাবার সাথে কথা বলা</b>
    শান্ত একটা সময় বেছে নাও, যখন তাঁর সাথে একা কথা বলা যায়। বলতে পারো:
    <i>"আম্মু, একটা ঘটনা ঘটেছে, তোমাকে বলতে পারি? আমার ভয় লাগছে, তোমার সাহায্য দরকার। আগে একটু শোনো।"</i>

    একবারে সব বুঝিয়ে বলতে হবে না। যতটুকু চাও, ততটুকুই বলো।
guide-tell-adult-step-script-parent-done = ✅ ঠিক আছে, চেষ্টা করব
guide-tell-adult-step-script-parent-practise = 🎭 আগে একটু অনুশীলন করি
guide-tell-adult-step-script-parent-other = 🔁 অন্য কেউ
guide-tell-adult-step-script-teacher =
    <b>শিক্ষকের সাথে কথা বলা</b>
    ক্লাসের পরে কথা বলতে চাও বলো, অথবা ছোট একটা চিরকুট দাও। বলতে পারো:
    <i>"স্যার (বা ম্যাডাম), একটা ব্যাপার নিয়ে আমি খুব চিন্তায় আছি। ক্লাসের পরে আপনার সাথে একটু কথা বলতে পারি?"</i>

    একজন শিক্ষক মন দিয়ে শুনে পরের ধাপ খুঁজে পেতে সাহায্য করতে পারেন। একবারে সব বুঝিয়ে বলতে হবে না।
guide-tell-adult-step-script-teacher-done = ✅ ঠিক আছে, চেষ্টা করব
guide-tell-adult-step-script-teacher-practise = 🎭 আগে একটু অনুশীলন করি
guide-tell-adult-step-script-teacher-other = 🔁 অন্য কেউ
guide-tell-adult-step-script-counsellor =
    <b>স্কুলের কাউন্সেলরের সাথে কথা বলা</b>
    কাউন্সেলররা শোনার জন্যই আছেন। বলতে পারো:
    <i>"একটা ঘটনা ঘটেছে, সেটা নিয়ে আপনার সাথে কথা বলতে চাই। কী করব বুঝতে পারছি না।"</i>

    ঠিক ঠিক শব্দ জানার দরকার নেই। শুরু করাই যথেষ্ট; বাকিটায় তিনি সাহায্য করবেন।
guide-tell-adult-step-script-counsellor-done = ✅ ঠিক আছে, চেষ্টা করব
guide-tell-adult-step-script-counsellor-practise = 🎭 আগে একটু অনুশীলন করি
guide-tell-adult-step-script-counsellor-other = 🔁 অন্য কেউ
guide-tell-adult-step-script-relative =
    <b>আত্মীয়ের সাথে কথা বলা</b>
    ভরসার কোনো খালা, মামা, চাচা, ফুপু, নানা-নানি, দাদা-দাদি বা কাজিন সাহায্য করতে পারেন, মা-বাবাকে বলতেও সাহায্য করতে পারেন। বলতে পারো:
    <i>"খালা, একটা ঘটনা ঘটেছে, তোমার সাহায্য দরকার। একটু আলাদা করে কথা বলা যাবে?"</i>

    যতটুকু চাও, ততটুকুই বলো।
guide-tell-adult-step-script-relative-done = ✅ ঠিক আছে, চেষ্টা করব
guide-tell-adult-step-script-relative-practise = 🎭 আগে একটু অনুশীলন করি
guide-tell-adult-step-script-relative-other = 🔁 অন্য কেউ
guide-tell-adult-step-script-sibling =
    <b>বড় ভাই বা বোনের সাথে কথা বলা</b>
    সে তোমার পাশে থাকতে পারে, আর মা-বাবা বা অন্য বড় কাউকে বলতে সাহায্য করতে পারে। বলতে পারো:
    <i>"ভাইয়া (বা আপু), একটা ঘটনা ঘটেছে, আমার ভয় লাগছে। আম্মু বা আব্বুকে বলতে আমাকে সাহায্য করবে?"</i>

    একসাথে বললে সহজ লাগতে পারে।
guide-tell-adult-step-script-sibling-done = ✅ ঠিক আছে, চেষ্টা করব
guide-tell-adult-step-script-sibling-practise = 🎭 আগে একটু অনুশীলন করি
guide-tell-adult-step-script-sibling-other = 🔁 অন্য কেউ
guide-tell-adult-step-script-any =
    <b>কথাটা শুরু করা</b>
    এমন একজন বড় মানুষ বেছে নাও যিনি মন দিয়ে শোনেন আর তোমার সাথে ভালো ব্যবহার করেন, আর একটা শান্ত সময়। বলতে পারো:
    <i>"একটা ঘটনা ঘটেছে, সেটা নিয়ে কি আপনার সাথে কথা বলতে পারি? আমার সাহায্য দরকার।"</i>

    একবারে সব বুঝিয়ে বলতে হবে না।
guide-tell-adult-step-script-any-done = ✅ ঠিক আছে, চেষ্টা করব
guide-tell-adult-step-script-any-practise = 🎭 আগে একটু অনুশীলন করি
guide-tell-adult-step-script-any-other = 🔁 কাকে বলব বেছে নিই
guide-tell-adult-step-no-one-yet =
    এখনই না জানলেও কোনো সমস্যা নেই। এমন একজন বড় মানুষের কথা ভাবো যিনি মন দিয়ে শোনেন আর তোমার সাথে ভালো ব্যবহার করেন: শিক্ষক, স্কুলের কাউন্সেলর, কোনো আত্মীয়।

    অথবা <b>{ $helplineName } { $helpline }</b> নম্বরে ফোন করো। এটা ফ্রি, দিনরাত খোলা, আর কী বলবে তা খুঁজে পেতে তারা সাহায্য করতে পারে।
guide-tell-adult-step-no-one-yet-choose = 🔁 কাউকে বেছে নিই
guide-tell-adult-step-no-one-yet-helpline = 📞 ফোন করলে কী হয়?
guide-tell-adult-step-no-one-yet-done = ✅ ঠিক আছে
guide-tell-adult-step-call-helpline =
    📞 <b>{ $helplineName } { $helpline } নম্বরে ফোন করলে</b>
    • ফোন করা ফ্রি, দিনরাত খোলা।
    • প্রশিক্ষিত একজন মানুষ ফোন ধরেন আর মন দিয়ে শোনেন। কী বলবে জানা না থাকলেও চলবে: "আমার সাহায্য দরকার" বললেই যথেষ্ট।
    • নিজের জন্য ফোন করতে পারো, বা কোনো বন্ধুর জন্য।
    • এরপর কী করা যায়, তাতে তাঁরা সাহায্য করতে পারেন: তোমার সুরক্ষা, কাউন্সেলিং, সমাজসেবার সহায়তা, আর দরকার হলে পুলিশ।

    পরিবারের কোনো বড় মানুষ তোমাকে কষ্ট দিলেও ফোন করতে পারো। এখনই বিপদে থাকলে { $emergency }-এ ফোন করো।
guide-tell-adult-step-call-helpline-choose = 🔁 কোন বড় মানুষকে বলব বেছে নিই
guide-tell-adult-step-call-helpline-done = ✅ ঠিক আছে
guide-tell-adult-step-practise-worried =
    🎭 <b>চলো একটু অনুশীলন করি।</b> আমি বড় মানুষটির ভূমিকা নিচ্ছি; তুমি বেছে নাও এরপর কী বলবে। এখান থেকে কারও কাছে কিছু যায় না।

    বড় মানুষটি চিন্তিত: <i>"কী হয়েছে? তুমি ঠিক আছ?"</i>

    <b>তুমি কী বলবে?</b>
guide-tell-adult-step-practise-worried-say-what = "অনলাইনে একজন আমাকে ভয় দেখাচ্ছে। আমার সাহায্য দরকার।"
guide-tell-adult-step-practise-worried-ask-listen = "আগে একটু শোনো, তারপর সব বলছি।"
guide-tell-adult-step-practise-worried-no-words = "কীভাবে বলব বুঝতে পারছি না…"
guide-tell-adult-step-coach-worried =
    👍 ভালো। চিন্তিত বড় মানুষ সাহায্য করতে চান: কী হয়েছে নিজের ভাষায়, একটু একটু করে বলো। "কীভাবে বলব বুঝতে পারছি না" দিয়ে শুরু করাও ঠিক আছে।

    <b>এরপর: বড় মানুষটি যদি রেগে যান?</b>
guide-tell-adult-step-coach-worried-next = ➡️ সেটাও অনুশীলন করি
guide-tell-adult-step-coach-worried-done = ✅ আমি তৈরি
guide-tell-adult-step-practise-angry =
    🎭 এবার বড় মানুষটি রেগে গেছেন: <i>"পাঠালে কেন? কী ভাবছিলে?"</i>

    <b>তুমি কী বলবে?</b>
guide-tell-adult-step-practise-angry-tricked = "আমাকে ফাঁদে ফেলা হয়েছে। এখন তোমার সাহায্য দরকার।"
guide-tell-adult-step-practise-angry-need-help = "জানি তুমি রেগে আছ। প্লিজ এটা থামাতে সাহায্য করো।"
guide-tell-adult-step-practise-angry-calm-down = "একটু শান্ত হলে কথা বলি? আমার ভয় লাগছে।"
guide-tell-adult-step-coach-angry =
    💛 প্রথমে রেগে যাওয়াটা সাধারণত তোমাকে নিয়ে ভয় থেকে আসে, আর অনেক সময় একটু পরে তা নরম হয়ে যায়। যতটা পারো শান্ত থেকে বলো যে তোমার সাহায্য দরকার। প্রথমে যা-ই বলুক, এতে তোমার কোনো দোষ নেই।

    <b>এরপর: বড় মানুষটি যদি বলেন "এটা কিছু না"?</b>
guide-tell-adult-step-coach-angry-next = ➡️ সেটাও অনুশীলন করি
guide-tell-adult-step-coach-angry-done = ✅ আমি তৈরি
guide-tell-adult-step-practise-dismissive =
    🎭 এবার বড় মানুষটি পাত্তা দিচ্ছেন না: <i>"এটা কিছু না। বাদ দাও।"</i>

    <b>তুমি কী বলবে?</b>
guide-tell-adult-step-practise-dismissive-it-matters = "আমার কাছে এটা অনেক বড় ব্যাপার। আমার খুব ভয় লাগছে।"
guide-tell-adult-step-practise-dismissive-say-again = "সে থামছে না, আমাকে হুমকি দিচ্ছে। আমার সাহায্য দরকার।"
guide-tell-adult-step-practise-dismissive-someone-else = আমি বরং অন্য কাউকে বলব
guide-tell-adult-step-coach-dismissive =
    👍 আবার পরিষ্কার করে বলো: তোমার ভয় লাগছে, আর তোমার সাহায্য দরকার। তবুও সেই বড় মানুষটি সাহায্য না করলে অন্য কাউকে বলো: তোমার কথা শোনার অধিকার তোমার আছে।

    আর <b>{ $helplineName }</b> (<b>{ $helpline }</b>) সবসময় তোমার কথা শুনবে। ফ্রি, দিনরাত।
guide-tell-adult-step-coach-dismissive-choose = 🔁 কাকে বলব বেছে নিই
guide-tell-adult-step-coach-dismissive-done = ✅ আমি তৈরি
guide-tell-adult-step-done =
    💛 <b>সাহায্য খুঁজে তুমি সাহসের কাজ করেছ।</b>
    প্রথম জন সাহায্য না করলে আরেকজনকে বলো। এটা কখনোই তোমার দোষ নয়।

    { $helplineName }: { $helpline } (ফ্রি)। এখনই বিপদে থাকলে: { $emergency }।
    এটা শেষ হলে এর কিছুই আমি রাখি না। তোমার ফোন থেকেও এই চ্যাট মুছতে কী করতে হবে, /forget লিখলে দেখতে পাবে।
