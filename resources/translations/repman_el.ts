<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="26"/>
        <source>PySide6 and Qt</source>
        <translation>PySide6 και Qt</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="31"/>
        <source>Noto fonts</source>
        <translation>Γραμματοσειρές Noto</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="37"/>
        <source>Hunspell dictionaries for English, Arabic and Greek</source>
        <translation>Λεξικά Hunspell για αγγλικά, αραβικά και ελληνικά</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="43"/>
        <source>VADER sentiment lexicon</source>
        <translation>Λεξικό συναισθήματος VADER</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="48"/>
        <source>fastText language identification (lite model)</source>
        <translation>Αναγνώριση γλώσσας fastText (ελαφρύ μοντέλο)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="86"/>
        <source>About %1</source>
        <translation>Σχετικά με το %1</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="88"/>
        <source>Every review and mention of your business in one inbox, answered calmly.</source>
        <translation>Κάθε αξιολόγηση και αναφορά στην επιχείρησή σας σε ένα σημείο, με ψύχραιμες απαντήσεις.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="91"/>
        <source>Licence: %1. You may share and change it under the same terms.</source>
        <translation>Άδεια: %1. Μπορείτε να το μοιραστείτε και να το αλλάξετε με τους ίδιους όρους.</translation>
    </message>
</context>
<context>
    <name>CharCount</name>
    <message>
        <location filename="../../repman/ui/char_count.py" line="15"/>
        <source>characters</source>
        <translation>χαρακτήρες</translation>
    </message>
    <message>
        <location filename="../../repman/ui/char_count.py" line="16"/>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <location filename="../../repman/ui/char_count.py" line="32"/>
        <source>This site sets no length limit for replies</source>
        <translation>Αυτός ο ιστότοπος δεν ορίζει όριο μήκους για τις απαντήσεις</translation>
    </message>
    <message>
        <location filename="../../repman/ui/char_count.py" line="35"/>
        <source>The site accepts replies of at most {size} {unit}</source>
        <translation>Ο ιστότοπος δέχεται απαντήσεις έως {size} {unit}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/char_count.py" line="43"/>
        <source>{count} characters</source>
        <translation>{count} χαρακτήρες</translation>
    </message>
</context>
<context>
    <name>ComposeTasks</name>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="55"/>
        <source>the site</source>
        <translation>τον ιστότοπο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="67"/>
        <source>Imported items have no site connection: copy the reply to the site.</source>
        <translation>Τα εισαγόμενα στοιχεία δεν συνδέονται με ιστότοπο: αντιγράψτε την απάντηση στον ιστότοπο.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="75"/>
        <source>{site} has no way to reply from another app: copy the reply to the site.</source>
        <translation>Το {site} δεν δέχεται απαντήσεις από άλλη εφαρμογή: αντιγράψτε την απάντηση στον ιστότοπο.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="86"/>
        <source>Replies cannot be posted from here yet ({reason}): copy the reply to the site.</source>
        <translation>Οι απαντήσεις δεν δημοσιεύονται ακόμη από εδώ ({reason}): αντιγράψτε την απάντηση στον ιστότοπο.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="91"/>
        <source>{site} takes replies with a user sign-in; add it under Sources to post from here. For now, copy the reply to the site.</source>
        <translation>Το {site} δέχεται απαντήσεις με σύνδεση χρήστη· προσθέστε το στις Πηγές για να δημοσιεύετε από εδώ. Προς το παρόν, αντιγράψτε την απάντηση στον ιστότοπο.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/compose_tasks.py" line="230"/>
        <source>My {category} reply</source>
        <translation>Η απάντησή μου για {category}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../repman/ui/composer.py" line="58"/>
        <source>Save as template</source>
        <translation>Αποθήκευση ως πρότυπο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="59"/>
        <source>Name of the template:</source>
        <translation>Όνομα προτύπου:</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="210"/>
        <source>Reply</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="183"/>
        <source>Write the reply, or pick a suggestion above (Alt+1).</source>
        <translation>Γράψτε την απάντηση ή διαλέξτε μια πρόταση από πάνω (Alt+1).</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="190"/>
        <source>Save as template…</source>
        <translation>Αποθήκευση ως πρότυπο…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="191"/>
        <source>Copy and open site</source>
        <translation>Αντιγραφή και άνοιγμα ιστότοπου</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="192"/>
        <source>Mark answered</source>
        <translation>Σήμανση ως απαντημένο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="216"/>
        <source>Post</source>
        <translation>Δημοσίευση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="198"/>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="194"/>
        <source>You pasted the reply on the site: record it (Ctrl+Enter)</source>
        <translation>Επικολλήσατε την απάντηση στον ιστότοπο: καταγράψτε την (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="197"/>
        <source>Post the reply on the site (Ctrl+Enter)</source>
        <translation>Δημοσίευση της απάντησης στον ιστότοπο (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="186"/>
        <source>Suggested replies (Alt+1 … Alt+5)</source>
        <translation>Προτεινόμενες απαντήσεις (Alt+1 … Alt+5)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="186"/>
        <source>Your reply</source>
        <translation>Η απάντησή σας</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="187"/>
        <source>Tone check</source>
        <translation>Έλεγχος ύφους</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="199"/>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="201"/>
        <source>Suggestion {number}</source>
        <translation>Πρόταση {number}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="227"/>
        <source>Still posting the last reply; try again in a moment</source>
        <translation>Η προηγούμενη απάντηση δημοσιεύεται ακόμη· δοκιμάστε ξανά σε λίγο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="210"/>
        <source>Reply to {name}</source>
        <translation>Απάντηση σε {name}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="261"/>
        <source>Draft restored: it was saved as you wrote it.</source>
        <translation>Το πρόχειρο ανακτήθηκε: αποθηκευόταν καθώς γράφατε.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="276"/>
        <source>No suggestions</source>
        <translation>Καμία πρόταση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="216"/>
        <source>Post to {site}</source>
        <translation>Δημοσίευση στο {site}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="342"/>
        <location filename="../../repman/ui/composer.py" line="380"/>
        <location filename="../../repman/ui/composer.py" line="389"/>
        <source>Write a reply first.</source>
        <translation>Γράψτε πρώτα μια απάντηση.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="351"/>
        <location filename="../../repman/ui/composer.py" line="382"/>
        <source>the site</source>
        <translation>τον ιστότοπο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="352"/>
        <source>Posting to {site}…</source>
        <translation>Δημοσίευση στο {site}…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="366"/>
        <source>a follow-up is due {time}</source>
        <translation>η εκκρεμότητα λήγει {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/composer.py" line="401"/>
        <source>Saved as the template “{name}”.</source>
        <translation>Αποθηκεύτηκε ως πρότυπο «{name}».</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="49"/>
        <source>Something went wrong inside Repman ({kind}). Your inbox is safe and the app keeps running; if something looks wrong, close and reopen it. To help us fix it, send the report below: passwords and tokens are removed from it.</source>
        <translation>Κάτι πήγε στραβά μέσα στο Repman ({kind}). Τα εισερχόμενά σας είναι ασφαλή και η εφαρμογή συνεχίζει να λειτουργεί· αν κάτι φαίνεται λάθος, κλείστε την και ανοίξτε την ξανά. Για να μας βοηθήσετε να το διορθώσουμε, στείλτε την αναφορά παρακάτω: οι κωδικοί και τα διακριτικά έχουν αφαιρεθεί.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="112"/>
        <source>Repman — something went wrong</source>
        <translation>Repman — κάτι πήγε στραβά</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="113"/>
        <source>Copy report</source>
        <translation>Αντιγραφή αναφοράς</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="114"/>
        <source>Open log folder</source>
        <translation>Άνοιγμα φακέλου καταγραφής</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="115"/>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/crash_dialog.py" line="133"/>
        <source>Copied</source>
        <translation>Αντιγράφηκε</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="44"/>
        <source>Response rate</source>
        <translation>Ποσοστό απάντησης</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="45"/>
        <source>Criticism answered</source>
        <translation>Απαντημένη κριτική</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="46"/>
        <source>Median first response</source>
        <translation>Διάμεσος χρόνος πρώτης απάντησης</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="47"/>
        <source>Average rating</source>
        <translation>Μέση βαθμολογία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="48"/>
        <source>Open criticism now</source>
        <translation>Ανοιχτή κριτική τώρα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="78"/>
        <source>Response rate by week</source>
        <translation>Ποσοστό απάντησης ανά εβδομάδα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="81"/>
        <location filename="../../repman/ui/dashboard.py" line="130"/>
        <source>All items</source>
        <translation>Όλα τα στοιχεία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="83"/>
        <location filename="../../repman/ui/dashboard.py" line="134"/>
        <source>Criticism</source>
        <translation>Κριτική</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="94"/>
        <source>Median time to first response by week</source>
        <translation>Διάμεσος χρόνος πρώτης απάντησης ανά εβδομάδα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="96"/>
        <location filename="../../repman/ui/dashboard.py" line="149"/>
        <source>Hours</source>
        <translation>Ώρες</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="103"/>
        <source>Average rating by week</source>
        <translation>Μέση βαθμολογία ανά εβδομάδα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="105"/>
        <source>Stars</source>
        <translation>Αστέρια</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="112"/>
        <source>Unanswered criticism at each week&apos;s end</source>
        <translation>Αναπάντητη κριτική στο τέλος κάθε εβδομάδας</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="116"/>
        <source>Open criticism</source>
        <translation>Ανοιχτή κριτική</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="126"/>
        <source>Response rate by site</source>
        <translation>Ποσοστό απάντησης ανά ιστότοπο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="145"/>
        <source>Median time to first response by site</source>
        <translation>Διάμεσος χρόνος πρώτης απάντησης ανά ιστότοπο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="159"/>
        <source>Top complaint categories</source>
        <translation>Κορυφαίες κατηγορίες παραπόνων</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="163"/>
        <source>Criticism items</source>
        <translation>Στοιχεία κριτικής</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="167"/>
        <location filename="../../repman/ui/dashboard.py" line="179"/>
        <source>No criticism with a category in this period</source>
        <translation>Καμία κριτική με κατηγορία σε αυτή την περίοδο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="176"/>
        <source>Complaint categories by week</source>
        <translation>Κατηγορίες παραπόνων ανά εβδομάδα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="265"/>
        <source>Last {count} weeks</source>
        <translation>Τελευταίες {count} εβδομάδες</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="266"/>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="307"/>
        <source>Computing…</source>
        <translation>Υπολογισμός…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="335"/>
        <source>Could not compute the dashboard</source>
        <translation>Δεν ήταν δυνατός ο υπολογισμός του πίνακα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/dashboard.py" line="345"/>
        <source>{count} items written since {date} · updated {time}</source>
        <translation>{count} στοιχεία από {date} · ενημέρωση {time}</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="40"/>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="59"/>
        <source>Export diagnostics</source>
        <translation>Εξαγωγή διαγνωστικών</translation>
    </message>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="61"/>
        <source>Zip archives (*.zip)</source>
        <translation>Αρχεία Zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="72"/>
        <source>The diagnostics could not be saved: {reason}</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση των διαγνωστικών: {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="82"/>
        <source>Diagnostics saved to {path}. Attach this file to your report: it holds the log and version information, with passwords and tokens removed.</source>
        <translation>Τα διαγνωστικά αποθηκεύτηκαν στο {path}. Επισυνάψτε αυτό το αρχείο στην αναφορά σας: περιέχει το αρχείο καταγραφής και πληροφορίες έκδοσης, χωρίς κωδικούς και διακριτικά.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/diagnostics_dialog.py" line="89"/>
        <source>Open folder</source>
        <translation>Άνοιγμα φακέλου</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../repman/ui/display.py" line="25"/>
        <source>New</source>
        <translation>Νέο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="26"/>
        <source>In progress</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="27"/>
        <source>Answered</source>
        <translation>Απαντήθηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="28"/>
        <source>Closed</source>
        <translation>Κλειστό</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="29"/>
        <source>Ignored</source>
        <translation>Αγνοήθηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="83"/>
        <source>{n} min</source>
        <translation>{n} λεπ.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="85"/>
        <source>{n} h</source>
        <translation>{n} ώρ.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/display.py" line="86"/>
        <source>{n} d</source>
        <translation>{n} ημ.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../repman/ui/draft_keeper.py" line="68"/>
        <source>The draft could not be saved: {reason}</source>
        <translation>Το πρόχειρο δεν αποθηκεύτηκε: {reason}</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <location filename="../../repman/ui/event_text.py" line="23"/>
        <source>draft reply saved</source>
        <translation>αποθηκεύτηκε πρόχειρη απάντηση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="24"/>
        <source>reply sent by hand</source>
        <translation>η απάντηση στάλθηκε χειροκίνητα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="25"/>
        <source>reply posted</source>
        <translation>η απάντηση δημοσιεύτηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="31"/>
        <source>nobody</source>
        <translation>κανένας</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="42"/>
        <source>assigned: {detail}</source>
        <translation>ανάθεση: {detail}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="45"/>
        <source>assigned: {old} → {new}</source>
        <translation>ανάθεση: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="49"/>
        <source>(rule {rule})</source>
        <translation>(κανόνας {rule})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="53"/>
        <source>tags: {tags}</source>
        <translation>ετικέτες: {tags}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="62"/>
        <source>category: {detail}</source>
        <translation>κατηγορία: {detail}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="73"/>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="66"/>
        <source>category: {old} → {new}</source>
        <translation>κατηγορία: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="80"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="83"/>
        <source>a draft was written</source>
        <translation>γράφτηκε πρόχειρο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="105"/>
        <source>follow-up due {due}: {note}</source>
        <translation>υπενθύμιση έως {due}: {note}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/event_text.py" line="109"/>
        <source>follow-up done</source>
        <translation>η υπενθύμιση ολοκληρώθηκε</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="43"/>
        <source>This week</source>
        <translation>Αυτή η εβδομάδα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="44"/>
        <source>Last week</source>
        <translation>Προηγούμενη εβδομάδα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="45"/>
        <source>This month</source>
        <translation>Αυτός ο μήνας</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="46"/>
        <source>Custom dates</source>
        <translation>Προσαρμοσμένες ημερομηνίες</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="50"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (υπολογιστικό φύλλο)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="51"/>
        <source>Excel workbook</source>
        <translation>Βιβλίο εργασίας Excel</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="52"/>
        <source>PDF report</source>
        <translation>Αναφορά PDF</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="84"/>
        <source>Export to</source>
        <translation>Εξαγωγή σε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="188"/>
        <location filename="../../repman/ui/export_dialog.py" line="200"/>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="193"/>
        <source>to</source>
        <translation>έως</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="194"/>
        <source>Choose where to save…</source>
        <translation>Επιλέξτε πού θα αποθηκευτεί…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="195"/>
        <source>Choose…</source>
        <translation>Επιλογή…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="197"/>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="197"/>
        <source>Dates</source>
        <translation>Ημερομηνίες</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="197"/>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="197"/>
        <source>Save to</source>
        <translation>Αποθήκευση σε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="201"/>
        <source>Open folder</source>
        <translation>Άνοιγμα φακέλου</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="263"/>
        <source>Writing {file}…</source>
        <translation>Εγγραφή του {file}…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="289"/>
        <source>Wrote 1 item to {path}</source>
        <translation>Γράφτηκε 1 στοιχείο στο {path}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="291"/>
        <source>Wrote {count} items to {path}</source>
        <translation>Γράφτηκαν {count} στοιχεία στο {path}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/export_dialog.py" line="301"/>
        <source>Export failed: {reason}</source>
        <translation>Η εξαγωγή απέτυχε: {reason}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="42"/>
        <source>All</source>
        <translation>Όλα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="43"/>
        <source>Open</source>
        <translation>Ανοιχτά</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="44"/>
        <source>New</source>
        <translation>Νέο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="45"/>
        <source>In progress</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="46"/>
        <source>Answered</source>
        <translation>Απαντήθηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="47"/>
        <source>Closed</source>
        <translation>Κλειστό</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="48"/>
        <source>Ignored</source>
        <translation>Αγνοήθηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="61"/>
        <source>All time</source>
        <translation>Όλο το διάστημα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="62"/>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="63"/>
        <source>Last 7 days</source>
        <translation>Τελευταίες 7 ημέρες</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="64"/>
        <source>Last 30 days</source>
        <translation>Τελευταίες 30 ημέρες</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="131"/>
        <source>Clear: {filter}</source>
        <translation>Καθαρισμός: {filter}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="246"/>
        <source>Search reviews and authors (Ctrl+F)</source>
        <translation>Αναζήτηση σε αξιολογήσεις και συντάκτες (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="249"/>
        <source>Items of every status</source>
        <translation>Στοιχεία κάθε κατάστασης</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="251"/>
        <source>Items that are: {statuses}</source>
        <translation>Στοιχεία σε κατάσταση: {statuses}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="255"/>
        <source>Criticism only</source>
        <translation>Μόνο κριτική</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="256"/>
        <source>Overdue follow-ups</source>
        <translation>Ληγμένες εκκρεμότητες</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="257"/>
        <source>Items with a promised follow-up past its due time</source>
        <translation>Στοιχεία με υποσχεμένη εκκρεμότητα που έχει λήξει</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="258"/>
        <source>Any site</source>
        <translation>Κάθε ιστότοπος</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="258"/>
        <source>Only items from this site</source>
        <translation>Μόνο στοιχεία από αυτόν τον ιστότοπο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="259"/>
        <source>Any rating</source>
        <translation>Κάθε βαθμολογία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="259"/>
        <source>Only items with these stars</source>
        <translation>Μόνο στοιχεία με αυτά τα αστέρια</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="260"/>
        <source>Any language</source>
        <translation>Κάθε γλώσσα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="260"/>
        <source>Only items in this language</source>
        <translation>Μόνο στοιχεία σε αυτή τη γλώσσα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="262"/>
        <source>Any category</source>
        <translation>Κάθε κατηγορία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="262"/>
        <source>Only items of this kind of complaint</source>
        <translation>Μόνο στοιχεία με αυτό το είδος παραπόνου</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="264"/>
        <source>Anyone</source>
        <translation>Οποιοσδήποτε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="264"/>
        <source>Only items assigned to this person</source>
        <translation>Μόνο στοιχεία που ανατέθηκαν σε αυτό το άτομο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="265"/>
        <source>Only items written in this period</source>
        <translation>Μόνο στοιχεία γραμμένα σε αυτή την περίοδο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="269"/>
        <source>Clear filters</source>
        <translation>Καθαρισμός φίλτρων</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="270"/>
        <source>Back to all open items (Ctrl+Shift+L)</source>
        <translation>Επιστροφή σε όλα τα ανοιχτά στοιχεία (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="290"/>
        <source>Unassigned</source>
        <translation>Χωρίς ανάθεση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="291"/>
        <source>Me ({name})</source>
        <translation>Εγώ ({name})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="292"/>
        <source>Me</source>
        <translation>Εγώ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/filter_bar.py" line="340"/>
        <source>Site {ids}</source>
        <translation>Ιστότοπος {ids}</translation>
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
        <translation>φαίνεται ήρεμη</translation>
    </message>
    <message>
        <location filename="../../repman/ui/findings_list.py" line="67"/>
        <source>1 thing to look at</source>
        <translation>1 σημείο για έλεγχο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/findings_list.py" line="68"/>
        <source>{count} things to look at</source>
        <translation>{count} σημεία για έλεγχο</translation>
    </message>
</context>
<context>
    <name>FollowupBar</name>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="84"/>
        <source>Change date</source>
        <translation>Αλλαγή ημερομηνίας</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="85"/>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="86"/>
        <source>No follow-up</source>
        <translation>Χωρίς εκκρεμότητα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="87"/>
        <source>The reply only sounds like a promise: create no follow-up</source>
        <translation>Η απάντηση απλώς μοιάζει με υπόσχεση: να μη δημιουργηθεί εκκρεμότητα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="89"/>
        <source>What was promised, for whoever keeps the promise</source>
        <translation>Τι υποσχεθήκαμε, για όποιον θα το τηρήσει</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="124"/>
        <source>Follow up on the promise made in the reply</source>
        <translation>Τήρηση της υπόσχεσης που δόθηκε στην απάντηση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="155"/>
        <source>This reply promises something, but no follow-up will be created.</source>
        <translation>Αυτή η απάντηση υπόσχεται κάτι, αλλά δεν θα δημιουργηθεί εκκρεμότητα.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/followup_bar.py" line="160"/>
        <source>This reply promises something: a follow-up will be due on {time}.</source>
        <translation>Αυτή η απάντηση υπόσχεται κάτι: η εκκρεμότητα θα λήγει στις {time}.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="54"/>
        <source>Site</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="55"/>
        <source>Author</source>
        <translation>Συντάκτης</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="56"/>
        <source>Rating</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="57"/>
        <source>Excerpt</source>
        <translation>Απόσπασμα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="58"/>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="59"/>
        <source>Age</source>
        <translation>Χρόνος</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="60"/>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="61"/>
        <source>Assignee</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="62"/>
        <source>Priority</source>
        <translation>Προτερ.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="66"/>
        <source>Site: where the item was written</source>
        <translation>Ιστότοπος: πού γράφτηκε το στοιχείο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="67"/>
        <source>Author: who wrote it</source>
        <translation>Συντάκτης: ποιος το έγραψε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="68"/>
        <source>Rating: the stars given, where the site has them</source>
        <translation>Βαθμολογία: τα αστέρια που δόθηκαν, όπου ο ιστότοπος έχει αστέρια</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="71"/>
        <source>Excerpt: the start of the text</source>
        <translation>Απόσπασμα: η αρχή του κειμένου</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="72"/>
        <source>Language: the language of the text</source>
        <translation>Γλώσσα: η γλώσσα του κειμένου</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="73"/>
        <source>Age: how long ago it was written; overdue once past its response target</source>
        <translation>Χρόνος: πόσο καιρό πριν γράφτηκε· εκπρόθεσμο μόλις περάσει ο στόχος απάντησης</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="76"/>
        <source>Status: new, in progress, answered, closed or ignored</source>
        <translation>Κατάσταση: νέο, σε εξέλιξη, απαντήθηκε, κλειστό ή αγνοήθηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="79"/>
        <source>Assignee: who answers it</source>
        <translation>Υπεύθυνος: ποιος το απαντά</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="80"/>
        <source>Priority: higher comes first; open criticism and late items climb</source>
        <translation>Προτεραιότητα: η υψηλότερη πρώτα· η ανοιχτή κριτική και τα εκπρόθεσμα στοιχεία ανεβαίνουν</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="376"/>
        <source>{age} · overdue</source>
        <translation>{age} · εκπρόθ.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="385"/>
        <source>Overdue: the response target for criticism is {hours} h</source>
        <translation>Εκπρόθεσμο: στόχος απάντησης για κριτική {hours} ώρ.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_model.py" line="387"/>
        <source>Overdue: the response target for this item is {hours} h</source>
        <translation>Εκπρόθεσμο: στόχος απάντησης για αυτό το στοιχείο {hours} ώρ.</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../repman/ui/inbox_view.py" line="27"/>
        <source>30 min · overdue</source>
        <translation>30 λεπ. · εκπρόθ.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/inbox_view.py" line="28"/>
        <source>In progress</source>
        <translation>Σε εξέλιξη</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../../repman/ui/item_view.py" line="55"/>
        <source>In progress</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="57"/>
        <source>Someone is on it</source>
        <translation>Κάποιος ασχολείται</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="60"/>
        <source>Answered</source>
        <translation>Απαντήθηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="62"/>
        <source>A reply was posted or sent (A)</source>
        <translation>Δημοσιεύτηκε ή στάλθηκε απάντηση (A)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="65"/>
        <source>Ignore…</source>
        <translation>Παράβλεψη…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="67"/>
        <source>No reply needed; asks for a reason (I)</source>
        <translation>Δεν χρειάζεται απάντηση· ζητείται αιτία (I)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="70"/>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="72"/>
        <source>Nothing more to do</source>
        <translation>Τίποτε άλλο να γίνει</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="75"/>
        <source>Reopen</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="77"/>
        <source>Back to new (R)</source>
        <translation>Πίσω σε νέο (R)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="92"/>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="93"/>
        <source>Sent by hand</source>
        <translation>Στάλθηκε χειροκίνητα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="94"/>
        <source>Posted</source>
        <translation>Δημοσιεύτηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="112"/>
        <source>Ignore item</source>
        <translation>Παράβλεψη στοιχείου</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="113"/>
        <source>Why does this item need no reply? (kept in its history)</source>
        <translation>Γιατί αυτό το στοιχείο δεν χρειάζεται απάντηση; (καταγράφεται στο ιστορικό του)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="267"/>
        <source>Select an item to read it.</source>
        <translation>Επιλέξτε ένα στοιχείο για να το διαβάσετε.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="82"/>
        <source>Site</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="83"/>
        <source>Author</source>
        <translation>Συντάκτης</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="84"/>
        <source>Rating</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="85"/>
        <source>Written</source>
        <translation>Γράφτηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="86"/>
        <source>Edited</source>
        <translation>Επεξεργάστηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="87"/>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="88"/>
        <source>Assignee</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="89"/>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="270"/>
        <source>Open on site</source>
        <translation>Άνοιγμα στον ιστότοπο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="271"/>
        <source>Follow-ups</source>
        <translation>Εκκρεμότητες</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="273"/>
        <source>The same author&apos;s items on every site; click one to open it</source>
        <translation>Τα στοιχεία του ίδιου συντάκτη σε κάθε ιστότοπο· κάντε κλικ σε ένα για να ανοίξει</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="275"/>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="314"/>
        <location filename="../../repman/ui/item_view.py" line="354"/>
        <source>No item selected</source>
        <translation>Δεν επιλέχθηκε στοιχείο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="320"/>
        <source>Ignoring an item needs a reason</source>
        <translation>Η παράβλεψη στοιχείου χρειάζεται αιτία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="329"/>
        <source>Marked {status}</source>
        <translation>Σημειώθηκε: {status}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="330"/>
        <source>Already {status}</source>
        <translation>Ήδη: {status}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="338"/>
        <source>Assigned to you</source>
        <translation>Ανατέθηκε σε εσάς</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="338"/>
        <source>Already assigned to you</source>
        <translation>Έχει ήδη ανατεθεί σε εσάς</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="346"/>
        <source>Follow-up done</source>
        <translation>Η εκκρεμότητα ολοκληρώθηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="370"/>
        <source>This item has no web address to open</source>
        <translation>Αυτό το στοιχείο δεν έχει διεύθυνση ιστού για άνοιγμα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="406"/>
        <location filename="../../repman/ui/item_view.py" line="452"/>
        <source>unknown</source>
        <translation>άγνωστη</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="425"/>
        <source>{time} ({age} ago)</source>
        <translation>{time} (πριν από {age})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="431"/>
        <source>criticism</source>
        <translation>κριτική</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="438"/>
        <source>overdue (target {hours} h)</source>
        <translation>εκπρόθεσμο (στόχος {hours} ώρ.)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="443"/>
        <source>Replies ({count})</source>
        <translation>Απαντήσεις ({count})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="445"/>
        <source>No replies yet</source>
        <translation>Καμία απάντηση ακόμη</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="457"/>
        <source>{state} by {name} · {time}</source>
        <translation>{state} από {name} · {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="474"/>
        <source>Due {time}: {note}</source>
        <translation>Λήξη {time}: {note}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="477"/>
        <source>done {time}</source>
        <translation>ολοκληρώθηκε {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="481"/>
        <source>overdue</source>
        <translation>εκπρόθεσμο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="485"/>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="486"/>
        <source>The promise was kept: mark this follow-up done</source>
        <translation>Η υπόσχεση τηρήθηκε: σημειώστε την εκκρεμότητα ως ολοκληρωμένη</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="506"/>
        <source>Other items by this author ({count})</source>
        <translation>Άλλα στοιχεία του ίδιου συντάκτη ({count})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/item_view.py" line="530"/>
        <source>Nothing has happened to this item yet.</source>
        <translation>Δεν έχει γίνει τίποτα ακόμη σε αυτό το στοιχείο.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../repman/ui/main_window.py" line="68"/>
        <source>This is the demo inbox. Add a source to see your own reviews.</source>
        <translation>Αυτά είναι δοκιμαστικά εισερχόμενα. Προσθέστε μια πηγή για να δείτε τις δικές σας αξιολογήσεις.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="74"/>
        <source>The reply composer is on its way; for now reply on the site, then press A</source>
        <translation>Ο συντάκτης απαντήσεων έρχεται σύντομα· προς το παρόν απαντήστε στον ιστότοπο και πατήστε A</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="48"/>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="49"/>
        <source>&amp;Item</source>
        <translation>&amp;Στοιχείο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="72"/>
        <source>Item</source>
        <translation>Στοιχείο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="73"/>
        <source>Reply (in the list)</source>
        <translation>Απάντηση (στη λίστα)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="74"/>
        <source>Enter, double-click</source>
        <translation>Enter, διπλό κλικ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="224"/>
        <source>Repman — demo inbox</source>
        <translation>Repman — δοκιμαστικά εισερχόμενα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="226"/>
        <location filename="../../repman/ui/window_menus.py" line="42"/>
        <source>Inbox</source>
        <translation>Εισερχόμενα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="251"/>
        <location filename="../../repman/ui/window_menus.py" line="43"/>
        <source>Dashboard</source>
        <translation>Πίνακας</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="31"/>
        <source>Next item</source>
        <translation>Επόμενο στοιχείο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="32"/>
        <source>Previous item</source>
        <translation>Προηγούμενο στοιχείο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="33"/>
        <source>Reply…</source>
        <translation>Απάντηση…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="34"/>
        <source>Mark answered</source>
        <translation>Σήμανση ως απαντημένο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="35"/>
        <source>Ignore…</source>
        <translation>Παράβλεψη…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="36"/>
        <source>Reopen</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="37"/>
        <source>Assign to me</source>
        <translation>Ανάθεση σε εμένα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="38"/>
        <source>Open on site</source>
        <translation>Άνοιγμα στον ιστότοπο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="39"/>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="40"/>
        <source>Clear filters</source>
        <translation>Καθαρισμός φίλτρων</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="41"/>
        <source>Save view…</source>
        <translation>Αποθήκευση προβολής…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="305"/>
        <location filename="../../repman/ui/main_window.py" line="335"/>
        <source>No item selected</source>
        <translation>Δεν επιλέχθηκε στοιχείο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="317"/>
        <source>That item is not in this view; it is shown on its own</source>
        <translation>Αυτό το στοιχείο δεν ανήκει σε αυτή την προβολή· εμφανίζεται μόνο του</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="141"/>
        <source>Other</source>
        <translation>Άλλα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="371"/>
        <source>1 item</source>
        <translation>1 στοιχείο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/main_window.py" line="371"/>
        <source>{count} items</source>
        <translation>{count} στοιχεία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="82"/>
        <source>Sync</source>
        <translation>Συγχρονισμός</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="196"/>
        <source>Export diagnostics…</source>
        <translation>Εξαγωγή διαγνωστικών…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="50"/>
        <source>&amp;Sync</source>
        <translation>Σ&amp;υγχρονισμός</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="83"/>
        <source>Sync now</source>
        <translation>Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="84"/>
        <source>Sources…</source>
        <translation>Πηγές…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="86"/>
        <source>Sync progress</source>
        <translation>Πρόοδος συγχρονισμού</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_sync.py" line="93"/>
        <source>A sync is already running.</source>
        <translation>Ένας συγχρονισμός εκτελείται ήδη.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="51"/>
        <source>&amp;Tools</source>
        <translation>Ε&amp;ργαλεία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="179"/>
        <source>Settings…</source>
        <translation>Ρυθμίσεις…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="168"/>
        <source>Export…</source>
        <translation>Εξαγωγή…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/window_menus.py" line="52"/>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <location filename="../../repman/ui/about_dialog.py" line="110"/>
        <source>About %1…</source>
        <translation>Σχετικά με το %1…</translation>
    </message>
</context>
<context>
    <name>QuotedItem</name>
    <message>
        <location filename="../../repman/ui/quoted_item.py" line="52"/>
        <source>someone</source>
        <translation>κάποιος</translation>
    </message>
    <message>
        <location filename="../../repman/ui/quoted_item.py" line="57"/>
        <source>{name} on {site}</source>
        <translation>{name} στο {site}</translation>
    </message>
</context>
<context>
    <name>ReplySender</name>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="53"/>
        <source>Posted to {site}</source>
        <translation>Δημοσιεύτηκε στο {site}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="65"/>
        <source>Not posted: {reason}. Nothing was recorded; the reply is kept as a draft.</source>
        <translation>Δεν δημοσιεύτηκε: {reason}. Δεν καταγράφηκε τίποτα· η απάντηση κρατήθηκε ως πρόχειρο.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="87"/>
        <source>Marked answered</source>
        <translation>Σημειώθηκε ως απαντημένο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="96"/>
        <source>Copied. This item has no web address: paste it on {site} yourself.</source>
        <translation>Αντιγράφηκε. Το στοιχείο δεν έχει διεύθυνση ιστού: επικολλήστε το μόνοι σας στο {site}.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/reply_sender.py" line="99"/>
        <source>Copied. Paste it on {site}, then press Mark answered.</source>
        <translation>Αντιγράφηκε. Επικολλήστε το στο {site} και πατήστε «Σήμανση ως απαντημένο».</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="45"/>
        <source>All open</source>
        <translation>Όλα τα ανοιχτά</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="47"/>
        <source>New and in-progress items</source>
        <translation>Νέα στοιχεία και σε εξέλιξη</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="50"/>
        <source>Unanswered criticism</source>
        <translation>Αναπάντητη κριτική</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="52"/>
        <source>Open criticism: the reviews that hurt most while they wait</source>
        <translation>Ανοιχτή κριτική: οι αξιολογήσεις που βλάπτουν περισσότερο όσο περιμένουν</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="57"/>
        <source>My items</source>
        <translation>Τα στοιχεία μου</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="59"/>
        <source>Everything assigned to you</source>
        <translation>Ό,τι σας έχει ανατεθεί</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="62"/>
        <source>Overdue follow-ups</source>
        <translation>Ληγμένες εκκρεμότητες</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="64"/>
        <source>Promised call-backs and refunds past their due time, whatever the item&apos;s status</source>
        <translation>Υποσχεμένες επανακλήσεις και επιστροφές χρημάτων που έχουν λήξει, όποια κι αν είναι η κατάσταση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="86"/>
        <source>Saved view</source>
        <translation>Αποθηκευμένη προβολή</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="205"/>
        <source>Views</source>
        <translation>Προβολές</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="206"/>
        <source>Save view…</source>
        <translation>Αποθήκευση προβολής…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="207"/>
        <source>Keep the current filters under a name</source>
        <translation>Κρατήστε τα τρέχοντα φίλτρα με ένα όνομα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="208"/>
        <source>Rename…</source>
        <translation>Μετονομασία…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="209"/>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="238"/>
        <source>The saved view “{name}” cannot be read ({reason})</source>
        <translation>Η αποθηκευμένη προβολή «{name}» δεν διαβάζεται ({reason})</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="272"/>
        <source>Name of this view:</source>
        <translation>Όνομα προβολής:</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="277"/>
        <source>“{name}” is a built-in view; choose another name</source>
        <translation>Η «{name}» είναι ενσωματωμένη προβολή· διαλέξτε άλλο όνομα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="285"/>
        <source>Updated view “{name}”</source>
        <translation>Ενημερώθηκε η προβολή «{name}»</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="288"/>
        <source>Saved view “{name}”</source>
        <translation>Αποθηκεύτηκε η προβολή «{name}»</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="295"/>
        <source>Select one of your views to rename it</source>
        <translation>Επιλέξτε μια προβολή σας για μετονομασία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="297"/>
        <source>New name:</source>
        <translation>Νέο όνομα:</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="301"/>
        <source>A view named “{name}” exists already</source>
        <translation>Υπάρχει ήδη προβολή με όνομα «{name}»</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="305"/>
        <source>Renamed “{old}” to “{new}”</source>
        <translation>Η «{old}» μετονομάστηκε σε «{new}»</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="310"/>
        <source>Select one of your views to delete it</source>
        <translation>Επιλέξτε μια προβολή σας για διαγραφή</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="314"/>
        <source>Deleted view “{name}”</source>
        <translation>Διαγράφηκε η προβολή «{name}»</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="322"/>
        <source>Cannot save views to {path}: {reason}</source>
        <translation>Οι προβολές δεν αποθηκεύονται στο {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="334"/>
        <source>Your views</source>
        <translation>Οι προβολές σας</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="334"/>
        <source>Your views: none yet</source>
        <translation>Οι προβολές σας: καμία ακόμη</translation>
    </message>
    <message>
        <location filename="../../repman/ui/saved_views.py" line="342"/>
        <source>Your saved view</source>
        <translation>Αποθηκευμένη προβολή σας</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="32"/>
        <source>Business name</source>
        <translation>Όνομα επιχείρησης</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="33"/>
        <source>e.g. Cedar &amp; Olive</source>
        <translation>π.χ. Cedar &amp; Olive</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="37"/>
        <source>Signature</source>
        <translation>Υπογραφή</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="38"/>
        <source>e.g. Maya, owner</source>
        <translation>π.χ. Μάγια, ιδιοκτήτρια</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="42"/>
        <source>Contact line</source>
        <translation>Γραμμή επικοινωνίας</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="43"/>
        <source>e.g. hello@cedarolive.example or 020 7946 0000</source>
        <translation>π.χ. hello@cedarolive.example ή 020 7946 0000</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="48"/>
        <source>Answer criticism within</source>
        <translation>Απάντηση στην κριτική εντός</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="49"/>
        <location filename="../../repman/ui/settings_dialog.py" line="51"/>
        <source> h</source>
        <translation> ώρ.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="50"/>
        <source>Answer the rest within</source>
        <translation>Απάντηση στα υπόλοιπα εντός</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="52"/>
        <source>A promise is due after</source>
        <translation>Η υπόσχεση λήγει μετά από</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="53"/>
        <source> days</source>
        <translation> ημέρες</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="105"/>
        <source> min</source>
        <translation> λεπ.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="106"/>
        <source>Off</source>
        <translation>Ανενεργό</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="108"/>
        <source>Sync every source this often while Repman is open; 0 is off</source>
        <translation>Συγχρονισμός κάθε πηγής τόσο συχνά όσο το Repman είναι ανοιχτό· 0 σημαίνει ανενεργό</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="112"/>
        <source>Sync automatically every</source>
        <translation>Αυτόματος συγχρονισμός κάθε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="119"/>
        <source>The words change in every open window when you save; Arabic and Urdu lay the app out from right to left</source>
        <translation>Οι λέξεις αλλάζουν σε κάθε ανοιχτό παράθυρο μόλις αποθηκεύσετε· στα αραβικά και στα ούρντου η εφαρμογή διατάσσεται από δεξιά προς αριστερά</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="123"/>
        <source>Language of the app</source>
        <translation>Γλώσσα εφαρμογής</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="132"/>
        <source>Business name, signature and contact fill in the reply templates. Targets decide when an unanswered item counts as late.</source>
        <translation>Το όνομα επιχείρησης, η υπογραφή και η επικοινωνία συμπληρώνουν τα πρότυπα απαντήσεων. Οι στόχοι ορίζουν πότε ένα αναπάντητο στοιχείο θεωρείται εκπρόθεσμο.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/settings_dialog.py" line="163"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>Οι ρυθμίσεις δεν αποθηκεύτηκαν: {reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../repman/ui/shortcuts_dialog.py" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <location filename="../../repman/ui/shortcuts_dialog.py" line="70"/>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <location filename="../../repman/ui/shortcuts_dialog.py" line="70"/>
        <source>Keys</source>
        <translation>Πλήκτρα</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="55"/>
        <source>stored — leave empty to keep it</source>
        <translation>αποθηκευμένο — αφήστε κενό για να διατηρηθεί</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="56"/>
        <source>cannot be kept on this computer (no secure storage)</source>
        <translation>δεν μπορεί να φυλαχτεί σε αυτόν τον υπολογιστή (χωρίς ασφαλή αποθήκευση)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="59"/>
        <source>Items imported from files: nothing to set up. Remove the source to delete them.</source>
        <translation>Στοιχεία εισαγμένα από αρχεία: δεν χρειάζεται ρύθμιση. Αφαιρέστε την πηγή για να διαγραφούν.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="62"/>
        <source>This version of Repman cannot sync this kind of source.</source>
        <translation>Αυτή η έκδοση του Repman δεν συγχρονίζει αυτό το είδος πηγής.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="67"/>
        <location filename="../../repman/ui/sources_page.py" line="219"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="68"/>
        <location filename="../../repman/ui/sources_page.py" line="218"/>
        <source>Site</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="69"/>
        <source>Items</source>
        <translation>Στοιχεία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="70"/>
        <source>Last sync</source>
        <translation>Τελευταίος συγχρονισμός</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="71"/>
        <source>Problem</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="82"/>
        <source>Remove source</source>
        <translation>Αφαίρεση πηγής</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="86"/>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="94"/>
        <source>1 item</source>
        <translation>1 στοιχείο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="95"/>
        <source>{count} items</source>
        <translation>{count} στοιχεία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="212"/>
        <source>Sources</source>
        <translation>Πηγές</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="214"/>
        <source>Add source</source>
        <translation>Προσθήκη πηγής</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="215"/>
        <source>Remove…</source>
        <translation>Αφαίρεση…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="216"/>
        <source>e.g. Google — High Street</source>
        <translation>π.χ. Google — Κεντρικό κατάστημα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="217"/>
        <source>Include in sync</source>
        <translation>Συμπερίληψη στον συγχρονισμό</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="220"/>
        <source>Test</source>
        <translation>Δοκιμή</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="221"/>
        <source>Ask the site with this form&apos;s values</source>
        <translation>Ερώτημα στον ιστότοπο με τις τιμές της φόρμας</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="222"/>
        <source>Connect Google account</source>
        <translation>Σύνδεση λογαριασμού Google</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="223"/>
        <source>Save, then sign in with Google in your browser</source>
        <translation>Αποθήκευση και μετά σύνδεση με Google στο πρόγραμμα περιήγησης</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="224"/>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="255"/>
        <location filename="../../repman/ui/sources_page.py" line="337"/>
        <source>never</source>
        <translation>ποτέ</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="297"/>
        <source>Wait for the sync to finish</source>
        <translation>Περιμένετε να τελειώσει ο συγχρονισμός</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="298"/>
        <source>Delete the source and its items</source>
        <translation>Διαγραφή της πηγής και των στοιχείων της</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="334"/>
        <source>New source</source>
        <translation>Νέα πηγή</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="338"/>
        <source>Last problem: {problem}</source>
        <translation>Τελευταίο πρόβλημα: {problem}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="340"/>
        <source>Last synced: {time}</source>
        <translation>Τελευταίος συγχρονισμός: {time}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="369"/>
        <source>Passwords and tokens (kept in the system keyring):</source>
        <translation>Κωδικοί και διακριτικά (φυλάσσονται στην κλειδοθήκη του συστήματος):</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="399"/>
        <source>optional</source>
        <translation>προαιρετικό</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="419"/>
        <source>{field} (optional)</source>
        <translation>{field} (προαιρετικό)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="457"/>
        <source>Saved. Passwords and tokens are in the system keyring.</source>
        <translation>Αποθηκεύτηκε. Οι κωδικοί και τα διακριτικά είναι στην κλειδοθήκη του συστήματος.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="459"/>
        <source>Saved.</source>
        <translation>Αποθηκεύτηκε.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="470"/>
        <source>It has no items.</source>
        <translation>Δεν έχει στοιχεία.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="471"/>
        <source>This deletes its {items}, with their replies and history. This cannot be undone.</source>
        <translation>Διαγράφονται τα {items} της, με τις απαντήσεις και το ιστορικό τους. Η ενέργεια δεν αναιρείται.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="474"/>
        <source>Remove the source {name}?</source>
        <translation>Αφαίρεση της πηγής {name};</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="484"/>
        <source>Removed {name} and {items}.</source>
        <translation>Αφαιρέθηκαν η πηγή {name} και {items}.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="487"/>
        <source>Its passwords could not be deleted from the keyring: {reason}</source>
        <translation>Οι κωδικοί της δεν διαγράφηκαν από την κλειδοθήκη: {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="498"/>
        <source>Testing…</source>
        <translation>Δοκιμή…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="503"/>
        <source>Test passed — {answer}</source>
        <translation>Η δοκιμή πέτυχε — {answer}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="506"/>
        <source>Test failed — {reason}</source>
        <translation>Η δοκιμή απέτυχε — {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="528"/>
        <source>Finish signing in in your browser; Repman waits for it (up to 5 minutes).</source>
        <translation>Ολοκληρώστε τη σύνδεση στο πρόγραμμα περιήγησης· το Repman περιμένει (έως 5 λεπτά).</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="535"/>
        <source>Sign-in failed — {reason}</source>
        <translation>Η σύνδεση απέτυχε — {reason}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sources_page.py" line="548"/>
        <source>Signed in: the source can now sync.</source>
        <translation>Συνδεθήκατε: η πηγή μπορεί πλέον να συγχρονιστεί.</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <location filename="../../repman/ui/suggestion_list.py" line="41"/>
        <source>Finding suggestions…</source>
        <translation>Αναζήτηση προτάσεων…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/suggestion_list.py" line="53"/>
        <source>No templates in this language yet: write your own.</source>
        <translation>Δεν υπάρχουν ακόμη πρότυπα σε αυτή τη γλώσσα: γράψτε τη δική σας.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/suggestion_list.py" line="65"/>
        <source>too long for {site}</source>
        <translation>πολύ μεγάλο για το {site}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="56"/>
        <source>Something went wrong inside Repman ({error}); details are in the log.</source>
        <translation>Κάτι πήγε στραβά μέσα στο Repman ({error})· λεπτομέρειες στο αρχείο καταγραφής.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="67"/>
        <source>Login expired —</source>
        <translation>Η σύνδεση έληξε —</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="69"/>
        <source>The site asked us to slow down — will retry later</source>
        <translation>Ο ιστότοπος ζήτησε πιο αργό ρυθμό — νέα προσπάθεια αργότερα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="73"/>
        <source>Stopped</source>
        <translation>Διακόπηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="179"/>
        <source>This inbox is not stored in a file, so it cannot be synced.</source>
        <translation>Αυτά τα εισερχόμενα δεν είναι αποθηκευμένα σε αρχείο, οπότε δεν συγχρονίζονται.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_controller.py" line="250"/>
        <source>Sync could not run: {reason}</source>
        <translation>Ο συγχρονισμός δεν εκτελέστηκε: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="50"/>
        <source>Nothing to sync yet: add a source with Sync ▸ Sources… (Ctrl+,).</source>
        <translation>Τίποτα για συγχρονισμό ακόμη: προσθέστε πηγή από Συγχρονισμός ▸ Πηγές… (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="105"/>
        <source>Not synced yet in this session.</source>
        <translation>Δεν έγινε ακόμη συγχρονισμός σε αυτή τη συνεδρία.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="161"/>
        <source> min</source>
        <translation> λεπ.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="162"/>
        <source>Off</source>
        <translation>Ανενεργό</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="164"/>
        <source>Sync every few minutes while Repman is open (0 turns it off)</source>
        <translation>Συγχρονισμός ανά λίγα λεπτά όσο το Repman είναι ανοιχτό (0 τον απενεργοποιεί)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="166"/>
        <source>Sync automatically every</source>
        <translation>Αυτόματος συγχρονισμός κάθε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="167"/>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="168"/>
        <source>Stop the sync; what was fetched so far is kept</source>
        <translation>Διακοπή συγχρονισμού· ό,τι ανακτήθηκε ως τώρα κρατιέται</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="175"/>
        <source>Reconnect</source>
        <translation>Επανασύνδεση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="176"/>
        <source>Open the source&apos;s settings to sign in again</source>
        <translation>Ανοίξτε τις ρυθμίσεις της πηγής για να συνδεθείτε ξανά</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="258"/>
        <source>Stopped</source>
        <translation>Διακόπηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="260"/>
        <source>Failed</source>
        <translation>Απέτυχε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="260"/>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="265"/>
        <source>%v of %m</source>
        <translation>%v από %m</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="268"/>
        <source>{fetched} fetched, {new} new</source>
        <translation>{fetched} ανακτήθηκαν, {new} νέα</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="272"/>
        <source>{updated} updated</source>
        <translation>{updated} ενημερώθηκαν</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="278"/>
        <source>Up to date</source>
        <translation>Ενημερωμένο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="280"/>
        <source>Fetching…</source>
        <translation>Ανάκτηση…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="280"/>
        <source>Connecting…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="302"/>
        <source>Syncing…</source>
        <translation>Συγχρονισμός…</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="306"/>
        <source>Stopping… (the page being fetched is finished first)</source>
        <translation>Διακοπή… (πρώτα ολοκληρώνεται η σελίδα που ανακτάται)</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="326"/>
        <source>1 new item</source>
        <translation>1 νέο στοιχείο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="326"/>
        <source>{count} new items</source>
        <translation>{count} νέα στοιχεία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="328"/>
        <source>Sync stopped at {time}: {items} kept</source>
        <translation>Ο συγχρονισμός διακόπηκε στις {time}: κρατήθηκαν {items}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="330"/>
        <source>Synced at {time}: {items}</source>
        <translation>Συγχρονίστηκε στις {time}: {items}</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="334"/>
        <source>1 source needs attention</source>
        <translation>1 πηγή χρειάζεται προσοχή</translation>
    </message>
    <message>
        <location filename="../../repman/ui/sync_panel.py" line="335"/>
        <source>{count} sources need attention</source>
        <translation>{count} πηγές χρειάζονται προσοχή</translation>
    </message>
</context>
<context>
    <name>SyncTray</name>
    <message>
        <location filename="../../repman/ui/tray.py" line="21"/>
        <source>1 new complaint is waiting for an answer.</source>
        <translation>1 νέο παράπονο περιμένει απάντηση.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tray.py" line="22"/>
        <source>{count} new complaints are waiting for an answer.</source>
        <translation>{count} νέα παράπονα περιμένουν απάντηση.</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tray.py" line="51"/>
        <source>Open Repman</source>
        <translation>Άνοιγμα Repman</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tray.py" line="52"/>
        <source>Sync now</source>
        <translation>Συγχρονισμός τώρα</translation>
    </message>
</context>
<context>
    <name>ToneCheck</name>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="22"/>
        <source>Defensive</source>
        <translation>Αμυντικό</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="23"/>
        <source>Blames the customer</source>
        <translation>Κατηγορεί τον πελάτη</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="24"/>
        <source>Dismissive</source>
        <translation>Απορριπτικό</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="25"/>
        <source>Shouting</source>
        <translation>Φωνές</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="26"/>
        <source>Promise</source>
        <translation>Υπόσχεση</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="27"/>
        <source>Too long for the site</source>
        <translation>Πολύ μεγάλο για τον ιστότοπο</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="28"/>
        <source>Spelling</source>
        <translation>Ορθογραφία</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="29"/>
        <source>No apology</source>
        <translation>Χωρίς συγγνώμη</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="30"/>
        <source>No thanks</source>
        <translation>Χωρίς ευχαριστίες</translation>
    </message>
    <message>
        <location filename="../../repman/ui/tone_highlighter.py" line="31"/>
        <source>Copy-paste reply</source>
        <translation>Τυποποιημένη απάντηση</translation>
    </message>
</context>
</TS>
