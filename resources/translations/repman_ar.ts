<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="26"/>
        <source>PySide6 and Qt</source>
        <translation>PySide6 وQt</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="31"/>
        <source>Noto fonts</source>
        <translation>خطوط Noto</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="37"/>
        <source>Hunspell dictionaries for English, Arabic and Greek</source>
        <translation>قواميس Hunspell للإنجليزية والعربية واليونانية</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="43"/>
        <source>VADER sentiment lexicon</source>
        <translation>معجم المشاعر VADER</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="48"/>
        <source>fastText language identification (lite model)</source>
        <translation>تحديد اللغة fastText (النموذج الخفيف)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="86"/>
        <source>About %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="88"/>
        <source>Every review and mention of your business in one inbox, answered calmly.</source>
        <translation>كل مراجعة وإشارة إلى نشاطك التجاري في صندوق وارد واحد، مع ردود هادئة.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="91"/>
        <source>Licence: %1. You may share and change it under the same terms.</source>
        <translation>الترخيص: %1. يمكنك مشاركته وتعديله بالشروط نفسها.</translation>
    </message>
</context>
<context>
    <name>CharCount</name>
    <message>
        <location filename="../../repman/ui/char_count.py" line="15"/>
        <source>characters</source>
        <translation>حرفًا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/char_count.py" line="16"/>
        <source>bytes</source>
        <translation>بايت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/char_count.py" line="32"/>
        <source>This site sets no length limit for replies</source>
        <translation>لا يحدّ هذا الموقع طول الردود</translation>
    </message>
    <message>
        <location filename="../../repman/ui/char_count.py" line="35"/>
        <source>The site accepts replies of at most {size} {unit}</source>
        <translation>يقبل الموقع ردودًا بحد أقصى {size} {unit}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/char_count.py" line="43"/>
        <source>{count} characters</source>
        <translation>عدد الأحرف: {count}</translation>
    </message>
</context>
<context>
    <name>ComposeTasks</name>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="55"/>
        <source>the site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="67"/>
        <source>Imported items have no site connection: copy the reply to the site.</source>
        <translation>العناصر المستوردة غير مرتبطة بموقع: انسخ الرد إلى الموقع.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="75"/>
        <source>{site} has no way to reply from another app: copy the reply to the site.</source>
        <translation>لا يتيح {site} الرد من تطبيق آخر: انسخ الرد إلى الموقع.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="86"/>
        <source>Replies cannot be posted from here yet ({reason}): copy the reply to the site.</source>
        <translation>لا يمكن نشر الردود من هنا بعد ({reason}): انسخ الرد إلى الموقع.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="91"/>
        <source>{site} takes replies with a user sign-in; add it under Sources to post from here. For now, copy the reply to the site.</source>
        <translation>يتطلب {site} تسجيل دخول المستخدم للرد؛ أضفه في المصادر لتنشر من هنا. أما الآن فانسخ الرد إلى الموقع.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="230"/>
        <source>My {category} reply</source>
        <translation>ردي على {category}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../repman/ui/composer.py" line="58"/>
        <source>Save as template</source>
        <translation>حفظ كقالب</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="59"/>
        <source>Name of the template:</source>
        <translation>اسم القالب:</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="210"/>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="183"/>
        <source>Write the reply, or pick a suggestion above (Alt+1).</source>
        <translation>اكتب الرد، أو اختر اقتراحًا من الأعلى (Alt+1).</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="190"/>
        <source>Save as template…</source>
        <translation>حفظ كقالب…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="191"/>
        <source>Copy and open site</source>
        <translation>نسخ وفتح الموقع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="192"/>
        <source>Mark answered</source>
        <translation>وضع علامة: تم الرد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="216"/>
        <source>Post</source>
        <translation>نشر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="198"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="194"/>
        <source>You pasted the reply on the site: record it (Ctrl+Enter)</source>
        <translation>لصقت الرد في الموقع: سجّله (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="197"/>
        <source>Post the reply on the site (Ctrl+Enter)</source>
        <translation>انشر الرد في الموقع (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="186"/>
        <source>Suggested replies (Alt+1 … Alt+5)</source>
        <translation>ردود مقترحة (Alt+1 … Alt+5)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="186"/>
        <source>Your reply</source>
        <translation>ردك</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="187"/>
        <source>Tone check</source>
        <translation>فحص النبرة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="199"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="201"/>
        <source>Suggestion {number}</source>
        <translation>الاقتراح {number}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="227"/>
        <source>Still posting the last reply; try again in a moment</source>
        <translation>ما زال الرد السابق قيد النشر؛ حاول بعد قليل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="210"/>
        <source>Reply to {name}</source>
        <translation>الرد على {name}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="261"/>
        <source>Draft restored: it was saved as you wrote it.</source>
        <translation>استُعيدت المسودة: كانت تُحفظ أثناء كتابتك.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="276"/>
        <source>No suggestions</source>
        <translation>لا اقتراحات</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="216"/>
        <source>Post to {site}</source>
        <translation>نشر في {site}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="342"/>
        <location filename="../../repman/ui/composer.py" line="380"/>
        <location filename="../../repman/ui/composer.py" line="389"/>
        <source>Write a reply first.</source>
        <translation>اكتب ردًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="351"/>
        <location filename="../../repman/ui/composer.py" line="382"/>
        <source>the site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="352"/>
        <source>Posting to {site}…</source>
        <translation>جارٍ النشر في {site}…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="366"/>
        <source>a follow-up is due {time}</source>
        <translation>موعد المتابعة {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="401"/>
        <source>Saved as the template “{name}”.</source>
        <translation>حُفظ كقالب باسم «{name}».</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="49"/>
        <source>Something went wrong inside Repman ({kind}). Your inbox is safe and the app keeps running; if something looks wrong, close and reopen it. To help us fix it, send the report below: passwords and tokens are removed from it.</source>
        <translation>حدث خطأ داخل Repman ‏({kind}). صندوق الوارد سليم والتطبيق ما زال يعمل؛ إن بدا شيء غير صحيح فأغلقه ثم افتحه من جديد. لمساعدتنا على الإصلاح، أرسل التقرير أدناه: كلمات المرور والرموز محذوفة منه.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="112"/>
        <source>Repman — something went wrong</source>
        <translation>Repman — حدث خطأ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="113"/>
        <source>Copy report</source>
        <translation>نسخ التقرير</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="114"/>
        <source>Open log folder</source>
        <translation>فتح مجلد السجل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="115"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="133"/>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="44"/>
        <source>Response rate</source>
        <translation>نسبة الرد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="45"/>
        <source>Criticism answered</source>
        <translation>الانتقادات التي رُدّ عليها</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="46"/>
        <source>Median first response</source>
        <translation>وسيط زمن الرد الأول</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="47"/>
        <source>Average rating</source>
        <translation>متوسط التقييم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="48"/>
        <source>Open criticism now</source>
        <translation>الانتقادات المفتوحة الآن</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="78"/>
        <source>Response rate by week</source>
        <translation>نسبة الرد حسب الأسبوع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="81"/>
        <location filename="../../repman/ui/dashboard.py" line="130"/>
        <source>All items</source>
        <translation>كل العناصر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="83"/>
        <location filename="../../repman/ui/dashboard.py" line="134"/>
        <source>Criticism</source>
        <translation>الانتقادات</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="94"/>
        <source>Median time to first response by week</source>
        <translation>وسيط زمن الرد الأول حسب الأسبوع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="96"/>
        <location filename="../../repman/ui/dashboard.py" line="149"/>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="103"/>
        <source>Average rating by week</source>
        <translation>متوسط التقييم حسب الأسبوع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="105"/>
        <source>Stars</source>
        <translation>النجوم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="112"/>
        <source>Unanswered criticism at each week&apos;s end</source>
        <translation>الانتقادات بلا رد في نهاية كل أسبوع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="116"/>
        <source>Open criticism</source>
        <translation>انتقادات مفتوحة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="126"/>
        <source>Response rate by site</source>
        <translation>نسبة الرد حسب الموقع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="145"/>
        <source>Median time to first response by site</source>
        <translation>وسيط زمن الرد الأول حسب الموقع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="159"/>
        <source>Top complaint categories</source>
        <translation>أكثر فئات الشكاوى</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="163"/>
        <source>Criticism items</source>
        <translation>عناصر الانتقاد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="167"/>
        <location filename="../../repman/ui/dashboard.py" line="179"/>
        <source>No criticism with a category in this period</source>
        <translation>لا انتقادات مصنّفة في هذه الفترة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="176"/>
        <source>Complaint categories by week</source>
        <translation>فئات الشكاوى حسب الأسبوع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="265"/>
        <source>Last {count} weeks</source>
        <translation>آخر {count} أسبوعًا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="266"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="307"/>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="335"/>
        <source>Could not compute the dashboard</source>
        <translation>تعذّر حساب لوحة المؤشرات</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="345"/>
        <source>{count} items written since {date} · updated {time}</source>
        <translation>العناصر المكتوبة منذ {date}: {count} · حُدّثت {time}</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="40"/>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="59"/>
        <source>Export diagnostics</source>
        <translation>تصدير بيانات التشخيص</translation>
    </message>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="61"/>
        <source>Zip archives (*.zip)</source>
        <translation>أرشيفات Zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="72"/>
        <source>The diagnostics could not be saved: {reason}</source>
        <translation>تعذّر حفظ بيانات التشخيص: {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="82"/>
        <source>Diagnostics saved to {path}. Attach this file to your report: it holds the log and version information, with passwords and tokens removed.</source>
        <translation>حُفظت بيانات التشخيص في {path}. أرفِق هذا الملف ببلاغك: فيه السجل ومعلومات الإصدار، بعد حذف كلمات المرور والرموز منه.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="89"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../repman/ui/display.py" line="25"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="26"/>
        <source>In progress</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="27"/>
        <source>Answered</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="28"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="29"/>
        <source>Ignored</source>
        <translation>متجاهَل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="83"/>
        <source>{n} min</source>
        <translation>{n} دقيقة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="85"/>
        <source>{n} h</source>
        <translation>{n} ساعة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="86"/>
        <source>{n} d</source>
        <translation>{n} يوم</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../repman/ui/draft_keeper.py" line="68"/>
        <source>The draft could not be saved: {reason}</source>
        <translation>تعذّر حفظ المسودة: {reason}</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <location filename="../../repman/ui/event_text.py" line="23"/>
        <source>draft reply saved</source>
        <translation>حُفظت مسودة رد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="24"/>
        <source>reply sent by hand</source>
        <translation>أُرسل الرد يدوياً</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="25"/>
        <source>reply posted</source>
        <translation>نُشر الرد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="31"/>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="42"/>
        <source>assigned: {detail}</source>
        <translation>الإسناد: {detail}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="45"/>
        <source>assigned: {old} → {new}</source>
        <translation>الإسناد: {old} ← {new}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="49"/>
        <source>(rule {rule})</source>
        <translation>(القاعدة {rule})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="53"/>
        <source>tags: {tags}</source>
        <translation>الوسوم: {tags}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="62"/>
        <source>category: {detail}</source>
        <translation>الفئة: {detail}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="73"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="66"/>
        <source>category: {old} → {new}</source>
        <translation>الفئة: {old} ← {new}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="80"/>
        <source>{old} → {new}</source>
        <translation>{old} ← {new}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="83"/>
        <source>a draft was written</source>
        <translation>كُتبت مسودة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="105"/>
        <source>follow-up due {due}: {note}</source>
        <translation>متابعة مستحقة في {due}: {note}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="109"/>
        <source>follow-up done</source>
        <translation>تمّت المتابعة</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="43"/>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="44"/>
        <source>Last week</source>
        <translation>الأسبوع الماضي</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="45"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="46"/>
        <source>Custom dates</source>
        <translation>تواريخ مخصّصة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="50"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (جدول بيانات)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="51"/>
        <source>Excel workbook</source>
        <translation>مصنَّف Excel</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="52"/>
        <source>PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="84"/>
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="188"/>
        <location filename="../../repman/ui/export_dialog.py" line="200"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="193"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="194"/>
        <source>Choose where to save…</source>
        <translation>اختر مكان الحفظ…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="195"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="197"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="197"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="197"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="197"/>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="201"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="263"/>
        <source>Writing {file}…</source>
        <translation>جارٍ كتابة {file}…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="289"/>
        <source>Wrote 1 item to {path}</source>
        <translation>كُتب عنصر واحد في {path}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="291"/>
        <source>Wrote {count} items to {path}</source>
        <translation>كُتب {count} من العناصر في {path}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="301"/>
        <source>Export failed: {reason}</source>
        <translation>فشل التصدير: {reason}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="42"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="43"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="44"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="45"/>
        <source>In progress</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="46"/>
        <source>Answered</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="47"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="48"/>
        <source>Ignored</source>
        <translation>متجاهَل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="61"/>
        <source>All time</source>
        <translation>كل الأوقات</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="62"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="63"/>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="64"/>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="131"/>
        <source>Clear: {filter}</source>
        <translation>مسح: {filter}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="246"/>
        <source>Search reviews and authors (Ctrl+F)</source>
        <translation>ابحث في المراجعات والكتّاب (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="249"/>
        <source>Items of every status</source>
        <translation>عناصر بكل الحالات</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="251"/>
        <source>Items that are: {statuses}</source>
        <translation>العناصر بالحالة: {statuses}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="255"/>
        <source>Criticism only</source>
        <translation>الانتقادات فقط</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="256"/>
        <source>Overdue follow-ups</source>
        <translation>متابعات متأخرة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="257"/>
        <source>Items with a promised follow-up past its due time</source>
        <translation>عناصر فات موعد المتابعة الموعودة فيها</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="258"/>
        <source>Any site</source>
        <translation>أي موقع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="258"/>
        <source>Only items from this site</source>
        <translation>العناصر من هذا الموقع فقط</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="259"/>
        <source>Any rating</source>
        <translation>أي تقييم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="259"/>
        <source>Only items with these stars</source>
        <translation>العناصر بهذه النجوم فقط</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="260"/>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="260"/>
        <source>Only items in this language</source>
        <translation>العناصر بهذه اللغة فقط</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="262"/>
        <source>Any category</source>
        <translation>أي فئة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="262"/>
        <source>Only items of this kind of complaint</source>
        <translation>عناصر هذا النوع من الشكاوى فقط</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="264"/>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="264"/>
        <source>Only items assigned to this person</source>
        <translation>العناصر المسندة إلى هذا الشخص فقط</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="265"/>
        <source>Only items written in this period</source>
        <translation>العناصر المكتوبة في هذه الفترة فقط</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="269"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="270"/>
        <source>Back to all open items (Ctrl+Shift+L)</source>
        <translation>العودة إلى كل العناصر المفتوحة (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="290"/>
        <source>Unassigned</source>
        <translation>غير مُسنَد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="291"/>
        <source>Me ({name})</source>
        <translation>أنا ({name})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="292"/>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="340"/>
        <source>Site {ids}</source>
        <translation>الموقع {ids}</translation>
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
        <translation>تبدو هادئة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/findings_list.py" line="67"/>
        <source>1 thing to look at</source>
        <translation>أمر واحد يستحق المراجعة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/findings_list.py" line="68"/>
        <source>{count} things to look at</source>
        <translation>أمور تستحق المراجعة: {count}</translation>
    </message>
</context>
<context>
    <name>FollowupBar</name>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="84"/>
        <source>Change date</source>
        <translation>تغيير التاريخ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="85"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="86"/>
        <source>No follow-up</source>
        <translation>بلا متابعة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="87"/>
        <source>The reply only sounds like a promise: create no follow-up</source>
        <translation>الرد يبدو وعدًا فقط: لا تُنشئ متابعة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="89"/>
        <source>What was promised, for whoever keeps the promise</source>
        <translation>ما الذي وُعد به، لمن سيفي بالوعد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="124"/>
        <source>Follow up on the promise made in the reply</source>
        <translation>متابعة الوعد المذكور في الرد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="155"/>
        <source>This reply promises something, but no follow-up will be created.</source>
        <translation>يتضمن هذا الرد وعدًا، لكن لن تُنشأ متابعة.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="160"/>
        <source>This reply promises something: a follow-up will be due on {time}.</source>
        <translation>يتضمن هذا الرد وعدًا: موعد المتابعة {time}.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="54"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="55"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="56"/>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="57"/>
        <source>Excerpt</source>
        <translation>مقتطف</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="58"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="59"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="60"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="61"/>
        <source>Assignee</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="62"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="66"/>
        <source>Site: where the item was written</source>
        <translation>الموقع: حيث كُتب العنصر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="67"/>
        <source>Author: who wrote it</source>
        <translation>الكاتب: من كتبه</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="68"/>
        <source>Rating: the stars given, where the site has them</source>
        <translation>التقييم: النجوم الممنوحة، حين يتيحها الموقع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="71"/>
        <source>Excerpt: the start of the text</source>
        <translation>مقتطف: بداية النص</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="72"/>
        <source>Language: the language of the text</source>
        <translation>اللغة: لغة النص</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="73"/>
        <source>Age: how long ago it was written; overdue once past its response target</source>
        <translation>العمر: منذ متى كُتب؛ ويُعدّ متأخرًا متى تجاوز هدف الرد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="76"/>
        <source>Status: new, in progress, answered, closed or ignored</source>
        <translation>الحالة: جديد أو قيد المعالجة أو تم الرد أو مغلق أو متجاهَل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="79"/>
        <source>Assignee: who answers it</source>
        <translation>المسؤول: من يتولى الرد عليه</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="80"/>
        <source>Priority: higher comes first; open criticism and late items climb</source>
        <translation>الأولوية: الأعلى أولًا؛ ويصعد الانتقاد المفتوح والعناصر المتأخرة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="376"/>
        <source>{age} · overdue</source>
        <translation>{age} · متأخر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="385"/>
        <source>Overdue: the response target for criticism is {hours} h</source>
        <translation>متأخر: هدف الرد على الانتقادات {hours} ساعة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="387"/>
        <source>Overdue: the response target for this item is {hours} h</source>
        <translation>متأخر: هدف الرد على هذا العنصر {hours} ساعة</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../repman/ui/inbox_view.py" line="27"/>
        <source>30 min · overdue</source>
        <translation>30 دقيقة · متأخر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_view.py" line="28"/>
        <source>In progress</source>
        <translation>قيد المعالجة</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../../repman/ui/item_view.py" line="55"/>
        <source>In progress</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="57"/>
        <source>Someone is on it</source>
        <translation>شخص ما يعمل عليه</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="60"/>
        <source>Answered</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="62"/>
        <source>A reply was posted or sent (A)</source>
        <translation>نُشر رد أو أُرسل (A)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="65"/>
        <source>Ignore…</source>
        <translation>تجاهل…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="67"/>
        <source>No reply needed; asks for a reason (I)</source>
        <translation>لا حاجة إلى رد؛ يُطلب سبب (I)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="70"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="72"/>
        <source>Nothing more to do</source>
        <translation>لا شيء آخر للقيام به</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="75"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="77"/>
        <source>Back to new (R)</source>
        <translation>العودة إلى جديد (R)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="92"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="93"/>
        <source>Sent by hand</source>
        <translation>أُرسل يدويًا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="94"/>
        <source>Posted</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="112"/>
        <source>Ignore item</source>
        <translation>تجاهل العنصر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="113"/>
        <source>Why does this item need no reply? (kept in its history)</source>
        <translation>لماذا لا يحتاج هذا العنصر إلى رد؟ (يُحفظ في سجله)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="267"/>
        <source>Select an item to read it.</source>
        <translation>اختر عنصرًا لقراءته.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="82"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="83"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="84"/>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="85"/>
        <source>Written</source>
        <translation>كُتب</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="86"/>
        <source>Edited</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="87"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="88"/>
        <source>Assignee</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="89"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="270"/>
        <source>Open on site</source>
        <translation>فتح في الموقع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="271"/>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="273"/>
        <source>The same author&apos;s items on every site; click one to open it</source>
        <translation>عناصر الكاتب نفسه في كل المواقع؛ انقر عنصرًا لفتحه</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="275"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="314"/>
        <location filename="../../repman/ui/item_view.py" line="354"/>
        <source>No item selected</source>
        <translation>لم يُحدَّد أي عنصر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="320"/>
        <source>Ignoring an item needs a reason</source>
        <translation>تجاهل العنصر يتطلب سببًا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="329"/>
        <source>Marked {status}</source>
        <translation>صار: {status}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="330"/>
        <source>Already {status}</source>
        <translation>الحالة أصلًا: {status}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="338"/>
        <source>Assigned to you</source>
        <translation>أُسند إليك</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="338"/>
        <source>Already assigned to you</source>
        <translation>مُسند إليك أصلًا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="346"/>
        <source>Follow-up done</source>
        <translation>اكتملت المتابعة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="370"/>
        <source>This item has no web address to open</source>
        <translation>ليس لهذا العنصر عنوان ويب لفتحه</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="406"/>
        <location filename="../../repman/ui/item_view.py" line="452"/>
        <source>unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="425"/>
        <source>{time} ({age} ago)</source>
        <translation>{time} (قبل {age})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="431"/>
        <source>criticism</source>
        <translation>انتقاد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="438"/>
        <source>overdue (target {hours} h)</source>
        <translation>متأخر (الهدف {hours} ساعة)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="443"/>
        <source>Replies ({count})</source>
        <translation>الردود ({count})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="445"/>
        <source>No replies yet</source>
        <translation>لا ردود بعد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="457"/>
        <source>{state} by {name} · {time}</source>
        <translation>{state} بواسطة {name} · {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="474"/>
        <source>Due {time}: {note}</source>
        <translation>الموعد {time}: {note}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="477"/>
        <source>done {time}</source>
        <translation>اكتملت {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="481"/>
        <source>overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="485"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="486"/>
        <source>The promise was kept: mark this follow-up done</source>
        <translation>تم الوفاء بالوعد: ضع علامة اكتمال على هذه المتابعة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="506"/>
        <source>Other items by this author ({count})</source>
        <translation>عناصر أخرى لهذا الكاتب ({count})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="530"/>
        <source>Nothing has happened to this item yet.</source>
        <translation>لم يحدث شيء لهذا العنصر بعد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../repman/ui/main_window.py" line="68"/>
        <source>This is the demo inbox. Add a source to see your own reviews.</source>
        <translation>هذا صندوق وارد تجريبي. أضف مصدرًا لترى مراجعاتك.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="74"/>
        <source>The reply composer is on its way; for now reply on the site, then press A</source>
        <translation>محرر الردود قادم قريبًا؛ رُدّ الآن في الموقع ثم اضغط A</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="48"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="49"/>
        <source>&amp;Item</source>
        <translation>&amp;عنصر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="72"/>
        <source>Item</source>
        <translation>عنصر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="73"/>
        <source>Reply (in the list)</source>
        <translation>الرد (في القائمة)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="74"/>
        <source>Enter, double-click</source>
        <translation>Enter، نقر مزدوج</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="224"/>
        <source>Repman — demo inbox</source>
        <translation>Repman — صندوق وارد تجريبي</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="226"/>
        <location filename="../../repman/ui/window_menus.py" line="42"/>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="251"/>
        <location filename="../../repman/ui/window_menus.py" line="43"/>
        <source>Dashboard</source>
        <translation>لوحة المؤشرات</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="31"/>
        <source>Next item</source>
        <translation>العنصر التالي</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="32"/>
        <source>Previous item</source>
        <translation>العنصر السابق</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="33"/>
        <source>Reply…</source>
        <translation>رد…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="34"/>
        <source>Mark answered</source>
        <translation>وضع علامة: تم الرد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="35"/>
        <source>Ignore…</source>
        <translation>تجاهل…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="36"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="37"/>
        <source>Assign to me</source>
        <translation>إسناد إليّ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="38"/>
        <source>Open on site</source>
        <translation>فتح في الموقع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="39"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="40"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="41"/>
        <source>Save view…</source>
        <translation>حفظ العرض…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="305"/>
        <location filename="../../repman/ui/main_window.py" line="335"/>
        <source>No item selected</source>
        <translation>لم يُحدَّد أي عنصر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="317"/>
        <source>That item is not in this view; it is shown on its own</source>
        <translation>هذا العنصر ليس ضمن هذا العرض؛ يُعرض وحده</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="141"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="371"/>
        <source>1 item</source>
        <translation>عنصر واحد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="371"/>
        <source>{count} items</source>
        <translation>{count} من العناصر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="82"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="196"/>
        <source>Export diagnostics…</source>
        <translation>تصدير بيانات التشخيص…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="50"/>
        <source>&amp;Sync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="83"/>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="84"/>
        <source>Sources…</source>
        <translation>المصادر…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="86"/>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="93"/>
        <source>A sync is already running.</source>
        <translation>هناك مزامنة جارية بالفعل.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="51"/>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="179"/>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="168"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="52"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="110"/>
        <source>About %1…</source>
        <translation>حول %1…</translation>
    </message>
</context>
<context>
    <name>QuotedItem</name>
    <message>
        <location filename="../../repman/ui/quoted_item.py" line="52"/>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <location filename="../../repman/ui/quoted_item.py" line="57"/>
        <source>{name} on {site}</source>
        <translation>{name} على {site}</translation>
    </message>
</context>
<context>
    <name>ReplySender</name>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="53"/>
        <source>Posted to {site}</source>
        <translation>نُشر في {site}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="65"/>
        <source>Not posted: {reason}. Nothing was recorded; the reply is kept as a draft.</source>
        <translation>لم يُنشر: {reason}. لم يُسجَّل شيء؛ الرد محفوظ كمسودة.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="87"/>
        <source>Marked answered</source>
        <translation>وُضعت علامة: تم الرد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="96"/>
        <source>Copied. This item has no web address: paste it on {site} yourself.</source>
        <translation>نُسخ. ليس لهذا العنصر عنوان ويب: الصقه في {site} بنفسك.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="99"/>
        <source>Copied. Paste it on {site}, then press Mark answered.</source>
        <translation>نُسخ. الصقه في {site} ثم اضغط «وضع علامة: تم الرد».</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="45"/>
        <source>All open</source>
        <translation>كل المفتوح</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="47"/>
        <source>New and in-progress items</source>
        <translation>العناصر الجديدة وقيد المعالجة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="50"/>
        <source>Unanswered criticism</source>
        <translation>انتقادات بلا رد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="52"/>
        <source>Open criticism: the reviews that hurt most while they wait</source>
        <translation>الانتقادات المفتوحة: المراجعات الأكثر ضررًا ما دامت تنتظر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="57"/>
        <source>My items</source>
        <translation>عناصري</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="59"/>
        <source>Everything assigned to you</source>
        <translation>كل ما أُسند إليك</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="62"/>
        <source>Overdue follow-ups</source>
        <translation>متابعات متأخرة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="64"/>
        <source>Promised call-backs and refunds past their due time, whatever the item&apos;s status</source>
        <translation>اتصالات ومبالغ مستردة موعودة فات موعدها، أيًّا كانت حالة العنصر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="86"/>
        <source>Saved view</source>
        <translation>عرض محفوظ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="205"/>
        <source>Views</source>
        <translation>طرق العرض</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="206"/>
        <source>Save view…</source>
        <translation>حفظ العرض…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="207"/>
        <source>Keep the current filters under a name</source>
        <translation>احفظ عوامل التصفية الحالية باسم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="208"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="209"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="238"/>
        <source>The saved view “{name}” cannot be read ({reason})</source>
        <translation>تعذّرت قراءة العرض المحفوظ «{name}» ‏({reason})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="272"/>
        <source>Name of this view:</source>
        <translation>اسم هذا العرض:</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="277"/>
        <source>“{name}” is a built-in view; choose another name</source>
        <translation>«{name}» عرض مدمج؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="285"/>
        <source>Updated view “{name}”</source>
        <translation>حُدّث العرض «{name}»</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="288"/>
        <source>Saved view “{name}”</source>
        <translation>حُفظ العرض «{name}»</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="295"/>
        <source>Select one of your views to rename it</source>
        <translation>اختر أحد عروضك لإعادة تسميته</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="297"/>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="301"/>
        <source>A view named “{name}” exists already</source>
        <translation>يوجد عرض باسم «{name}» بالفعل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="305"/>
        <source>Renamed “{old}” to “{new}”</source>
        <translation>أُعيدت تسمية «{old}» إلى «{new}»</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="310"/>
        <source>Select one of your views to delete it</source>
        <translation>اختر أحد عروضك لحذفه</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="314"/>
        <source>Deleted view “{name}”</source>
        <translation>حُذف العرض «{name}»</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="322"/>
        <source>Cannot save views to {path}: {reason}</source>
        <translation>تعذّر حفظ العروض في {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="334"/>
        <source>Your views</source>
        <translation>عروضك</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="334"/>
        <source>Your views: none yet</source>
        <translation>عروضك: لا شيء بعد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="342"/>
        <source>Your saved view</source>
        <translation>عرضك المحفوظ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="32"/>
        <source>Business name</source>
        <translation>اسم النشاط التجاري</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="33"/>
        <source>e.g. Cedar &amp; Olive</source>
        <translation>مثلًا: Cedar &amp; Olive</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="37"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="38"/>
        <source>e.g. Maya, owner</source>
        <translation>مثلًا: مايا، المالكة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="42"/>
        <source>Contact line</source>
        <translation>سطر التواصل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="43"/>
        <source>e.g. hello@cedarolive.example or 020 7946 0000</source>
        <translation>مثلًا: hello@cedarolive.example أو 020 7946 0000</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="48"/>
        <source>Answer criticism within</source>
        <translation>الرد على الانتقادات خلال</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="49"/>
        <location filename="../../repman/ui/settings_dialog.py" line="51"/>
        <source> h</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="50"/>
        <source>Answer the rest within</source>
        <translation>الرد على الباقي خلال</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="52"/>
        <source>A promise is due after</source>
        <translation>يحين موعد الوعد بعد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="53"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="105"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="106"/>
        <source>Off</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="108"/>
        <source>Sync every source this often while Repman is open; 0 is off</source>
        <translation>زامن كل مصدر بهذا التواتر ما دام Repman مفتوحًا؛ 0 يعني الإيقاف</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="112"/>
        <source>Sync automatically every</source>
        <translation>زامن تلقائيًا كل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="119"/>
        <source>The words change in every open window when you save; Arabic and Urdu lay the app out from right to left</source>
        <translation>تتغيّر الكلمات في كل نافذة مفتوحة عند الحفظ؛ وتعرض العربية والأردية التطبيق من اليمين إلى اليسار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="123"/>
        <source>Language of the app</source>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="132"/>
        <source>Business name, signature and contact fill in the reply templates. Targets decide when an unanswered item counts as late.</source>
        <translation>يملأ اسم النشاط والتوقيع وسطر التواصل قوالب الردود. وتحدد الأهداف متى يُعد العنصر غير المردود عليه متأخرًا.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="163"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>تعذّر حفظ الإعدادات: {reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../repman/ui/shortcuts_dialog.py" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../repman/ui/shortcuts_dialog.py" line="70"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../repman/ui/shortcuts_dialog.py" line="70"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="55"/>
        <source>stored — leave empty to keep it</source>
        <translation>محفوظ — اتركه فارغًا للإبقاء عليه</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="56"/>
        <source>cannot be kept on this computer (no secure storage)</source>
        <translation>لا يمكن حفظه على هذا الحاسوب (لا تخزين آمن)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="59"/>
        <source>Items imported from files: nothing to set up. Remove the source to delete them.</source>
        <translation>عناصر مستوردة من ملفات: لا شيء لإعداده. احذف المصدر لحذفها.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="62"/>
        <source>This version of Repman cannot sync this kind of source.</source>
        <translation>لا يستطيع هذا الإصدار من Repman مزامنة هذا النوع من المصادر.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="67"/>
        <location filename="../../repman/ui/sources_page.py" line="219"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="68"/>
        <location filename="../../repman/ui/sources_page.py" line="218"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="69"/>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="70"/>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="71"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="82"/>
        <source>Remove source</source>
        <translation>إزالة المصدر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="86"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="94"/>
        <source>1 item</source>
        <translation>عنصر واحد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="95"/>
        <source>{count} items</source>
        <translation>{count} من العناصر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="212"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="214"/>
        <source>Add source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="215"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="216"/>
        <source>e.g. Google — High Street</source>
        <translation>مثلًا: Google — الشارع الرئيسي</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="217"/>
        <source>Include in sync</source>
        <translation>تضمين في المزامنة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="220"/>
        <source>Test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="221"/>
        <source>Ask the site with this form&apos;s values</source>
        <translation>استعلم من الموقع بقيم هذا النموذج</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="222"/>
        <source>Connect Google account</source>
        <translation>ربط حساب Google</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="223"/>
        <source>Save, then sign in with Google in your browser</source>
        <translation>احفظ، ثم سجّل الدخول إلى Google في متصفحك</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="224"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="255"/>
        <location filename="../../repman/ui/sources_page.py" line="337"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="297"/>
        <source>Wait for the sync to finish</source>
        <translation>انتظر انتهاء المزامنة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="298"/>
        <source>Delete the source and its items</source>
        <translation>احذف المصدر وعناصره</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="334"/>
        <source>New source</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="338"/>
        <source>Last problem: {problem}</source>
        <translation>آخر مشكلة: {problem}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="340"/>
        <source>Last synced: {time}</source>
        <translation>آخر مزامنة: {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="369"/>
        <source>Passwords and tokens (kept in the system keyring):</source>
        <translation>كلمات المرور والرموز (تُحفظ في حلقة مفاتيح النظام):</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="399"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="419"/>
        <source>{field} (optional)</source>
        <translation>{field} (اختياري)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="457"/>
        <source>Saved. Passwords and tokens are in the system keyring.</source>
        <translation>حُفظ. كلمات المرور والرموز في حلقة مفاتيح النظام.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="459"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="470"/>
        <source>It has no items.</source>
        <translation>ليس فيه عناصر.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="471"/>
        <source>This deletes its {items}, with their replies and history. This cannot be undone.</source>
        <translation>سيُحذف {items} مع الردود والسجل. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="474"/>
        <source>Remove the source {name}?</source>
        <translation>إزالة المصدر {name}؟</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="484"/>
        <source>Removed {name} and {items}.</source>
        <translation>أُزيل {name} و{items}.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="487"/>
        <source>Its passwords could not be deleted from the keyring: {reason}</source>
        <translation>تعذّر حذف كلمات مروره من حلقة المفاتيح: {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="498"/>
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="503"/>
        <source>Test passed — {answer}</source>
        <translation>نجح الاختبار — {answer}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="506"/>
        <source>Test failed — {reason}</source>
        <translation>فشل الاختبار — {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="528"/>
        <source>Finish signing in in your browser; Repman waits for it (up to 5 minutes).</source>
        <translation>أكمل تسجيل الدخول في متصفحك؛ سينتظر Repman (حتى 5 دقائق).</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="535"/>
        <source>Sign-in failed — {reason}</source>
        <translation>فشل تسجيل الدخول — {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="548"/>
        <source>Signed in: the source can now sync.</source>
        <translation>تم تسجيل الدخول: يمكن للمصدر المزامنة الآن.</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <location filename="../../repman/ui/suggestion_list.py" line="41"/>
        <source>Finding suggestions…</source>
        <translation>جارٍ البحث عن اقتراحات…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/suggestion_list.py" line="53"/>
        <source>No templates in this language yet: write your own.</source>
        <translation>لا قوالب بهذه اللغة بعد: اكتب ردك بنفسك.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/suggestion_list.py" line="65"/>
        <source>too long for {site}</source>
        <translation>أطول مما يقبله {site}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="56"/>
        <source>Something went wrong inside Repman ({error}); details are in the log.</source>
        <translation>حدث خطأ داخل Repman ‏({error})؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="67"/>
        <source>Login expired —</source>
        <translation>انتهت صلاحية الدخول —</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="69"/>
        <source>The site asked us to slow down — will retry later</source>
        <translation>طلب الموقع الإبطاء — ستُعاد المحاولة لاحقًا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="73"/>
        <source>Stopped</source>
        <translation>توقفت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="179"/>
        <source>This inbox is not stored in a file, so it cannot be synced.</source>
        <translation>صندوق الوارد هذا غير محفوظ في ملف، لذا لا يمكن مزامنته.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="250"/>
        <source>Sync could not run: {reason}</source>
        <translation>تعذّر تشغيل المزامنة: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="50"/>
        <source>Nothing to sync yet: add a source with Sync ▸ Sources… (Ctrl+,).</source>
        <translation>لا شيء للمزامنة بعد: أضف مصدرًا من مزامنة ▸ المصادر… (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="105"/>
        <source>Not synced yet in this session.</source>
        <translation>لم تتم المزامنة بعد في هذه الجلسة.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="161"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="162"/>
        <source>Off</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="164"/>
        <source>Sync every few minutes while Repman is open (0 turns it off)</source>
        <translation>زامن كل بضع دقائق ما دام Repman مفتوحًا (0 يوقفها)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="166"/>
        <source>Sync automatically every</source>
        <translation>زامن تلقائيًا كل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="167"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="168"/>
        <source>Stop the sync; what was fetched so far is kept</source>
        <translation>أوقف المزامنة؛ يُحتفظ بما جُلب حتى الآن</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="175"/>
        <source>Reconnect</source>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="176"/>
        <source>Open the source&apos;s settings to sign in again</source>
        <translation>افتح إعدادات المصدر لتسجيل الدخول مجددًا</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="258"/>
        <source>Stopped</source>
        <translation>توقفت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="260"/>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="260"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="265"/>
        <source>%v of %m</source>
        <translation>%v من %m</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="268"/>
        <source>{fetched} fetched, {new} new</source>
        <translation>جُلب {fetched}، الجديد {new}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="272"/>
        <source>{updated} updated</source>
        <translation>حُدّث {updated}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="278"/>
        <source>Up to date</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="280"/>
        <source>Fetching…</source>
        <translation>جارٍ الجلب…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="280"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="302"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="306"/>
        <source>Stopping… (the page being fetched is finished first)</source>
        <translation>جارٍ الإيقاف… (تكتمل الصفحة الجاري جلبها أولًا)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="326"/>
        <source>1 new item</source>
        <translation>عنصر جديد واحد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="326"/>
        <source>{count} new items</source>
        <translation>عناصر جديدة: {count}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="328"/>
        <source>Sync stopped at {time}: {items} kept</source>
        <translation>توقفت المزامنة عند {time}: احتُفظ بـ{items}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="330"/>
        <source>Synced at {time}: {items}</source>
        <translation>تمت المزامنة عند {time}: {items}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="334"/>
        <source>1 source needs attention</source>
        <translation>مصدر واحد يحتاج إلى انتباه</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="335"/>
        <source>{count} sources need attention</source>
        <translation>مصادر تحتاج إلى انتباه: {count}</translation>
    </message>
</context>
<context>
    <name>SyncTray</name>
    <message>
        <location filename="../../repman/ui/tray.py" line="21"/>
        <source>1 new complaint is waiting for an answer.</source>
        <translation>شكوى جديدة واحدة تنتظر الرد.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tray.py" line="22"/>
        <source>{count} new complaints are waiting for an answer.</source>
        <translation>شكاوى جديدة تنتظر الرد: {count}.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tray.py" line="51"/>
        <source>Open Repman</source>
        <translation>فتح Repman</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tray.py" line="52"/>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
</context>
<context>
    <name>ToneCheck</name>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="22"/>
        <source>Defensive</source>
        <translation>دفاعي</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="23"/>
        <source>Blames the customer</source>
        <translation>يلوم العميل</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="24"/>
        <source>Dismissive</source>
        <translation>مستخف</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="25"/>
        <source>Shouting</source>
        <translation>صراخ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="26"/>
        <source>Promise</source>
        <translation>وعد</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="27"/>
        <source>Too long for the site</source>
        <translation>أطول مما يقبله الموقع</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="28"/>
        <source>Spelling</source>
        <translation>الإملاء</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="29"/>
        <source>No apology</source>
        <translation>بلا اعتذار</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="30"/>
        <source>No thanks</source>
        <translation>بلا شكر</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="31"/>
        <source>Copy-paste reply</source>
        <translation>رد نمطي منسوخ</translation>
    </message>
</context>
</TS>
