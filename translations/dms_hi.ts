<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>Dms::ActionDialog</name>
    <message>
        <source>withdrawal request</source>
        <translation>निकासी अनुरोध</translation>
    </message>
    <message>
        <source>destruction request</source>
        <translation>विनष्टीकरण अनुरोध</translation>
    </message>
    <message>
        <source>transfer request</source>
        <translation>स्थानांतरण अनुरोध</translation>
    </message>
    <message>
        <source>crate</source>
        <translation>क्रेट</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>What the requester should change</source>
        <translation>अनुरोधकर्ता को क्या बदलना चाहिए</translation>
    </message>
    <message>
        <source>Reason for sending back</source>
        <translation>वापस भेजने का कारण</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>भंडारण स्थान</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>भंडारण (&amp;S):</translation>
    </message>
    <message>
        <source>Your password (digital signature)</source>
        <translation>आपका पासवर्ड (डिजिटल हस्ताक्षर)</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>आपका पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>Your password signs this decision; a wrong one changes nothing.</source>
        <translation>आपका पासवर्ड इस निर्णय पर हस्ताक्षर करता है; गलत पासवर्ड से कुछ नहीं बदलता।</translation>
    </message>
    <message>
        <source>No storage location of unit %1 is known</source>
        <translation>इकाई %1 का कोई भंडारण स्थान ज्ञात नहीं है</translation>
    </message>
    <message>
        <source>Approve %1?</source>
        <translation>%1 स्वीकृत करें?</translation>
    </message>
    <message>
        <source>Reject %1? This cannot be undone.</source>
        <translation>%1 अस्वीकार करें? इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Send %1 back for changes?</source>
        <translation>%1 को बदलाव के लिए वापस भेजें?</translation>
    </message>
    <message>
        <source>Send %1 back to %2 for changes?</source>
        <translation>%1 को बदलाव के लिए %2 के पास वापस भेजें?</translation>
    </message>
    <message>
        <source>Choose where %1 will be stored when the transfer of %2 is received.</source>
        <translation>चुनें कि %2 का स्थानांतरण मिलने पर %1 कहाँ रखा जाएगा।</translation>
    </message>
    <message>
        <source>Choose where %1 goes back to when %2 is returned.</source>
        <translation>चुनें कि %2 लौटाए जाने पर %1 कहाँ वापस जाएगा।</translation>
    </message>
    <message>
        <source>Choose a storage location for %1.</source>
        <translation>%1 के लिए भंडारण स्थान चुनें।</translation>
    </message>
    <message>
        <source>Issue %1? Crate %2 will be archived (handed over for destruction).</source>
        <translation>%1 जारी करें? क्रेट %2 संग्रहित किया जाएगा (विनष्टीकरण के लिए सौंपा जाएगा)।</translation>
    </message>
    <message>
        <source>Issue %1? Crate %2 will be withdrawn from the store.</source>
        <translation>%1 जारी करें? क्रेट %2 भंडार से निकाला जाएगा।</translation>
    </message>
    <message>
        <source>Confirm the destruction for %1? Crate %2 will be marked destroyed.</source>
        <translation>%1 का विनष्टीकरण पुष्ट करें? क्रेट %2 नष्ट के रूप में चिह्नित होगा।</translation>
    </message>
    <message>
        <source>Receive %1? Crate %2 moves to this unit.</source>
        <translation>%1 प्राप्त करें? क्रेट %2 इस इकाई में आ जाएगा।</translation>
    </message>
    <message>
        <source>Return %1? Crate %2 comes back to the store.</source>
        <translation>%1 वापस लें? क्रेट %2 भंडार में लौट आएगा।</translation>
    </message>
    <message>
        <source>Move %1 to another storage location.</source>
        <translation>%1 को किसी दूसरे भंडारण स्थान पर ले जाएँ।</translation>
    </message>
</context>
<context>
    <name>Dms::ActionPlanner</name>
    <message>
        <source>requester</source>
        <translation>अनुरोधकर्ता</translation>
    </message>
    <message>
        <source>approver or unit admin</source>
        <translation>अनुमोदक या इकाई प्रशासक</translation>
    </message>
    <message>
        <source>store head or unit admin</source>
        <translation>भंडार प्रमुख या इकाई प्रशासक</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2 द्वारा %1</translation>
    </message>
    <message>
        <source>no signed-in virtual user can act</source>
        <translation>कोई भी साइन इन वर्चुअल उपयोगकर्ता कार्रवाई नहीं कर सकता</translation>
    </message>
    <message>
        <source>a destination unit</source>
        <translation>एक गंतव्य इकाई</translation>
    </message>
    <message>
        <source>store head or unit admin of destination unit %1</source>
        <translation>गंतव्य इकाई %1 का भंडार प्रमुख या इकाई प्रशासक</translation>
    </message>
    <message>
        <source>no %1 among the virtual users of unit %2</source>
        <translation>इकाई %2 के वर्चुअल उपयोगकर्ताओं में कोई %1 नहीं</translation>
    </message>
    <message>
        <source>no way to prepare %1 %2 in unit %3</source>
        <translation>इकाई %3 में %1 %2 तैयार करने का कोई तरीका नहीं</translation>
    </message>
    <message>
        <source>disconnect-all is a timed step</source>
        <translation>disconnect-all एक समयबद्ध चरण है</translation>
    </message>
    <message>
        <source>the dialect profile has no route &quot;%1&quot;</source>
        <translation>डायलेक्ट प्रोफ़ाइल में कोई रूट &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>a transfer needs a second unit</source>
        <translation>स्थानांतरण के लिए दूसरी इकाई चाहिए</translation>
    </message>
    <message>
        <source>unit %1 has no storage location</source>
        <translation>इकाई %1 का कोई भंडारण स्थान नहीं है</translation>
    </message>
    <message>
        <source>unit %1 has no other storage location to move crates to</source>
        <translation>इकाई %1 में क्रेट ले जाने के लिए कोई दूसरा भंडारण स्थान नहीं है</translation>
    </message>
</context>
<context>
    <name>Dms::AlertCenter</name>
    <message>
        <source>approved</source>
        <translation>स्वीकृत किया गया</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>अस्वीकार किया गया</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>वापस भेजा गया</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>जारी किया गया</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>वापस लिया गया</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>दर्ज किया गया</translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation>फिर से जमा किया गया</translation>
    </message>
    <message>
        <source>set to %1</source>
        <translation>%1 पर सेट किया गया</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>स्वीकृत करना</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>अस्वीकार करना</translation>
    </message>
    <message>
        <source>send back</source>
        <translation>वापस भेजना</translation>
    </message>
    <message>
        <source>allocate storage</source>
        <translation>भंडारण आवंटित करना</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>जारी करना</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>प्राप्त करना</translation>
    </message>
    <message>
        <source>relocate</source>
        <translation>स्थान बदलना</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>किसी उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Sent back to you</source>
        <translation>आपको वापस भेजा गया</translation>
    </message>
    <message>
        <source>%1 was sent back by %2.</source>
        <translation>%1 %2 द्वारा वापस भेजा गया।</translation>
    </message>
    <message>
        <source>Your request %1 was %2</source>
        <translation>आपका अनुरोध %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 it.</source>
        <translation>यह %1 द्वारा %2।</translation>
    </message>
    <message>
        <source>Transfer %1 is coming to your unit</source>
        <translation>स्थानांतरण %1 आपकी इकाई में आ रहा है</translation>
    </message>
    <message>
        <source>%1 sent it on its way; you may %2.</source>
        <translation>%1 ने इसे रवाना कर दिया; आप कर सकते हैं: %2।</translation>
    </message>
    <message>
        <source>%1 approved it; you may %2.</source>
        <translation>%1 ने इसे स्वीकृत कर दिया; आप कर सकते हैं: %2।</translation>
    </message>
    <message>
        <source>New request %1 waiting for you</source>
        <translation>नया अनुरोध %1 आपकी प्रतीक्षा में</translation>
    </message>
    <message>
        <source>%1 is waiting for you</source>
        <translation>%1 आपकी प्रतीक्षा में है</translation>
    </message>
    <message>
        <source>%1 by %2; you may %3.</source>
        <translation>%2 द्वारा %1; आप कर सकते हैं: %3।</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for you</source>
        <translation>
            <numerusform>%n अनुरोध आपकी प्रतीक्षा में</numerusform>
            <numerusform>%n अनुरोध आपकी प्रतीक्षा में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) for you</source>
        <translation>
            <numerusform>आपके लिए %n अपडेट</numerusform>
            <numerusform>आपके लिए %n अपडेट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> और %n अन्य</numerusform>
            <numerusform> और %n अन्य</numerusform>
        </translation>
    </message>
    <message>
        <source>(by %1%2)</source>
        <translation>(%1%2 द्वारा)</translation>
    </message>
    <message>
        <source>The console is offline</source>
        <translation>कंसोल ऑफ़लाइन है</translation>
    </message>
    <message>
        <source>Signed out by the server</source>
        <translation>सर्वर ने साइन आउट कर दिया</translation>
    </message>
    <message>
        <source>Live updates stopped; the tables may be out of date.</source>
        <translation>लाइव अपडेट रुक गए; तालिकाएँ पुरानी हो सकती हैं।</translation>
    </message>
    <message>
        <source>Live updates stopped: %1</source>
        <translation>लाइव अपडेट रुक गए: %1</translation>
    </message>
    <message>
        <source>Live again</source>
        <translation>फिर से लाइव</translation>
    </message>
    <message numerus="yes">
        <source>Back after %n minute(s) offline; every table was fetched again.</source>
        <translation>
            <numerusform>%n मिनट ऑफ़लाइन रहने के बाद वापस; हर तालिका फिर से लाई गई।</numerusform>
            <numerusform>%n मिनट ऑफ़लाइन रहने के बाद वापस; हर तालिका फिर से लाई गई।</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 was sent back for changes.</source>
        <translation>अनुरोध %1 बदलाव के लिए वापस भेजा गया।</translation>
    </message>
</context>
<context>
    <name>Dms::ApiClient</name>
    <message>
        <source>%1 does not look like a DMS server: %2</source>
        <translation>%1 DMS सर्वर नहीं लगता: %2</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>सर्वर का प्रमाणपत्र विश्वसनीय नहीं है</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has expired</source>
        <translation>सर्वर का प्रमाणपत्र समाप्त हो चुका है</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid yet</source>
        <translation>सर्वर का प्रमाणपत्र अभी मान्य नहीं है</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for another host name</source>
        <translation>सर्वर का प्रमाणपत्र किसी दूसरे होस्ट नाम के लिए है</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has been revoked</source>
        <translation>सर्वर का प्रमाणपत्र रद्द कर दिया गया है</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed: %2. If the server uses a private certificate authority, add its CA certificate (--ca-file or the connection settings).</source>
        <translation>%1 से सुरक्षित कनेक्शन विफल: %2। यदि सर्वर निजी प्रमाणन प्राधिकरण का उपयोग करता है, तो उसका CA प्रमाणपत्र जोड़ें (--ca-file या कनेक्शन सेटिंग्स)।</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 ने %2 सेकंड में उत्तर नहीं दिया</translation>
    </message>
    <message>
        <source>Cannot reach %1: the connection was refused (is the server running?)</source>
        <translation>%1 तक नहीं पहुँच सके: कनेक्शन अस्वीकृत (क्या सर्वर चल रहा है?)</translation>
    </message>
    <message>
        <source>Cannot reach %1: host not found</source>
        <translation>%1 तक नहीं पहुँच सके: होस्ट नहीं मिला</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 ने उत्तर देने से पहले कनेक्शन बंद कर दिया</translation>
    </message>
    <message>
        <source>Cannot reach %1 through the proxy: %2</source>
        <translation>प्रॉक्सी से %1 तक नहीं पहुँच सके: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 तक नहीं पहुँच सके: %2</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>सर्वर ने अनुरोध अस्वीकार कर दिया</translation>
    </message>
    <message>
        <source>Not signed in, or the session has expired</source>
        <translation>साइन इन नहीं है, या सत्र समाप्त हो गया है</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>अनुमति नहीं है</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>नहीं मिला</translation>
    </message>
    <message>
        <source>Not possible in the current state</source>
        <translation>वर्तमान स्थिति में संभव नहीं</translation>
    </message>
    <message>
        <source>The server failed</source>
        <translation>सर्वर में त्रुटि हुई</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>सर्वर से अनपेक्षित उत्तर</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>साइन इन नहीं है</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>CA फ़ाइल %1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>No PEM certificate found in %1</source>
        <translation>%1 में कोई PEM प्रमाणपत्र नहीं मिला</translation>
    </message>
    <message>
        <source>Invalid certificate in %1</source>
        <translation>%1 में अमान्य प्रमाणपत्र</translation>
    </message>
    <message>
        <source>No server address is set</source>
        <translation>कोई सर्वर पता सेट नहीं है</translation>
    </message>
    <message>
        <source>Refused to follow a link to another server (%1)</source>
        <translation>दूसरे सर्वर के लिंक का अनुसरण करने से इनकार किया (%1)</translation>
    </message>
    <message>
        <source>the answer to %1 was larger than %2 bytes; it was cut off and not used</source>
        <translation>%1 का उत्तर %2 बाइट से बड़ा था; उसे काटकर छोड़ दिया गया</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s; it was cut off and nothing of it was used</source>
        <translation>%1 %2 सेकंड में पूरा नहीं हुआ; उसे रोक दिया गया और उसका कुछ भी उपयोग नहीं हुआ</translation>
    </message>
    <message>
        <source>the answer to %1 is not JSON</source>
        <translation>%1 का उत्तर JSON नहीं है</translation>
    </message>
    <message>
        <source>The server refused the renewed session (HTTP 401)</source>
        <translation>सर्वर ने नवीनीकृत सत्र अस्वीकार कर दिया (HTTP 401)</translation>
    </message>
    <message>
        <source>the sign-in answer lacks the tokens or the user</source>
        <translation>साइन इन उत्तर में टोकन या उपयोगकर्ता नहीं है</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>गलत उपयोगकर्ता नाम या पासवर्ड</translation>
    </message>
    <message>
        <source>it has no sign-in endpoint (HTTP %1)</source>
        <translation>इसमें साइन इन एंडपॉइंट नहीं है (HTTP %1)</translation>
    </message>
    <message>
        <source>Signed out while refreshing</source>
        <translation>नवीनीकरण के दौरान साइन आउट हो गया</translation>
    </message>
    <message>
        <source>the refresh answer has no access token</source>
        <translation>नवीनीकरण उत्तर में एक्सेस टोकन नहीं है</translation>
    </message>
    <message>
        <source>Your session has expired: sign in again</source>
        <translation>आपका सत्र समाप्त हो गया है: फिर से साइन इन करें</translation>
    </message>
    <message>
        <source>the answer about the user lacks its id</source>
        <translation>उपयोगकर्ता के बारे में उत्तर में उसकी ID नहीं है</translation>
    </message>
</context>
<context>
    <name>Dms::AuditPanel</name>
    <message>
        <source>Follow</source>
        <translation>साथ चलें</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>Keep the newest entry in view</source>
        <translation>सबसे नई प्रविष्टि दिखाई देती रहे</translation>
    </message>
    <message>
        <source>Save the entries shown now (filters applied) as a CSV file</source>
        <translation type="vanished">अभी दिखाई गई प्रविष्टियाँ (फ़िल्टर सहित) CSV फ़ाइल के रूप में सहेजें</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>सभी उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>उपयोगकर्ता से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>सभी वस्तुएँ</translation>
    </message>
    <message>
        <source>Filter by entity</source>
        <translation>वस्तु से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>सभी कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>कार्रवाई से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>समय %1 में</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n audit entries to %1.</source>
        <translation type="vanished">
            <numerusform>%n ऑडिट प्रविष्टि %1 में सहेजी गई।</numerusform>
            <numerusform>%n ऑडिट प्रविष्टियाँ %1 में सहेजी गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="vanished">%1 सहेजा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Export audit entries</source>
        <translation type="vanished">ऑडिट प्रविष्टियाँ निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>ऑडिट प्रविष्टियाँ</translation>
    </message>
</context>
<context>
    <name>Dms::ClearText</name>
    <message>
        <source>%1 is plain http:// to another machine: your password, your signature passwords and your tokens would cross the network unencrypted, readable by anyone on the way. Use https://, or accept the risk explicitly (--allow-insecure-http).</source>
        <translation>%1 किसी दूसरी मशीन से सादा http:// है: आपका पासवर्ड, आपके हस्ताक्षर पासवर्ड और आपके टोकन बिना एन्क्रिप्शन के नेटवर्क से जाएँगे, और रास्ते में कोई भी उन्हें पढ़ सकता है। https:// का उपयोग करें, या जोखिम स्पष्ट रूप से स्वीकार करें (--allow-insecure-http)।</translation>
    </message>
</context>
<context>
    <name>Dms::Cli</name>
    <message>
        <source>usage:
  dms-console watch  --server URL --user NAME [--password-stdin] [--profile dms-updates]
                     [--ping-interval S] [--pong-timeout S] [--reconnect-base S]
                     [--reconnect-cap S] [--max-attempts N] [--offline-retry S] [--duration S]
                     [--queries KEY,...] [--ca-file PEM] [--token-in-header]
                     [--remember] [--no-keychain] [--allow-insecure-http]
  dms-console status --server URL --user NAME [--password-stdin] [--pings N] [--json]
                     [--timeout S] [--ca-file PEM] [--token-in-header] [--no-keychain]
                     [--allow-insecure-http]
The password comes from --password-stdin, DMS_PASSWORD or the keychain; never an argument.
Exit codes: 0 ok, 1 unhealthy, 2 usage, 3 authentication failed.
</source>
        <translation type="vanished">उपयोग:
  dms-console watch  --server URL --user NAME [--password-stdin] [--profile dms-updates]
                     [--ping-interval S] [--pong-timeout S] [--reconnect-base S]
                     [--reconnect-cap S] [--max-attempts N] [--offline-retry S] [--duration S]
                     [--queries KEY,...] [--ca-file PEM] [--token-in-header]
                     [--remember] [--no-keychain] [--allow-insecure-http]
  dms-console status --server URL --user NAME [--password-stdin] [--pings N] [--json]
                     [--timeout S] [--ca-file PEM] [--token-in-header] [--no-keychain]
                     [--allow-insecure-http]
पासवर्ड --password-stdin, DMS_PASSWORD या कीचेन से आता है; कभी भी आर्ग्युमेंट से नहीं।
एग्ज़िट कोड: 0 ठीक, 1 अस्वस्थ, 2 गलत उपयोग, 3 प्रमाणीकरण विफल।
</translation>
    </message>
    <message>
        <source>expected a command: watch or status</source>
        <translation>कमांड अपेक्षित: watch या status</translation>
    </message>
    <message>
        <source>%1 needs a value in seconds</source>
        <translation type="vanished">%1 को सेकंड में मान चाहिए</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of seconds</source>
        <translation type="vanished">%1: &quot;%2&quot; सेकंड की संख्या नहीं है</translation>
    </message>
    <message>
        <source>%1 needs a number</source>
        <translation type="vanished">%1 को एक संख्या चाहिए</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number from %3 to %4</source>
        <translation type="vanished">%1: &quot;%2&quot; %3 से %4 तक की संख्या नहीं है</translation>
    </message>
    <message>
        <source>--server needs a URL</source>
        <translation type="vanished">--server को URL चाहिए</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>--server: &quot;%1&quot; http:// या https:// URL नहीं है</translation>
    </message>
    <message>
        <source>--user needs a name</source>
        <translation type="vanished">--user को नाम चाहिए</translation>
    </message>
    <message>
        <source>--password is not accepted: a password on the command line leaks into process lists and shell history; use --password-stdin or DMS_PASSWORD</source>
        <translation type="vanished">--password स्वीकार नहीं है: कमांड लाइन पर दिया पासवर्ड प्रोसेस सूचियों और शेल इतिहास में पहुँच जाता है; --password-stdin या DMS_PASSWORD का उपयोग करें</translation>
    </message>
    <message>
        <source>--profile needs a name or a file</source>
        <translation type="vanished">--profile को नाम या फ़ाइल चाहिए</translation>
    </message>
    <message>
        <source>--ca-file needs a PEM file</source>
        <translation type="vanished">--ca-file को PEM फ़ाइल चाहिए</translation>
    </message>
    <message>
        <source>--ping-interval must be at least 0.01 s</source>
        <translation type="vanished">--ping-interval कम से कम 0.01 सेकंड होना चाहिए</translation>
    </message>
    <message>
        <source>--pong-timeout must be at least 0.01 s</source>
        <translation type="vanished">--pong-timeout कम से कम 0.01 सेकंड होना चाहिए</translation>
    </message>
    <message>
        <source>--queries needs a comma-separated list of query keys</source>
        <translation type="vanished">--queries को क्वेरी कुंजियों की अल्पविराम से अलग सूची चाहिए</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>अज्ञात विकल्प &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--server URL is required</source>
        <translation>--server URL आवश्यक है</translation>
    </message>
    <message>
        <source>--user NAME is required</source>
        <translation>--user NAME आवश्यक है</translation>
    </message>
    <message>
        <source>--reconnect-cap must not be below --reconnect-base</source>
        <translation>--reconnect-cap, --reconnect-base से कम नहीं हो सकता</translation>
    </message>
    <message>
        <source>--password-stdin given but standard input is empty</source>
        <translation>--password-stdin दिया गया पर स्टैंडर्ड इनपुट खाली है</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 सेकंड में कोई उत्तर नहीं</translation>
    </message>
    <message>
        <source>server   %1</source>
        <translation>सर्वर     %1</translation>
    </message>
    <message>
        <source>user     %1 (%2, unit %3)</source>
        <translation>उपयोगकर्ता %1 (%2, इकाई %3)</translation>
    </message>
    <message>
        <source>state    %1</source>
        <translation>स्थिति    %1</translation>
    </message>
    <message>
        <source>rtt      min %1 ms, median %2 ms, max %3 ms (%4 of %5 pongs)</source>
        <translation>RTT      न्यूनतम %1 ms, माध्यिका %2 ms, अधिकतम %3 ms (%5 में से %4 पॉन्ग)</translation>
    </message>
    <message>
        <source>clock    server is %1 ms %2 of this machine</source>
        <translation>घड़ी     सर्वर इस मशीन से %1 ms %2 है</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>problem  %1</source>
        <translation>समस्या    %1</translation>
    </message>
    <message>
        <source>healthy  %1</source>
        <translation>स्वस्थ    %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>usage:
  dms-console report merge a.json b.json … --out all.json [--junit all.xml] [--quiet]
  dms-console report html in.json --out out.html
merge combines the reports of the shards of one run (dms-console simulate --shard K/N
--report …): counts and histogram buckets add up, so the percentiles are exact.
Exit codes: 0 the merged run passes its thresholds, 1 it fails, 2 bad input.
html writes a report as one self-contained page (no network, no other file) with the
verdicts, charts and the per-user table (docs/qa-reports.md).
Exit codes: 0 written, 2 bad input.

  dms-console report diff baseline.json current.json [--max-regression NAME=LIMIT …]
                          [--json diff.json]
Compares every metric of two runs (the names thresholds use: p95_ms, delivery, leaks, …)
and prints the change of each. --max-regression replaces a metric&apos;s default limit:
p95_ms=10% (a share of the baseline) or p95_ms=50 (in the metric&apos;s unit, here ms);
repeatable, and both kinds for one metric apply together (past both regresses).
Exit codes: 0 nothing regressed past its limit, 1 something did, 2 bad input.
</source>
        <translation type="vanished">उपयोग:
  dms-console report merge a.json b.json … --out all.json [--junit all.xml] [--quiet]
  dms-console report html in.json --out out.html
merge एक रन के शार्ड की रिपोर्टों को जोड़ता है (dms-console simulate --shard K/N
--report …): गिनतियाँ और हिस्टोग्राम बकेट जुड़ जाते हैं, इसलिए पर्सेंटाइल सटीक रहते हैं।
एग्ज़िट कोड: 0 जुड़ा हुआ रन अपनी सीमाएँ पास करता है, 1 विफल होता है, 2 गलत इनपुट।
html रिपोर्ट को एक स्वतंत्र पेज के रूप में लिखता है (कोई नेटवर्क नहीं, कोई दूसरी फ़ाइल नहीं) जिसमें
निर्णय, चार्ट और प्रति-उपयोगकर्ता तालिका होती है (docs/qa-reports.md)।
एग्ज़िट कोड: 0 लिखा गया, 2 गलत इनपुट।

  dms-console report diff baseline.json current.json [--max-regression NAME=LIMIT …]
                          [--json diff.json]
दो रन के हर मापदंड की तुलना करता है (सीमाओं में प्रयुक्त नाम: p95_ms, delivery, leaks, …)
और हर एक का बदलाव दिखाता है। --max-regression किसी मापदंड की डिफ़ॉल्ट सीमा बदलता है:
p95_ms=10% (बेसलाइन का हिस्सा) या p95_ms=50 (मापदंड की इकाई में, यहाँ ms);
दोहराया जा सकता है, और एक मापदंड के लिए दोनों प्रकार साथ लागू होते हैं (दोनों से आगे जाने पर ही गिरावट)।
एग्ज़िट कोड: 0 कुछ भी अपनी सीमा से आगे नहीं गिरा, 1 कुछ गिरा, 2 गलत इनपुट।
</translation>
    </message>
    <message>
        <source>expected: report merge FILES… --out FILE, report html FILE --out FILE or report diff BASELINE CURRENT</source>
        <translation>अपेक्षित: report merge FILES… --out FILE, report html FILE --out FILE या report diff BASELINE CURRENT</translation>
    </message>
    <message>
        <source>%1 needs a file</source>
        <translation type="vanished">%1 को फ़ाइल चाहिए</translation>
    </message>
    <message>
        <source>no reports to merge</source>
        <translation>जोड़ने के लिए कोई रिपोर्ट नहीं</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE आवश्यक है</translation>
    </message>
    <message>
        <source>expected: report html FILE --out FILE</source>
        <translation type="vanished">अपेक्षित: report html FILE --out FILE</translation>
    </message>
    <message>
        <source>a second report &quot;%1&quot;: give one (merge shards first: report merge)</source>
        <translation>दूसरी रिपोर्ट &quot;%1&quot;: एक ही दें (पहले शार्ड जोड़ें: report merge)</translation>
    </message>
    <message>
        <source>no report given</source>
        <translation>कोई रिपोर्ट नहीं दी गई</translation>
    </message>
    <message>
        <source>expected: report diff BASELINE CURRENT</source>
        <translation type="vanished">अपेक्षित: report diff BASELINE CURRENT</translation>
    </message>
    <message>
        <source>--max-regression needs NAME=LIMIT, e.g. p95_ms=10%</source>
        <translation type="vanished">--max-regression को NAME=LIMIT चाहिए, उदा. p95_ms=10%</translation>
    </message>
    <message>
        <source>--max-regression %1</source>
        <translation>--max-regression %1</translation>
    </message>
    <message>
        <source>--json needs a file</source>
        <translation type="vanished">--json को फ़ाइल चाहिए</translation>
    </message>
    <message>
        <source>expected two reports, the baseline and the current run; got %1</source>
        <translation>दो रिपोर्ट अपेक्षित थीं, बेसलाइन और वर्तमान रन; मिलीं %1</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>रिपोर्ट %1</translation>
    </message>
    <message>
        <source>dms-console report diff: warning: %1</source>
        <translation>dms-console report diff: चेतावनी: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3
</source>
        <translation>%1: %2, %3
</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>पास</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>usage:
  dms-console simulate SCENARIO --server URL [--server URL2 …] [--users-file CSV]
                       [--users N] [--units M] [--rate R] [--duration S]
                       [--threshold &quot;p95_ms &lt; 100&quot; …]
                       [--report out.json] [--junit out.xml] [--csv samples.csv]
                       [--html out.html]
                       [--shard K/N] [--admin NAME | --no-admin] [--network-managers N]
                       [--profile dms-updates] [--ca-file PEM] [--quiet]
                       [--allow-insecure-http]
  dms-console simulate --list
SCENARIO is a built-in name (approve-fanout, unit-isolation, …) or a JSON file
(docs/scenarios.md). Without --users-file the users follow the demo pattern
u{unit}_{req|appr|head|uadmin}{k} with the demo password; a users file holds
username,password,unit[,role] lines (seed_demo --users-csv writes one). The admin&apos;s
password comes from the users file or DMS_ADMIN_PASSWORD, never from an argument.
--threshold (repeatable) replaces the scenario&apos;s thresholds: &quot;METRIC OP NUMBER&quot;, then
optionally &quot;@STAGE&quot; (within one stage of a ramping scenario) and &quot;abort_on_fail&quot; (end
the run, exit 1, as soon as it fails). --html writes the report as
one self-contained page for a reviewer (docs/qa-reports.md).
Exit codes: 0 every threshold passed, 1 one failed (or aborted the run), 2 bad scenario
or arguments.
</source>
        <translation type="vanished">उपयोग:
  dms-console simulate SCENARIO --server URL [--server URL2 …] [--users-file CSV]
                       [--users N] [--units M] [--rate R] [--duration S]
                       [--threshold &quot;p95_ms &lt; 100&quot; …]
                       [--report out.json] [--junit out.xml] [--csv samples.csv]
                       [--html out.html]
                       [--shard K/N] [--admin NAME | --no-admin] [--network-managers N]
                       [--profile dms-updates] [--ca-file PEM] [--quiet]
                       [--allow-insecure-http]
  dms-console simulate --list
SCENARIO एक अंतर्निहित नाम (approve-fanout, unit-isolation, …) या JSON फ़ाइल है
(docs/scenarios.md)। --users-file के बिना उपयोगकर्ता डेमो पैटर्न
u{unit}_{req|appr|head|uadmin}{k} और डेमो पासवर्ड का पालन करते हैं; उपयोगकर्ता फ़ाइल में
username,password,unit[,role] पंक्तियाँ होती हैं (seed_demo --users-csv ऐसी फ़ाइल लिखता है)। प्रशासक का
पासवर्ड उपयोगकर्ता फ़ाइल या DMS_ADMIN_PASSWORD से आता है, कभी आर्ग्युमेंट से नहीं।
--threshold (दोहराया जा सकता है) परिदृश्य की सीमाएँ बदलता है: &quot;METRIC OP NUMBER&quot;, फिर
वैकल्पिक रूप से &quot;@STAGE&quot; (बढ़ते परिदृश्य के एक चरण के भीतर) और &quot;abort_on_fail&quot; (विफल होते ही
रन समाप्त, एग्ज़िट 1)। --html रिपोर्ट को समीक्षक के लिए
एक स्वतंत्र पेज के रूप में लिखता है (docs/qa-reports.md)।
एग्ज़िट कोड: 0 हर सीमा पास, 1 कोई विफल (या रन रद्द), 2 गलत परिदृश्य
या आर्ग्युमेंट।
</translation>
    </message>
    <message>
        <source>expected the command simulate</source>
        <translation>simulate कमांड अपेक्षित</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 को %2 चाहिए</translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="vanished">एक संख्या</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number above 0</source>
        <translation type="vanished">%1: &quot;%2&quot; 0 से बड़ी संख्या नहीं है</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="vanished">एक पूर्ण संख्या</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from 1 to %3</source>
        <translation type="vanished">%1: &quot;%2&quot; 1 से %3 तक की पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <source>a URL</source>
        <translation type="vanished">एक URL</translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation type="vanished">एक CSV फ़ाइल</translation>
    </message>
    <message>
        <source>a rule like &quot;p95_ms &lt; 100&quot;</source>
        <translation type="vanished">&quot;p95_ms &lt; 100&quot; जैसा नियम</translation>
    </message>
    <message>
        <source>a file</source>
        <translation type="vanished">एक फ़ाइल</translation>
    </message>
    <message>
        <source>K/N</source>
        <translation type="vanished">K/N</translation>
    </message>
    <message>
        <source>a user name</source>
        <translation type="vanished">एक उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>a name or a file</source>
        <translation type="vanished">एक नाम या फ़ाइल</translation>
    </message>
    <message>
        <source>a PEM file</source>
        <translation type="vanished">एक PEM फ़ाइल</translation>
    </message>
    <message>
        <source>%1 is not accepted: passwords on the command line leak into process lists; use the users file or DMS_ADMIN_PASSWORD</source>
        <translation type="vanished">%1 स्वीकार नहीं है: कमांड लाइन पर दिए पासवर्ड प्रोसेस सूचियों में पहुँच जाते हैं; उपयोगकर्ता फ़ाइल या DMS_ADMIN_PASSWORD का उपयोग करें</translation>
    </message>
    <message>
        <source>a second scenario &quot;%1&quot;: give one scenario per run</source>
        <translation>दूसरा परिदृश्य &quot;%1&quot;: प्रति रन एक परिदृश्य दें</translation>
    </message>
    <message>
        <source>no scenario given (a built-in name or a JSON file)</source>
        <translation>कोई परिदृश्य नहीं दिया गया (अंतर्निहित नाम या JSON फ़ाइल)</translation>
    </message>
    <message>
        <source>--admin and --no-admin exclude each other</source>
        <translation>--admin और --no-admin एक साथ नहीं दिए जा सकते</translation>
    </message>
    <message>
        <source>dms-console simulate: --csv: cannot write %1: %2</source>
        <translation>dms-console simulate: --csv: %1 नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>usage:
  dms-console watch  --server URL --user NAME [--password-stdin] [--profile dms-updates]
                     [--ping-interval S] [--pong-timeout S] [--reconnect-base S]
                     [--reconnect-cap S] [--max-attempts N] [--offline-retry S] [--duration S]
                     [--queries KEY,...] [--until-ready] [--ca-file PEM] [--token-in-header]
                     [--remember] [--no-keychain] [--allow-insecure-http] [--raw]
                     [--metrics-port P] [--metrics-address ADDR]
  dms-console status --server URL --user NAME [--password-stdin] [--pings N]
                     [--format text|json|nagios|prometheus] [--json]
                     [--warning RTT[,TTL]] [--critical RTT[,TTL]] (ms, nagios ranges)
                     [--timeout S] [--ca-file PEM] [--token-in-header] [--no-keychain]
                     [--allow-insecure-http]
The password comes from --password-stdin, DMS_PASSWORD or the keychain; never an argument.
Exit codes: 0 ok, 1 unhealthy, 2 usage, 3 authentication failed;
with --format nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage, authentication).
</source>
        <translation type="vanished">उपयोग:
  dms-console watch  --server URL --user NAME [--password-stdin] [--profile dms-updates]
                     [--ping-interval S] [--pong-timeout S] [--reconnect-base S]
                     [--reconnect-cap S] [--max-attempts N] [--offline-retry S] [--duration S]
                     [--queries KEY,...] [--until-ready] [--ca-file PEM] [--token-in-header]
                     [--remember] [--no-keychain] [--allow-insecure-http] [--raw]
                     [--metrics-port P] [--metrics-address ADDR]
  dms-console status --server URL --user NAME [--password-stdin] [--pings N]
                     [--format text|json|nagios|prometheus] [--json]
                     [--warning RTT[,TTL]] [--critical RTT[,TTL]] (ms, nagios ranges)
                     [--timeout S] [--ca-file PEM] [--token-in-header] [--no-keychain]
                     [--allow-insecure-http]
पासवर्ड --password-stdin, DMS_PASSWORD या कीचेन से आता है; कभी भी आर्ग्युमेंट से नहीं।
एग्ज़िट कोड: 0 ठीक, 1 अस्वस्थ, 2 गलत उपयोग, 3 प्रमाणीकरण विफल;
--format nagios के साथ: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (गलत उपयोग, प्रमाणीकरण)।
</translation>
    </message>
    <message>
        <source>--format needs text, json, nagios or prometheus</source>
        <translation type="vanished">--format को text, json, nagios या prometheus चाहिए</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not text, json, nagios or prometheus</source>
        <translation type="vanished">--format: &quot;%1&quot; text, json, nagios या prometheus नहीं है</translation>
    </message>
    <message>
        <source>%1 needs RTT[,TTL]: threshold ranges in milliseconds</source>
        <translation type="vanished">%1 को RTT[,TTL] चाहिए: मिलीसेकंड में सीमा-श्रेणियाँ</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has more than two ranges (RTT,TTL)</source>
        <translation>%1: &quot;%2&quot; में दो से अधिक श्रेणियाँ हैं (RTT,TTL)</translation>
    </message>
    <message>
        <source>--metrics-address needs an IP address, e.g. 127.0.0.1 or ::1</source>
        <translation>--metrics-address को IP पता चाहिए, उदा. 127.0.0.1 या ::1</translation>
    </message>
    <message>
        <source>--format, --warning and --critical are options of status; watch prints JSON lines</source>
        <translation type="vanished">--format, --warning और --critical status के विकल्प हैं; watch JSON पंक्तियाँ छापता है</translation>
    </message>
    <message>
        <source>--raw and --metrics-port are options of watch</source>
        <translation type="vanished">--raw और --metrics-port watch के विकल्प हैं</translation>
    </message>
    <message>
        <source>--warning and --critical need --format nagios</source>
        <translation>--warning और --critical को --format nagios चाहिए</translation>
    </message>
    <message>
        <source>authentication failed: %1</source>
        <translation>प्रमाणीकरण विफल: %1</translation>
    </message>
    <message>
        <source>cannot sign in: %1</source>
        <translation>साइन इन नहीं हो सकता: %1</translation>
    </message>
    <message>
        <source>%1 of %2 pongs</source>
        <translation>%2 में से %1 पॉन्ग</translation>
    </message>
    <message>
        <source>%1 %2 ms (critical %3)</source>
        <translation>%1 %2 ms (गंभीर %3)</translation>
    </message>
    <message>
        <source>%1 %2 ms (warning %3)</source>
        <translation>%1 %2 ms (चेतावनी %3)</translation>
    </message>
    <message>
        <source>rtt</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>time to Live</source>
        <translation>लाइव होने तक का समय</translation>
    </message>
    <message>
        <source>live at %1</source>
        <translation>%1 पर लाइव</translation>
    </message>
    <message>
        <source>rtt %1 ms median (%2 of %3 pongs)</source>
        <translation>RTT माध्यिका %1 ms (%3 में से %2 पॉन्ग)</translation>
    </message>
    <message>
        <source>rtt not measured: this dialect has no heartbeat</source>
        <translation>RTT मापा नहीं गया: इस डायलेक्ट में हार्टबीट नहीं है</translation>
    </message>
    <message>
        <source>time to Live %1 ms</source>
        <translation>लाइव होने तक का समय %1 ms</translation>
    </message>
    <message>
        <source>clock offset %1 ms</source>
        <translation>घड़ी का अंतर %1 ms</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 पर %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>साइन इन नहीं है</translation>
    </message>
    <message>
        <source>cannot serve metrics on %1:%2: %3</source>
        <translation>%1:%2 पर मेट्रिक्स नहीं दिए जा सकते: %3</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>उपयोग:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>उदाहरण:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>उदाहरण:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit कोड:</translation>
    </message>
    <message>
        <source>%1 is not accepted: passwords and tokens on the command line leak into process lists and shell history; %2</source>
        <translation>%1 स्वीकार नहीं है: कमांड लाइन पर पासवर्ड और टोकन प्रोसेस सूचियों और शेल इतिहास में लीक होते हैं; %2</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (an option of %2)</source>
        <translation>अज्ञात विकल्प &quot;%1&quot; (%2 का विकल्प)</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 कोई मान नहीं लेता</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: the commands are watch, status, simulate and report</source>
        <translation>अज्ञात कमांड &quot;%1&quot;: कमांड watch, status, simulate और report हैं</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>अप्रत्याशित तर्क &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of seconds from %3 to %4</source>
        <translation>%1: &quot;%2&quot; %3 से %4 तक सेकंड की संख्या नहीं है</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>%1: &quot;%2&quot; %3 से %4 तक की पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number above %3 and at most %4</source>
        <translation>%1: &quot;%2&quot; %3 से अधिक और अधिकतम %4 की संख्या नहीं है</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1: &quot;%2&quot; इनमें से कोई नहीं है: %3</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>विकल्प:</translation>
    </message>
    <message>
        <source>Commands (they need no display):</source>
        <translation>कमांड (इन्हें डिस्प्ले की ज़रूरत नहीं):</translation>
    </message>
    <message>
        <source>Options of the window:</source>
        <translation>विंडो के विकल्प:</translation>
    </message>
    <message>
        <source>Run &quot;dms-console COMMAND --help&quot; for the options of a command, and &quot;man dms-console&quot; for the environment and files.</source>
        <translation>किसी कमांड के विकल्पों के लिए &quot;dms-console COMMAND --help&quot; चलाएँ, और परिवेश व फ़ाइलों के लिए &quot;man dms-console&quot;।</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options, an example and the exit codes.</source>
        <translation>विकल्पों, एक उदाहरण और exit कोड के लिए &quot;%1 --help&quot; चलाएँ।</translation>
    </message>
    <message>
        <source>The DMS to sign in to, an http:// or https:// URL. Plain http:// to anything but this machine&apos;s loopback is refused unless --allow-insecure-http is given.</source>
        <translation>वह DMS जिसमें साइन इन करना है, एक http:// या https:// URL। इस मशीन के loopback के अलावा किसी भी चीज़ पर सादा http:// अस्वीकार किया जाता है, जब तक --allow-insecure-http न दिया गया हो।</translation>
    </message>
    <message>
        <source>The user to sign in as.</source>
        <translation>वह उपयोगकर्ता जिसके रूप में साइन इन करना है।</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (without it: DMS_PASSWORD, else the keychain).</source>
        <translation>पासवर्ड मानक इनपुट की पहली पंक्ति से पढ़ें (इसके बिना: DMS_PASSWORD, अन्यथा कीचेन)।</translation>
    </message>
    <message>
        <source>The dialect profile: dms-updates (the default), dms-channels, hycon-first-message, or a JSON file.</source>
        <translation>डायलेक्ट प्रोफ़ाइल: dms-updates (डिफ़ॉल्ट), dms-channels, hycon-first-message, या एक JSON फ़ाइल।</translation>
    </message>
    <message>
        <source>Trust the certificate authorities in this PEM file in addition to the system&apos;s. Certificates are always verified.</source>
        <translation>सिस्टम के अलावा इस PEM फ़ाइल के प्रमाणपत्र प्राधिकरणों पर भी भरोसा करें। प्रमाणपत्र हमेशा सत्यापित किए जाते हैं।</translation>
    </message>
    <message>
        <source>Send the access token in an Authorization header on the WebSocket handshake instead of in the URL.</source>
        <translation>एक्सेस टोकन को URL के बजाय WebSocket हैंडशेक पर Authorization हेडर में भेजें।</translation>
    </message>
    <message>
        <source>Remember the refresh token in the keychain.</source>
        <translation>रिफ़्रेश टोकन को कीचेन में याद रखें।</translation>
    </message>
    <message>
        <source>Do not use the keychain; secrets stay in memory.</source>
        <translation>कीचेन का उपयोग न करें; गोपनीय जानकारी मेमोरी में ही रहती है।</translation>
    </message>
    <message>
        <source>Accept sending the password and tokens unencrypted over http:// to another machine.</source>
        <translation>पासवर्ड और टोकन को http:// पर बिना एन्क्रिप्शन के किसी दूसरी मशीन पर भेजना स्वीकार करें।</translation>
    </message>
    <message>
        <source>The language of messages and help: en, de or hi (default: the system locale). JSON, CSV and JUnit output stays English.</source>
        <translation>संदेशों और सहायता की भाषा: en, de या hi (डिफ़ॉल्ट: सिस्टम लोकेल)। JSON, CSV और JUnit आउटपुट अंग्रेज़ी में ही रहता है।</translation>
    </message>
    <message>
        <source>Send a heartbeat every S seconds (default 30).</source>
        <translation>हर S सेकंड पर एक हार्टबीट भेजें (डिफ़ॉल्ट 30)।</translation>
    </message>
    <message>
        <source>Drop and replace the connection when no frame arrives within S seconds of a ping (default 10).</source>
        <translation>पिंग के S सेकंड के भीतर कोई फ़्रेम न आए तो कनेक्शन छोड़कर नया बनाएँ (डिफ़ॉल्ट 10)।</translation>
    </message>
    <message>
        <source>First reconnect delay; it doubles per attempt, with full jitter (default 1).</source>
        <translation>पुनः कनेक्ट करने की पहली देरी; यह हर प्रयास पर दोगुनी होती है, पूरे jitter के साथ (डिफ़ॉल्ट 1)।</translation>
    </message>
    <message>
        <source>Longest reconnect delay (default 30; not below --reconnect-base).</source>
        <translation>पुनः कनेक्ट करने की सबसे लंबी देरी (डिफ़ॉल्ट 30; --reconnect-base से कम नहीं)।</translation>
    </message>
    <message>
        <source>Reconnect attempts before the session is Offline (default 10; 0: never give up).</source>
        <translation>सत्र के Offline होने से पहले पुनः कनेक्ट के प्रयास (डिफ़ॉल्ट 10; 0: कभी हार न मानें)।</translation>
    </message>
    <message>
        <source>While Offline, try once more every S seconds (default 60; 0: wait for the network to come back).</source>
        <translation>Offline रहते हुए हर S सेकंड पर एक बार फिर प्रयास करें (डिफ़ॉल्ट 60; 0: नेटवर्क लौटने की प्रतीक्षा करें)।</translation>
    </message>
    <message>
        <source>The DMS, an http:// or https:// URL (required). Plain http:// to anything but this machine&apos;s loopback is refused unless --allow-insecure-http is given.</source>
        <translation>DMS, एक http:// या https:// URL (आवश्यक)। इस मशीन के loopback के अलावा किसी भी चीज़ पर सादा http:// अस्वीकार किया जाता है, जब तक --allow-insecure-http न दिया गया हो।</translation>
    </message>
    <message>
        <source>The user to sign in as (required).</source>
        <translation>वह उपयोगकर्ता जिसके रूप में साइन इन करना है (आवश्यक)।</translation>
    </message>
    <message>
        <source>use --password-stdin or DMS_PASSWORD</source>
        <translation>--password-stdin या DMS_PASSWORD का उपयोग करें</translation>
    </message>
    <message>
        <source>Open the console window.</source>
        <translation>कंसोल विंडो खोलें।</translation>
    </message>
    <message>
        <source>Without a command dms-console opens the window. Without --server it asks for the server, the user and the password in the sign-in dialog; with --server and --user it signs in at once, the password from DMS_PASSWORD or the keychain.</source>
        <translation>बिना कमांड के dms-console विंडो खोलता है। --server के बिना यह साइन-इन संवाद में सर्वर, उपयोगकर्ता और पासवर्ड पूछता है; --server और --user के साथ यह तुरंत साइन इन करता है, पासवर्ड DMS_PASSWORD या कीचेन से।</translation>
    </message>
    <message>
        <source>The DMS to sign in to, an http:// or https:// URL.</source>
        <translation>वह DMS जिसमें साइन इन करना है, एक http:// या https:// URL।</translation>
    </message>
    <message>
        <source>The user to sign in as; the password comes from DMS_PASSWORD or the keychain.</source>
        <translation>वह उपयोगकर्ता जिसके रूप में साइन इन करना है; पासवर्ड DMS_PASSWORD या कीचेन से आता है।</translation>
    </message>
    <message>
        <source>Exit 0 at once if this build has a window and a display is set, else 2: for scripts choosing between the window and a headless command.</source>
        <translation>यदि इस बिल्ड में विंडो है और डिस्प्ले सेट है तो तुरंत 0 के साथ बाहर निकलें, अन्यथा 2: उन स्क्रिप्ट के लिए जो विंडो और बिना डिस्प्ले वाली कमांड के बीच चुनती हैं।</translation>
    </message>
    <message>
        <source>Open the window signed in to the demo server:</source>
        <translation>डेमो सर्वर में साइन इन की हुई विंडो खोलें:</translation>
    </message>
    <message>
        <source>the window was closed</source>
        <translation>विंडो बंद की गई</translation>
    </message>
    <message>
        <source>usage error, or no display to open the window on</source>
        <translation>उपयोग त्रुटि, या विंडो खोलने के लिए कोई डिस्प्ले नहीं</translation>
    </message>
    <message>
        <source>use DMS_PASSWORD or the sign-in dialog</source>
        <translation>DMS_PASSWORD या साइन-इन संवाद का उपयोग करें</translation>
    </message>
    <message>
        <source>Hold one live session and print what happens as JSON lines.</source>
        <translation>एक लाइव सत्र बनाए रखें और जो होता है उसे JSON पंक्तियों के रूप में छापें।</translation>
    </message>
    <message>
        <source>Signs in, keeps the listed queries active, holds one live session that reconnects and sends heartbeats, and prints one JSON object per line on standard output (signed_in, state, frame, heartbeat, invalidate, fetch, missed, error, summary, …). It runs until --duration has passed or until SIGINT or SIGTERM. Log lines go to standard error.</source>
        <translation>साइन इन करता है, सूचीबद्ध क्वेरी सक्रिय रखता है, एक लाइव सत्र बनाए रखता है जो पुनः कनेक्ट होता है और हार्टबीट भेजता है, और मानक आउटपुट पर प्रति पंक्ति एक JSON ऑब्जेक्ट छापता है (signed_in, state, frame, heartbeat, invalidate, fetch, missed, error, summary, …)। यह --duration बीतने तक या SIGINT या SIGTERM तक चलता है। लॉग पंक्तियाँ मानक त्रुटि पर जाती हैं।</translation>
    </message>
    <message>
        <source>Stop after S seconds (default 0: until SIGINT or SIGTERM).</source>
        <translation>S सेकंड के बाद रुकें (डिफ़ॉल्ट 0: SIGINT या SIGTERM तक)।</translation>
    </message>
    <message>
        <source>The queries to keep active (default: every list the profile routes, e.g. withdrawal-requests, crates, audit).</source>
        <translation>सक्रिय रखी जाने वाली क्वेरी (डिफ़ॉल्ट: प्रोफ़ाइल की हर सूची, जैसे withdrawal-requests, crates, audit)।</translation>
    </message>
    <message>
        <source>End as soon as the session is Live and every query&apos;s first fetch has succeeded: one ready line, the summary, exit 0.</source>
        <translation>जैसे ही सत्र Live हो और हर क्वेरी का पहला फ़ेच सफल हो जाए, समाप्त करें: एक ready पंक्ति, सारांश, exit 0।</translation>
    </message>
    <message>
        <source>Also print every frame in and out (its first 4 KiB) as a raw line, tokens and passwords replaced by ***.</source>
        <translation>हर आने-जाने वाले फ़्रेम (उसके पहले 4 KiB) को raw पंक्ति के रूप में भी छापें, टोकन और पासवर्ड *** से बदले हुए।</translation>
    </message>
    <message>
        <source>Serve the session&apos;s counters as OpenMetrics on http://127.0.0.1:P/metrics while watch runs (0: a free port).</source>
        <translation>watch चलने के दौरान सत्र के काउंटर OpenMetrics के रूप में http://127.0.0.1:P/metrics पर उपलब्ध कराएँ (0: कोई खाली पोर्ट)।</translation>
    </message>
    <message>
        <source>The address /metrics listens on (default 127.0.0.1).</source>
        <translation>वह पता जिस पर /metrics सुनता है (डिफ़ॉल्ट 127.0.0.1)।</translation>
    </message>
    <message>
        <source>Watch the demo server for a minute, a heartbeat every 5 seconds:</source>
        <translation>डेमो सर्वर को एक मिनट तक देखें, हर 5 सेकंड पर एक हार्टबीट:</translation>
    </message>
    <message>
        <source>the session ended Live (with --until-ready: and ready)</source>
        <translation>सत्र Live अवस्था में समाप्त हुआ (--until-ready के साथ: और तैयार)</translation>
    </message>
    <message>
        <source>unhealthy: it ended Offline or Reconnecting, the server was unreachable, or it was not ready</source>
        <translation>अस्वस्थ: यह Offline या पुनः कनेक्ट करते हुए समाप्त हुआ, सर्वर पहुँच से बाहर था, या यह तैयार नहीं था</translation>
    </message>
    <message>
        <source>usage error (the message names the option)</source>
        <translation>उपयोग त्रुटि (संदेश विकल्प का नाम बताता है)</translation>
    </message>
    <message>
        <source>authentication failed (wrong password, or the session could not be renewed)</source>
        <translation>प्रमाणीकरण विफल (गलत पासवर्ड, या सत्र का नवीनीकरण नहीं हो सका)</translation>
    </message>
    <message>
        <source>Check a server&apos;s health once; the exit code says healthy or not.</source>
        <translation>सर्वर की स्थिति एक बार जाँचें; exit कोड बताता है कि वह स्वस्थ है या नहीं।</translation>
    </message>
    <message>
        <source>Signs in, goes Live (one attempt), sends a few pings and prints the state, the round-trip times and the server&apos;s clock offset. With --format nagios it is a monitoring plugin; with --format prometheus it writes OpenMetrics for node_exporter&apos;s textfile collector (docs/monitoring.md).</source>
        <translation>साइन इन करता है, Live होता है (एक प्रयास), कुछ पिंग भेजता है और स्थिति, राउंड-ट्रिप समय और सर्वर की घड़ी का अंतर छापता है। --format nagios के साथ यह एक मॉनिटरिंग प्लगइन है; --format prometheus के साथ यह node_exporter के textfile collector के लिए OpenMetrics लिखता है (docs/monitoring.md)।</translation>
    </message>
    <message>
        <source>What to print: text (the default), json (one JSON line), nagios (one monitoring-plugin line with perfdata) or prometheus (OpenMetrics text).</source>
        <translation>क्या छापना है: text (डिफ़ॉल्ट), json (एक JSON पंक्ति), nagios (perfdata के साथ एक मॉनिटरिंग-प्लगइन पंक्ति) या prometheus (OpenMetrics टेक्स्ट)।</translation>
    </message>
    <message>
        <source>Pings to send (default 3).</source>
        <translation>भेजे जाने वाले पिंग (डिफ़ॉल्ट 3)।</translation>
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation>--format json के समान।</translation>
    </message>
    <message>
        <source>With --format nagios: the WARNING ranges in milliseconds, of the median round-trip time and, after a comma, of the time to Live (e.g. 200,2000).</source>
        <translation>--format nagios के साथ: मिलीसेकंड में WARNING सीमाएँ, माध्यिका राउंड-ट्रिप समय की और, अल्पविराम के बाद, Live होने के समय की (जैसे 200,2000)।</translation>
    </message>
    <message>
        <source>With --format nagios: the CRITICAL ranges, as for --warning (e.g. 1000,10000).</source>
        <translation>--format nagios के साथ: CRITICAL सीमाएँ, --warning की तरह (जैसे 1000,10000)।</translation>
    </message>
    <message>
        <source>Give up after S seconds (default 20).</source>
        <translation>S सेकंड के बाद हार मान लें (डिफ़ॉल्ट 20)।</translation>
    </message>
    <message>
        <source>A health check for monitoring, the password on standard input:</source>
        <translation>मॉनिटरिंग के लिए स्वास्थ्य जाँच, पासवर्ड मानक इनपुट पर:</translation>
    </message>
    <message>
        <source>A Nagios or Icinga check:</source>
        <translation>एक Nagios या Icinga जाँच:</translation>
    </message>
    <message>
        <source>healthy (--format nagios: OK)</source>
        <translation>स्वस्थ (--format nagios: OK)</translation>
    </message>
    <message>
        <source>unhealthy (--format nagios: WARNING)</source>
        <translation>अस्वस्थ (--format nagios: WARNING)</translation>
    </message>
    <message>
        <source>usage error (--format nagios: CRITICAL: down, unreachable, not Live, or a --critical range)</source>
        <translation>उपयोग त्रुटि (--format nagios: CRITICAL: बंद, पहुँच से बाहर, Live नहीं, या कोई --critical सीमा)</translation>
    </message>
    <message>
        <source>authentication failed (--format nagios: UNKNOWN, also for a usage error)</source>
        <translation>प्रमाणीकरण विफल (--format nagios: UNKNOWN, उपयोग त्रुटि पर भी)</translation>
    </message>
    <message>
        <source>Run a multi-user sync scenario against servers and check its thresholds.</source>
        <translation>सर्वरों पर बहु-उपयोगकर्ता सिंक परिदृश्य चलाएँ और उसकी सीमाएँ जाँचें।</translation>
    </message>
    <message>
        <source>Runs a multi-user scenario: many virtual users, each a full session, on one or more servers; legal actions are driven at a rate and every receipt is measured. SCENARIO is a built-in name (simulate --list shows them) or a JSON file (docs/scenarios.md). Progress goes to standard error, the summary to standard output. SIGINT or SIGTERM once stops the actions and reports; twice aborts.</source>
        <translation>बहु-उपयोगकर्ता परिदृश्य चलाता है: कई आभासी उपयोगकर्ता, हर एक पूरा सत्र, एक या अधिक सर्वरों पर; वैध क्रियाएँ एक दर से चलाई जाती हैं और हर प्राप्ति मापी जाती है। SCENARIO एक अंतर्निहित नाम (simulate --list उन्हें दिखाता है) या एक JSON फ़ाइल है (docs/scenarios.md)। प्रगति मानक त्रुटि पर जाती है, सारांश मानक आउटपुट पर। एक बार SIGINT या SIGTERM क्रियाएँ रोककर रिपोर्ट करता है; दो बार रद्द कर देता है।</translation>
    </message>
    <message>
        <source>A server (required); repeat it, or separate URLs with commas, to spread the users over several servers.</source>
        <translation>एक सर्वर (आवश्यक); उपयोगकर्ताओं को कई सर्वरों पर फैलाने के लिए इसे दोहराएँ, या URL को अल्पविराम से अलग करें।</translation>
    </message>
    <message>
        <source>The users: lines of username,password,unit[,role] (seed_demo --users-csv writes one). Without it the users follow the demo pattern u{unit}_{req|appr|head|uadmin}{k} with the demo password.</source>
        <translation>उपयोगकर्ता: username,password,unit[,role] की पंक्तियाँ (seed_demo --users-csv ऐसी फ़ाइल लिखता है)। इसके बिना उपयोगकर्ता डेमो पैटर्न u{unit}_{req|appr|head|uadmin}{k} और डेमो पासवर्ड का पालन करते हैं।</translation>
    </message>
    <message>
        <source>Virtual users in all (default: the scenario&apos;s).</source>
        <translation>कुल आभासी उपयोगकर्ता (डिफ़ॉल्ट: परिदृश्य के)।</translation>
    </message>
    <message>
        <source>Spread the users over units 1 to M (default: the scenario&apos;s).</source>
        <translation>उपयोगकर्ताओं को इकाई 1 से M तक फैलाएँ (डिफ़ॉल्ट: परिदृश्य की)।</translation>
    </message>
    <message>
        <source>Actions per second, all shards together (default: the scenario&apos;s).</source>
        <translation>प्रति सेकंड क्रियाएँ, सभी shard मिलाकर (डिफ़ॉल्ट: परिदृश्य की)।</translation>
    </message>
    <message>
        <source>Length of the run in seconds (default: the scenario&apos;s).</source>
        <translation>रन की अवधि सेकंड में (डिफ़ॉल्ट: परिदृश्य की)।</translation>
    </message>
    <message>
        <source>Replace the scenario&apos;s thresholds (repeatable): &quot;METRIC OP NUMBER&quot;, e.g. &quot;p95_ms &lt; 100&quot;, then optionally @STAGE (within one stage of a ramping scenario) and abort_on_fail (end the run, exit 1, as soon as it fails).</source>
        <translation>परिदृश्य की सीमाएँ बदलें (दोहराने योग्य): &quot;METRIC OP NUMBER&quot;, जैसे &quot;p95_ms &lt; 100&quot;, फिर वैकल्पिक रूप से @STAGE (बढ़ते परिदृश्य के किसी एक चरण के भीतर) और abort_on_fail (जैसे ही यह विफल हो, रन समाप्त करें, exit 1)।</translation>
    </message>
    <message>
        <source>Write the whole report as JSON.</source>
        <translation>पूरी रिपोर्ट JSON के रूप में लिखें।</translation>
    </message>
    <message>
        <source>Write one JUnit test case per threshold.</source>
        <translation>हर सीमा के लिए एक JUnit टेस्ट केस लिखें।</translation>
    </message>
    <message>
        <source>Write one line per change and user.</source>
        <translation>हर परिवर्तन और उपयोगकर्ता के लिए एक पंक्ति लिखें।</translation>
    </message>
    <message>
        <source>Write the report as one self-contained HTML page for a reviewer (docs/qa-reports.md).</source>
        <translation>समीक्षक के लिए रिपोर्ट को एक स्व-निहित HTML पेज के रूप में लिखें (docs/qa-reports.md)।</translation>
    </message>
    <message>
        <source>Run the K-th of N slices of the users (merge the reports with report merge).</source>
        <translation>उपयोगकर्ताओं के N हिस्सों में से K-वाँ चलाएँ (रिपोर्टों को report merge से मिलाएँ)।</translation>
    </message>
    <message>
        <source>The administrator for the snapshot and the final comparison; the password comes from the users file or DMS_ADMIN_PASSWORD.</source>
        <translation>स्नैपशॉट और अंतिम तुलना के लिए व्यवस्थापक; पासवर्ड उपयोगकर्ता फ़ाइल या DMS_ADMIN_PASSWORD से आता है।</translation>
    </message>
    <message>
        <source>Run without an administrator.</source>
        <translation>व्यवस्थापक के बिना चलाएँ।</translation>
    </message>
    <message>
        <source>Spread the users&apos; REST traffic over N network managers (default 2).</source>
        <translation>उपयोगकर्ताओं के REST ट्रैफ़िक को N नेटवर्क मैनेजरों पर फैलाएँ (डिफ़ॉल्ट 2)।</translation>
    </message>
    <message>
        <source>No progress, only the summary.</source>
        <translation>कोई प्रगति नहीं, केवल सारांश।</translation>
    </message>
    <message>
        <source>Print the built-in scenarios and exit.</source>
        <translation>अंतर्निहित परिदृश्य छापें और बाहर निकलें।</translation>
    </message>
    <message>
        <source>A simulation with a JUnit result for CI:</source>
        <translation>CI के लिए JUnit परिणाम के साथ एक सिमुलेशन:</translation>
    </message>
    <message>
        <source>every threshold passed</source>
        <translation>हर सीमा पास हुई</translation>
    </message>
    <message>
        <source>a threshold failed, or aborted the run</source>
        <translation>कोई सीमा विफल हुई, या उसने रन रद्द किया</translation>
    </message>
    <message>
        <source>a bad scenario, users file or argument</source>
        <translation>गलत परिदृश्य, उपयोगकर्ता फ़ाइल या तर्क</translation>
    </message>
    <message>
        <source>use the users file or DMS_ADMIN_PASSWORD</source>
        <translation>उपयोगकर्ता फ़ाइल या DMS_ADMIN_PASSWORD का उपयोग करें</translation>
    </message>
    <message>
        <source>report reads files and signs in nowhere</source>
        <translation>report फ़ाइलें पढ़ता है और कहीं साइन इन नहीं करता</translation>
    </message>
    <message>
        <source>Merge, render or compare the reports of simulate.</source>
        <translation>simulate की रिपोर्टों को मिलाएँ, प्रदर्शित करें या तुलना करें।</translation>
    </message>
    <message>
        <source>The sub-commands merge, html and diff work on the reports simulate --report writes.</source>
        <translation>उप-कमांड merge, html और diff उन रिपोर्टों पर काम करती हैं जो simulate --report लिखता है।</translation>
    </message>
    <message>
        <source>bad arguments or an unreadable report</source>
        <translation>गलत तर्क या न पढ़ी जा सकने वाली रिपोर्ट</translation>
    </message>
    <message>
        <source>Merge the reports of the shards of one run.</source>
        <translation>एक रन के shard की रिपोर्टें मिलाएँ।</translation>
    </message>
    <message>
        <source>Combines the reports of the shards of one run (simulate --shard K/N --report …): counts and histogram buckets add up, so the percentiles are exact.</source>
        <translation>एक रन के shard की रिपोर्टें जोड़ता है (simulate --shard K/N --report …): गिनतियाँ और हिस्टोग्राम बकेट जुड़ते हैं, इसलिए प्रतिशतक सटीक रहते हैं।</translation>
    </message>
    <message>
        <source>Write the merged report (JSON) to FILE (required).</source>
        <translation>मिलाई गई रिपोर्ट (JSON) FILE में लिखें (आवश्यक)।</translation>
    </message>
    <message>
        <source>Also write one JUnit test case per threshold.</source>
        <translation>हर सीमा के लिए एक JUnit टेस्ट केस भी लिखें।</translation>
    </message>
    <message>
        <source>Do not print the summary.</source>
        <translation>सारांश न छापें।</translation>
    </message>
    <message>
        <source>Merge two shards&apos; reports:</source>
        <translation>दो shard की रिपोर्टें मिलाएँ:</translation>
    </message>
    <message>
        <source>the merged run passes its thresholds</source>
        <translation>मिलाया गया रन अपनी सीमाएँ पास करता है</translation>
    </message>
    <message>
        <source>it fails</source>
        <translation>यह विफल होता है</translation>
    </message>
    <message>
        <source>bad arguments, or an unreadable or mismatched report</source>
        <translation>गलत तर्क, या न पढ़ी जा सकने वाली या बेमेल रिपोर्ट</translation>
    </message>
    <message>
        <source>Write a report as one self-contained HTML page.</source>
        <translation>रिपोर्ट को एक स्व-निहित HTML पेज के रूप में लिखें।</translation>
    </message>
    <message>
        <source>Writes a saved report as one self-contained page (no network, no other file) with the verdicts, charts and the per-user table (docs/qa-reports.md).</source>
        <translation>सहेजी गई रिपोर्ट को निर्णयों, चार्ट और प्रति-उपयोगकर्ता तालिका के साथ एक स्व-निहित पेज के रूप में लिखता है (कोई नेटवर्क नहीं, कोई अन्य फ़ाइल नहीं) (docs/qa-reports.md)।</translation>
    </message>
    <message>
        <source>Write the page to FILE (required).</source>
        <translation>पेज FILE में लिखें (आवश्यक)।</translation>
    </message>
    <message>
        <source>A page for a reviewer:</source>
        <translation>समीक्षक के लिए एक पेज:</translation>
    </message>
    <message>
        <source>the page was written</source>
        <translation>पेज लिखा गया</translation>
    </message>
    <message>
        <source>bad arguments, an unreadable or invalid report, or a file that cannot be written</source>
        <translation>गलत तर्क, न पढ़ी जा सकने वाली या अमान्य रिपोर्ट, या ऐसी फ़ाइल जो लिखी नहीं जा सकती</translation>
    </message>
    <message>
        <source>Compare two runs&apos; reports metric by metric.</source>
        <translation>दो रन की रिपोर्टों की मीट्रिक-दर-मीट्रिक तुलना करें।</translation>
    </message>
    <message>
        <source>Compares every metric of two runs (the names thresholds use: p95_ms, delivery, leaks, …) and prints the change of each.</source>
        <translation>दो रन की हर मीट्रिक की तुलना करता है (वे नाम जो सीमाएँ उपयोग करती हैं: p95_ms, delivery, leaks, …) और हर एक का बदलाव छापता है।</translation>
    </message>
    <message>
        <source>Replace a metric&apos;s limit (repeatable): p95_ms=10% (a share of the baseline) or p95_ms=50 (in the metric&apos;s unit, here ms); both kinds for one metric apply together.</source>
        <translation>किसी मीट्रिक की सीमा बदलें (दोहराने योग्य): p95_ms=10% (आधार रेखा का हिस्सा) या p95_ms=50 (मीट्रिक की इकाई में, यहाँ ms); एक मीट्रिक के लिए दोनों प्रकार साथ लागू होते हैं।</translation>
    </message>
    <message>
        <source>Also write the comparison as JSON.</source>
        <translation>तुलना को JSON के रूप में भी लिखें।</translation>
    </message>
    <message>
        <source>Fail a CI job when p95 grew by more than 10 %:</source>
        <translation>जब p95 10 % से अधिक बढ़ जाए तो CI जॉब विफल करें:</translation>
    </message>
    <message>
        <source>nothing regressed past its limit</source>
        <translation>कुछ भी अपनी सीमा से आगे नहीं बिगड़ा</translation>
    </message>
    <message>
        <source>a metric regressed past its limit</source>
        <translation>कोई मीट्रिक अपनी सीमा से आगे बिगड़ी</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>यह सहायता छापें और बाहर निकलें।</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>संस्करण छापें और बाहर निकलें।</translation>
    </message>
</context>
<context>
    <name>Dms::ConnectionBadge</name>
    <message>
        <source>Connection state</source>
        <translation>कनेक्शन की स्थिति</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>लाइव</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>सिंक हो रहा है</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
</context>
<context>
    <name>Dms::ConnectionsModel</name>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>सॉकेट</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>कब से कनेक्टेड</translation>
    </message>
    <message>
        <source>Last ping</source>
        <translation>अंतिम पिंग</translation>
    </message>
</context>
<context>
    <name>Dms::ConnectionsPoller</name>
    <message>
        <source>Not connected to a server</source>
        <translation>किसी सर्वर से कनेक्ट नहीं है</translation>
    </message>
    <message>
        <source>Only administrators may see the server&apos;s connections.</source>
        <translation>केवल प्रशासक सर्वर के कनेक्शन देख सकते हैं।</translation>
    </message>
</context>
<context>
    <name>Dms::Csv</name>
    <message>
        <source>The file is not open for writing</source>
        <translation>फ़ाइल लिखने के लिए खुली नहीं है</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>लिखा नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>Dms::DashboardPanel</name>
    <message>
        <source>Withdrawals</source>
        <translation>निकासी</translation>
    </message>
    <message>
        <source>Destructions</source>
        <translation>विनष्टीकरण</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>स्थानांतरण</translation>
    </message>
    <message>
        <source>every unit</source>
        <translation>सभी इकाइयाँ</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>इकाई %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%3). Live from the tables; click a figure to see its rows. Overdue: open and untouched for more than %n day(s).</source>
        <translation>
            <numerusform>%1 — %2 (%3)। तालिकाओं से लाइव; किसी आँकड़े की पंक्तियाँ देखने के लिए उस पर क्लिक करें। अतिदेय: खुला और %n दिन से अधिक समय से अछूता।</numerusform>
            <numerusform>%1 — %2 (%3)। तालिकाओं से लाइव; किसी आँकड़े की पंक्तियाँ देखने के लिए उस पर क्लिक करें। अतिदेय: खुला और %n दिन से अधिक समय से अछूता।</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>खुले अनुरोध</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>अतिदेय</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, अतिदेय</translation>
    </message>
    <message>
        <source>Transfers in flight (approved or issued) and send-backs</source>
        <translation>चल रहे स्थानांतरण (स्वीकृत या जारी) और वापस भेजे गए अनुरोध</translation>
    </message>
    <message>
        <source>Coming in</source>
        <translation>आने वाले</translation>
    </message>
    <message>
        <source>Between units</source>
        <translation>इकाइयों के बीच</translation>
    </message>
    <message>
        <source>Going out</source>
        <translation>जाने वाले</translation>
    </message>
    <message>
        <source>Open send-backs</source>
        <translation>खुले वापस भेजे गए अनुरोध</translation>
    </message>
    <message>
        <source>Transfers coming into your unit</source>
        <translation>आपकी इकाई में आने वाले स्थानांतरण</translation>
    </message>
    <message>
        <source>An administrator&apos;s view spans every unit</source>
        <translation>प्रशासक के दृश्य में सभी इकाइयाँ शामिल हैं</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>अलर्ट</translation>
    </message>
    <message>
        <source>Changes by others to your requests and to what is yours to act on; click one to see its row</source>
        <translation>आपके अनुरोधों में और जिन पर आपको कार्रवाई करनी है उनमें दूसरों के बदलाव; उसकी पंक्ति देखने के लिए किसी एक पर क्लिक करें</translation>
    </message>
    <message>
        <source>No alerts since sign-in. Changes by others to your requests, requests waiting for you and the live channel going offline appear here (and as desktop notifications).</source>
        <translation>साइन इन के बाद से कोई अलर्ट नहीं। आपके अनुरोधों में दूसरों के बदलाव, आपकी प्रतीक्षा कर रहे अनुरोध और लाइव चैनल का ऑफ़लाइन होना यहाँ दिखाई देते हैं (और डेस्कटॉप सूचनाओं के रूप में भी)।</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Activity today (audit entries per hour)</source>
        <translation>आज की गतिविधि (प्रति घंटा ऑडिट प्रविष्टियाँ)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>Crates by status</source>
        <translation>स्थिति के अनुसार क्रेट</translation>
    </message>
    <message>
        <source>Crates by location (fullest %1)</source>
        <translation>भंडारण स्थान के अनुसार क्रेट (सबसे भरे %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s); click to show them</source>
        <translation>
            <numerusform>%1: %n पंक्ति; दिखाने के लिए क्लिक करें</numerusform>
            <numerusform>%1: %n पंक्तियाँ; दिखाने के लिए क्लिक करें</numerusform>
        </translation>
    </message>
    <message>
        <source>Crates, %1</source>
        <translation>क्रेट, %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Crates by status (%n crate(s))</source>
        <translation>
            <numerusform>स्थिति के अनुसार क्रेट (%n क्रेट)</numerusform>
            <numerusform>स्थिति के अनुसार क्रेट (%n क्रेट)</numerusform>
        </translation>
    </message>
    <message>
        <source>Crates by status (loading…)</source>
        <translation>स्थिति के अनुसार क्रेट (लोड हो रहा है…)</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(कोई स्थान नहीं)</translation>
    </message>
    <message>
        <source>Crates</source>
        <translation>क्रेट</translation>
    </message>
    <message>
        <source>Crates without a location</source>
        <translation>बिना भंडारण स्थान वाले क्रेट</translation>
    </message>
    <message>
        <source>Crates in %1</source>
        <translation>%1 में क्रेट</translation>
    </message>
    <message>
        <source>Today&apos;s activity: the audit log is not available to this user or dialect.</source>
        <translation>आज की गतिविधि: ऑडिट लॉग इस उपयोगकर्ता या डायलेक्ट के लिए उपलब्ध नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n change(s) by %1 user(s)</source>
        <translation>
            <numerusform>आज: %n बदलाव, %1 उपयोगकर्ता</numerusform>
            <numerusform>आज: %n बदलाव, %1 उपयोगकर्ता</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
    <message>
        <source>Click to show %1 in its table</source>
        <translation>%1 को उसकी तालिका में दिखाने के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>today&apos;s activity: an action (in words) and how often</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Dms::DialectProfile</name>
    <message>
        <source>profile is not valid JSON at offset %1: %2</source>
        <translation>प्रोफ़ाइल ऑफ़सेट %1 पर मान्य JSON नहीं है: %2</translation>
    </message>
    <message>
        <source>profile must be a JSON object</source>
        <translation>प्रोफ़ाइल एक JSON ऑब्जेक्ट होनी चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;name&quot; is missing or not a string</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;name&quot; नहीं है या स्ट्रिंग नहीं है</translation>
    </message>
    <message>
        <source>profile field &quot;sockets&quot; must be a non-empty array</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;sockets&quot; एक खाली न हो ऐसा ऐरे होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;sockets[%1]&quot; needs a &quot;name&quot; and a &quot;path&quot; starting with /</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;sockets[%1]&quot; को &quot;name&quot; और / से शुरू होने वाला &quot;path&quot; चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;auth&quot; must be an object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;auth&quot; एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;auth.mode&quot; must be query, header or first-message</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;auth.mode&quot; query, header या first-message होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;auth.message&quot; must be a JSON object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;auth.message&quot; एक JSON ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;auth.deadlineMs&quot; must be a number of milliseconds (0-600000)</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;auth.deadlineMs&quot; मिलीसेकंड की संख्या होनी चाहिए (0-600000)</translation>
    </message>
    <message>
        <source>profile field &quot;liveOn&quot; must be welcome, open or first-frame</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;liveOn&quot; welcome, open या first-frame होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;heartbeat&quot; must be an object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;heartbeat&quot; एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;heartbeat.mode&quot; must be json, control or none</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;heartbeat.mode&quot; json, control या none होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;heartbeat.ping&quot; must be a JSON object (heartbeat.mode json)</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;heartbeat.ping&quot; एक JSON ऑब्जेक्ट होना चाहिए (heartbeat.mode json)</translation>
    </message>
    <message>
        <source>profile field &quot;messages&quot; must be an object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;messages&quot; एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;messages.types&quot; must be a non-empty object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;messages.types&quot; एक खाली न हो ऐसा ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;%1&quot; must be an object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;%1&quot; एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;%1.kind&quot; must be welcome, update, pong, notification, serverError or ignore</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;%1.kind&quot; welcome, update, pong, notification, serverError या ignore होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;%1.fields&quot; must be an object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;%1.fields&quot; एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;%1.fields.%2&quot;: unknown engine field (known: %3)</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;%1.fields.%2&quot;: अज्ञात इंजन फ़ील्ड (ज्ञात: %3)</translation>
    </message>
    <message>
        <source>profile field &quot;%1.fields.%2&quot; must be a non-empty path string</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;%1.fields.%2&quot; एक खाली न हो ऐसी पाथ स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;%1.required&quot; names &quot;%2&quot;, which &quot;fields&quot; does not map</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;%1.required&quot; में &quot;%2&quot; है, जिसे &quot;fields&quot; मैप नहीं करता</translation>
    </message>
    <message>
        <source>profile field &quot;%1.values&quot; must be an object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;%1.values&quot; एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;%1.values.%2&quot; must be &quot;snake&quot; or an object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;%1.values.%2&quot; &quot;snake&quot; या एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;%1.values.%2.*&quot; must be &quot;snake&quot;</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;%1.values.%2.*&quot; &quot;snake&quot; होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;%1.values.%2.%3&quot; must be a string</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;%1.values.%2.%3&quot; एक स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>profile must map one message type to kind &quot;pong&quot; (heartbeat.mode json)</source>
        <translation>प्रोफ़ाइल को एक संदेश प्रकार को kind &quot;pong&quot; पर मैप करना चाहिए (heartbeat.mode json)</translation>
    </message>
    <message>
        <source>profile field &quot;liveOn&quot; is welcome, but no message type has kind &quot;welcome&quot;</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;liveOn&quot; welcome है, पर किसी संदेश प्रकार का kind &quot;welcome&quot; नहीं है</translation>
    </message>
    <message>
        <source>profile field &quot;invalidation&quot; must be an object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;invalidation&quot; एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;invalidation.%1&quot; must be an array of query keys</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;invalidation.%1&quot; क्वेरी कुंजियों का ऐरे होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;invalidation.%1&quot; must hold query keys (strings)</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;invalidation.%1&quot; में क्वेरी कुंजियाँ (स्ट्रिंग) होनी चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;patch&quot; must be an object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;patch&quot; एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;rest&quot; must be an object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;rest&quot; एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;invalidation.%1&quot; names query key &quot;%2&quot;, which has no route in &quot;rest.queries&quot;</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;invalidation.%1&quot; में क्वेरी कुंजी &quot;%2&quot; है, जिसका &quot;rest.queries&quot; में कोई रूट नहीं है</translation>
    </message>
    <message>
        <source>cannot read dialect profile %1: %2</source>
        <translation>डायलेक्ट प्रोफ़ाइल %1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Dms::EntityId</name>
    <message>
        <source>a positive integer or a non-empty string</source>
        <translation>एक धनात्मक पूर्णांक या खाली न हो ऐसी स्ट्रिंग</translation>
    </message>
    <message>
        <source>a non-empty string of at most %1 characters or an integer</source>
        <translation>अधिकतम %1 वर्णों की खाली न हो ऐसी स्ट्रिंग या एक पूर्णांक</translation>
    </message>
    <message>
        <source>an integer or a string</source>
        <translation>एक पूर्णांक या स्ट्रिंग</translation>
    </message>
</context>
<context>
    <name>Dms::EntityTableModel</name>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>वापस भेजा गया</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>जारी किया गया</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>वापस आया</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>निकाला गया</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>संग्रहित</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>नष्ट किया गया</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>हल किया गया</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>अनुरोधकर्ता</translation>
    </message>
    <message>
        <source>Crate</source>
        <translation>क्रेट</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>गंतव्य</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अपडेट किया गया</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>किसने अपडेट किया</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>किसने भेजा</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>भंडारण</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>उपकरण</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>सत्र</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>इकाई-वस्तु</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>वस्तु ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>क्षमता</translation>
    </message>
    <message>
        <source>Crates</source>
        <translation>क्रेट</translation>
    </message>
</context>
<context>
    <name>Dms::FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Show rows whose %1 contains this text (&quot;=text&quot; for an exact match)</source>
        <translation>वे पंक्तियाँ दिखाएँ जिनके %1 में यह टेक्स्ट है (सटीक मिलान के लिए &quot;=टेक्स्ट&quot;)</translation>
    </message>
</context>
<context>
    <name>Dms::FrameLogModel</name>
    <message numerus="yes">
        <source>%n row(s) patched</source>
        <translation>
            <numerusform>%n पंक्ति सीधे अपडेट हुई</numerusform>
            <numerusform>%n पंक्तियाँ सीधे अपडेट हुईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refetched alone</source>
        <translation>
            <numerusform>%n पंक्ति अलग से फिर लाई गई</numerusform>
            <numerusform>%n पंक्तियाँ अलग से फिर लाई गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refetched</source>
        <translation>
            <numerusform>%n फिर से लाई गई</numerusform>
            <numerusform>%n फिर से लाई गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coalesced</source>
        <translation>
            <numerusform>%n एक साथ जोड़ी गई</numerusform>
            <numerusform>%n एक साथ जोड़ी गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked stale</source>
        <translation>
            <numerusform>%n पुरानी चिह्नित</numerusform>
            <numerusform>%n पुरानी चिह्नित</numerusform>
        </translation>
    </message>
    <message>
        <source>no cached query touched</source>
        <translation>कोई कैश की गई क्वेरी प्रभावित नहीं हुई</translation>
    </message>
    <message>
        <source>in</source>
        <translation>आया</translation>
    </message>
    <message>
        <source>out</source>
        <translation>गया</translation>
    </message>
    <message>
        <source>cause: %1, ref: %2</source>
        <translation>कारण: %1, संदर्भ: %2</translation>
    </message>
    <message>
        <source>patterns: %1</source>
        <translation>पैटर्न: %1</translation>
    </message>
    <message>
        <source>  (no cached query matched)</source>
        <translation>  (कोई कैश की गई क्वेरी मेल नहीं खाई)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>सॉकेट</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>इकाई-वस्तु</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>बाइट</translation>
    </message>
    <message>
        <source>Invalidation</source>
        <translation>अमान्यकरण</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n line(s) is a saved frame</source>
        <translation>
            <numerusform>इसकी %n पंक्ति सहेजा गया फ़्रेम नहीं है</numerusform>
            <numerusform>इसकी %n पंक्तियों में से कोई भी सहेजा गया फ़्रेम नहीं है</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>फ़ाइल खाली है</translation>
    </message>
</context>
<context>
    <name>Dms::FrameParser</name>
    <message>
        <source>binary frame of %1 bytes ignored: this dialect sends JSON text</source>
        <translation>%1 बाइट का बाइनरी फ़्रेम अनदेखा किया: यह डायलेक्ट JSON टेक्स्ट भेजता है</translation>
    </message>
    <message>
        <source>frame of %1 bytes exceeds the %2-byte limit</source>
        <translation>%1 बाइट का फ़्रेम %2 बाइट की सीमा से अधिक है</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>ऑफ़सेट %1 पर खराब JSON: %2</translation>
    </message>
    <message>
        <source>frame is JSON but not an object</source>
        <translation>फ़्रेम JSON है पर ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>frame has no string &quot;%1&quot; field</source>
        <translation>फ़्रेम में स्ट्रिंग फ़ील्ड &quot;%1&quot; नहीं है</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>अज्ञात संदेश प्रकार &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; frame lacks its %2</source>
        <translation>&quot;%1&quot; फ़्रेम में %2 नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; frame: %2 must be %3</source>
        <translation>&quot;%1&quot; फ़्रेम: %2 %3 होना चाहिए</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>एक ऋणेतर पूर्णांक</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>एक स्ट्रिंग</translation>
    </message>
    <message>
        <source>an ISO-8601 time</source>
        <translation>ISO-8601 समय</translation>
    </message>
    <message>
        <source>update for unknown entity &quot;%1&quot;</source>
        <translation>अज्ञात वस्तु &quot;%1&quot; के लिए अपडेट</translation>
    </message>
</context>
<context>
    <name>Dms::FramesPanel</name>
    <message>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>JSON के रूप में कॉपी करें</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>फ़्रेम</translation>
    </message>
    <message>
        <source>Frame details</source>
        <translation>फ़्रेम विवरण</translation>
    </message>
    <message>
        <source>Select a frame to see it and the queries it invalidated.</source>
        <translation>फ़्रेम और उससे अमान्य हुई क्वेरी देखने के लिए एक फ़्रेम चुनें।</translation>
    </message>
    <message>
        <source>Pause the log (F8); frames keep arriving and wait until you resume</source>
        <translation>लॉग रोकें (F8); फ़्रेम आते रहते हैं और फिर से शुरू करने तक प्रतीक्षा करते हैं</translation>
    </message>
    <message>
        <source>Copy the selected frames (or all shown) as JSON, tokens redacted</source>
        <translation>चुने गए फ़्रेम (या सभी दिखाए गए) JSON के रूप में कॉपी करें, टोकन छिपाकर</translation>
    </message>
    <message>
        <source>Forget the frames logged so far</source>
        <translation>अब तक लॉग किए गए फ़्रेम भूल जाएँ</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>Filter by frame type</source>
        <translation>फ़्रेम प्रकार से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>सभी वस्तुएँ</translation>
    </message>
    <message>
        <source>Filter by entity</source>
        <translation>वस्तु से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Search frames</source>
        <translation>फ़्रेम खोजें</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n frame(s) waiting</source>
        <translation>
            <numerusform>रुका हुआ: %n फ़्रेम प्रतीक्षा में</numerusform>
            <numerusform>रुका हुआ: %n फ़्रेम प्रतीक्षा में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n frame(s) kept; %2 seen</source>
        <translation>
            <numerusform>%n में से %1 फ़्रेम रखा गया; %2 देखे गए</numerusform>
            <numerusform>%n में से %1 फ़्रेम रखे गए; %2 देखे गए</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalidation:</source>
        <translation>अमान्यकरण:</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>लिखें</translation>
    </message>
    <message>
        <source>Compose a frame and send it on the live socket</source>
        <translation>एक फ़्रेम लिखें और उसे लाइव सॉकेट पर भेजें</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>लॉग सहेजें…</translation>
    </message>
    <message>
        <source>Save the frames shown (filters applied) as JSON lines, tokens redacted</source>
        <translation>दिखाए गए फ़्रेम (फ़िल्टर लागू) JSON पंक्तियों के रूप में सहेजें, टोकन छिपाकर</translation>
    </message>
    <message>
        <source>Open log…</source>
        <translation>लॉग खोलें…</translation>
    </message>
    <message>
        <source>Read a saved log (the live log carries on meanwhile)</source>
        <translation>सहेजा गया लॉग पढ़ें (इस बीच लाइव लॉग चलता रहता है)</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>संदेश टेम्पलेट</translation>
    </message>
    <message>
        <source>Socket to send on</source>
        <translation>भेजने के लिए सॉकेट</translation>
    </message>
    <message>
        <source>Frame to send (JSON)</source>
        <translation>भेजा जाने वाला फ़्रेम (JSON)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>Send the frame (Ctrl+Return)</source>
        <translation>फ़्रेम भेजें (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>टेम्पलेट:</translation>
    </message>
    <message>
        <source>Save frame log</source>
        <translation>फ़्रेम लॉग सहेजें</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON पंक्तियाँ (*.jsonl)</translation>
    </message>
    <message>
        <source>Open a saved frame log</source>
        <translation>सहेजा गया फ़्रेम लॉग खोलें</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON पंक्तियाँ (*.jsonl *.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>लाइव लॉग पर वापस</translation>
    </message>
    <message>
        <source>Ping (the dialect&apos;s heartbeat)</source>
        <translation>पिंग (डायलेक्ट का हार्टबीट)</translation>
    </message>
    <message>
        <source>Ping without a timestamp</source>
        <translation>बिना टाइमस्टैम्प का पिंग</translation>
    </message>
    <message>
        <source>A type the dialect does not know</source>
        <translation>ऐसा प्रकार जिसे डायलेक्ट नहीं जानता</translation>
    </message>
    <message>
        <source>No type field</source>
        <translation>कोई प्रकार फ़ील्ड नहीं</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>नहीं भेजा गया: %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>पंक्ति %1, कॉलम %2: %3</translation>
    </message>
    <message>
        <source>a frame is a JSON object ({…})</source>
        <translation>फ़्रेम एक JSON ऑब्जेक्ट होता है ({…})</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>साइन इन नहीं है</translation>
    </message>
    <message>
        <source>Sent at %1.</source>
        <translation>%1 पर भेजा गया।</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 सहेजा नहीं जा सका: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) saved to %1</source>
        <translation>
            <numerusform>%n फ़्रेम %1 में सहेजा गया</numerusform>
            <numerusform>%n फ़्रेम %1 में सहेजे गए</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 खोला नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>यह %1 MiB से बड़ी है</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1: %n frame(s).</source>
        <translation>
            <numerusform>%1 पढ़ा जा रहा है: %n फ़्रेम।</numerusform>
            <numerusform>%1 पढ़ा जा रहा है: %n फ़्रेम।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped (not a saved frame).</source>
        <translation>
            <numerusform>%n पंक्ति छोड़ी गई (सहेजा गया फ़्रेम नहीं)।</numerusform>
            <numerusform>%n पंक्तियाँ छोड़ी गईं (सहेजा गया फ़्रेम नहीं)।</numerusform>
        </translation>
    </message>
    <message>
        <source>The live log carries on meanwhile.</source>
        <translation>इस बीच लाइव लॉग चलता रहता है।</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n saved frame(s) shown</source>
        <translation>
            <numerusform>%n में से %1 सहेजा गया फ़्रेम दिखाया गया</numerusform>
            <numerusform>%n में से %1 सहेजे गए फ़्रेम दिखाए गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::HealthHistoryChart</name>
    <message>
        <source>Message rate chart, last 24 hours</source>
        <translation>संदेश दर चार्ट, पिछले 24 घंटे</translation>
    </message>
    <message>
        <source>Reconnects chart, last 24 hours</source>
        <translation>पुनः कनेक्शन चार्ट, पिछले 24 घंटे</translation>
    </message>
    <message>
        <source>Messages per minute since %1 (mean %2)</source>
        <translation>%1 से प्रति मिनट संदेश (औसत %2)</translation>
    </message>
    <message numerus="yes">
        <source>Reconnects since %1 (%n in all)</source>
        <translation>
            <numerusform>%1 से पुनः कनेक्शन (कुल %n)</numerusform>
            <numerusform>%1 से पुनः कनेक्शन (कुल %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::HealthPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 मि. %2 से.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घं. %2 मि.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>साइन आउट</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>कनेक्ट हो रहा है</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>लाइव</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>फिर से कनेक्ट हो रहा है</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>Signed out (authentication failed)</source>
        <translation>साइन आउट (प्रमाणीकरण विफल)</translation>
    </message>
    <message>
        <source>Live channel</source>
        <translation>लाइव चैनल</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>स्थिति:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>क्यों:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>सर्वर:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>साइन इन उपयोगकर्ता:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>एक्सेस टोकन:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>चालू समय:</translation>
    </message>
    <message>
        <source>Last frame:</source>
        <translation>अंतिम फ़्रेम:</translation>
    </message>
    <message>
        <source>Server clock:</source>
        <translation>सर्वर घड़ी:</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>ट्रैफ़िक</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>फ़्रेम:</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>प्रति सेकंड फ़्रेम:</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>बाइट:</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>राउंड ट्रिप:</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <translation>अनुक्रम:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>सिंक</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>इवेंट:</translation>
    </message>
    <message>
        <source>Invalidations:</source>
        <translation>अमान्यकरण:</translation>
    </message>
    <message>
        <source>Fetches:</source>
        <translation>फ़ेच:</translation>
    </message>
    <message>
        <source>Missed updates:</source>
        <translation>छूटे अपडेट:</translation>
    </message>
    <message>
        <source>Rows a resync (after a reconnect or a sequence gap) found changed that no event had announced</source>
        <translation>वे पंक्तियाँ जिन्हें पुनः सिंक (फिर से कनेक्ट होने या अनुक्रम में अंतर के बाद) ने बदला हुआ पाया पर किसी इवेंट ने सूचना नहीं दी थी</translation>
    </message>
    <message>
        <source>Reconnect timeline</source>
        <translation>पुनः कनेक्शन की समयरेखा</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>देरी</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Missed updates found by resyncs</source>
        <translation>पुनः सिंक द्वारा मिले छूटे अपडेट</translation>
    </message>
    <message>
        <source>Missed updates</source>
        <translation>छूटे अपडेट</translation>
    </message>
    <message>
        <source>None found: every change since sign-in came with its event.</source>
        <translation>कोई नहीं मिला: साइन इन के बाद हर बदलाव अपने इवेंट के साथ आया।</translation>
    </message>
    <message>
        <source>Server connections (all units)</source>
        <translation>सर्वर कनेक्शन (सभी इकाइयाँ)</translation>
    </message>
    <message>
        <source>Server connections</source>
        <translation>सर्वर कनेक्शन</translation>
    </message>
    <message>
        <source>unit %1: %2</source>
        <translation>इकाई %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n live socket(s); %1. Updated %2.</source>
        <translation>
            <numerusform>%n लाइव सॉकेट; %1। %2 को अपडेट किया गया।</numerusform>
            <numerusform>%n लाइव सॉकेट; %1। %2 को अपडेट किया गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Could not read the connections: %1</source>
        <translation>कनेक्शन पढ़े नहीं जा सके: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2: %n row(s) (%3)</source>
        <translation>
            <numerusform>%1  %2: %n पंक्ति (%3)</numerusform>
            <numerusform>%1  %2: %n पंक्तियाँ (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>प्रयास %1 / %2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>प्रयास %1</translation>
    </message>
    <message>
        <source>reconnecting: %1, next in %2 s (%3)</source>
        <translation>फिर से कनेक्ट हो रहा है: %1, अगला %2 सेकंड में (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>कोई नहीं</translation>
    </message>
    <message numerus="yes">
        <source>unknown expiry; %n refresh(es) so far</source>
        <translation>
            <numerusform>समाप्ति अज्ञात; अब तक %n बार नवीनीकरण</numerusform>
            <numerusform>समाप्ति अज्ञात; अब तक %n बार नवीनीकरण</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %1 (at %2); %n refresh(es) so far</source>
        <translation>
            <numerusform>%1 में समाप्त (%2 पर); अब तक %n बार नवीनीकरण</numerusform>
            <numerusform>%1 में समाप्त (%2 पर); अब तक %n बार नवीनीकरण</numerusform>
        </translation>
    </message>
    <message>
        <source>expired %1 ago; renewed on the next call</source>
        <translation>%1 पहले समाप्त; अगली कॉल पर नवीनीकृत होगा</translation>
    </message>
    <message>
        <source>live for %1 (since %2)</source>
        <translation>%1 से लाइव (%2 से)</translation>
    </message>
    <message>
        <source>not live</source>
        <translation>लाइव नहीं</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 पहले</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>अभी तक कोई नहीं</translation>
    </message>
    <message>
        <source>not available: this dialect&apos;s heartbeat carries no server time</source>
        <translation>उपलब्ध नहीं: इस डायलेक्ट के हार्टबीट में सर्वर का समय नहीं होता</translation>
    </message>
    <message>
        <source>not measured yet (needs a heartbeat)</source>
        <translation>अभी मापा नहीं गया (हार्टबीट चाहिए)</translation>
    </message>
    <message>
        <source>in step with this computer</source>
        <translation>इस कंप्यूटर के साथ मेल में</translation>
    </message>
    <message>
        <source>%1 ms ahead of this computer</source>
        <translation>इस कंप्यूटर से %1 ms आगे</translation>
    </message>
    <message>
        <source>%1 ms behind this computer</source>
        <translation>इस कंप्यूटर से %1 ms पीछे</translation>
    </message>
    <message>
        <source>%1 in, %2 out; %3 rejected</source>
        <translation>%1 आए, %2 गए; %3 अस्वीकृत</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 आए, %2 गए</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>मापा नहीं गया</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms (last heartbeat), %n sample(s) in 10 min</source>
        <translation>
            <numerusform>%1 ms (अंतिम हार्टबीट), 10 मिनट में %n नमूना</numerusform>
            <numerusform>%1 ms (अंतिम हार्टबीट), 10 मिनट में %n नमूने</numerusform>
        </translation>
    </message>
    <message>
        <source>no heartbeat answered yet</source>
        <translation>अभी तक किसी हार्टबीट का उत्तर नहीं</translation>
    </message>
    <message>
        <source>%1 gap(s), %2 missed event(s), %3 duplicate(s), %4 out of order; %5 resync(s)</source>
        <translation>%1 अंतर, %2 छूटे इवेंट, %3 दोहराव, %4 क्रम से बाहर; %5 पुनः सिंक</translation>
    </message>
    <message numerus="yes">
        <source>gap detection unavailable: %1; %n resync(s)</source>
        <translation>
            <numerusform>अंतर की पहचान उपलब्ध नहीं: %1; %n पुनः सिंक</numerusform>
            <numerusform>अंतर की पहचान उपलब्ध नहीं: %1; %n पुनः सिंक</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 applied, %2 row(s) patched at once</source>
        <translation>%1 लागू, %2 पंक्ति(याँ) सीधे अपडेट</translation>
    </message>
    <message>
        <source>%1; keys %2 refetched, %3 coalesced, %4 marked stale</source>
        <translation>%1; कुंजियाँ: %2 फिर लाई गईं, %3 एक साथ जोड़ी गईं, %4 पुरानी चिह्नित</translation>
    </message>
    <message>
        <source>%1 started (%2 refetches), %3 failed, %4 retries</source>
        <translation>%1 शुरू (%2 पुनः फ़ेच), %3 विफल, %4 पुनःप्रयास</translation>
    </message>
    <message>
        <source>No reconnects since sign-in.</source>
        <translation>साइन इन के बाद से कोई पुनः कनेक्शन नहीं।</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>Save the connections shown as a CSV file</source>
        <translation type="vanished">दिखाए गए कनेक्शन CSV फ़ाइल के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>कनेक्शन निर्यात करें</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 सहेजा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>only admins see the server&apos;s connections</source>
        <translation>सर्वर के कनेक्शन केवल प्रशासक देखते हैं</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <source>Save the connections shown as a CSV or XLSX file</source>
        <translation>दिखाए गए कनेक्शन CSV या XLSX फ़ाइल के रूप में सहेजें</translation>
    </message>
</context>
<context>
    <name>Dms::HtmlReport</name>
    <message>
        <source>no samples</source>
        <translation>कोई नमूना नहीं</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>नमूने</translation>
    </message>
    <message>
        <source>ms (log scale)</source>
        <translation>ms (लॉग स्केल)</translation>
    </message>
    <message>
        <source>below %1 ms</source>
        <translation>%1 ms से कम</translation>
    </message>
    <message>
        <source>%1–%2 ms</source>
        <translation>%1–%2 ms</translation>
    </message>
    <message>
        <source>%1: %2 samples (%3)</source>
        <translation>%1: %2 नमूने (%3)</translation>
    </message>
    <message>
        <source>ABORTED</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>CONFIGURATION ERROR</source>
        <translation>कॉन्फ़िगरेशन त्रुटि</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>पास</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>फ़ेल</translation>
    </message>
    <message>
        <source>%1 — %2 — simulation report</source>
        <translation>%1 — %2 — सिमुलेशन रिपोर्ट</translation>
    </message>
    <message>
        <source>%1 users in %2 unit(s), %3 s at %4 actions/s</source>
        <translation>%2 इकाई(यों) में %1 उपयोगकर्ता, %3 सेकंड, %4 कार्रवाइयाँ/से.</translation>
    </message>
    <message>
        <source>started %1 (%2 s in all)</source>
        <translation>%1 को शुरू (कुल %2 सेकंड)</translation>
    </message>
    <message>
        <source>Simulation report: %1</source>
        <translation>सिमुलेशन रिपोर्ट: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(बिना नाम)</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>विलंब</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>समय के साथ</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <source>Storms</source>
        <translation>बौछारें</translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation>रिसाव</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>खोए अपडेट</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>स्थितियाँ</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>स्टेज</translation>
    </message>
    <message>
        <source>Verdict per threshold</source>
        <translation>प्रति सीमा निर्णय</translation>
    </message>
    <message>
        <source>%1 threshold(s), every one passed.</source>
        <translation>%1 सीमा(एँ), सभी पास।</translation>
    </message>
    <message>
        <source>%1 of %2 threshold(s) failed.</source>
        <translation>%2 में से %1 सीमा(एँ) फ़ेल।</translation>
    </message>
    <message>
        <source>The run was aborted: the figures cover only what happened until then.</source>
        <translation>रन रद्द हुआ: आँकड़े केवल तब तक की घटनाओं के हैं।</translation>
    </message>
    <message>
        <source>The run was aborted by threshold %1: the figures cover only what happened until then.</source>
        <translation>रन सीमा %1 के कारण रद्द हुआ: आँकड़े केवल तब तक की घटनाओं के हैं।</translation>
    </message>
    <message>
        <source>The scenario cannot run with these users: %1</source>
        <translation>परिदृश्य इन उपयोगकर्ताओं के साथ नहीं चल सकता: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>POST → frame p95</source>
        <translation>POST → फ़्रेम p95</translation>
    </message>
    <message>
        <source>POST → table p95</source>
        <translation>POST → तालिका p95</translation>
    </message>
    <message>
        <source>Change delivery</source>
        <translation>बदलावों की डिलीवरी</translation>
    </message>
    <message>
        <source>Delivery by seq</source>
        <translation>seq के अनुसार डिलीवरी</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>सत्यापित नहीं</translation>
    </message>
    <message>
        <source>tables not compared</source>
        <translation>तालिकाओं की तुलना नहीं हुई</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>मापा गया</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Percentiles in milliseconds. POST → frame: the actor&apos;s request sent until a target user received the frame; POST → table: until the user&apos;s table showed the change; emit → frame: the server&apos;s emit until the frame arrived (clock offset applied); POST round trip: the actor&apos;s request itself.</source>
        <translation>मिलीसेकंड में पर्सेंटाइल। POST → फ़्रेम: कार्रवाई करने वाले का अनुरोध भेजने से लक्ष्य उपयोगकर्ता को फ़्रेम मिलने तक; POST → तालिका: उपयोगकर्ता की तालिका में बदलाव दिखने तक; भेजना → फ़्रेम: सर्वर के भेजने से फ़्रेम पहुँचने तक (घड़ी का अंतर समायोजित); POST राउंड ट्रिप: कार्रवाई करने वाले का अनुरोध स्वयं।</translation>
    </message>
    <message>
        <source>max</source>
        <translation>अधिकतम</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>औसत</translation>
    </message>
    <message>
        <source>POST → frame</source>
        <translation>POST → फ़्रेम</translation>
    </message>
    <message>
        <source>POST → table</source>
        <translation>POST → तालिका</translation>
    </message>
    <message>
        <source>emit → frame</source>
        <translation>भेजना → फ़्रेम</translation>
    </message>
    <message>
        <source>POST round trip</source>
        <translation>POST राउंड ट्रिप</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>वितरण</translation>
    </message>
    <message>
        <source>Samples per latency range on a shared log scale (the histogram buckets of the report, about ten ranges per decade); dashed lines mark p50, p95 and p99. Hover a bar for its count.</source>
        <translation>साझा लॉग स्केल पर प्रति विलंब सीमा नमूने (रिपोर्ट के हिस्टोग्राम बकेट, प्रति दशक लगभग दस सीमाएँ); डैश रेखाएँ p50, p95 और p99 दिखाती हैं। गिनती देखने के लिए बार पर माउस रखें।</translation>
    </message>
    <message>
        <source>Per %1 s window (a change belongs to the window its POST was sent in).</source>
        <translation>प्रति %1 सेकंड विंडो (बदलाव उस विंडो का होता है जिसमें उसका POST भेजा गया)।</translation>
    </message>
    <message>
        <source>No windows: no change was tracked.</source>
        <translation>कोई विंडो नहीं: कोई बदलाव ट्रैक नहीं हुआ।</translation>
    </message>
    <message>
        <source>s since %1 UTC</source>
        <translation>%1 UTC से सेकंड</translation>
    </message>
    <message>
        <source>Receipts per window</source>
        <translation>प्रति विंडो प्राप्तियाँ</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>प्राप्तियाँ</translation>
    </message>
    <message>
        <source>%1: %2 of %3 delivered (%4), %5 missing, %6 leak(s), %7 change(s)</source>
        <translation>%1: %3 में से %2 पहुँचे (%4), %5 गायब, %6 रिसाव, %7 बदलाव</translation>
    </message>
    <message>
        <source>%1 limit %2 ms</source>
        <translation>%1 सीमा %2 ms</translation>
    </message>
    <message>
        <source>p95 latency per window</source>
        <translation>प्रति विंडो p95 विलंब</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>limit %1 ms</source>
        <translation>सीमा %1 ms</translation>
    </message>
    <message>
        <source>%1 %2: p95 %3 ms (%4 samples)</source>
        <translation>%1 %2: p95 %3 ms (%4 नमूने)</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>पहुँचाई गईं</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>गायब</translation>
    </message>
    <message>
        <source>leaks</source>
        <translation>रिसाव</translation>
    </message>
    <message>
        <source>Far below the limits (not drawn): %1.</source>
        <translation>सीमाओं से बहुत नीचे (नहीं बनाए गए): %1।</translation>
    </message>
    <message>
        <source>Every count of the run. A receipt is one tracked change at one user that was Live when it was posted; frames are counted by the server&apos;s seq numbers.</source>
        <translation>रन की हर गिनती। प्राप्ति एक ट्रैक किया गया बदलाव है उस उपयोगकर्ता पर जो POST के समय लाइव था; फ़्रेम सर्वर के seq क्रमांकों से गिने जाते हैं।</translation>
    </message>
    <message>
        <source>Receipts of tracked changes</source>
        <translation>ट्रैक किए गए बदलावों की प्राप्तियाँ</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <source>change × target user Live at the POST</source>
        <translation>बदलाव × POST के समय लाइव लक्ष्य उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>पहुँचे</translation>
    </message>
    <message>
        <source>within timeout_s</source>
        <translation>timeout_s के भीतर</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>गायब</translation>
    </message>
    <message>
        <source>never came, user stayed Live</source>
        <translation>कभी नहीं आए, उपयोगकर्ता लाइव रहा</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>देर से</translation>
    </message>
    <message>
        <source>after timeout_s (also missing)</source>
        <translation>timeout_s के बाद (गायब में भी गिने)</translation>
    </message>
    <message>
        <source>Missed while down</source>
        <translation>बंद रहते समय छूटे</translation>
    </message>
    <message>
        <source>socket down in between; not in the ratio</source>
        <translation>बीच में सॉकेट बंद रहा; अनुपात में शामिल नहीं</translation>
    </message>
    <message>
        <source>delivered / (delivered + missing)</source>
        <translation>पहुँचे / (पहुँचे + गायब)</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>स्ट्रीम</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>फ़्रेम</translation>
    </message>
    <message>
        <source>data_update frames with a seq</source>
        <translation>seq वाले data_update फ़्रेम</translation>
    </message>
    <message>
        <source>Missed events</source>
        <translation>छूटे इवेंट</translation>
    </message>
    <message>
        <source>seq numbers never received</source>
        <translation>कभी न मिले seq क्रमांक</translation>
    </message>
    <message>
        <source>Seq gaps</source>
        <translation>seq अंतराल</translation>
    </message>
    <message>
        <source>gaps in a user&apos;s seq stream</source>
        <translation>किसी उपयोगकर्ता की seq स्ट्रीम में अंतराल</translation>
    </message>
    <message>
        <source>frames / (frames + missed events)</source>
        <translation>फ़्रेम / (फ़्रेम + छूटे इवेंट)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>दोहराव</translation>
    </message>
    <message>
        <source>the same event twice at one user</source>
        <translation>एक ही उपयोगकर्ता पर एक ही इवेंट दो बार</translation>
    </message>
    <message>
        <source>Order violations</source>
        <translation>क्रम का उल्लंघन</translation>
    </message>
    <message>
        <source>a frame older than one already seen</source>
        <translation>पहले देखे गए फ़्रेम से पुराना फ़्रेम</translation>
    </message>
    <message>
        <source>Isolation and tables</source>
        <translation>पृथक्करण और तालिकाएँ</translation>
    </message>
    <message>
        <source>received outside the change&apos;s units</source>
        <translation>बदलाव की इकाइयों के बाहर प्राप्त</translation>
    </message>
    <message>
        <source>%1 users compared as %2</source>
        <translation>%1 उपयोगकर्ताओं की तुलना %2 के रूप में</translation>
    </message>
    <message>
        <source>tables not compared with the server</source>
        <translation>तालिकाओं की सर्वर से तुलना नहीं हुई</translation>
    </message>
    <message>
        <source>Tables showing the change</source>
        <translation>बदलाव दिखाने वाली तालिकाएँ</translation>
    </message>
    <message>
        <source>watched rows that showed it</source>
        <translation>देखी गई पंक्तियाँ जिनमें यह दिखा</translation>
    </message>
    <message>
        <source>Tables not showing it</source>
        <translation>इसे न दिखाने वाली तालिकाएँ</translation>
    </message>
    <message>
        <source>Unexpected events</source>
        <translation>अनपेक्षित इवेंट</translation>
    </message>
    <message>
        <source>changes this run did not make</source>
        <translation>ऐसे बदलाव जो इस रन ने नहीं किए</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>सूचनाएँ</translation>
    </message>
    <message>
        <source>personal, received by their user</source>
        <translation>व्यक्तिगत, अपने उपयोगकर्ता को प्राप्त</translation>
    </message>
    <message>
        <source>Actions and sessions</source>
        <translation>कार्रवाइयाँ और सत्र</translation>
    </message>
    <message>
        <source>Actions accepted</source>
        <translation>स्वीकृत कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>Actions refused</source>
        <translation>अस्वीकृत कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>refused or failed</source>
        <translation>अस्वीकृत या विफल</translation>
    </message>
    <message>
        <source>Ticks skipped</source>
        <translation>छोड़े गए टिक</translation>
    </message>
    <message>
        <source>max_in_flight, or nothing to act on</source>
        <translation>max_in_flight, या कार्रवाई के लिए कुछ नहीं</translation>
    </message>
    <message>
        <source>Changes tracked</source>
        <translation>ट्रैक किए गए बदलाव</translation>
    </message>
    <message>
        <source>Refetches</source>
        <translation>पुनः फ़ेच</translation>
    </message>
    <message>
        <source>%1 per event</source>
        <translation>%1 प्रति इवेंट</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>पुनः कनेक्शन</translation>
    </message>
    <message>
        <source>attempts during the run</source>
        <translation>रन के दौरान प्रयास</translation>
    </message>
    <message>
        <source>Not Live at the end</source>
        <translation>अंत में लाइव नहीं</translation>
    </message>
    <message>
        <source>Setup failures</source>
        <translation>सेटअप विफलताएँ</translation>
    </message>
    <message>
        <source>could not sign in or go Live</source>
        <translation>साइन इन या लाइव नहीं हो सके</translation>
    </message>
    <message>
        <source>The ramp, stage by stage: users signed in at the stage&apos;s end (its target), users that joined and left, the rate it ramped to, and the figures of the changes posted in it — where freshness starts to break.</source>
        <translation>चढ़ाव, स्टेज दर स्टेज: स्टेज के अंत में साइन इन उपयोगकर्ता (उसका लक्ष्य), जुड़ने और जाने वाले उपयोगकर्ता, जिस दर तक बढ़ा, और उसमें भेजे गए बदलावों के आँकड़े — जहाँ ताज़गी टूटने लगती है।</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>स्टेज</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Users (target)</source>
        <translation>उपयोगकर्ता (लक्ष्य)</translation>
    </message>
    <message>
        <source>Joined / left</source>
        <translation>जुड़े / गए</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>Delivered / expected</source>
        <translation>पहुँचे / अपेक्षित</translation>
    </message>
    <message>
        <source>POST → frame p50 / p95</source>
        <translation>POST → फ़्रेम p50 / p95</translation>
    </message>
    <message>
        <source>POST → table p50 / p95</source>
        <translation>POST → तालिका p50 / p95</translation>
    </message>
    <message>
        <source>Reconnect storms</source>
        <translation>पुनः कनेक्शन बौछारें</translation>
    </message>
    <message>
        <source>Every socket closed at once (by the server, or cut by the client): how long until the users were Live again and had refetched every open view.</source>
        <translation>हर सॉकेट एक साथ बंद (सर्वर द्वारा, या क्लाइंट द्वारा काटा गया): उपयोगकर्ताओं को फिर से लाइव होने और हर खुला व्यू फिर से लाने में कितना समय लगा।</translation>
    </message>
    <message>
        <source>This scenario triggered no storm.</source>
        <translation>इस परिदृश्य ने कोई बौछार शुरू नहीं की।</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>तरीका</translation>
    </message>
    <message>
        <source>At</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Users down</source>
        <translation>बंद उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Not back</source>
        <translation>वापस नहीं आए</translation>
    </message>
    <message>
        <source>All Live after</source>
        <translation>सभी लाइव इतने बाद</translation>
    </message>
    <message>
        <source>All resynced after</source>
        <translation>सभी पुनः सिंक इतने बाद</translation>
    </message>
    <message>
        <source>Reconnect p50 / p95</source>
        <translation>पुनः कनेक्शन p50 / p95</translation>
    </message>
    <message>
        <source>Resync p50 / p95</source>
        <translation>पुनः सिंक p50 / p95</translation>
    </message>
    <message>
        <source>Users back Live after storm %1</source>
        <translation>बौछार %1 के बाद फिर लाइव उपयोगकर्ता</translation>
    </message>
    <message>
        <source>users Live</source>
        <translation>लाइव उपयोगकर्ता</translation>
    </message>
    <message>
        <source>ms since the trigger</source>
        <translation>ट्रिगर से ms</translation>
    </message>
    <message>
        <source>Storm %1: users back Live (%2 went down)</source>
        <translation>बौछार %1: उपयोगकर्ता फिर लाइव (%2 बंद हुए थे)</translation>
    </message>
    <message>
        <source>Changes received by a user outside the change&apos;s units, or a notification received by someone other than its user.</source>
        <translation>बदलाव की इकाइयों के बाहर के उपयोगकर्ता को मिले बदलाव, या अपने उपयोगकर्ता के अलावा किसी और को मिली सूचना।</translation>
    </message>
    <message>
        <source>No leaks: every receipt was meant for its user.</source>
        <translation>कोई रिसाव नहीं: हर प्राप्ति अपने उपयोगकर्ता के लिए थी।</translation>
    </message>
    <message>
        <source>%1 leak(s) in all; the first %2 follow.</source>
        <translation>कुल %1 रिसाव; पहले %2 नीचे हैं।</translation>
    </message>
    <message>
        <source>At (UTC)</source>
        <translation>कब (UTC)</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>किसे मिला</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Meant for</source>
        <translation>किसके लिए</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>उपयोगकर्ता %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>इकाई %1</translation>
    </message>
    <message>
        <source>After the run, every user&apos;s tables were compared row by row with the server&apos;s; a row that still differed 1.5 s later is a lost update.</source>
        <translation>रन के बाद हर उपयोगकर्ता की तालिकाओं की सर्वर से पंक्ति-दर-पंक्ति तुलना हुई; जो पंक्ति 1.5 सेकंड बाद भी अलग रही वह खोया अपडेट है।</translation>
    </message>
    <message>
        <source>Not verified: the tables were not compared with the server (no admin account, or the run ended before).</source>
        <translation>सत्यापित नहीं: तालिकाओं की सर्वर से तुलना नहीं हुई (प्रशासक खाता नहीं, या रन पहले समाप्त हो गया)।</translation>
    </message>
    <message>
        <source>None: the tables of %1 users equal the server&apos;s (compared as %2).</source>
        <translation>कोई नहीं: %1 उपयोगकर्ताओं की तालिकाएँ सर्वर के समान हैं (%2 के रूप में तुलना)।</translation>
    </message>
    <message>
        <source>%1 row(s) differ from the server&apos;s; the first %2 follow.</source>
        <translation>%1 पंक्ति(याँ) सर्वर से अलग हैं; पहली %2 नीचे हैं।</translation>
    </message>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>View</source>
        <translation>व्यू</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>User&apos;s table</source>
        <translation>उपयोगकर्ता की तालिका</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <source>One row per virtual user, the ones with problems first. Click a column header to sort.</source>
        <translation>हर वर्चुअल उपयोगकर्ता की एक पंक्ति, समस्या वाले पहले। क्रमबद्ध करने के लिए कॉलम शीर्षक पर क्लिक करें।</translation>
    </message>
    <message>
        <source>No per-user figures in this report.</source>
        <translation>इस रिपोर्ट में प्रति-उपयोगकर्ता आँकड़े नहीं हैं।</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Dupl.</source>
        <translation>दोहराव</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <source>Missed ev.</source>
        <translation>छूटे इवेंट</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>अंतराल</translation>
    </message>
    <message>
        <source>Reconn.</source>
        <translation>पुनः कने.</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>खोए</translation>
    </message>
    <message>
        <source>Mean ms</source>
        <translation>औसत ms</translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation>अधिकतम ms</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>The scenario as it was run.</source>
        <translation>परिदृश्य, जैसा चलाया गया।</translation>
    </message>
    <message>
        <source>The report does not hold its scenario.</source>
        <translation>रिपोर्ट में उसका परिदृश्य नहीं है।</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>%1 unit(s) × %2 per unit</source>
        <translation>%1 इकाई(याँ) × %2 प्रति इकाई</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>व्यू</translation>
    </message>
    <message>
        <source>%1 actions/s (%2)</source>
        <translation>%1 कार्रवाइयाँ/से. (%2)</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>समय-निर्धारण</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>इंजन</translation>
    </message>
    <message>
        <source>Live timings</source>
        <translation>लाइव समय-निर्धारण</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Destination / method</source>
        <translation>गंतव्य / तरीका</translation>
    </message>
    <message>
        <source>Weight / at</source>
        <translation>भार / कब</translation>
    </message>
    <message>
        <source>at %1 s</source>
        <translation>%1 सेकंड पर</translation>
    </message>
    <message>
        <source>Thresholds of the scenario</source>
        <translation>परिदृश्य की सीमाएँ</translation>
    </message>
    <message>
        <source>The scenario as JSON</source>
        <translation>JSON के रूप में परिदृश्य</translation>
    </message>
    <message>
        <source>Conditions of the run</source>
        <translation>रन की स्थितियाँ</translation>
    </message>
    <message>
        <source>Server(s)</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>शार्ड</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>%1 in %2 unit(s)</source>
        <translation>%2 इकाई(यों) में %1</translation>
    </message>
    <message>
        <source>%1 actions/s (all shards)</source>
        <translation>%1 कार्रवाइयाँ/से. (सभी शार्ड)</translation>
    </message>
    <message>
        <source>%1 s of actions</source>
        <translation>%1 सेकंड की कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>विंडो</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>शुरू</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Tables verified</source>
        <translation>तालिकाएँ सत्यापित</translation>
    </message>
    <message>
        <source>yes, as %1</source>
        <translation>हाँ, %1 के रूप में</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Not provided by this server</source>
        <translation>यह सर्वर उपलब्ध नहीं कराता</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Simulator process</source>
        <translation>सिम्युलेटर प्रोसेस</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>शार्ड</translation>
    </message>
    <message>
        <source>RSS peak</source>
        <translation>RSS शिखर</translation>
    </message>
    <message>
        <source>per user</source>
        <translation>प्रति उपयोगकर्ता</translation>
    </message>
    <message>
        <source>CPU per event</source>
        <translation>प्रति इवेंट CPU</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>रन</translation>
    </message>
    <message>
        <source>%1 · report schema %2 · this page needs no network and no other file</source>
        <translation>%1 · रिपोर्ट स्कीमा %2 · इस पेज को न नेटवर्क चाहिए न कोई दूसरी फ़ाइल</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the HTML lang attribute: this translation&apos;s language code</comment>
        <translation>hi</translation>
    </message>
</context>
<context>
    <name>Dms::KeychainSecretStore</name>
    <message>
        <source>no keychain available (%1)</source>
        <translation>कोई कीचेन उपलब्ध नहीं (%1)</translation>
    </message>
    <message>
        <source>access to the keychain was denied</source>
        <translation>कीचेन तक पहुँच अस्वीकार कर दी गई</translation>
    </message>
    <message>
        <source>the keychain could not delete the entry</source>
        <translation>कीचेन प्रविष्टि को हटा नहीं सका</translation>
    </message>
    <message>
        <source>keychain error: %1</source>
        <translation>कीचेन त्रुटि: %1</translation>
    </message>
    <message>
        <source>no keychain available (no answer within %1 s)</source>
        <translation>कोई कीचेन उपलब्ध नहीं (%1 सेकंड में कोई उत्तर नहीं)</translation>
    </message>
</context>
<context>
    <name>Dms::Labels</name>
    <message>
        <source>Requester</source>
        <translation>अनुरोधकर्ता</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>अनुमोदक</translation>
    </message>
    <message>
        <source>Store head</source>
        <translation>भंडार प्रमुख</translation>
    </message>
    <message>
        <source>Unit admin</source>
        <translation>इकाई प्रशासक</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अपडेट किया गया</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>हटाया गया</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>फिर से जमा किया गया</translation>
    </message>
    <message>
        <source>Storage allocated</source>
        <translation>भंडारण स्थान आवंटित</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>स्थानांतरित</translation>
    </message>
    <message>
        <source>Relocated</source>
        <translation>स्थान बदला गया</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>डेमो डेटा बनाया गया</translation>
    </message>
</context>
<context>
    <name>Dms::LatencyHistogram</name>
    <message>
        <source>histogram scheme &quot;%1&quot; is not %2</source>
        <translation>हिस्टोग्राम स्कीम &quot;%1&quot;, %2 नहीं है</translation>
    </message>
    <message>
        <source>histogram has no &quot;buckets&quot; array</source>
        <translation>हिस्टोग्राम में &quot;buckets&quot; ऐरे नहीं है</translation>
    </message>
    <message>
        <source>histogram bucket is not a [lower, count] pair</source>
        <translation>हिस्टोग्राम बकेट [निचली सीमा, गिनती] जोड़ी नहीं है</translation>
    </message>
    <message>
        <source>histogram bucket [%1, %2] is negative</source>
        <translation>हिस्टोग्राम बकेट [%1, %2] ऋणात्मक है</translation>
    </message>
    <message>
        <source>histogram bucket edge %1 is not an edge of %2</source>
        <translation>हिस्टोग्राम बकेट की सीमा %1, %2 की सीमा नहीं है</translation>
    </message>
    <message>
        <source>histogram count %1 is not the sum of its buckets (%2)</source>
        <translation>हिस्टोग्राम गिनती %1 उसके बकेट (%2) का योग नहीं है</translation>
    </message>
</context>
<context>
    <name>Dms::LiveFilterProxyModel</name>
    <message>
        <source>Removed at %1</source>
        <translation>%1 पर हटाया गया</translation>
    </message>
    <message>
        <source>Changed at %1</source>
        <translation>%1 पर बदला गया</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>%1 द्वारा %2 पर बदला गया</translation>
    </message>
</context>
<context>
    <name>Dms::LiveSession</name>
    <message>
        <source>closed normally</source>
        <translation>सामान्य रूप से बंद</translation>
    </message>
    <message>
        <source>server going away</source>
        <translation>सर्वर बंद हो रहा है</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>कनेक्शन टूट गया</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>संदेश बहुत बड़ा है</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>सर्वर त्रुटि</translation>
    </message>
    <message>
        <source>server restarting</source>
        <translation>सर्वर पुनः आरंभ हो रहा है</translation>
    </message>
    <message>
        <source>token rejected</source>
        <translation>टोकन अस्वीकृत</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>निषिद्ध</translation>
    </message>
    <message>
        <source>too many messages</source>
        <translation>बहुत अधिक संदेश</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>साइन आउट</translation>
    </message>
    <message>
        <source>live</source>
        <translation>लाइव</translation>
    </message>
    <message>
        <source>connecting: attempt %1</source>
        <translation>कनेक्ट हो रहा है: प्रयास %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>कनेक्ट हो रहा है</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>प्रयास %1 / %2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>प्रयास %1</translation>
    </message>
    <message>
        <source>reconnecting: %1, next in %2 s (%3)</source>
        <translation>फिर से कनेक्ट हो रहा है: %1, अगला %2 सेकंड में (%3)</translation>
    </message>
    <message>
        <source>offline: %1; next try in %2 s</source>
        <translation>ऑफ़लाइन: %1; अगला प्रयास %2 सेकंड में</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>ऑफ़लाइन: %1</translation>
    </message>
    <message>
        <source>signed out: %1</source>
        <translation>साइन आउट: %1</translation>
    </message>
    <message>
        <source>this dialect numbers no events: missed events are not detected while connected (a reconnect still refetches everything shown)</source>
        <translation>यह डायलेक्ट इवेंट को क्रमांक नहीं देता: कनेक्ट रहते हुए छूटे इवेंट पकड़े नहीं जाते (फिर से कनेक्ट होने पर दिखाई गई हर चीज़ फिर से लाई जाती है)</translation>
    </message>
    <message>
        <source>the server sends no seq: missed events are not detected while connected (a reconnect still refetches everything shown)</source>
        <translation>सर्वर seq नहीं भेजता: कनेक्ट रहते हुए छूटे इवेंट पकड़े नहीं जाते (फिर से कनेक्ट होने पर दिखाई गई हर चीज़ फिर से लाई जाती है)</translation>
    </message>
    <message>
        <source>not known yet: no frame received</source>
        <translation>अभी ज्ञात नहीं: कोई फ़्रेम नहीं मिला</translation>
    </message>
    <message>
        <source>the server does not echo pings: round trips are measured against the last ping sent</source>
        <translation>सर्वर पिंग लौटाता नहीं: राउंड ट्रिप अंतिम भेजे गए पिंग से मापे जाते हैं</translation>
    </message>
    <message>
        <source>WebSocket control pings (this dialect has no JSON heartbeat)</source>
        <translation>WebSocket कंट्रोल पिंग (इस डायलेक्ट में JSON हार्टबीट नहीं है)</translation>
    </message>
    <message>
        <source>this dialect has no heartbeat: round trips are not measured and a half-open connection is found only when the server next sends</source>
        <translation>इस डायलेक्ट में हार्टबीट नहीं है: राउंड ट्रिप नहीं मापे जाते और आधा-खुला कनेक्शन तभी पता चलता है जब सर्वर अगली बार कुछ भेजे</translation>
    </message>
    <message>
        <source>offline: trying again</source>
        <translation>ऑफ़लाइन: फिर से प्रयास हो रहा है</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>साइन इन नहीं है</translation>
    </message>
    <message>
        <source>the session expired and could not be renewed: %1</source>
        <translation>सत्र समाप्त हो गया और नवीनीकृत नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>token refresh failed: %1</source>
        <translation>टोकन नवीनीकरण विफल: %1</translation>
    </message>
    <message>
        <source>the session expired and could not be renewed</source>
        <translation>सत्र समाप्त हो गया और नवीनीकृत नहीं हो सका</translation>
    </message>
    <message>
        <source>the access token ran out (4001): renewing it</source>
        <translation>एक्सेस टोकन समाप्त हो गया (4001): नवीनीकरण हो रहा है</translation>
    </message>
    <message>
        <source>the server refused the access token again (4001), after a refresh</source>
        <translation>नवीनीकरण के बाद भी सर्वर ने एक्सेस टोकन फिर अस्वीकार किया (4001)</translation>
    </message>
    <message>
        <source>token rejected (4001): refreshing it once</source>
        <translation>टोकन अस्वीकृत (4001): एक बार नवीनीकरण हो रहा है</translation>
    </message>
    <message>
        <source>a message over the %1-byte limit was refused; reconnecting</source>
        <translation>%1 बाइट की सीमा से बड़ा संदेश अस्वीकार हुआ; फिर से कनेक्ट हो रहा है</translation>
    </message>
    <message>
        <source>the server refuses this channel: %1</source>
        <translation>सर्वर यह चैनल अस्वीकार करता है: %1</translation>
    </message>
    <message>
        <source>gave up after %1 attempts; last: %2</source>
        <translation>%1 प्रयासों के बाद छोड़ दिया; अंतिम: %2</translation>
    </message>
    <message>
        <source>no frame within %1 s of a ping (connection half-open)</source>
        <translation>पिंग के %1 सेकंड में कोई फ़्रेम नहीं (कनेक्शन आधा-खुला)</translation>
    </message>
    <message>
        <source>no answer within %1 s of connecting</source>
        <translation>कनेक्ट होने के %1 सेकंड में कोई उत्तर नहीं</translation>
    </message>
    <message>
        <source>connected, but the server sent no welcome message within %1 s (does the profile &quot;%2&quot; match this server? a server that sends none needs liveOn &quot;open&quot;)</source>
        <translation>कनेक्ट हुआ, पर सर्वर ने %1 सेकंड में स्वागत संदेश नहीं भेजा (क्या प्रोफ़ाइल &quot;%2&quot; इस सर्वर से मेल खाती है? जो सर्वर कोई नहीं भेजता उसे liveOn &quot;open&quot; चाहिए)</translation>
    </message>
    <message>
        <source>seq %1 was already received (duplicate; last %2): not applied</source>
        <translation>seq %1 पहले ही मिल चुका है (दोहराव; अंतिम %2): लागू नहीं किया गया</translation>
    </message>
    <message>
        <source>seq %1 arrived after %2 (out of order; its gap was resynced): not applied</source>
        <translation>seq %1, %2 के बाद आया (क्रम से बाहर; उसका अंतर पुनः सिंक हो चुका): लागू नहीं किया गया</translation>
    </message>
    <message>
        <source>the socket &quot;%1&quot; is not open</source>
        <translation>सॉकेट &quot;%1&quot; खुला नहीं है</translation>
    </message>
    <message>
        <source>no live socket is open: connect first</source>
        <translation>कोई लाइव सॉकेट खुला नहीं है: पहले कनेक्ट करें</translation>
    </message>
    <message>
        <source>no socket &quot;%1&quot;</source>
        <translation>कोई सॉकेट &quot;%1&quot; नहीं</translation>
    </message>
</context>
<context>
    <name>Dms::LiveTablePanel</name>
    <message>
        <source>Live table</source>
        <translation>लाइव तालिका</translation>
    </message>
    <message>
        <source>Row actions</source>
        <translation>पंक्ति कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the table</source>
        <translation>तालिका में खोजें</translation>
    </message>
    <message>
        <source>Show a filter box under each column title</source>
        <translation>हर कॉलम शीर्षक के नीचे फ़िल्टर बॉक्स दिखाएँ</translation>
    </message>
    <message>
        <source>Column filters</source>
        <translation>कॉलम फ़िल्टर</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Pause this table (F8): the session stays live and changes wait until you resume</source>
        <translation>यह तालिका रोकें (F8): सत्र लाइव रहता है और बदलाव तब तक रुके रहते हैं जब तक आप फिर से शुरू नहीं करते</translation>
    </message>
    <message>
        <source>Pause or resume the table</source>
        <translation>तालिका रोकें या फिर से शुरू करें</translation>
    </message>
    <message>
        <source>Resume and apply the waiting changes</source>
        <translation>फिर से शुरू करें और रुके हुए बदलाव लागू करें</translation>
    </message>
    <message>
        <source>Counts by status</source>
        <translation>स्थिति के अनुसार गिनती</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>पंक्तियों की संख्या</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <source>Paused: no changes waiting</source>
        <translation>रुका हुआ: कोई बदलाव प्रतीक्षा में नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n बदलाव प्रतीक्षा में</numerusform>
            <numerusform>%n बदलाव प्रतीक्षा में</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only rows with this status (click others to add them)</source>
        <translation>केवल इस स्थिति वाली पंक्तियाँ दिखाएँ (और जोड़ने के लिए दूसरी पर क्लिक करें)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n पंक्ति</numerusform>
            <numerusform>%n पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) shown</source>
        <translation>
            <numerusform>%n में से %1 पंक्ति दिखाई गई</numerusform>
            <numerusform>%n में से %1 पंक्तियाँ दिखाई गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>Save the rows shown now (filters, sort and visible columns as on screen) as a CSV file</source>
        <translation>अभी दिखाई गई पंक्तियाँ (फ़िल्टर, क्रम और दिखने वाले कॉलम स्क्रीन जैसे ही) CSV फ़ाइल के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation type="vanished">तालिका को CSV के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>%1 — show all</source>
        <translation>%1 — सब दिखाएँ</translation>
    </message>
    <message>
        <source>Showing the rows of a Dashboard figure; click to show every row</source>
        <translation>डैशबोर्ड के एक आँकड़े की पंक्तियाँ दिखाई जा रही हैं; हर पंक्ति दिखाने के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 को %2 में सहेजा गया।</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 सहेजा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>तालिका निर्यात करें</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <source>Save the rows shown now (filters, sort and visible columns as on screen) as a CSV or XLSX file</source>
        <translation>अभी दिखाई गई पंक्तियाँ (फ़िल्टर, क्रम और दिखने वाले कॉलम स्क्रीन जैसे ही) CSV या XLSX फ़ाइल के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>तालिका निर्यात करें</translation>
    </message>
</context>
<context>
    <name>Dms::MainWindow</name>
    <message>
        <source>DMS Live Console</source>
        <translation>DMS Live Console</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>साइन इन नहीं है।</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>साइन इन करें…</translation>
    </message>
    <message>
        <source>Console views</source>
        <translation>कंसोल दृश्य</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>सत्र (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <translation>सब रीफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <source>Fetch every table shown again</source>
        <translation>दिखाई गई हर तालिका फिर से लाएँ</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>फिर से कनेक्ट करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>वरीयताएँ (&amp;P)…</translation>
    </message>
    <message>
        <source>S&amp;witch server…</source>
        <translation>सर्वर बदलें (&amp;W)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>साइन आउट (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>अनुरोध (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Crates</source>
        <translation>क्रेट (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>ऑडिट (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>स्वास्थ्य (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>सिमुलेशन (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Frames</source>
        <translation>फ़्रेम (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DMS Live Console</source>
        <translation>DMS Live Console के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में (&amp;Q)</translation>
    </message>
    <message>
        <source>Connection detail</source>
        <translation>कनेक्शन विवरण</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>Retry connecting</source>
        <translation>फिर से कनेक्ट करने का प्रयास करें</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>साइन इन किया हुआ उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <source>Unencrypted connection</source>
        <translation>बिना एन्क्रिप्शन वाला कनेक्शन</translation>
    </message>
    <message>
        <source>Sign in without encryption</source>
        <translation>बिना एन्क्रिप्शन के साइन इन करें</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>साइन इन नहीं है</translation>
    </message>
    <message>
        <source>Use an https:// address for %1.</source>
        <translation>%1 के लिए https:// पता उपयोग करें।</translation>
    </message>
    <message>
        <source>Unknown dialect profile</source>
        <translation>अज्ञात डायलेक्ट प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Cannot use the CA file</source>
        <translation>CA फ़ाइल का उपयोग नहीं हो सकता</translation>
    </message>
    <message>
        <source>Nothing is remembered on this computer: %1</source>
        <translation>इस कंप्यूटर पर कुछ भी याद नहीं रखा जाता: %1</translation>
    </message>
    <message>
        <source>signing in as %1…</source>
        <translation>%1 के रूप में साइन इन हो रहा है…</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>इकाई %1</translation>
    </message>
    <message>
        <source>Server: %1
Dialect: %2</source>
        <translation>सर्वर: %1
डायलेक्ट: %2</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>%1 — DMS Live Console</source>
        <translation>%1 — DMS Live Console</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Crates</source>
        <translation>क्रेट</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>ऑडिट</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>स्वास्थ्य</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>सिमुलेशन</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>फ़्रेम</translation>
    </message>
    <message>
        <source>Withdrawal, destruction and transfer requests and send-backs (Ctrl+1)</source>
        <translation>निकासी, विनष्टीकरण और स्थानांतरण अनुरोध तथा वापस भेजे गए अनुरोध (Ctrl+1)</translation>
    </message>
    <message>
        <source>The unit&apos;s crates (Ctrl+2)</source>
        <translation>इकाई के क्रेट (Ctrl+2)</translation>
    </message>
    <message>
        <source>The audit log, live (Ctrl+3)</source>
        <translation>ऑडिट लॉग, लाइव (Ctrl+3)</translation>
    </message>
    <message>
        <source>Health of the live channel (Ctrl+4)</source>
        <translation>लाइव चैनल का स्वास्थ्य (Ctrl+4)</translation>
    </message>
    <message>
        <source>Multi-user simulation: virtual users, latency, delivery, isolation (Ctrl+5)</source>
        <translation>बहु-उपयोगकर्ता सिमुलेशन: वर्चुअल उपयोगकर्ता, विलंब, डिलीवरी, पृथक्करण (Ctrl+5)</translation>
    </message>
    <message>
        <source>Every frame in and out (Ctrl+6)</source>
        <translation>आने-जाने वाला हर फ़्रेम (Ctrl+6)</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>लैब</translation>
    </message>
    <message>
        <source>Lab equipment, live (seed-004 backends)</source>
        <translation>लैब उपकरण, लाइव (seed-004 बैकएंड)</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>साइन इन नहीं है</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>फिर से साइन इन करें…</translation>
    </message>
    <message>
        <source>live since %1</source>
        <translation>%1 से लाइव</translation>
    </message>
    <message>
        <source>live</source>
        <translation>लाइव</translation>
    </message>
    <message>
        <source>connecting, attempt %1…</source>
        <translation>कनेक्ट हो रहा है, प्रयास %1…</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>attempt %1 of %2, next in %3 s</source>
        <translation>प्रयास %1 / %2, अगला %3 सेकंड में</translation>
    </message>
    <message>
        <source>attempt %1, next in %2 s</source>
        <translation>प्रयास %1, अगला %2 सेकंड में</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>ऑफ़लाइन: %1</translation>
    </message>
    <message>
        <source>signed out: %1</source>
        <translation>साइन आउट: %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>कनेक्ट नहीं है</translation>
    </message>
    <message>
        <source>Sent back to you</source>
        <translation>आपको वापस भेजा गया</translation>
    </message>
    <message>
        <source>Request #%1 was sent back for changes.</source>
        <translation>अनुरोध #%1 बदलाव के लिए वापस भेजा गया।</translation>
    </message>
    <message>
        <source>Signed out by the server: %1</source>
        <translation>सर्वर ने साइन आउट कर दिया: %1</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n table(s)…</source>
        <translation>
            <numerusform>%n तालिका रीफ़्रेश हो रही है…</numerusform>
            <numerusform>%n तालिकाएँ रीफ़्रेश हो रही हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>asked by the user</source>
        <translation>उपयोगकर्ता के कहने पर</translation>
    </message>
    <message>
        <source>About DMS Live Console</source>
        <translation>DMS Live Console के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DMS Live Console %1&lt;/h3&gt;&lt;p&gt;Watches a document-management server live: requests, crates, the audit stream and the health of the live channel.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DMS Live Console %1&lt;/h3&gt;&lt;p&gt;दस्तावेज़-प्रबंधन सर्वर पर लाइव नज़र रखता है: अनुरोध, क्रेट, ऑडिट स्ट्रीम और लाइव चैनल का स्वास्थ्य।&lt;/p&gt;&lt;p&gt;Qt %2 से बनाया गया।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>डैशबोर्ड (&amp;D)</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>भंडारण</translation>
    </message>
    <message>
        <source>Storage locations: occupancy and the crates at each</source>
        <translation>भंडारण स्थान: भराव और हर स्थान पर रखे क्रेट</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>Your unit at a glance, and the alerts (Ctrl+0)</source>
        <translation>आपकी इकाई एक नज़र में, और अलर्ट (Ctrl+0)</translation>
    </message>
    <message>
        <source>Dashboard (%1)</source>
        <translation>डैशबोर्ड (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer in the table.</source>
        <translation>%1 अब तालिका में नहीं है।</translation>
    </message>
</context>
<context>
    <name>Dms::MemorySecretStore</name>
    <message>
        <source>no keychain available</source>
        <translation>कोई कीचेन उपलब्ध नहीं</translation>
    </message>
</context>
<context>
    <name>Dms::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>संदेश बंद करें</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
</context>
<context>
    <name>Dms::PausableTableModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(खाली)</translation>
    </message>
</context>
<context>
    <name>Dms::PreferencesDialog</name>
    <message>
        <source> s</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation>हार्टबीट अंतराल</translation>
    </message>
    <message>
        <source>Heartbeat answer timeout</source>
        <translation>हार्टबीट उत्तर की समय-सीमा</translation>
    </message>
    <message>
        <source>First reconnect delay</source>
        <translation>फिर से कनेक्ट करने की पहली देरी</translation>
    </message>
    <message>
        <source>Longest reconnect delay</source>
        <translation>फिर से कनेक्ट करने की सबसे लंबी देरी</translation>
    </message>
    <message>
        <source>When offline, try again every</source>
        <translation>ऑफ़लाइन होने पर, हर इतने समय में फिर प्रयास करें</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>वरीयताएँ</translation>
    </message>
    <message>
        <source>never give up</source>
        <translation>कभी हार न मानें</translation>
    </message>
    <message>
        <source>Reconnect attempts before going offline</source>
        <translation>ऑफ़लाइन होने से पहले फिर से कनेक्ट करने के प्रयास</translation>
    </message>
    <message>
        <source>only on Retry or when the network returns</source>
        <translation>केवल &quot;फिर से प्रयास करें&quot; पर या नेटवर्क लौटने पर</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>Live channel</source>
        <translation>लाइव चैनल</translation>
    </message>
    <message>
        <source>&amp;Heartbeat every:</source>
        <translation>हार्टबीट हर (&amp;H):</translation>
    </message>
    <message>
        <source>Dead if no answer &amp;within:</source>
        <translation>उत्तर न मिलने पर बंद मानें, इतने समय में (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;First reconnect after up to:</source>
        <translation>पहला पुनः कनेक्शन अधिकतम इतने बाद (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Longest reconnect delay:</source>
        <translation>पुनः कनेक्शन की सबसे लंबी देरी (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Attempts before offline:</source>
        <translation>ऑफ़लाइन से पहले प्रयास (&amp;A):</translation>
    </message>
    <message>
        <source>When offline, try &amp;again every:</source>
        <translation>ऑफ़लाइन होने पर फिर प्रयास हर (&amp;G):</translation>
    </message>
    <message>
        <source>Reconnect delays double after each failed attempt (with random jitter) up to the longest delay. Changes apply at once.</source>
        <translation>हर असफल प्रयास के बाद पुनः कनेक्शन की देरी दोगुनी होती है (यादृच्छिक अंतर के साथ), सबसे लंबी देरी तक। बदलाव तुरंत लागू होते हैं।</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>रूप-रंग</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>थीम (&amp;T):</translation>
    </message>
    <message>
        <source>Changes by others to &amp;my requests (approved, rejected, sent back, …)</source>
        <translation>मेरे अनुरोधों में दूसरों के बदलाव (स्वीकृत, अस्वीकृत, वापस भेजे गए, …) (&amp;M)</translation>
    </message>
    <message>
        <source>Requests &amp;waiting for me (new, resubmitted, approved → issue)</source>
        <translation>मेरी प्रतीक्षा कर रहे अनुरोध (नए, फिर से जमा किए गए, स्वीकृत → जारी करना) (&amp;W)</translation>
    </message>
    <message>
        <source>Transfers &amp;coming to my unit</source>
        <translation>मेरी इकाई में आने वाले स्थानांतरण (&amp;C)</translation>
    </message>
    <message>
        <source>The console going &amp;offline and coming back</source>
        <translation>कंसोल का ऑफ़लाइन होना और वापस आना (&amp;O)</translation>
    </message>
    <message>
        <source>Alerts (desktop notifications and the Dashboard&apos;s feed)</source>
        <translation>अलर्ट (डेस्कटॉप सूचनाएँ और डैशबोर्ड की फ़ीड)</translation>
    </message>
    <message>
        <source>A burst of changes gives one summary; a change to the row you are looking at stays quiet. Your own changes never alert.</source>
        <translation>एक साथ कई बदलाव आने पर एक ही सारांश मिलता है; जिस पंक्ति को आप देख रहे हैं उसका बदलाव चुपचाप रहता है। आपके अपने बदलाव कभी अलर्ट नहीं देते।</translation>
    </message>
</context>
<context>
    <name>Dms::QueryClient</name>
    <message>
        <source>Unexpected answer for %1.</source>
        <translation>%1 के लिए अनपेक्षित उत्तर।</translation>
    </message>
</context>
<context>
    <name>Dms::ReportDiff</name>
    <message>
        <source>any increase</source>
        <translation>कोई भी वृद्धि</translation>
    </message>
    <message>
        <source>any drop</source>
        <translation>कोई भी गिरावट</translation>
    </message>
    <message>
        <source>any change</source>
        <translation>कोई भी बदलाव</translation>
    </message>
    <message>
        <source> and </source>
        <translation> और </translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected NAME=LIMIT, e.g. p95_ms=10% or p95_ms=50</source>
        <translation>&quot;%1&quot;: NAME=LIMIT अपेक्षित, उदा. p95_ms=10% या p95_ms=50</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown metric &quot;%2&quot; (known: %3)</source>
        <translation>&quot;%1&quot;: अज्ञात मापदंड &quot;%2&quot; (ज्ञात: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the limit must be a number of at least 0, with % for a share of the baseline (p95_ms=10%) or without for the metric&apos;s unit (p95_ms=50)</source>
        <translation>&quot;%1&quot;: सीमा कम से कम 0 की संख्या होनी चाहिए, बेसलाइन के हिस्से के लिए % के साथ (p95_ms=10%) या मापदंड की इकाई के लिए उसके बिना (p95_ms=50)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>मापा नहीं गया</translation>
    </message>
    <message>
        <source>%1 %2 (baseline %3)</source>
        <translation>%1 %2 (बेसलाइन %3)</translation>
    </message>
    <message>
        <source>%1 %2 (baseline %3, %4%5</source>
        <translation>%1 %2 (बेसलाइन %3, %4%5</translation>
    </message>
    <message>
        <source>; limit %1</source>
        <translation>; सीमा %1</translation>
    </message>
    <message>
        <source>the runs are of different scenarios (&quot;%1&quot; and &quot;%2&quot;): the figures may not compare</source>
        <translation>रन अलग-अलग परिदृश्यों के हैं (&quot;%1&quot; और &quot;%2&quot;): आँकड़ों की तुलना शायद न हो सके</translation>
    </message>
    <message>
        <source>the runs differ in %1 (%2 and %3): counts follow it</source>
        <translation>रन %1 में अलग हैं (%2 और %3): गिनतियाँ उसी के अनुसार हैं</translation>
    </message>
    <message>
        <source>users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>the baseline run was aborted</source>
        <translation>बेसलाइन रन रद्द हुआ था</translation>
    </message>
    <message>
        <source>the current run was aborted</source>
        <translation>वर्तमान रन रद्द हुआ था</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>मापदंड</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>बेसलाइन</translation>
    </message>
    <message>
        <source>current</source>
        <translation>वर्तमान</translation>
    </message>
    <message>
        <source>change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>REGRESSED</source>
        <translation>गिरावट</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>सुधरा</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <source>info</source>
        <translation>जानकारी</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>Baseline %1 (%2), current %3 (%4)
</source>
        <translation>बेसलाइन %1 (%2), वर्तमान %3 (%4)
</translation>
    </message>
    <message numerus="yes">
        <source>Result: OK, no metric regressed past its limit (%n improved)
</source>
        <translation>
            <numerusform>परिणाम: ठीक, कोई मापदंड अपनी सीमा से आगे नहीं गिरा (%n में सुधार)
</numerusform>
            <numerusform>परिणाम: ठीक, कोई मापदंड अपनी सीमा से आगे नहीं गिरा (%n में सुधार)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: OK, no metric regressed past its limit
</source>
        <translation>परिणाम: ठीक, कोई मापदंड अपनी सीमा से आगे नहीं गिरा
</translation>
    </message>
    <message numerus="yes">
        <source>Result: REGRESSED, %n metric(s) past the limit: %1
</source>
        <translation>
            <numerusform>परिणाम: गिरावट, %n मापदंड सीमा से आगे: %1
</numerusform>
            <numerusform>परिणाम: गिरावट, %n मापदंड सीमा से आगे: %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::RequestActions</name>
    <message>
        <source>Approve</source>
        <translation>स्वीकृत करें</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>वापस भेजें</translation>
    </message>
    <message>
        <source>Allocate storage</source>
        <translation>भंडारण आवंटित करें</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>जारी करें</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>वापस लें</translation>
    </message>
    <message>
        <source>Relocate</source>
        <translation>स्थान बदलें</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>किसी सर्वर से कनेक्ट नहीं है</translation>
    </message>
    <message>
        <source>This server&apos;s profile names no route for %1 on a %2 (rest.actions)</source>
        <translation>इस सर्वर की प्रोफ़ाइल में %2 पर %1 के लिए कोई रूट नहीं है (rest.actions)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>refused: the password (your signature) is wrong, or your role may not do this</source>
        <translation>अस्वीकृत: पासवर्ड (आपका हस्ताक्षर) गलत है, या आपकी भूमिका को यह अनुमति नहीं है</translation>
    </message>
    <message>
        <source>refused: your role or unit may not do this</source>
        <translation>अस्वीकृत: आपकी भूमिका या इकाई को यह अनुमति नहीं है</translation>
    </message>
    <message>
        <source>no longer possible: someone changed it first</source>
        <translation>अब संभव नहीं: किसी और ने पहले ही इसे बदल दिया</translation>
    </message>
    <message>
        <source>not found: it was deleted or belongs to another unit</source>
        <translation>नहीं मिला: इसे हटा दिया गया है या यह किसी दूसरी इकाई का है</translation>
    </message>
    <message>
        <source>the server refused the input</source>
        <translation>सर्वर ने इनपुट अस्वीकार कर दिया</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was changed. (%3)</source>
        <translation>%1: %2. कुछ नहीं बदला गया। (%3)</translation>
    </message>
    <message>
        <source>%1 %2: done.</source>
        <translation>%1 %2: हो गया।</translation>
    </message>
</context>
<context>
    <name>Dms::RequestsPanel</name>
    <message>
        <source>Request types</source>
        <translation>अनुरोध के प्रकार</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>निकासी</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>विनष्टीकरण</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>स्थानांतरण</translation>
    </message>
    <message>
        <source>%1 · %2 pending</source>
        <translation>%1 · %2 लंबित</translation>
    </message>
    <message>
        <source>Send-backs · %1 open</source>
        <translation>वापस भेजे गए · %1 खुले</translation>
    </message>
    <message>
        <source>Send-backs</source>
        <translation>वापस भेजे गए</translation>
    </message>
</context>
<context>
    <name>Dms::RestQueryFetcher</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>किसी सर्वर से कनेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>The server did not answer %1.</source>
        <translation>सर्वर ने %1 का उत्तर नहीं दिया।</translation>
    </message>
    <message numerus="yes">
        <source>%1 has more than %n page(s).</source>
        <translation>
            <numerusform>%1 में %n से अधिक पेज है।</numerusform>
            <numerusform>%1 में %n से अधिक पेज हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected answer from the server for %1.</source>
        <translation>%1 के लिए सर्वर से अनपेक्षित उत्तर।</translation>
    </message>
    <message>
        <source>No data source is known for “%1”.</source>
        <translation>&quot;%1&quot; के लिए कोई डेटा स्रोत ज्ञात नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%1 has more than %n row(s); nothing of it was applied.</source>
        <translation>
            <numerusform>%1 में %n से अधिक पंक्ति है; इसमें से कुछ भी लागू नहीं किया गया।</numerusform>
            <numerusform>%1 में %n से अधिक पंक्तियाँ हैं; इसमें से कुछ भी लागू नहीं किया गया।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::RestRoutes</name>
    <message>
        <source>profile field &quot;rest.auth&quot; must be an object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;rest.auth&quot; एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;rest.auth.%1&quot; must be a path starting with /</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;rest.auth.%1&quot; / से शुरू होने वाला पाथ होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;rest.queries&quot; must be an object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;rest.queries&quot; एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;rest.queries.%1.shape&quot; must be list, object or audit</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;rest.queries.%1.shape&quot; list, object या audit होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;rest.queries.%1.shape&quot; must be a string</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;rest.queries.%1.shape&quot; एक स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;rest.queries.%1&quot; must be a path starting with / (or an object with one in &quot;path&quot;)</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;rest.queries.%1&quot; / से शुरू होने वाला पाथ होना चाहिए (या &quot;path&quot; में ऐसा पाथ रखने वाला ऑब्जेक्ट)</translation>
    </message>
    <message>
        <source>profile field &quot;rest.queries.%1&quot;: a key ending in /{id} needs {id} in its path, and only such a key may have one</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;rest.queries.%1&quot;: /{id} पर समाप्त होने वाली कुंजी के पाथ में {id} होना चाहिए, और केवल ऐसी कुंजी में ही यह हो सकता है</translation>
    </message>
    <message>
        <source>profile field &quot;rest.actions&quot; must be an object</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;rest.actions&quot; एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>profile field &quot;rest.actions.%1&quot; must be a path starting with /</source>
        <translation>प्रोफ़ाइल फ़ील्ड &quot;rest.actions.%1&quot; / से शुरू होने वाला पाथ होना चाहिए</translation>
    </message>
</context>
<context>
    <name>Dms::RowActions</name>
    <message>
        <source>%1 the selected row (%2)</source>
        <translation>चुनी हुई पंक्ति: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: asking the server…</source>
        <translation>%1: सर्वर से पूछा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>Dms::RttChart</name>
    <message>
        <source>Heartbeat round trip (ms), last 10 minutes</source>
        <translation>हार्टबीट राउंड ट्रिप (ms), पिछले 10 मिनट</translation>
    </message>
    <message>
        <source>Round-trip time chart</source>
        <translation>राउंड-ट्रिप समय चार्ट</translation>
    </message>
</context>
<context>
    <name>Dms::Scenario</name>
    <message>
        <source>unknown field (allowed here: %1)</source>
        <translation>अज्ञात फ़ील्ड (यहाँ अनुमत: %1)</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>संख्या होनी चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>%1 is out of range: must be above %2 and at most %3</source>
        <translation>%1 सीमा से बाहर है: %2 से अधिक और अधिकतम %3 होना चाहिए</translation>
    </message>
    <message>
        <source>%1 is out of range %2 … %3</source>
        <translation>%1 सीमा %2 … %3 से बाहर है</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>पूर्ण संख्या होनी चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>must be a unit number or a unit id, not &quot;%1&quot; (%2)</source>
        <translation>इकाई संख्या या इकाई ID होनी चाहिए, &quot;%1&quot; नहीं (%2)</translation>
    </message>
    <message>
        <source>must be a unit number or a unit id, not %1</source>
        <translation>इकाई संख्या या इकाई ID होनी चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>स्ट्रिंग होनी चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>एक बूलियन</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>एक संख्या</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>एक स्ट्रिंग</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>एक ऐरे</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>एक ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
    <message>
        <source>a step must be an object, not %1</source>
        <translation>चरण एक ऑब्जेक्ट होना चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>a step needs an &quot;action&quot; (one of %1)</source>
        <translation>चरण को &quot;action&quot; चाहिए (%1 में से एक)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action (one of %2)</source>
        <translation>&quot;%1&quot; कोई कार्रवाई नहीं है (%2 में से एक)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a &quot;kind&quot; (%2)</source>
        <translation>&quot;%1&quot; को &quot;kind&quot; चाहिए (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request kind (%2)</source>
        <translation>&quot;%1&quot; अनुरोध का प्रकार नहीं है (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no kind</source>
        <translation>&quot;%1&quot; कोई kind नहीं लेता</translation>
    </message>
    <message>
        <source>only transfer steps have a destination</source>
        <translation>केवल स्थानांतरण चरणों में गंतव्य होता है</translation>
    </message>
    <message>
        <source>the destination must be another unit than %1</source>
        <translation>गंतव्य %1 के अलावा कोई दूसरी इकाई होनी चाहिए</translation>
    </message>
    <message>
        <source>&quot;disconnect-all&quot; is a timed step: give &quot;at_s&quot;</source>
        <translation>&quot;disconnect-all&quot; समयबद्ध चरण है: &quot;at_s&quot; दें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not auto, server or client</source>
        <translation>&quot;%1&quot; auto, server या client नहीं है</translation>
    </message>
    <message>
        <source>only disconnect-all has a method</source>
        <translation>केवल disconnect-all में method होता है</translation>
    </message>
    <message>
        <source>only with &quot;stages&quot;</source>
        <translation>केवल &quot;stages&quot; के साथ</translation>
    </message>
    <message>
        <source>must be a non-empty array of {&quot;duration_s&quot;: S, &quot;users&quot;: N, &quot;rate&quot;: R}</source>
        <translation>{&quot;duration_s&quot;: S, &quot;users&quot;: N, &quot;rate&quot;: R} का खाली न हो ऐसा ऐरे होना चाहिए</translation>
    </message>
    <message>
        <source>a stage must be an object, not %1</source>
        <translation>स्टेज एक ऑब्जेक्ट होना चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>a stage needs &quot;duration_s&quot;</source>
        <translation>स्टेज को &quot;duration_s&quot; चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage name (letters, digits, _ . -; not a number)</source>
        <translation>&quot;%1&quot; स्टेज का नाम नहीं है (अक्षर, अंक, _ . -; संख्या नहीं)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names two stages</source>
        <translation>&quot;%1&quot; दो स्टेज का नाम है</translation>
    </message>
    <message>
        <source>the first stage needs &quot;users&quot;</source>
        <translation>पहले स्टेज को &quot;users&quot; चाहिए</translation>
    </message>
    <message>
        <source>the first stage needs &quot;rate&quot; (or the scenario a &quot;rate&quot;)</source>
        <translation>पहले स्टेज को &quot;rate&quot; चाहिए (या परिदृश्य को &quot;rate&quot;)</translation>
    </message>
    <message>
        <source>%1 s is not the stages&apos; sum (%2 s): leave it out with &quot;stages&quot;</source>
        <translation>%1 सेकंड स्टेज का योग (%2 सेकंड) नहीं है: &quot;stages&quot; के साथ इसे छोड़ दें</translation>
    </message>
    <message>
        <source>no built-in scenario of that name (built-ins: %1)</source>
        <translation>इस नाम का कोई अंतर्निहित परिदृश्य नहीं (अंतर्निहित: %1)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON सिंटैक्स त्रुटि: %1</translation>
    </message>
    <message>
        <source>a scenario is a JSON object</source>
        <translation>परिदृश्य एक JSON ऑब्जेक्ट होता है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not dms-scenario/1</source>
        <translation>&quot;%1&quot; dms-scenario/1 नहीं है</translation>
    </message>
    <message>
        <source>a scenario needs a &quot;name&quot;</source>
        <translation>परिदृश्य को &quot;name&quot; चाहिए</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>खाली नहीं होना चाहिए</translation>
    </message>
    <message>
        <source>must be an object {&quot;units&quot;: M, &quot;per_unit&quot;: K}</source>
        <translation>ऑब्जेक्ट {&quot;units&quot;: M, &quot;per_unit&quot;: K} होना चाहिए</translation>
    </message>
    <message>
        <source>must be an array of view names</source>
        <translation>व्यू नामों का ऐरे होना चाहिए</translation>
    </message>
    <message>
        <source>%1 is not a view (%2)</source>
        <translation>%1 कोई व्यू नहीं है (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; दो बार सूचीबद्ध है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not constant or poisson</source>
        <translation>&quot;%1&quot; constant या poisson नहीं है</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>एक ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>must not be below live.reconnect_base_s (%1)</source>
        <translation>live.reconnect_base_s (%1) से कम नहीं होना चाहिए</translation>
    </message>
    <message>
        <source>a scenario needs &quot;steps&quot;</source>
        <translation>परिदृश्य को &quot;steps&quot; चाहिए</translation>
    </message>
    <message>
        <source>must be a non-empty array of steps</source>
        <translation>चरणों का खाली न हो ऐसा ऐरे होना चाहिए</translation>
    </message>
    <message>
        <source>unit %1 does not exist: the scenario has %2 unit(s) (users.units)</source>
        <translation>इकाई %1 मौजूद नहीं है: परिदृश्य में %2 इकाई(याँ) हैं (users.units)</translation>
    </message>
    <message>
        <source>%1 s is not within the run (duration_s %2)</source>
        <translation>%1 सेकंड रन के भीतर नहीं है (duration_s %2)</translation>
    </message>
    <message>
        <source>transfers need at least 2 units (users.units)</source>
        <translation>स्थानांतरण के लिए कम से कम 2 इकाइयाँ चाहिए (users.units)</translation>
    </message>
    <message>
        <source>some stage&apos;s rate must be above 0 when steps have no &quot;at_s&quot;</source>
        <translation>जब चरणों में &quot;at_s&quot; न हो तो किसी स्टेज की दर 0 से अधिक होनी चाहिए</translation>
    </message>
    <message>
        <source>must be above 0 when steps have no &quot;at_s&quot;</source>
        <translation>जब चरणों में &quot;at_s&quot; न हो तो 0 से अधिक होना चाहिए</translation>
    </message>
    <message>
        <source>must be an array of strings like &quot;p95_ms &lt; 100&quot;</source>
        <translation>&quot;p95_ms &lt; 100&quot; जैसी स्ट्रिंग का ऐरे होना चाहिए</translation>
    </message>
    <message>
        <source>needs &quot;threshold&quot;, a string like &quot;p95_ms &lt; 100&quot;</source>
        <translation>&quot;threshold&quot; चाहिए, &quot;p95_ms &lt; 100&quot; जैसी स्ट्रिंग</translation>
    </message>
    <message>
        <source>must be a string like &quot;p95_ms &lt; 100&quot;</source>
        <translation>&quot;p95_ms &lt; 100&quot; जैसी स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>true या false होना चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>must be a string like &quot;p95_ms &lt; 100&quot;, not %1</source>
        <translation>&quot;p95_ms &lt; 100&quot; जैसी स्ट्रिंग होनी चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no stage &quot;%2&quot; (stages: %3)</source>
        <translation>&quot;%1&quot;: कोई स्टेज &quot;%2&quot; नहीं (स्टेज: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: names stage &quot;%2&quot;, but the scenario has no &quot;stages&quot;</source>
        <translation>&quot;%1&quot;: स्टेज &quot;%2&quot; का नाम है, पर परिदृश्य में &quot;stages&quot; नहीं है</translation>
    </message>
</context>
<context>
    <name>Dms::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer (keychain)</source>
        <translation>इस कंप्यूटर पर मुझे याद रखें (&amp;R) (कीचेन)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>साइन इन करें (&amp;S)</translation>
    </message>
    <message>
        <source>Sign in — DMS Live Console</source>
        <translation>साइन इन — DMS Live Console</translation>
    </message>
    <message>
        <source>DMS Live Console</source>
        <translation>DMS Live Console</translation>
    </message>
    <message>
        <source>Sign in to watch your unit&apos;s documents live.</source>
        <translation>अपनी इकाई के दस्तावेज़ लाइव देखने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <source>Dialect profile</source>
        <translation>डायलेक्ट प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>How this server speaks on its live channel</source>
        <translation>यह सर्वर अपने लाइव चैनल पर किस तरह संवाद करता है</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>e.g. u1_head1</source>
        <translation>उदा. u1_head1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Empty: use the remembered session</source>
        <translation>खाली: याद रखा गया सत्र उपयोग करें</translation>
    </message>
    <message>
        <source>Keeps the session (never the password) in the system keychain</source>
        <translation>सत्र को (पासवर्ड को कभी नहीं) सिस्टम कीचेन में रखता है</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>सर्वर (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>डायलेक्ट (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>साइन इन में समस्या</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>साइन इन हो रहा है</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>सर्वर तक नहीं पहुँच सके</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>सर्वर ने समय पर उत्तर नहीं दिया</translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation>सुरक्षित कनेक्शन विफल रहा</translation>
    </message>
    <message>
        <source>This does not look like a DMS server</source>
        <translation>यह DMS सर्वर नहीं लगता</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>गलत उपयोगकर्ता नाम या पासवर्ड</translation>
    </message>
    <message>
        <source>The server refused the sign-in</source>
        <translation>सर्वर ने साइन इन अस्वीकार कर दिया</translation>
    </message>
    <message>
        <source>Could not sign in</source>
        <translation>साइन इन नहीं हो सका</translation>
    </message>
    <message>
        <source>Check the server address</source>
        <translation>सर्वर का पता जाँचें</translation>
    </message>
    <message>
        <source>Give the whole address, starting with https:// or http://, e.g. https://dms.example.org</source>
        <translation>पूरा पता दें, https:// या http:// से शुरू करके, उदा. https://dms.example.org</translation>
    </message>
</context>
<context>
    <name>Dms::SignInService</name>
    <message>
        <source>no keychain available</source>
        <translation>कोई कीचेन उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>Signing in as %1</source>
        <translation>%1 के रूप में साइन इन हो रहा है</translation>
    </message>
    <message>
        <source>The server address must be an http:// or https:// URL</source>
        <translation>सर्वर का पता http:// या https:// URL होना चाहिए</translation>
    </message>
    <message>
        <source>No user name given</source>
        <translation>कोई उपयोगकर्ता नाम नहीं दिया गया</translation>
    </message>
    <message>
        <source>No password given and none remembered for %1 (%2)</source>
        <translation>कोई पासवर्ड नहीं दिया गया और %1 (%2) के लिए कोई याद नहीं रखा गया</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>साइन आउट</translation>
    </message>
    <message>
        <source>No password given and none remembered for %1</source>
        <translation>कोई पासवर्ड नहीं दिया गया और %1 के लिए कोई याद नहीं रखा गया</translation>
    </message>
    <message>
        <source>The remembered password was refused: %1</source>
        <translation>याद रखा गया पासवर्ड अस्वीकार हुआ: %1</translation>
    </message>
</context>
<context>
    <name>Dms::SimDeliveryChart</name>
    <message>
        <source>Receipts per window: expected, delivered, missing</source>
        <translation>प्रति विंडो प्राप्तियाँ: अपेक्षित, पहुँचाई गईं, गायब</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>पहुँचाई गईं</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>गायब</translation>
    </message>
    <message>
        <source>s since the first action</source>
        <translation>पहली कार्रवाई से सेकंड</translation>
    </message>
    <message>
        <source>Delivery chart</source>
        <translation>डिलीवरी चार्ट</translation>
    </message>
</context>
<context>
    <name>Dms::SimExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is not a simulation report: %2</source>
        <translation>%1 सिमुलेशन रिपोर्ट नहीं है: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON ऑब्जेक्ट नहीं</translation>
    </message>
</context>
<context>
    <name>Dms::SimHistogramChart</name>
    <message>
        <source>receipts</source>
        <translation>प्राप्तियाँ</translation>
    </message>
    <message>
        <source>Latency distribution (receipts, ms)</source>
        <translation>विलंब वितरण (प्राप्तियाँ, ms)</translation>
    </message>
    <message>
        <source>Latency histogram</source>
        <translation>विलंब हिस्टोग्राम</translation>
    </message>
</context>
<context>
    <name>Dms::SimLatencyChart</name>
    <message>
        <source>Latency per window: POST sent → frame received (ms)</source>
        <translation>प्रति विंडो विलंब: POST भेजा → फ़्रेम मिला (ms)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>p95 to table</source>
        <translation>तालिका तक p95</translation>
    </message>
    <message>
        <source>s since the first action</source>
        <translation>पहली कार्रवाई से सेकंड</translation>
    </message>
    <message>
        <source>Latency percentiles chart</source>
        <translation>विलंब पर्सेंटाइल चार्ट</translation>
    </message>
</context>
<context>
    <name>Dms::SimPlan</name>
    <message>
        <source>%1: the scenario &quot;%2&quot; ramps in stages, which set its rate and duration (edit its &quot;stages&quot; instead)</source>
        <translation>%1: परिदृश्य &quot;%2&quot; स्टेज में बढ़ता है, जो उसकी दर और अवधि तय करते हैं (इसके बजाय उसके &quot;stages&quot; बदलें)</translation>
    </message>
    <message>
        <source>--duration %1 s ends before steps[%2].at_s (%3 s)</source>
        <translation>--duration %1 सेकंड steps[%2].at_s (%3 सेकंड) से पहले समाप्त होता है</translation>
    </message>
    <message>
        <source>threshold %1 &quot;%2&quot;: %3</source>
        <translation>सीमा %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>threshold %1 &quot;%2&quot;: the scenario has no stage &quot;%3&quot;%4</source>
        <translation>सीमा %1 &quot;%2&quot;: परिदृश्य में कोई स्टेज &quot;%3&quot; नहीं है%4</translation>
    </message>
    <message>
        <source>--server URL is required</source>
        <translation>--server URL आवश्यक है</translation>
    </message>
    <message>
        <source>shard %1 has no users (only %2 in all)</source>
        <translation>शार्ड %1 में कोई उपयोगकर्ता नहीं (कुल केवल %2)</translation>
    </message>
    <message>
        <source>--admin %1: no password (set DMS_ADMIN_PASSWORD or list the admin in the users file)</source>
        <translation>--admin %1: कोई पासवर्ड नहीं (DMS_ADMIN_PASSWORD सेट करें या प्रशासक को उपयोगकर्ता फ़ाइल में जोड़ें)</translation>
    </message>
</context>
<context>
    <name>Dms::SimReport</name>
    <message>
        <source>no samples</source>
        <translation>कोई नमूना नहीं</translation>
    </message>
    <message>
        <source>p50 %1  p90 %2  p95 %3  p99 %4  max %5  (%6 samples)</source>
        <translation>p50 %1  p90 %2  p95 %3  p99 %4  max %5  (%6 नमूने)</translation>
    </message>
    <message>
        <source>meant only for %1</source>
        <translation>केवल %1 के लिए</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>उपयोगकर्ता %1</translation>
    </message>
    <message>
        <source>meant for unit %1</source>
        <translation>इकाई %1 के लिए</translation>
    </message>
    <message>
        <source>the send-back notification of request %1</source>
        <translation>अनुरोध %1 की वापसी सूचना</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 (unit %2) received %3%4, %5</source>
        <translation>%1 (इकाई %2) को %3%4 मिला, %5</translation>
    </message>
    <message>
        <source>%1 (unit %2): %3 lacks row %4 that the server has (%5)</source>
        <translation>%1 (इकाई %2): %3 में पंक्ति %4 नहीं है जो सर्वर में है (%5)</translation>
    </message>
    <message>
        <source>%1 (unit %2): %3 shows row %4 that the server does not have for the unit (%5)</source>
        <translation>%1 (इकाई %2): %3 पंक्ति %4 दिखाता है जो सर्वर में इस इकाई के लिए नहीं है (%5)</translation>
    </message>
    <message>
        <source>%1 (unit %2): %3 row %4 differs in %5: shows %6, server has %7</source>
        <translation>%1 (इकाई %2): %3 पंक्ति %4 में %5 अलग है: %6 दिखाता है, सर्वर में %7 है</translation>
    </message>
    <message>
        <source>not a %1 report (schema &quot;%2&quot;)</source>
        <translation>%1 रिपोर्ट नहीं है (स्कीमा &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>latency.%1</source>
        <translation>latency.%1</translation>
    </message>
    <message>
        <source>windows[%1].%2</source>
        <translation>windows[%1].%2</translation>
    </message>
    <message>
        <source>storms[%1].%2</source>
        <translation>storms[%1].%2</translation>
    </message>
    <message>
        <source>stages[%1].%2</source>
        <translation>stages[%1].%2</translation>
    </message>
    <message>
        <source>thresholds[%1]: %2</source>
        <translation>thresholds[%1]: %2</translation>
    </message>
    <message>
        <source>nothing to merge</source>
        <translation>जोड़ने के लिए कुछ नहीं</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>रिपोर्ट %1</translation>
    </message>
    <message>
        <source>%1 is of scenario &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>%1 परिदृश्य &quot;%2&quot; का है, &quot;%3&quot; का नहीं</translation>
    </message>
    <message>
        <source>%1 has %2 ms windows, the first has %3 ms</source>
        <translation>%1 में %2 ms की विंडो हैं, पहली में %3 ms</translation>
    </message>
    <message>
        <source>%1 is one of %2 shards, the first one of %3</source>
        <translation>%1, %2 शार्ड में से एक है, पहला %3 में से एक</translation>
    </message>
    <message>
        <source>%1: shard %2 is in the merge twice</source>
        <translation>%1: शार्ड %2 जोड़ में दो बार है</translation>
    </message>
    <message>
        <source>%1: user %2 ran in two shards (overlapping user slices)</source>
        <translation>%1: उपयोगकर्ता %2 दो शार्ड में चला (उपयोगकर्ता हिस्से एक-दूसरे पर चढ़े)</translation>
    </message>
    <message>
        <source>merged %1 of %2 shards: the result covers only their users</source>
        <translation>%2 में से %1 शार्ड जोड़े गए: परिणाम में केवल उनके उपयोगकर्ता हैं</translation>
    </message>
    <message>
        <source>Scenario %1: %2 users in %3 unit(s), %4 s at %5 actions/s (shard %6)
</source>
        <translation>परिदृश्य %1: %3 इकाई(यों) में %2 उपयोगकर्ता, %4 सेकंड, %5 कार्रवाइयाँ/से. (शार्ड %6)
</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>%1 accepted, %2 refused or failed, %3 ticks skipped</source>
        <translation>%1 स्वीकृत, %2 अस्वीकृत या विफल, %3 टिक छोड़े गए</translation>
    </message>
    <message>
        <source>changes tracked</source>
        <translation>ट्रैक किए गए बदलाव</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>प्राप्तियाँ</translation>
    </message>
    <message>
        <source>%1 of %2 delivered, %3 missing, %4 late, %5 while down</source>
        <translation>%2 में से %1 पहुँचे, %3 गायब, %4 देर से, %5 बंद रहते समय</translation>
    </message>
    <message>
        <source>change_delivery</source>
        <translation>change_delivery</translation>
    </message>
    <message>
        <source>frames by seq</source>
        <translation>seq के अनुसार फ़्रेम</translation>
    </message>
    <message>
        <source>%1 received, %2 missed in %3 gap(s)</source>
        <translation>%1 मिले, %3 अंतराल में %2 छूटे</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <source>POST → frame (ms)</source>
        <translation>POST → फ़्रेम (ms)</translation>
    </message>
    <message>
        <source>POST → table (ms)</source>
        <translation>POST → तालिका (ms)</translation>
    </message>
    <message>
        <source>emit → frame (ms)</source>
        <translation>भेजना → फ़्रेम (ms)</translation>
    </message>
    <message>
        <source>POST round trip (ms)</source>
        <translation>POST राउंड ट्रिप (ms)</translation>
    </message>
    <message>
        <source>status changes: POST → frame (ms)</source>
        <translation>स्थिति बदलाव: POST → फ़्रेम (ms)</translation>
    </message>
    <message>
        <source>status changes: POST → table (ms)</source>
        <translation>स्थिति बदलाव: POST → तालिका (ms)</translation>
    </message>
    <message>
        <source>status changes: table − frame (ms)</source>
        <translation>स्थिति बदलाव: तालिका − फ़्रेम (ms)</translation>
    </message>
    <message>
        <source>fetched fields: table − frame (ms)</source>
        <translation>लाए गए फ़ील्ड: तालिका − फ़्रेम (ms)</translation>
    </message>
    <message>
        <source>leaks / duplicates / order</source>
        <translation>रिसाव / दोहराव / क्रम</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>सूचनाएँ</translation>
    </message>
    <message>
        <source>tables not showing a change</source>
        <translation>बदलाव न दिखाने वाली तालिकाएँ</translation>
    </message>
    <message>
        <source>refetches</source>
        <translation>पुनः फ़ेच</translation>
    </message>
    <message>
        <source>%1 (%2 per event)</source>
        <translation>%1 (%2 प्रति इवेंट)</translation>
    </message>
    <message>
        <source>rows fetched alone</source>
        <translation>अलग से लाई गई पंक्तियाँ</translation>
    </message>
    <message>
        <source>REST GETs</source>
        <translation>REST GET</translation>
    </message>
    <message>
        <source>%1, %2 bytes (%3 GETs, %4 bytes per event)</source>
        <translation>%1, %2 बाइट (%3 GET, %4 बाइट प्रति इवेंट)</translation>
    </message>
    <message>
        <source>reconnects</source>
        <translation>पुनः कनेक्शन</translation>
    </message>
    <message>
        <source>unexpected events</source>
        <translation>अनपेक्षित इवेंट</translation>
    </message>
    <message>
        <source>lost updates</source>
        <translation>खोए अपडेट</translation>
    </message>
    <message>
        <source>%1 (%2 users compared as %3)</source>
        <translation>%1 (%2 उपयोगकर्ताओं की तुलना %3 के रूप में)</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>सत्यापित नहीं</translation>
    </message>
    <message>
        <source>users not Live at the end</source>
        <translation>अंत में लाइव न रहे उपयोगकर्ता</translation>
    </message>
    <message>
        <source>setup failures</source>
        <translation>सेटअप विफलताएँ</translation>
    </message>
    <message>
        <source>storm %1 (%2)</source>
        <translation>बौछार %1 (%2)</translation>
    </message>
    <message>
        <source>%1 users down; all Live after %2 ms, all resynced after %3 ms; %4 not back</source>
        <translation>%1 उपयोगकर्ता बंद; सभी %2 ms बाद लाइव, सभी %3 ms बाद पुनः सिंक; %4 वापस नहीं आए</translation>
    </message>
    <message>
        <source>  reconnect (ms)</source>
        <translation>  पुनः कनेक्शन (ms)</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>प्रोसेस %1</translation>
    </message>
    <message>
        <source>%1 users, RSS %2 MB peak, %3 KB per user, %4 ms CPU per event</source>
        <translation>%1 उपयोगकर्ता, RSS शिखर %2 MB, %3 KB प्रति उपयोगकर्ता, %4 ms CPU प्रति इवेंट</translation>
    </message>
    <message>
        <source>Windows (%1 s): p95 POST → frame, delivered / expected
</source>
        <translation>विंडो (%1 सेकंड): p95 POST → फ़्रेम, पहुँचे / अपेक्षित
</translation>
    </message>
    <message>
        <source>%1 %2 ms %3/%4</source>
        <translation>%1 %2 ms %3/%4</translation>
    </message>
    <message>
        <source>Stages: users at the end (target), rate, actions, delivered / expected, missing, p50 / p95 POST → frame and POST → table (ms)
</source>
        <translation>स्टेज: अंत में उपयोगकर्ता (लक्ष्य), दर, कार्रवाइयाँ, पहुँचे / अपेक्षित, गायब, p50 / p95 POST → फ़्रेम और POST → तालिका (ms)
</translation>
    </message>
    <message>
        <source>  %1 %2 %3 s  %4 (%5) users, +%6 -%7  %8/s  %9 actions  %10/%11  %12 missing  %13 / %14  %15 / %16
</source>
        <translation>  %1 %2 %3 से.  %4 (%5) उपयोगकर्ता, +%6 -%7  %8/से.  %9 कार्रवाइयाँ  %10/%11  %12 गायब  %13 / %14  %15 / %16
</translation>
    </message>
    <message>
        <source>Notes
</source>
        <translation>टिप्पणियाँ
</translation>
    </message>
    <message>
        <source>Thresholds
</source>
        <translation>सीमाएँ
</translation>
    </message>
    <message>
        <source>Leaks (%1 in all; the first %2)
</source>
        <translation>रिसाव (कुल %1; पहले %2)
</translation>
    </message>
    <message>
        <source>Lost updates (%1 in all; the first %2)
</source>
        <translation>खोए अपडेट (कुल %1; पहले %2)
</translation>
    </message>
    <message>
        <source>Configuration error: %1
</source>
        <translation>कॉन्फ़िगरेशन त्रुटि: %1
</translation>
    </message>
    <message>
        <source>Aborted by threshold: %1
</source>
        <translation>सीमा के कारण रद्द: %1
</translation>
    </message>
    <message>
        <source>Result: ABORTED
</source>
        <translation>परिणाम: रद्द
</translation>
    </message>
    <message>
        <source>Result: PASS
</source>
        <translation>परिणाम: पास
</translation>
    </message>
    <message>
        <source>Result: FAIL
</source>
        <translation>परिणाम: फ़ेल
</translation>
    </message>
    <message>
        <source>the run was aborted</source>
        <translation>रन रद्द कर दिया गया</translation>
    </message>
    <message>
        <source>the run was aborted by threshold %1</source>
        <translation>रन सीमा %1 के कारण रद्द किया गया</translation>
    </message>
</context>
<context>
    <name>Dms::SimUserTableModel</name>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>गायब</translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation>रिसाव</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>दोहराव</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>क्रम से बाहर</translation>
    </message>
    <message>
        <source>Last ms</source>
        <translation>अंतिम ms</translation>
    </message>
    <message>
        <source>Mean ms</source>
        <translation>औसत ms</translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation>अधिकतम ms</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>पुनः कनेक्शन</translation>
    </message>
    <message>
        <source>Refetches</source>
        <translation>पुनः फ़ेच</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>खोए अपडेट</translation>
    </message>
</context>
<context>
    <name>Dms::SimUsers</name>
    <message>
        <source>&quot;%1&quot; is not K/N with 1 ≤ K ≤ N (e.g. 2/4)</source>
        <translation>&quot;%1&quot; 1 ≤ K ≤ N वाला K/N नहीं है (उदा. 2/4)</translation>
    </message>
    <message>
        <source>%1: cannot read the users file: %2</source>
        <translation>%1: उपयोगकर्ता फ़ाइल पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>expected username,password,unit[,role] (%1 fields found)</source>
        <translation>username,password,unit[,role] अपेक्षित (%1 फ़ील्ड मिले)</translation>
    </message>
    <message>
        <source>the username is empty</source>
        <translation>उपयोगकर्ता नाम खाली है</translation>
    </message>
    <message>
        <source>the password of %1 is empty</source>
        <translation>%1 का पासवर्ड खाली है</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; of %2 is not a unit id</source>
        <translation>%2 की इकाई &quot;%1&quot; इकाई ID नहीं है</translation>
    </message>
    <message>
        <source>%1 is listed twice (each virtual user needs its own account)</source>
        <translation>%1 दो बार सूचीबद्ध है (हर वर्चुअल उपयोगकर्ता को अपना खाता चाहिए)</translation>
    </message>
    <message>
        <source>%1: no users (expected lines of username,password,unit[,role])</source>
        <translation>%1: कोई उपयोगकर्ता नहीं (username,password,unit[,role] की पंक्तियाँ अपेक्षित)</translation>
    </message>
</context>
<context>
    <name>Dms::SimulationPanel</name>
    <message>
        <source>not measured</source>
        <translation>मापा नहीं गया</translation>
    </message>
    <message>
        <source>Report of %1: %2 users, started %3</source>
        <translation>%1 की रिपोर्ट: %2 उपयोगकर्ता, %3 को शुरू</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>खोलें…</translation>
    </message>
    <message>
        <source>Run a scenario file (docs/scenarios.md describes the format)</source>
        <translation>परिदृश्य फ़ाइल चलाएँ (docs/scenarios.md में प्रारूप बताया गया है)</translation>
    </message>
    <message>
        <source>Virtual users</source>
        <translation>वर्चुअल उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Virtual users in all, spread evenly over the units; each one a full session</source>
        <translation>कुल वर्चुअल उपयोगकर्ता, इकाइयों में बराबर बँटे हुए; हर एक का पूरा सत्र</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>इकाइयाँ</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /से.</translation>
    </message>
    <message>
        <source>Actions per second</source>
        <translation>प्रति सेकंड कार्रवाइयाँ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>सीमाएँ</translation>
    </message>
    <message>
        <source>none: only every user set up and not aborted</source>
        <translation>कोई नहीं: केवल हर उपयोगकर्ता सेट हो और रन रद्द न हो</translation>
    </message>
    <message>
        <source>Pass/fail rules, comma-separated: METRIC OP NUMBER, e.g. p95_ms &lt; 100, delivery &gt;= 0.999, leaks == 0 (docs/scenarios.md lists the metrics)</source>
        <translation>पास/फ़ेल नियम, अल्पविराम से अलग: METRIC OP NUMBER, उदा. p95_ms &lt; 100, delivery &gt;= 0.999, leaks == 0 (docs/scenarios.md में मापदंडों की सूची है)</translation>
    </message>
    <message>
        <source>demo users of the reference server (u1_req1 …)</source>
        <translation>संदर्भ सर्वर के डेमो उपयोगकर्ता (u1_req1 …)</translation>
    </message>
    <message>
        <source>Users file</source>
        <translation>उपयोगकर्ता फ़ाइल</translation>
    </message>
    <message>
        <source>CSV of username,password,unit[,role]; `manage.py seed_demo --users-csv` writes one</source>
        <translation>username,password,unit[,role] की CSV; `manage.py seed_demo --users-csv` ऐसी फ़ाइल लिखता है</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>the users file&apos;s admin, or the demo admin</source>
        <translation>उपयोगकर्ता फ़ाइल का प्रशासक, या डेमो प्रशासक</translation>
    </message>
    <message>
        <source>Admin account</source>
        <translation>प्रशासक खाता</translation>
    </message>
    <message>
        <source>An admin account compares every user&apos;s tables with the server&apos;s at the end and closes every socket for a reconnect storm</source>
        <translation>प्रशासक खाता अंत में हर उपयोगकर्ता की तालिकाओं की सर्वर से तुलना करता है और पुनः कनेक्शन की बौछार के लिए हर सॉकेट बंद करता है</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>प्रशासक पासवर्ड</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>सहेजा नहीं जाता</translation>
    </message>
    <message>
        <source>No admin (compare per unit)</source>
        <translation>कोई प्रशासक नहीं (प्रति इकाई तुलना)</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>परिदृश्य (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>उपयोगकर्ता (&amp;U):</translation>
    </message>
    <message>
        <source>U&amp;nits:</source>
        <translation>इकाइयाँ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>दर (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>अवधि (&amp;D):</translation>
    </message>
    <message>
        <source>Users &amp;file:</source>
        <translation>उपयोगकर्ता फ़ाइल (&amp;F):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>पासवर्ड (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Admin:</source>
        <translation>प्रशासक (&amp;A):</translation>
    </message>
    <message>
        <source>T&amp;hresholds:</source>
        <translation>सीमाएँ (&amp;H):</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>शुरू करें (&amp;T)</translation>
    </message>
    <message>
        <source>Sign the virtual users in and run the scenario</source>
        <translation>वर्चुअल उपयोगकर्ताओं को साइन इन करें और परिदृश्य चलाएँ</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>रोकें (&amp;O)</translation>
    </message>
    <message>
        <source>No more actions: wait for the last receipts, compare the tables, then report</source>
        <translation>और कार्रवाइयाँ नहीं: अंतिम प्राप्तियों की प्रतीक्षा, तालिकाओं की तुलना, फिर रिपोर्ट</translation>
    </message>
    <message>
        <source>A&amp;bort</source>
        <translation>रद्द करें (&amp;B)</translation>
    </message>
    <message>
        <source>End at once; the report is marked aborted</source>
        <translation>तुरंत समाप्त करें; रिपोर्ट रद्द के रूप में चिह्नित होगी</translation>
    </message>
    <message>
        <source>Open report…</source>
        <translation>रिपोर्ट खोलें…</translation>
    </message>
    <message>
        <source>Look at a saved report (dms-console simulate --report, report merge)</source>
        <translation>सहेजी गई रिपोर्ट देखें (dms-console simulate --report, report merge)</translation>
    </message>
    <message>
        <source>Open simulation report</source>
        <translation>सिमुलेशन रिपोर्ट खोलें</translation>
    </message>
    <message>
        <source>Simulation reports (*.json)</source>
        <translation>सिमुलेशन रिपोर्ट (*.json)</translation>
    </message>
    <message>
        <source>Compare with baseline…</source>
        <translation>बेसलाइन से तुलना करें…</translation>
    </message>
    <message>
        <source>Open an earlier report to compare with: each threshold&apos;s metric beside its baseline value, regressions in red (as dms-console report diff)</source>
        <translation>तुलना के लिए पहले की रिपोर्ट खोलें: हर सीमा का मापदंड उसके बेसलाइन मान के साथ, गिरावट लाल रंग में (dms-console report diff की तरह)</translation>
    </message>
    <message>
        <source>Open baseline report</source>
        <translation>बेसलाइन रिपोर्ट खोलें</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>निर्यात (&amp;X)</translation>
    </message>
    <message>
        <source>Report (JSON)…</source>
        <translation>रिपोर्ट (JSON)…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>रिपोर्ट सहेजें</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Report (HTML)…</source>
        <translation>रिपोर्ट (HTML)…</translation>
    </message>
    <message>
        <source>Save report page</source>
        <translation>रिपोर्ट पेज सहेजें</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML पेज (*.html)</translation>
    </message>
    <message>
        <source>JUnit XML…</source>
        <translation>JUnit XML…</translation>
    </message>
    <message>
        <source>Save JUnit XML</source>
        <translation>JUnit XML सहेजें</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit XML (*.xml)</translation>
    </message>
    <message>
        <source>Receipts (CSV)…</source>
        <translation>प्राप्तियाँ (CSV)…</translation>
    </message>
    <message>
        <source>Save receipts</source>
        <translation>प्राप्तियाँ सहेजें</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Charts (PNG)…</source>
        <translation>चार्ट (PNG)…</translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation>चार्ट सहेजें</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG चित्र (*.png)</translation>
    </message>
    <message>
        <source>Ready: pick a scenario and start</source>
        <translation>तैयार: परिदृश्य चुनें और शुरू करें</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>रन की प्रगति</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>अभी तक कोई रन नहीं</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>मापा गया</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>बेसलाइन</translation>
    </message>
    <message>
        <source>The baseline&apos;s value and the change from it</source>
        <translation>बेसलाइन का मान और उससे बदलाव</translation>
    </message>
    <message>
        <source>Simulation log</source>
        <translation>सिमुलेशन लॉग</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>लॉग</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>परिदृश्य खोलें</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>परिदृश्य (*.json)</translation>
    </message>
    <message>
        <source>This scenario cannot run: %1</source>
        <translation>यह परिदृश्य नहीं चल सकता: %1</translation>
    </message>
    <message>
        <source>%1 — as written: %2 units × %3 users, %4 actions/s for %5 s</source>
        <translation>%1 — जैसा लिखा है: %2 इकाइयाँ × %3 उपयोगकर्ता, %4 कार्रवाइयाँ/से. %5 सेकंड तक</translation>
    </message>
    <message>
        <source>scenario&apos;s (%1)</source>
        <translation>परिदृश्य का (%1)</translation>
    </message>
    <message>
        <source>scenario&apos;s (%1/s)</source>
        <translation>परिदृश्य का (%1/से.)</translation>
    </message>
    <message>
        <source>scenario&apos;s (%1 s)</source>
        <translation>परिदृश्य का (%1 से.)</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>शुरू नहीं हो सकता: %1</translation>
    </message>
    <message>
        <source>stop requested: no more actions; settling and verifying</source>
        <translation>रोकने का अनुरोध: और कार्रवाइयाँ नहीं; स्थिर होने और सत्यापन की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>चल रहा है…</translation>
    </message>
    <message>
        <source>%1: %2 virtual users against %3</source>
        <translation>%1: %3 के विरुद्ध %2 वर्चुअल उपयोगकर्ता</translation>
    </message>
    <message>
        <source>phase: %1</source>
        <translation>चरण: %1</translation>
    </message>
    <message>
        <source>LEAK: %1</source>
        <translation>रिसाव: %1</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>नहीं चल सकता: %1</translation>
    </message>
    <message>
        <source>Finished: %1 users, %2 changes, %3 of %4 receipts delivered</source>
        <translation>समाप्त: %1 उपयोगकर्ता, %2 बदलाव, %4 में से %3 प्राप्तियाँ पहुँचीं</translation>
    </message>
    <message>
        <source>result: PASS</source>
        <translation>परिणाम: पास</translation>
    </message>
    <message>
        <source>result: FAIL</source>
        <translation>परिणाम: फ़ेल</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>पास</translation>
    </message>
    <message>
        <source>holding</source>
        <translation>टिका है</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>फ़ेल</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>विफल हो रहा है</translation>
    </message>
    <message numerus="yes">
        <source>Running: %n threshold(s) failing so far</source>
        <translation>
            <numerusform>चल रहा है: अब तक %n सीमा विफल</numerusform>
            <numerusform>चल रहा है: अब तक %n सीमाएँ विफल</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT RUN: the scenario does not fit these users</source>
        <translation>नहीं चला: परिदृश्य इन उपयोगकर्ताओं से मेल नहीं खाता</translation>
    </message>
    <message>
        <source> (aborted)</source>
        <translation> (रद्द)</translation>
    </message>
    <message>
        <source>: %1 of %2 thresholds failed</source>
        <translation>: %2 में से %1 सीमाएँ विफल</translation>
    </message>
    <message>
        <source>%1 (%2, started %3)</source>
        <translation>%1 (%2, %3 को शुरू)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Baseline %1: start a run or open a report to compare with it.</source>
        <translation>बेसलाइन %1: इससे तुलना के लिए रन शुरू करें या रिपोर्ट खोलें।</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n और</numerusform>
            <numerusform>%n और</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared with the baseline %1: no metric regressed past its limit (%n improved).</source>
        <translation>
            <numerusform>बेसलाइन %1 से तुलना: कोई मापदंड अपनी सीमा से आगे नहीं गिरा (%n में सुधार)।</numerusform>
            <numerusform>बेसलाइन %1 से तुलना: कोई मापदंड अपनी सीमा से आगे नहीं गिरा (%n में सुधार)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared with the baseline %1: %n metric(s) regressed past the limit: %2.</source>
        <translation>
            <numerusform>बेसलाइन %1 से तुलना: %n मापदंड सीमा से आगे गिरा: %2।</numerusform>
            <numerusform>बेसलाइन %1 से तुलना: %n मापदंड सीमा से आगे गिरे: %2।</numerusform>
        </translation>
    </message>
    <message>
        <source>report saved to %1</source>
        <translation>रिपोर्ट %1 में सहेजी गई</translation>
    </message>
    <message>
        <source>JUnit XML saved to %1</source>
        <translation>JUnit XML %1 में सहेजा गया</translation>
    </message>
    <message>
        <source>report page saved to %1</source>
        <translation>रिपोर्ट पेज %1 में सहेजा गया</translation>
    </message>
    <message>
        <source>(the first %1 receipts only: %2 more were not kept)</source>
        <translation>(केवल पहली %1 प्राप्तियाँ: %2 और नहीं रखी गईं)</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) saved to %1</source>
        <translation>
            <numerusform>%n प्राप्ति %1 में सहेजी गई</numerusform>
            <numerusform>%n प्राप्तियाँ %1 में सहेजी गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>charts saved to %1</source>
        <translation>चार्ट %1 में सहेजे गए</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 नहीं लिखा जा सका</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>%1 खोला गया</translation>
    </message>
    <message>
        <source>comparing with the baseline %1</source>
        <translation>बेसलाइन %1 से तुलना हो रही है</translation>
    </message>
    <message>
        <source>Per-user table (CSV)…</source>
        <translation type="vanished">प्रति-उपयोगकर्ता तालिका (CSV)…</translation>
    </message>
    <message>
        <source>Save the per-user table</source>
        <translation>प्रति-उपयोगकर्ता तालिका सहेजें</translation>
    </message>
    <message numerus="yes">
        <source>%n user row(s) saved to %1</source>
        <translation>
            <numerusform>%n उपयोगकर्ता पंक्ति %1 में सहेजी गई</numerusform>
            <numerusform>%n उपयोगकर्ता पंक्तियाँ %1 में सहेजी गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>Per-user table…</source>
        <translation>प्रति-उपयोगकर्ता तालिका…</translation>
    </message>
</context>
<context>
    <name>Dms::SimulationRun</name>
    <message>
        <source>a simulation is already running: stop it first</source>
        <translation>एक सिमुलेशन पहले से चल रहा है: पहले उसे रोकें</translation>
    </message>
    <message>
        <source>a simulation is running: stop it before opening a report</source>
        <translation>एक सिमुलेशन चल रहा है: रिपोर्ट खोलने से पहले उसे रोकें</translation>
    </message>
</context>
<context>
    <name>Dms::Simulator</name>
    <message>
        <source>signing in: %1/%2 signed in, %3 live, %4 failed</source>
        <translation>साइन इन: %2 में से %1 साइन इन, %3 लाइव, %4 विफल</translation>
    </message>
    <message>
        <source>preparing: %1/%2 live, reading the server&apos;s rows</source>
        <translation>तैयारी: %2 में से %1 लाइव, सर्वर की पंक्तियाँ पढ़ी जा रही हैं</translation>
    </message>
    <message>
        <source>warming up: %1/%2 live</source>
        <translation>वार्म-अप: %2 में से %1 लाइव</translation>
    </message>
    <message>
        <source>running %1/%2 s</source>
        <translation>चल रहा है %1/%2 से.</translation>
    </message>
    <message>
        <source> | stage %1/%2 %3, %4 users wanted</source>
        <translation> | स्टेज %1/%2 %3, %4 उपयोगकर्ता वांछित</translation>
    </message>
    <message>
        <source>settling (%1 open)</source>
        <translation>स्थिर हो रहा है (%1 खुले)</translation>
    </message>
    <message>
        <source>verifying tables</source>
        <translation>तालिकाओं का सत्यापन</translation>
    </message>
    <message>
        <source>%1 | %2/%3 live | %4 actions (%5 err) | delivered %6/%7 | missing %8 | leaks %9 | p95 %10 ms | table p95 %11 ms</source>
        <translation>%1 | %2/%3 लाइव | %4 कार्रवाइयाँ (%5 त्रुटि) | पहुँचे %6/%7 | गायब %8 | रिसाव %9 | p95 %10 ms | तालिका p95 %11 ms</translation>
    </message>
    <message>
        <source>a simulation is running</source>
        <translation>एक सिमुलेशन चल रहा है</translation>
    </message>
    <message>
        <source>no server given</source>
        <translation>कोई सर्वर नहीं दिया गया</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; is not a valid URL</source>
        <translation>सर्वर &quot;%1&quot; मान्य URL नहीं है</translation>
    </message>
    <message>
        <source>users: no virtual users to run (check the users file, --users or --shard)</source>
        <translation>users: चलाने के लिए कोई वर्चुअल उपयोगकर्ता नहीं (उपयोगकर्ता फ़ाइल, --users या --shard जाँचें)</translation>
    </message>
    <message>
        <source>views: &quot;%1&quot; is not a view</source>
        <translation>views: &quot;%1&quot; कोई व्यू नहीं है</translation>
    </message>
    <message>
        <source>users: %1 is listed twice</source>
        <translation>users: %1 दो बार सूचीबद्ध है</translation>
    </message>
    <message>
        <source>steps[%1].unit: no virtual user of unit %2 (the users are of unit(s) %3)</source>
        <translation>steps[%1].unit: इकाई %2 का कोई वर्चुअल उपयोगकर्ता नहीं (उपयोगकर्ता इकाई %3 के हैं)</translation>
    </message>
    <message>
        <source>steps[%1].method: &quot;server&quot; needs an admin account (the users file&apos;s admin row, or --admin)</source>
        <translation>steps[%1].method: &quot;server&quot; के लिए प्रशासक खाता चाहिए (उपयोगकर्ता फ़ाइल की प्रशासक पंक्ति, या --admin)</translation>
    </message>
    <message>
        <source>steps[%1] (%2): the dialect profile &quot;%3&quot; has no route for &quot;%4&quot; (rest.%5)</source>
        <translation>steps[%1] (%2): डायलेक्ट प्रोफ़ाइल &quot;%3&quot; में &quot;%4&quot; के लिए कोई रूट नहीं (rest.%5)</translation>
    </message>
    <message>
        <source>the dialect profile &quot;%1&quot; has no route for &quot;%2&quot; (rest.queries), which the simulator reads to plan its actions</source>
        <translation>डायलेक्ट प्रोफ़ाइल &quot;%1&quot; में &quot;%2&quot; के लिए कोई रूट नहीं (rest.queries), जिसे सिम्युलेटर अपनी कार्रवाइयों की योजना के लिए पढ़ता है</translation>
    </message>
    <message>
        <source>views: the dialect profile &quot;%1&quot; has no route for &quot;%2&quot; (rest.queries)</source>
        <translation>views: डायलेक्ट प्रोफ़ाइल &quot;%1&quot; में &quot;%2&quot; के लिए कोई रूट नहीं (rest.queries)</translation>
    </message>
    <message>
        <source>thresholds: &quot;%1&quot; names stage &quot;%2&quot;, which the scenario does not have (stages: %3)</source>
        <translation>thresholds: &quot;%1&quot; स्टेज &quot;%2&quot; का नाम लेता है, जो परिदृश्य में नहीं है (स्टेज: %3)</translation>
    </message>
    <message>
        <source>thresholds: &quot;%1&quot; names stage &quot;%2&quot;, but the scenario has no stages</source>
        <translation>thresholds: &quot;%1&quot; स्टेज &quot;%2&quot; का नाम लेता है, पर परिदृश्य में कोई स्टेज नहीं है</translation>
    </message>
    <message>
        <source>stages: the run needs up to %1 signed-in users here, but there are only %2 virtual users (users, --users or the users file)</source>
        <translation>stages: रन को यहाँ अधिकतम %1 साइन इन उपयोगकर्ता चाहिए, पर केवल %2 वर्चुअल उपयोगकर्ता हैं (users, --users या उपयोगकर्ता फ़ाइल)</translation>
    </message>
    <message>
        <source>%1 is not an admin: the tables are checked per unit and storms are client-side</source>
        <translation>%1 प्रशासक नहीं है: तालिकाएँ प्रति इकाई जाँची जाती हैं और बौछार क्लाइंट-साइड होती है</translation>
    </message>
    <message>
        <source>admin sign-in failed (%1): the tables are checked per unit and storms are client-side</source>
        <translation>प्रशासक का साइन इन विफल (%1): तालिकाएँ प्रति इकाई जाँची जाती हैं और बौछार क्लाइंट-साइड होती है</translation>
    </message>
    <message>
        <source>sign-in failed (HTTP %1): %2</source>
        <translation>साइन इन विफल (HTTP %1): %2</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>साइन इन विफल: %1</translation>
    </message>
    <message>
        <source>%1 was signed out: %2</source>
        <translation>%1 साइन आउट हो गया: %2</translation>
    </message>
    <message>
        <source>some tables were still refreshing when they were compared</source>
        <translation>तुलना के समय कुछ तालिकाएँ अभी रीफ़्रेश हो रही थीं</translation>
    </message>
    <message>
        <source>not signed in within ready_timeout_s</source>
        <translation>ready_timeout_s के भीतर साइन इन नहीं हुआ</translation>
    </message>
    <message>
        <source>not Live within ready_timeout_s (%1)</source>
        <translation>ready_timeout_s के भीतर लाइव नहीं हुआ (%1)</translation>
    </message>
    <message>
        <source>views not loaded within ready_timeout_s</source>
        <translation>ready_timeout_s के भीतर व्यू लोड नहीं हुए</translation>
    </message>
    <message>
        <source>the admin did not sign in within ready_timeout_s</source>
        <translation>प्रशासक ready_timeout_s के भीतर साइन इन नहीं हुआ</translation>
    </message>
    <message>
        <source>no virtual user got ready: nothing to run</source>
        <translation>कोई वर्चुअल उपयोगकर्ता तैयार नहीं हुआ: चलाने को कुछ नहीं</translation>
    </message>
    <message>
        <source>behind schedule (the event loop was busy)</source>
        <translation>समय-सारणी से पीछे (इवेंट लूप व्यस्त था)</translation>
    </message>
    <message>
        <source>max_in_flight reached (the server answers slower than the rate)</source>
        <translation>max_in_flight पहुँच गया (सर्वर दर से धीमा उत्तर देता है)</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>करने को कुछ नहीं</translation>
    </message>
    <message>
        <source>%1 failed: %2%3</source>
        <translation>%1 विफल: %2%3</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>stopped: no more actions; settling and verifying</source>
        <translation>रोका गया: और कार्रवाइयाँ नहीं; स्थिर होने और सत्यापन की प्रतीक्षा</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <source>the server numbers no events (no seq), so missed frames cannot be counted; change_delivery counts delivery from the actions</source>
        <translation>सर्वर इवेंट को क्रमांक नहीं देता (seq नहीं), इसलिए छूटे फ़्रेम गिने नहीं जा सकते; change_delivery डिलीवरी को कार्रवाइयों से गिनता है</translation>
    </message>
    <message>
        <source>the server&apos;s frames carry no time of emission</source>
        <translation>सर्वर के फ़्रेम में भेजने का समय नहीं होता</translation>
    </message>
    <message>
        <source>ticks skipped: %1</source>
        <translation>छोड़े गए टिक: %1</translation>
    </message>
    <message>
        <source>%1 more action errors not listed</source>
        <translation>%1 और कार्रवाई त्रुटियाँ सूचीबद्ध नहीं</translation>
    </message>
    <message>
        <source>the run was stopped early</source>
        <translation>रन जल्दी रोक दिया गया</translation>
    </message>
    <message>
        <source>configuration error: %1</source>
        <translation>कॉन्फ़िगरेशन त्रुटि: %1</translation>
    </message>
    <message>
        <source>stage %1/%2 (%3): to %4 users and %5 actions/s over %6 s</source>
        <translation>स्टेज %1/%2 (%3): %6 सेकंड में %4 उपयोगकर्ता और %5 कार्रवाइयाँ/से. तक</translation>
    </message>
    <message>
        <source>not signed in within ready_timeout_s of joining</source>
        <translation>जुड़ने के ready_timeout_s के भीतर साइन इन नहीं हुआ</translation>
    </message>
    <message>
        <source>not Live within ready_timeout_s of joining (%1)</source>
        <translation>जुड़ने के ready_timeout_s के भीतर लाइव नहीं हुआ (%1)</translation>
    </message>
    <message>
        <source>views not loaded within ready_timeout_s of joining</source>
        <translation>जुड़ने के ready_timeout_s के भीतर व्यू लोड नहीं हुए</translation>
    </message>
    <message>
        <source>aborted by threshold %1</source>
        <translation>सीमा %1 के कारण रद्द</translation>
    </message>
    <message>
        <source>the dialect profile &quot;%1&quot; has no route for &quot;disconnect-all&quot;: cutting the sockets client-side</source>
        <translation>डायलेक्ट प्रोफ़ाइल &quot;%1&quot; में &quot;disconnect-all&quot; का कोई रूट नहीं: सॉकेट क्लाइंट-साइड काटे जा रहे हैं</translation>
    </message>
    <message>
        <source>reconnect storm: cutting %1 sockets client-side</source>
        <translation>पुनः कनेक्शन बौछार: %1 सॉकेट क्लाइंट-साइड काटे जा रहे हैं</translation>
    </message>
    <message>
        <source>reconnect storm: asking the server to close every socket (%1 users Live)</source>
        <translation>पुनः कनेक्शन बौछार: सर्वर से हर सॉकेट बंद करने को कहा जा रहा है (%1 उपयोगकर्ता लाइव)</translation>
    </message>
    <message>
        <source>the server has no disconnect-all (HTTP %1: it needs DMS_DEBUG=1): cutting the sockets client-side instead</source>
        <translation>सर्वर में disconnect-all नहीं है (HTTP %1: इसके लिए DMS_DEBUG=1 चाहिए): इसके बजाय सॉकेट क्लाइंट-साइड काटे जा रहे हैं</translation>
    </message>
    <message>
        <source>disconnect-all failed: %1</source>
        <translation>disconnect-all विफल: %1</translation>
    </message>
    <message>
        <source>reconnect storm (client-side cut)</source>
        <translation>पुनः कनेक्शन बौछार (क्लाइंट-साइड कटौती)</translation>
    </message>
    <message>
        <source>reconnect storm: %1 socket(s) were not closed</source>
        <translation>पुनः कनेक्शन बौछार: %1 सॉकेट बंद नहीं हुए</translation>
    </message>
    <message>
        <source>reconnect storm over: %1 users down, all Live after %2 ms, all resynced after %3 ms, %4 not back</source>
        <translation>पुनः कनेक्शन बौछार समाप्त: %1 उपयोगकर्ता बंद, सभी %2 ms बाद लाइव, सभी %3 ms बाद पुनः सिंक, %4 वापस नहीं आए</translation>
    </message>
    <message>
        <source>unit %1 of the users list is unit %2 on the server: steps naming unit %1 act in unit %2</source>
        <translation>उपयोगकर्ता सूची की इकाई %1 सर्वर पर इकाई %2 है: इकाई %1 वाले चरण इकाई %2 में चलते हैं</translation>
    </message>
    <message>
        <source>%1 is of unit %2 on the server, not %3 as listed: unit %2 is used</source>
        <translation>%1 सर्वर पर इकाई %2 का है, सूची के अनुसार %3 का नहीं: इकाई %2 उपयोग की जाती है</translation>
    </message>
    <message>
        <source>could not read the server&apos;s rows: %1</source>
        <translation>सर्वर की पंक्तियाँ पढ़ी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>steps[%1] (%2): %3</source>
        <translation>steps[%1] (%2): %3</translation>
    </message>
    <message>
        <source>steps[%1].method: &quot;server&quot; needs the admin, who could not sign in</source>
        <translation>steps[%1].method: &quot;server&quot; के लिए प्रशासक चाहिए, जो साइन इन नहीं कर सका</translation>
    </message>
    <message>
        <source>no table views: nothing to compare with the server</source>
        <translation>कोई तालिका व्यू नहीं: सर्वर से तुलना के लिए कुछ नहीं</translation>
    </message>
    <message>
        <source>could not read the server&apos;s rows to compare the tables: %1</source>
        <translation>तालिकाओं की तुलना के लिए सर्वर की पंक्तियाँ पढ़ी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>%1 user(s) differ from the server: looking again in %2 s</source>
        <translation>%1 उपयोगकर्ता सर्वर से अलग हैं: %2 सेकंड में फिर देखा जाएगा</translation>
    </message>
</context>
<context>
    <name>Dms::StorageOccupancyModel</name>
    <message>
        <source>(no location)</source>
        <translation>(कोई स्थान नहीं)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%2 में से %1 जगह भरी</translation>
    </message>
    <message>
        <source>Crates with no storage location</source>
        <translation>बिना भंडारण स्थान वाले क्रेट</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>भंडारण स्थान</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>क्षमता</translation>
    </message>
    <message>
        <source>Crates</source>
        <translation>क्रेट</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>निकाला गया</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>संग्रहित</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>भराव</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>खाली</translation>
    </message>
</context>
<context>
    <name>Dms::StoragePanel</name>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>Storage locations</source>
        <translation>भंडारण स्थान</translation>
    </message>
    <message>
        <source>Crates at the selected location</source>
        <translation>चुने गए स्थान पर रखे क्रेट</translation>
    </message>
    <message>
        <source>Search locations</source>
        <translation>स्थान खोजें</translation>
    </message>
    <message>
        <source>Search storage locations</source>
        <translation>भंडारण स्थान खोजें</translation>
    </message>
    <message>
        <source>Save the locations shown (search, sort and columns as on screen) as CSV</source>
        <translation type="vanished">दिखाए गए स्थान (खोज, क्रम और कॉलम स्क्रीन जैसे ही) CSV के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Export storage locations</source>
        <translation>भंडारण स्थान निर्यात करें</translation>
    </message>
    <message>
        <source>Save the crates of the selected location as CSV</source>
        <translation type="vanished">चुने गए स्थान के क्रेट CSV के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Export crates</source>
        <translation>क्रेट निर्यात करें</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n स्थान</numerusform>
            <numerusform>%n स्थान</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crate(s) placed</source>
        <translation>
            <numerusform>%n क्रेट रखा गया</numerusform>
            <numerusform>%n क्रेट रखे गए</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of %2 places taken</source>
        <translation>%2 जगहों में से %1 % भरी</translation>
    </message>
    <message>
        <source>Select a location to see its crates.</source>
        <translation>किसी स्थान के क्रेट देखने के लिए उसे चुनें।</translation>
    </message>
    <message>
        <source>Crates at %1: %2</source>
        <translation>%1 पर क्रेट: %2</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 को %2 में सहेजा गया।</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 सहेजा नहीं जा सका: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n crate(s)</source>
        <translation>
            <numerusform>%n क्रेट</numerusform>
            <numerusform>%n क्रेट</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <source>Save the locations shown (search, sort and columns as on screen) as CSV or XLSX</source>
        <translation>दिखाए गए स्थान (खोज, क्रम और कॉलम स्क्रीन जैसे ही) CSV या XLSX के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Save the crates of the selected location as CSV or XLSX</source>
        <translation>चुने गए स्थान के क्रेट CSV या XLSX के रूप में सहेजें</translation>
    </message>
</context>
<context>
    <name>Dms::TableExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Dms::Theme</name>
    <message>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
</context>
<context>
    <name>Dms::Threshold</name>
    <message>
        <source>empty threshold: expected &quot;METRIC OP NUMBER&quot;, e.g. &quot;p95_ms &lt; 100&quot;</source>
        <translation>खाली सीमा: &quot;METRIC OP NUMBER&quot; अपेक्षित, उदा. &quot;p95_ms &lt; 100&quot;</translation>
    </message>
    <message>
        <source>column %1: expected a metric name, found &quot;%2&quot;</source>
        <translation>कॉलम %1: मापदंड का नाम अपेक्षित, &quot;%2&quot; मिला</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot; (known: %2)</source>
        <translation>अज्ञात मापदंड &quot;%1&quot; (ज्ञात: %2)</translation>
    </message>
    <message>
        <source>column %1: expected an operator (&lt; &lt;= &gt; &gt;= == !=) after &quot;%2&quot;, found &quot;%3&quot;</source>
        <translation>कॉलम %1: &quot;%2&quot; के बाद ऑपरेटर (&lt; &lt;= &gt; &gt;= == !=) अपेक्षित, &quot;%3&quot; मिला</translation>
    </message>
    <message>
        <source>end of text</source>
        <translation>टेक्स्ट का अंत</translation>
    </message>
    <message>
        <source>column %1: expected a number after &quot;%2 %3&quot;</source>
        <translation>कॉलम %1: &quot;%2 %3&quot; के बाद संख्या अपेक्षित</translation>
    </message>
    <message>
        <source>column %1: &quot;%2&quot; is not a number</source>
        <translation>कॉलम %1: &quot;%2&quot; संख्या नहीं है</translation>
    </message>
    <message>
        <source>column %1: a threshold names one stage, not two</source>
        <translation>कॉलम %1: सीमा एक स्टेज का नाम लेती है, दो का नहीं</translation>
    </message>
    <message>
        <source>column %1: &quot;%2&quot; is not a stage name (letters, digits, _ . -)</source>
        <translation>कॉलम %1: &quot;%2&quot; स्टेज का नाम नहीं है (अक्षर, अंक, _ . -)</translation>
    </message>
    <message>
        <source>column %1: expected &quot;@STAGE&quot; or &quot;abort_on_fail&quot; after the number, found &quot;%2&quot;</source>
        <translation>कॉलम %1: संख्या के बाद &quot;@STAGE&quot; या &quot;abort_on_fail&quot; अपेक्षित, &quot;%2&quot; मिला</translation>
    </message>
    <message>
        <source>%1 has no value per stage (per stage: %2)</source>
        <translation>%1 का प्रति स्टेज कोई मान नहीं है (प्रति स्टेज: %2)</translation>
    </message>
    <message>
        <source>not applicable: %1</source>
        <translation>लागू नहीं: %1</translation>
    </message>
    <message>
        <source>%1 was not measured in this run</source>
        <translation>इस रन में %1 नहीं मापा गया</translation>
    </message>
    <message>
        <source>%1 was not measured in stage %2</source>
        <translation>स्टेज %2 में %1 नहीं मापा गया</translation>
    </message>
</context>
<context>
    <name>Dms::ToastArea</name>
    <message>
        <source>Click to dismiss</source>
        <translation>हटाने के लिए क्लिक करें</translation>
    </message>
</context>
<context>
    <name>Dms::TruthFetch</name>
    <message>
        <source>%1: the user&apos;s session is gone</source>
        <translation>%1: उपयोगकर्ता का सत्र समाप्त हो चुका है</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Dms::VirtualUser</name>
    <message>
        <source>fetch in flight</source>
        <translation>फ़ेच जारी है</translation>
    </message>
    <message>
        <source>fetch waiting</source>
        <translation>फ़ेच प्रतीक्षा में</translation>
    </message>
    <message>
        <source>a follow-up queued</source>
        <translation>एक अगला फ़ेच कतार में</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) (the last: %1)</source>
        <translation>
            <numerusform>%n विफलता (अंतिम: %1)</numerusform>
            <numerusform>%n विफलताएँ (अंतिम: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row fetch(es) pending</source>
        <translation>
            <numerusform>%n पंक्ति फ़ेच बाकी</numerusform>
            <numerusform>%n पंक्ति फ़ेच बाकी</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::Xlsx</name>
    <message>
        <source>The spreadsheet could not be written: %1</source>
        <translation>स्प्रेडशीट लिखी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>%1 rows do not fit in a spreadsheet (at most %2)</source>
        <translation>%1 पंक्तियाँ एक स्प्रेडशीट में नहीं समातीं (अधिकतम %2)</translation>
    </message>
    <message>
        <source>This build of the console exports CSV only (built without libxlsxwriter)</source>
        <translation>कंसोल का यह बिल्ड केवल CSV निर्यात करता है (libxlsxwriter के बिना बनाया गया)</translation>
    </message>
</context>
<context>
    <name>HealthHistory</name>
    <message>
        <source>%1 is too large for a health history (%2 bytes).</source>
        <translation>स्वास्थ्य इतिहास के लिए %1 बहुत बड़ी फ़ाइल है (%2 बाइट)।</translation>
    </message>
    <message>
        <source>%1 is not a health history.</source>
        <translation>%1 स्वास्थ्य इतिहास नहीं है।</translation>
    </message>
</context>
</TS>
