# Nirapod — the quiz scenarios: a short title (the dashboard's name for it), situation, question, each answer's button and its feedback (Bengali).
# What the flows do (answers, which is best, where a button leads) is in flows/scenarios/<id>.yaml; the
# message ids follow from the ids there (see flows/README.md). Before editing, read data/safe-messaging.md.
# Only <b> and <i>; write & as &amp;. Variables: { $helpline } { $helplineName } { $emergency }.

## flows/scenarios/cannot-delete.yaml

scenario-cannot-delete-title = 10 সেকেন্ডে "মুছে যাওয়া" ছবি
scenario-cannot-delete-situation = এক সহপাঠী বলছে: "এই অ্যাপে একটা খোলামেলা ছবি পাঠাও। 10 সেকেন্ড পরেই মুছে যায়, তাই পুরোপুরি নিরাপদ।"
scenario-cannot-delete-question = এটা কি নিরাপদ?
scenario-cannot-delete-answer-disappears = হ্যাঁ, মুছে তো যায়
scenario-cannot-delete-answer-disappears-feedback = স্ক্রিন থেকে হয়তো মুছে যায়, কিন্তু তার আগেই যে কেউ স্ক্রিনশট নিতে বা রেকর্ড করে রাখতে পারে। অনলাইনে যা পোস্ট করো, তা ফিরিয়ে নেওয়া খুব কঠিন।
scenario-cannot-delete-answer-lose-control = না। একবার পাঠালে তা আর আমার নিয়ন্ত্রণে থাকে না
scenario-cannot-delete-answer-lose-control-feedback = ঠিক। 2015 সালে ইন্টারনেট ওয়াচ ফাউন্ডেশন অনলাইনে পাওয়া কিশোর-কিশোরীদের যৌন ছবি-ভিডিও নিয়ে গবেষণা করে দেখেছে, এর 89.9% প্রথম যেখানে পোস্ট হয়েছিল সেখান থেকে নিয়ে অন্য ওয়েবসাইটে ছড়ানো হয়েছে। অনলাইনে বলা কথা আর ফেরানো যায় না।
scenario-cannot-delete-answer-delete-after = পরে মুছে দিলেই নিরাপদ
scenario-cannot-delete-answer-delete-after-feedback = তোমার কপি মুছলেও অন্যরা যে কপি রেখেছে তা মোছে না। পোস্ট করার আগে ভাবো: কেউ দেখলে ভয় লাগবে এমন কিছু হলে, পাঠিয়ো না।
# Take It Down: general safety advice, not from the booklet.
scenario-cannot-delete-explanation = একবার পাঠালে ছবিটা আর তোমার হাতে থাকে না: যে কেউ স্ক্রিনশট নিতে পারে। ছবি ছড়িয়ে গেলেও আশা আছে: রিপোর্ট করো, আর টেক ইট ডাউন খুঁজে পেতে /helpline লেখো।
scenario-cannot-delete-discuss = পরে আফসোস হতে পারে এমন ছবি বা মেসেজ পাঠানোর আগে তোমরা বন্ধুকে কী বলবে?

## flows/scenarios/cyberbullying.yaml

scenario-cyberbullying-title = অপমান করার অনলাইন পোল
scenario-cyberbullying-situation = কয়েকজন সহপাঠী একটা অনলাইন পোল বানিয়েছে: "আমাদের ক্লাসে সবচেয়ে কুৎসিত কে?" তাতে তোমার নাম আছে, আর কমেন্টে সবাই হাসাহাসি করছে।
scenario-cyberbullying-question = এটা কী, আর তুমি কী করতে পারো?
scenario-cyberbullying-answer-joke = শুধু মজা। কাউকে কিছু বলব না
scenario-cyberbullying-answer-joke-feedback = অনলাইনে অপমান করা সাইবার বুলিং, মজা নয়, আর এটা তোমার দোষ নয়। বুলিদের উত্তর দিতে হবে না, কিন্তু একা বয়ে বেড়িয়ো না: স্ক্রিনশট রাখো (নগ্ন ছবির কখনো নয়) আর ভরসার কোনো বড় মানুষকে জানাও।
scenario-cyberbullying-answer-report = সাইবার বুলিং। স্ক্রিনশট, রিপোর্ট, বড় কাউকে জানানো
scenario-cyberbullying-answer-report-feedback = ঠিক। প্রযুক্তি ব্যবহার করে, অনলাইন পোলসহ, কোনো শিশুকে হুমকি, অপমান বা হয়রানি করাই সাইবার বুলিং। এটা অপরাধ, আর প্রায় প্রতি 4 জন কিশোর-কিশোরীর 1 জন এর শিকার হয়েছে। স্ক্রিনশট হলো প্রমাণ, কিন্তু নগ্ন ছবির স্ক্রিনশট কখনো নিয়ো না, ফরোয়ার্ডও কোরো না। { $helpline }-এ ফোনও করতে পারো।
scenario-cyberbullying-answer-get-even = শোধ নিতে ওদের নিয়েও একটা পোল বানাই
scenario-cyberbullying-answer-get-even-feedback = পাল্টা আঘাত করতে ইচ্ছা হওয়া বোঝা যায়। কিন্তু তাতে বুলিং চলতেই থাকে। জিরো টলারেন্স মানে কারও কাছ থেকেই বুলিং নয়, অনলাইনে বা সামনাসামনি। প্রমাণ রাখো (কিন্তু নগ্ন ছবি কখনো নয়) আর ভরসার কোনো বড় মানুষকে জানাও।
scenario-cyberbullying-explanation = অনলাইনে কাউকে অপমান করা, পোল দিয়েও, সাইবার বুলিং, আর এটা অপরাধ। স্ক্রিনশট রাখো, রিপোর্ট করো, ভরসার কোনো বড় মানুষকে বলো।
scenario-cyberbullying-discuss = কেউ যদি তোমাকে বা তোমার ক্লাসের কাউকে সাইবার বুলিং শুরু করে, তোমরা কী করবে?

## flows/scenarios/fake-identity.yaml

scenario-fake-identity-title = নতুন "14 বছরের" ফলোয়ার স্কুলের নাম চায়
scenario-fake-identity-situation = নতুন একজন ফলোয়ার বলছে তার বয়স 14, তোমার শহরেই থাকে, আর তোমার প্রিয় গায়কই তার প্রিয়। তার প্রোফাইলে ছবি মাত্র কয়েকটা। এখন জানতে চাইছে তুমি কোন স্কুলে পড়ো।
scenario-fake-identity-question = তোমার কী ভাবা উচিত?
scenario-fake-identity-answer-same-age = ও আমার বয়সী, তাই বলাই যায়
scenario-fake-identity-answer-same-age-feedback = অনলাইনে যে কেউ যেকোনো বয়স বলতে পারে। গ্রুমাররা প্রায়ই পরিচয় লুকায় আর কমবয়সী কেউ সেজে "বন্ধু" হয়। তোমার স্কুল, ঠিকানা, পুরো নাম আর জন্মতারিখ নিজের কাছেই রাখো।
scenario-fake-identity-answer-cant-be-sure = ও আসলে কে, আমি নিশ্চিত নই। স্কুলের নাম বলব না
scenario-fake-identity-answer-cant-be-sure-feedback = ঠিক। কোনো কিছু ধরে নিয়ো না: অনলাইনের বন্ধুটি সত্যিই কি সে, যাকে তুমি ভাবছ? ব্যক্তিগত তথ্য গোপন রাখো, আর সে চাপ দিতে থাকলে ভরসার কোনো বড় মানুষকে জানাও।
scenario-fake-identity-answer-ask-selfie = প্রমাণ হিসেবে ওর একটা সেলফি চাই
scenario-fake-identity-answer-ask-selfie-feedback = ছবি কিছুই প্রমাণ করে না: ওটা যে কারও ছবি হতে পারে। আর ছবি আদান-প্রদান থেকে আরও ছবি চাওয়া শুরু হতে পারে। তথ্য গোপন রাখো, আর কিছু ঠিক না লাগলে ভরসার কোনো বড় মানুষকে বলো।
scenario-fake-identity-explanation = গ্রুমাররা নিজের পরিচয় লুকায়, শিশু সেজেও আসতে পারে। তোমার স্কুল, ঠিকানা, পুরো নাম আর জন্মতারিখ নিজের কাছে রাখো।
scenario-fake-identity-discuss = তোমার অনলাইন বন্ধু কি সত্যিই সেই মানুষ, যাকে তুমি ভাবছ? সেটা কীভাবে বোঝা যায়?

## flows/scenarios/flattery.yaml

scenario-flattery-title = গেমের বন্ধুর রোজ প্রশংসা
scenario-flattery-situation = অনলাইন গেমে একজনের সাথে পরিচয় হয়েছে। সে প্রতিদিন লেখে: "তোমার মতো সুন্দর কাউকে আমি কখনো দেখিনি।" এখন বলছে, শুধু তুমিই তাকে সত্যিকারে বোঝো।
scenario-flattery-question = এখানে আসলে কী হতে পারে?
scenario-flattery-answer-real-love = সে আমাকে সত্যিই পছন্দ করে, তাই সমস্যা নেই
scenario-flattery-answer-real-love-feedback = প্রশংসা শুনতে ভালো লাগে, এটা স্বাভাবিক। কিন্তু বারবার প্রশংসা করা গ্রুমারদের একটা কৌশল: এভাবে তারা কিশোর-কিশোরীর বিশ্বাস জেতে, পরে যৌন কিছুর জন্য চাপ দেয়। ভালো লেগে থাকলে সেটা তোমার দোষ নয়।
scenario-flattery-answer-warning-sign = অতিরিক্ত প্রশংসা গ্রুমিং হতে পারে। থামব, বড় কাউকে বলব
scenario-flattery-answer-warning-sign-feedback = ঠিক। গ্রুমাররা তোমার প্রোফাইল দেখে তোমার সম্পর্কে জানে, তারপর বারবার প্রশংসা করে আর অনেক মনোযোগ দেয়। এটা খেয়াল করা বুদ্ধিমানের কাজ। উত্তর দেওয়া বন্ধ করতে পারো, স্ক্রিনশট রাখো (নগ্ন ছবির কখনো নয়), আর ভরসার কোনো বড় মানুষকে বলো।
scenario-flattery-answer-send-photo = ধন্যবাদ জানাতে ওকে একটা ছবি পাঠানো উচিত
scenario-flattery-answer-send-photo-feedback = দয়া করে ছবি পাঠিয়ো না। একবার পাঠালে ছবিটা আর তোমার নিয়ন্ত্রণে থাকে না। অনেক প্রশংসার পর ছবি চাওয়া একটা বিপদের লক্ষণ, আর তুমি সবসময় "না" বলতে পারো।
scenario-flattery-explanation = বারবার প্রশংসা আর অনেক মনোযোগ দিয়ে গ্রুমাররা বিশ্বাস জিতে নেয়। এটা খেয়াল করা বুদ্ধিমানের কাজ।
scenario-flattery-discuss = অনলাইনে এমন কৌশলের কথা তোমরা শুনেছ? এর মুখোমুখি হলে কিশোর-কিশোরীদের কী করা উচিত?

## flows/scenarios/gifts.yaml

scenario-gifts-title = অনলাইন বন্ধু রিচার্জ আর টাকা দিতে চায়
scenario-gifts-situation = অনলাইনের এক বন্ধু, যাকে তুমি কখনো সামনাসামনি দেখোনি, তোমার মোবাইলে রিচার্জ আর নতুন জামার টাকা পাঠাতে চাইছে। বলছে, "কারণ তুমি খুব স্পেশাল।"
scenario-gifts-question = সবচেয়ে নিরাপদ কাজ কোনটা?
scenario-gifts-answer-accept = নিয়ে নিই। উপহারে কোনো ক্ষতি নেই
scenario-gifts-answer-accept-feedback = অনলাইনের কারও কাছ থেকে উপহার আর টাকা পাওয়া গ্রুমিংয়ের একটা সাধারণ কৌশল। পরে সে বলতে পারে তুমি তার কাছে "ঋণী", আর ছবি চাইতে বা দেখা করতে চাইতে পারে। কেউ উপহার দিতে চাইলে সেটা তোমার দোষ নয়।
scenario-gifts-answer-refuse-tell = উপহারে না বলি, আর ভরসার কোনো বড় মানুষকে জানাই
scenario-gifts-answer-refuse-tell-feedback = ঠিক। কিশোর-কিশোরীর বিশ্বাস জিততে গ্রুমাররা অনেক আদর-যত্ন, উপহার আর টাকা ব্যবহার করে। এরপর কী করবে, সেটা ঠিক করতে ভরসার কোনো বড় মানুষ সাহায্য করতে পারেন।
scenario-gifts-answer-accept-promise = নিই, যদি সে কথা দেয় বিনিময়ে কিছু চাইবে না
scenario-gifts-answer-accept-promise-feedback = অনলাইনে দেওয়া কথা সহজেই ভাঙা যায়। উপহার দেওয়া হয় যাতে তোমার মনে হয় বিনিময়ে কিছু দিতে হবে। না বলা আর ভরসার কোনো বড় মানুষকে জানানোই বেশি নিরাপদ।
scenario-gifts-explanation = দয়া, উপহার আর টাকা গ্রুমিংয়ের কৌশল: পরে সে বলতে পারে তুমি তার কাছে "ঋণী"। না বলো, আর ভরসার কোনো বড় মানুষকে জানাও।
scenario-gifts-discuss = কখনো দেখা হয়নি এমন কিশোর-কিশোরীকে অনলাইনে কেউ কেন উপহার বা টাকা দিতে চাইতে পারে?

## flows/scenarios/image-request.yaml

scenario-image-request-title = "আমাকে বিশ্বাস করলে ছবি পাঠাও"
scenario-image-request-situation = কয়েক সপ্তাহ ধরে যার সাথে চ্যাট করছ, সে লিখছে: "আমাকে বিশ্বাস করলে জামাকাপড় ছাড়া একটা ছবি পাঠাও। দেখেই মুছে ফেলব।"
scenario-image-request-question = সবচেয়ে ভালো উত্তর কোনটা?
scenario-image-request-answer-send-it = পাঠাই, মুছে ফেলার কথা তো দিয়েছে
scenario-image-request-answer-send-it-feedback = এই কথা নিশ্চিতভাবে কেউ রাখতে পারে না। ছবি একবার পাঠালে তা আর তোমার নিয়ন্ত্রণে থাকে না: ইন্টারনেট ওয়াচ ফাউন্ডেশনের এক গবেষণায় অনলাইনে পাওয়া এমন ছবি-ভিডিওর 89.9% অন্য ওয়েবসাইটে কপি হয়ে আবার ছড়িয়েছিল।
scenario-image-request-answer-say-no = না বলি, উত্তর দেওয়া থামাই, স্ক্রিনশট রাখি, বড় কাউকে বলি
scenario-image-request-answer-say-no-feedback = ঠিক। তোমার অস্বস্তি হয় এমন যৌন কিছু করতে চাপ দেওয়া নির্যাতন। যেকোনো সময় তুমি না বলতে পারো, এমনকি যাকে পছন্দ করো তাকেও। স্ক্রিনশট থাকলে ভরসার বড় মানুষটি তোমাকে ভালোভাবে সাহায্য করতে পারবেন, কিন্তু নগ্ন ছবির স্ক্রিনশট কখনো নিয়ো না, ফরোয়ার্ডও কোরো না।
scenario-image-request-answer-hide-face = মুখ ঢেকে একটা পাঠাই
scenario-image-request-answer-hide-face-feedback = মুখ না থাকলেও ছবি দিয়ে তোমাকে চাপ দেওয়া যায়, আর পাঠানোর পর সেটা আর তোমার নিয়ন্ত্রণে থাকে না। না বলা সবসময়ই ঠিক।
scenario-image-request-explanation = যে যৌন কাজে তোমার অস্বস্তি হয়, তা করতে চাপ দেওয়া নির্যাতন। পছন্দের মানুষকেও তুমি সবসময় না বলতে পারো।
scenario-image-request-discuss = কেউ নিজের ছবি পাঠাতে বললে কিশোর-কিশোরীদের কী করা উচিত?

## flows/scenarios/made-to-order.yaml

scenario-made-to-order-title = ওয়েবক্যাম ভিডিওর জন্য টাকা
scenario-made-to-order-situation = অচেনা একজন টাকা দিতে চাইছে, যদি তুমি ওয়েবক্যামে নিজের একটা ছোট ভিডিও বানাও, ঠিক সে যা বলে তাই করে।
scenario-made-to-order-question = আসলে কী ঘটছে?
scenario-made-to-order-answer-easy-money = সহজে কিছু টাকা কামানোর উপায়
scenario-made-to-order-answer-easy-money-feedback = একে বলে অর্ডার দিয়ে বানানো উপকরণ: অনুরোধে শিশুদের নিজেদের বানানো ছবি ও ভিডিও। এর সাথে সংঘবদ্ধ অপরাধী চক্র জড়িত থাকতে পারে। কোনো পরিমাণ টাকাই এটাকে নিরাপদ করে না।
scenario-made-to-order-answer-exploitation = শোষণ, হয়তো অপরাধী চক্রের। না বলব, বড় কাউকে জানাব
scenario-made-to-order-answer-exploitation-feedback = ঠিক। অর্ডার দিয়ে বানানো উপকরণের সাথে সংঘবদ্ধ অপরাধ জড়িত থাকতে পারে, আর 15 বছর বা তার কম বয়সী শিশুদের এমন কনটেন্টের 85.9% বানানো হয়েছিল ওয়েবক্যামে। না বলো, চ্যাটের স্ক্রিনশট রাখো (নগ্ন ছবি বা ভিডিওর কখনো নয়), ব্লক আর রিপোর্ট করো, ভরসার কোনো বড় মানুষকে জানাও।
scenario-made-to-order-answer-keep-clothes = জামাকাপড় পরে থাকলে কোনো সমস্যা নেই
scenario-made-to-order-answer-keep-clothes-feedback = ভিডিওটা একবার তাদের হাতে গেলে, এর কী হবে তা তারাই ঠিক করে, আর এমন অনুরোধ প্রায়ই বাড়তে থাকে। না বলা আর ভরসার কোনো বড় মানুষকে জানানোই বেশি নিরাপদ।
scenario-made-to-order-explanation = অর্ডার দিয়ে বানানো ছবি আর ভিডিওর সাথে সংগঠিত অপরাধী চক্র জড়িত থাকতে পারে। কোনো টাকার অঙ্কেই এটা নিরাপদ হয় না।
scenario-made-to-order-discuss = টাকার বিনিময়ে নিজের ছবি বা ভিডিও বানানোর প্রস্তাব পেলে কিশোর-কিশোরীদের কী করা উচিত?

## flows/scenarios/meeting.yaml

scenario-meeting-title = অনলাইন বন্ধু একা দেখা করতে চায়
scenario-meeting-situation = তিন মাস ধরে অনলাইনে চেনা এক বন্ধু লিখছে: "চলো এবার দেখা করি! শুক্রবার একা পার্কে চলে এসো। কাউকে বোলো না, এটা আমাদের সারপ্রাইজ।"
scenario-meeting-question = তোমার কী করা উচিত?
scenario-meeting-answer-busy-place = যাই, তবে লোকজন আছে এমন জায়গায়
scenario-meeting-answer-busy-place-feedback = শুধু ভিড়ের জায়গা যথেষ্ট নয়। মানুষটা আসলে কে, তুমি নিশ্চিত হতে পারো না, আর "একা এসো, কাউকে বোলো না" কথাটাই বিপদের লক্ষণ।
scenario-meeting-answer-talk-first = যাব না। আগে ভরসার কোনো বড় মানুষের সাথে কথা বলব
scenario-meeting-answer-talk-first-feedback = ঠিক। বড় কারও সাথে আগে কথা না বলে অনলাইনের বন্ধুর সাথে বাস্তবে কখনো দেখা করবে না। সে চাপ দিলে বা বলে যে তোমার কাছে আসছে, এখনই বড় কাউকে জানাও। বিপদে থাকলে { $emergency } নম্বরে ফোন করো।
scenario-meeting-answer-with-friend = সমবয়সী এক বন্ধুকে নিয়ে যাই
scenario-meeting-answer-with-friend-feedback = দুজন কিশোর-কিশোরীও ঝুঁকিতে পড়তে পারে। আগে বড় কারও সাথে কথা বলো: দেখা করা আদৌ নিরাপদ কিনা, সেটা ঠিক করতে তিনি সাহায্য করবেন।
scenario-meeting-explanation = আগে বড় কারও সাথে কথা না বলে অনলাইন বন্ধুর সাথে কখনো দেখা করতে যেয়ো না। "একা এসো, কাউকে বোলো না" একটা বিপদের সংকেত।
scenario-meeting-discuss = "একা এসো, কাউকে বোলো না" কেন বিপদের সংকেত? আগে কার সাথে কথা বলা যায়?

## flows/scenarios/parents.yaml

scenario-parents-title = "তোমার বাবা-মা তোমাকে বোঝে না"
scenario-parents-situation = বাসায় ঝগড়ার পর অনলাইনের এক বন্ধু লিখছে: "তোমার মা-বাবা তোমাকে বোঝে না। শুধু আমি বুঝি। আমাকে সব বলতে পারো।"
scenario-parents-question = মানুষটা আসলে কী করছে?
scenario-parents-answer-true-friend = দরকারের সময় সত্যিকারের বন্ধুর মতো পাশে আছে
scenario-parents-answer-true-friend-feedback = বাসায় কঠিন সময়ে ভালো কথা শুনতে ভালো লাগে। কিন্তু যেসব শিশু মা-বাবার সাথে সহজে কথা বলতে পারে না, অনলাইনে তারা বেশি ঝুঁকিতে থাকে, আর গ্রুমাররা চেষ্টা করে একমাত্র ভরসার মানুষ হয়ে উঠতে। ভালো লেগে থাকলে সেটা তোমার দোষ নয়।
scenario-parents-answer-coming-between = আমাকে পরিবার থেকে আলাদা করতে চাইছে: এটা বিপদের লক্ষণ
scenario-parents-answer-coming-between-feedback = ঠিক। গ্রুমাররা আগে একটা ঘনিষ্ঠ সম্পর্ক তৈরি করে। এখন মা-বাবার সাথে কথা বলা কঠিন হলে, অন্য কোনো ভরসার বড় মানুষকে বেছে নাও: শিক্ষক, কাউন্সেলর বা কোনো আত্মীয়।
scenario-parents-answer-just-chat = কিছুই না। এটা শুধু কথাবার্তা
scenario-parents-answer-just-chat-feedback = "শুধু আমিই তোমাকে বুঝি" ধরনের কথা নিয়ন্ত্রণ করার একটা ধাপ হতে পারে। খেয়াল করো, স্ক্রিনশট রাখো (নগ্ন ছবির কখনো নয়), আর ভরসার কোনো বড় মানুষের সাথে কথা বলো।
scenario-parents-explanation = গ্রুমাররা চায় তারাই হোক একমাত্র ভরসার মানুষ। মা-বাবার সাথে কথা বলা কঠিন হলে ভরসার অন্য কোনো বড় মানুষ বেছে নাও।
scenario-parents-discuss = মা-বাবার সাথে যাদের কথা কম হয়, অনলাইনে তাদের ঝুঁকি বেশি। আর কোন বড়দের কাছে কিশোর-কিশোরীরা যেতে পারে?

## flows/scenarios/privacy-profile.yaml

scenario-privacy-profile-title = নতুন প্রোফাইল বানানো
scenario-privacy-profile-situation = তুমি নতুন একটা প্রোফাইল খুলছ। অ্যাপটা তোমার পুরো নাম, জন্মতারিখ, স্কুল আর এলাকা চাইছে, আর তুমি না বদলালে সবাই সেগুলো দেখতে পাবে।
scenario-privacy-profile-question = সবচেয়ে নিরাপদভাবে কীভাবে সেট করবে?
scenario-privacy-profile-answer-fill-all = সব পূরণ করি, যাতে বন্ধুরা খুঁজে পায়
scenario-privacy-profile-answer-fill-all-feedback = তাহলে অচেনা লোকও তোমাকে সহজে খুঁজে পাবে। অপরাধীরা কিশোর-কিশোরীদের প্রোফাইল দেখে তাদের সম্পর্কে জানে আর তাদের কাছে পৌঁছায়।
scenario-privacy-profile-answer-private = এগুলো বাদ দিই, আর প্রাইভেসি সেটিংস ব্যবহার করি
scenario-privacy-profile-answer-private-feedback = ঠিক। 13 থেকে 18 বছর বয়সীদের নিয়ম: নিজের তথ্যের নিয়ন্ত্রণ নিজের হাতে রাখো, প্রাইভেসি সেটিংস ব্যবহার করো, আর পুরো নাম, জন্মতারিখ, ঠিকানা বা স্কুলের নাম পোস্ট কোরো না। মাঝে মাঝে সেটিংস দেখে নিয়ো: এগুলো বদলায়।
scenario-privacy-profile-answer-hide-phone = শুধু ফোন নম্বরটা লুকাই
scenario-privacy-profile-answer-hide-phone-feedback = ভালো শুরু, কিন্তু তোমার স্কুল আর এলাকা দিয়েও কেউ তোমার কাছে পৌঁছে যেতে পারে। ওগুলোও গোপন রাখো।
scenario-privacy-profile-explanation = নিজের তথ্য নিজের নিয়ন্ত্রণে রাখো: প্রাইভেসি সেটিংস ব্যবহার করো, পুরো নাম, জন্মতারিখ, ঠিকানা বা স্কুলের নাম পোস্ট কোরো না।
scenario-privacy-profile-discuss = অনলাইনে নিজের প্রাইভেসি আর নিরাপত্তা রক্ষায় কিশোর-কিশোরীরা কী করতে পারে?

## flows/scenarios/secrecy.yaml

scenario-secrecy-title = "আমাদের কথা কাউকে বোলো না"
scenario-secrecy-situation = অনলাইনে যার সাথে চ্যাট করো, সে বলছে: "আমাদের কথাগুলো খুব স্পেশাল। আমার কথা তোমার মা-বাবা বা বন্ধুদের বোলো না। ওরা সব নষ্ট করে দেবে।"
scenario-secrecy-question = তুমি কী করবে?
scenario-secrecy-answer-keep-secret = গোপন রাখি। এটা আমাদের নিজেদের ব্যাপার
scenario-secrecy-answer-keep-secret-feedback = একটা বন্ধুত্বকে স্পেশাল রাখতে চাওয়া স্বাভাবিক। কিন্তু অনলাইনের কোনো বন্ধু যদি তাকে পরিবারের কাছ থেকে লুকাতে বলে, সেটা বিপদের লক্ষণ। কথা দিয়ে থাকলেও, যেকোনো চ্যাটের কথা তুমি সবসময় বড় কাউকে বলতে পারো।
scenario-secrecy-answer-tell-adult = ভরসার কোনো বড় মানুষকে বলি। ভালো বন্ধু লুকাতে বলত না
scenario-secrecy-answer-tell-adult-feedback = ঠিক। অস্বাভাবিক কোনো মেসেজ পেলে তুমি মা-বাবা, পরিবারের কেউ, শিক্ষক বা কাউন্সেলরের সাথে কথা বলতে পারো। বলে দেওয়া মানে কারও সাথে বেইমানি নয়। এতে তুমি নিরাপদ থাকো।
scenario-secrecy-answer-delete-chat = চ্যাটটা মুছে ফেলি, যাতে কেউ কখনো না জানে
scenario-secrecy-answer-delete-chat-feedback = দয়া করে চ্যাটটা রেখে দাও। স্ক্রিনশট হলো প্রমাণ (নগ্ন ছবির কখনো নয়), আর এগুলো দেখলে ভরসার বড় মানুষটি সব বুঝতে পারবেন, তোমাকে সবকিছু মুখে বলতে হবে না।
scenario-secrecy-explanation = নিরাপদ বন্ধু কখনো পরিবারের কাছ থেকে নিজেকে লুকাতে বলে না। কোনো চ্যাটের কথা তুমি সবসময় ভরসার কোনো বড় মানুষকে বলতে পারো।
scenario-secrecy-discuss = অনলাইনের ঝুঁকির কথা কি মা-বাবা, শিক্ষক বা ভরসার বড় মানুষদের বলা উচিত? কী হলে বলাটা সহজ হয়?

## flows/scenarios/self-blame.yaml

scenario-self-blame-title = ছবি ছড়ানোর পর "সব আমার দোষ"
scenario-self-blame-situation = বিশ্বাস করে একজনকে একটা ছবি পাঠিয়েছিলে। এখন সেটা ছড়িয়ে দেওয়া হয়েছে, আর তোমার বারবার মনে হচ্ছে: "সব আমার দোষ। আমি সাহায্য পাওয়ার যোগ্য না।"
scenario-self-blame-question = এর মধ্যে কোনটা সত্যি?
scenario-self-blame-answer-deserve-it = আমিই পাঠিয়েছি, তাই যা হয়েছে আমার প্রাপ্য
scenario-self-blame-answer-deserve-it-feedback = দয়া করে শোনো: এটা তোমার প্রাপ্য নয়। অনলাইন নির্যাতন চলে ধাপে ধাপে প্রভাবিত করে। যে তোমার ছবি ছড়িয়েছে, দায় তার, তোমার নয়।
scenario-self-blame-answer-not-my-fault = এটা আমার দোষ নয়। আমি সাহায্য পাওয়ার যোগ্য
scenario-self-blame-answer-not-my-fault-feedback = ঠিক। অনলাইনে যৌন শোষণ ও নির্যাতন বেআইনি, আর দোষ যে করে তার। পুস্তিকার এক ঘটনায় পুলিশ একটি মেয়েকে বলেছিল দোষ তার। তারা ভুল বলেছিল। ভরসার কোনো বড় মানুষকে বলো, বা { $helpline }-এ ফোন করো।
scenario-self-blame-answer-alone = কাউকে না জানিয়ে একাই সামলাব
scenario-self-blame-answer-alone-feedback = এর মোকাবিলা তোমাকে একা করতে হবে না, আর এটা তোমার দোষ নয়। ভরসার কোনো বড় মানুষ বা { $helplineName } ({ $helpline }) সাহায্য করতে পারে। একজন দোষ দিলে আরেকজনকে বলো।
scenario-self-blame-explanation = অনলাইনে যৌন শোষণ আর নির্যাতন বেআইনি। দোষ তার, যে এটা করে; শিশুর কখনোই নয়।
scenario-self-blame-discuss = অনলাইনে যা হয়েছে তার সব দোষ নিজের বলে ভাবছে এমন বন্ধুকে তোমরা কী বলতে পারো?

## flows/scenarios/sextortion-evidence.yaml

scenario-sextortion-evidence-title = হুমকিদাতাকে ব্লকের আগে প্রমাণ রাখা
scenario-sextortion-evidence-situation = অনলাইনে একজন তোমাকে হুমকি দিচ্ছে। তুমি এখনই তাকে ব্লক করে দিতে চাও, যাতে তার মেসেজ আর কখনো দেখতে না হয়।
scenario-sextortion-evidence-question = ব্লক করার আগে তোমার কী করা উচিত?
scenario-sextortion-evidence-answer-delete-all = আগে পুরো চ্যাটটা মুছে ফেলি
scenario-sextortion-evidence-answer-delete-all-feedback = সব মুছে ফেলতে চাওয়া বোঝা যায়। কিন্তু চ্যাটটাই প্রমাণ, আর এটা না থাকলে বড়দের পক্ষে সাহায্য করা কঠিন হয়। রেখে দাও (কিন্তু নগ্ন ছবিটার স্ক্রিনশট কখনো নিয়ো না, ফরোয়ার্ডও কোরো না), তারপর ব্লক করো।
scenario-sextortion-evidence-answer-screenshots = চ্যাট, ওর প্রোফাইল আর ইউজারনেমের স্ক্রিনশট নিই
scenario-sextortion-evidence-answer-screenshots-feedback = ঠিক। যা কিছু তোমাকে অস্বস্তিতে ফেলে, তার স্ক্রিনশট নিয়ে রাখো, কিন্তু নগ্ন ছবিটার স্ক্রিনশট কখনো নিয়ো না, ফরোয়ার্ডও কোরো না। ভরসার কাউকে দেখাও, তারপর অ্যাকাউন্টটা ব্লক ও রিপোর্ট করো, আর ভরসার কোনো বড় মানুষকে জানাও।
scenario-sextortion-evidence-answer-reply-angry = উত্তরে লিখি যে আমি পুলিশে যাচ্ছি
scenario-sextortion-evidence-answer-reply-angry-feedback = রুখে দাঁড়াতে চাওয়া সাহসের কাজ। কিন্তু কারও সাথে কথা বলতে অস্বস্তি লাগলে উত্তর দিয়ো না। প্রমাণ রাখো (কিন্তু নগ্ন ছবিটা কখনো নয়), ব্লক আর রিপোর্ট করো, আর পুলিশের কাছে যেতে ভরসার কোনো বড় মানুষের সাহায্য নাও।
# keeping evidence is the booklet's "print screen" guideline; without the nude image, block and report: general safety advice
scenario-sextortion-evidence-explanation = চ্যাট, প্রোফাইল আর ইউজারনেমের স্ক্রিনশট রাখো (নগ্ন ছবিটার কখনো নয়), ভরসার কাউকে দেখাও, তারপর ব্লক আর রিপোর্ট করো।
scenario-sextortion-evidence-discuss = প্রমাণ রেখে দিলে ভরসার বড় মানুষ বা পুলিশ কেন ভালোভাবে সাহায্য করতে পারে?

## flows/scenarios/sextortion-pay.yaml

scenario-sextortion-pay-title = টাকা না দিলে ছবি ছড়ানোর হুমকি
scenario-sextortion-pay-situation = তোমার একটা ব্যক্তিগত ছবি যার কাছে আছে, সে লিখছে: "আজ রাতের মধ্যে 5,000 টাকা পাঠাও, নাহলে তোমার ছবি সবখানে পোস্ট করে দেব।"
scenario-sextortion-pay-question = তোমার কী করা উচিত?
scenario-sextortion-pay-answer-pay = টাকা দিয়ে দিই, যাতে ছবিটা ছড়িয়ে না পড়ে
scenario-sextortion-pay-answer-pay-feedback = এটা থামাতে চাওয়া খুবই স্বাভাবিক। কিন্তু টাকা দিয়ো না: টাকা দিলে তুমি নিরাপদ হয়ে যাও না, সে আবার চাইতে পারে। তোমার কোনো দোষ নেই। যে হুমকি দিচ্ছে, অন্যায় সে-ই করছে।
scenario-sextortion-pay-answer-dont-pay = টাকা দেব না। প্রমাণ রাখব, ব্লক-রিপোর্ট করব, বড় কাউকে বলব
scenario-sextortion-pay-answer-dont-pay-feedback = ঠিক। প্রমাণ রাখো: চ্যাট আর তার প্রোফাইলের স্ক্রিনশট নাও, কিন্তু তোমার ছবিটার স্ক্রিনশট কখনো নিয়ো না, কাউকে ফরোয়ার্ডও কোরো না। বাংলাদেশে ব্ল্যাকমেইলের শিকার 14 বছরের এক মেয়ে চাইল্ড হেল্পলাইন 1098-এ ফোন করেছিল। তার পরিবার পুলিশে জানায়, আর লোকটা গ্রেপ্তার হয়। তুমিও { $helpline }-এ ফোন করতে পারো। একা এর মোকাবিলা করতে হবে না।
scenario-sextortion-pay-answer-send-more = ওকে শান্ত করতে আরেকটা ছবি পাঠাই
scenario-sextortion-pay-answer-send-more-feedback = দয়া করে আর পাঠিয়ো না। তাতে হুমকি দেওয়ার জন্য তার হাতে আরও বেশি কিছু যাবে। প্রমাণ রাখো (কিন্তু তোমার ছবিটা কখনো নয়), ব্লক আর রিপোর্ট করো, আর আজই ভরসার কোনো বড় মানুষকে জানাও।
scenario-sextortion-pay-answer-stay-silent = কাউকে বলব না। আমার খুব লজ্জা লাগছে
scenario-sextortion-pay-answer-stay-silent-feedback = তোমার লজ্জার কিছু নেই: এটা তোমার দোষ নয়। ভরসার কোনো বড় মানুষকে বলা বা { $helplineName } { $helpline } নম্বরে ফোন করাই সাহায্য পাওয়ার পথ।
# general safety advice, not from the booklet
scenario-sextortion-pay-explanation = টাকা দিলে তুমি নিরাপদ হবে না, সে আবার চাইতে পারে। প্রমাণ রাখো, ব্লক আর রিপোর্ট করো, বড় কাউকে বলো। { $helpline }-এ ফোন করতে পারো।
scenario-sextortion-pay-discuss = ব্ল্যাকমেইলের শিকার বাংলাদেশের এক মেয়ে চাইল্ড হেল্পলাইন 1098-এ ফোন করেছিল, আর লোকটা গ্রেপ্তার হয়েছিল। সাহায্য চাইতে কিশোর-কিশোরীদের কী বাধা দেয়?

## flows/scenarios/shared-photos.yaml

scenario-shared-photos-title = প্রাক্তন তোমার ছবি দিয়ে ভুয়া প্রোফাইল বানায়
scenario-shared-photos-situation = তোমার প্রাক্তন প্রেমিক/প্রেমিকা তোমার ছবি দিয়ে একটা ভুয়া প্রোফাইল বানিয়েছে, আর তোমার বন্ধু ও পরিবারের সবাইকে ফ্রেন্ড রিকোয়েস্ট পাঠিয়েছে।
scenario-shared-photos-question = তুমি কী করতে পারো?
scenario-shared-photos-answer-my-fault = কিছুই না। ছবি পাঠিয়েছিলাম, তাই দোষ আমার
scenario-shared-photos-answer-my-fault-feedback = এটা তোমার দোষ নয়। পুস্তিকার একটা সত্যি ঘটনায় এক মেয়ের প্রাক্তন প্রেমিক ঠিক এটাই করেছিল, আর পুলিশ বলেছিল দোষ মেয়েটির। তারা ভুল বলেছিল। যে ছবি ছড়িয়েছে, দোষ তার।
scenario-shared-photos-answer-act = স্ক্রিনশট, রিপোর্ট, বড় কাউকে বলা, ছবি সরানোর ব্যবস্থা
scenario-shared-photos-answer-act-feedback = ঠিক। প্রোফাইল আর মেসেজের স্ক্রিনশট নাও (নগ্ন ছবির কখনো নয়), অ্যাপে ভুয়া প্রোফাইলটা রিপোর্ট করো, আর ভরসার কোনো বড় মানুষকে জানাও। 18 বছরের আগে তোলা নগ্ন বা যৌন ছবি সরাতে যুক্তরাষ্ট্রের একটি শিশু সুরক্ষা সংস্থার টেক ইট ডাউন (takeitdown.ncmec.org) সাহায্য করে, আর ছবিটা কাউকে পাঠাতেও হয় না।
scenario-shared-photos-answer-explain-all = সবাইকে মেসেজ করে ঘটনাটা বুঝিয়ে বলি
scenario-shared-photos-answer-explain-all-feedback = কাউকে ব্যাখ্যা দিতে তুমি বাধ্য নও। আগে প্রমাণ রাখো (কিন্তু নগ্ন ছবি কখনো নয়) আর প্রোফাইলটা রিপোর্ট করো, তারপর কাকে জানানো দরকার তা ঠিক করতে ভরসার কোনো বড় মানুষের সাহায্য নাও।
scenario-shared-photos-explanation = এটা তোমার দোষ নয়। স্ক্রিনশট রাখো (নগ্ন ছবির কখনো নয়), ভুয়া প্রোফাইলটা রিপোর্ট করো, ভরসার কোনো বড় মানুষকে বলো।
scenario-shared-photos-discuss = বুকলেটের গল্পে পুলিশ মেয়েটিকে বলেছিল দোষ তার। সেটা কেন ভুল ছিল, আর কী হওয়া উচিত ছিল?

## flows/scenarios/unwanted-content.yaml

scenario-unwanted-content-title = গেম চ্যাটে অচেনা কেউ নগ্ন ছবি পাঠায়
scenario-unwanted-content-situation = গেমের চ্যাটে অচেনা এক খেলোয়াড় হঠাৎ তোমাকে একটা নগ্ন ছবি পাঠাল, আর জিজ্ঞেস করছে ছবিটা তোমার কেমন লাগল।
scenario-unwanted-content-question = এটা কী, আর তুমি কী করবে?
scenario-unwanted-content-answer-normal = অনলাইনে এমন হয়ই। এতে কিছু আসে যায় না
scenario-unwanted-content-answer-normal-feedback = কেউ না চাইলেও তাকে নগ্ন ছবি পাঠানো নির্যাতন। এটা স্বাভাবিক নয়, আর ছবিটা পেয়ে তুমি কোনো ভুল করোনি।
scenario-unwanted-content-answer-abuse = এটা নির্যাতন। উত্তর দেব না; রিপোর্ট, ব্লক, বড় কাউকে বলব
scenario-unwanted-content-answer-abuse-feedback = ঠিক। কেউ না চাইতেই নগ্ন ছবি পাঠালে, ওয়েবক্যামে শরীর দেখালে বা যৌন মন্তব্য করলে সেটা নির্যাতন। উত্তর দিয়ো না, রিপোর্ট আর ব্লক করো, ভরসার কোনো বড় মানুষকে জানাও। ছবিটা কাউকে ফরোয়ার্ড কোরো না।
scenario-unwanted-content-answer-reply-back = উত্তর দিই, যাতে থামে
scenario-unwanted-content-answer-reply-back-feedback = উত্তর দিলে সাধারণত কথা চলতেই থাকে। কারও সাথে কথা বলতে অস্বস্তি লাগলে উত্তর দিয়ো না। রিপোর্ট করো, ব্লক করো, আর ভরসার কোনো বড় মানুষকে জানাও।
scenario-unwanted-content-explanation = না চাইতেই নগ্ন ছবি পাঠানো নির্যাতন। উত্তর দিয়ো না; রিপোর্ট আর ব্লক করো, ভরসার কোনো বড় মানুষকে বলো। ছবিটা কাউকে ফরোয়ার্ড কোরো না।
scenario-unwanted-content-discuss = অনলাইনে কথা বলা কেউ নির্যাতন বা শোষণ করছে, কিশোর-কিশোরীরা সেটা কীভাবে বুঝবে?

## flows/scenarios/worried-friend.yaml

scenario-worried-friend-title = বন্ধুকে তার ছবি নিয়ে হুমকি দেওয়া হচ্ছে
scenario-worried-friend-situation = ফোন ব্যবহারের পর তোমার প্রিয় বান্ধবী মন খারাপ করে থাকে, স্কুলেও আসছে না। সে বলল, অনলাইনে একজনের কাছে তার ছবি আছে আর সে হুমকি দিচ্ছে। কাউকে না বলার জন্য সে তোমাকে অনুরোধ করছে।
scenario-worried-friend-question = তুমি কীভাবে সাহায্য করতে পারো?
scenario-worried-friend-answer-keep-secret = ওর কথা গোপন রাখি। বন্ধুরা তো তাই করে
scenario-worried-friend-answer-keep-secret-feedback = বন্ধুর প্রতি বিশ্বস্ত থাকা ভালো। কিন্তু এটা তোমাদের দুজনের একা বয়ে বেড়ানোর মতো ছোট বিষয় নয়। ভরসার কোনো বড় মানুষকে বলা মানে ওর সাথে বেইমানি নয়: এতে ও সুরক্ষিত থাকে।
scenario-worried-friend-answer-help-tell = বলি এটা ওর দোষ নয়, আর বড় কাউকে বলতে সাহায্য করি
scenario-worried-friend-answer-help-tell-feedback = ঠিক। এই কার্ড গেম খেলা শিক্ষার্থীরা বলেছিল, বন্ধুরা শোষণের শিকার হলে তারা বড়দের আর শিক্ষকদের জানাবে। ওর সাথে যেতে চাও বলো, বা একসাথে { $helpline }-এ ফোন করো। ছবিগুলো খুঁজো না, ফরোয়ার্ডও কোরো না।
scenario-worried-friend-answer-see-pictures = আগে ছবিগুলো আমাকে দেখাতে বলি
scenario-worried-friend-answer-see-pictures-feedback = তুমি বুঝতে চাইছ, এটা যত্নেরই লক্ষণ। কিন্তু সাহায্যের জন্য হলেও ওই ছবি কখনো চেয়ো না, খুঁজো না বা ফরোয়ার্ড কোরো না: তাতে ছবি আরও ছড়ায়। বরং ভরসার কোনো বড় মানুষকে বলতে ওকে সাহায্য করো।
scenario-worried-friend-explanation = ভরসার কোনো বড় মানুষকে বলা মানে বন্ধুর সাথে বেইমানি নয়: এতে সে সুরক্ষিত থাকে। ছবিগুলো কখনো চেয়ো না, খুঁজো না, ফরোয়ার্ড কোরো না।
scenario-worried-friend-discuss = বুকলেটের শিক্ষার্থীরা বলেছিল তারা বন্ধুদের সাবধান করবে আর বড়দের ও শিক্ষকদের জানাবে। বলতে ভয় পাচ্ছে এমন বন্ধুর পাশে তোমরা কীভাবে থাকবে?
