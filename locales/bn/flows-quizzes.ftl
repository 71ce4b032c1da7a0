# Nirapod — the quizzes: title (a button in the /quiz list), intro and the two takeaways (Bengali).
# What the flows do (answers, which is best, where a button leads) is in flows/quizzes/<id>.yaml; the
# message ids follow from the ids there (see flows/README.md). Before editing, read data/safe-messaging.md.
# Only <b> and <i>; write & as &amp;. Variables: { $helpline } { $helplineName } { $emergency }.

## flows/quizzes/grooming.yaml

quiz-grooming-title = 🎣 গ্রুমিংয়ের কৌশল
quiz-grooming-intro = অনলাইনে কেউ কীভাবে কিশোর-কিশোরীর বিশ্বাস জেতে, তারপর তার সুযোগ নেয়? কৌশলগুলো চিনে নাও।
quiz-grooming-takeaway-1 = অনেক প্রশংসা, উপহার বা টাকা, গোপন রাখতে বলা আর "শুধু আমিই তোমাকে বুঝি": এগুলো গ্রুমিংয়ের কৌশল।
quiz-grooming-takeaway-2 = অনলাইনের বন্ধুটি সত্যিই কি সে, যাকে তুমি ভাবছ? বড় কারও সাথে কথা না বলে কখনো দেখা করবে না।

## flows/quizzes/help.yaml

quiz-help-title = 🤝 সাহায্য পাওয়া, নিজের ও বন্ধুর জন্য
quiz-help-intro = বুলিং, হুমকি, নিজেকে দোষ দেওয়া, বিপদে পড়া বন্ধু। কী করলে কাজে দেয়?
quiz-help-takeaway-1 = ভরসার কোনো বড় মানুষকে বলা সাহসের কাজ, এটা কারও সাথে বেইমানি নয়। একজন সাহায্য না করলে আরেকজনকে বলো।
quiz-help-takeaway-2 = স্ক্রিনশট হলো প্রমাণ। সেগুলো রেখে দাও, কিন্তু নগ্ন ছবির স্ক্রিনশট কখনো নিয়ো না, ফরোয়ার্ডও কোরো না। তারপর ব্লক ও রিপোর্ট করো।

## flows/quizzes/mixed.yaml

quiz-mixed-title = 🎲 মিশ্র: অনলাইনে নিরাপদ থাকা
quiz-mixed-intro = গ্রুমিং, ছবি, প্রাইভেসি, বুলিং আর সাহায্য পাওয়া নিয়ে নানা ধরনের পরিস্থিতি।
quiz-mixed-takeaway-1 = এটা কখনোই তোমার দোষ নয়। যে প্রতারণা করে, হুমকি দেয় বা ছবি ছড়ায়, অন্যায় সে-ই করে।
quiz-mixed-takeaway-2 = স্ক্রিনশট রাখো (নগ্ন ছবির কখনো নয়), ব্লক ও রিপোর্ট করো, আর ভরসার কোনো বড় মানুষকে বলো। { $helplineName }: { $helpline }, ফ্রি।

## flows/quizzes/pictures.yaml

quiz-pictures-title = 📸 ছবি আর হুমকি
quiz-pictures-intro = কেউ ছবি চাইলে, হুমকি দিলে বা তোমার ছবি ছড়িয়ে দিলে কী করবে।
quiz-pictures-takeaway-1 = ছবি একবার পাঠালে তা আর তোমার নিয়ন্ত্রণে থাকে না। তুমি সবসময় না বলতে পারো।
quiz-pictures-takeaway-2 = কেউ হুমকি দিলে: টাকা দিয়ো না, আর ছবি পাঠিয়ো না, প্রমাণ রাখো (কিন্তু নগ্ন ছবিটা কখনো নয়), আর ভরসার কোনো বড় মানুষকে বলো।

## flows/quizzes/privacy.yaml

quiz-privacy-title = 🔒 প্রাইভেসি আর দেখা করা
quiz-privacy-intro = 13 থেকে 18 বছর বয়সীদের জন্য পুস্তিকার নিয়মগুলো, সত্যিকারের পরিস্থিতিতে।
quiz-privacy-takeaway-1 = প্রাইভেসি সেটিংস ব্যবহার করো, আর পুরো নাম, জন্মদিন, ঠিকানা ও স্কুলের নাম গোপন রাখো।
quiz-privacy-takeaway-2 = অনলাইনে বলা কথা আর ফেরানো যায় না। পোস্ট করা বা পাঠানোর আগে ভাবো।
