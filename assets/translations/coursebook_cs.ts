<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Edit assessment</source>
            <translation>Upravit test</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>Nový test</translation>
        </message>
        <message>
            <source>e.g. Final test, module 6</source>
            <translation>např. Závěrečný test, modul 6</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Název:</translation>
        </message>
        <message>
            <source>Questions drawn at random from each question bank</source>
            <translation>Otázky náhodně vybrané z každé banky otázek</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Otázky</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>K dispozici</translation>
        </message>
        <message>
            <source>all</source>
            <translation>všechny</translation>
        </message>
        <message>
            <source>Questions from %1</source>
            <translation>Otázky z modulu %1</translation>
        </message>
        <message numerus="yes">
            <source> (%n left out: errors)</source>
            <translation>
                <numerusform> (%n vynechána kvůli chybám)</numerusform>
                <numerusform> (%n vynechány kvůli chybám)</numerusform>
                <numerusform> (%n vynecháno kvůli chybám)</numerusform>
            </translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Pravidla</translation>
        </message>
        <message>
            <source>Shuffle the order of the questions</source>
            <translation>Zamíchat pořadí otázek</translation>
        </message>
        <message>
            <source>Shuffle the answer options</source>
            <translation>Zamíchat možnosti odpovědí</translation>
        </message>
        <message>
            <source>Time limit in minutes</source>
            <translation>Časový limit v minutách</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>no time limit</source>
            <translation>bez časového limitu</translation>
        </message>
        <message>
            <source>Time &amp;limit:</source>
            <translation>Časový &amp;limit:</translation>
        </message>
        <message>
            <source>When it runs out, the attempt is submitted automatically.</source>
            <translation>Po jeho uplynutí se pokus automaticky odevzdá.</translation>
        </message>
        <message>
            <source>no pass mark</source>
            <translation>bez hranice úspěšnosti</translation>
        </message>
        <message>
            <source>&amp;Pass mark:</source>
            <translation>&amp;Hranice úspěšnosti:</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>neomezeně</translation>
        </message>
        <message>
            <source>&amp;Attempts allowed:</source>
            <translation>&amp;Povolený počet pokusů:</translation>
        </message>
        <message>
            <source>Highest grade</source>
            <translation>Nejvyšší hodnocení</translation>
        </message>
        <message>
            <source>Last attempt</source>
            <translation>Poslední pokus</translation>
        </message>
        <message>
            <source>First attempt</source>
            <translation>První pokus</translation>
        </message>
        <message>
            <source>Average of all attempts</source>
            <translation>Průměr všech pokusů</translation>
        </message>
        <message>
            <source>&amp;Which attempt counts:</source>
            <translation>&amp;Který pokus se započítává:</translation>
        </message>
        <message>
            <source>After submitting, learners see their score and…</source>
            <translation>Po odevzdání účastníci uvidí svůj výsledek a…</translation>
        </message>
        <message>
            <source>which questions they got right</source>
            <translation>které otázky zodpověděli správně</translation>
        </message>
        <message>
            <source>the right answers</source>
            <translation>správné odpovědi</translation>
        </message>
        <message>
            <source>the feedback (explanations)</source>
            <translation>zpětnou vazbu (vysvětlení)</translation>
        </message>
        <message>
            <source>Feedback is never shown before the attempt is submitted.</source>
            <translation>Zpětná vazba se před odevzdáním pokusu nikdy nezobrazuje.</translation>
        </message>
        <message numerus="yes">
            <source>The assessment has %n question(s).</source>
            <translation>
                <numerusform>Test má %n otázku.</numerusform>
                <numerusform>Test má %n otázky.</numerusform>
                <numerusform>Test má %n otázek.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot save: %1</source>
            <translation>Nelze uložit: %1</translation>
        </message>
        <message>
            <source>Cannot write the assessment file: %1</source>
            <translation>Soubor testu nelze zapsat: %1</translation>
        </message>
    </context>
    <context>
        <name>AudienceWindow</name>
        <message>
            <source>Slide</source>
            <translation>Snímek</translation>
        </message>
    </context>
    <context>
        <name>BankExporter</name>
        <message>
            <source>Export questions</source>
            <translation>Exportovat otázky</translation>
        </message>
        <message>
            <source>Moodle GIFT (*.gift);;Moodle XML (*.xml)</source>
            <translation>Moodle GIFT (*.gift);;Moodle XML (*.xml)</translation>
        </message>
        <message>
            <source>Questions not exported</source>
            <translation>Otázky nebyly exportovány</translation>
        </message>
        <message>
            <source>The questions of %1 were saved to %2.</source>
            <translation>Otázky modulu %1 byly uloženy do souboru %2.</translation>
        </message>
        <message>
            <source>Questions exported</source>
            <translation>Otázky byly exportovány</translation>
        </message>
    </context>
    <context>
        <name>BankImportDialog</name>
        <message>
            <source>Import questions</source>
            <translation>Importovat otázky</translation>
        </message>
        <message>
            <source>Into the question bank of</source>
            <translation>Do banky otázek modulu</translation>
        </message>
        <message>
            <source>A .gift, Aiken .txt or Moodle XML file</source>
            <translation>Soubor .gift, Aiken .txt nebo Moodle XML</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Procházet…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Soubor</translation>
        </message>
        <message>
            <source>Moodle GIFT</source>
            <translation>Moodle GIFT</translation>
        </message>
        <message>
            <source>Aiken</source>
            <translation>Aiken</translation>
        </message>
        <message>
            <source>Moodle XML</source>
            <translation>Moodle XML</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formát</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Řádek</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Otázka</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Oddíl</translation>
        </message>
        <message>
            <source>Questions to import</source>
            <translation>Otázky k importu</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>Nalezené problémy</translation>
        </message>
        <message>
            <source>Import the good questions and skip those with errors</source>
            <translation>Importovat bezchybné otázky a vynechat otázky s chybami</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importovat</translation>
        </message>
        <message>
            <source>Question file</source>
            <translation>Soubor s otázkami</translation>
        </message>
        <message>
            <source>Question files (*.gift *.txt *.xml);;All files (*)</source>
            <translation>Soubory s otázkami (*.gift *.txt *.xml);;Všechny soubory (*)</translation>
        </message>
        <message>
            <source>Choose a module and a file.</source>
            <translation>Vyberte modul a soubor.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(žádný)</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) can be imported</source>
            <translation>
                <numerusform>Lze importovat %n otázku</numerusform>
                <numerusform>Lze importovat %n otázky</numerusform>
                <numerusform>Lze importovat %n otázek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s), %1 warning(s).</source>
            <translation>
                <numerusform>%n chyba, %1 varování.</numerusform>
                <numerusform>%n chyby, %1 varování.</numerusform>
                <numerusform>%n chyb, %1 varování.</numerusform>
            </translation>
        </message>
        <message>
            <source>This module comes from a content pack: a newer version of the pack replaces its question bank, so keep this file to import it again.</source>
            <translation>Tento modul pochází z balíčku obsahu: novější verze balíčku nahradí jeho banku otázek, proto si tento soubor ponechte, abyste jej mohli importovat znovu.</translation>
        </message>
        <message>
            <source>Questions without a section are imported, and 'coursebook validate' lists them until a section is added.</source>
            <translation>Otázky bez oddílu se importují a příkaz 'coursebook validate' je bude vypisovat, dokud jim nebude přiřazen oddíl.</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>varování: %1</translation>
        </message>
        <message>
            <source>Questions not imported</source>
            <translation>Otázky nebyly importovány</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) imported into %1.</source>
            <translation>
                <numerusform>%n otázka byla importována do modulu %1.</numerusform>
                <numerusform>%n otázky byly importovány do modulu %1.</numerusform>
                <numerusform>%n otázek bylo importováno do modulu %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardsDialog</name>
        <message>
            <source>Language of the cards:</source>
            <translation>Jazyk karet:</translation>
        </message>
        <message>
            <source>Language of the cards</source>
            <translation>Jazyk karet</translation>
        </message>
        <message>
            <source>{language} (translation)</source>
            <translation>{language} (překlad)</translation>
        </message>
        <message>
            <source>Indicator cards</source>
            <translation>Karty s indikátory</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Tisknout…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Uložit jako PDF…</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>Čeština</translation>
        </message>
        <message>
            <source>Slovak</source>
            <translation>Slovenština</translation>
        </message>
        <message>
            <source>Slovenian</source>
            <translation>Slovinština</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Angličtina</translation>
        </message>
        <message>
            <source>Save cards as PDF</source>
            <translation>Uložit karty jako PDF</translation>
        </message>
    </context>
    <context>
        <name>Certificate</name>
        <message>
            <source>Certificate</source>
            <translation>Certifikát</translation>
        </message>
        <message>
            <source>passed “%1”</source>
            <translation>úspěšně absolvoval(a) test „%1“</translation>
        </message>
        <message>
            <source>with %1 %</source>
            <translation>s výsledkem %1 %</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>dne %1</translation>
        </message>
        <message>
            <source>Trainer: %1</source>
            <translation>Školitel: %1</translation>
        </message>
        <message>
            <source>Verification code: %1</source>
            <translation>Ověřovací kód: %1</translation>
        </message>
    </context>
    <context>
        <name>ClassroomController</name>
        <message>
            <source>&amp;Classroom</source>
            <extracomment>The window that replaced this one after a switch (kept alive here and on the application).</extracomment>
            <translation>&amp;Učebna</translation>
        </message>
        <message>
            <source>&amp;Switch profile…</source>
            <translation>&amp;Přepnout profil…</translation>
        </message>
        <message>
            <source>Log in as &amp;trainer…</source>
            <translation>Přihlásit se jako školi&amp;tel…</translation>
        </message>
        <message>
            <source>&amp;Add exam file…</source>
            <translation>Přid&amp;at soubor zkoušky…</translation>
        </message>
        <message>
            <source>&amp;Make exam file…</source>
            <translation>&amp;Vytvořit soubor zkoušky…</translation>
        </message>
        <message>
            <source>S&amp;ubmit open assessments…</source>
            <translation>&amp;Odevzdat otevřené testy…</translation>
        </message>
        <message>
            <source>&amp;Hand in results…</source>
            <translation>Př&amp;edat výsledky…</translation>
        </message>
        <message>
            <source>&amp;Import results…</source>
            <translation>&amp;Importovat výsledky…</translation>
        </message>
        <message>
            <source>&amp;Gradebook…</source>
            <translation>Přehled &amp;hodnocení…</translation>
        </message>
        <message>
            <source>&amp;My results…</source>
            <translation>&amp;Mé výsledky…</translation>
        </message>
        <message>
            <source>&amp;Receive marks…</source>
            <translation>Převzít hod&amp;nocení…</translation>
        </message>
        <message>
            <source>Question &amp;statistics…</source>
            <translation>&amp;Statistika otázek…</translation>
        </message>
        <message>
            <source>&amp;Verify certificate…</source>
            <translation>&amp;Ověřit certifikát…</translation>
        </message>
        <message>
            <source>Log &amp;out trainer</source>
            <translation>O&amp;dhlásit školitele</translation>
        </message>
        <message>
            <source>Submit open assessments</source>
            <translation>Odevzdat otevřené testy</translation>
        </message>
        <message>
            <source>Only a trainer can do this. Log in as trainer first (Classroom menu).</source>
            <translation>Tuto akci může provést pouze školitel. Nejprve se přihlaste jako školitel (nabídka Učebna).</translation>
        </message>
        <message>
            <source>No assessment is open on this PC.</source>
            <translation>Na tomto počítači není otevřený žádný test.</translation>
        </message>
        <message numerus="yes">
            <source>Submit %n open assessment(s) now, with the answers given so far?</source>
            <translation>
                <numerusform>Chcete nyní odevzdat %n otevřený test s dosud zadanými odpověďmi?</numerusform>
                <numerusform>Chcete nyní odevzdat %n otevřené testy s dosud zadanými odpověďmi?</numerusform>
                <numerusform>Chcete nyní odevzdat %n otevřených testů s dosud zadanými odpověďmi?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) submitted and sealed.</source>
            <translation>
                <numerusform>%n test byl odevzdán a zapečetěn.</numerusform>
                <numerusform>%n testy byly odevzdány a zapečetěny.</numerusform>
                <numerusform>%n testů bylo odevzdáno a zapečetěno.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hand in results</source>
            <translation>Předat výsledky</translation>
        </message>
        <message>
            <source>Folder to hand in to (e.g. the USB stick)</source>
            <translation>Složka pro předání výsledků (např. na flash disku USB)</translation>
        </message>
        <message>
            <source>Your results were written to %1. Give the stick to your trainer.</source>
            <translation>Vaše výsledky byly zapsány do %1. Flash disk předejte svému školiteli.</translation>
        </message>
        <message>
            <source>Import results</source>
            <translation>Importovat výsledky</translation>
        </message>
        <message>
            <source>Coursebook results (*.cbresults)</source>
            <translation>Výsledky Coursebook (*.cbresults)</translation>
        </message>
        <message>
            <source>Checking and merging results files…</source>
            <translation>Probíhá kontrola a slučování souborů s výsledky…</translation>
        </message>
        <message>
            <source>Files imported: %1. New attempts: %2. Refused files: %3.</source>
            <translation>Importované soubory: %1. Nové pokusy: %2. Odmítnuté soubory: %3.</translation>
        </message>
        <message>
            <source>Receive marks</source>
            <translation>Převzít hodnocení</translation>
        </message>
        <message>
            <source>Coursebook marks (*.cbmarks)</source>
            <translation>Hodnocení Coursebook (*.cbmarks)</translation>
        </message>
        <message>
            <source>Files received: %1. Attempts with new marks: %2. Refused files: %3.</source>
            <translation>Převzaté soubory: %1. Pokusy s novým hodnocením: %2. Odmítnuté soubory: %3.</translation>
        </message>
        <message>
            <source>Attempts not on this PC (left out): %1.</source>
            <translation>Pokusy, které na tomto počítači nejsou (vynechány): %1.</translation>
        </message>
        <message>
            <source>Gradebook</source>
            <translation>Přehled hodnocení</translation>
        </message>
        <message>
            <source>Question statistics</source>
            <translation>Statistika otázek</translation>
        </message>
        <message>
            <source>Verify certificate</source>
            <translation>Ověřit certifikát</translation>
        </message>
        <message>
            <source>Add exam file</source>
            <translation>Přidat soubor zkoušky</translation>
        </message>
        <message>
            <source>Coursebook exam (*.cbexam)</source>
            <translation>Zkouška Coursebook (*.cbexam)</translation>
        </message>
        <message>
            <source>“%1” was added. Learners take it under Quiz › Take assessment… with the start code the trainer gives the class.</source>
            <translation>Test „%1“ byl přidán. Účastníci jej absolvují příkazem Kvíz › Absolvovat test… se startovacím kódem, který školitel sdělí třídě.</translation>
        </message>
        <message>
            <source>Make exam file</source>
            <translation>Vytvořit soubor zkoušky</translation>
        </message>
        <message>
            <source>Assessment to pack</source>
            <translation>Test k zabalení</translation>
        </message>
        <message>
            <source>Assessment (*.json)</source>
            <translation>Test (*.json)</translation>
        </message>
        <message>
            <source>Start code (at least 6 letters or digits; give it to the class when the exam starts):</source>
            <translation>Startovací kód (alespoň 6 písmen nebo číslic; sdělte jej třídě při zahájení zkoušky):</translation>
        </message>
        <message>
            <source>Save exam file</source>
            <translation>Uložit soubor zkoušky</translation>
        </message>
        <message>
            <source>The exam file was saved: %1</source>
            <translation>Soubor zkoušky byl uložen: %1</translation>
        </message>
    </context>
    <context>
        <name>ConsoleWindow</name>
        <message>
            <source>Presenter console — %1</source>
            <translation>Konzole přednášejícího — %1</translation>
        </message>
        <message>
            <source>Overview (O)</source>
            <translation>Přehled (O)</translation>
        </message>
        <message>
            <source>Go to… (G)</source>
            <translation>Přejít na… (G)</translation>
        </message>
        <message>
            <source>Black (B)</source>
            <translation>Černá (B)</translation>
        </message>
        <message>
            <source>White (W)</source>
            <translation>Bílá (W)</translation>
        </message>
        <message>
            <source>Swap screens (S)</source>
            <translation>Prohodit obrazovky (S)</translation>
        </message>
        <message>
            <source>End (Esc)</source>
            <translation>Ukončit (Esc)</translation>
        </message>
        <message>
            <source>Current slide</source>
            <translation>Aktuální snímek</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>Další snímek</translation>
        </message>
        <message>
            <source>Trainer notes</source>
            <translation>Poznámky pro školitele</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Poznámky</translation>
        </message>
        <message>
            <source>PgDn/→ next · PgUp/← previous · number + Enter go to · B black · W white · T activity timer · S swap screens · F5 from the start · Shift+F5 from here · Esc end</source>
            <translation>PgDn/→ další · PgUp/← předchozí · číslo + Enter přejít na snímek · B černá · W bílá · T časovač aktivity · S prohodit obrazovky · F5 od začátku · Shift+F5 odsud · Esc konec</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Další: %1</translation>
        </message>
        <message>
            <source>Next: end of the presentation</source>
            <translation>Další: konec prezentace</translation>
        </message>
        <message>
            <source> · black screen</source>
            <translation> · černá obrazovka</translation>
        </message>
        <message>
            <source> · white screen</source>
            <translation> · bílá obrazovka</translation>
        </message>
        <message>
            <source> · activity on screen</source>
            <translation> · aktivita na obrazovce</translation>
        </message>
        <message>
            <source>Slide %1 of %2</source>
            <translation>Snímek %1 z %2</translation>
        </message>
        <message>
            <source>Elapsed %1</source>
            <translation>Uplynulo %1</translation>
        </message>
        <message>
            <source>Go to slide</source>
            <translation>Přejít na snímek</translation>
        </message>
        <message>
            <source>Slide number:</source>
            <translation>Číslo snímku:</translation>
        </message>
    </context>
    <context>
        <name>ContentLabels</name>
        <message>
            <source>Activity</source>
            <extracomment>The labels the reader puts around a module's content, translated into the module's language.</extracomment>
            <translation>Aktivita</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Trvání</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Learning objectives</source>
            <translation>Vzdělávací cíle</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materiály</translation>
        </message>
        <message>
            <source>Groups and roles</source>
            <translation>Skupiny a role</translation>
        </message>
        <message>
            <source>Trainer instructions</source>
            <translation>Pokyny pro školitele</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Diskuse</translation>
        </message>
        <message>
            <source>Trainer tips</source>
            <translation>Rady pro školitele</translation>
        </message>
        <message>
            <source>Injects</source>
            <translation>Vstupy do scénáře</translation>
        </message>
        <message>
            <source>Variants</source>
            <translation>Varianty</translation>
        </message>
        <message>
            <source>Online variant</source>
            <translation>Online varianta</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Podklady pro účastníky</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Zdroj</translation>
        </message>
        <message>
            <source>This part was written for this course from the source.</source>
            <translation>Tato část byla pro tento kurz napsána na základě zdroje.</translation>
        </message>
        <message>
            <source>Tick an objective when you can do it.</source>
            <translation>Cíl zaškrtněte, jakmile ho zvládnete.</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Úvod</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Definice</translation>
        </message>
        <message>
            <source>Theory</source>
            <translation>Teorie</translation>
        </message>
        <message>
            <source>Editor's note</source>
            <translation>Poznámka editora</translation>
        </message>
        <message>
            <source>For the trainer</source>
            <translation>Pro školitele</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scénář</translation>
        </message>
        <message>
            <source>Answer key (trainers only)</source>
            <translation>Klíč správných odpovědí (pouze pro školitele)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Úkoly</translation>
        </message>
        <message>
            <source>Information the group receives</source>
            <translation>Informace, které skupina obdrží</translation>
        </message>
        <message>
            <source>Timed phases</source>
            <translation>Časově vymezené fáze</translation>
        </message>
        <message>
            <source>Activity sheet</source>
            <translation>List aktivity</translation>
        </message>
        <message>
            <source>Role card</source>
            <translation>Karta role</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fáze</translation>
        </message>
        <message>
            <source>Shown at</source>
            <translation>Čas zobrazení</translation>
        </message>
        <message>
            <source>Timing check</source>
            <translation>Kontrola časování</translation>
        </message>
        <message>
            <source>For the trainer only</source>
            <translation>Pouze pro školitele</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Začátek</translation>
        </message>
        <message>
            <source>Part of this text could not be formatted; it is shown as written.</source>
            <translation>Část tohoto textu nebylo možné naformátovat; zobrazuje se tak, jak byla napsána.</translation>
        </message>
        <message>
            <source>Correct.</source>
            <translation>Správně.</translation>
        </message>
        <message>
            <source>Partly correct.</source>
            <translation>Částečně správně.</translation>
        </message>
        <message>
            <source>Not correct.</source>
            <translation>Nesprávně.</translation>
        </message>
        <message>
            <source>The right answer</source>
            <translation>Správná odpověď</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Proč:</translation>
        </message>
        <message>
            <source>This question tests the section %1.</source>
            <translation>Tato otázka ověřuje oddíl %1.</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Pravda</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Nepravda</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translation>Výběr jedné odpovědi</translation>
        </message>
        <message>
            <source>Multiple choice</source>
            <translation>Výběr více odpovědí</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>Pravda/nepravda</translation>
        </message>
        <message>
            <source>Short answer</source>
            <translation>Krátká odpověď</translation>
        </message>
        <message>
            <source>Matching</source>
            <translation>Přiřazování</translation>
        </message>
        <message>
            <source>Ordering</source>
            <translation>Řazení</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Číselná odpověď</translation>
        </message>
        <message>
            <source>Essay</source>
            <translation>Esej</translation>
        </message>
    </context>
    <context>
        <name>EssayAnswer</name>
        <message>
            <source>Answer</source>
            <translation>Odpověď</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this section:</source>
            <translation>Najít v tomto oddílu:</translation>
        </message>
        <message>
            <source>word or beginning of a word; accents optional</source>
            <translation>slovo nebo začátek slova; diakritika nepovinná</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Předchozí</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Další</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zavřít</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>nenalezeno</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 z %2</translation>
        </message>
    </context>
    <context>
        <name>GradebookPrinting</name>
        <message>
            <source>Export PDF…</source>
            <translation>Exportovat do PDF…</translation>
        </message>
        <message>
            <source>Certificate…</source>
            <translation>Certifikát…</translation>
        </message>
        <message>
            <source>Save the certificate of the chosen learner, who passed, as PDF</source>
            <translation>Uložit certifikát vybraného účastníka, který test splnil, jako PDF</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Uložit PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Export do PDF</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>Soubor se nepodařilo zapsat: %1</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certifikát</translation>
        </message>
        <message>
            <source>Choose a learner who passed: only they get a certificate.</source>
            <translation>Vyberte účastníka, který test splnil: certifikát dostane jen takový účastník.</translation>
        </message>
        <message>
            <source>The certificate was saved: %1
Verification code: %2</source>
            <translation>Certifikát byl uložen: %1
Ověřovací kód: %2</translation>
        </message>
    </context>
    <context>
        <name>GradebookWindow</name>
        <message>
            <source>Gradebook</source>
            <translation>Přehled hodnocení</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Účastník</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Grade (%)</source>
            <translation>Hodnocení (%)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Výsledek</translation>
        </message>
        <message>
            <source>Time (minutes)</source>
            <translation>Čas (minuty)</translation>
        </message>
        <message>
            <source>Attempts used</source>
            <translation>Využité pokusy</translation>
        </message>
        <message>
            <source>Essays waiting</source>
            <translation>Čekající eseje</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Pokus</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Odevzdáno</translation>
        </message>
        <message>
            <source>Score (%)</source>
            <translation>Skóre (%)</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Otázka</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odpověď</translation>
        </message>
        <message>
            <source>Trainer's comment</source>
            <translation>Komentář školitele</translation>
        </message>
        <message>
            <source>Comment for the learner</source>
            <translation>Komentář pro účastníka</translation>
        </message>
        <message>
            <source>Save mark</source>
            <translation>Uložit hodnocení</translation>
        </message>
        <message>
            <source>Essay mark:</source>
            <translation>Hodnocení eseje:</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportovat do CSV…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Exportovat do Excelu…</translation>
        </message>
        <message>
            <source>Return marks…</source>
            <translation>Vrátit hodnocení…</translation>
        </message>
        <message>
            <source>Learners and assessments</source>
            <translation>Účastníci a testy</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Pokusy</translation>
        </message>
        <message>
            <source>Answers of the chosen attempt</source>
            <translation>Odpovědi vybraného pokusu</translation>
        </message>
        <message>
            <source>Essay mark</source>
            <translation>Hodnocení eseje</translation>
        </message>
        <message>
            <source>Folder for the marks files (e.g. the USB stick)</source>
            <translation>Složka pro soubory s hodnocením (např. na flash disku USB)</translation>
        </message>
        <message>
            <source>Return marks</source>
            <translation>Vrátit hodnocení</translation>
        </message>
        <message numerus="yes">
            <source>%n marks file(s) written to %1. Each learner receives theirs with Classroom › Receive marks….</source>
            <translation>
                <numerusform>%n soubor s hodnocením byl zapsán do %1. Každý účastník si svůj převezme příkazem Učebna › Převzít hodnocení….</numerusform>
                <numerusform>%n soubory s hodnocením byly zapsány do %1. Každý účastník si svůj převezme příkazem Učebna › Převzít hodnocení….</numerusform>
                <numerusform>%n souborů s hodnocením bylo zapsáno do %1. Každý účastník si svůj převezme příkazem Učebna › Převzít hodnocení….</numerusform>
            </translation>
        </message>
        <message>
            <source>passed</source>
            <translation>splněno</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>nesplněno</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>čeká</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Sešit Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export gradebook</source>
            <translation>Exportovat přehled hodnocení</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <source>Handouts — %1</source>
            <translation>Podklady k tisku — %1</translation>
        </message>
        <message>
            <source>The module, for participants</source>
            <translation>Modul pro účastníky</translation>
        </message>
        <message>
            <source>The module with trainer notes</source>
            <translation>Modul s poznámkami pro školitele</translation>
        </message>
        <message>
            <source>Activity sheet for the trainer</source>
            <translation>List aktivity pro školitele</translation>
        </message>
        <message>
            <source>Role cards, one group per page</source>
            <translation>Karty rolí, jedna skupina na stránku</translation>
        </message>
        <message>
            <source>Indicator cards, one per page</source>
            <translation>Karty s indikátory, jedna na stránku</translation>
        </message>
        <message>
            <source>Print:</source>
            <translation>Tisknout:</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papír:</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>Náhled tisku…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Uložit jako PDF…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Uloženo: %1</translation>
        </message>
        <message>
            <source>Save handout as PDF</source>
            <translation>Uložit podklady jako PDF</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Home</source>
            <extracomment>the figures of the last refresh are on the page</extracomment>
            <translation>Domů</translation>
        </message>
        <message>
            <source>Your study</source>
            <translation>Vaše studium</translation>
        </message>
        <message>
            <source>%v of %m sections read (%p %)</source>
            <translation>Přečteno %v z %m oddílů (%p %)</translation>
        </message>
        <message>
            <source>Course progress</source>
            <translation>Pokrok v kurzu</translation>
        </message>
        <message>
            <source>All modules (Ctrl+L)</source>
            <translation>Všechny moduly (Ctrl+L)</translation>
        </message>
        <message>
            <source>Flashcards and practice</source>
            <translation>Kartičky a procvičování</translation>
        </message>
        <message>
            <source>Review flashcards (F8)</source>
            <translation>Opakovat kartičky (F8)</translation>
        </message>
        <message>
            <source>Learning objectives still open</source>
            <translation>Dosud nesplněné vzdělávací cíle</translation>
        </message>
        <message>
            <source>An objective is met when its sections are read and its practice questions answered right. Enter opens the first section still to read.</source>
            <translation>Cíl je splněn, když jsou přečteny jeho oddíly a správně zodpovězeny jeho procvičovací otázky. Klávesou Enter otevřete první oddíl, který zbývá přečíst.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Počítá se…</translation>
        </message>
        <message>
            <source>The figures could not be read: %1</source>
            <translation>Údaje se nepodařilo načíst: %1</translation>
        </message>
        <message>
            <source>Continue: %1 — %2</source>
            <translation>Pokračovat: %1 — %2</translation>
        </message>
        <message>
            <source>Next to read: %1 — %2</source>
            <translation>Další ke čtení: %1 — %2</translation>
        </message>
        <message>
            <source>Flashcards due today: %1</source>
            <translation>Kartičky k opakování na dnešek: %1</translation>
        </message>
        <message>
            <source>Last practice:</source>
            <translation>Poslední procvičování:</translation>
        </message>
        <message>
            <source>%1: %2 of %3 right</source>
            <translation>%1: správně %2 z %3</translation>
        </message>
        <message>
            <source>No practice yet: Quiz › Practise this module (F7).</source>
            <translation>Zatím žádné procvičování: Kvíz › Procvičit tento modul (F7).</translation>
        </message>
        <message>
            <source>%1 of %2 objectives met</source>
            <translation>Splněno %1 z %2 cílů</translation>
        </message>
        <message>
            <source>%1 — %2 (sections read %3 of %4, questions right %5 of %6)</source>
            <translation>%1 — %2 (přečtené oddíly: %3 z %4, správně zodpovězené otázky: %5 z %6)</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Module</source>
            <extracomment>(sections read, sections) of a row whether a row's module has indicator cards</extracomment>
            <translation>Modul</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jazyk</translation>
        </message>
        <message>
            <source>Study time</source>
            <translation>Čas studia</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Pokrok</translation>
        </message>
        <message>
            <source>Quick reference</source>
            <translation>Stručný přehled</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Původ</translation>
        </message>
        <message>
            <source>Indicator cards</source>
            <translation>Karty s indikátory</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Progress of %1: %2 of %3 sections read</source>
            <translation>Pokrok v modulu %1: přečteno %2 z %3 oddílů</translation>
        </message>
        <message>
            <source>%v of %m sections read</source>
            <translation>Přečteno %v z %m oddílů</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <source>Library</source>
            <extracomment>module id, section id, scroll fraction of the place where the learner stopped</extracomment>
            <translation>Knihovna</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Moduly</translation>
        </message>
        <message>
            <source>Continue reading: %1</source>
            <translation>Pokračovat ve čtení: %1</translation>
        </message>
        <message>
            <source>Enter or double-click opens a module, Ctrl+Enter its indicator cards. Ctrl+L returns here.</source>
            <translation>Modul otevřete klávesou Enter nebo dvojitým kliknutím, jeho karty s indikátory klávesovou zkratkou Ctrl+Enter. Klávesovou zkratkou Ctrl+L se vrátíte sem.</translation>
        </message>
        <message>
            <source>Pack %1, version %2</source>
            <translation>Balíček %1, verze %2</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Dodáno s programem</translation>
        </message>
        <message>
            <source>Skipped because of errors in the content (run 'coursebook validate' for all):</source>
            <translation>Vynecháno kvůli chybám v obsahu (úplný seznam vypíše příkaz 'coursebook validate'):</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>The learner database is damaged. Close Coursebook and start it again: it will restore the newest good backup.</source>
            <extracomment>Milliseconds after the window is shown at which its icon is set (after the first frame).</extracomment>
            <translation>Databáze účastníků je poškozená. Zavřete Coursebook a spusťte jej znovu: obnoví nejnovější nepoškozenou zálohu.</translation>
        </message>
        <message>
            <source>An assessment is in progress on this PC (data folder {folder}). Coursebook opens again when it is submitted.</source>
            <translation>Na tomto počítači probíhá test (datová složka {folder}). Coursebook se znovu otevře, jakmile bude test odevzdán.</translation>
        </message>
        <message>
            <source>Coursebook is already open with the data folder {folder}. Its window has been brought to the front.</source>
            <translation>Coursebook je již otevřen s datovou složkou {folder}. Jeho okno bylo přeneseno do popředí.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Coursebook</source>
            <extracomment>Settings changed: the window is rebuilt in the new language and look (app/main.py).</extracomment>
            <translation>Coursebook</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <extracomment>Whether building the search index took long enough to show its progress bar. Closed book: no reader, glossary or cards while an assessment is open on this PC.</extracomment>
            <translation>&amp;Domů</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Knihovna</translation>
        </message>
        <message>
            <source>&amp;Review flashcards</source>
            <translation>&amp;Opakovat kartičky</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zpět</translation>
        </message>
        <message>
            <source>&amp;Previous section</source>
            <translation>&amp;Předchozí oddíl</translation>
        </message>
        <message>
            <source>&amp;Next section</source>
            <translation>&amp;Následující oddíl</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Př&amp;iblížit</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Oddálit</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Skutečná velikost</translation>
        </message>
        <message>
            <source>&amp;Find in section…</source>
            <translation>&amp;Najít v oddílu…</translation>
        </message>
        <message>
            <source>&amp;Search the course…</source>
            <translation>&amp;Hledat v kurzu…</translation>
        </message>
        <message>
            <source>&amp;Bookmark this section</source>
            <translation>Přidat &amp;záložku na tento oddíl</translation>
        </message>
        <message>
            <source>&amp;Highlight selection with a note…</source>
            <translation>Z&amp;výraznit výběr s poznámkou…</translation>
        </message>
        <message>
            <source>Bookmarks and &amp;notes…</source>
            <translation>Záložky a &amp;poznámky…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Ukončit</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Nastavení…</translation>
        </message>
        <message>
            <source>Import content &amp;pack…</source>
            <translation>&amp;Importovat balíček obsahu…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Soubor</translation>
        </message>
        <message>
            <source>&amp;Print section…</source>
            <translation>&amp;Tisknout oddíl…</translation>
        </message>
        <message>
            <source>Print &amp;module…</source>
            <translation>Tisknout &amp;modul…</translation>
        </message>
        <message>
            <source>Save section as P&amp;DF…</source>
            <translation>Uložit oddíl jako P&amp;DF…</translation>
        </message>
        <message>
            <source>Save module as PD&amp;F…</source>
            <translation>Uložit modul jako PD&amp;F…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Přejít</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Úp&amp;ravy</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>&amp;Celá obrazovka</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Zobrazit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Nápověda</translation>
        </message>
        <message>
            <source>&amp;About Coursebook</source>
            <translation>&amp;O aplikaci Coursebook</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigace</translation>
        </message>
        <message>
            <source>Learner data recovered</source>
            <translation>Data účastníků byla obnovena</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s) skipped because of content errors — see the library.</source>
            <translation>
                <numerusform>%n modul byl vynechán kvůli chybám v obsahu — viz Knihovna.</numerusform>
                <numerusform>%n moduly byly vynechány kvůli chybám v obsahu — viz Knihovna.</numerusform>
                <numerusform>%n modulů bylo vynecháno kvůli chybám v obsahu — viz Knihovna.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cards cannot be shown</source>
            <translation>Karty nelze zobrazit</translation>
        </message>
        <message>
            <source>Section bookmarked. Ctrl+B lists bookmarks and notes.</source>
            <translation>Záložka na oddíl byla přidána. Klávesovou zkratkou Ctrl+B zobrazíte seznam záložek a poznámek.</translation>
        </message>
        <message>
            <source>Select a passage of the text first.</source>
            <translation>Nejprve vyberte část textu.</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>Zvýraznění</translation>
        </message>
        <message>
            <source>Note (optional):</source>
            <translation>Poznámka (nepovinné):</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Uložit jako PDF</translation>
        </message>
        <message>
            <source>Building the search index…</source>
            <translation>Vytváří se vyhledávací index…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Hledat</translation>
        </message>
        <message>
            <source>Building the search index… %1 passages</source>
            <translation>Vytváří se vyhledávací index… Zpracované pasáže: %1</translation>
        </message>
        <message>
            <source>Search is not available: %1</source>
            <translation>Vyhledávání není k dispozici: %1</translation>
        </message>
        <message>
            <source>About Coursebook</source>
            <translation>O aplikaci Coursebook</translation>
        </message>
        <message>
            <source>Coursebook — an offline training course on combating trafficking in human beings.
Learner data: %1</source>
            <translation>Coursebook — offline vzdělávací kurz o boji proti obchodování s lidmi.
Data účastníků: %1</translation>
        </message>
    </context>
    <context>
        <name>MatchingAnswer</name>
        <message>
            <source>Choose…</source>
            <translation>Vyberte…</translation>
        </message>
        <message>
            <source>right</source>
            <translation>správně</translation>
        </message>
        <message>
            <source>wrong</source>
            <translation>špatně</translation>
        </message>
    </context>
    <context>
        <name>ModuleView</name>
        <message>
            <source>Table of contents</source>
            <extracomment>Actions the main window adds to the text's context menu (bookmark, highlight, find).</extracomment>
            <translation>Obsah</translation>
        </message>
        <message>
            <source>Section text</source>
            <translation>Text oddílu</translation>
        </message>
        <message>
            <source>read</source>
            <translation>přečteno</translation>
        </message>
        <message>
            <source>started, not yet read</source>
            <translation>zahájeno, dosud nepřečteno</translation>
        </message>
        <message>
            <source>not yet opened</source>
            <translation>dosud neotevřeno</translation>
        </message>
        <message>
            <source>From the module %1</source>
            <translation>Z modulu %1</translation>
        </message>
        <message>
            <source>Open in browser?</source>
            <translation>Otevřít v prohlížeči?</translation>
        </message>
        <message>
            <source>This address is outside Coursebook:
%1

Open it in your web browser?</source>
            <translation>Tato adresa je mimo aplikaci Coursebook:
%1

Chcete ji otevřít ve webovém prohlížeči?</translation>
        </message>
    </context>
    <context>
        <name>MyResults</name>
        <message>
            <source>My results</source>
            <translation>Mé výsledky</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Odevzdáno</translation>
        </message>
        <message>
            <source>Score (%)</source>
            <translation>Skóre (%)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Výsledek</translation>
        </message>
        <message>
            <source>Trainer's comments</source>
            <translation>Komentáře školitele</translation>
        </message>
        <message>
            <source>From the trainer</source>
            <translation>Od školitele</translation>
        </message>
        <message>
            <source>waiting for the trainer</source>
            <extracomment>The trainer's returned marks by attempt UUID.</extracomment>
            <translation>čeká na školitele</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>splněno</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>nesplněno</translation>
        </message>
        <message>
            <source>You have not submitted an assessment yet.</source>
            <translation>Zatím jste neodevzdali žádný test.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otevřít</translation>
        </message>
        <message>
            <source>essays waiting</source>
            <translation>čekající eseje</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 %, passed</source>
            <translation>%1 %, splněno</translation>
        </message>
        <message>
            <source>%1 %, failed</source>
            <translation>%1 %, nesplněno</translation>
        </message>
        <message>
            <source>From the trainer, %1 (%2):</source>
            <translation>Od školitele, %1 (%2):</translation>
        </message>
        <message>
            <source>From the trainer, %1:</source>
            <translation>Od školitele, %1:</translation>
        </message>
        <message>
            <source>This attempt: %1 %</source>
            <translation>Tento pokus: %1 %</translation>
        </message>
        <message>
            <source>Grade that counts: %1</source>
            <translation>Platné hodnocení: %1</translation>
        </message>
        <message>
            <source>Essays still waiting for the trainer: %1</source>
            <translation>Eseje, které ještě čekají na školitele: %1</translation>
        </message>
        <message>
            <source>Question %1 (%2 %): %3</source>
            <translation>Otázka %1 (%2 %): %3</translation>
        </message>
        <message>
            <source>Question %1: %2 %</source>
            <translation>Otázka %1: %2 %</translation>
        </message>
    </context>
    <context>
        <name>NewLearnerDialog</name>
        <message>
            <source>New learner</source>
            <translation>Nový účastník</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Jméno:</translation>
        </message>
        <message>
            <source>optional, 4 to 12 digits</source>
            <translation>nepovinné, 4 až 12 číslic</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Bookmarks and notes</source>
            <translation>Záložky a poznámky</translation>
        </message>
        <message>
            <source>Search bookmarks, highlights and notes</source>
            <translation>Hledat v záložkách, zvýrazněních a poznámkách</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otevřít</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Smazat</translation>
        </message>
        <message>
            <source>Export as Markdown…</source>
            <translation>Exportovat jako Markdown…</translation>
        </message>
        <message>
            <source>Bookmark: %1</source>
            <translation>Záložka: %1</translation>
        </message>
        <message>
            <source>This passage is no longer in the text (the course was updated).</source>
            <translation>Tato pasáž již v textu není (kurz byl aktualizován).</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Poznámka: %1</translation>
        </message>
        <message>
            <source>Bookmarks and notes: %1</source>
            <translation>Záložky a poznámky: %1</translation>
        </message>
        <message>
            <source>passages no longer found: %1</source>
            <translation>pasáže, které již nebyly nalezeny: %1</translation>
        </message>
        <message>
            <source>(no longer in the text)</source>
            <translation>(již není v textu)</translation>
        </message>
        <message>
            <source>Export bookmarks and notes</source>
            <translation>Exportovat záložky a poznámky</translation>
        </message>
    </context>
    <context>
        <name>OrderingAnswer</name>
        <message>
            <source>Items to put in order</source>
            <translation>Položky k seřazení</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Posunout &amp;nahoru</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Posunout &amp;dolů</translation>
        </message>
    </context>
    <context>
        <name>PackImporter</name>
        <message>
            <source>Import content pack</source>
            <translation>Importovat balíček obsahu</translation>
        </message>
        <message>
            <source>Content packs (*.coursepack);;All files (*)</source>
            <translation>Balíčky obsahu (*.coursepack);;Všechny soubory (*)</translation>
        </message>
        <message>
            <source>Checking and installing %1…</source>
            <translation>Probíhá kontrola a instalace balíčku %1…</translation>
        </message>
        <message>
            <source>Content pack not installed</source>
            <translation>Balíček obsahu nebyl nainstalován</translation>
        </message>
        <message>
            <source>The pack could not be installed: %1</source>
            <translation>Balíček se nepodařilo nainstalovat: %1</translation>
        </message>
        <message>
            <source>%1 version %2 replaces version %3. Learners' progress is kept.</source>
            <translation>Balíček %1 verze %2 nahrazuje verzi %3. Pokrok účastníků zůstává zachován.</translation>
        </message>
        <message>
            <source>%1 version %2 is installed.</source>
            <translation>Balíček %1 verze %2 byl nainstalován.</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>Moduly: %1</translation>
        </message>
        <message>
            <source>No longer in this version (progress in them is kept but not shown):</source>
            <translation>V této verzi již nejsou (pokrok v nich zůstává zachován, ale nezobrazuje se):</translation>
        </message>
        <message>
            <source>Changed on this PC since the last version and now replaced by the pack's files:</source>
            <translation>Změněno na tomto počítači od poslední verze a nyní nahrazeno soubory z balíčku:</translation>
        </message>
        <message>
            <source>Content pack installed</source>
            <translation>Balíček obsahu byl nainstalován</translation>
        </message>
    </context>
    <context>
        <name>PreparingDialog</name>
        <message>
            <source>Coursebook</source>
            <translation>Coursebook</translation>
        </message>
        <message>
            <source>Preparing the course for its first use…</source>
            <translation>Příprava kurzu k prvnímu použití…</translation>
        </message>
        <message numerus="yes">
            <source>Preparing the course for its first use: %n module(s) read…</source>
            <translation>
                <numerusform>Příprava kurzu k prvnímu použití: načten %n modul…</numerusform>
                <numerusform>Příprava kurzu k prvnímu použití: načteny %n moduly…</numerusform>
                <numerusform>Příprava kurzu k prvnímu použití: načteno %n modulů…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>Trainer notes are shown to trainer profiles only.</source>
            <translation>Poznámky pro školitele se zobrazují jen profilům školitelů.</translation>
        </message>
        <message>
            <source>No notes for this slide.</source>
            <translation>K tomuto snímku nejsou poznámky.</translation>
        </message>
        <message>
            <source>New development</source>
            <translation>Nový vývoj</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Otázka %1 z %2</translation>
        </message>
        <message>
            <source>The activity is over.</source>
            <translation>Aktivita skončila.</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pozastaveno</translation>
        </message>
        <message>
            <source>Starts when the trainer says so</source>
            <translation>Začne, jakmile to školitel oznámí</translation>
        </message>
    </context>
    <context>
        <name>ProfilePicker</name>
        <message>
            <source>Who is learning?</source>
            <translation>Kdo se bude učit?</translation>
        </message>
        <message>
            <source>Choose your profile</source>
            <extracomment>Asks for a PIN; tests replace it. Returns None when cancelled.</extracomment>
            <translation>Vyberte svůj profil</translation>
        </message>
        <message>
            <source>An assessment is in progress on this PC: the course stays closed until it is submitted.</source>
            <translation>Na tomto počítači probíhá test: kurz zůstane uzavřen, dokud nebude test odevzdán.</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profily</translation>
        </message>
        <message>
            <source>&amp;New learner…</source>
            <translation>&amp;Nový účastník…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Otevřít</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Zrušit</translation>
        </message>
        <message>
            <source>(trainer)</source>
            <translation>(školitel)</translation>
        </message>
        <message>
            <source>(PIN)</source>
            <translation>(PIN)</translation>
        </message>
        <message>
            <source>The PIN is not right.</source>
            <translation>PIN není správný.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN of %1:</source>
            <translation>PIN profilu %1:</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>Question %1 of %2</source>
            <translation>Otázka %1 z %2</translation>
        </message>
        <message>
            <source>This question is no longer in the question bank. It does not count.</source>
            <translation>Tato otázka již není v bance otázek. Nezapočítává se.</translation>
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation>Vyberte jednu odpověď.</translation>
        </message>
        <message>
            <source>Choose every answer that applies.</source>
            <translation>Vyberte všechny správné odpovědi.</translation>
        </message>
        <message>
            <source>True or false?</source>
            <translation>Pravda, nebo nepravda?</translation>
        </message>
        <message>
            <source>Type a short answer.</source>
            <translation>Napište krátkou odpověď.</translation>
        </message>
        <message>
            <source>Type a number.</source>
            <translation>Zadejte číslo.</translation>
        </message>
        <message>
            <source>Choose the matching item for each line.</source>
            <translation>Ke každému řádku vyberte odpovídající položku.</translation>
        </message>
        <message>
            <source>Put the items in the right order: drag them, or select one and use Move up / Move down.</source>
            <translation>Seřaďte položky ve správném pořadí: přetáhněte je, nebo jednu vyberte a použijte Posunout nahoru / Posunout dolů.</translation>
        </message>
        <message>
            <source>Write your answer. A trainer will grade it.</source>
            <translation>Napište svou odpověď. Ohodnotí ji školitel.</translation>
        </message>
        <message>
            <source>Saved. A trainer will grade this answer.</source>
            <translation>Uloženo. Tuto odpověď ohodnotí školitel.</translation>
        </message>
        <message>
            <source>Read the section</source>
            <translation>Přečíst oddíl</translation>
        </message>
    </context>
    <context>
        <name>QuizController</name>
        <message>
            <source>&amp;Practise this module</source>
            <translation>&amp;Procvičit tento modul</translation>
        </message>
        <message>
            <source>Review my &amp;wrong answers</source>
            <translation>Zopakovat mé &amp;chybné odpovědi</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;Nový test…</translation>
        </message>
        <message>
            <source>&amp;Edit assessment…</source>
            <translation>&amp;Upravit test…</translation>
        </message>
        <message>
            <source>&amp;Take assessment…</source>
            <translation>&amp;Absolvovat test…</translation>
        </message>
        <message>
            <source>&amp;Reports…</source>
            <translation>Pře&amp;hledy…</translation>
        </message>
        <message>
            <source>&amp;Import questions…</source>
            <translation>&amp;Importovat otázky…</translation>
        </message>
        <message>
            <source>E&amp;xport questions…</source>
            <translation>E&amp;xportovat otázky…</translation>
        </message>
        <message>
            <source>&amp;Quiz</source>
            <translation>&amp;Kvíz</translation>
        </message>
        <message>
            <source>The course is closed while an assessment is open on this PC. It opens again when the assessment is submitted.</source>
            <translation>Kurz je uzavřen, dokud je na tomto počítači otevřený test. Znovu se otevře po odevzdání testu.</translation>
        </message>
        <message>
            <source>Only a trainer can do this. Log in as trainer first (Classroom menu).</source>
            <translation>Tuto akci může provést pouze školitel. Nejprve se přihlaste jako školitel (nabídka Učebna).</translation>
        </message>
        <message>
            <source>Practise</source>
            <translation>Procvičování</translation>
        </message>
        <message>
            <source>Practise “%1”: which questions?</source>
            <translation>Procvičování „%1“: které otázky chcete procvičit?</translation>
        </message>
        <message numerus="yes">
            <source>All %n question(s)</source>
            <translation>
                <numerusform>Všechny otázky (%n)</numerusform>
                <numerusform>Všechny %n otázky</numerusform>
                <numerusform>Všech %n otázek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n at random</source>
            <translation>
                <numerusform>%n náhodně vybraná otázka</numerusform>
                <numerusform>%n náhodně vybrané otázky</numerusform>
                <numerusform>%n náhodně vybraných otázek</numerusform>
            </translation>
        </message>
        <message>
            <source>Open or select a module first.</source>
            <translation>Nejprve otevřete nebo vyberte modul.</translation>
        </message>
        <message>
            <source>This module has no questions to practise.</source>
            <translation>Tento modul nemá žádné otázky k procvičování.</translation>
        </message>
        <message>
            <source>My wrong answers</source>
            <translation>Mé chybné odpovědi</translation>
        </message>
        <message>
            <source>There are no assessments yet. A trainer creates one with Quiz › New assessment…, or adds an exam file (Classroom menu).</source>
            <translation>Zatím nejsou k dispozici žádné testy. Školitel jej vytvoří příkazem Kvíz › Nový test… nebo přidá soubor zkoušky (nabídka Učebna).</translation>
        </message>
        <message>
            <source>%1 — exam (start code needed)</source>
            <translation>%1 — zkouška (vyžaduje startovací kód)</translation>
        </message>
        <message>
            <source>%1 — practice test (public question banks)</source>
            <translation>%1 — cvičný test (veřejné banky otázek)</translation>
        </message>
        <message>
            <source>Review my wrong answers</source>
            <translation>Zopakovat mé chybné odpovědi</translation>
        </message>
        <message>
            <source>There is nothing to review: every question you practised was answered right the last time.</source>
            <translation>Není co opakovat: všechny otázky, které jste procvičovali, jste naposledy zodpověděli správně.</translation>
        </message>
        <message>
            <source>Some assessment files could not be read:</source>
            <translation>Některé soubory testů se nepodařilo přečíst:</translation>
        </message>
        <message numerus="yes">
            <source>(%n attempt(s) left)</source>
            <translation>
                <numerusform>(zbývá %n pokus)</numerusform>
                <numerusform>(zbývají %n pokusy)</numerusform>
                <numerusform>(zbývá %n pokusů)</numerusform>
            </translation>
        </message>
        <message>
            <source>Assessment:</source>
            <translation>Test:</translation>
        </message>
        <message>
            <source>Start code</source>
            <translation>Startovací kód</translation>
        </message>
        <message>
            <source>Start code for “%1”:</source>
            <translation>Startovací kód pro „%1“:</translation>
        </message>
        <message>
            <source>Import questions</source>
            <translation>Importovat otázky</translation>
        </message>
        <message>
            <source>Questions imported</source>
            <translation>Otázky byly importovány</translation>
        </message>
        <message>
            <source>Export questions</source>
            <translation>Exportovat otázky</translation>
        </message>
        <message>
            <source>Select a module in the library first.</source>
            <translation>Nejprve vyberte modul v knihovně.</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>Nový test</translation>
        </message>
        <message>
            <source>Edit assessment</source>
            <translation>Upravit test</translation>
        </message>
        <message>
            <source>Assessment “%1” saved.</source>
            <translation>Test „%1“ byl uložen.</translation>
        </message>
        <message>
            <source>Take assessment</source>
            <translation>Absolvovat test</translation>
        </message>
        <message>
            <source>You have no attempts left at this assessment.</source>
            <translation>U tohoto testu vám již nezbývají žádné pokusy.</translation>
        </message>
        <message numerus="yes">
            <source>“%1”: %n question(s).</source>
            <translation>
                <numerusform>„%1“: %n otázka.</numerusform>
                <numerusform>„%1“: %n otázky.</numerusform>
                <numerusform>„%1“: %n otázek.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Time limit: %n minute(s). When the time is up, the assessment is submitted automatically; the time keeps running if you close it.</source>
            <translation>
                <numerusform>Časový limit: %n minuta. Po uplynutí času se test automaticky odevzdá; čas běží dál, i když test zavřete.</numerusform>
                <numerusform>Časový limit: %n minuty. Po uplynutí času se test automaticky odevzdá; čas běží dál, i když test zavřete.</numerusform>
                <numerusform>Časový limit: %n minut. Po uplynutí času se test automaticky odevzdá; čas běží dál, i když test zavřete.</numerusform>
            </translation>
        </message>
        <message>
            <source>The course text is not available during the assessment. Start now?</source>
            <translation>Během testu není text kurzu k dispozici. Chcete začít nyní?</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Přehledy</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Continue the assessment</source>
            <translation>Pokračovat v testu</translation>
        </message>
        <message>
            <source>An assessment is open: the course stays closed and the time keeps running. Continue it with Quiz › Take assessment…</source>
            <translation>Test je otevřený: kurz zůstává uzavřen a čas běží dál. V testu pokračujte příkazem Kvíz › Absolvovat test…</translation>
        </message>
        <message>
            <source>An assessment is open on this PC: the course is closed until it is submitted.</source>
            <translation>Na tomto počítači je otevřený test: kurz je uzavřen, dokud nebude test odevzdán.</translation>
        </message>
        <message>
            <source>Assessment submitted</source>
            <translation>Test byl odevzdán</translation>
        </message>
        <message>
            <source>The time for “%1” ran out while Coursebook was closed. It was submitted with the answers you had given.</source>
            <translation>Čas na „%1“ vypršel, zatímco byl Coursebook zavřený. Test byl odevzdán s odpověďmi, které jste do té doby zadali.</translation>
        </message>
        <message>
            <source>You have not finished the assessment “%1” (%2 of %3 questions answered).</source>
            <translation>Test „%1“ jste nedokončili (zodpovězeno %2 z %3 otázek).</translation>
        </message>
        <message>
            <source>Time left: %1. The time keeps running.</source>
            <translation>Zbývající čas: %1. Čas běží dál.</translation>
        </message>
        <message>
            <source>Continue now?</source>
            <translation>Chcete pokračovat nyní?</translation>
        </message>
        <message>
            <source>Continue the assessment?</source>
            <translation>Chcete pokračovat v testu?</translation>
        </message>
        <message>
            <source>You have an unfinished practice of “%1” (%2 of %3 questions answered). Continue it?</source>
            <translation>Máte nedokončené procvičování „%1“ (zodpovězeno %2 z %3 otázek). Chcete v něm pokračovat?</translation>
        </message>
        <message>
            <source>Continue practising?</source>
            <translation>Chcete pokračovat v procvičování?</translation>
        </message>
    </context>
    <context>
        <name>QuizReports</name>
        <message>
            <source>Quiz reports</source>
            <translation>Přehledy kvízů</translation>
        </message>
        <message>
            <source>Progress of the reports</source>
            <translation>Průběh přípravy přehledů</translation>
        </message>
        <message>
            <source>&amp;Learners</source>
            <translation>Úč&amp;astníci</translation>
        </message>
        <message>
            <source>&amp;Difficult questions</source>
            <translation>&amp;Obtížné otázky</translation>
        </message>
        <message>
            <source>&amp;Essays to grade</source>
            <translation>&amp;Eseje k hodnocení</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Uložit jako &amp;CSV…</translation>
        </message>
        <message>
            <source>All quizzes</source>
            <translation>Všechny kvízy</translation>
        </message>
        <message>
            <source>All assessments</source>
            <translation>Všechny testy</translation>
        </message>
        <message>
            <source>All practice</source>
            <translation>Veškeré procvičování</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>test</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>procvičování</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Zobrazit:</translation>
        </message>
        <message>
            <source>Attempts of every learner</source>
            <translation>Pokusy všech účastníků</translation>
        </message>
        <message>
            <source>Which quizzes to show</source>
            <translation>Které kvízy zobrazit</translation>
        </message>
        <message>
            <source>Enter start &amp;code…</source>
            <translation>Zadat &amp;startovací kód…</translation>
        </message>
        <message>
            <source>Learner</source>
            <extracomment>Asks for an exam file's start code (tests replace it); None = cancelled.</extracomment>
            <translation>Účastník</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Kvíz</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Pokus</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Začátek</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Výsledek</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kontrola</translation>
        </message>
        <message>
            <source>sealed</source>
            <translation>zapečetěno</translation>
        </message>
        <message>
            <source>altered after submission</source>
            <translation>změněno po odevzdání</translation>
        </message>
        <message>
            <source>essays to grade</source>
            <translation>eseje k hodnocení</translation>
        </message>
        <message>
            <source>Start code</source>
            <translation>Startovací kód</translation>
        </message>
        <message>
            <source>Start code of the exam file “%1”:</source>
            <translation>Startovací kód souboru zkoušky „%1“:</translation>
        </message>
        <message>
            <source>Answers from:</source>
            <translation>Odpovědi z:</translation>
        </message>
        <message>
            <source>Hardest first: the lowest average score at the top. Questions nobody answered are not listed.</source>
            <translation>Nejtěžší nahoře: otázky s nejnižším průměrným skóre jsou první. Otázky, na které nikdo neodpověděl, nejsou uvedeny.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Otázka</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Zodpovězeno</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Správně</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Průměr</translation>
        </message>
        <message>
            <source>Most often chosen wrong answers</source>
            <translation>Nejčastěji volené chybné odpovědi</translation>
        </message>
        <message>
            <source>How each question fared</source>
            <translation>Úspěšnost jednotlivých otázek</translation>
        </message>
        <message>
            <source>Which answers to count</source>
            <translation>Které odpovědi započítat</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Essays waiting for a grade</source>
            <translation>Eseje čekající na hodnocení</translation>
        </message>
        <message>
            <source>A comment the learner will see (optional)</source>
            <translation>Komentář, který účastník uvidí (nepovinné)</translation>
        </message>
        <message>
            <source>&amp;Mark:</source>
            <translation>&amp;Hodnocení:</translation>
        </message>
        <message>
            <source>C&amp;omment:</source>
            <translation>&amp;Komentář:</translation>
        </message>
        <message>
            <source>&amp;Save grade</source>
            <translation>&amp;Uložit hodnocení</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>probíhá</translation>
        </message>
        <message numerus="yes">
            <source>%n essay(s) to grade</source>
            <translation>
                <numerusform>%n esej k hodnocení</numerusform>
                <numerusform>%n eseje k hodnocení</numerusform>
                <numerusform>%n esejí k hodnocení</numerusform>
            </translation>
        </message>
        <message>
            <source>passed</source>
            <translation>splněno</translation>
        </message>
        <message>
            <source>not passed</source>
            <translation>nesplněno</translation>
        </message>
        <message>
            <source>start code needed</source>
            <translation>vyžaduje startovací kód</translation>
        </message>
        <message>
            <source>clock set back by %1</source>
            <translation>hodiny vráceny o %1</translation>
        </message>
        <message>
            <source>Some attempts are at exam files: enter the start code to grade them.</source>
            <translation>Některé pokusy patří k souborům zkoušek: chcete-li je ohodnotit, zadejte startovací kód.</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Pravda</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Nepravda</translation>
        </message>
        <message>
            <source>Grading the answers again and checking the sealed records…</source>
            <translation>Odpovědi se znovu hodnotí a zapečetěné záznamy se kontrolují…</translation>
        </message>
        <message>
            <source>Checking every learner's sealed record…</source>
            <translation>Kontroluje se zapečetěný záznam každého účastníka…</translation>
        </message>
        <message>
            <source>The report could not be made: %1</source>
            <translation>Přehled nebylo možné připravit: %1</translation>
        </message>
        <message>
            <source>&amp;Essays to grade (%1)</source>
            <translation>&amp;Eseje k hodnocení (%1)</translation>
        </message>
        <message>
            <source>No essay answers wait for a grade.</source>
            <translation>Žádná odpověď v eseji nečeká na hodnocení.</translation>
        </message>
        <message>
            <source>Guidance for grading:</source>
            <translation>Pokyny pro hodnocení:</translation>
        </message>
        <message>
            <source>Answer of %1:</source>
            <translation>Odpověď, kterou dal(a) %1:</translation>
        </message>
        <message>
            <source>Cannot grade</source>
            <translation>Nelze ohodnotit</translation>
        </message>
        <message>
            <source>Save report as CSV</source>
            <translation>Uložit přehled jako CSV</translation>
        </message>
    </context>
    <context>
        <name>QuizResults</name>
        <message>
            <source>True</source>
            <translation>Pravda</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Nepravda</translation>
        </message>
        <message>
            <source>Results — %1</source>
            <translation>Výsledky — %1</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Kvíz</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Otázka</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Výsledek</translation>
        </message>
        <message>
            <source>(question no longer in the bank)</source>
            <translation>(otázka již není v bance)</translation>
        </message>
        <message>
            <source>Your trainer has chosen to show only the score of this assessment.</source>
            <translation>Váš školitel nastavil, že se u tohoto testu zobrazí pouze výsledek.</translation>
        </message>
        <message>
            <source>Practise &amp;again</source>
            <translation>&amp;Znovu procvičit</translation>
        </message>
        <message>
            <source>%1 of %2 answered questions right (%3 %)</source>
            <translation>Správně %1 z %2 zodpovězených otázek (%3 %)</translation>
        </message>
        <message>
            <source>%1 of %2 points (%3 %)</source>
            <translation>%1 z %2 bodů (%3 %)</translation>
        </message>
        <message>
            <source>Graded when the exam file is opened again with its start code</source>
            <translation>Bude ohodnoceno, až bude soubor zkoušky znovu otevřen se svým startovacím kódem</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) wait for a trainer's grade</source>
            <translation>
                <numerusform>%n odpověď čeká na hodnocení školitele</numerusform>
                <numerusform>%n odpovědi čekají na hodnocení školitele</numerusform>
                <numerusform>%n odpovědí čeká na hodnocení školitele</numerusform>
            </translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Splněno</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Nesplněno</translation>
        </message>
        <message>
            <source>The time ran out: the attempt was submitted automatically with the answers saved until then.</source>
            <translation>Čas vypršel: pokus byl automaticky odevzdán s odpověďmi uloženými do té doby.</translation>
        </message>
        <message>
            <source>Answered %1 of %2 questions.</source>
            <translation>Zodpovězeno %1 z %2 otázek.</translation>
        </message>
        <message>
            <source>Time taken: %1</source>
            <translation>Čas řešení: %1</translation>
        </message>
        <message>
            <source>Submitted: %1</source>
            <translation>Odevzdáno: %1</translation>
        </message>
        <message>
            <source>Pass mark: %1 %</source>
            <translation>Hranice úspěšnosti: %1 %</translation>
        </message>
        <message>
            <source>highest attempt</source>
            <translation>nejlepší pokus</translation>
        </message>
        <message>
            <source>last attempt</source>
            <translation>poslední pokus</translation>
        </message>
        <message>
            <source>first attempt</source>
            <translation>první pokus</translation>
        </message>
        <message>
            <source>average of attempts</source>
            <translation>průměr pokusů</translation>
        </message>
        <message>
            <source>Grade that counts (%1): %2 %</source>
            <translation>Započítané hodnocení (%1): %2 %</translation>
        </message>
        <message>
            <source>Attempts left: %1</source>
            <translation>Zbývající pokusy: %1</translation>
        </message>
        <message>
            <source>— not answered</source>
            <translation>— nezodpovězeno</translation>
        </message>
        <message>
            <source>awaiting grading</source>
            <translation>čeká na hodnocení</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>zodpovězeno</translation>
        </message>
        <message>
            <source>✓ right</source>
            <translation>✓ správně</translation>
        </message>
        <message>
            <source>◐ partly right (%1 %)</source>
            <translation>◐ částečně správně (%1 %)</translation>
        </message>
        <message>
            <source>✗ wrong</source>
            <translation>✗ nesprávně</translation>
        </message>
        <message>
            <source>Question %1</source>
            <translation>Otázka %1</translation>
        </message>
        <message>
            <source>This question is no longer in the question bank.</source>
            <translation>Tato otázka už v bance otázek není.</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(nezodpovězeno)</translation>
        </message>
        <message>
            <source>Your answer:</source>
            <translation>Vaše odpověď:</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>Výsledek:</translation>
        </message>
        <message>
            <source>The right answer:</source>
            <translation>Správná odpověď:</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>Zpětná vazba:</translation>
        </message>
        <message>
            <source>Trainer comment:</source>
            <translation>Komentář školitele:</translation>
        </message>
    </context>
    <context>
        <name>QuizWindow</name>
        <message>
            <source>Quiz</source>
            <extracomment>Asks the learner a yes/no question; tests replace it.</extracomment>
            <translation>Kvíz</translation>
        </message>
        <message>
            <source>Practice — check each answer as you go</source>
            <translation>Procvičování — každou odpověď si můžete průběžně zkontrolovat</translation>
        </message>
        <message>
            <source>Assessment — your answers are saved as you give them; the results come after you submit</source>
            <translation>Test — odpovědi se ukládají průběžně; výsledky uvidíte po odevzdání</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Zbývající čas</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) of the question bank were left out because they contain errors.</source>
            <translation>
                <numerusform>%n otázka z banky otázek byla vynechána, protože obsahuje chyby.</numerusform>
                <numerusform>%n otázky z banky otázek byly vynechány, protože obsahují chyby.</numerusform>
                <numerusform>%n otázek z banky otázek bylo vynecháno, protože obsahují chyby.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The question banks had %n question(s) fewer than this assessment asks for.</source>
            <translation>
                <numerusform>Banky otázek obsahovaly o %n otázku méně, než kolik vyžaduje tento test.</numerusform>
                <numerusform>Banky otázek obsahovaly o %n otázky méně, než kolik vyžaduje tento test.</numerusform>
                <numerusform>Banky otázek obsahovaly o %n otázek méně, než kolik vyžaduje tento test.</numerusform>
            </translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Otázky</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Zkontrolovat</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>Zkusit z&amp;novu</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Předchozí</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>&amp;Další ▶</translation>
        </message>
        <message>
            <source>&amp;Finish practice</source>
            <translation>&amp;Ukončit procvičování</translation>
        </message>
        <message>
            <source>&amp;Submit…</source>
            <translation>&amp;Odevzdat…</translation>
        </message>
        <message>
            <source>Question %1</source>
            <translation>Otázka %1</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Zodpovězeno</translation>
        </message>
        <message>
            <source>Not answered yet</source>
            <translation>Zatím nezodpovězeno</translation>
        </message>
        <message>
            <source>Answered: %1 of %2</source>
            <translation>Zodpovězeno: %1 z %2</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Neuloženo: %1</translation>
        </message>
        <message>
            <source>Answer saved at %1</source>
            <translation>Odpověď uložena v %1</translation>
        </message>
        <message>
            <source>Choose which number you mean.</source>
            <translation>Vyberte, které číslo máte na mysli.</translation>
        </message>
        <message>
            <source>Answer the question first.</source>
            <translation>Nejprve odpovězte na otázku.</translation>
        </message>
        <message>
            <source>Type a number, for example 12.5</source>
            <translation>Zadejte číslo, například 12,5</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Zbývající čas: %1</translation>
        </message>
        <message>
            <source>Submit your answers? You cannot change them afterwards.</source>
            <translation>Chcete odevzdat své odpovědi? Později je již nebudete moci změnit.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered.</source>
            <translation>
                <numerusform>%n otázka není zodpovězena.</numerusform>
                <numerusform>%n otázky nejsou zodpovězeny.</numerusform>
                <numerusform>%n otázek není zodpovězeno.</numerusform>
            </translation>
        </message>
        <message>
            <source>Submit the assessment</source>
            <translation>Odevzdat test</translation>
        </message>
        <message>
            <source>Could not submit</source>
            <translation>Odevzdání se nezdařilo</translation>
        </message>
        <message>
            <source>The attempt could not be submitted: %1

Your saved answers are kept; try again.</source>
            <translation>Pokus se nepodařilo odevzdat: %1

Vaše uložené odpovědi zůstávají zachovány; zkuste to znovu.</translation>
        </message>
        <message>
            <source>Your answers so far are saved. You can continue this assessment later from the Quiz menu.</source>
            <translation>Vaše dosavadní odpovědi jsou uloženy. V testu můžete později pokračovat z nabídky Kvíz.</translation>
        </message>
        <message>
            <source>The time keeps running while the assessment is closed: %1 left.</source>
            <translation>Čas běží dál, i když je test zavřený: zbývá %1.</translation>
        </message>
        <message>
            <source>Leave the assessment?</source>
            <translation>Chcete test opustit?</translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <source>Flashcards</source>
            <translation>Kartičky</translation>
        </message>
        <message>
            <source>Show answer (Space)</source>
            <translation>Zobrazit odpověď (mezerník)</translation>
        </message>
        <message>
            <source>1 Again</source>
            <translation>1 Znovu</translation>
        </message>
        <message>
            <source>2 Hard</source>
            <translation>2 Těžké</translation>
        </message>
        <message>
            <source>3 Good</source>
            <translation>3 Dobré</translation>
        </message>
        <message>
            <source>4 Easy</source>
            <translation>4 Snadné</translation>
        </message>
        <message>
            <source>Space shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy. Esc closes.</source>
            <translation>Mezerník zobrazí odpověď; 1 Znovu, 2 Těžké, 3 Dobré, 4 Snadné. Esc okno zavře.</translation>
        </message>
        <message>
            <source>Reviewed today: %1</source>
            <translation>Dnes zopakováno: %1</translation>
        </message>
        <message>
            <source>No more cards for today.</source>
            <translation>Na dnešek již nezbývají žádné kartičky.</translation>
        </message>
        <message>
            <source>Cards left today: %1</source>
            <translation>Zbývající kartičky na dnešek: %1</translation>
        </message>
    </context>
    <context>
        <name>RunnerPanel</name>
        <message>
            <source>Phases (minutes)</source>
            <translation>Fáze (minuty)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Spustit</translation>
        </message>
        <message>
            <source>Next phase</source>
            <translation>Další fáze</translation>
        </message>
        <message>
            <source>Timer on screen (T)</source>
            <translation>Časovač na obrazovce (T)</translation>
        </message>
        <message>
            <source>−1 min</source>
            <translation>−1 min</translation>
        </message>
        <message>
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <source>+5 min</source>
            <translation>+5 min</translation>
        </message>
        <message>
            <source>Injects</source>
            <translation>Vstupy do scénáře</translation>
        </message>
        <message>
            <source>Show: %1</source>
            <translation>Zobrazit: %1</translation>
        </message>
        <message>
            <source>not shown yet</source>
            <translation>dosud nezobrazeno</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Skupiny</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Všechny skupiny</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Zobrazit</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Diskuse</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Předchozí otázka</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Další otázka</translation>
        </message>
        <message>
            <source>Back to the slides</source>
            <translation>Zpět ke snímkům</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Timing: the phases take %1 min, as the activity states.</source>
            <translation>Časování: fáze trvají %1 min, jak uvádí aktivita.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pozastavit</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Pokračovat</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Dokončeno</translation>
        </message>
        <message>
            <source>The activity is over.</source>
            <translation>Aktivita skončila.</translation>
        </message>
        <message>
            <source>%1: %2 left</source>
            <translation>%1: zbývá %2</translation>
        </message>
        <message>
            <source>%1: %2 over time</source>
            <translation>%1: překročeno o %2</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pozastaveno</translation>
        </message>
        <message>
            <source>shown at %1</source>
            <translation>zobrazeno v %1</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search the course</source>
            <translation>Hledat v kurzu</translation>
        </message>
        <message>
            <source>Words or beginnings of words; accents optional (zrtev finds žrtev)</source>
            <translation>Slova nebo začátky slov; diakritika nepovinná (obet najde oběť)</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Všechny jazyky</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jazyk</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Výsledky hledání</translation>
        </message>
        <message>
            <source>Enter opens the selected hit; Esc closes.</source>
            <translation>Klávesou Enter otevřete vybraný výsledek, klávesou Esc okno zavřete.</translation>
        </message>
        <message>
            <source>Glossary: %1</source>
            <translation>Glosář: %1</translation>
        </message>
        <message>
            <source>Practice questions: %1</source>
            <translation>Procvičovací otázky: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n výsledek</numerusform>
                <numerusform>%n výsledky</numerusform>
                <numerusform>%n výsledků</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Nastavení</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Jazyk rozhraní</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Jazyk:</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Velikost textu</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Velikost textu:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Světlý</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Tmavý</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Vysoký kontrast</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Barevný motiv</translation>
        </message>
        <message>
            <source>&amp;Colours:</source>
            <translation>&amp;Barvy:</translation>
        </message>
        <message>
            <source>The course text keeps its own language; only the interface around it changes.</source>
            <translation>Text kurzu si zachovává svůj jazyk; mění se pouze rozhraní kolem něj.</translation>
        </message>
    </context>
    <context>
        <name>SlideOverview</name>
        <message>
            <source>Slides</source>
            <translation>Snímky</translation>
        </message>
    </context>
    <context>
        <name>StatisticsWindow</name>
        <message>
            <source>Question statistics and knowledge gain</source>
            <extracomment>Rows flagged "very likely" or "negative" are tinted (a colour that keeps black text readable).</extracomment>
            <translation>Statistika otázek a přírůstek znalostí</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Otázky</translation>
        </message>
        <message>
            <source>Knowledge gain</source>
            <translation>Přírůstek znalostí</translation>
        </message>
        <message>
            <source>Each learner's first attempt only (as in Moodle)</source>
            <translation>Jen první pokus každého účastníka (jako v Moodlu)</translation>
        </message>
        <message>
            <source>&amp;Assessment:</source>
            <translation>&amp;Test:</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Otázka</translation>
        </message>
        <message>
            <source>Answers counted</source>
            <translation>Započtené odpovědi</translation>
        </message>
        <message>
            <source>Facility (%)</source>
            <translation>Snadnost (%)</translation>
        </message>
        <message>
            <source>Discrimination (%)</source>
            <translation>Rozlišovací schopnost (%)</translation>
        </message>
        <message>
            <source>Needs checking?</source>
            <translation>Nutná kontrola?</translation>
        </message>
        <message>
            <source>Commonest wrong answers</source>
            <translation>Nejčastější špatné odpovědi</translation>
        </message>
        <message>
            <source>Question statistics</source>
            <translation>Statistika otázek</translation>
        </message>
        <message>
            <source>Facility: the mean score as a share of the maximum (low = hard). Discrimination: how well the question separates stronger from weaker learners. Needs checking (Moodle's thresholds): very likely below 30 %, likely below 50 %; below 0 the weaker learners did better: check the key.</source>
            <translation>Snadnost: průměrné skóre jako podíl maxima (nízká = obtížné). Rozlišovací schopnost: jak dobře otázka odlišuje silnější účastníky od slabších. Nutná kontrola (prahy Moodlu): velmi pravděpodobně pod 30 %, pravděpodobně pod 50 %; pod 0 odpovídali slabší účastníci lépe: zkontrolujte klíč.</translation>
        </message>
        <message>
            <source>&amp;Pre-test:</source>
            <translation>&amp;Vstupní test:</translation>
        </message>
        <message>
            <source>P&amp;ost-test:</source>
            <translation>Vý&amp;stupní test:</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Účastník</translation>
        </message>
        <message>
            <source>Pre-test (%)</source>
            <translation>Vstupní test (%)</translation>
        </message>
        <message>
            <source>Post-test (%)</source>
            <translation>Výstupní test (%)</translation>
        </message>
        <message>
            <source>Gain (points)</source>
            <translation>Přírůstek (body)</translation>
        </message>
        <message>
            <source>Normalised gain</source>
            <translation>Normalizovaný přírůstek</translation>
        </message>
        <message>
            <source>Knowledge gain per learner</source>
            <translation>Přírůstek znalostí podle účastníků</translation>
        </message>
        <message>
            <source>Pre-test: each learner's first finished attempt. Post-test: the grade that counts. Normalised gain: the share of what there was to learn that was learnt, (post − pre) / (100 − pre).</source>
            <translation>Vstupní test: první dokončený pokus každého účastníka. Výstupní test: hodnocení, které se počítá. Normalizovaný přírůstek: podíl toho, co se bylo možné naučit, který se účastník naučil, (výstupní − vstupní) / (100 − vstupní).</translation>
        </message>
        <message>
            <source>All assessments</source>
            <translation>Všechny testy</translation>
        </message>
        <message>
            <source>No results have been imported yet.</source>
            <translation>Zatím nebyly importovány žádné výsledky.</translation>
        </message>
        <message>
            <source>No learner took both tests.</source>
            <translation>Žádný účastník neabsolvoval oba testy.</translation>
        </message>
        <message numerus="yes">
            <source>Class mean gain: %1 points (%n learner(s)).</source>
            <translation>
                <numerusform>Průměrný přírůstek skupiny v bodech: %1 (%n účastník).</numerusform>
                <numerusform>Průměrný přírůstek skupiny v bodech: %1 (%n účastníci).</numerusform>
                <numerusform>Průměrný přírůstek skupiny v bodech: %1 (%n účastníků).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TextAnswer</name>
        <message>
            <source>A number, e.g. 12.5</source>
            <translation>Číslo, např. 12,5</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Vaše odpověď</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odpověď</translation>
        </message>
        <message>
            <source>Which number do you mean?</source>
            <translation>Které číslo máte na mysli?</translation>
        </message>
        <message>
            <source>I mean %1</source>
            <translation>Myslím %1</translation>
        </message>
    </context>
    <context>
        <name>TrainerController</name>
        <message>
            <source>&amp;Present from the beginning</source>
            <translation>Prezentovat od &amp;začátku</translation>
        </message>
        <message>
            <source>Present from this &amp;section</source>
            <translation>Prezentovat od tohoto &amp;oddílu</translation>
        </message>
        <message>
            <source>Print &amp;handouts…</source>
            <translation>Tisknout &amp;podklady…</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>Prezen&amp;tace</translation>
        </message>
        <message>
            <source>The course is closed while an assessment is open.</source>
            <translation>Kurz je uzavřen, dokud je otevřený test.</translation>
        </message>
        <message>
            <source>Open a module to present it.</source>
            <translation>Otevřete modul, který chcete prezentovat.</translation>
        </message>
        <message>
            <source>Open a module to print its handouts.</source>
            <translation>Otevřete modul, jehož podklady chcete vytisknout.</translation>
        </message>
    </context>
    <context>
        <name>TrainerLogin</name>
        <message>
            <source>Log in as trainer</source>
            <translation>Přihlásit se jako školitel</translation>
        </message>
        <message>
            <source>Trainer functions (assessments, results of all learners, grading, exam files) need the trainer passphrase.</source>
            <translation>Funkce školitele (testy, výsledky všech účastníků, hodnocení, soubory zkoušek) vyžadují heslo školitele.</translation>
        </message>
        <message>
            <source>&amp;Trainer:</source>
            <translation>Š&amp;kolitel:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Heslo:</translation>
        </message>
        <message>
            <source>This PC has no trainer profile yet. Add one with: coursebook profiles add NAME --trainer</source>
            <translation>Tento počítač zatím nemá žádný profil školitele. Přidejte jej příkazem: coursebook profiles add JMÉNO --trainer</translation>
        </message>
        <message>
            <source>Too many wrong tries. Wait %1 s and try again.</source>
            <translation>Příliš mnoho neúspěšných pokusů. Počkejte %1 s a zkuste to znovu.</translation>
        </message>
    </context>
    <context>
        <name>VerifyCertificate</name>
        <message>
            <source>Verify certificate</source>
            <translation>Ověřit certifikát</translation>
        </message>
        <message>
            <source>&amp;Verification code on the certificate:</source>
            <translation>&amp;Ověřovací kód na certifikátu:</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Ověřit</translation>
        </message>
        <message>
            <source>Type the code printed on the certificate.</source>
            <translation>Zadejte kód vytištěný na certifikátu.</translation>
        </message>
        <message>
            <source>Not valid.</source>
            <translation>Neplatný.</translation>
        </message>
        <message>
            <source>Valid: %1 passed “%2” with %3 % on %4.</source>
            <translation>Platný: %1 úspěšně absolvoval(a) test „%2“ s výsledkem %3 % dne %4.</translation>
        </message>
    </context>
    <context>
        <name>_ChoiceAnswer</name>
        <message>
            <source>right answer</source>
            <extracomment>True when every change is a finished answer (a click); False for typing, saved on leaving or a pause.</extracomment>
            <translation>správná odpověď</translation>
        </message>
        <message>
            <source>wrong answer</source>
            <translation>špatná odpověď</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>The learner database {path} is in use by another program. Close it and start Coursebook again.</source>
            <translation>Databázi účastníků {path} používá jiný program. Zavřete jej a spusťte Coursebook znovu.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full. Free some space and start Coursebook again; no learner data was changed.</source>
            <translation>Disk, na kterém je {path}, je plný. Uvolněte místo a spusťte Coursebook znovu; data účastníků nebyla změněna.</translation>
        </message>
        <message>
            <source>The learner database {path} cannot be written (read-only). Start Coursebook with --data-dir and a folder you can write to.</source>
            <translation>Do databáze účastníků {path} nelze zapisovat (pouze pro čtení). Spusťte Coursebook s volbou --data-dir a složkou, do které můžete zapisovat.</translation>
        </message>
        <message>
            <source>The learner database {path} cannot be opened. Check that the folder exists and can be written, or start Coursebook with --data-dir.</source>
            <translation>Databázi účastníků {path} nelze otevřít. Zkontrolujte, zda složka existuje a lze do ní zapisovat, nebo spusťte Coursebook s volbou --data-dir.</translation>
        </message>
        <message>
            <source>The learner database {path} could not be used: {reason}. No learner data was changed.</source>
            <translation>Databázi účastníků {path} se nepodařilo použít: {reason}. Data účastníků nebyla změněna.</translation>
        </message>
        <message>
            <source>A journal file beside the learner database was not used ({reason}); it was set aside as {name}.</source>
            <extracomment>Pages the log may grow to before SQLite checkpoints it (40 MB): an exam session fits in one log. Seconds to wait for another program's lock on the database before saying it is in use. What happened at open that the user should be told (a recovery), else None.</extracomment>
            <translation>Soubor žurnálu vedle databáze účastníků nebyl použit ({reason}); byl odložen jako {name}.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Coursebook (schema {schema}). Use that version or a newer one.</source>
            <translation>Soubor {path} zapsala novější verze aplikace Coursebook (schéma {schema}). Použijte tuto nebo novější verzi.</translation>
        </message>
        <message>
            <source>The learner database was damaged ({problem}). It was set aside as {aside} and the backup of {when} was restored.</source>
            <translation>Databáze účastníků byla poškozena ({problem}). Byla odložena jako {aside} a byla obnovena záloha z {when}.</translation>
        </message>
        <message>
            <source>The learner database was damaged ({problem}) and no good backup was found. It was set aside as {aside} and a new one was started.</source>
            <translation>Databáze účastníků byla poškozena ({problem}) a nebyla nalezena žádná nepoškozená záloha. Byla odložena jako {aside} a byla založena nová.</translation>
        </message>
        <message>
            <source>Only a trainer can do this. Log in as trainer first.</source>
            <extracomment>A key derived from the passphrase at login (kept in memory only): it signs the trainer's cache of verified report results, so a learner who can edit the database cannot forge a cached result.</extracomment>
            <translation>Tuto akci může provést pouze školitel. Nejprve se přihlaste jako školitel.</translation>
        </message>
        <message>
            <source>Too many wrong tries. Wait {seconds} s and try again.</source>
            <translation>Příliš mnoho neúspěšných pokusů. Počkejte {seconds} s a zkuste to znovu.</translation>
        </message>
        <message>
            <source>The passphrase is not right.</source>
            <translation>Heslo není správné.</translation>
        </message>
        <message>
            <source>Records {first}–{last} are missing: an attempt or answers were deleted.</source>
            <extracomment>Seconds an answer's recorded time on screen may fall below an earlier one (the grace at the end). The string encoder ``_CANONICAL`` itself uses for every string (``ensure_ascii=False``): the C one. The decoder's own scanner, called without the wrapper that skips white space around the value. slot -&gt; (question key, response JSON text, answered at, elapsed seconds then) slot -&gt; (fraction, comment, trainer name) Attempts whose rows differ from their chain (changed or deleted after the fact). The chain itself is broken (gaps, removed entries, changed entries): nothing after it is sure.</extracomment>
            <translation>Záznamy {first}–{last} chybí: byl smazán pokus nebo odpovědi.</translation>
        </message>
        <message>
            <source>Record {seq} does not follow the one before it.</source>
            <translation>Záznam {seq} nenavazuje na předchozí záznam.</translation>
        </message>
        <message>
            <source>Record {seq} was altered after it was written.</source>
            <translation>Záznam {seq} byl po zapsání změněn.</translation>
        </message>
        <message>
            <source>Record {seq} cannot be read.</source>
            <translation>Záznam {seq} nelze přečíst.</translation>
        </message>
        <message>
            <source>The newest records are missing: records up to {last} were written, {found} are there.</source>
            <translation>Chybí nejnovější záznamy: zapsány byly záznamy až po číslo {last}, k dispozici je jich {found}.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz}: its time on screen went backwards ({before} s, then {after} s).</source>
            <translation>Pokus {number} testu {quiz}: jeho čas na obrazovce se posunul zpět ({before} s, poté {after} s).</translation>
        </message>
        <message>
            <source>Attempt {uuid} is not in the sealed record.</source>
            <translation>Pokus {uuid} není v zapečetěném záznamu.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz} was altered after submission: its times or questions differ from the sealed record.</source>
            <translation>Pokus {number} testu {quiz} byl po odevzdání změněn: jeho časy nebo otázky se liší od zapečetěného záznamu.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz} was altered after submission: its answers differ from the sealed record.</source>
            <translation>Pokus {number} testu {quiz} byl po odevzdání změněn: jeho odpovědi se liší od zapečetěného záznamu.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz} was deleted; the sealed record still has it.</source>
            <translation>Pokus {number} testu {quiz} byl smazán; zapečetěný záznam jej stále obsahuje.</translation>
        </message>
        <message>
            <source>Passphrase of a trainer of this PC: </source>
            <translation>Heslo některého školitele tohoto počítače: </translation>
        </message>
        <message>
            <source>Passphrase of the new trainer: </source>
            <translation>Heslo nového školitele: </translation>
        </message>
        <message>
            <source>PIN (4 to 12 digits): </source>
            <translation>PIN (4 až 12 číslic): </translation>
        </message>
        <message>
            <source>Added {role} {name}.</source>
            <translation>Přidáno: {role} {name}.</translation>
        </message>
        <message>
            <source>There is no profile named {name}.</source>
            <translation>Neexistuje žádný profil se jménem {name}.</translation>
        </message>
        <message>
            <source>Removed {name} and everything that belonged to the profile.</source>
            <translation>Profil {name} byl odstraněn se vším, co k němu patřilo.</translation>
        </message>
        <message>
            <source>Wrote {file}. It opens only with the start code.</source>
            <translation>Soubor {file} byl zapsán. Otevře se pouze se startovacím kódem.</translation>
        </message>
        <message>
            <source>A start code needs at least 6 letters or digits.</source>
            <extracomment>The packing installation's public key (base64), "" for files packed before keys travelled.</extracomment>
            <translation>Startovací kód musí mít alespoň 6 písmen nebo číslic.</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>{file}: 'banks' must map bank ids to files.</source>
            <translation>{file}: 'banks' musí přiřazovat ID bank k souborům.</translation>
        </message>
        <message>
            <source>{file}: there is no question bank '{bank}' (neither a module nor under 'banks').</source>
            <translation>{file}: banka otázek '{bank}' neexistuje (není to modul ani položka v 'banks').</translation>
        </message>
        <message>
            <source>{file}: the bank has no usable questions.</source>
            <translation>{file}: banka neobsahuje žádné použitelné otázky.</translation>
        </message>
        <message>
            <source>{file} is not a Coursebook exam file.</source>
            <translation>{file} není soubor zkoušky Coursebook.</translation>
        </message>
        <message>
            <source>{file} is damaged.</source>
            <translation>Soubor {file} je poškozený.</translation>
        </message>
        <message>
            <source>{file} was made by another version of Coursebook.</source>
            <translation>Soubor {file} byl vytvořen jinou verzí aplikace Coursebook.</translation>
        </message>
        <message>
            <source>The start code is not right.</source>
            <translation>Startovací kód není správný.</translation>
        </message>
        <message>
            <source>A profile needs a name.</source>
            <translation>Profil musí mít jméno.</translation>
        </message>
        <message>
            <source>A profile name has at most 60 characters.</source>
            <translation>Jméno profilu může mít nejvýše 60 znaků.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 12 digits.</source>
            <translation>PIN musí mít 4 až 12 číslic.</translation>
        </message>
        <message>
            <source>The trainer passphrase needs at least 8 characters.</source>
            <translation>Heslo školitele musí mít alespoň 8 znaků.</translation>
        </message>
        <message>
            <source>A profile named {name} already exists.</source>
            <translation>Profil se jménem {name} již existuje.</translation>
        </message>
        <message>
            <source>{name} is the only trainer; add another trainer before removing this one.</source>
            <translation>{name} je jediný školitel; před jeho odebráním přidejte dalšího školitele.</translation>
        </message>
        <message>
            <source>'ANSWER:' without a question and at least two options before it</source>
            <translation>'ANSWER:' bez otázky a alespoň dvou možností před ním</translation>
        </message>
        <message>
            <source>'ANSWER: {letter}' names no option of this question</source>
            <translation>'ANSWER: {letter}' neodkazuje na žádnou možnost této otázky</translation>
        </message>
        <message>
            <source>option {letter} appears twice</source>
            <translation>možnost {letter} se vyskytuje dvakrát</translation>
        </message>
        <message>
            <source>a question's options must be followed by 'ANSWER: X'</source>
            <translation>za možnostmi otázky musí následovat 'ANSWER: X'</translation>
        </message>
        <message>
            <source>the last question has no 'ANSWER: X' line</source>
            <translation>poslední otázka nemá řádek 'ANSWER: X'</translation>
        </message>
        <message>
            <source>There is no module '{module}' in {folder}. Modules: {known}.</source>
            <translation>Ve složce {folder} není modul '{module}'. Moduly: {known}.</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>Do souboru {file} nelze zapisovat: {reason}.</translation>
        </message>
        <message>
            <source>Module '{module}' has no question bank ({file}).</source>
            <translation>Modul '{module}' nemá banku otázek ({file}).</translation>
        </message>
        <message>
            <source>{problem}: left out of the export</source>
            <translation>{problem}: vynecháno z exportu</translation>
        </message>
        <message>
            <source>{id}: Moodle needs at least three answers in a matching question (add a distractor)</source>
            <translation>{id}: Moodle vyžaduje v otázce na přiřazování alespoň tři odpovědi (přidejte distraktor)</translation>
        </message>
        <message>
            <source>{id}: Moodle accepts only its own list of grades; {percent} % is not one</source>
            <translation>{id}: Moodle přijímá pouze hodnocení ze svého vlastního seznamu; {percent} % mezi ně nepatří</translation>
        </message>
        <message>
            <source>question id '{id}' is already used in the bank</source>
            <translation>ID otázky '{id}' je v bance již použito</translation>
        </message>
        <message>
            <source>The bank cannot be read, so nothing was added: {reason}</source>
            <translation>Banku otázek nelze načíst, proto nebylo nic přidáno: {reason}</translation>
        </message>
        <message>
            <source>The bank has no 'questions:' list to add to.</source>
            <translation>Banka otázek nemá seznam 'questions:', do kterého by bylo možné otázky přidat.</translation>
        </message>
        <message>
            <source>Adding the questions would break the bank: {reason}</source>
            <translation>Přidáním otázek by se banka otázek poškodila: {reason}</translation>
        </message>
        <message>
            <source>The 'questions:' list is not at the end of the file, so nothing was added.</source>
            <translation>Seznam 'questions:' není na konci souboru, proto nebylo nic přidáno.</translation>
        </message>
        <message>
            <source>HTML was turned into plain text</source>
            <translation>HTML bylo převedeno na prostý text</translation>
        </message>
        <message>
            <source>a description (text without an answer block) is not a question; left out</source>
            <translation>popis (text bez bloku odpovědí) není otázka; vynecháno</translation>
        </message>
        <message>
            <source>the braces around the answers do not match (a '{{' or '}}' is missing or should be escaped as '\{{' / '\}}')</source>
            <translation>složené závorky kolem odpovědí si neodpovídají (chybí '{{' nebo '}}', případně je třeba je zapsat jako '\{{' / '\}}')</translation>
        </message>
        <message>
            <source>the question has no text</source>
            <translation>otázka nemá žádný text</translation>
        </message>
        <message>
            <source>a multiple-choice question needs at least two answers</source>
            <translation>otázka s výběrem odpovědí vyžaduje alespoň dvě odpovědi</translation>
        </message>
        <message>
            <source>no answer is worth 100 %</source>
            <translation>žádná odpověď nemá hodnotu 100 %</translation>
        </message>
        <message>
            <source>no right answer: mark one with '=' or give weights such as '~%50%'</source>
            <translation>chybí správná odpověď: označte ji znakem '=' nebo zadejte váhy, například '~%50%'</translation>
        </message>
        <message>
            <source>the positive weights add up to {percent} %, not 100 %</source>
            <translation>kladné váhy dávají dohromady {percent} %, nikoli 100 %</translation>
        </message>
        <message>
            <source>an answer is empty</source>
            <translation>jedna z odpovědí je prázdná</translation>
        </message>
        <message>
            <source>a matching question needs at least two pairs</source>
            <translation>otázka na přiřazování vyžaduje alespoň dvě dvojice</translation>
        </message>
        <message>
            <source>each matching answer needs '-&gt;' between the two sides</source>
            <translation>každá odpověď v otázce na přiřazování vyžaduje mezi oběma stranami '-&gt;'</translation>
        </message>
        <message>
            <source>a matching question needs at least two pairs with both sides</source>
            <translation>otázka na přiřazování vyžaduje alespoň dvě dvojice s vyplněnými oběma stranami</translation>
        </message>
        <message>
            <source>two pairs have the same left side</source>
            <translation>dvě dvojice mají stejnou levou stranu</translation>
        </message>
        <message>
            <source>a short-answer question needs an answer</source>
            <translation>otázka s krátkou odpovědí vyžaduje odpověď</translation>
        </message>
        <message>
            <source>the feedback for any other answer ('~#…') is left out: Coursebook gives the general feedback instead</source>
            <translation>zpětná vazba pro jakoukoli jinou odpověď ('~#…') se vynechává: Coursebook místo ní zobrazí obecnou zpětnou vazbu</translation>
        </message>
        <message>
            <source>a numerical question needs an answer</source>
            <translation>číselná otázka vyžaduje odpověď</translation>
        </message>
        <message>
            <source>the margin of error in '{value}' is negative</source>
            <translation>povolená odchylka v '{value}' je záporná</translation>
        </message>
        <message>
            <source>the feedback for the right number is left out: Coursebook shows the general feedback</source>
            <translation>zpětná vazba pro správné číslo se vynechává: Coursebook zobrazí obecnou zpětnou vazbu</translation>
        </message>
        <message>
            <source>no number is worth 100 %</source>
            <translation>žádné číslo nemá hodnotu 100 %</translation>
        </message>
        <message>
            <source>'{value}' is not a number</source>
            <extracomment>Tags Coursebook writes into Moodle files so an export can be imported back without loss. Moodle accepts only these grades (``question_bank::fraction_options_full``), as fractions.</extracomment>
            <translation>'{value}' není číslo</translation>
        </message>
        <message>
            <source>{id}: an answer contains '-&gt;', so Moodle would read the question as matching</source>
            <translation>{id}: odpověď obsahuje '-&gt;', takže by ji Moodle četl jako otázku na přiřazování</translation>
        </message>
        <message>
            <source>a document type declaration is not allowed in a question file</source>
            <translation>deklarace typu dokumentu není v souboru s otázkami povolena</translation>
        </message>
        <message>
            <source>not well-formed XML: {reason}</source>
            <translation>XML není správně utvořené: {reason}</translation>
        </message>
        <message>
            <source>a description is not a question; left out</source>
            <translation>popis není otázka; vynecháno</translation>
        </message>
        <message>
            <source>line {line}: fraction '{fraction}' is not a number</source>
            <translation>řádek {line}: zlomek '{fraction}' není číslo</translation>
        </message>
        <message>
            <source>neither true nor false is worth 100 %</source>
            <translation>ani pravda, ani nepravda nemá hodnotu 100 %</translation>
        </message>
        <message>
            <source>case-sensitive matching is not kept: Coursebook ignores case</source>
            <translation>rozlišování velkých a malých písmen se nezachovává: Coursebook velikost písmen nerozlišuje</translation>
        </message>
        <message>
            <source>the feedback for any other answer is left out</source>
            <translation>zpětná vazba pro jakoukoli jinou odpověď se vynechává</translation>
        </message>
        <message>
            <source>the feedback for the right number is left out</source>
            <translation>zpětná vazba pro správné číslo se vynechává</translation>
        </message>
        <message>
            <source>question type '{kind}' has no counterpart in Coursebook</source>
            <translation>typ otázky '{kind}' nemá v Coursebooku obdobu</translation>
        </message>
        <message>
            <source>a Moodle XML file starts with &lt;quiz&gt;</source>
            <translation>soubor Moodle XML musí začínat značkou &lt;quiz&gt;</translation>
        </message>
        <message>
            <source>{file} must name the pack's id, version, language and title.</source>
            <extracomment>Limits against zip bombs and runaway packs. ``module-id#section-id`` (or a whole ``module-id``) the new version no longer has files of the old version changed or added on this PC since it was installed (e.g. questions a trainer imported into a pack module): the new version replaces them</extracomment>
            <translation>{file} musí uvádět ID, verzi, jazyk a název balíčku.</translation>
        </message>
        <message>
            <source>{file} does not describe the pack correctly.</source>
            <translation>{file} nepopisuje balíček správně.</translation>
        </message>
        <message>
            <source>The course in {file} has errors; nothing was done.</source>
            <translation>Kurz v {file} obsahuje chyby; nic nebylo provedeno.</translation>
        </message>
        <message>
            <source>{file} is missing: it names the pack's id, version, language and title.</source>
            <translation>{file} chybí: uvádí ID, verzi, jazyk a název balíčku.</translation>
        </message>
        <message>
            <source>{file} is a link; a pack holds only plain files.</source>
            <translation>{file} je odkaz; balíček smí obsahovat pouze běžné soubory.</translation>
        </message>
        <message>
            <source>The pack is refused: the entry '{name}' has a name that is not allowed (it could be written outside the pack's folder).</source>
            <translation>Balíček byl odmítnut: položka '{name}' má nepovolený název (mohla by být zapsána mimo složku balíčku).</translation>
        </message>
        <message>
            <source>The pack is refused: it holds more than {limit} files.</source>
            <translation>Balíček byl odmítnut: obsahuje více než {limit} souborů.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is a link or a special file.</source>
            <translation>Balíček byl odmítnut: '{name}' je odkaz nebo speciální soubor.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is encrypted.</source>
            <translation>Balíček byl odmítnut: '{name}' je zašifrovaný.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' unpacks to more than {ratio} times its size (a zip bomb).</source>
            <translation>Balíček byl odmítnut: '{name}' se po rozbalení zvětší na více než {ratio}násobek své velikosti (zip bomba).</translation>
        </message>
        <message>
            <source>The pack is refused: it unpacks to more than {limit} MB.</source>
            <translation>Balíček byl odmítnut: po rozbalení má více než {limit} MB.</translation>
        </message>
        <message>
            <source>The pack is refused: it unpacks to more than {ratio} times its size (a zip bomb).</source>
            <translation>Balíček byl odmítnut: po rozbalení se zvětší na více než {ratio}násobek své velikosti (zip bomba).</translation>
        </message>
        <message>
            <source>The pack is refused: a file name appears twice.</source>
            <translation>Balíček byl odmítnut: některý název souboru se v něm vyskytuje dvakrát.</translation>
        </message>
        <message>
            <source>This file is not a content pack: it has no {file}.</source>
            <translation>Tento soubor není balíček obsahu: chybí v něm {file}.</translation>
        </message>
        <message>
            <source>The pack is refused: its {file} is too large.</source>
            <translation>Balíček byl odmítnut: jeho soubor {file} je příliš velký.</translation>
        </message>
        <message>
            <source>The pack is refused: its {file} is not valid JSON.</source>
            <translation>Balíček byl odmítnut: jeho soubor {file} není platný JSON.</translation>
        </message>
        <message>
            <source>The pack is refused: its {file} lists no checksums.</source>
            <translation>Balíček byl odmítnut: jeho soubor {file} neuvádí žádné kontrolní součty.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is not listed in its manifest.</source>
            <translation>Balíček byl odmítnut: '{name}' není uveden v jeho manifestu.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is listed in its manifest but missing.</source>
            <translation>Balíček byl odmítnut: '{name}' je uveden v jeho manifestu, ale chybí.</translation>
        </message>
        <message>
            <source>The pack is refused: the entry '{name}' would be written outside the pack's folder.</source>
            <translation>Balíček byl odmítnut: položka '{name}' by byla zapsána mimo složku balíčku.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is larger than it declares.</source>
            <translation>Balíček byl odmítnut: '{name}' je větší, než uvádí.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' does not match its checksum (the file is damaged or was changed).</source>
            <translation>Balíček byl odmítnut: '{name}' neodpovídá svému kontrolnímu součtu (soubor je poškozený nebo byl změněn).</translation>
        </message>
        <message>
            <source>{file} cannot be read as a content pack: {reason}.</source>
            <translation>{file} nelze načíst jako balíček obsahu: {reason}.</translation>
        </message>
        <message>
            <source>Pack {id} version {installed} is installed; this file has version {version}, which is not newer. Nothing was changed.</source>
            <translation>Balíček {id} je nainstalován ve verzi {installed}; tento soubor má verzi {version}, která není novější. Nic nebylo změněno.</translation>
        </message>
        <message>
            <source>The pack is refused: module {module} is already in {where}.</source>
            <translation>Balíček byl odmítnut: modul {module} již existuje v {where}.</translation>
        </message>
        <message>
            <source>the name is not valid UTF-8 (shown with �); rename it</source>
            <translation>název není platné UTF-8 (zobrazeno se znakem �); přejmenujte jej</translation>
        </message>
        <message>
            <source>not a regular file (a FIFO, socket or device); it is never opened</source>
            <translation>nejde o běžný soubor (jde o FIFO, soket nebo zařízení); nikdy se neotevírá</translation>
        </message>
        <message>
            <source>a folder where a file is expected</source>
            <extracomment>The longest line of a content file, in characters.</extracomment>
            <translation>složka tam, kde se očekává soubor</translation>
        </message>
        <message>
            <source>content folder not found</source>
            <translation>složka s obsahem nebyla nalezena</translation>
        </message>
        <message>
            <source>no modules found: a course is a folder of module folders, each with a module.md</source>
            <translation>nebyly nalezeny žádné moduly: kurz je složka se složkami modulů, z nichž každá obsahuje soubor module.md</translation>
        </message>
        <message>
            <source>the section has {size} characters; the limit is {limit} (split it into sections)</source>
            <extracomment>Characters in one section's Markdown (17,791). Lines in one section (310). Nesting of lists and block quotes, counted per line (indentation of 4 columns, '- ', '&gt; ') (3). Lines in one block of text between blank lines, outside fenced blocks (42). Table cells ('|') in one section (127). Opening brackets '[' (links, images, footnotes) in one section (29). Emphasis characters ('*', '_') in one section (120).</extracomment>
            <translation>oddíl má {size} znaků; limit je {limit} (rozdělte jej na více oddílů)</translation>
        </message>
        <message>
            <source>the section has {count} lines; the limit is {limit} (split it into sections)</source>
            <translation>oddíl má {count} řádků; limit je {limit} (rozdělte jej na více oddílů)</translation>
        </message>
        <message>
            <source>more than {limit} table cells ('|') in one section</source>
            <translation>více než {limit} buněk tabulky ('|') v jednom oddílu</translation>
        </message>
        <message>
            <source>more than {limit} '[' (links, images, footnotes) in one section</source>
            <translation>více než {limit} znaků '[' (odkazy, obrázky, poznámky pod čarou) v jednom oddílu</translation>
        </message>
        <message>
            <source>more than {limit} emphasis marks ('*', '_') in one section</source>
            <translation>více než {limit} značek zvýraznění ('*', '_') v jednom oddílu</translation>
        </message>
        <message>
            <source>more than {limit} lines without a blank line</source>
            <translation>více než {limit} řádků bez prázdného řádku</translation>
        </message>
        <message>
            <source>lists or quotes nested more than {limit} levels deep</source>
            <translation>seznamy nebo citace vnořené do více než {limit} úrovní</translation>
        </message>
        <message>
            <source>nested too deeply to format</source>
            <translation>vnoření je pro formátování příliš hluboké</translation>
        </message>
        <message>
            <source>cannot be formatted ({error})</source>
            <translation>nelze naformátovat ({error})</translation>
        </message>
        <message>
            <source>a symbolic link that points to itself (a link loop)</source>
            <translation>symbolický odkaz, který odkazuje sám na sebe (smyčka odkazů)</translation>
        </message>
        <message>
            <source>a symbolic link to a file that does not exist (an editor's lock file?)</source>
            <translation>symbolický odkaz na neexistující soubor (zámkový soubor editoru?)</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>přístup odepřen</translation>
        </message>
        <message>
            <source>cannot read file: {reason}</source>
            <translation>soubor nelze přečíst: {reason}</translation>
        </message>
        <message>
            <source>file is {size} bytes; the limit is {limit} bytes</source>
            <translation>soubor má {size} bajtů; limit je {limit} bajtů</translation>
        </message>
        <message>
            <source>file is larger than the limit of {limit} bytes</source>
            <translation>soubor je větší než limit {limit} bajtů</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
            <translation>nejde o text v UTF-8 (bajt 0x{byte}); uložte soubor v kódování UTF-8</translation>
        </message>
        <message>
            <source>the file holds a NUL character; it is not text</source>
            <translation>soubor obsahuje znak NUL; nejde o text</translation>
        </message>
        <message>
            <source>line is {length} characters long; the limit is {limit}</source>
            <translation>řádek má {length} znaků; limit je {limit}</translation>
        </message>
        <message>
            <source>The phases add up to {planned} min, but the activity states {stated} min.</source>
            <translation>Fáze dávají dohromady {planned} min, ale aktivita uvádí {stated} min.</translation>
        </message>
        <message>
            <source>With the minutes chosen the phases take {total} min: {over} min more than the {stated} min the activity states.</source>
            <translation>Se zvolenými minutami trvají fáze {total} min: o {over} min déle, než kolik uvádí aktivita ({stated} min).</translation>
        </message>
        <message>
            <source>With the minutes chosen the phases take {total} min: {under} min less than the {stated} min the activity states.</source>
            <translation>Se zvolenými minutami trvají fáze {total} min: o {under} min méně, než kolik uvádí aktivita ({stated} min).</translation>
        </message>
        <message>
            <source>The sub-phases of {phase} take {inner} min, more than the {minutes} min set for it.</source>
            <translation>Dílčí fáze v rámci fáze {phase} trvají {inner} min, tedy déle než {minutes} min, které jsou pro ni stanoveny.</translation>
        </message>
        <message>
            <source>section '{id}' {problem}; the reader shows it as plain text</source>
            <translation>oddíl '{id}': {problem}; čtečka jej zobrazí jako prostý text</translation>
        </message>
        <message>
            <source>anchors and aliases (&amp;name, *name) are not allowed in course content</source>
            <translation>kotvy a aliasy (&amp;name, *name) nejsou v obsahu kurzu povoleny</translation>
        </message>
        <message>
            <source>lists and mappings are nested more than {limit} deep</source>
            <translation>seznamy a mapování jsou vnořené do hloubky větší než {limit}</translation>
        </message>
        <message>
            <source>invalid YAML: nested too deeply</source>
            <translation>neplatný YAML: příliš hluboké vnoření</translation>
        </message>
        <message>
            <source>The code {code} belongs to no passed result in this gradebook: the certificate is not valid here.</source>
            <translation>Kód {code} nepatří k žádnému úspěšnému výsledku v tomto přehledu hodnocení: certifikát zde není platný.</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Účastník</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Grade (%)</source>
            <translation>Hodnocení (%)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Výsledek</translation>
        </message>
        <message>
            <source>Time (minutes)</source>
            <translation>Čas (minuty)</translation>
        </message>
        <message>
            <source>Attempts used</source>
            <translation>Využité pokusy</translation>
        </message>
        <message>
            <source>Essays waiting</source>
            <translation>Čekající eseje</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>splněno</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>nesplněno</translation>
        </message>
        <message>
            <source>There is no imported attempt {uuid}.</source>
            <translation>Importovaný pokus {uuid} neexistuje.</translation>
        </message>
        <message>
            <source>A mark is between 0 and 100 %.</source>
            <translation>Hodnocení musí být v rozmezí 0 až 100 %.</translation>
        </message>
        <message>
            <source>There is no answer to grade.</source>
            <translation>Není k dispozici žádná odpověď k hodnocení.</translation>
        </message>
        <message>
            <source>There is no imported learner named {name}.</source>
            <translation>Importovaný účastník se jménem {name} neexistuje.</translation>
        </message>
        <message>
            <source>{file} could not be written: {reason}.</source>
            <extracomment>Files merged per transaction on import (one commit to disk per batch). SQLite's page cache while importing, in KiB (the default is 2 MB). The answers go into the gradebook in the order of the attempts' random ids, all over its B-tree: with the default cache most pages were written out and read back within one batch (a fifth more CPU, a third more time in SQLite).</extracomment>
            <translation>Soubor {file} se nepodařilo zapsat: {reason}.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <extracomment>Attempts whose marks were recorded (new or newer than those received before). Attempts whose marks were already there (the same file or a newer one received before). Attempts the file names that are not on this PC (taken elsewhere, or removed with their profile).
----------
attempt UUID -&gt; (question key per slot, grading rule, pass mark), read from its sealed plan.</extracomment>
            <translation>Soubor {file} nelze přečíst: {reason}.</translation>
        </message>
        <message>
            <source>{file} is truncated or damaged: it is not a whole marks file.</source>
            <translation>Soubor {file} je zkrácený nebo poškozený: nejde o úplný soubor s hodnocením.</translation>
        </message>
        <message>
            <source>{file} is not a Coursebook marks file.</source>
            <translation>Soubor {file} není souborem s hodnocením aplikace Coursebook.</translation>
        </message>
        <message>
            <source>{file} was written by a newer Coursebook (format {version}); update this program to receive it.</source>
            <translation>Soubor {file} zapsala novější verze aplikace Coursebook (formát {version}); chcete-li jej převzít, aktualizujte tento program.</translation>
        </message>
        <message>
            <source>{file} is signed with this PC's own key, not with the trainer's.</source>
            <translation>Soubor {file} je podepsán vlastním klíčem tohoto počítače, nikoli klíčem školitele.</translation>
        </message>
        <message>
            <source>{file} is for another PC: its marks belong to results handed in elsewhere.</source>
            <translation>Soubor {file} je určen pro jiný počítač: jeho hodnocení patří k výsledkům předaným jinde.</translation>
        </message>
        <message>
            <source>{file} names a learner who has no profile on this PC.</source>
            <translation>Soubor {file} uvádí účastníka, který na tomto počítači nemá profil.</translation>
        </message>
        <message>
            <source>{file} cannot be checked: the sealed record of {name} on this PC is damaged.</source>
            <translation>Soubor {file} nelze ověřit: zapečetěný záznam účastníka {name} na tomto počítači je poškozený.</translation>
        </message>
        <message>
            <source>{file} is not signed by the trainer whose assessment {name} took: the key does not match.</source>
            <translation>Soubor {file} není podepsán školitelem, který připravil test pro účastníka {name}: klíč nesouhlasí.</translation>
        </message>
        <message>
            <source>{file} is truncated or damaged: it is not a whole results file.</source>
            <translation>Soubor {file} je zkrácený nebo poškozený: nejde o úplný soubor s výsledky.</translation>
        </message>
        <message>
            <source>{file} is not a Coursebook results file.</source>
            <translation>Soubor {file} není souborem s výsledky aplikace Coursebook.</translation>
        </message>
        <message>
            <source>{file} was written by a newer Coursebook (format {version}); update this program to import it.</source>
            <translation>Soubor {file} zapsala novější verze aplikace Coursebook (formát {version}); chcete-li jej importovat, aktualizujte tento program.</translation>
        </message>
        <message>
            <source>{file} was changed after it was written: its signature does not match.</source>
            <translation>Soubor {file} byl po zapsání změněn: jeho podpis nesouhlasí.</translation>
        </message>
        <message>
            <source>{file} holds a broken record of results: {problem}</source>
            <translation>Soubor {file} obsahuje poškozený záznam výsledků: {problem}</translation>
        </message>
        <message>
            <source>{file} holds an attempt whose questions differ from its record.</source>
            <translation>Soubor {file} obsahuje pokus, jehož otázky se liší od jeho záznamu.</translation>
        </message>
        <message>
            <source>{file} is signed with a foreign key, not the key of the PC it claims to come from.</source>
            <translation>Soubor {file} je podepsán cizím klíčem, nikoli klíčem počítače, ze kterého údajně pochází.</translation>
        </message>
        <message>
            <source>{file} claims a learner whose results came from another PC.</source>
            <translation>Soubor {file} uvádí účastníka, jehož výsledky pocházejí z jiného počítače.</translation>
        </message>
        <message>
            <source>{file} does not continue the results imported before for {name}: they were taken back to an earlier state.</source>
            <translation>Soubor {file} nenavazuje na výsledky dříve importované pro účastníka {name}: výsledky byly vráceny do dřívějšího stavu.</translation>
        </message>
        <message>
            <source>Gradebook report</source>
            <extracomment>passed / learners with a grade, in %; None when nobody has a grade yet. mean of the grades that count, in %.</extracomment>
            <translation>Zpráva z přehledu hodnocení</translation>
        </message>
        <message>
            <source>Course: {course}</source>
            <translation>Kurz: {course}</translation>
        </message>
        <message>
            <source>Assessments: {titles}</source>
            <translation>Testy: {titles}</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Datum: {date}</translation>
        </message>
        <message>
            <source>Learners: {n}</source>
            <translation>Účastníci: {n}</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Výsledky</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Souhrn</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Účastníci</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Splnili</translation>
        </message>
        <message>
            <source>Pass rate (%)</source>
            <translation>Úspěšnost (%)</translation>
        </message>
        <message>
            <source>Mean grade (%)</source>
            <translation>Průměrné hodnocení (%)</translation>
        </message>
        <message>
            <source>Question statistics: {title}</source>
            <translation>Statistika otázek: {title}</translation>
        </message>
        <message>
            <source>Each learner's first attempt counts (as in Moodle).</source>
            <translation>Počítá se první pokus každého účastníka (jako v Moodlu).</translation>
        </message>
        <message>
            <source>Every finished attempt counts.</source>
            <translation>Počítá se každý dokončený pokus.</translation>
        </message>
        <message>
            <source>Facility: the mean score as a share of the maximum (low = hard). Discrimination: how well the question separates stronger from weaker learners; below 30 % it very likely needs checking, below 0 check the key.</source>
            <translation>Snadnost: průměrné skóre jako podíl maxima (nízká = obtížné). Rozlišovací schopnost: jak dobře otázka odlišuje silnější účastníky od slabších; pod 30 % je kontrola velmi pravděpodobně nutná, pod 0 zkontrolujte klíč.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Otázka</translation>
        </message>
        <message>
            <source>Answers counted</source>
            <translation>Započtené odpovědi</translation>
        </message>
        <message>
            <source>Facility (%)</source>
            <translation>Snadnost (%)</translation>
        </message>
        <message>
            <source>Discrimination (%)</source>
            <translation>Rozlišovací schopnost (%)</translation>
        </message>
        <message>
            <source>Needs checking?</source>
            <translation>Nutná kontrola?</translation>
        </message>
        <message>
            <source>Commonest wrong answer</source>
            <translation>Nejčastější špatná odpověď</translation>
        </message>
        <message>
            <source>No results have been imported yet.</source>
            <translation>Zatím nebyly importovány žádné výsledky.</translation>
        </message>
        <message>
            <source>No finished attempt to count yet.</source>
            <translation>Zatím není žádný dokončený pokus k započtení.</translation>
        </message>
        <message>
            <source>Yes: negative, check the key</source>
            <extracomment>Moodle's "Needs checking?" thresholds on the discrimination index (qbank_statistics helper).</extracomment>
            <translation>Ano: záporná, zkontrolujte klíč</translation>
        </message>
        <message>
            <source>Very likely</source>
            <translation>Velmi pravděpodobně</translation>
        </message>
        <message>
            <source>Likely</source>
            <translation>Pravděpodobně</translation>
        </message>
        <message>
            <source>Unlikely</source>
            <translation>Nepravděpodobně</translation>
        </message>
        <message>
            <source>Cannot write to the data folder {folder}: {reason}. Choose another folder with --data-dir or the COURSEBOOK_HOME environment variable.</source>
            <translation>Do datové složky {folder} nelze zapisovat: {reason}. Zvolte jinou složku pomocí volby --data-dir nebo proměnné prostředí COURSEBOOK_HOME.</translation>
        </message>
        <message>
            <source>An assessment must be a JSON object.</source>
            <extracomment>An assessment file is small; anything larger is refused unread. The deepest nesting of JSON arrays and objects read (a definition needs 3). Bounds of the numbers: (lowest, highest). Minutes; 0 = no time limit. When it runs out the attempt is submitted automatically. Percentage of the maximum score needed to pass; 0 = no pass mark. 0 = unlimited. Which attempt counts when there are several: highest, last, first or average.</extracomment>
            <translation>Test musí být objekt JSON.</translation>
        </message>
        <message>
            <source>'{key}' must be text.</source>
            <translation>'{key}' musí být text.</translation>
        </message>
        <message>
            <source>'id' is required.</source>
            <translation>'id' je povinné.</translation>
        </message>
        <message>
            <source>The title is too long. Most characters allowed: {limit}.</source>
            <translation>Název je příliš dlouhý. Nejvyšší povolený počet znaků: {limit}.</translation>
        </message>
        <message>
            <source>'{key}' must be true or false (without quotes).</source>
            <translation>'{key}' musí být true nebo false (bez uvozovek).</translation>
        </message>
        <message>
            <source>'draws' must be a list of question banks. Most banks allowed: {limit}.</source>
            <translation>'draws' musí být seznam bank otázek. Nejvyšší povolený počet bank: {limit}.</translation>
        </message>
        <message>
            <source>Each entry of 'draws' needs a 'module_id' text.</source>
            <translation>Každá položka v 'draws' vyžaduje text 'module_id'.</translation>
        </message>
        <message>
            <source>'review' must be an object.</source>
            <translation>'review' musí být objekt.</translation>
        </message>
        <message>
            <source>The id '{id}' must be lower-case letters, digits and '-'.</source>
            <translation>Identifikátor '{id}' smí obsahovat jen malá písmena, číslice a '-'.</translation>
        </message>
        <message>
            <source>The assessment needs a title.</source>
            <translation>Test musí mít název.</translation>
        </message>
        <message>
            <source>Choose at least one question bank.</source>
            <translation>Vyberte alespoň jednu banku otázek.</translation>
        </message>
        <message>
            <source>The number of questions cannot be negative.</source>
            <translation>Počet otázek nesmí být záporný.</translation>
        </message>
        <message>
            <source>Each question bank may be listed once.</source>
            <translation>Každá banka otázek smí být uvedena jen jednou.</translation>
        </message>
        <message>
            <source>Too many questions are drawn from one bank. Most questions allowed: {limit}.</source>
            <translation>Z jedné banky otázek se vybírá příliš mnoho otázek. Nejvyšší povolený počet otázek: {limit}.</translation>
        </message>
        <message>
            <source>The time limit cannot be negative.</source>
            <translation>Časový limit nesmí být záporný.</translation>
        </message>
        <message>
            <source>The time limit is too long. Longest time limit in minutes: {limit}.</source>
            <translation>Časový limit je příliš dlouhý. Nejdelší časový limit v minutách: {limit}.</translation>
        </message>
        <message>
            <source>The pass mark is a percentage from 0 to 100.</source>
            <translation>Hranice úspěšnosti je procento od 0 do 100.</translation>
        </message>
        <message>
            <source>Attempts allowed cannot be negative (0 = unlimited).</source>
            <translation>Povolený počet pokusů nesmí být záporný (0 = neomezeně).</translation>
        </message>
        <message>
            <source>Too many attempts are allowed. Most attempts allowed: {limit} (0 = unlimited).</source>
            <translation>Je povoleno příliš mnoho pokusů. Nejvyšší povolený počet pokusů: {limit} (0 = neomezeně).</translation>
        </message>
        <message>
            <source>The grading must be one of: {methods}.</source>
            <translation>Způsob hodnocení musí být jeden z: {methods}.</translation>
        </message>
        <message>
            <source>'{key}' must be a whole number from {low} to {high}.</source>
            <translation>'{key}' musí být celé číslo od {low} do {high}.</translation>
        </message>
        <message>
            <source>'{key}' must be a number from {low} to {high}.</source>
            <translation>'{key}' musí být číslo od {low} do {high}.</translation>
        </message>
        <message>
            <source>{name} is not a number JSON allows.</source>
            <translation>{name} není číslo, které JSON povoluje.</translation>
        </message>
        <message>
            <source>The number {text} is too large.</source>
            <translation>Číslo {text} je příliš velké.</translation>
        </message>
        <message>
            <source>The file starts with a byte-order mark (BOM); save it as UTF-8 without BOM.</source>
            <translation>Soubor začíná značkou pořadí bajtů (BOM); uložte jej jako UTF-8 bez BOM.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text.</source>
            <translation>Soubor není text v kódování UTF-8.</translation>
        </message>
        <message>
            <source>Arrays and objects are nested too deep. Most levels allowed: {limit}.</source>
            <translation>Pole a objekty jsou vnořené příliš hluboko. Nejvyšší povolený počet úrovní: {limit}.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {reason}</source>
            <translation>Soubor není platný JSON: {reason}</translation>
        </message>
        <message>
            <source>The file cannot be read ({reason}).</source>
            <translation>Soubor nelze přečíst ({reason}).</translation>
        </message>
        <message>
            <source>Its id is '{id}'; the file must be named {id}.json.</source>
            <translation>Jeho identifikátor je '{id}'; soubor se musí jmenovat {id}.json.</translation>
        </message>
        <message>
            <source>The time is up; the answer was not saved.</source>
            <extracomment>An attempt's time is written at least this often while it is on screen (and with every answer). ``settings["source"]`` of an attempt at an exam file. Why an answer was refused (AttemptClosed): one sentence each, said in several places.</extracomment>
            <translation>Čas vypršel; odpověď nebyla uložena.</translation>
        </message>
        <message>
            <source>This attempt has been submitted; the answer was not saved.</source>
            <translation>Tento pokus již byl odevzdán; odpověď nebyla uložena.</translation>
        </message>
        <message>
            <source>Module '{module}' is not in the library.</source>
            <extracomment>Exams opened with their start code in this session (in memory only), and their banks. Monotonic time at an attempt's last tick, and at its last write. Elapsed seconds at the last mark, as this session counted them (the store may lag 5 s). Per module: (the bank object, its size, question id -&gt; question), rebuilt when the bank changes. Checked chains per profile, with the state of the store they were checked in. Report results with the state they were made in (see :meth:`kept`). Banks loaded or reloaded in this session: a kept report is redone after any.</extracomment>
            <translation>Modul '{module}' není v knihovně.</translation>
        </message>
        <message>
            <source>Module '{module}' has no usable questions.</source>
            <translation>Modul '{module}' nemá žádné použitelné otázky.</translation>
        </message>
        <message>
            <source>No attempts are left at '{title}'. Attempts allowed: {allowed}.</source>
            <translation>U testu '{title}' vám již nezbývají žádné pokusy. Povolený počet pokusů: {allowed}.</translation>
        </message>
        <message>
            <source>'{title}' has no usable questions.</source>
            <translation>'{title}' nemá žádné použitelné otázky.</translation>
        </message>
        <message>
            <source>Attempt {attempt} does not exist.</source>
            <translation>Pokus {attempt} neexistuje.</translation>
        </message>
        <message>
            <source>Attempt {attempt} has no question {number}.</source>
            <translation>Pokus {attempt} nemá otázku {number}.</translation>
        </message>
        <message>
            <source>The attempt has not been submitted yet.</source>
            <translation>Pokus ještě nebyl odevzdán.</translation>
        </message>
        <message>
            <source>There is no module '{module}'. Modules: {known}.</source>
            <translation>Modul '{module}' neexistuje. Moduly: {known}.</translation>
        </message>
        <message>
            <source>Module '{module}' has no activity.</source>
            <translation>Modul '{module}' nemá žádnou aktivitu.</translation>
        </message>
        <message>
            <source>The activity of module '{module}' has no groups to print role cards for.</source>
            <translation>Aktivita modulu '{module}' nemá žádné skupiny, pro které by bylo možné vytisknout karty rolí.</translation>
        </message>
        <message>
            <source>Module '{module}' has no cards ({file}).</source>
            <translation>Modul '{module}' nemá karty s indikátory ({file}).</translation>
        </message>
        <message>
            <source>The cards cannot be read: {reason}</source>
            <translation>Karty nelze načíst: {reason}</translation>
        </message>
        <message>
            <source>The cards of module '{module}' cannot be read.</source>
            <translation>Karty modulu '{module}' nelze načíst.</translation>
        </message>
        <message>
            <source>There is no handout '{what}'. Choose one of: {kinds}.</source>
            <translation>Podklad '{what}' neexistuje. Vyberte jeden z: {kinds}.</translation>
        </message>
        <message>
            <source>There is no space left on the disk: {path}</source>
            <extracomment>What the operating system says, in the user's language, for the failures a user can act on.</extracomment>
            <translation>Na disku už není místo: {path}</translation>
        </message>
        <message>
            <source>The disk is read-only: {path}</source>
            <translation>Disk je jen pro čtení: {path}</translation>
        </message>
        <message>
            <source>You may not read or write here: {path}</source>
            <translation>Zde nemáte oprávnění ke čtení ani zápisu: {path}</translation>
        </message>
        <message>
            <source>The file or folder does not exist: {path}</source>
            <translation>Soubor nebo složka neexistuje: {path}</translation>
        </message>
        <message>
            <source>The disk could not be read or written (was it removed?): {path}</source>
            <translation>Disk nebylo možné číst ani na něj zapisovat (nebyl odpojen?): {path}</translation>
        </message>
    </context>
</TS>