<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="26"/>
        <source>PySide6 and Qt</source>
        <translation>PySide6 اور Qt</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="31"/>
        <source>Noto fonts</source>
        <translation>Noto فونٹس</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="37"/>
        <source>Hunspell dictionaries for English, Arabic and Greek</source>
        <translation>انگریزی، عربی اور یونانی کے لیے Hunspell لغات</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="43"/>
        <source>VADER sentiment lexicon</source>
        <translation>VADER جذبات کی لغت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="48"/>
        <source>fastText language identification (lite model)</source>
        <translation>fastText زبان کی شناخت (ہلکا ماڈل)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="86"/>
        <source>About %1</source>
        <translation>%1 کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="88"/>
        <source>Every review and mention of your business in one inbox, answered calmly.</source>
        <translation>آپ کے کاروبار کا ہر ریویو اور ذکر ایک ان باکس میں، پُرسکون جواب کے ساتھ۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="91"/>
        <source>Licence: %1. You may share and change it under the same terms.</source>
        <translation>لائسنس: %1۔ آپ اسے انہی شرائط پر بانٹ اور بدل سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>CharCount</name>
    <message>
        <location filename="../../repman/ui/char_count.py" line="15"/>
        <source>characters</source>
        <translation>حروف</translation>
    </message>
    <message>
        <location filename="../../repman/ui/char_count.py" line="16"/>
        <source>bytes</source>
        <translation>بائٹس</translation>
    </message>
    <message>
        <location filename="../../repman/ui/char_count.py" line="32"/>
        <source>This site sets no length limit for replies</source>
        <translation>یہ سائٹ جوابات کی لمبائی پر کوئی حد نہیں لگاتی</translation>
    </message>
    <message>
        <location filename="../../repman/ui/char_count.py" line="35"/>
        <source>The site accepts replies of at most {size} {unit}</source>
        <translation>یہ سائٹ زیادہ سے زیادہ {size} {unit} کے جواب قبول کرتی ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/char_count.py" line="43"/>
        <source>{count} characters</source>
        <translation>{count} حروف</translation>
    </message>
</context>
<context>
    <name>ComposeTasks</name>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="55"/>
        <source>the site</source>
        <translation>سائٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="67"/>
        <source>Imported items have no site connection: copy the reply to the site.</source>
        <translation>درآمد شدہ آئٹمز کا کسی سائٹ سے رابطہ نہیں: جواب کاپی کر کے سائٹ پر لگائیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="75"/>
        <source>{site} has no way to reply from another app: copy the reply to the site.</source>
        <translation>{site} پر کسی دوسری ایپ سے جواب نہیں دیا جا سکتا: جواب کاپی کر کے سائٹ پر لگائیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="86"/>
        <source>Replies cannot be posted from here yet ({reason}): copy the reply to the site.</source>
        <translation>ابھی یہاں سے جواب شائع نہیں ہو سکتے ({reason}): جواب کاپی کر کے سائٹ پر لگائیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="91"/>
        <source>{site} takes replies with a user sign-in; add it under Sources to post from here. For now, copy the reply to the site.</source>
        <translation>{site} پر جواب کے لیے صارف کا سائن اِن درکار ہے؛ یہاں سے شائع کرنے کے لیے اسے ذرائع میں شامل کریں۔ فی الحال جواب کاپی کر کے سائٹ پر لگائیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="230"/>
        <source>My {category} reply</source>
        <translation>میرا {category} جواب</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../repman/ui/composer.py" line="58"/>
        <source>Save as template</source>
        <translation>سانچے کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="59"/>
        <source>Name of the template:</source>
        <translation>سانچے کا نام:</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="210"/>
        <source>Reply</source>
        <translation>جواب</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="183"/>
        <source>Write the reply, or pick a suggestion above (Alt+1).</source>
        <translation>جواب لکھیں، یا اوپر سے کوئی تجویز چنیں (Alt+1)۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="190"/>
        <source>Save as template…</source>
        <translation>سانچہ محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="191"/>
        <source>Copy and open site</source>
        <translation>کاپی کریں اور سائٹ کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="192"/>
        <source>Mark answered</source>
        <translation>جواب شدہ نشان زد کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="216"/>
        <source>Post</source>
        <translation>شائع کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="198"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="194"/>
        <source>You pasted the reply on the site: record it (Ctrl+Enter)</source>
        <translation>آپ نے جواب سائٹ پر لگا دیا: اسے درج کریں (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="197"/>
        <source>Post the reply on the site (Ctrl+Enter)</source>
        <translation>جواب سائٹ پر شائع کریں (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="186"/>
        <source>Suggested replies (Alt+1 … Alt+5)</source>
        <translation>تجویز کردہ جوابات (Alt+1 … Alt+5)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="186"/>
        <source>Your reply</source>
        <translation>آپ کا جواب</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="187"/>
        <source>Tone check</source>
        <translation>لہجے کی جانچ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="199"/>
        <source>Send</source>
        <translation>بھیجیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="201"/>
        <source>Suggestion {number}</source>
        <translation>تجویز {number}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="227"/>
        <source>Still posting the last reply; try again in a moment</source>
        <translation>پچھلا جواب ابھی شائع ہو رہا ہے؛ تھوڑی دیر بعد کوشش کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="210"/>
        <source>Reply to {name}</source>
        <translation>{name} کو جواب</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="261"/>
        <source>Draft restored: it was saved as you wrote it.</source>
        <translation>مسودہ بحال ہو گیا: یہ لکھتے وقت ساتھ ساتھ محفوظ ہوتا رہا۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="276"/>
        <source>No suggestions</source>
        <translation>کوئی تجویز نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="216"/>
        <source>Post to {site}</source>
        <translation>{site} پر شائع کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="342"/>
        <location filename="../../repman/ui/composer.py" line="380"/>
        <location filename="../../repman/ui/composer.py" line="389"/>
        <source>Write a reply first.</source>
        <translation>پہلے جواب لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="351"/>
        <location filename="../../repman/ui/composer.py" line="382"/>
        <source>the site</source>
        <translation>سائٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="352"/>
        <source>Posting to {site}…</source>
        <translation>{site} پر شائع ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="366"/>
        <source>a follow-up is due {time}</source>
        <translation>فالو اَپ کی تاریخ {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="401"/>
        <source>Saved as the template “{name}”.</source>
        <translation>سانچہ “{name}” کے نام سے محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="49"/>
        <source>Something went wrong inside Repman ({kind}). Your inbox is safe and the app keeps running; if something looks wrong, close and reopen it. To help us fix it, send the report below: passwords and tokens are removed from it.</source>
        <translation>Repman کے اندر کچھ غلط ہو گیا ({kind})۔ آپ کا ان باکس محفوظ ہے اور ایپ چل رہی ہے؛ اگر کچھ ٹھیک نہ لگے تو اسے بند کر کے دوبارہ کھولیں۔ درستی میں ہماری مدد کے لیے نیچے دی گئی رپورٹ بھیجیں: اس میں سے پاس ورڈ اور ٹوکن نکال دیے گئے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="112"/>
        <source>Repman — something went wrong</source>
        <translation>Repman — کچھ غلط ہو گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="113"/>
        <source>Copy report</source>
        <translation>رپورٹ کاپی کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="114"/>
        <source>Open log folder</source>
        <translation>لاگ فولڈر کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="115"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="133"/>
        <source>Copied</source>
        <translation>کاپی ہو گیا</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="44"/>
        <source>Response rate</source>
        <translation>جواب کی شرح</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="45"/>
        <source>Criticism answered</source>
        <translation>جواب شدہ تنقید</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="46"/>
        <source>Median first response</source>
        <translation>پہلے جواب کا اوسط وقت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="47"/>
        <source>Average rating</source>
        <translation>اوسط ریٹنگ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="48"/>
        <source>Open criticism now</source>
        <translation>اس وقت کھلی تنقید</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="78"/>
        <source>Response rate by week</source>
        <translation>ہفتہ وار جواب کی شرح</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="81"/>
        <location filename="../../repman/ui/dashboard.py" line="130"/>
        <source>All items</source>
        <translation>تمام آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="83"/>
        <location filename="../../repman/ui/dashboard.py" line="134"/>
        <source>Criticism</source>
        <translation>تنقید</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="94"/>
        <source>Median time to first response by week</source>
        <translation>ہفتہ وار پہلے جواب کا اوسط وقت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="96"/>
        <location filename="../../repman/ui/dashboard.py" line="149"/>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="103"/>
        <source>Average rating by week</source>
        <translation>ہفتہ وار اوسط ریٹنگ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="105"/>
        <source>Stars</source>
        <translation>ستارے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="112"/>
        <source>Unanswered criticism at each week&apos;s end</source>
        <translation>ہر ہفتے کے آخر میں بغیر جواب تنقید</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="116"/>
        <source>Open criticism</source>
        <translation>کھلی تنقید</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="126"/>
        <source>Response rate by site</source>
        <translation>سائٹ وار جواب کی شرح</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="145"/>
        <source>Median time to first response by site</source>
        <translation>سائٹ وار پہلے جواب کا اوسط وقت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="159"/>
        <source>Top complaint categories</source>
        <translation>شکایات کی سرفہرست اقسام</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="163"/>
        <source>Criticism items</source>
        <translation>تنقیدی آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="167"/>
        <location filename="../../repman/ui/dashboard.py" line="179"/>
        <source>No criticism with a category in this period</source>
        <translation>اس مدت میں کسی زمرے والی تنقید نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="176"/>
        <source>Complaint categories by week</source>
        <translation>ہفتہ وار شکایات کی اقسام</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="265"/>
        <source>Last {count} weeks</source>
        <translation>پچھلے {count} ہفتے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="266"/>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="307"/>
        <source>Computing…</source>
        <translation>حساب ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="335"/>
        <source>Could not compute the dashboard</source>
        <translation>ڈیش بورڈ کا حساب نہیں ہو سکا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="345"/>
        <source>{count} items written since {date} · updated {time}</source>
        <translation>{date} سے اب تک {count} آئٹمز · تازہ کاری {time}</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="40"/>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="59"/>
        <source>Export diagnostics</source>
        <translation>تشخیصی معلومات برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="61"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip آرکائیو (*.zip)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="72"/>
        <source>The diagnostics could not be saved: {reason}</source>
        <translation>تشخیصی معلومات محفوظ نہیں ہو سکیں: {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="82"/>
        <source>Diagnostics saved to {path}. Attach this file to your report: it holds the log and version information, with passwords and tokens removed.</source>
        <translation>تشخیصی معلومات {path} میں محفوظ ہو گئیں۔ یہ فائل اپنی رپورٹ کے ساتھ منسلک کریں: اس میں لاگ اور ورژن کی معلومات ہیں، اور پاس ورڈ اور ٹوکن اس سے نکال دیے گئے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="89"/>
        <source>Open folder</source>
        <translation>فولڈر کھولیں</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../repman/ui/display.py" line="25"/>
        <source>New</source>
        <translation>نیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="26"/>
        <source>In progress</source>
        <translation>زیرِ کار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="27"/>
        <source>Answered</source>
        <translation>جواب دیا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="28"/>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="29"/>
        <source>Ignored</source>
        <translation>نظر انداز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="83"/>
        <source>{n} min</source>
        <translation>{n} منٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="85"/>
        <source>{n} h</source>
        <translation>{n} گھنٹے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="86"/>
        <source>{n} d</source>
        <translation>{n} دن</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../repman/ui/draft_keeper.py" line="68"/>
        <source>The draft could not be saved: {reason}</source>
        <translation>مسودہ محفوظ نہیں ہو سکا: {reason}</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <location filename="../../repman/ui/event_text.py" line="23"/>
        <source>draft reply saved</source>
        <translation>جواب کا مسودہ محفوظ ہوا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="24"/>
        <source>reply sent by hand</source>
        <translation>جواب خود بھیجا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="25"/>
        <source>reply posted</source>
        <translation>جواب شائع ہوا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="31"/>
        <source>nobody</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="42"/>
        <source>assigned: {detail}</source>
        <translation>ذمہ داری: {detail}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="45"/>
        <source>assigned: {old} → {new}</source>
        <translation>ذمہ داری: {old} ← {new}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="49"/>
        <source>(rule {rule})</source>
        <translation>(قاعدہ {rule})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="53"/>
        <source>tags: {tags}</source>
        <translation>ٹیگ: {tags}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="62"/>
        <source>category: {detail}</source>
        <translation>زمرہ: {detail}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="73"/>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="66"/>
        <source>category: {old} → {new}</source>
        <translation>زمرہ: {old} ← {new}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="80"/>
        <source>{old} → {new}</source>
        <translation>{old} ← {new}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="83"/>
        <source>a draft was written</source>
        <translation>مسودہ لکھا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="105"/>
        <source>follow-up due {due}: {note}</source>
        <translation>فالو اپ {due} تک: {note}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="109"/>
        <source>follow-up done</source>
        <translation>فالو اپ مکمل</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="43"/>
        <source>This week</source>
        <translation>یہ ہفتہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="44"/>
        <source>Last week</source>
        <translation>پچھلا ہفتہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="45"/>
        <source>This month</source>
        <translation>یہ مہینہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="46"/>
        <source>Custom dates</source>
        <translation>اپنی مرضی کی تاریخیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="50"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (اسپریڈشیٹ)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="51"/>
        <source>Excel workbook</source>
        <translation>Excel ورک بُک</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="52"/>
        <source>PDF report</source>
        <translation>PDF رپورٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="84"/>
        <source>Export to</source>
        <translation>کہاں برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="188"/>
        <location filename="../../repman/ui/export_dialog.py" line="200"/>
        <source>Export</source>
        <translation>برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="193"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="194"/>
        <source>Choose where to save…</source>
        <translation>محفوظ کرنے کی جگہ منتخب کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="195"/>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="197"/>
        <source>Period</source>
        <translation>عرصہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="197"/>
        <source>Dates</source>
        <translation>تاریخیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="197"/>
        <source>Format</source>
        <translation>فارمیٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="197"/>
        <source>Save to</source>
        <translation>محفوظ کرنے کی جگہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="201"/>
        <source>Open folder</source>
        <translation>فولڈر کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="263"/>
        <source>Writing {file}…</source>
        <translation>{file} لکھی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="289"/>
        <source>Wrote 1 item to {path}</source>
        <translation>1 آئٹم {path} میں لکھا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="291"/>
        <source>Wrote {count} items to {path}</source>
        <translation>{count} آئٹمز {path} میں لکھے گئے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="301"/>
        <source>Export failed: {reason}</source>
        <translation>برآمد ناکام ہو گئی: {reason}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="42"/>
        <source>All</source>
        <translation>سب</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="43"/>
        <source>Open</source>
        <translation>کھلے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="44"/>
        <source>New</source>
        <translation>نیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="45"/>
        <source>In progress</source>
        <translation>زیرِ کار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="46"/>
        <source>Answered</source>
        <translation>جواب دیا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="47"/>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="48"/>
        <source>Ignored</source>
        <translation>نظر انداز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="61"/>
        <source>All time</source>
        <translation>تمام عرصہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="62"/>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="63"/>
        <source>Last 7 days</source>
        <translation>پچھلے 7 دن</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="64"/>
        <source>Last 30 days</source>
        <translation>پچھلے 30 دن</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="131"/>
        <source>Clear: {filter}</source>
        <translation>صاف کریں: {filter}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="246"/>
        <source>Search reviews and authors (Ctrl+F)</source>
        <translation>ریویوز اور لکھنے والوں میں تلاش (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="249"/>
        <source>Items of every status</source>
        <translation>ہر حالت کے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="251"/>
        <source>Items that are: {statuses}</source>
        <translation>ان حالتوں کے آئٹمز: {statuses}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="255"/>
        <source>Criticism only</source>
        <translation>صرف تنقید</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="256"/>
        <source>Overdue follow-ups</source>
        <translation>تاخیر شدہ فالو اَپ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="257"/>
        <source>Items with a promised follow-up past its due time</source>
        <translation>وہ آئٹمز جن کا وعدہ شدہ فالو اَپ وقت سے گزر گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="258"/>
        <source>Any site</source>
        <translation>کوئی بھی سائٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="258"/>
        <source>Only items from this site</source>
        <translation>صرف اس سائٹ کے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="259"/>
        <source>Any rating</source>
        <translation>کوئی بھی ریٹنگ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="259"/>
        <source>Only items with these stars</source>
        <translation>صرف ان ستاروں والے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="260"/>
        <source>Any language</source>
        <translation>کوئی بھی زبان</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="260"/>
        <source>Only items in this language</source>
        <translation>صرف اس زبان کے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="262"/>
        <source>Any category</source>
        <translation>کوئی بھی زمرہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="262"/>
        <source>Only items of this kind of complaint</source>
        <translation>صرف اس قسم کی شکایت کے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="264"/>
        <source>Anyone</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="264"/>
        <source>Only items assigned to this person</source>
        <translation>صرف اس شخص کو سونپے گئے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="265"/>
        <source>Only items written in this period</source>
        <translation>صرف اس مدت میں لکھے گئے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="269"/>
        <source>Clear filters</source>
        <translation>فلٹر صاف کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="270"/>
        <source>Back to all open items (Ctrl+Shift+L)</source>
        <translation>تمام کھلے آئٹمز پر واپس (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="290"/>
        <source>Unassigned</source>
        <translation>غیر سونپے گئے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="291"/>
        <source>Me ({name})</source>
        <translation>میں ({name})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="292"/>
        <source>Me</source>
        <translation>میں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="340"/>
        <source>Site {ids}</source>
        <translation>سائٹ {ids}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="375"/>
        <source>{status} ({count})</source>
        <translation>{status} ({count})</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../repman/ui/findings_list.py" line="65"/>
        <source>looks calm</source>
        <translation>پُرسکون لگتا ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/findings_list.py" line="67"/>
        <source>1 thing to look at</source>
        <translation>ایک بات دیکھنے کی ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/findings_list.py" line="68"/>
        <source>{count} things to look at</source>
        <translation>{count} باتیں دیکھنے کی ہیں</translation>
    </message>
</context>
<context>
    <name>FollowupBar</name>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="84"/>
        <source>Change date</source>
        <translation>تاریخ بدلیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="85"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="86"/>
        <source>No follow-up</source>
        <translation>کوئی فالو اَپ نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="87"/>
        <source>The reply only sounds like a promise: create no follow-up</source>
        <translation>جواب صرف وعدے جیسا لگتا ہے: فالو اَپ نہ بنائیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="89"/>
        <source>What was promised, for whoever keeps the promise</source>
        <translation>کیا وعدہ کیا گیا، وعدہ نبھانے والے کے لیے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="124"/>
        <source>Follow up on the promise made in the reply</source>
        <translation>جواب میں کیے گئے وعدے کا فالو اَپ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="155"/>
        <source>This reply promises something, but no follow-up will be created.</source>
        <translation>اس جواب میں وعدہ ہے، لیکن کوئی فالو اَپ نہیں بنے گا۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="160"/>
        <source>This reply promises something: a follow-up will be due on {time}.</source>
        <translation>اس جواب میں وعدہ ہے: فالو اَپ کی تاریخ {time} ہوگی۔</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="54"/>
        <source>Site</source>
        <translation>سائٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="55"/>
        <source>Author</source>
        <translation>لکھنے والا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="56"/>
        <source>Rating</source>
        <translation>ریٹنگ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="57"/>
        <source>Excerpt</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="58"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="59"/>
        <source>Age</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="60"/>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="61"/>
        <source>Assignee</source>
        <translation>ذمہ دار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="62"/>
        <source>Priority</source>
        <translation>ترجیح</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="66"/>
        <source>Site: where the item was written</source>
        <translation>سائٹ: جہاں یہ آئٹم لکھا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="67"/>
        <source>Author: who wrote it</source>
        <translation>لکھنے والا: جس نے اسے لکھا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="68"/>
        <source>Rating: the stars given, where the site has them</source>
        <translation>ریٹنگ: دیے گئے ستارے، جہاں سائٹ پر ستارے ہوں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="71"/>
        <source>Excerpt: the start of the text</source>
        <translation>اقتباس: متن کا آغاز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="72"/>
        <source>Language: the language of the text</source>
        <translation>زبان: متن کی زبان</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="73"/>
        <source>Age: how long ago it was written; overdue once past its response target</source>
        <translation>مدت: یہ کتنی دیر پہلے لکھا گیا؛ جواب کا ہدف گزر جائے تو تاخیر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="76"/>
        <source>Status: new, in progress, answered, closed or ignored</source>
        <translation>حالت: نیا، زیرِ کار، جواب دیا گیا، بند یا نظر انداز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="79"/>
        <source>Assignee: who answers it</source>
        <translation>ذمہ دار: جو اس کا جواب دے گا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="80"/>
        <source>Priority: higher comes first; open criticism and late items climb</source>
        <translation>ترجیح: زیادہ ترجیح والے پہلے؛ کھلی تنقید اور تاخیر والے آئٹمز اوپر آتے ہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="376"/>
        <source>{age} · overdue</source>
        <translation>{age} · تاخیر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="385"/>
        <source>Overdue: the response target for criticism is {hours} h</source>
        <translation>تاخیر: تنقید کے جواب کا ہدف {hours} گھنٹے ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="387"/>
        <source>Overdue: the response target for this item is {hours} h</source>
        <translation>تاخیر: اس آئٹم کے جواب کا ہدف {hours} گھنٹے ہے</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../repman/ui/inbox_view.py" line="27"/>
        <source>30 min · overdue</source>
        <translation>30 منٹ · تاخیر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_view.py" line="28"/>
        <source>In progress</source>
        <translation>زیرِ کار</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../../repman/ui/item_view.py" line="55"/>
        <source>In progress</source>
        <translation>زیرِ کار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="57"/>
        <source>Someone is on it</source>
        <translation>کوئی اس پر کام کر رہا ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="60"/>
        <source>Answered</source>
        <translation>جواب دیا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="62"/>
        <source>A reply was posted or sent (A)</source>
        <translation>جواب شائع یا بھیجا جا چکا (A)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="65"/>
        <source>Ignore…</source>
        <translation>نظر انداز کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="67"/>
        <source>No reply needed; asks for a reason (I)</source>
        <translation>جواب کی ضرورت نہیں؛ وجہ پوچھی جائے گی (I)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="70"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="72"/>
        <source>Nothing more to do</source>
        <translation>مزید کچھ نہیں کرنا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="75"/>
        <source>Reopen</source>
        <translation>دوبارہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="77"/>
        <source>Back to new (R)</source>
        <translation>واپس نیا (R)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="92"/>
        <source>Draft</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="93"/>
        <source>Sent by hand</source>
        <translation>ہاتھ سے بھیجا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="94"/>
        <source>Posted</source>
        <translation>شائع شدہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="112"/>
        <source>Ignore item</source>
        <translation>آئٹم نظر انداز کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="113"/>
        <source>Why does this item need no reply? (kept in its history)</source>
        <translation>اس آئٹم کو جواب کی ضرورت کیوں نہیں؟ (اس کی تاریخچے میں محفوظ رہے گا)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="267"/>
        <source>Select an item to read it.</source>
        <translation>پڑھنے کے لیے کوئی آئٹم منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="82"/>
        <source>Site</source>
        <translation>سائٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="83"/>
        <source>Author</source>
        <translation>لکھنے والا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="84"/>
        <source>Rating</source>
        <translation>ریٹنگ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="85"/>
        <source>Written</source>
        <translation>لکھا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="86"/>
        <source>Edited</source>
        <translation>ترمیم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="87"/>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="88"/>
        <source>Assignee</source>
        <translation>ذمہ دار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="89"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="270"/>
        <source>Open on site</source>
        <translation>سائٹ پر کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="271"/>
        <source>Follow-ups</source>
        <translation>فالو اَپ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="273"/>
        <source>The same author&apos;s items on every site; click one to open it</source>
        <translation>اسی لکھنے والے کے تمام سائٹس پر آئٹمز؛ کھولنے کے لیے کسی پر کلک کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="275"/>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="314"/>
        <location filename="../../repman/ui/item_view.py" line="354"/>
        <source>No item selected</source>
        <translation>کوئی آئٹم منتخب نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="320"/>
        <source>Ignoring an item needs a reason</source>
        <translation>آئٹم نظر انداز کرنے کے لیے وجہ درکار ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="329"/>
        <source>Marked {status}</source>
        <translation>نشان زد: {status}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="330"/>
        <source>Already {status}</source>
        <translation>پہلے سے: {status}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="338"/>
        <source>Assigned to you</source>
        <translation>آپ کو سونپ دیا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="338"/>
        <source>Already assigned to you</source>
        <translation>پہلے سے آپ کو سونپا گیا ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="346"/>
        <source>Follow-up done</source>
        <translation>فالو اَپ مکمل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="370"/>
        <source>This item has no web address to open</source>
        <translation>اس آئٹم کا کھولنے کے لیے کوئی ویب پتہ نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="406"/>
        <location filename="../../repman/ui/item_view.py" line="452"/>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="425"/>
        <source>{time} ({age} ago)</source>
        <translation>{time} ({age} پہلے)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="431"/>
        <source>criticism</source>
        <translation>تنقید</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="438"/>
        <source>overdue (target {hours} h)</source>
        <translation>تاخیر (ہدف {hours} گھنٹے)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="443"/>
        <source>Replies ({count})</source>
        <translation>جوابات ({count})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="445"/>
        <source>No replies yet</source>
        <translation>ابھی کوئی جواب نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="457"/>
        <source>{state} by {name} · {time}</source>
        <translation>{state} از {name} · {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="474"/>
        <source>Due {time}: {note}</source>
        <translation>مقررہ وقت {time}: {note}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="477"/>
        <source>done {time}</source>
        <translation>مکمل {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="481"/>
        <source>overdue</source>
        <translation>تاخیر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="485"/>
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="486"/>
        <source>The promise was kept: mark this follow-up done</source>
        <translation>وعدہ پورا ہوا: اس فالو اَپ کو مکمل نشان زد کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="506"/>
        <source>Other items by this author ({count})</source>
        <translation>اسی لکھنے والے کے دوسرے آئٹمز ({count})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="530"/>
        <source>Nothing has happened to this item yet.</source>
        <translation>اس آئٹم کے ساتھ ابھی کچھ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../repman/ui/main_window.py" line="68"/>
        <source>This is the demo inbox. Add a source to see your own reviews.</source>
        <translation>یہ نمونے کا ان باکس ہے۔ اپنے ریویوز دیکھنے کے لیے کوئی ذریعہ شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="74"/>
        <source>The reply composer is on its way; for now reply on the site, then press A</source>
        <translation>جواب لکھنے کا خانہ جلد آ رہا ہے؛ فی الحال سائٹ پر جواب دیں، پھر A دبائیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="48"/>
        <source>&amp;View</source>
        <translation>&amp;منظر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="49"/>
        <source>&amp;Item</source>
        <translation>&amp;آئٹم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="72"/>
        <source>Item</source>
        <translation>آئٹم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="73"/>
        <source>Reply (in the list)</source>
        <translation>جواب (فہرست میں)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="74"/>
        <source>Enter, double-click</source>
        <translation>Enter، ڈبل کلک</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="224"/>
        <source>Repman — demo inbox</source>
        <translation>Repman — نمونے کا ان باکس</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="226"/>
        <location filename="../../repman/ui/window_menus.py" line="42"/>
        <source>Inbox</source>
        <translation>ان باکس</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="251"/>
        <location filename="../../repman/ui/window_menus.py" line="43"/>
        <source>Dashboard</source>
        <translation>ڈیش بورڈ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="31"/>
        <source>Next item</source>
        <translation>اگلا آئٹم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="32"/>
        <source>Previous item</source>
        <translation>پچھلا آئٹم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="33"/>
        <source>Reply…</source>
        <translation>جواب…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="34"/>
        <source>Mark answered</source>
        <translation>جواب شدہ نشان زد کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="35"/>
        <source>Ignore…</source>
        <translation>نظر انداز کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="36"/>
        <source>Reopen</source>
        <translation>دوبارہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="37"/>
        <source>Assign to me</source>
        <translation>مجھے سونپیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="38"/>
        <source>Open on site</source>
        <translation>سائٹ پر کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="39"/>
        <source>Search</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="40"/>
        <source>Clear filters</source>
        <translation>فلٹر صاف کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="41"/>
        <source>Save view…</source>
        <translation>منظر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="305"/>
        <location filename="../../repman/ui/main_window.py" line="335"/>
        <source>No item selected</source>
        <translation>کوئی آئٹم منتخب نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="317"/>
        <source>That item is not in this view; it is shown on its own</source>
        <translation>یہ آئٹم اس منظر میں نہیں؛ اسے الگ دکھایا گیا ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="141"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="371"/>
        <source>1 item</source>
        <translation>1 آئٹم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="371"/>
        <source>{count} items</source>
        <translation>{count} آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="82"/>
        <source>Sync</source>
        <translation>ہم وقت سازی</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="196"/>
        <source>Export diagnostics…</source>
        <translation>تشخیصی معلومات برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="50"/>
        <source>&amp;Sync</source>
        <translation>&amp;ہم وقت سازی</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="83"/>
        <source>Sync now</source>
        <translation>ابھی ہم وقت کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="84"/>
        <source>Sources…</source>
        <translation>ذرائع…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="86"/>
        <source>Sync progress</source>
        <translation>ہم وقت سازی کی پیش رفت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="93"/>
        <source>A sync is already running.</source>
        <translation>ہم وقت سازی پہلے سے جاری ہے۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="51"/>
        <source>&amp;Tools</source>
        <translation>&amp;اوزار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="179"/>
        <source>Settings…</source>
        <translation>ترتیبات…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="168"/>
        <source>Export…</source>
        <translation>برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="52"/>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="110"/>
        <source>About %1…</source>
        <translation>%1 کے بارے میں…</translation>
    </message>
</context>
<context>
    <name>QuotedItem</name>
    <message>
        <location filename="../../repman/ui/quoted_item.py" line="52"/>
        <source>someone</source>
        <translation>کوئی</translation>
    </message>
    <message>
        <location filename="../../repman/ui/quoted_item.py" line="57"/>
        <source>{name} on {site}</source>
        <translation>{name} بر {site}</translation>
    </message>
</context>
<context>
    <name>ReplySender</name>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="53"/>
        <source>Posted to {site}</source>
        <translation>{site} پر شائع ہو گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="65"/>
        <source>Not posted: {reason}. Nothing was recorded; the reply is kept as a draft.</source>
        <translation>شائع نہیں ہوا: {reason}۔ کچھ درج نہیں ہوا؛ جواب مسودے کے طور پر محفوظ ہے۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="87"/>
        <source>Marked answered</source>
        <translation>جواب شدہ نشان زد ہو گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="96"/>
        <source>Copied. This item has no web address: paste it on {site} yourself.</source>
        <translation>کاپی ہو گیا۔ اس آئٹم کا ویب پتہ نہیں: اسے خود {site} پر لگائیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="99"/>
        <source>Copied. Paste it on {site}, then press Mark answered.</source>
        <translation>کاپی ہو گیا۔ اسے {site} پر لگائیں، پھر ’جواب شدہ نشان زد کریں‘ دبائیں۔</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="45"/>
        <source>All open</source>
        <translation>تمام کھلے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="47"/>
        <source>New and in-progress items</source>
        <translation>نئے اور زیرِ کار آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="50"/>
        <source>Unanswered criticism</source>
        <translation>بغیر جواب تنقید</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="52"/>
        <source>Open criticism: the reviews that hurt most while they wait</source>
        <translation>کھلی تنقید: وہ ریویوز جو انتظار میں سب سے زیادہ نقصان دیتے ہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="57"/>
        <source>My items</source>
        <translation>میرے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="59"/>
        <source>Everything assigned to you</source>
        <translation>جو کچھ آپ کو سونپا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="62"/>
        <source>Overdue follow-ups</source>
        <translation>تاخیر شدہ فالو اَپ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="64"/>
        <source>Promised call-backs and refunds past their due time, whatever the item&apos;s status</source>
        <translation>وعدہ شدہ کال بیک اور رقم واپسی جن کا وقت گزر گیا، آئٹم کی حالت جو بھی ہو</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="86"/>
        <source>Saved view</source>
        <translation>محفوظ منظر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="205"/>
        <source>Views</source>
        <translation>مناظر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="206"/>
        <source>Save view…</source>
        <translation>منظر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="207"/>
        <source>Keep the current filters under a name</source>
        <translation>موجودہ فلٹرز کو ایک نام سے محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="208"/>
        <source>Rename…</source>
        <translation>نام بدلیں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="209"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="238"/>
        <source>The saved view “{name}” cannot be read ({reason})</source>
        <translation>محفوظ منظر “{name}” پڑھا نہیں جا سکا ({reason})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="272"/>
        <source>Name of this view:</source>
        <translation>اس منظر کا نام:</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="277"/>
        <source>“{name}” is a built-in view; choose another name</source>
        <translation>“{name}” پہلے سے موجود منظر ہے؛ کوئی اور نام چنیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="285"/>
        <source>Updated view “{name}”</source>
        <translation>منظر “{name}” تازہ کر دیا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="288"/>
        <source>Saved view “{name}”</source>
        <translation>منظر “{name}” محفوظ ہو گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="295"/>
        <source>Select one of your views to rename it</source>
        <translation>نام بدلنے کے لیے اپنا کوئی منظر منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="297"/>
        <source>New name:</source>
        <translation>نیا نام:</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="301"/>
        <source>A view named “{name}” exists already</source>
        <translation>“{name}” نام کا منظر پہلے سے موجود ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="305"/>
        <source>Renamed “{old}” to “{new}”</source>
        <translation>“{old}” کا نام بدل کر “{new}” کر دیا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="310"/>
        <source>Select one of your views to delete it</source>
        <translation>حذف کرنے کے لیے اپنا کوئی منظر منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="314"/>
        <source>Deleted view “{name}”</source>
        <translation>منظر “{name}” حذف ہو گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="322"/>
        <source>Cannot save views to {path}: {reason}</source>
        <translation>مناظر {path} میں محفوظ نہیں ہو سکے: {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="334"/>
        <source>Your views</source>
        <translation>آپ کے مناظر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="334"/>
        <source>Your views: none yet</source>
        <translation>آپ کے مناظر: ابھی کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="342"/>
        <source>Your saved view</source>
        <translation>آپ کا محفوظ منظر</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="32"/>
        <source>Business name</source>
        <translation>کاروبار کا نام</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="33"/>
        <source>e.g. Cedar &amp; Olive</source>
        <translation>مثلاً Cedar &amp; Olive</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="37"/>
        <source>Signature</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="38"/>
        <source>e.g. Maya, owner</source>
        <translation>مثلاً مایا، مالک</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="42"/>
        <source>Contact line</source>
        <translation>رابطے کی سطر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="43"/>
        <source>e.g. hello@cedarolive.example or 020 7946 0000</source>
        <translation>مثلاً hello@cedarolive.example یا 020 7946 0000</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="48"/>
        <source>Answer criticism within</source>
        <translation>تنقید کا جواب اتنی دیر میں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="49"/>
        <location filename="../../repman/ui/settings_dialog.py" line="51"/>
        <source> h</source>
        <translation> گھنٹے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="50"/>
        <source>Answer the rest within</source>
        <translation>باقی کا جواب اتنی دیر میں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="52"/>
        <source>A promise is due after</source>
        <translation>وعدے کی مدت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="53"/>
        <source> days</source>
        <translation> دن</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="105"/>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="106"/>
        <source>Off</source>
        <translation>بند</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="108"/>
        <source>Sync every source this often while Repman is open; 0 is off</source>
        <translation>Repman کھلا رہے تو ہر ذریعے کو اتنے وقفے سے ہم وقت کریں؛ 0 کا مطلب بند</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="112"/>
        <source>Sync automatically every</source>
        <translation>خودکار ہم وقت سازی ہر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="119"/>
        <source>The words change in every open window when you save; Arabic and Urdu lay the app out from right to left</source>
        <translation>محفوظ کرتے ہی ہر کھلی ونڈو کے الفاظ بدل جاتے ہیں؛ عربی اور اردو میں ایپ دائیں سے بائیں ترتیب پاتی ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="123"/>
        <source>Language of the app</source>
        <translation>ایپ کی زبان</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="132"/>
        <source>Business name, signature and contact fill in the reply templates. Targets decide when an unanswered item counts as late.</source>
        <translation>کاروبار کا نام، دستخط اور رابطہ جواب کے سانچوں میں بھرے جاتے ہیں۔ اہداف طے کرتے ہیں کہ بغیر جواب آئٹم کب تاخیر شدہ شمار ہو۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="163"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>ترتیبات محفوظ نہیں ہو سکیں: {reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../repman/ui/shortcuts_dialog.py" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <location filename="../../repman/ui/shortcuts_dialog.py" line="70"/>
        <source>Action</source>
        <translation>عمل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/shortcuts_dialog.py" line="70"/>
        <source>Keys</source>
        <translation>کلیدیں</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="55"/>
        <source>stored — leave empty to keep it</source>
        <translation>محفوظ ہے — برقرار رکھنے کے لیے خالی چھوڑیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="56"/>
        <source>cannot be kept on this computer (no secure storage)</source>
        <translation>اس کمپیوٹر پر محفوظ نہیں ہو سکتا (محفوظ اسٹوریج نہیں)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="59"/>
        <source>Items imported from files: nothing to set up. Remove the source to delete them.</source>
        <translation>فائلوں سے درآمد شدہ آئٹمز: کچھ ترتیب نہیں دینا۔ انہیں حذف کرنے کے لیے ذریعہ ہٹا دیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="62"/>
        <source>This version of Repman cannot sync this kind of source.</source>
        <translation>Repman کا یہ ورژن اس قسم کے ذریعے کو ہم وقت نہیں کر سکتا۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="67"/>
        <location filename="../../repman/ui/sources_page.py" line="219"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="68"/>
        <location filename="../../repman/ui/sources_page.py" line="218"/>
        <source>Site</source>
        <translation>سائٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="69"/>
        <source>Items</source>
        <translation>آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="70"/>
        <source>Last sync</source>
        <translation>آخری ہم وقت سازی</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="71"/>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="82"/>
        <source>Remove source</source>
        <translation>ذریعہ ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="86"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="94"/>
        <source>1 item</source>
        <translation>1 آئٹم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="95"/>
        <source>{count} items</source>
        <translation>{count} آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="212"/>
        <source>Sources</source>
        <translation>ذرائع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="214"/>
        <source>Add source</source>
        <translation>ذریعہ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="215"/>
        <source>Remove…</source>
        <translation>ہٹائیں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="216"/>
        <source>e.g. Google — High Street</source>
        <translation>مثلاً Google — مین بازار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="217"/>
        <source>Include in sync</source>
        <translation>ہم وقت سازی میں شامل کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="220"/>
        <source>Test</source>
        <translation>جانچیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="221"/>
        <source>Ask the site with this form&apos;s values</source>
        <translation>اس فارم کی قدروں کے ساتھ سائٹ سے پوچھیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="222"/>
        <source>Connect Google account</source>
        <translation>Google اکاؤنٹ جوڑیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="223"/>
        <source>Save, then sign in with Google in your browser</source>
        <translation>محفوظ کریں، پھر اپنے براؤزر میں Google سے سائن اِن کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="224"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="255"/>
        <location filename="../../repman/ui/sources_page.py" line="337"/>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="297"/>
        <source>Wait for the sync to finish</source>
        <translation>ہم وقت سازی ختم ہونے کا انتظار کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="298"/>
        <source>Delete the source and its items</source>
        <translation>ذریعہ اور اس کے آئٹمز حذف کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="334"/>
        <source>New source</source>
        <translation>نیا ذریعہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="338"/>
        <source>Last problem: {problem}</source>
        <translation>آخری مسئلہ: {problem}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="340"/>
        <source>Last synced: {time}</source>
        <translation>آخری ہم وقت سازی: {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="369"/>
        <source>Passwords and tokens (kept in the system keyring):</source>
        <translation>پاس ورڈ اور ٹوکن (سسٹم کی کی رِنگ میں محفوظ):</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="399"/>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="419"/>
        <source>{field} (optional)</source>
        <translation>{field} (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="457"/>
        <source>Saved. Passwords and tokens are in the system keyring.</source>
        <translation>محفوظ ہو گیا۔ پاس ورڈ اور ٹوکن سسٹم کی کی رِنگ میں ہیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="459"/>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="470"/>
        <source>It has no items.</source>
        <translation>اس میں کوئی آئٹم نہیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="471"/>
        <source>This deletes its {items}, with their replies and history. This cannot be undone.</source>
        <translation>اس سے اس کے {items} اپنے جوابات اور تاریخچے سمیت حذف ہو جائیں گے۔ یہ واپس نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="474"/>
        <source>Remove the source {name}?</source>
        <translation>ذریعہ {name} ہٹائیں؟</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="484"/>
        <source>Removed {name} and {items}.</source>
        <translation>{name} اور {items} ہٹا دیے گئے۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="487"/>
        <source>Its passwords could not be deleted from the keyring: {reason}</source>
        <translation>اس کے پاس ورڈ کی رِنگ سے حذف نہیں ہو سکے: {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="498"/>
        <source>Testing…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="503"/>
        <source>Test passed — {answer}</source>
        <translation>جانچ کامیاب — {answer}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="506"/>
        <source>Test failed — {reason}</source>
        <translation>جانچ ناکام — {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="528"/>
        <source>Finish signing in in your browser; Repman waits for it (up to 5 minutes).</source>
        <translation>اپنے براؤزر میں سائن اِن مکمل کریں؛ Repman انتظار کرے گا (5 منٹ تک)۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="535"/>
        <source>Sign-in failed — {reason}</source>
        <translation>سائن اِن ناکام — {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="548"/>
        <source>Signed in: the source can now sync.</source>
        <translation>سائن اِن ہو گیا: اب یہ ذریعہ ہم وقت ہو سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <location filename="../../repman/ui/suggestion_list.py" line="41"/>
        <source>Finding suggestions…</source>
        <translation>تجاویز تلاش ہو رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/suggestion_list.py" line="53"/>
        <source>No templates in this language yet: write your own.</source>
        <translation>اس زبان میں ابھی کوئی سانچہ نہیں: اپنا جواب خود لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/suggestion_list.py" line="65"/>
        <source>too long for {site}</source>
        <translation>{site} کے لیے بہت لمبا</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="56"/>
        <source>Something went wrong inside Repman ({error}); details are in the log.</source>
        <translation>Repman کے اندر کچھ غلط ہو گیا ({error})؛ تفصیل لاگ میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="67"/>
        <source>Login expired —</source>
        <translation>لاگ اِن کی مدت ختم —</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="69"/>
        <source>The site asked us to slow down — will retry later</source>
        <translation>سائٹ نے رفتار کم کرنے کو کہا — بعد میں دوبارہ کوشش ہوگی</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="73"/>
        <source>Stopped</source>
        <translation>روک دیا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="179"/>
        <source>This inbox is not stored in a file, so it cannot be synced.</source>
        <translation>یہ ان باکس کسی فائل میں محفوظ نہیں، اس لیے ہم وقت نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="250"/>
        <source>Sync could not run: {reason}</source>
        <translation>ہم وقت سازی نہیں چل سکی: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="50"/>
        <source>Nothing to sync yet: add a source with Sync ▸ Sources… (Ctrl+,).</source>
        <translation>ابھی ہم وقت کرنے کو کچھ نہیں: ہم وقت سازی ▸ ذرائع… (Ctrl+,) سے ذریعہ شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="105"/>
        <source>Not synced yet in this session.</source>
        <translation>اس سیشن میں ابھی ہم وقت سازی نہیں ہوئی۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="161"/>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="162"/>
        <source>Off</source>
        <translation>بند</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="164"/>
        <source>Sync every few minutes while Repman is open (0 turns it off)</source>
        <translation>Repman کھلا رہے تو ہر چند منٹ بعد ہم وقت کریں (0 سے بند)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="166"/>
        <source>Sync automatically every</source>
        <translation>خودکار ہم وقت سازی ہر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="167"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="168"/>
        <source>Stop the sync; what was fetched so far is kept</source>
        <translation>ہم وقت سازی روکیں؛ اب تک جو آیا وہ محفوظ رہے گا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="175"/>
        <source>Reconnect</source>
        <translation>دوبارہ جوڑیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="176"/>
        <source>Open the source&apos;s settings to sign in again</source>
        <translation>دوبارہ سائن اِن کے لیے ذریعے کی ترتیبات کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="258"/>
        <source>Stopped</source>
        <translation>روک دیا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="260"/>
        <source>Failed</source>
        <translation>ناکام</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="260"/>
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="265"/>
        <source>%v of %m</source>
        <translation>%m میں سے %v</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="268"/>
        <source>{fetched} fetched, {new} new</source>
        <translation>{fetched} موصول، {new} نئے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="272"/>
        <source>{updated} updated</source>
        <translation>{updated} تازہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="278"/>
        <source>Up to date</source>
        <translation>تازہ ترین</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="280"/>
        <source>Fetching…</source>
        <translation>موصول ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="280"/>
        <source>Connecting…</source>
        <translation>جڑ رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="302"/>
        <source>Syncing…</source>
        <translation>ہم وقت سازی جاری ہے…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="306"/>
        <source>Stopping… (the page being fetched is finished first)</source>
        <translation>روکا جا رہا ہے… (پہلے موجودہ صفحہ مکمل ہوگا)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="326"/>
        <source>1 new item</source>
        <translation>1 نیا آئٹم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="326"/>
        <source>{count} new items</source>
        <translation>{count} نئے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="328"/>
        <source>Sync stopped at {time}: {items} kept</source>
        <translation>ہم وقت سازی {time} پر رکی: {items} محفوظ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="330"/>
        <source>Synced at {time}: {items}</source>
        <translation>{time} پر ہم وقت ہوا: {items}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="334"/>
        <source>1 source needs attention</source>
        <translation>1 ذریعے پر توجہ درکار ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="335"/>
        <source>{count} sources need attention</source>
        <translation>{count} ذرائع پر توجہ درکار ہے</translation>
    </message>
</context>
<context>
    <name>SyncTray</name>
    <message>
        <location filename="../../repman/ui/tray.py" line="21"/>
        <source>1 new complaint is waiting for an answer.</source>
        <translation>1 نئی شکایت جواب کی منتظر ہے۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tray.py" line="22"/>
        <source>{count} new complaints are waiting for an answer.</source>
        <translation>{count} نئی شکایات جواب کی منتظر ہیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tray.py" line="51"/>
        <source>Open Repman</source>
        <translation>Repman کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tray.py" line="52"/>
        <source>Sync now</source>
        <translation>ابھی ہم وقت کریں</translation>
    </message>
</context>
<context>
    <name>ToneCheck</name>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="22"/>
        <source>Defensive</source>
        <translation>دفاعی</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="23"/>
        <source>Blames the customer</source>
        <translation>گاہک کو الزام دیتا ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="24"/>
        <source>Dismissive</source>
        <translation>نظر انداز کرنے والا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="25"/>
        <source>Shouting</source>
        <translation>چلّانا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="26"/>
        <source>Promise</source>
        <translation>وعدہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="27"/>
        <source>Too long for the site</source>
        <translation>سائٹ کے لیے بہت لمبا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="28"/>
        <source>Spelling</source>
        <translation>ہجے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="29"/>
        <source>No apology</source>
        <translation>معذرت نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="30"/>
        <source>No thanks</source>
        <translation>شکریہ نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="31"/>
        <source>Copy-paste reply</source>
        <translation>رٹا رٹایا جواب</translation>
    </message>
</context>
</TS>
