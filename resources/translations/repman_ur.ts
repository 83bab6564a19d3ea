<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="28"/>
        <source>PySide6 and Qt</source>
        <translation>PySide6 اور Qt</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="33"/>
        <source>Noto fonts</source>
        <translation>Noto فونٹس</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="39"/>
        <source>Hunspell dictionaries for English, Arabic and Greek</source>
        <translation>انگریزی، عربی اور یونانی کے لیے Hunspell لغات</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="45"/>
        <source>VADER sentiment lexicon</source>
        <translation>VADER جذبات کی لغت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="50"/>
        <source>fastText language identification (lite model)</source>
        <translation>fastText زبان کی شناخت (ہلکا ماڈل)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="60"/>
        <source>About %1</source>
        <translation>%1 کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="66"/>
        <source>Every review and mention of your business in one inbox, answered calmly.</source>
        <translation>آپ کے کاروبار کا ہر ریویو اور ذکر ایک ان باکس میں، پُرسکون جواب کے ساتھ۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="72"/>
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
        <location filename="../../repman/ui/composer.py" line="57"/>
        <source>Save as template</source>
        <translation>سانچے کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="58"/>
        <source>Name of the template:</source>
        <translation>سانچے کا نام:</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="82"/>
        <source>Reply</source>
        <translation>جواب</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="117"/>
        <source>Write the reply, or pick a suggestion above (Alt+1).</source>
        <translation>جواب لکھیں، یا اوپر سے کوئی تجویز چنیں (Alt+1)۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="133"/>
        <source>Save as template…</source>
        <translation>سانچہ محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="134"/>
        <source>Copy and open site</source>
        <translation>کاپی کریں اور سائٹ کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="135"/>
        <source>Mark answered</source>
        <translation>جواب شدہ نشان زد کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="136"/>
        <location filename="../../repman/ui/composer.py" line="247"/>
        <source>Post</source>
        <translation>شائع کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="137"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="139"/>
        <source>You pasted the reply on the site: record it (Ctrl+Enter)</source>
        <translation>آپ نے جواب سائٹ پر لگا دیا: اسے درج کریں (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="141"/>
        <source>Post the reply on the site (Ctrl+Enter)</source>
        <translation>جواب سائٹ پر شائع کریں (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="152"/>
        <source>Suggested replies (Alt+1 … Alt+5)</source>
        <translation>تجویز کردہ جوابات (Alt+1 … Alt+5)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="153"/>
        <source>Your reply</source>
        <translation>آپ کا جواب</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="153"/>
        <source>Tone check</source>
        <translation>لہجے کی جانچ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="172"/>
        <source>Send</source>
        <translation>بھیجیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="178"/>
        <source>Suggestion {number}</source>
        <translation>تجویز {number}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="192"/>
        <source>Still posting the last reply; try again in a moment</source>
        <translation>پچھلا جواب ابھی شائع ہو رہا ہے؛ تھوڑی دیر بعد کوشش کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="215"/>
        <source>Reply to {name}</source>
        <translation>{name} کو جواب</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="226"/>
        <source>Draft restored: it was saved as you wrote it.</source>
        <translation>مسودہ بحال ہو گیا: یہ لکھتے وقت ساتھ ساتھ محفوظ ہوتا رہا۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="241"/>
        <source>No suggestions</source>
        <translation>کوئی تجویز نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="247"/>
        <source>Post to {site}</source>
        <translation>{site} پر شائع کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="309"/>
        <location filename="../../repman/ui/composer.py" line="347"/>
        <location filename="../../repman/ui/composer.py" line="356"/>
        <source>Write a reply first.</source>
        <translation>پہلے جواب لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="318"/>
        <location filename="../../repman/ui/composer.py" line="349"/>
        <source>the site</source>
        <translation>سائٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="319"/>
        <source>Posting to {site}…</source>
        <translation>{site} پر شائع ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="333"/>
        <source>a follow-up is due {time}</source>
        <translation>فالو اَپ کی تاریخ {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="368"/>
        <source>Saved as the template “{name}”.</source>
        <translation>سانچہ “{name}” کے نام سے محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="50"/>
        <source>Something went wrong inside Repman ({kind}). Your inbox is safe and the app keeps running; if something looks wrong, close and reopen it. To help us fix it, send the report below: passwords and tokens are removed from it.</source>
        <translation>Repman کے اندر کچھ غلط ہو گیا ({kind})۔ آپ کا ان باکس محفوظ ہے اور ایپ چل رہی ہے؛ اگر کچھ ٹھیک نہ لگے تو اسے بند کر کے دوبارہ کھولیں۔ درستی میں ہماری مدد کے لیے نیچے دی گئی رپورٹ بھیجیں: اس میں سے پاس ورڈ اور ٹوکن نکال دیے گئے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="104"/>
        <source>Repman — something went wrong</source>
        <translation>Repman — کچھ غلط ہو گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="115"/>
        <source>Copy report</source>
        <translation>رپورٹ کاپی کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="117"/>
        <source>Open log folder</source>
        <translation>لاگ فولڈر کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="120"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="148"/>
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
        <location filename="../../repman/ui/dashboard.py" line="210"/>
        <source>Last {count} weeks</source>
        <translation>پچھلے {count} ہفتے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="213"/>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="287"/>
        <source>Computing…</source>
        <translation>حساب ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="315"/>
        <source>Could not compute the dashboard</source>
        <translation>ڈیش بورڈ کا حساب نہیں ہو سکا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="337"/>
        <source>{count} items written since {date} · updated {time}</source>
        <translation>{date} سے اب تک {count} آئٹمز · تازہ کاری {time}</translation>
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
        <location filename="../../repman/ui/filter_bar.py" line="122"/>
        <source>Clear: {filter}</source>
        <translation>صاف کریں: {filter}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="178"/>
        <source>Search reviews and authors (Ctrl+F)</source>
        <translation>ریویوز اور لکھنے والوں میں تلاش (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="186"/>
        <source>Items of every status</source>
        <translation>ہر حالت کے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="188"/>
        <source>Items that are: {statuses}</source>
        <translation>ان حالتوں کے آئٹمز: {statuses}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="192"/>
        <source>Criticism only</source>
        <translation>صرف تنقید</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="193"/>
        <source>Overdue follow-ups</source>
        <translation>تاخیر شدہ فالو اَپ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="194"/>
        <source>Items with a promised follow-up past its due time</source>
        <translation>وہ آئٹمز جن کا وعدہ شدہ فالو اَپ وقت سے گزر گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="196"/>
        <source>Any site</source>
        <translation>کوئی بھی سائٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="196"/>
        <source>Only items from this site</source>
        <translation>صرف اس سائٹ کے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="197"/>
        <source>Any rating</source>
        <translation>کوئی بھی ریٹنگ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="197"/>
        <source>Only items with these stars</source>
        <translation>صرف ان ستاروں والے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="200"/>
        <source>Any language</source>
        <translation>کوئی بھی زبان</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="200"/>
        <source>Only items in this language</source>
        <translation>صرف اس زبان کے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="203"/>
        <source>Any category</source>
        <translation>کوئی بھی زمرہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="203"/>
        <source>Only items of this kind of complaint</source>
        <translation>صرف اس قسم کی شکایت کے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="206"/>
        <source>Anyone</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="206"/>
        <source>Only items assigned to this person</source>
        <translation>صرف اس شخص کو سونپے گئے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="209"/>
        <source>Only items written in this period</source>
        <translation>صرف اس مدت میں لکھے گئے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="220"/>
        <source>Clear filters</source>
        <translation>فلٹر صاف کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="221"/>
        <source>Back to all open items (Ctrl+Shift+L)</source>
        <translation>تمام کھلے آئٹمز پر واپس (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="276"/>
        <source>Unassigned</source>
        <translation>غیر سونپے گئے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="277"/>
        <source>Me ({name})</source>
        <translation>میں ({name})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="278"/>
        <source>Me</source>
        <translation>میں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="326"/>
        <source>Site {ids}</source>
        <translation>سائٹ {ids}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="356"/>
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
        <location filename="../../repman/ui/followup_bar.py" line="48"/>
        <source>Change date</source>
        <translation>تاریخ بدلیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="49"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="50"/>
        <source>No follow-up</source>
        <translation>کوئی فالو اَپ نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="51"/>
        <source>The reply only sounds like a promise: create no follow-up</source>
        <translation>جواب صرف وعدے جیسا لگتا ہے: فالو اَپ نہ بنائیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="61"/>
        <source>What was promised, for whoever keeps the promise</source>
        <translation>کیا وعدہ کیا گیا، وعدہ نبھانے والے کے لیے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="115"/>
        <source>Follow up on the promise made in the reply</source>
        <translation>جواب میں کیے گئے وعدے کا فالو اَپ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="146"/>
        <source>This reply promises something, but no follow-up will be created.</source>
        <translation>اس جواب میں وعدہ ہے، لیکن کوئی فالو اَپ نہیں بنے گا۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="151"/>
        <source>This reply promises something: a follow-up will be due on {time}.</source>
        <translation>اس جواب میں وعدہ ہے: فالو اَپ کی تاریخ {time} ہوگی۔</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="53"/>
        <source>Site</source>
        <translation>سائٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="54"/>
        <source>Author</source>
        <translation>لکھنے والا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="55"/>
        <source>Rating</source>
        <translation>ریٹنگ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="56"/>
        <source>Excerpt</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="57"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="58"/>
        <source>Age</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="59"/>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="60"/>
        <source>Assignee</source>
        <translation>ذمہ دار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="61"/>
        <source>Priority</source>
        <translation>ترجیح</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="324"/>
        <source>{age} · overdue</source>
        <translation>{age} · تاخیر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="333"/>
        <source>Overdue: the response target for criticism is {hours} h</source>
        <translation>تاخیر: تنقید کے جواب کا ہدف {hours} گھنٹے ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="335"/>
        <source>Overdue: the response target for this item is {hours} h</source>
        <translation>تاخیر: اس آئٹم کے جواب کا ہدف {hours} گھنٹے ہے</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../repman/ui/inbox_view.py" line="26"/>
        <source>30 min · overdue</source>
        <translation>30 منٹ · تاخیر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_view.py" line="27"/>
        <source>In progress</source>
        <translation>زیرِ کار</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../../repman/ui/item_view.py" line="54"/>
        <source>In progress</source>
        <translation>زیرِ کار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="56"/>
        <source>Someone is on it</source>
        <translation>کوئی اس پر کام کر رہا ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="59"/>
        <source>Answered</source>
        <translation>جواب دیا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="61"/>
        <source>A reply was posted or sent (A)</source>
        <translation>جواب شائع یا بھیجا جا چکا (A)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="64"/>
        <source>Ignore…</source>
        <translation>نظر انداز کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="66"/>
        <source>No reply needed; asks for a reason (I)</source>
        <translation>جواب کی ضرورت نہیں؛ وجہ پوچھی جائے گی (I)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="69"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="71"/>
        <source>Nothing more to do</source>
        <translation>مزید کچھ نہیں کرنا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="74"/>
        <source>Reopen</source>
        <translation>دوبارہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="76"/>
        <source>Back to new (R)</source>
        <translation>واپس نیا (R)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="80"/>
        <source>Draft</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="81"/>
        <source>Sent by hand</source>
        <translation>ہاتھ سے بھیجا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="82"/>
        <source>Posted</source>
        <translation>شائع شدہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="89"/>
        <source>Ignore item</source>
        <translation>آئٹم نظر انداز کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="90"/>
        <source>Why does this item need no reply? (kept in its history)</source>
        <translation>اس آئٹم کو جواب کی ضرورت کیوں نہیں؟ (اس کی تاریخچے میں محفوظ رہے گا)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="170"/>
        <source>Select an item to read it.</source>
        <translation>پڑھنے کے لیے کوئی آئٹم منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="186"/>
        <source>Site</source>
        <translation>سائٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="187"/>
        <source>Author</source>
        <translation>لکھنے والا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="188"/>
        <source>Rating</source>
        <translation>ریٹنگ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="189"/>
        <source>Written</source>
        <translation>لکھا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="190"/>
        <source>Edited</source>
        <translation>ترمیم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="191"/>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="192"/>
        <source>Assignee</source>
        <translation>ذمہ دار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="193"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="203"/>
        <source>Open on site</source>
        <translation>سائٹ پر کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="208"/>
        <source>Replies</source>
        <translation>جوابات</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="210"/>
        <source>Follow-ups</source>
        <translation>فالو اَپ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="212"/>
        <source>Other items by this author</source>
        <translation>اسی لکھنے والے کے دوسرے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="217"/>
        <source>The same author&apos;s items on every site; click one to open it</source>
        <translation>اسی لکھنے والے کے تمام سائٹس پر آئٹمز؛ کھولنے کے لیے کسی پر کلک کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="220"/>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="276"/>
        <location filename="../../repman/ui/item_view.py" line="316"/>
        <source>No item selected</source>
        <translation>کوئی آئٹم منتخب نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="282"/>
        <source>Ignoring an item needs a reason</source>
        <translation>آئٹم نظر انداز کرنے کے لیے وجہ درکار ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="291"/>
        <source>Marked {status}</source>
        <translation>نشان زد: {status}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="292"/>
        <source>Already {status}</source>
        <translation>پہلے سے: {status}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="300"/>
        <source>Assigned to you</source>
        <translation>آپ کو سونپ دیا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="300"/>
        <source>Already assigned to you</source>
        <translation>پہلے سے آپ کو سونپا گیا ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="308"/>
        <source>Follow-up done</source>
        <translation>فالو اَپ مکمل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="332"/>
        <source>This item has no web address to open</source>
        <translation>اس آئٹم کا کھولنے کے لیے کوئی ویب پتہ نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="368"/>
        <location filename="../../repman/ui/item_view.py" line="415"/>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="387"/>
        <source>{time} ({age} ago)</source>
        <translation>{time} ({age} پہلے)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="393"/>
        <source>criticism</source>
        <translation>تنقید</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="400"/>
        <source>overdue (target {hours} h)</source>
        <translation>تاخیر (ہدف {hours} گھنٹے)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="406"/>
        <source>Replies ({count})</source>
        <translation>جوابات ({count})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="408"/>
        <source>No replies yet</source>
        <translation>ابھی کوئی جواب نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="420"/>
        <source>{state} by {name} · {time}</source>
        <translation>{state} از {name} · {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="438"/>
        <source>Due {time}: {note}</source>
        <translation>مقررہ وقت {time}: {note}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="441"/>
        <source>done {time}</source>
        <translation>مکمل {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="445"/>
        <source>overdue</source>
        <translation>تاخیر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="449"/>
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="450"/>
        <source>The promise was kept: mark this follow-up done</source>
        <translation>وعدہ پورا ہوا: اس فالو اَپ کو مکمل نشان زد کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="471"/>
        <source>Other items by this author ({count})</source>
        <translation>اسی لکھنے والے کے دوسرے آئٹمز ({count})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="496"/>
        <source>Nothing has happened to this item yet.</source>
        <translation>اس آئٹم کے ساتھ ابھی کچھ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../repman/ui/main_window.py" line="47"/>
        <source>This is the demo inbox. Add a source to see your own reviews.</source>
        <translation>یہ نمونے کا ان باکس ہے۔ اپنے ریویوز دیکھنے کے لیے کوئی ذریعہ شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="52"/>
        <source>The reply composer is on its way; for now reply on the site, then press A</source>
        <translation>جواب لکھنے کا خانہ جلد آ رہا ہے؛ فی الحال سائٹ پر جواب دیں، پھر A دبائیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="61"/>
        <source>&amp;View</source>
        <translation>&amp;منظر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="71"/>
        <source>&amp;Item</source>
        <translation>&amp;آئٹم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="76"/>
        <source>Item</source>
        <translation>آئٹم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="77"/>
        <source>Reply (in the list)</source>
        <translation>جواب (فہرست میں)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="78"/>
        <source>Enter, double-click</source>
        <translation>Enter، ڈبل کلک</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="105"/>
        <source>Repman — demo inbox</source>
        <translation>Repman — نمونے کا ان باکس</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="135"/>
        <location filename="../../repman/ui/main_window.py" line="220"/>
        <source>Inbox</source>
        <translation>ان باکس</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="199"/>
        <location filename="../../repman/ui/main_window.py" line="221"/>
        <source>Dashboard</source>
        <translation>ڈیش بورڈ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="209"/>
        <source>Next item</source>
        <translation>اگلا آئٹم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="210"/>
        <source>Previous item</source>
        <translation>پچھلا آئٹم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="211"/>
        <source>Reply…</source>
        <translation>جواب…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="212"/>
        <source>Mark answered</source>
        <translation>جواب شدہ نشان زد کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="213"/>
        <source>Ignore…</source>
        <translation>نظر انداز کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="214"/>
        <source>Reopen</source>
        <translation>دوبارہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="215"/>
        <source>Assign to me</source>
        <translation>مجھے سونپیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="216"/>
        <source>Open on site</source>
        <translation>سائٹ پر کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="217"/>
        <source>Search</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="218"/>
        <source>Clear filters</source>
        <translation>فلٹر صاف کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="219"/>
        <source>Save view…</source>
        <translation>منظر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="224"/>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="278"/>
        <location filename="../../repman/ui/main_window.py" line="316"/>
        <source>No item selected</source>
        <translation>کوئی آئٹم منتخب نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="290"/>
        <source>That item is not in this view; it is shown on its own</source>
        <translation>یہ آئٹم اس منظر میں نہیں؛ اسے الگ دکھایا گیا ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="301"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="337"/>
        <source>1 item</source>
        <translation>1 آئٹم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="337"/>
        <source>{count} items</source>
        <translation>{count} آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="365"/>
        <source>Sync</source>
        <translation>ہم وقت سازی</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="371"/>
        <source>&amp;Sync</source>
        <translation>&amp;ہم وقت سازی</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="374"/>
        <source>Sync now</source>
        <translation>ابھی ہم وقت کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="375"/>
        <source>Sources…</source>
        <translation>ذرائع…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="383"/>
        <source>Sync progress</source>
        <translation>ہم وقت سازی کی پیش رفت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="405"/>
        <source>A sync is already running.</source>
        <translation>ہم وقت سازی پہلے سے جاری ہے۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="461"/>
        <source>&amp;Tools</source>
        <translation>&amp;اوزار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="462"/>
        <source>Settings…</source>
        <translation>ترتیبات…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="482"/>
        <location filename="../../repman/ui/main_window.py" line="486"/>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="492"/>
        <source>Export…</source>
        <translation>برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="105"/>
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
        <location filename="../../repman/ui/saved_views.py" line="177"/>
        <source>Views</source>
        <translation>مناظر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="184"/>
        <source>Save view…</source>
        <translation>منظر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="185"/>
        <source>Keep the current filters under a name</source>
        <translation>موجودہ فلٹرز کو ایک نام سے محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="186"/>
        <source>Rename…</source>
        <translation>نام بدلیں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="187"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="230"/>
        <source>The saved view “{name}” cannot be read ({reason})</source>
        <translation>محفوظ منظر “{name}” پڑھا نہیں جا سکا ({reason})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="264"/>
        <source>Name of this view:</source>
        <translation>اس منظر کا نام:</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="269"/>
        <source>“{name}” is a built-in view; choose another name</source>
        <translation>“{name}” پہلے سے موجود منظر ہے؛ کوئی اور نام چنیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="277"/>
        <source>Updated view “{name}”</source>
        <translation>منظر “{name}” تازہ کر دیا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="280"/>
        <source>Saved view “{name}”</source>
        <translation>منظر “{name}” محفوظ ہو گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="287"/>
        <source>Select one of your views to rename it</source>
        <translation>نام بدلنے کے لیے اپنا کوئی منظر منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="289"/>
        <source>New name:</source>
        <translation>نیا نام:</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="293"/>
        <source>A view named “{name}” exists already</source>
        <translation>“{name}” نام کا منظر پہلے سے موجود ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="297"/>
        <source>Renamed “{old}” to “{new}”</source>
        <translation>“{old}” کا نام بدل کر “{new}” کر دیا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="302"/>
        <source>Select one of your views to delete it</source>
        <translation>حذف کرنے کے لیے اپنا کوئی منظر منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="306"/>
        <source>Deleted view “{name}”</source>
        <translation>منظر “{name}” حذف ہو گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="314"/>
        <source>Cannot save views to {path}: {reason}</source>
        <translation>مناظر {path} میں محفوظ نہیں ہو سکے: {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="326"/>
        <source>Your views</source>
        <translation>آپ کے مناظر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="326"/>
        <source>Your views: none yet</source>
        <translation>آپ کے مناظر: ابھی کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="334"/>
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
        <source>Arabic and Urdu lay the app out from right to left at once; the words change in full at the next start</source>
        <translation>عربی اور اردو ایپ کو فوراً دائیں سے بائیں کر دیتی ہیں؛ الفاظ پوری طرح اگلی بار کھولنے پر بدلیں گے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="123"/>
        <source>Language of the app</source>
        <translation>ایپ کی زبان</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="126"/>
        <source>Restart Repman to apply the language.</source>
        <translation>زبان لاگو کرنے کے لیے Repman دوبارہ شروع کریں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="144"/>
        <source>Business name, signature and contact fill in the reply templates. Targets decide when an unanswered item counts as late.</source>
        <translation>کاروبار کا نام، دستخط اور رابطہ جواب کے سانچوں میں بھرے جاتے ہیں۔ اہداف طے کرتے ہیں کہ بغیر جواب آئٹم کب تاخیر شدہ شمار ہو۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="175"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>ترتیبات محفوظ نہیں ہو سکیں: {reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../repman/ui/shortcuts_dialog.py" line="45"/>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <location filename="../../repman/ui/shortcuts_dialog.py" line="47"/>
        <source>Action</source>
        <translation>عمل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/shortcuts_dialog.py" line="47"/>
        <source>Keys</source>
        <translation>کلیدیں</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="54"/>
        <source>stored — leave empty to keep it</source>
        <translation>محفوظ ہے — برقرار رکھنے کے لیے خالی چھوڑیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="55"/>
        <source>cannot be kept on this computer (no secure storage)</source>
        <translation>اس کمپیوٹر پر محفوظ نہیں ہو سکتا (محفوظ اسٹوریج نہیں)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="58"/>
        <source>Items imported from files: nothing to set up. Remove the source to delete them.</source>
        <translation>فائلوں سے درآمد شدہ آئٹمز: کچھ ترتیب نہیں دینا۔ انہیں حذف کرنے کے لیے ذریعہ ہٹا دیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="61"/>
        <source>This version of Repman cannot sync this kind of source.</source>
        <translation>Repman کا یہ ورژن اس قسم کے ذریعے کو ہم وقت نہیں کر سکتا۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="66"/>
        <location filename="../../repman/ui/sources_page.py" line="177"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="67"/>
        <location filename="../../repman/ui/sources_page.py" line="176"/>
        <source>Site</source>
        <translation>سائٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="68"/>
        <source>Items</source>
        <translation>آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="69"/>
        <source>Last sync</source>
        <translation>آخری ہم وقت سازی</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="70"/>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="81"/>
        <source>Remove source</source>
        <translation>ذریعہ ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="85"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="93"/>
        <source>1 item</source>
        <translation>1 آئٹم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="94"/>
        <source>{count} items</source>
        <translation>{count} آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="133"/>
        <source>Sources</source>
        <translation>ذرائع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="157"/>
        <source>Add source</source>
        <translation>ذریعہ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="158"/>
        <source>Remove…</source>
        <translation>ہٹائیں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="172"/>
        <source>e.g. Google — High Street</source>
        <translation>مثلاً Google — مین بازار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="173"/>
        <source>Include in sync</source>
        <translation>ہم وقت سازی میں شامل کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="188"/>
        <source>Test</source>
        <translation>جانچیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="188"/>
        <source>Ask the site with this form&apos;s values</source>
        <translation>اس فارم کی قدروں کے ساتھ سائٹ سے پوچھیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="191"/>
        <source>Connect Google account</source>
        <translation>Google اکاؤنٹ جوڑیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="192"/>
        <source>Save, then sign in with Google in your browser</source>
        <translation>محفوظ کریں، پھر اپنے براؤزر میں Google سے سائن اِن کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="194"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="239"/>
        <location filename="../../repman/ui/sources_page.py" line="310"/>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="281"/>
        <source>Wait for the sync to finish</source>
        <translation>ہم وقت سازی ختم ہونے کا انتظار کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="282"/>
        <source>Delete the source and its items</source>
        <translation>ذریعہ اور اس کے آئٹمز حذف کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="289"/>
        <source>New source</source>
        <translation>نیا ذریعہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="311"/>
        <source>Last problem: {problem}</source>
        <translation>آخری مسئلہ: {problem}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="313"/>
        <source>Last synced: {time}</source>
        <translation>آخری ہم وقت سازی: {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="336"/>
        <source>Passwords and tokens (kept in the system keyring):</source>
        <translation>پاس ورڈ اور ٹوکن (سسٹم کی کی رِنگ میں محفوظ):</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="344"/>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="371"/>
        <source>{field} (optional)</source>
        <translation>{field} (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="409"/>
        <source>Saved. Passwords and tokens are in the system keyring.</source>
        <translation>محفوظ ہو گیا۔ پاس ورڈ اور ٹوکن سسٹم کی کی رِنگ میں ہیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="411"/>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="422"/>
        <source>It has no items.</source>
        <translation>اس میں کوئی آئٹم نہیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="423"/>
        <source>This deletes its {items}, with their replies and history. This cannot be undone.</source>
        <translation>اس سے اس کے {items} اپنے جوابات اور تاریخچے سمیت حذف ہو جائیں گے۔ یہ واپس نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="426"/>
        <source>Remove the source {name}?</source>
        <translation>ذریعہ {name} ہٹائیں؟</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="436"/>
        <source>Removed {name} and {items}.</source>
        <translation>{name} اور {items} ہٹا دیے گئے۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="439"/>
        <source>Its passwords could not be deleted from the keyring: {reason}</source>
        <translation>اس کے پاس ورڈ کی رِنگ سے حذف نہیں ہو سکے: {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="450"/>
        <source>Testing…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="455"/>
        <source>Test passed — {answer}</source>
        <translation>جانچ کامیاب — {answer}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="458"/>
        <source>Test failed — {reason}</source>
        <translation>جانچ ناکام — {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="480"/>
        <source>Finish signing in in your browser; Repman waits for it (up to 5 minutes).</source>
        <translation>اپنے براؤزر میں سائن اِن مکمل کریں؛ Repman انتظار کرے گا (5 منٹ تک)۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="487"/>
        <source>Sign-in failed — {reason}</source>
        <translation>سائن اِن ناکام — {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="500"/>
        <source>Signed in: the source can now sync.</source>
        <translation>سائن اِن ہو گیا: اب یہ ذریعہ ہم وقت ہو سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <location filename="../../repman/ui/suggestion_list.py" line="32"/>
        <source>Finding suggestions…</source>
        <translation>تجاویز تلاش ہو رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/suggestion_list.py" line="42"/>
        <source>No templates in this language yet: write your own.</source>
        <translation>اس زبان میں ابھی کوئی سانچہ نہیں: اپنا جواب خود لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/suggestion_list.py" line="50"/>
        <source>too long for {site}</source>
        <translation>{site} کے لیے بہت لمبا</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="53"/>
        <source>Something went wrong inside Repman ({error}); details are in the log.</source>
        <translation>Repman کے اندر کچھ غلط ہو گیا ({error})؛ تفصیل لاگ میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="64"/>
        <source>Login expired —</source>
        <translation>لاگ اِن کی مدت ختم —</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="66"/>
        <source>The site asked us to slow down — will retry later</source>
        <translation>سائٹ نے رفتار کم کرنے کو کہا — بعد میں دوبارہ کوشش ہوگی</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="70"/>
        <source>Stopped</source>
        <translation>روک دیا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="174"/>
        <source>This inbox is not stored in a file, so it cannot be synced.</source>
        <translation>یہ ان باکس کسی فائل میں محفوظ نہیں، اس لیے ہم وقت نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="243"/>
        <source>Sync could not run: {reason}</source>
        <translation>ہم وقت سازی نہیں چل سکی: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="47"/>
        <source>Nothing to sync yet: add a source with Sync ▸ Sources… (Ctrl+,).</source>
        <translation>ابھی ہم وقت کرنے کو کچھ نہیں: ہم وقت سازی ▸ ذرائع… (Ctrl+,) سے ذریعہ شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="97"/>
        <source>Not synced yet in this session.</source>
        <translation>اس سیشن میں ابھی ہم وقت سازی نہیں ہوئی۔</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="105"/>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="106"/>
        <source>Off</source>
        <translation>بند</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="110"/>
        <source>Sync every few minutes while Repman is open (0 turns it off)</source>
        <translation>Repman کھلا رہے تو ہر چند منٹ بعد ہم وقت کریں (0 سے بند)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="112"/>
        <source>Sync automatically every</source>
        <translation>خودکار ہم وقت سازی ہر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="114"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="116"/>
        <source>Stop the sync; what was fetched so far is kept</source>
        <translation>ہم وقت سازی روکیں؛ اب تک جو آیا وہ محفوظ رہے گا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="185"/>
        <source>Reconnect</source>
        <translation>دوبارہ جوڑیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="186"/>
        <source>Open the source&apos;s settings to sign in again</source>
        <translation>دوبارہ سائن اِن کے لیے ذریعے کی ترتیبات کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="217"/>
        <source>Stopped</source>
        <translation>روک دیا گیا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="219"/>
        <source>Failed</source>
        <translation>ناکام</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="219"/>
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="224"/>
        <source>%v of %m</source>
        <translation>%m میں سے %v</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="227"/>
        <source>{fetched} fetched, {new} new</source>
        <translation>{fetched} موصول، {new} نئے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="231"/>
        <source>{updated} updated</source>
        <translation>{updated} تازہ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="237"/>
        <source>Up to date</source>
        <translation>تازہ ترین</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="239"/>
        <source>Fetching…</source>
        <translation>موصول ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="239"/>
        <source>Connecting…</source>
        <translation>جڑ رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="261"/>
        <source>Syncing…</source>
        <translation>ہم وقت سازی جاری ہے…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="265"/>
        <source>Stopping… (the page being fetched is finished first)</source>
        <translation>روکا جا رہا ہے… (پہلے موجودہ صفحہ مکمل ہوگا)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="283"/>
        <source>1 new item</source>
        <translation>1 نیا آئٹم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="283"/>
        <source>{count} new items</source>
        <translation>{count} نئے آئٹمز</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="285"/>
        <source>Sync stopped at {time}: {items} kept</source>
        <translation>ہم وقت سازی {time} پر رکی: {items} محفوظ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="287"/>
        <source>Synced at {time}: {items}</source>
        <translation>{time} پر ہم وقت ہوا: {items}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="291"/>
        <source>1 source needs attention</source>
        <translation>1 ذریعے پر توجہ درکار ہے</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="292"/>
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
        <location filename="../../repman/ui/tray.py" line="36"/>
        <source>Open Repman</source>
        <translation>Repman کھولیں</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tray.py" line="38"/>
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
