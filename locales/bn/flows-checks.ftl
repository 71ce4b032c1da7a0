# Nirapod — the self-checks: each sign's question, its name in the result and why it matters (Bengali).
# What a check asks (which signs, in which order, which yes means danger now) is in
# flows/checks/<id>.yaml; the message ids follow from the ids there (see flows/README.md).
# Before editing, read data/safe-messaging.md. The result is never a score and never says "you are safe".
# Only <b> and <i>; write & as &amp;. Variables: { $helpline } { $helplineName } { $emergency }.

## flows/checks/grooming.yaml

selfcheck-grooming-title = 🔍 এটা কি গ্রুমিং?
selfcheck-grooming-offer = 🔍 তোমার চ্যাট নিয়ে নিশ্চিত না? চাইলে আমি তোমার সাথে সতর্ক-সংকেতগুলো মিলিয়ে দেখতে পারি: কয়েকটা হ্যাঁ / না প্রশ্ন। তোমার উত্তর সেভ করা হয় না।
selfcheck-grooming-intro =
    যার সাথে চ্যাট করছ তার কথা ভাবো, আর প্রতিটা প্রশ্নের উত্তরে <b>হ্যাঁ</b>, <b>না</b> বা <b>নিশ্চিত না</b> চাপো।
    কোনো উত্তর ভুল না, আর কোনো খুঁটিনাটি আমাকে বলতে হবে না। তোমার উত্তর সেভ করা হয় না: আমি শুধু নাম ছাড়া গুনে রাখি কোন সংকেত কতবার আসে।
    থামতে /cancel লেখো। কে সাহায্য করতে পারে দেখতে যেকোনো সময় <b>SOS</b> লেখো।

selfcheck-grooming-compliments = সে কি বারবার তোমার প্রশংসা করে, বা বলে "তোমার মতো কাউকে কখনো দেখিনি"?
selfcheck-grooming-compliments-name = অনেক বেশি প্রশংসা
selfcheck-grooming-compliments-why = গ্রুমাররা প্রশংসা আর মনোযোগ দিয়ে বিশ্বাস জেতে, যাতে পরে "না" বলা কঠিন লাগে।

selfcheck-grooming-gifts = সে কি তোমাকে উপহার, টাকা বা ফোনে রিচার্জ দিয়েছে বা দিতে চেয়েছে?
selfcheck-grooming-gifts-name = উপহার, টাকা বা রিচার্জ
selfcheck-grooming-gifts-why = আদর, উপহার আর টাকা গ্রুমিংয়ের একটা কৌশল: এতে মনে হতে পারে তুমি তার কাছে ঋণী।

selfcheck-grooming-secret = সে কি তোমাকে চ্যাটগুলো, বা তাকে, গোপন রাখতে বলেছে?
selfcheck-grooming-secret-name = গোপন রাখতে বলা
selfcheck-grooming-secret-why = যে ভালো চায়, তাকে লুকিয়ে রাখার দরকার হয় না। গোপনীয়তা তোমাকে সাহায্য করতে পারে এমন মানুষদের থেকে দূরে রাখে।

selfcheck-grooming-parents = সে কি বলে তোমার মা-বাবা বা পরিবার এসব বুঝবে না?
selfcheck-grooming-parents-name = "তোমার মা-বাবা বুঝবে না"
selfcheck-grooming-parents-why = এতে তোমাকে রক্ষা করতে পারে এমন বড়দের থেকে তোমাকে আলাদা করা হয়।

selfcheck-grooming-private-app = সে কি তোমাকে অন্য কোনো প্রাইভেট অ্যাপ বা গোপন চ্যাটে যেতে বলেছে?
selfcheck-grooming-private-app-name = প্রাইভেট অ্যাপে নিয়ে যাওয়া
selfcheck-grooming-private-app-why = প্রাইভেট চ্যাট অন্যরা দেখতে পায় না, তাই সেখানে তোমার ওপর চাপ দেওয়া সহজ হয়।

selfcheck-grooming-pictures = সে কি তোমার ছবি চেয়েছে, বা ক্যামেরা চালু করতে বলেছে?
selfcheck-grooming-pictures-name = ছবি বা ক্যামেরা চাওয়া
selfcheck-grooming-pictures-why = কোনো কিশোর-কিশোরীর কাছে ছবি চাওয়া বা ক্যামেরায় কাপড় খুলতে বলা অন্যায়। তুমি সবসময় না বলতে পারো, আর এটা কখনোই তোমার দোষ নয়।

selfcheck-grooming-meet = সে কি সামনাসামনি দেখা করতে চেয়েছে?
selfcheck-grooming-meet-name = দেখা করতে চাওয়া
selfcheck-grooming-meet-why = অনলাইনের কেউ আসলে কে, তুমি নিশ্চিত হতে পারো না। কোনো বড় মানুষের সাথে কথা না বলে অনলাইন বন্ধুর সাথে কখনো দেখা কোরো না।

selfcheck-grooming-meet-arranged = দেখা করার সময় বা জায়গা কি এর মধ্যেই ঠিক হয়ে গেছে?
selfcheck-grooming-meet-arranged-name = দেখা করা ঠিক হয়ে গেছে
selfcheck-grooming-meet-arranged-why = প্লিজ, যেয়ো না। ভরসার কোনো বড় মানুষ তোমাকে নিরাপদ থাকতে সাহায্য করতে পারে।

selfcheck-grooming-threats = তুমি না বলার পর সে কি রেগে গেছে, বা তোমাকে হুমকি দিয়েছে?
selfcheck-grooming-threats-name = না বলায় রাগ বা হুমকি
selfcheck-grooming-threats-why = হুমকি আর চাপ দেওয়া নির্যাতন। এতে তোমার কোনো দোষ নেই, আর সে যা বলে তা তোমাকে করতে হবে না।

selfcheck-grooming-age = সে কি বলে সে তোমার বয়সী, কিন্তু কিছু একটা মিলছে না (লেখার ধরন, সে যা জানে, ক্যামেরা কখনো চলে না)?
selfcheck-grooming-age-name = সে কে, তাতে কিছু মিলছে না
selfcheck-grooming-age-why = গ্রুমাররা প্রায়ই নিজের পরিচয় লুকায় আর শিশু সেজে কথা বলে।

selfcheck-grooming-found = তুমি এই সতর্ক-সংকেতগুলোতে হ্যাঁ বলেছ:
selfcheck-grooming-unsure = যেগুলো নিয়ে তুমি নিশ্চিত ছিলে না:
selfcheck-grooming-actions =
    <b>এতে তোমার কোনো দোষ নেই।</b> তুমি যা করতে পারো:
    • উত্তর দেওয়া বন্ধ করো। তুমি তার কাছে কিছুই ঋণী নও।
    • চ্যাট আর তার প্রোফাইলের স্ক্রিনশট রেখে দাও, নগ্ন ছবির কখনো নয়।
    • ভরসার কোনো বড় মানুষকে জানাও: মা-বাবা, শিক্ষক, আত্মীয়।
    • { $helplineName }-এ { $helpline } নম্বরে বিনা খরচে ফোন করো। এখনই বিপদে থাকলে { $emergency } নম্বরে ফোন করো।
selfcheck-grooming-none =
    তুমি এই সংকেতগুলোর কোনোটাতেই হ্যাঁ বলোনি। এমন একটা চেক সব কিছু দেখতে পায় না, তাই <b>নিজের অনুভূতির ওপর ভরসা রাখো</b>: কিছু খারাপ লাগলে, সেটা নিয়ে কথা বলা দরকার।
    কিছু বদলালে আবার এসো, বা ভরসার কোনো বড় মানুষের সাথে কথা বলো। { $helplineName } ({ $helpline }) বিনা খরচে।
