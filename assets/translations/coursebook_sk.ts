<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk_SK">
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Edit assessment</source>
            <translation>Upraviť test</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>Nový test</translation>
        </message>
        <message>
            <source>e.g. Final test, module 6</source>
            <translation>napr. Záverečný test, modul 6</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Názov:</translation>
        </message>
        <message>
            <source>Questions drawn at random from each question bank</source>
            <translation>Otázky náhodne vybrané z každej banky otázok</translation>
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
            <translation>K dispozícii</translation>
        </message>
        <message>
            <source>all</source>
            <translation>všetky</translation>
        </message>
        <message>
            <source>Questions from %1</source>
            <translation>Otázky z modulu %1</translation>
        </message>
        <message numerus="yes">
            <source> (%n left out: errors)</source>
            <translation>
                <numerusform> (%n vynechaná kvôli chybám)</numerusform>
                <numerusform> (%n vynechané kvôli chybám)</numerusform>
                <numerusform> (%n vynechaných kvôli chybám)</numerusform>
            </translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Pravidlá</translation>
        </message>
        <message>
            <source>Shuffle the order of the questions</source>
            <translation>Zamiešať poradie otázok</translation>
        </message>
        <message>
            <source>Shuffle the answer options</source>
            <translation>Zamiešať možnosti odpovedí</translation>
        </message>
        <message>
            <source>Time limit in minutes</source>
            <translation>Časový limit v minútach</translation>
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
            <translation>Po jeho uplynutí sa pokus automaticky odovzdá.</translation>
        </message>
        <message>
            <source>no pass mark</source>
            <translation>bez hranice úspešnosti</translation>
        </message>
        <message>
            <source>&amp;Pass mark:</source>
            <translation>&amp;Hranica úspešnosti:</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>neobmedzene</translation>
        </message>
        <message>
            <source>&amp;Attempts allowed:</source>
            <translation>&amp;Povolený počet pokusov:</translation>
        </message>
        <message>
            <source>Highest grade</source>
            <translation>Najvyššie hodnotenie</translation>
        </message>
        <message>
            <source>Last attempt</source>
            <translation>Posledný pokus</translation>
        </message>
        <message>
            <source>First attempt</source>
            <translation>Prvý pokus</translation>
        </message>
        <message>
            <source>Average of all attempts</source>
            <translation>Priemer všetkých pokusov</translation>
        </message>
        <message>
            <source>&amp;Which attempt counts:</source>
            <translation>&amp;Ktorý pokus sa započítava:</translation>
        </message>
        <message>
            <source>After submitting, learners see their score and…</source>
            <translation>Po odovzdaní účastníci uvidia svoj výsledok a…</translation>
        </message>
        <message>
            <source>which questions they got right</source>
            <translation>ktoré otázky zodpovedali správne</translation>
        </message>
        <message>
            <source>the right answers</source>
            <translation>správne odpovede</translation>
        </message>
        <message>
            <source>the feedback (explanations)</source>
            <translation>spätnú väzbu (vysvetlenia)</translation>
        </message>
        <message>
            <source>Feedback is never shown before the attempt is submitted.</source>
            <translation>Spätná väzba sa pred odovzdaním pokusu nikdy nezobrazuje.</translation>
        </message>
        <message numerus="yes">
            <source>The assessment has %n question(s).</source>
            <translation>
                <numerusform>Test má %n otázku.</numerusform>
                <numerusform>Test má %n otázky.</numerusform>
                <numerusform>Test má %n otázok.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot save: %1</source>
            <translation>Nie je možné uložiť: %1</translation>
        </message>
        <message>
            <source>Cannot write the assessment file: %1</source>
            <translation>Súbor testu nie je možné zapísať: %1</translation>
        </message>
    </context>
    <context>
        <name>AudienceWindow</name>
        <message>
            <source>Slide</source>
            <translation>Snímka</translation>
        </message>
    </context>
    <context>
        <name>BankExporter</name>
        <message>
            <source>Export questions</source>
            <translation>Exportovať otázky</translation>
        </message>
        <message>
            <source>Moodle GIFT (*.gift);;Moodle XML (*.xml)</source>
            <translation>Moodle GIFT (*.gift);;Moodle XML (*.xml)</translation>
        </message>
        <message>
            <source>Questions not exported</source>
            <translation>Otázky neboli exportované</translation>
        </message>
        <message>
            <source>The questions of %1 were saved to %2.</source>
            <translation>Otázky modulu %1 boli uložené do súboru %2.</translation>
        </message>
        <message>
            <source>Questions exported</source>
            <translation>Otázky boli exportované</translation>
        </message>
    </context>
    <context>
        <name>BankImportDialog</name>
        <message>
            <source>Import questions</source>
            <translation>Importovať otázky</translation>
        </message>
        <message>
            <source>Into the question bank of</source>
            <translation>Do banky otázok modulu</translation>
        </message>
        <message>
            <source>A .gift, Aiken .txt or Moodle XML file</source>
            <translation>Súbor .gift, Aiken .txt alebo Moodle XML</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Prehľadávať…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Súbor</translation>
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
            <translation>Riadok</translation>
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
            <translation>Oddiel</translation>
        </message>
        <message>
            <source>Questions to import</source>
            <translation>Otázky na import</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>Zistené problémy</translation>
        </message>
        <message>
            <source>Import the good questions and skip those with errors</source>
            <translation>Importovať bezchybné otázky a vynechať tie s chybami</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importovať</translation>
        </message>
        <message>
            <source>Question file</source>
            <translation>Súbor s otázkami</translation>
        </message>
        <message>
            <source>Question files (*.gift *.txt *.xml);;All files (*)</source>
            <translation>Súbory s otázkami (*.gift *.txt *.xml);;Všetky súbory (*)</translation>
        </message>
        <message>
            <source>Choose a module and a file.</source>
            <translation>Vyberte modul a súbor.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(žiadny)</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) can be imported</source>
            <translation>
                <numerusform>Importovať možno %n otázku</numerusform>
                <numerusform>Importovať možno %n otázky</numerusform>
                <numerusform>Importovať možno %n otázok</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s), %1 warning(s).</source>
            <translation>
                <numerusform>%n chyba, upozornenia: %1.</numerusform>
                <numerusform>%n chyby, upozornenia: %1.</numerusform>
                <numerusform>%n chýb, upozornenia: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>This module comes from a content pack: a newer version of the pack replaces its question bank, so keep this file to import it again.</source>
            <translation>Tento modul pochádza z balíka obsahu: novšia verzia balíka nahradí jeho banku otázok, preto si tento súbor ponechajte, aby ste ho mohli importovať znova.</translation>
        </message>
        <message>
            <source>Questions without a section are imported, and 'coursebook validate' lists them until a section is added.</source>
            <translation>Otázky bez oddielu sa importujú a príkaz 'coursebook validate' ich bude vypisovať, kým sa im nepriradí oddiel.</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>upozornenie: %1</translation>
        </message>
        <message>
            <source>Questions not imported</source>
            <translation>Otázky neboli importované</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) imported into %1.</source>
            <translation>
                <numerusform>Do modulu %1 bola importovaná %n otázka.</numerusform>
                <numerusform>Do modulu %1 boli importované %n otázky.</numerusform>
                <numerusform>Do modulu %1 bolo importovaných %n otázok.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardsDialog</name>
        <message>
            <source>Language of the cards:</source>
            <translation>Jazyk kariet:</translation>
        </message>
        <message>
            <source>Language of the cards</source>
            <translation>Jazyk kariet</translation>
        </message>
        <message>
            <source>{language} (translation)</source>
            <translation>{language} (preklad)</translation>
        </message>
        <message>
            <source>Indicator cards</source>
            <translation>Karty s indikátormi</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Tlačiť…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Uložiť ako PDF…</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>Čeština</translation>
        </message>
        <message>
            <source>Slovak</source>
            <translation>Slovenčina</translation>
        </message>
        <message>
            <source>Slovenian</source>
            <translation>Slovinčina</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Angličtina</translation>
        </message>
        <message>
            <source>Save cards as PDF</source>
            <translation>Uložiť karty ako PDF</translation>
        </message>
    </context>
    <context>
        <name>Certificate</name>
        <message>
            <source>Certificate</source>
            <translation>Osvedčenie</translation>
        </message>
        <message>
            <source>passed “%1”</source>
            <translation>úspešne absolvoval(a) „%1“</translation>
        </message>
        <message>
            <source>with %1 %</source>
            <translation>s výsledkom %1 %</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>dňa %1</translation>
        </message>
        <message>
            <source>Trainer: %1</source>
            <translation>Školiteľ: %1</translation>
        </message>
        <message>
            <source>Verification code: %1</source>
            <translation>Overovací kód: %1</translation>
        </message>
    </context>
    <context>
        <name>ClassroomController</name>
        <message>
            <source>&amp;Classroom</source>
            <extracomment>The window that replaced this one after a switch (kept alive here and on the application).</extracomment>
            <translation>&amp;Trieda</translation>
        </message>
        <message>
            <source>&amp;Switch profile…</source>
            <translation>&amp;Prepnúť profil…</translation>
        </message>
        <message>
            <source>Log in as &amp;trainer…</source>
            <translation>Prihlásiť sa ako š&amp;koliteľ…</translation>
        </message>
        <message>
            <source>&amp;Add exam file…</source>
            <translation>Pridať súbor &amp;skúšky…</translation>
        </message>
        <message>
            <source>&amp;Make exam file…</source>
            <translation>&amp;Vytvoriť súbor skúšky…</translation>
        </message>
        <message>
            <source>S&amp;ubmit open assessments…</source>
            <translation>O&amp;dovzdať otvorené testy…</translation>
        </message>
        <message>
            <source>&amp;Hand in results…</source>
            <translation>Odov&amp;zdať výsledky…</translation>
        </message>
        <message>
            <source>&amp;Import results…</source>
            <translation>&amp;Importovať výsledky…</translation>
        </message>
        <message>
            <source>&amp;Gradebook…</source>
            <translation>Prehľad &amp;hodnotení…</translation>
        </message>
        <message>
            <source>&amp;My results…</source>
            <translation>&amp;Moje výsledky…</translation>
        </message>
        <message>
            <source>&amp;Receive marks…</source>
            <translation>P&amp;revziať hodnotenia…</translation>
        </message>
        <message>
            <source>Question &amp;statistics…</source>
            <translation>Š&amp;tatistika otázok…</translation>
        </message>
        <message>
            <source>&amp;Verify certificate…</source>
            <translation>O&amp;veriť osvedčenie…</translation>
        </message>
        <message>
            <source>Log &amp;out trainer</source>
            <translation>&amp;Odhlásiť školiteľa</translation>
        </message>
        <message>
            <source>Submit open assessments</source>
            <translation>Odovzdať otvorené testy</translation>
        </message>
        <message>
            <source>Only a trainer can do this. Log in as trainer first (Classroom menu).</source>
            <translation>Toto môže urobiť iba školiteľ. Najprv sa prihláste ako školiteľ (ponuka Trieda).</translation>
        </message>
        <message>
            <source>No assessment is open on this PC.</source>
            <translation>Na tomto počítači nie je otvorený žiadny test.</translation>
        </message>
        <message numerus="yes">
            <source>Submit %n open assessment(s) now, with the answers given so far?</source>
            <translation>
                <numerusform>Chcete teraz odovzdať %n otvorený test s doteraz zadanými odpoveďami?</numerusform>
                <numerusform>Chcete teraz odovzdať %n otvorené testy s doteraz zadanými odpoveďami?</numerusform>
                <numerusform>Chcete teraz odovzdať %n otvorených testov s doteraz zadanými odpoveďami?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) submitted and sealed.</source>
            <translation>
                <numerusform>%n test bol odovzdaný a zapečatený.</numerusform>
                <numerusform>%n testy boli odovzdané a zapečatené.</numerusform>
                <numerusform>%n testov bolo odovzdaných a zapečatených.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hand in results</source>
            <translation>Odovzdať výsledky</translation>
        </message>
        <message>
            <source>Folder to hand in to (e.g. the USB stick)</source>
            <translation>Priečinok, do ktorého sa výsledky odovzdajú (napr. USB kľúč)</translation>
        </message>
        <message>
            <source>Your results were written to %1. Give the stick to your trainer.</source>
            <translation>Vaše výsledky boli zapísané do %1. Odovzdajte USB kľúč svojmu školiteľovi.</translation>
        </message>
        <message>
            <source>Import results</source>
            <translation>Importovať výsledky</translation>
        </message>
        <message>
            <source>Coursebook results (*.cbresults)</source>
            <translation>Výsledky Coursebook (*.cbresults)</translation>
        </message>
        <message>
            <source>Checking and merging results files…</source>
            <translation>Kontrolujú sa a zlučujú súbory s výsledkami…</translation>
        </message>
        <message>
            <source>Files imported: %1. New attempts: %2. Refused files: %3.</source>
            <translation>Importované súbory: %1. Nové pokusy: %2. Odmietnuté súbory: %3.</translation>
        </message>
        <message>
            <source>Receive marks</source>
            <translation>Prevziať hodnotenia</translation>
        </message>
        <message>
            <source>Coursebook marks (*.cbmarks)</source>
            <translation>Hodnotenia Coursebook (*.cbmarks)</translation>
        </message>
        <message>
            <source>Files received: %1. Attempts with new marks: %2. Refused files: %3.</source>
            <translation>Prevzaté súbory: %1. Pokusy s novým hodnotením: %2. Odmietnuté súbory: %3.</translation>
        </message>
        <message>
            <source>Attempts not on this PC (left out): %1.</source>
            <translation>Pokusy, ktoré na tomto počítači nie sú (vynechané): %1.</translation>
        </message>
        <message>
            <source>Gradebook</source>
            <translation>Prehľad hodnotení</translation>
        </message>
        <message>
            <source>Question statistics</source>
            <translation>Štatistika otázok</translation>
        </message>
        <message>
            <source>Verify certificate</source>
            <translation>Overiť osvedčenie</translation>
        </message>
        <message>
            <source>Add exam file</source>
            <translation>Pridať súbor skúšky</translation>
        </message>
        <message>
            <source>Coursebook exam (*.cbexam)</source>
            <translation>Skúška Coursebook (*.cbexam)</translation>
        </message>
        <message>
            <source>“%1” was added. Learners take it under Quiz › Take assessment… with the start code the trainer gives the class.</source>
            <translation>Skúška „%1“ bola pridaná. Účastníci ju absolvujú cez Kvíz › Absolvovať test… so štartovacím kódom, ktorý triede oznámi školiteľ.</translation>
        </message>
        <message>
            <source>Make exam file</source>
            <translation>Vytvoriť súbor skúšky</translation>
        </message>
        <message>
            <source>Assessment to pack</source>
            <translation>Test, ktorý sa má zabaliť</translation>
        </message>
        <message>
            <source>Assessment (*.json)</source>
            <translation>Test (*.json)</translation>
        </message>
        <message>
            <source>Start code (at least 6 letters or digits; give it to the class when the exam starts):</source>
            <translation>Štartovací kód (aspoň 6 písmen alebo číslic; oznámte ho triede na začiatku skúšky):</translation>
        </message>
        <message>
            <source>Save exam file</source>
            <translation>Uložiť súbor skúšky</translation>
        </message>
        <message>
            <source>The exam file was saved: %1</source>
            <translation>Súbor skúšky bol uložený: %1</translation>
        </message>
    </context>
    <context>
        <name>ConsoleWindow</name>
        <message>
            <source>Presenter console — %1</source>
            <translation>Konzola prezentujúceho — %1</translation>
        </message>
        <message>
            <source>Overview (O)</source>
            <translation>Prehľad (O)</translation>
        </message>
        <message>
            <source>Go to… (G)</source>
            <translation>Prejsť na… (G)</translation>
        </message>
        <message>
            <source>Black (B)</source>
            <translation>Čierna (B)</translation>
        </message>
        <message>
            <source>White (W)</source>
            <translation>Biela (W)</translation>
        </message>
        <message>
            <source>Swap screens (S)</source>
            <translation>Vymeniť obrazovky (S)</translation>
        </message>
        <message>
            <source>End (Esc)</source>
            <translation>Ukončiť (Esc)</translation>
        </message>
        <message>
            <source>Current slide</source>
            <translation>Aktuálna snímka</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>Nasledujúca snímka</translation>
        </message>
        <message>
            <source>Trainer notes</source>
            <translation>Poznámky pre školiteľa</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Poznámky</translation>
        </message>
        <message>
            <source>PgDn/→ next · PgUp/← previous · number + Enter go to · B black · W white · T activity timer · S swap screens · F5 from the start · Shift+F5 from here · Esc end</source>
            <translation>PgDn/→ ďalšia · PgUp/← predchádzajúca · číslo + Enter prejsť na snímku · B čierna · W biela · T časovač aktivity · S vymeniť obrazovky · F5 od začiatku · Shift+F5 odtiaľto · Esc koniec</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Nasleduje: %1</translation>
        </message>
        <message>
            <source>Next: end of the presentation</source>
            <translation>Nasleduje: koniec prezentácie</translation>
        </message>
        <message>
            <source> · black screen</source>
            <translation> · čierna obrazovka</translation>
        </message>
        <message>
            <source> · white screen</source>
            <translation> · biela obrazovka</translation>
        </message>
        <message>
            <source> · activity on screen</source>
            <translation> · aktivita na obrazovke</translation>
        </message>
        <message>
            <source>Slide %1 of %2</source>
            <translation>Snímka %1 z %2</translation>
        </message>
        <message>
            <source>Elapsed %1</source>
            <translation>Uplynulo %1</translation>
        </message>
        <message>
            <source>Go to slide</source>
            <translation>Prejsť na snímku</translation>
        </message>
        <message>
            <source>Slide number:</source>
            <translation>Číslo snímky:</translation>
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
            <translation>Trvanie</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Learning objectives</source>
            <translation>Vzdelávacie ciele</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materiály</translation>
        </message>
        <message>
            <source>Groups and roles</source>
            <translation>Skupiny a roly</translation>
        </message>
        <message>
            <source>Trainer instructions</source>
            <translation>Pokyny pre školiteľa</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Diskusia</translation>
        </message>
        <message>
            <source>Trainer tips</source>
            <translation>Rady pre školiteľa</translation>
        </message>
        <message>
            <source>Injects</source>
            <translation>Vstupy do scenára</translation>
        </message>
        <message>
            <source>Variants</source>
            <translation>Varianty</translation>
        </message>
        <message>
            <source>Online variant</source>
            <translation>Online variant</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Podklady pre účastníkov</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Zdroj</translation>
        </message>
        <message>
            <source>This part was written for this course from the source.</source>
            <translation>Táto časť bola pre tento kurz napísaná na základe zdroja.</translation>
        </message>
        <message>
            <source>Tick an objective when you can do it.</source>
            <translation>Cieľ označte, keď ho zvládnete.</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Úvod</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Definície</translation>
        </message>
        <message>
            <source>Theory</source>
            <translation>Teória</translation>
        </message>
        <message>
            <source>Editor's note</source>
            <translation>Poznámka editora</translation>
        </message>
        <message>
            <source>For the trainer</source>
            <translation>Pre školiteľa</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenár</translation>
        </message>
        <message>
            <source>Answer key (trainers only)</source>
            <translation>Kľúč správnych odpovedí (iba pre školiteľov)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Úlohy</translation>
        </message>
        <message>
            <source>Information the group receives</source>
            <translation>Informácie, ktoré skupina dostane</translation>
        </message>
        <message>
            <source>Timed phases</source>
            <translation>Časované fázy</translation>
        </message>
        <message>
            <source>Activity sheet</source>
            <translation>Karta aktivity</translation>
        </message>
        <message>
            <source>Role card</source>
            <translation>Karta roly</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fáza</translation>
        </message>
        <message>
            <source>Shown at</source>
            <translation>Čas zobrazenia</translation>
        </message>
        <message>
            <source>Timing check</source>
            <translation>Kontrola časovania</translation>
        </message>
        <message>
            <source>For the trainer only</source>
            <translation>Iba pre školiteľa</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Začiatok</translation>
        </message>
        <message>
            <source>Part of this text could not be formatted; it is shown as written.</source>
            <translation>Časť tohto textu nebolo možné naformátovať; zobrazuje sa tak, ako bola napísaná.</translation>
        </message>
        <message>
            <source>Correct.</source>
            <translation>Správne.</translation>
        </message>
        <message>
            <source>Partly correct.</source>
            <translation>Čiastočne správne.</translation>
        </message>
        <message>
            <source>Not correct.</source>
            <translation>Nesprávne.</translation>
        </message>
        <message>
            <source>The right answer</source>
            <translation>Správna odpoveď</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Prečo:</translation>
        </message>
        <message>
            <source>This question tests the section %1.</source>
            <translation>Táto otázka overuje oddiel %1.</translation>
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
            <translation>Výber jednej odpovede</translation>
        </message>
        <message>
            <source>Multiple choice</source>
            <translation>Výber viacerých odpovedí</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>Pravda/nepravda</translation>
        </message>
        <message>
            <source>Short answer</source>
            <translation>Krátka odpoveď</translation>
        </message>
        <message>
            <source>Matching</source>
            <translation>Priraďovanie</translation>
        </message>
        <message>
            <source>Ordering</source>
            <translation>Zoraďovanie</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Číselná odpoveď</translation>
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
            <translation>Odpoveď</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this section:</source>
            <translation>Hľadať v tomto oddiele:</translation>
        </message>
        <message>
            <source>word or beginning of a word; accents optional</source>
            <translation>slovo alebo začiatok slova; diakritika nepovinná</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Predchádzajúci</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Ďalší</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zavrieť</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>nenájdené</translation>
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
            <translation>Exportovať do PDF…</translation>
        </message>
        <message>
            <source>Certificate…</source>
            <translation>Osvedčenie…</translation>
        </message>
        <message>
            <source>Save the certificate of the chosen learner, who passed, as PDF</source>
            <translation>Uložiť osvedčenie vybraného účastníka, ktorý test splnil, ako PDF</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Uložiť PDF</translation>
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
            <translation>Súbor sa nepodarilo zapísať: %1</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Osvedčenie</translation>
        </message>
        <message>
            <source>Choose a learner who passed: only they get a certificate.</source>
            <translation>Vyberte účastníka, ktorý test splnil: osvedčenie dostane iba taký účastník.</translation>
        </message>
        <message>
            <source>The certificate was saved: %1
Verification code: %2</source>
            <translation>Osvedčenie bolo uložené: %1
Overovací kód: %2</translation>
        </message>
    </context>
    <context>
        <name>GradebookWindow</name>
        <message>
            <source>Gradebook</source>
            <translation>Prehľad hodnotení</translation>
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
            <translation>Hodnotenie (%)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Výsledok</translation>
        </message>
        <message>
            <source>Time (minutes)</source>
            <translation>Čas (v minútach)</translation>
        </message>
        <message>
            <source>Attempts used</source>
            <translation>Použité pokusy</translation>
        </message>
        <message>
            <source>Essays waiting</source>
            <translation>Čakajúce eseje</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Pokus</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Odovzdané</translation>
        </message>
        <message>
            <source>Score (%)</source>
            <translation>Úspešnosť (%)</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Otázka</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odpoveď</translation>
        </message>
        <message>
            <source>Trainer's comment</source>
            <translation>Komentár školiteľa</translation>
        </message>
        <message>
            <source>Comment for the learner</source>
            <translation>Komentár pre účastníka</translation>
        </message>
        <message>
            <source>Save mark</source>
            <translation>Uložiť hodnotenie</translation>
        </message>
        <message>
            <source>Essay mark:</source>
            <translation>Hodnotenie eseje:</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportovať CSV…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Exportovať do Excelu…</translation>
        </message>
        <message>
            <source>Return marks…</source>
            <translation>Vrátiť hodnotenia…</translation>
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
            <translation>Odpovede vybraného pokusu</translation>
        </message>
        <message>
            <source>Essay mark</source>
            <translation>Hodnotenie eseje</translation>
        </message>
        <message>
            <source>Folder for the marks files (e.g. the USB stick)</source>
            <translation>Priečinok pre súbory s hodnoteniami (napr. USB kľúč)</translation>
        </message>
        <message>
            <source>Return marks</source>
            <translation>Vrátiť hodnotenia</translation>
        </message>
        <message numerus="yes">
            <source>%n marks file(s) written to %1. Each learner receives theirs with Classroom › Receive marks….</source>
            <translation>
                <numerusform>%n súbor s hodnoteniami bol zapísaný do %1. Každý účastník si svoj prevezme príkazom Trieda › Prevziať hodnotenia….</numerusform>
                <numerusform>%n súbory s hodnoteniami boli zapísané do %1. Každý účastník si svoj prevezme príkazom Trieda › Prevziať hodnotenia….</numerusform>
                <numerusform>%n súborov s hodnoteniami bolo zapísaných do %1. Každý účastník si svoj prevezme príkazom Trieda › Prevziať hodnotenia….</numerusform>
            </translation>
        </message>
        <message>
            <source>passed</source>
            <translation>splnené</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>nesplnené</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>čaká</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Zošit programu Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export gradebook</source>
            <translation>Exportovať prehľad hodnotení</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <source>Handouts — %1</source>
            <translation>Podklady — %1</translation>
        </message>
        <message>
            <source>The module, for participants</source>
            <translation>Modul pre účastníkov</translation>
        </message>
        <message>
            <source>The module with trainer notes</source>
            <translation>Modul s poznámkami pre školiteľa</translation>
        </message>
        <message>
            <source>Activity sheet for the trainer</source>
            <translation>Karta aktivity pre školiteľa</translation>
        </message>
        <message>
            <source>Role cards, one group per page</source>
            <translation>Karty rolí, jedna skupina na stranu</translation>
        </message>
        <message>
            <source>Indicator cards, one per page</source>
            <translation>Karty s indikátormi, jedna na stranu</translation>
        </message>
        <message>
            <source>Print:</source>
            <translation>Tlačiť:</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papier:</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>Ukážka pred tlačou…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Uložiť ako PDF…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Uložené: %1</translation>
        </message>
        <message>
            <source>Save handout as PDF</source>
            <translation>Uložiť podklad ako PDF</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Home</source>
            <extracomment>the figures of the last refresh are on the page</extracomment>
            <translation>Domov</translation>
        </message>
        <message>
            <source>Your study</source>
            <translation>Vaše štúdium</translation>
        </message>
        <message>
            <source>%v of %m sections read (%p %)</source>
            <translation>Prečítané oddiely: %v z %m (%p %)</translation>
        </message>
        <message>
            <source>Course progress</source>
            <translation>Pokrok v kurze</translation>
        </message>
        <message>
            <source>All modules (Ctrl+L)</source>
            <translation>Všetky moduly (Ctrl+L)</translation>
        </message>
        <message>
            <source>Flashcards and practice</source>
            <translation>Kartičky a precvičovanie</translation>
        </message>
        <message>
            <source>Review flashcards (F8)</source>
            <translation>Opakovať kartičky (F8)</translation>
        </message>
        <message>
            <source>Learning objectives still open</source>
            <translation>Zatiaľ nesplnené vzdelávacie ciele</translation>
        </message>
        <message>
            <source>An objective is met when its sections are read and its practice questions answered right. Enter opens the first section still to read.</source>
            <translation>Cieľ je splnený, keď sú prečítané jeho oddiely a správne zodpovedané jeho precvičovacie otázky. Klávesom Enter otvoríte prvý oddiel, ktorý ešte treba prečítať.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Počíta sa…</translation>
        </message>
        <message>
            <source>The figures could not be read: %1</source>
            <translation>Údaje sa nepodarilo načítať: %1</translation>
        </message>
        <message>
            <source>Continue: %1 — %2</source>
            <translation>Pokračovať: %1 — %2</translation>
        </message>
        <message>
            <source>Next to read: %1 — %2</source>
            <translation>Ďalej si prečítajte: %1 — %2</translation>
        </message>
        <message>
            <source>Flashcards due today: %1</source>
            <translation>Kartičky na dnes: %1</translation>
        </message>
        <message>
            <source>Last practice:</source>
            <translation>Posledné precvičovanie:</translation>
        </message>
        <message>
            <source>%1: %2 of %3 right</source>
            <translation>%1: správne %2 z %3</translation>
        </message>
        <message>
            <source>No practice yet: Quiz › Practise this module (F7).</source>
            <translation>Zatiaľ žiadne precvičovanie: Kvíz › Precvičiť tento modul (F7).</translation>
        </message>
        <message>
            <source>%1 of %2 objectives met</source>
            <translation>Splnené ciele: %1 z %2</translation>
        </message>
        <message>
            <source>%1 — %2 (sections read %3 of %4, questions right %5 of %6)</source>
            <translation>%1 — %2 (prečítané oddiely: %3 z %4, správne otázky: %5 z %6)</translation>
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
            <translation>Čas štúdia</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Pokrok</translation>
        </message>
        <message>
            <source>Quick reference</source>
            <translation>Stručný prehľad</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Pôvod</translation>
        </message>
        <message>
            <source>Indicator cards</source>
            <translation>Karty s indikátormi</translation>
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
            <translation>Pokrok v module %1: prečítané oddiely %2 z %3</translation>
        </message>
        <message>
            <source>%v of %m sections read</source>
            <translation>Prečítané oddiely: %v z %m</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <source>Library</source>
            <extracomment>module id, section id, scroll fraction of the place where the learner stopped</extracomment>
            <translation>Knižnica</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Moduly</translation>
        </message>
        <message>
            <source>Continue reading: %1</source>
            <translation>Pokračovať v čítaní: %1</translation>
        </message>
        <message>
            <source>Enter or double-click opens a module, Ctrl+Enter its indicator cards. Ctrl+L returns here.</source>
            <translation>Modul otvoríte klávesom Enter alebo dvojitým kliknutím, jeho karty s indikátormi klávesovou skratkou Ctrl+Enter. Klávesovou skratkou Ctrl+L sa vrátite sem.</translation>
        </message>
        <message>
            <source>Pack %1, version %2</source>
            <translation>Balík %1, verzia %2</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Súčasť inštalácie</translation>
        </message>
        <message>
            <source>Skipped because of errors in the content (run 'coursebook validate' for all):</source>
            <translation>Vynechané kvôli chybám v obsahu (úplný zoznam vypíše príkaz 'coursebook validate'):</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>The learner database is damaged. Close Coursebook and start it again: it will restore the newest good backup.</source>
            <extracomment>Milliseconds after the window is shown at which its icon is set (after the first frame).</extracomment>
            <translation>Databáza účastníkov je poškodená. Zatvorte Coursebook a spustite ho znova: obnoví najnovšiu nepoškodenú zálohu.</translation>
        </message>
        <message>
            <source>An assessment is in progress on this PC (data folder {folder}). Coursebook opens again when it is submitted.</source>
            <translation>Na tomto počítači prebieha test (dátový priečinok {folder}). Coursebook sa znova otvorí po jeho odovzdaní.</translation>
        </message>
        <message>
            <source>Coursebook is already open with the data folder {folder}. Its window has been brought to the front.</source>
            <translation>Coursebook je už otvorený s dátovým priečinkom {folder}. Jeho okno bolo presunuté do popredia.</translation>
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
            <translation>&amp;Domov</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Knižnica</translation>
        </message>
        <message>
            <source>&amp;Review flashcards</source>
            <translation>&amp;Opakovať kartičky</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Späť</translation>
        </message>
        <message>
            <source>&amp;Previous section</source>
            <translation>&amp;Predchádzajúci oddiel</translation>
        </message>
        <message>
            <source>&amp;Next section</source>
            <translation>&amp;Nasledujúci oddiel</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Pri&amp;blížiť</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Oddialiť</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Skutočná veľkosť</translation>
        </message>
        <message>
            <source>&amp;Find in section…</source>
            <translation>&amp;Hľadať v oddiele…</translation>
        </message>
        <message>
            <source>&amp;Search the course…</source>
            <translation>&amp;Prehľadať kurz…</translation>
        </message>
        <message>
            <source>&amp;Bookmark this section</source>
            <translation>Pridať oddiel do &amp;záložiek</translation>
        </message>
        <message>
            <source>&amp;Highlight selection with a note…</source>
            <translation>Zvýrazniť &amp;výber s poznámkou…</translation>
        </message>
        <message>
            <source>Bookmarks and &amp;notes…</source>
            <translation>Záložky a poz&amp;námky…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Ukončiť</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Nastavenia…</translation>
        </message>
        <message>
            <source>Import content &amp;pack…</source>
            <translation>Importovať balík &amp;obsahu…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Súbor</translation>
        </message>
        <message>
            <source>&amp;Print section…</source>
            <translation>&amp;Tlačiť oddiel…</translation>
        </message>
        <message>
            <source>Print &amp;module…</source>
            <translation>Tlačiť &amp;modul…</translation>
        </message>
        <message>
            <source>Save section as P&amp;DF…</source>
            <translation>Uložiť oddiel ako P&amp;DF…</translation>
        </message>
        <message>
            <source>Save module as PD&amp;F…</source>
            <translation>Uložiť modul ako PD&amp;F…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Prejsť</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Úpr&amp;avy</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>&amp;Celá obrazovka</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Zobraziť</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Po&amp;mocník</translation>
        </message>
        <message>
            <source>&amp;About Coursebook</source>
            <translation>&amp;O aplikácii Coursebook</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigácia</translation>
        </message>
        <message>
            <source>Learner data recovered</source>
            <translation>Údaje účastníkov boli obnovené</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s) skipped because of content errors — see the library.</source>
            <translation>
                <numerusform>%n modul bol vynechaný kvôli chybám v obsahu — pozrite si Knižnicu.</numerusform>
                <numerusform>%n moduly boli vynechané kvôli chybám v obsahu — pozrite si Knižnicu.</numerusform>
                <numerusform>%n modulov bolo vynechaných kvôli chybám v obsahu — pozrite si Knižnicu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cards cannot be shown</source>
            <translation>Karty nie je možné zobraziť</translation>
        </message>
        <message>
            <source>Section bookmarked. Ctrl+B lists bookmarks and notes.</source>
            <translation>Oddiel bol pridaný do záložiek. Klávesovou skratkou Ctrl+B zobrazíte záložky a poznámky.</translation>
        </message>
        <message>
            <source>Select a passage of the text first.</source>
            <translation>Najprv vyberte časť textu.</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>Zvýraznenie</translation>
        </message>
        <message>
            <source>Note (optional):</source>
            <translation>Poznámka (nepovinné):</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Uložiť ako PDF</translation>
        </message>
        <message>
            <source>Building the search index…</source>
            <translation>Vytvára sa index vyhľadávania…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Vyhľadávanie</translation>
        </message>
        <message>
            <source>Building the search index… %1 passages</source>
            <translation>Vytvára sa index vyhľadávania… spracované pasáže: %1</translation>
        </message>
        <message>
            <source>Search is not available: %1</source>
            <translation>Vyhľadávanie nie je k dispozícii: %1</translation>
        </message>
        <message>
            <source>About Coursebook</source>
            <translation>O aplikácii Coursebook</translation>
        </message>
        <message>
            <source>Coursebook — an offline training course on combating trafficking in human beings.
Learner data: %1</source>
            <translation>Coursebook — offline vzdelávací kurz o boji proti obchodovaniu s ľuďmi.
Údaje účastníkov: %1</translation>
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
            <translation>správne</translation>
        </message>
        <message>
            <source>wrong</source>
            <translation>nesprávne</translation>
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
            <translation>Text oddielu</translation>
        </message>
        <message>
            <source>read</source>
            <translation>prečítané</translation>
        </message>
        <message>
            <source>started, not yet read</source>
            <translation>otvorené, zatiaľ neprečítané</translation>
        </message>
        <message>
            <source>not yet opened</source>
            <translation>zatiaľ neotvorené</translation>
        </message>
        <message>
            <source>From the module %1</source>
            <translation>Z modulu %1</translation>
        </message>
        <message>
            <source>Open in browser?</source>
            <translation>Otvoriť v prehliadači?</translation>
        </message>
        <message>
            <source>This address is outside Coursebook:
%1

Open it in your web browser?</source>
            <translation>Táto adresa je mimo aplikácie Coursebook:
%1

Chcete ju otvoriť vo webovom prehliadači?</translation>
        </message>
    </context>
    <context>
        <name>MyResults</name>
        <message>
            <source>My results</source>
            <translation>Moje výsledky</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Odovzdané</translation>
        </message>
        <message>
            <source>Score (%)</source>
            <translation>Úspešnosť (%)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Výsledok</translation>
        </message>
        <message>
            <source>Trainer's comments</source>
            <translation>Komentáre školiteľa</translation>
        </message>
        <message>
            <source>From the trainer</source>
            <translation>Od školiteľa</translation>
        </message>
        <message>
            <source>waiting for the trainer</source>
            <extracomment>The trainer's returned marks by attempt UUID.</extracomment>
            <translation>čaká na školiteľa</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>splnené</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>nesplnené</translation>
        </message>
        <message>
            <source>You have not submitted an assessment yet.</source>
            <translation>Zatiaľ ste neodovzdali žiadny test.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otvoriť</translation>
        </message>
        <message>
            <source>essays waiting</source>
            <translation>čakajúce eseje</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 %, passed</source>
            <translation>%1 %, splnené</translation>
        </message>
        <message>
            <source>%1 %, failed</source>
            <translation>%1 %, nesplnené</translation>
        </message>
        <message>
            <source>From the trainer, %1 (%2):</source>
            <translation>Od školiteľa, %1 (%2):</translation>
        </message>
        <message>
            <source>From the trainer, %1:</source>
            <translation>Od školiteľa, %1:</translation>
        </message>
        <message>
            <source>This attempt: %1 %</source>
            <translation>Tento pokus: %1 %</translation>
        </message>
        <message>
            <source>Grade that counts: %1</source>
            <translation>Platné hodnotenie: %1</translation>
        </message>
        <message>
            <source>Essays still waiting for the trainer: %1</source>
            <translation>Eseje, ktoré ešte čakajú na školiteľa: %1</translation>
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
            <translation>&amp;Meno:</translation>
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
            <translation>Hľadať v záložkách, zvýrazneniach a poznámkach</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otvoriť</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Odstrániť</translation>
        </message>
        <message>
            <source>Export as Markdown…</source>
            <translation>Exportovať ako Markdown…</translation>
        </message>
        <message>
            <source>Bookmark: %1</source>
            <translation>Záložka: %1</translation>
        </message>
        <message>
            <source>This passage is no longer in the text (the course was updated).</source>
            <translation>Táto pasáž už v texte nie je (kurz bol aktualizovaný).</translation>
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
            <translation>pasáže, ktoré sa už nenašli: %1</translation>
        </message>
        <message>
            <source>(no longer in the text)</source>
            <translation>(už nie je v texte)</translation>
        </message>
        <message>
            <source>Export bookmarks and notes</source>
            <translation>Exportovať záložky a poznámky</translation>
        </message>
    </context>
    <context>
        <name>OrderingAnswer</name>
        <message>
            <source>Items to put in order</source>
            <translation>Položky na zoradenie</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Posunúť &amp;nahor</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Posunúť na&amp;dol</translation>
        </message>
    </context>
    <context>
        <name>PackImporter</name>
        <message>
            <source>Import content pack</source>
            <translation>Importovať balík obsahu</translation>
        </message>
        <message>
            <source>Content packs (*.coursepack);;All files (*)</source>
            <translation>Balíky obsahu (*.coursepack);;Všetky súbory (*)</translation>
        </message>
        <message>
            <source>Checking and installing %1…</source>
            <translation>Kontrola a inštalácia balíka %1…</translation>
        </message>
        <message>
            <source>Content pack not installed</source>
            <translation>Balík obsahu nebol nainštalovaný</translation>
        </message>
        <message>
            <source>The pack could not be installed: %1</source>
            <translation>Balík sa nepodarilo nainštalovať: %1</translation>
        </message>
        <message>
            <source>%1 version %2 replaces version %3. Learners' progress is kept.</source>
            <translation>Balík %1 vo verzii %2 nahrádza verziu %3. Pokrok účastníkov zostáva zachovaný.</translation>
        </message>
        <message>
            <source>%1 version %2 is installed.</source>
            <translation>Balík %1 vo verzii %2 je nainštalovaný.</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>Moduly: %1</translation>
        </message>
        <message>
            <source>No longer in this version (progress in them is kept but not shown):</source>
            <translation>V tejto verzii už nie sú (pokrok v nich zostáva zachovaný, ale nezobrazuje sa):</translation>
        </message>
        <message>
            <source>Changed on this PC since the last version and now replaced by the pack's files:</source>
            <translation>Zmenené na tomto počítači od poslednej verzie a teraz nahradené súbormi balíka:</translation>
        </message>
        <message>
            <source>Content pack installed</source>
            <translation>Balík obsahu bol nainštalovaný</translation>
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
            <translation>Príprava kurzu na prvé použitie…</translation>
        </message>
        <message numerus="yes">
            <source>Preparing the course for its first use: %n module(s) read…</source>
            <translation>
                <numerusform>Príprava kurzu na prvé použitie: načítaný %n modul…</numerusform>
                <numerusform>Príprava kurzu na prvé použitie: načítané %n moduly…</numerusform>
                <numerusform>Príprava kurzu na prvé použitie: načítaných %n modulov…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>Trainer notes are shown to trainer profiles only.</source>
            <translation>Poznámky pre školiteľa sa zobrazujú len profilom školiteľov.</translation>
        </message>
        <message>
            <source>No notes for this slide.</source>
            <translation>K tejto snímke nie sú poznámky.</translation>
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
            <translation>Aktivita sa skončila.</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pozastavené</translation>
        </message>
        <message>
            <source>Starts when the trainer says so</source>
            <translation>Začne sa na pokyn školiteľa</translation>
        </message>
    </context>
    <context>
        <name>ProfilePicker</name>
        <message>
            <source>Who is learning?</source>
            <translation>Kto sa bude učiť?</translation>
        </message>
        <message>
            <source>Choose your profile</source>
            <extracomment>Asks for a PIN; tests replace it. Returns None when cancelled.</extracomment>
            <translation>Vyberte svoj profil</translation>
        </message>
        <message>
            <source>An assessment is in progress on this PC: the course stays closed until it is submitted.</source>
            <translation>Na tomto počítači prebieha test: kurz zostane zatvorený, kým nebude odovzdaný.</translation>
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
            <translation>&amp;Otvoriť</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Zrušiť</translation>
        </message>
        <message>
            <source>(trainer)</source>
            <translation>(školiteľ)</translation>
        </message>
        <message>
            <source>(PIN)</source>
            <translation>(PIN)</translation>
        </message>
        <message>
            <source>The PIN is not right.</source>
            <translation>PIN nie je správny.</translation>
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
            <translation>Táto otázka už nie je v banke otázok. Nezapočítava sa.</translation>
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation>Vyberte jednu odpoveď.</translation>
        </message>
        <message>
            <source>Choose every answer that applies.</source>
            <translation>Vyberte všetky správne odpovede.</translation>
        </message>
        <message>
            <source>True or false?</source>
            <translation>Pravda, alebo nepravda?</translation>
        </message>
        <message>
            <source>Type a short answer.</source>
            <translation>Napíšte krátku odpoveď.</translation>
        </message>
        <message>
            <source>Type a number.</source>
            <translation>Zadajte číslo.</translation>
        </message>
        <message>
            <source>Choose the matching item for each line.</source>
            <translation>Ku každému riadku vyberte zodpovedajúcu položku.</translation>
        </message>
        <message>
            <source>Put the items in the right order: drag them, or select one and use Move up / Move down.</source>
            <translation>Zoraďte položky v správnom poradí: presuňte ich myšou alebo jednu vyberte a použite Posunúť nahor / Posunúť nadol.</translation>
        </message>
        <message>
            <source>Write your answer. A trainer will grade it.</source>
            <translation>Napíšte svoju odpoveď. Ohodnotí ju školiteľ.</translation>
        </message>
        <message>
            <source>Saved. A trainer will grade this answer.</source>
            <translation>Uložené. Túto odpoveď ohodnotí školiteľ.</translation>
        </message>
        <message>
            <source>Read the section</source>
            <translation>Prečítať oddiel</translation>
        </message>
    </context>
    <context>
        <name>QuizController</name>
        <message>
            <source>&amp;Practise this module</source>
            <translation>&amp;Precvičiť tento modul</translation>
        </message>
        <message>
            <source>Review my &amp;wrong answers</source>
            <translation>Zopakovať moje &amp;chybné odpovede</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;Nový test…</translation>
        </message>
        <message>
            <source>&amp;Edit assessment…</source>
            <translation>&amp;Upraviť test…</translation>
        </message>
        <message>
            <source>&amp;Take assessment…</source>
            <translation>&amp;Absolvovať test…</translation>
        </message>
        <message>
            <source>&amp;Reports…</source>
            <translation>Pre&amp;hľady…</translation>
        </message>
        <message>
            <source>&amp;Import questions…</source>
            <translation>&amp;Importovať otázky…</translation>
        </message>
        <message>
            <source>E&amp;xport questions…</source>
            <translation>E&amp;xportovať otázky…</translation>
        </message>
        <message>
            <source>&amp;Quiz</source>
            <translation>&amp;Kvíz</translation>
        </message>
        <message>
            <source>The course is closed while an assessment is open on this PC. It opens again when the assessment is submitted.</source>
            <translation>Kurz je zatvorený, kým je na tomto počítači otvorený test. Znova sa otvorí po odovzdaní testu.</translation>
        </message>
        <message>
            <source>Only a trainer can do this. Log in as trainer first (Classroom menu).</source>
            <translation>Toto môže urobiť iba školiteľ. Najprv sa prihláste ako školiteľ (ponuka Trieda).</translation>
        </message>
        <message>
            <source>Practise</source>
            <translation>Precvičovanie</translation>
        </message>
        <message>
            <source>Practise “%1”: which questions?</source>
            <translation>Precvičovanie „%1“: ktoré otázky chcete precvičiť?</translation>
        </message>
        <message numerus="yes">
            <source>All %n question(s)</source>
            <translation>
                <numerusform>Všetky otázky (%n)</numerusform>
                <numerusform>Všetky %n otázky</numerusform>
                <numerusform>Všetkých %n otázok</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n at random</source>
            <translation>
                <numerusform>%n náhodne vybraná otázka</numerusform>
                <numerusform>%n náhodne vybrané otázky</numerusform>
                <numerusform>%n náhodne vybraných otázok</numerusform>
            </translation>
        </message>
        <message>
            <source>Open or select a module first.</source>
            <translation>Najprv otvorte alebo vyberte modul.</translation>
        </message>
        <message>
            <source>This module has no questions to practise.</source>
            <translation>Tento modul nemá žiadne otázky na precvičovanie.</translation>
        </message>
        <message>
            <source>My wrong answers</source>
            <translation>Moje chybné odpovede</translation>
        </message>
        <message>
            <source>There are no assessments yet. A trainer creates one with Quiz › New assessment…, or adds an exam file (Classroom menu).</source>
            <translation>Zatiaľ nie sú k dispozícii žiadne testy. Školiteľ ho vytvorí príkazom Kvíz › Nový test… alebo pridá súbor skúšky (ponuka Trieda).</translation>
        </message>
        <message>
            <source>%1 — exam (start code needed)</source>
            <translation>%1 — skúška (vyžaduje sa štartovací kód)</translation>
        </message>
        <message>
            <source>%1 — practice test (public question banks)</source>
            <translation>%1 — cvičný test (verejné banky otázok)</translation>
        </message>
        <message>
            <source>Review my wrong answers</source>
            <translation>Zopakovať moje chybné odpovede</translation>
        </message>
        <message>
            <source>There is nothing to review: every question you practised was answered right the last time.</source>
            <translation>Nie je čo opakovať: všetky otázky, ktoré ste precvičovali, ste naposledy zodpovedali správne.</translation>
        </message>
        <message>
            <source>Some assessment files could not be read:</source>
            <translation>Niektoré súbory testov sa nepodarilo prečítať:</translation>
        </message>
        <message numerus="yes">
            <source>(%n attempt(s) left)</source>
            <translation>
                <numerusform>(zostáva %n pokus)</numerusform>
                <numerusform>(zostávajú %n pokusy)</numerusform>
                <numerusform>(zostáva %n pokusov)</numerusform>
            </translation>
        </message>
        <message>
            <source>Assessment:</source>
            <translation>Test:</translation>
        </message>
        <message>
            <source>Start code</source>
            <translation>Štartovací kód</translation>
        </message>
        <message>
            <source>Start code for “%1”:</source>
            <translation>Štartovací kód pre „%1“:</translation>
        </message>
        <message>
            <source>Import questions</source>
            <translation>Importovať otázky</translation>
        </message>
        <message>
            <source>Questions imported</source>
            <translation>Otázky boli importované</translation>
        </message>
        <message>
            <source>Export questions</source>
            <translation>Exportovať otázky</translation>
        </message>
        <message>
            <source>Select a module in the library first.</source>
            <translation>Najprv vyberte modul v knižnici.</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>Nový test</translation>
        </message>
        <message>
            <source>Edit assessment</source>
            <translation>Upraviť test</translation>
        </message>
        <message>
            <source>Assessment “%1” saved.</source>
            <translation>Test „%1“ bol uložený.</translation>
        </message>
        <message>
            <source>Take assessment</source>
            <translation>Absolvovať test</translation>
        </message>
        <message>
            <source>You have no attempts left at this assessment.</source>
            <translation>Pri tomto teste vám už nezostávajú žiadne pokusy.</translation>
        </message>
        <message numerus="yes">
            <source>“%1”: %n question(s).</source>
            <translation>
                <numerusform>„%1“: %n otázka.</numerusform>
                <numerusform>„%1“: %n otázky.</numerusform>
                <numerusform>„%1“: %n otázok.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Time limit: %n minute(s). When the time is up, the assessment is submitted automatically; the time keeps running if you close it.</source>
            <translation>
                <numerusform>Časový limit: %n minúta. Po uplynutí času sa test automaticky odovzdá; čas plynie ďalej, aj keď test zatvoríte.</numerusform>
                <numerusform>Časový limit: %n minúty. Po uplynutí času sa test automaticky odovzdá; čas plynie ďalej, aj keď test zatvoríte.</numerusform>
                <numerusform>Časový limit: %n minút. Po uplynutí času sa test automaticky odovzdá; čas plynie ďalej, aj keď test zatvoríte.</numerusform>
            </translation>
        </message>
        <message>
            <source>The course text is not available during the assessment. Start now?</source>
            <translation>Počas testu nie je text kurzu k dispozícii. Chcete začať teraz?</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Prehľady</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Continue the assessment</source>
            <translation>Pokračovať v teste</translation>
        </message>
        <message>
            <source>An assessment is open: the course stays closed and the time keeps running. Continue it with Quiz › Take assessment…</source>
            <translation>Test je otvorený: kurz zostáva zatvorený a čas plynie ďalej. V teste pokračujte cez Kvíz › Absolvovať test…</translation>
        </message>
        <message>
            <source>An assessment is open on this PC: the course is closed until it is submitted.</source>
            <translation>Na tomto počítači je otvorený test: kurz je zatvorený, kým nebude odovzdaný.</translation>
        </message>
        <message>
            <source>Assessment submitted</source>
            <translation>Test bol odovzdaný</translation>
        </message>
        <message>
            <source>The time for “%1” ran out while Coursebook was closed. It was submitted with the answers you had given.</source>
            <translation>Čas na „%1“ uplynul, kým bol Coursebook zatvorený. Test bol odovzdaný s odpoveďami, ktoré ste dovtedy zadali.</translation>
        </message>
        <message>
            <source>You have not finished the assessment “%1” (%2 of %3 questions answered).</source>
            <translation>Test „%1“ ste nedokončili (zodpovedané %2 z %3 otázok).</translation>
        </message>
        <message>
            <source>Time left: %1. The time keeps running.</source>
            <translation>Zostávajúci čas: %1. Čas plynie ďalej.</translation>
        </message>
        <message>
            <source>Continue now?</source>
            <translation>Chcete pokračovať teraz?</translation>
        </message>
        <message>
            <source>Continue the assessment?</source>
            <translation>Chcete pokračovať v teste?</translation>
        </message>
        <message>
            <source>You have an unfinished practice of “%1” (%2 of %3 questions answered). Continue it?</source>
            <translation>Máte nedokončené precvičovanie „%1“ (zodpovedané %2 z %3 otázok). Chcete v ňom pokračovať?</translation>
        </message>
        <message>
            <source>Continue practising?</source>
            <translation>Chcete pokračovať v precvičovaní?</translation>
        </message>
    </context>
    <context>
        <name>QuizReports</name>
        <message>
            <source>Quiz reports</source>
            <translation>Prehľady kvízov</translation>
        </message>
        <message>
            <source>Progress of the reports</source>
            <translation>Priebeh prípravy prehľadov</translation>
        </message>
        <message>
            <source>&amp;Learners</source>
            <translation>Úč&amp;astníci</translation>
        </message>
        <message>
            <source>&amp;Difficult questions</source>
            <translation>&amp;Náročné otázky</translation>
        </message>
        <message>
            <source>&amp;Essays to grade</source>
            <translation>&amp;Eseje na hodnotenie</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Uložiť ako &amp;CSV…</translation>
        </message>
        <message>
            <source>All quizzes</source>
            <translation>Všetky kvízy</translation>
        </message>
        <message>
            <source>All assessments</source>
            <translation>Všetky testy</translation>
        </message>
        <message>
            <source>All practice</source>
            <translation>Všetko precvičovanie</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>test</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>precvičovanie</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Zobraziť:</translation>
        </message>
        <message>
            <source>Attempts of every learner</source>
            <translation>Pokusy všetkých účastníkov</translation>
        </message>
        <message>
            <source>Which quizzes to show</source>
            <translation>Ktoré kvízy zobraziť</translation>
        </message>
        <message>
            <source>Enter start &amp;code…</source>
            <translation>&amp;Zadať štartovací kód…</translation>
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
            <translation>Začiatok</translation>
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
            <translation>Výsledok</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kontrola</translation>
        </message>
        <message>
            <source>sealed</source>
            <translation>zapečatené</translation>
        </message>
        <message>
            <source>altered after submission</source>
            <translation>zmenené po odovzdaní</translation>
        </message>
        <message>
            <source>essays to grade</source>
            <translation>eseje na hodnotenie</translation>
        </message>
        <message>
            <source>Start code</source>
            <translation>Štartovací kód</translation>
        </message>
        <message>
            <source>Start code of the exam file “%1”:</source>
            <translation>Štartovací kód súboru skúšky „%1“:</translation>
        </message>
        <message>
            <source>Answers from:</source>
            <translation>Odpovede z:</translation>
        </message>
        <message>
            <source>Hardest first: the lowest average score at the top. Questions nobody answered are not listed.</source>
            <translation>Najťažšie navrchu: otázky s najnižším priemerným skóre sú prvé. Otázky, na ktoré nikto neodpovedal, nie sú uvedené.</translation>
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
            <translation>Zodpovedané</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Správne</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Priemer</translation>
        </message>
        <message>
            <source>Most often chosen wrong answers</source>
            <translation>Najčastejšie volené chybné odpovede</translation>
        </message>
        <message>
            <source>How each question fared</source>
            <translation>Ako dopadli jednotlivé otázky</translation>
        </message>
        <message>
            <source>Which answers to count</source>
            <translation>Ktoré odpovede započítať</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Essays waiting for a grade</source>
            <translation>Eseje čakajúce na hodnotenie</translation>
        </message>
        <message>
            <source>A comment the learner will see (optional)</source>
            <translation>Komentár, ktorý uvidí účastník (nepovinné)</translation>
        </message>
        <message>
            <source>&amp;Mark:</source>
            <translation>&amp;Hodnotenie:</translation>
        </message>
        <message>
            <source>C&amp;omment:</source>
            <translation>&amp;Komentár:</translation>
        </message>
        <message>
            <source>&amp;Save grade</source>
            <translation>&amp;Uložiť hodnotenie</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>prebieha</translation>
        </message>
        <message numerus="yes">
            <source>%n essay(s) to grade</source>
            <translation>
                <numerusform>%n esej na hodnotenie</numerusform>
                <numerusform>%n eseje na hodnotenie</numerusform>
                <numerusform>%n esejí na hodnotenie</numerusform>
            </translation>
        </message>
        <message>
            <source>passed</source>
            <translation>splnené</translation>
        </message>
        <message>
            <source>not passed</source>
            <translation>nesplnené</translation>
        </message>
        <message>
            <source>start code needed</source>
            <translation>vyžaduje sa štartovací kód</translation>
        </message>
        <message>
            <source>clock set back by %1</source>
            <translation>hodiny posunuté späť o %1</translation>
        </message>
        <message>
            <source>Some attempts are at exam files: enter the start code to grade them.</source>
            <translation>Niektoré pokusy patria k súborom skúšok: ak ich chcete ohodnotiť, zadajte štartovací kód.</translation>
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
            <translation>Odpovede sa znova hodnotia a zapečatené záznamy sa kontrolujú…</translation>
        </message>
        <message>
            <source>Checking every learner's sealed record…</source>
            <translation>Kontroluje sa zapečatený záznam každého účastníka…</translation>
        </message>
        <message>
            <source>The report could not be made: %1</source>
            <translation>Prehľad nebolo možné pripraviť: %1</translation>
        </message>
        <message>
            <source>&amp;Essays to grade (%1)</source>
            <translation>&amp;Eseje na hodnotenie (%1)</translation>
        </message>
        <message>
            <source>No essay answers wait for a grade.</source>
            <translation>Žiadna odpoveď v eseji nečaká na hodnotenie.</translation>
        </message>
        <message>
            <source>Guidance for grading:</source>
            <translation>Pokyny na hodnotenie:</translation>
        </message>
        <message>
            <source>Answer of %1:</source>
            <translation>Odpoveď, ktorú dal(a) %1:</translation>
        </message>
        <message>
            <source>Cannot grade</source>
            <translation>Nie je možné ohodnotiť</translation>
        </message>
        <message>
            <source>Save report as CSV</source>
            <translation>Uložiť prehľad ako CSV</translation>
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
            <translation>Výsledok</translation>
        </message>
        <message>
            <source>(question no longer in the bank)</source>
            <translation>(otázka už nie je v banke)</translation>
        </message>
        <message>
            <source>Your trainer has chosen to show only the score of this assessment.</source>
            <translation>Váš školiteľ nastavil, že sa pri tomto teste zobrazí iba výsledok.</translation>
        </message>
        <message>
            <source>Practise &amp;again</source>
            <translation>&amp;Znova precvičiť</translation>
        </message>
        <message>
            <source>%1 of %2 answered questions right (%3 %)</source>
            <translation>Správne %1 z %2 zodpovedaných otázok (%3 %)</translation>
        </message>
        <message>
            <source>%1 of %2 points (%3 %)</source>
            <translation>%1 z %2 bodov (%3 %)</translation>
        </message>
        <message>
            <source>Graded when the exam file is opened again with its start code</source>
            <translation>Ohodnotí sa, keď sa súbor skúšky znova otvorí so svojím štartovacím kódom</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) wait for a trainer's grade</source>
            <translation>
                <numerusform>%n odpoveď čaká na hodnotenie školiteľa</numerusform>
                <numerusform>%n odpovede čakajú na hodnotenie školiteľa</numerusform>
                <numerusform>%n odpovedí čaká na hodnotenie školiteľa</numerusform>
            </translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Splnené</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Nesplnené</translation>
        </message>
        <message>
            <source>The time ran out: the attempt was submitted automatically with the answers saved until then.</source>
            <translation>Čas uplynul: pokus bol automaticky odovzdaný s odpoveďami uloženými dovtedy.</translation>
        </message>
        <message>
            <source>Answered %1 of %2 questions.</source>
            <translation>Zodpovedané %1 z %2 otázok.</translation>
        </message>
        <message>
            <source>Time taken: %1</source>
            <translation>Čas riešenia: %1</translation>
        </message>
        <message>
            <source>Submitted: %1</source>
            <translation>Odovzdané: %1</translation>
        </message>
        <message>
            <source>Pass mark: %1 %</source>
            <translation>Hranica úspešnosti: %1 %</translation>
        </message>
        <message>
            <source>highest attempt</source>
            <translation>najlepší pokus</translation>
        </message>
        <message>
            <source>last attempt</source>
            <translation>posledný pokus</translation>
        </message>
        <message>
            <source>first attempt</source>
            <translation>prvý pokus</translation>
        </message>
        <message>
            <source>average of attempts</source>
            <translation>priemer pokusov</translation>
        </message>
        <message>
            <source>Grade that counts (%1): %2 %</source>
            <translation>Započítané hodnotenie (%1): %2 %</translation>
        </message>
        <message>
            <source>Attempts left: %1</source>
            <translation>Zostávajúce pokusy: %1</translation>
        </message>
        <message>
            <source>— not answered</source>
            <translation>— nezodpovedané</translation>
        </message>
        <message>
            <source>awaiting grading</source>
            <translation>čaká na hodnotenie</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>zodpovedané</translation>
        </message>
        <message>
            <source>✓ right</source>
            <translation>✓ správne</translation>
        </message>
        <message>
            <source>◐ partly right (%1 %)</source>
            <translation>◐ čiastočne správne (%1 %)</translation>
        </message>
        <message>
            <source>✗ wrong</source>
            <translation>✗ nesprávne</translation>
        </message>
        <message>
            <source>Question %1</source>
            <translation>Otázka %1</translation>
        </message>
        <message>
            <source>This question is no longer in the question bank.</source>
            <translation>Táto otázka už v banke otázok nie je.</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(nezodpovedané)</translation>
        </message>
        <message>
            <source>Your answer:</source>
            <translation>Vaša odpoveď:</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>Výsledok:</translation>
        </message>
        <message>
            <source>The right answer:</source>
            <translation>Správna odpoveď:</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>Spätná väzba:</translation>
        </message>
        <message>
            <source>Trainer comment:</source>
            <translation>Komentár školiteľa:</translation>
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
            <translation>Precvičovanie — každú odpoveď si môžete priebežne skontrolovať</translation>
        </message>
        <message>
            <source>Assessment — your answers are saved as you give them; the results come after you submit</source>
            <translation>Test — odpovede sa ukladajú priebežne; výsledky uvidíte po odovzdaní</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Zostávajúci čas</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) of the question bank were left out because they contain errors.</source>
            <translation>
                <numerusform>%n otázka z banky otázok bola vynechaná, pretože obsahuje chyby.</numerusform>
                <numerusform>%n otázky z banky otázok boli vynechané, pretože obsahujú chyby.</numerusform>
                <numerusform>%n otázok z banky otázok bolo vynechaných, pretože obsahujú chyby.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The question banks had %n question(s) fewer than this assessment asks for.</source>
            <translation>
                <numerusform>Banky otázok obsahovali o %n otázku menej, ako vyžaduje tento test.</numerusform>
                <numerusform>Banky otázok obsahovali o %n otázky menej, ako vyžaduje tento test.</numerusform>
                <numerusform>Banky otázok obsahovali o %n otázok menej, ako vyžaduje tento test.</numerusform>
            </translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Otázky</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Skontrolovať</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>Skúsiť &amp;znova</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Predchádzajúca</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>Ď&amp;alšia ▶</translation>
        </message>
        <message>
            <source>&amp;Finish practice</source>
            <translation>&amp;Ukončiť precvičovanie</translation>
        </message>
        <message>
            <source>&amp;Submit…</source>
            <translation>&amp;Odovzdať…</translation>
        </message>
        <message>
            <source>Question %1</source>
            <translation>Otázka %1</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Zodpovedané</translation>
        </message>
        <message>
            <source>Not answered yet</source>
            <translation>Zatiaľ nezodpovedané</translation>
        </message>
        <message>
            <source>Answered: %1 of %2</source>
            <translation>Zodpovedané: %1 z %2</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Neuložené: %1</translation>
        </message>
        <message>
            <source>Answer saved at %1</source>
            <translation>Odpoveď uložená o %1</translation>
        </message>
        <message>
            <source>Choose which number you mean.</source>
            <translation>Vyberte, ktoré číslo máte na mysli.</translation>
        </message>
        <message>
            <source>Answer the question first.</source>
            <translation>Najprv odpovedzte na otázku.</translation>
        </message>
        <message>
            <source>Type a number, for example 12.5</source>
            <translation>Zadajte číslo, napríklad 12,5</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Zostávajúci čas: %1</translation>
        </message>
        <message>
            <source>Submit your answers? You cannot change them afterwards.</source>
            <translation>Chcete odovzdať svoje odpovede? Neskôr ich už nebudete môcť zmeniť.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered.</source>
            <translation>
                <numerusform>%n otázka nie je zodpovedaná.</numerusform>
                <numerusform>%n otázky nie sú zodpovedané.</numerusform>
                <numerusform>%n otázok nie je zodpovedaných.</numerusform>
            </translation>
        </message>
        <message>
            <source>Submit the assessment</source>
            <translation>Odovzdať test</translation>
        </message>
        <message>
            <source>Could not submit</source>
            <translation>Odovzdanie sa nepodarilo</translation>
        </message>
        <message>
            <source>The attempt could not be submitted: %1

Your saved answers are kept; try again.</source>
            <translation>Pokus sa nepodarilo odovzdať: %1

Vaše uložené odpovede zostávajú zachované; skúste to znova.</translation>
        </message>
        <message>
            <source>Your answers so far are saved. You can continue this assessment later from the Quiz menu.</source>
            <translation>Vaše doterajšie odpovede sú uložené. V teste môžete neskôr pokračovať z ponuky Kvíz.</translation>
        </message>
        <message>
            <source>The time keeps running while the assessment is closed: %1 left.</source>
            <translation>Čas plynie ďalej, aj keď je test zatvorený: zostáva %1.</translation>
        </message>
        <message>
            <source>Leave the assessment?</source>
            <translation>Chcete test opustiť?</translation>
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
            <translation>Zobraziť odpoveď (Space)</translation>
        </message>
        <message>
            <source>1 Again</source>
            <translation>1 Znova</translation>
        </message>
        <message>
            <source>2 Hard</source>
            <translation>2 Ťažké</translation>
        </message>
        <message>
            <source>3 Good</source>
            <translation>3 Dobré</translation>
        </message>
        <message>
            <source>4 Easy</source>
            <translation>4 Ľahké</translation>
        </message>
        <message>
            <source>Space shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy. Esc closes.</source>
            <translation>Klávesom Space zobrazíte odpoveď; 1 Znova, 2 Ťažké, 3 Dobré, 4 Ľahké. Klávesom Esc zatvoríte.</translation>
        </message>
        <message>
            <source>Reviewed today: %1</source>
            <translation>Dnes zopakované: %1</translation>
        </message>
        <message>
            <source>No more cards for today.</source>
            <translation>Na dnes už nie sú žiadne ďalšie kartičky.</translation>
        </message>
        <message>
            <source>Cards left today: %1</source>
            <translation>Zostávajúce kartičky na dnes: %1</translation>
        </message>
    </context>
    <context>
        <name>RunnerPanel</name>
        <message>
            <source>Phases (minutes)</source>
            <translation>Fázy (minúty)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Spustiť</translation>
        </message>
        <message>
            <source>Next phase</source>
            <translation>Ďalšia fáza</translation>
        </message>
        <message>
            <source>Timer on screen (T)</source>
            <translation>Časovač na obrazovke (T)</translation>
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
            <translation>Vstupy do scenára</translation>
        </message>
        <message>
            <source>Show: %1</source>
            <translation>Zobraziť: %1</translation>
        </message>
        <message>
            <source>not shown yet</source>
            <translation>zatiaľ nezobrazené</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Skupiny</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Všetky skupiny</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Zobraziť</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Diskusia</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Predchádzajúca otázka</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Ďalšia otázka</translation>
        </message>
        <message>
            <source>Back to the slides</source>
            <translation>Späť na snímky</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Timing: the phases take %1 min, as the activity states.</source>
            <translation>Časovanie: fázy trvajú %1 min, ako uvádza aktivita.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pozastaviť</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Pokračovať</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Dokončené</translation>
        </message>
        <message>
            <source>The activity is over.</source>
            <translation>Aktivita sa skončila.</translation>
        </message>
        <message>
            <source>%1: %2 left</source>
            <translation>%1: zostáva %2</translation>
        </message>
        <message>
            <source>%1: %2 over time</source>
            <translation>%1: prekročené o %2</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pozastavené</translation>
        </message>
        <message>
            <source>shown at %1</source>
            <translation>zobrazené o %1</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search the course</source>
            <translation>Prehľadať kurz</translation>
        </message>
        <message>
            <source>Words or beginnings of words; accents optional (zrtev finds žrtev)</source>
            <translation>Slová alebo začiatky slov; diakritika nepovinná (obet nájde obeť)</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Všetky jazyky</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jazyk</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Výsledky vyhľadávania</translation>
        </message>
        <message>
            <source>Enter opens the selected hit; Esc closes.</source>
            <translation>Klávesom Enter otvoríte vybraný výsledok; klávesom Esc zatvoríte.</translation>
        </message>
        <message>
            <source>Glossary: %1</source>
            <translation>Slovník pojmov: %1</translation>
        </message>
        <message>
            <source>Practice questions: %1</source>
            <translation>Precvičovacie otázky: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n výsledok</numerusform>
                <numerusform>%n výsledky</numerusform>
                <numerusform>%n výsledkov</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Nastavenia</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Jazyk rozhrania</translation>
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
            <translation>Veľkosť textu</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Veľkosť textu:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Svetlá</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Tmavá</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Vysoký kontrast</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Farebná téma</translation>
        </message>
        <message>
            <source>&amp;Colours:</source>
            <translation>&amp;Farby:</translation>
        </message>
        <message>
            <source>The course text keeps its own language; only the interface around it changes.</source>
            <translation>Text kurzu si zachováva vlastný jazyk; mení sa iba rozhranie okolo neho.</translation>
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
            <translation>Štatistika otázok a prírastok vedomostí</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Otázky</translation>
        </message>
        <message>
            <source>Knowledge gain</source>
            <translation>Prírastok vedomostí</translation>
        </message>
        <message>
            <source>Each learner's first attempt only (as in Moodle)</source>
            <translation>Iba prvý pokus každého účastníka (ako v Moodli)</translation>
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
            <translation>Započítané odpovede</translation>
        </message>
        <message>
            <source>Facility (%)</source>
            <translation>Ľahkosť (%)</translation>
        </message>
        <message>
            <source>Discrimination (%)</source>
            <translation>Rozlišovacia schopnosť (%)</translation>
        </message>
        <message>
            <source>Needs checking?</source>
            <translation>Potrebná kontrola?</translation>
        </message>
        <message>
            <source>Commonest wrong answers</source>
            <translation>Najčastejšie nesprávne odpovede</translation>
        </message>
        <message>
            <source>Question statistics</source>
            <translation>Štatistika otázok</translation>
        </message>
        <message>
            <source>Facility: the mean score as a share of the maximum (low = hard). Discrimination: how well the question separates stronger from weaker learners. Needs checking (Moodle's thresholds): very likely below 30 %, likely below 50 %; below 0 the weaker learners did better: check the key.</source>
            <translation>Ľahkosť: priemerné skóre ako podiel maxima (nízka = ťažké). Rozlišovacia schopnosť: ako dobre otázka odlišuje silnejších účastníkov od slabších. Potrebná kontrola (prahy Moodlu): veľmi pravdepodobne pod 30 %, pravdepodobne pod 50 %; pod 0 odpovedali slabší účastníci lepšie: skontrolujte kľúč.</translation>
        </message>
        <message>
            <source>&amp;Pre-test:</source>
            <translation>&amp;Vstupný test:</translation>
        </message>
        <message>
            <source>P&amp;ost-test:</source>
            <translation>Vý&amp;stupný test:</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Účastník</translation>
        </message>
        <message>
            <source>Pre-test (%)</source>
            <translation>Vstupný test (%)</translation>
        </message>
        <message>
            <source>Post-test (%)</source>
            <translation>Výstupný test (%)</translation>
        </message>
        <message>
            <source>Gain (points)</source>
            <translation>Prírastok (body)</translation>
        </message>
        <message>
            <source>Normalised gain</source>
            <translation>Normalizovaný prírastok</translation>
        </message>
        <message>
            <source>Knowledge gain per learner</source>
            <translation>Prírastok vedomostí podľa účastníkov</translation>
        </message>
        <message>
            <source>Pre-test: each learner's first finished attempt. Post-test: the grade that counts. Normalised gain: the share of what there was to learn that was learnt, (post − pre) / (100 − pre).</source>
            <translation>Vstupný test: prvý dokončený pokus každého účastníka. Výstupný test: hodnotenie, ktoré sa počíta. Normalizovaný prírastok: podiel toho, čo sa bolo možné naučiť, ktorý sa účastník naučil, (výstupný − vstupný) / (100 − vstupný).</translation>
        </message>
        <message>
            <source>All assessments</source>
            <translation>Všetky testy</translation>
        </message>
        <message>
            <source>No results have been imported yet.</source>
            <translation>Zatiaľ neboli importované žiadne výsledky.</translation>
        </message>
        <message>
            <source>No learner took both tests.</source>
            <translation>Žiadny účastník neabsolvoval oba testy.</translation>
        </message>
        <message numerus="yes">
            <source>Class mean gain: %1 points (%n learner(s)).</source>
            <translation>
                <numerusform>Priemerný prírastok skupiny v bodoch: %1 (%n účastník).</numerusform>
                <numerusform>Priemerný prírastok skupiny v bodoch: %1 (%n účastníci).</numerusform>
                <numerusform>Priemerný prírastok skupiny v bodoch: %1 (%n účastníkov).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TextAnswer</name>
        <message>
            <source>A number, e.g. 12.5</source>
            <translation>Číslo, napr. 12,5</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Vaša odpoveď</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odpoveď</translation>
        </message>
        <message>
            <source>Which number do you mean?</source>
            <translation>Ktoré číslo máte na mysli?</translation>
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
            <translation>&amp;Prezentovať od začiatku</translation>
        </message>
        <message>
            <source>Present from this &amp;section</source>
            <translation>Prezentovať od tohto &amp;oddielu</translation>
        </message>
        <message>
            <source>Print &amp;handouts…</source>
            <translation>&amp;Tlačiť podklady…</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>P&amp;rezentácia</translation>
        </message>
        <message>
            <source>The course is closed while an assessment is open.</source>
            <translation>Kurz je zatvorený, kým je otvorený test.</translation>
        </message>
        <message>
            <source>Open a module to present it.</source>
            <translation>Ak chcete modul prezentovať, otvorte ho.</translation>
        </message>
        <message>
            <source>Open a module to print its handouts.</source>
            <translation>Ak chcete vytlačiť podklady modulu, otvorte ho.</translation>
        </message>
    </context>
    <context>
        <name>TrainerLogin</name>
        <message>
            <source>Log in as trainer</source>
            <translation>Prihlásiť sa ako školiteľ</translation>
        </message>
        <message>
            <source>Trainer functions (assessments, results of all learners, grading, exam files) need the trainer passphrase.</source>
            <translation>Funkcie školiteľa (testy, výsledky všetkých účastníkov, hodnotenie, súbory skúšok) vyžadujú heslo školiteľa.</translation>
        </message>
        <message>
            <source>&amp;Trainer:</source>
            <translation>Š&amp;koliteľ:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Heslo:</translation>
        </message>
        <message>
            <source>This PC has no trainer profile yet. Add one with: coursebook profiles add NAME --trainer</source>
            <translation>Na tomto počítači zatiaľ nie je žiadny profil školiteľa. Pridajte ho príkazom: coursebook profiles add NAME --trainer</translation>
        </message>
        <message>
            <source>Too many wrong tries. Wait %1 s and try again.</source>
            <translation>Príliš veľa nesprávnych pokusov. Počkajte %1 s a skúste to znova.</translation>
        </message>
    </context>
    <context>
        <name>VerifyCertificate</name>
        <message>
            <source>Verify certificate</source>
            <translation>Overiť osvedčenie</translation>
        </message>
        <message>
            <source>&amp;Verification code on the certificate:</source>
            <translation>&amp;Overovací kód na osvedčení:</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>O&amp;veriť</translation>
        </message>
        <message>
            <source>Type the code printed on the certificate.</source>
            <translation>Zadajte kód vytlačený na osvedčení.</translation>
        </message>
        <message>
            <source>Not valid.</source>
            <translation>Neplatné.</translation>
        </message>
        <message>
            <source>Valid: %1 passed “%2” with %3 % on %4.</source>
            <translation>Platné: %1 úspešne absolvoval(a) „%2“ s výsledkom %3 % dňa %4.</translation>
        </message>
    </context>
    <context>
        <name>_ChoiceAnswer</name>
        <message>
            <source>right answer</source>
            <extracomment>True when every change is a finished answer (a click); False for typing, saved on leaving or a pause.</extracomment>
            <translation>správna odpoveď</translation>
        </message>
        <message>
            <source>wrong answer</source>
            <translation>nesprávna odpoveď</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>The learner database {path} is in use by another program. Close it and start Coursebook again.</source>
            <translation>Databázu účastníkov {path} používa iný program. Zatvorte ho a spustite Coursebook znova.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full. Free some space and start Coursebook again; no learner data was changed.</source>
            <translation>Disk, na ktorom je {path}, je plný. Uvoľnite miesto a spustite Coursebook znova; údaje účastníkov neboli zmenené.</translation>
        </message>
        <message>
            <source>The learner database {path} cannot be written (read-only). Start Coursebook with --data-dir and a folder you can write to.</source>
            <translation>Do databázy účastníkov {path} nie je možné zapisovať (iba na čítanie). Spustite Coursebook s voľbou --data-dir a priečinkom, do ktorého môžete zapisovať.</translation>
        </message>
        <message>
            <source>The learner database {path} cannot be opened. Check that the folder exists and can be written, or start Coursebook with --data-dir.</source>
            <translation>Databázu účastníkov {path} nie je možné otvoriť. Skontrolujte, či priečinok existuje a či je doň možné zapisovať, alebo spustite Coursebook s voľbou --data-dir.</translation>
        </message>
        <message>
            <source>The learner database {path} could not be used: {reason}. No learner data was changed.</source>
            <translation>Databázu účastníkov {path} sa nepodarilo použiť: {reason}. Údaje účastníkov neboli zmenené.</translation>
        </message>
        <message>
            <source>A journal file beside the learner database was not used ({reason}); it was set aside as {name}.</source>
            <extracomment>Pages the log may grow to before SQLite checkpoints it (40 MB): an exam session fits in one log. Seconds to wait for another program's lock on the database before saying it is in use. What happened at open that the user should be told (a recovery), else None.</extracomment>
            <translation>Súbor žurnálu vedľa databázy účastníkov nebol použitý ({reason}); bol odložený ako {name}.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Coursebook (schema {schema}). Use that version or a newer one.</source>
            <translation>Súbor {path} zapísala novšia verzia aplikácie Coursebook (schéma {schema}). Použite túto alebo novšiu verziu.</translation>
        </message>
        <message>
            <source>The learner database was damaged ({problem}). It was set aside as {aside} and the backup of {when} was restored.</source>
            <translation>Databáza účastníkov bola poškodená ({problem}). Bola odložená ako {aside} a obnovila sa záloha z {when}.</translation>
        </message>
        <message>
            <source>The learner database was damaged ({problem}) and no good backup was found. It was set aside as {aside} and a new one was started.</source>
            <translation>Databáza účastníkov bola poškodená ({problem}) a nenašla sa žiadna nepoškodená záloha. Bola odložená ako {aside} a bola založená nová.</translation>
        </message>
        <message>
            <source>Only a trainer can do this. Log in as trainer first.</source>
            <extracomment>A key derived from the passphrase at login (kept in memory only): it signs the trainer's cache of verified report results, so a learner who can edit the database cannot forge a cached result.</extracomment>
            <translation>Toto môže urobiť iba školiteľ. Najprv sa prihláste ako školiteľ.</translation>
        </message>
        <message>
            <source>Too many wrong tries. Wait {seconds} s and try again.</source>
            <translation>Príliš veľa nesprávnych pokusov. Počkajte {seconds} s a skúste to znova.</translation>
        </message>
        <message>
            <source>The passphrase is not right.</source>
            <translation>Heslo nie je správne.</translation>
        </message>
        <message>
            <source>Records {first}–{last} are missing: an attempt or answers were deleted.</source>
            <extracomment>Seconds an answer's recorded time on screen may fall below an earlier one (the grace at the end). The string encoder ``_CANONICAL`` itself uses for every string (``ensure_ascii=False``): the C one. The decoder's own scanner, called without the wrapper that skips white space around the value. slot -&gt; (question key, response JSON text, answered at, elapsed seconds then) slot -&gt; (fraction, comment, trainer name) Attempts whose rows differ from their chain (changed or deleted after the fact). The chain itself is broken (gaps, removed entries, changed entries): nothing after it is sure.</extracomment>
            <translation>Chýbajú záznamy {first}–{last}: bol odstránený pokus alebo odpovede.</translation>
        </message>
        <message>
            <source>Record {seq} does not follow the one before it.</source>
            <translation>Záznam {seq} nenadväzuje na predchádzajúci záznam.</translation>
        </message>
        <message>
            <source>Record {seq} was altered after it was written.</source>
            <translation>Záznam {seq} bol po zapísaní zmenený.</translation>
        </message>
        <message>
            <source>Record {seq} cannot be read.</source>
            <translation>Záznam {seq} nie je možné prečítať.</translation>
        </message>
        <message>
            <source>The newest records are missing: records up to {last} were written, {found} are there.</source>
            <translation>Chýbajú najnovšie záznamy: zapísané boli záznamy až po č. {last}, zachované sú iba po č. {found}.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz}: its time on screen went backwards ({before} s, then {after} s).</source>
            <translation>Pokus {number} testu {quiz}: jeho čas na obrazovke sa posunul späť ({before} s, potom {after} s).</translation>
        </message>
        <message>
            <source>Attempt {uuid} is not in the sealed record.</source>
            <translation>Pokus {uuid} nie je v zapečatenom zázname.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz} was altered after submission: its times or questions differ from the sealed record.</source>
            <translation>Pokus {number} testu {quiz} bol po odovzdaní zmenený: jeho časy alebo otázky sa líšia od zapečateného záznamu.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz} was altered after submission: its answers differ from the sealed record.</source>
            <translation>Pokus {number} testu {quiz} bol po odovzdaní zmenený: jeho odpovede sa líšia od zapečateného záznamu.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz} was deleted; the sealed record still has it.</source>
            <translation>Pokus {number} testu {quiz} bol odstránený; zapečatený záznam ho stále obsahuje.</translation>
        </message>
        <message>
            <source>Passphrase of a trainer of this PC: </source>
            <translation>Heslo školiteľa na tomto počítači: </translation>
        </message>
        <message>
            <source>Passphrase of the new trainer: </source>
            <translation>Heslo nového školiteľa: </translation>
        </message>
        <message>
            <source>PIN (4 to 12 digits): </source>
            <translation>PIN (4 až 12 číslic): </translation>
        </message>
        <message>
            <source>Added {role} {name}.</source>
            <translation>Pridaný profil {name} ({role}).</translation>
        </message>
        <message>
            <source>There is no profile named {name}.</source>
            <translation>Neexistuje žiadny profil s menom {name}.</translation>
        </message>
        <message>
            <source>Removed {name} and everything that belonged to the profile.</source>
            <translation>Profil {name} bol odstránený spolu so všetkým, čo k nemu patrilo.</translation>
        </message>
        <message>
            <source>Wrote {file}. It opens only with the start code.</source>
            <translation>Súbor {file} bol zapísaný. Otvorí sa iba so štartovacím kódom.</translation>
        </message>
        <message>
            <source>A start code needs at least 6 letters or digits.</source>
            <extracomment>The packing installation's public key (base64), "" for files packed before keys travelled.</extracomment>
            <translation>Štartovací kód musí mať aspoň 6 písmen alebo číslic.</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>{file}: 'banks' must map bank ids to files.</source>
            <translation>{file}: 'banks' musí priraďovať ID bánk k súborom.</translation>
        </message>
        <message>
            <source>{file}: there is no question bank '{bank}' (neither a module nor under 'banks').</source>
            <translation>{file}: banka otázok '{bank}' neexistuje (nie je to modul ani položka v 'banks').</translation>
        </message>
        <message>
            <source>{file}: the bank has no usable questions.</source>
            <translation>{file}: banka neobsahuje žiadne použiteľné otázky.</translation>
        </message>
        <message>
            <source>{file} is not a Coursebook exam file.</source>
            <translation>{file} nie je súbor skúšky Coursebook.</translation>
        </message>
        <message>
            <source>{file} is damaged.</source>
            <translation>Súbor {file} je poškodený.</translation>
        </message>
        <message>
            <source>{file} was made by another version of Coursebook.</source>
            <translation>Súbor {file} bol vytvorený inou verziou aplikácie Coursebook.</translation>
        </message>
        <message>
            <source>The start code is not right.</source>
            <translation>Štartovací kód nie je správny.</translation>
        </message>
        <message>
            <source>A profile needs a name.</source>
            <translation>Profil musí mať meno.</translation>
        </message>
        <message>
            <source>A profile name has at most 60 characters.</source>
            <translation>Meno profilu môže mať najviac 60 znakov.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 12 digits.</source>
            <translation>PIN má 4 až 12 číslic.</translation>
        </message>
        <message>
            <source>The trainer passphrase needs at least 8 characters.</source>
            <translation>Heslo školiteľa musí mať aspoň 8 znakov.</translation>
        </message>
        <message>
            <source>A profile named {name} already exists.</source>
            <translation>Profil s menom {name} už existuje.</translation>
        </message>
        <message>
            <source>{name} is the only trainer; add another trainer before removing this one.</source>
            <translation>{name} je jediný školiteľ; pred jeho odstránením pridajte ďalšieho školiteľa.</translation>
        </message>
        <message>
            <source>'ANSWER:' without a question and at least two options before it</source>
            <translation>'ANSWER:' bez otázky a aspoň dvoch možností pred ním</translation>
        </message>
        <message>
            <source>'ANSWER: {letter}' names no option of this question</source>
            <translation>'ANSWER: {letter}' neoznačuje žiadnu možnosť tejto otázky</translation>
        </message>
        <message>
            <source>option {letter} appears twice</source>
            <translation>možnosť {letter} sa vyskytuje dvakrát</translation>
        </message>
        <message>
            <source>a question's options must be followed by 'ANSWER: X'</source>
            <translation>za možnosťami otázky musí nasledovať 'ANSWER: X'</translation>
        </message>
        <message>
            <source>the last question has no 'ANSWER: X' line</source>
            <translation>posledná otázka nemá riadok 'ANSWER: X'</translation>
        </message>
        <message>
            <source>There is no module '{module}' in {folder}. Modules: {known}.</source>
            <translation>V priečinku {folder} nie je modul '{module}'. Moduly: {known}.</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>Do súboru {file} nie je možné zapisovať: {reason}.</translation>
        </message>
        <message>
            <source>Module '{module}' has no question bank ({file}).</source>
            <translation>Modul '{module}' nemá banku otázok ({file}).</translation>
        </message>
        <message>
            <source>{problem}: left out of the export</source>
            <translation>{problem}: vynechané z exportu</translation>
        </message>
        <message>
            <source>{id}: Moodle needs at least three answers in a matching question (add a distractor)</source>
            <translation>{id}: Moodle vyžaduje v otázke na priraďovanie aspoň tri odpovede (pridajte nesprávnu možnosť – distraktor)</translation>
        </message>
        <message>
            <source>{id}: Moodle accepts only its own list of grades; {percent} % is not one</source>
            <translation>{id}: Moodle prijíma iba hodnoty zo svojho zoznamu; {percent} % medzi ne nepatrí</translation>
        </message>
        <message>
            <source>question id '{id}' is already used in the bank</source>
            <translation>ID otázky '{id}' sa v banke už používa</translation>
        </message>
        <message>
            <source>The bank cannot be read, so nothing was added: {reason}</source>
            <translation>Banku otázok nie je možné prečítať, preto sa nič nepridalo: {reason}</translation>
        </message>
        <message>
            <source>The bank has no 'questions:' list to add to.</source>
            <translation>Banka otázok nemá zoznam 'questions:', do ktorého by bolo možné otázky pridať.</translation>
        </message>
        <message>
            <source>Adding the questions would break the bank: {reason}</source>
            <translation>Pridaním otázok by sa banka otázok poškodila: {reason}</translation>
        </message>
        <message>
            <source>The 'questions:' list is not at the end of the file, so nothing was added.</source>
            <translation>Zoznam 'questions:' nie je na konci súboru, preto sa nič nepridalo.</translation>
        </message>
        <message>
            <source>HTML was turned into plain text</source>
            <translation>HTML bolo prevedené na obyčajný text</translation>
        </message>
        <message>
            <source>a description (text without an answer block) is not a question; left out</source>
            <translation>popis (text bez bloku odpovedí) nie je otázka; vynechané</translation>
        </message>
        <message>
            <source>the braces around the answers do not match (a '{{' or '}}' is missing or should be escaped as '\{{' / '\}}')</source>
            <translation>zložené zátvorky okolo odpovedí nie sú spárované (chýba '{{' alebo '}}' alebo ju treba zapísať ako '\{{' / '\}}')</translation>
        </message>
        <message>
            <source>the question has no text</source>
            <translation>otázka nemá text</translation>
        </message>
        <message>
            <source>a multiple-choice question needs at least two answers</source>
            <translation>otázka s výberom z možností musí mať aspoň dve odpovede</translation>
        </message>
        <message>
            <source>no answer is worth 100 %</source>
            <translation>žiadna odpoveď nemá hodnotu 100 %</translation>
        </message>
        <message>
            <source>no right answer: mark one with '=' or give weights such as '~%50%'</source>
            <translation>žiadna správna odpoveď: označte jednu znakom '=' alebo zadajte váhy, napríklad '~%50%'</translation>
        </message>
        <message>
            <source>the positive weights add up to {percent} %, not 100 %</source>
            <translation>kladné váhy dávajú spolu {percent} %, nie 100 %</translation>
        </message>
        <message>
            <source>an answer is empty</source>
            <translation>jedna z odpovedí je prázdna</translation>
        </message>
        <message>
            <source>a matching question needs at least two pairs</source>
            <translation>otázka na priraďovanie musí mať aspoň dva páry</translation>
        </message>
        <message>
            <source>each matching answer needs '-&gt;' between the two sides</source>
            <translation>každá odpoveď otázky na priraďovanie musí mať medzi oboma stranami '-&gt;'</translation>
        </message>
        <message>
            <source>a matching question needs at least two pairs with both sides</source>
            <translation>otázka na priraďovanie musí mať aspoň dva páry s oboma stranami</translation>
        </message>
        <message>
            <source>two pairs have the same left side</source>
            <translation>dva páry majú rovnakú ľavú stranu</translation>
        </message>
        <message>
            <source>a short-answer question needs an answer</source>
            <translation>otázka s krátkou odpoveďou musí mať odpoveď</translation>
        </message>
        <message>
            <source>the feedback for any other answer ('~#…') is left out: Coursebook gives the general feedback instead</source>
            <translation>spätná väzba pre akúkoľvek inú odpoveď ('~#…') sa vynecháva: Coursebook namiesto nej zobrazí všeobecnú spätnú väzbu</translation>
        </message>
        <message>
            <source>a numerical question needs an answer</source>
            <translation>číselná otázka musí mať odpoveď</translation>
        </message>
        <message>
            <source>the margin of error in '{value}' is negative</source>
            <translation>tolerancia v '{value}' je záporná</translation>
        </message>
        <message>
            <source>the feedback for the right number is left out: Coursebook shows the general feedback</source>
            <translation>spätná väzba pre správne číslo sa vynecháva: Coursebook zobrazí všeobecnú spätnú väzbu</translation>
        </message>
        <message>
            <source>no number is worth 100 %</source>
            <translation>žiadne číslo nemá hodnotu 100 %</translation>
        </message>
        <message>
            <source>'{value}' is not a number</source>
            <extracomment>Tags Coursebook writes into Moodle files so an export can be imported back without loss. Moodle accepts only these grades (``question_bank::fraction_options_full``), as fractions.</extracomment>
            <translation>'{value}' nie je číslo</translation>
        </message>
        <message>
            <source>{id}: an answer contains '-&gt;', so Moodle would read the question as matching</source>
            <translation>{id}: odpoveď obsahuje '-&gt;', takže Moodle by otázku prečítal ako otázku na priraďovanie</translation>
        </message>
        <message>
            <source>a document type declaration is not allowed in a question file</source>
            <translation>deklarácia typu dokumentu nie je v súbore s otázkami povolená</translation>
        </message>
        <message>
            <source>not well-formed XML: {reason}</source>
            <translation>XML nie je správne utvorené: {reason}</translation>
        </message>
        <message>
            <source>a description is not a question; left out</source>
            <translation>popis nie je otázka; vynechané</translation>
        </message>
        <message>
            <source>line {line}: fraction '{fraction}' is not a number</source>
            <translation>riadok {line}: hodnota fraction '{fraction}' nie je číslo</translation>
        </message>
        <message>
            <source>neither true nor false is worth 100 %</source>
            <translation>ani pravda, ani nepravda nemá hodnotu 100 %</translation>
        </message>
        <message>
            <source>case-sensitive matching is not kept: Coursebook ignores case</source>
            <translation>rozlišovanie veľkých a malých písmen sa nezachová: Coursebook ich nerozlišuje</translation>
        </message>
        <message>
            <source>the feedback for any other answer is left out</source>
            <translation>spätná väzba pre akúkoľvek inú odpoveď sa vynecháva</translation>
        </message>
        <message>
            <source>the feedback for the right number is left out</source>
            <translation>spätná väzba pre správne číslo sa vynecháva</translation>
        </message>
        <message>
            <source>question type '{kind}' has no counterpart in Coursebook</source>
            <translation>typ otázky '{kind}' nemá v aplikácii Coursebook zodpovedajúci typ</translation>
        </message>
        <message>
            <source>a Moodle XML file starts with &lt;quiz&gt;</source>
            <translation>súbor Moodle XML začína značkou &lt;quiz&gt;</translation>
        </message>
        <message>
            <source>{file} must name the pack's id, version, language and title.</source>
            <extracomment>Limits against zip bombs and runaway packs. ``module-id#section-id`` (or a whole ``module-id``) the new version no longer has files of the old version changed or added on this PC since it was installed (e.g. questions a trainer imported into a pack module): the new version replaces them</extracomment>
            <translation>{file} musí uvádzať ID, verziu, jazyk a názov balíka.</translation>
        </message>
        <message>
            <source>{file} does not describe the pack correctly.</source>
            <translation>{file} nepopisuje balík správne.</translation>
        </message>
        <message>
            <source>The course in {file} has errors; nothing was done.</source>
            <translation>Kurz v {file} obsahuje chyby; nič sa nevykonalo.</translation>
        </message>
        <message>
            <source>{file} is missing: it names the pack's id, version, language and title.</source>
            <translation>Chýba súbor {file}: uvádza sa v ňom ID, verzia, jazyk a názov balíka.</translation>
        </message>
        <message>
            <source>{file} is a link; a pack holds only plain files.</source>
            <translation>{file} je odkaz; balík obsahuje iba bežné súbory.</translation>
        </message>
        <message>
            <source>The pack is refused: the entry '{name}' has a name that is not allowed (it could be written outside the pack's folder).</source>
            <translation>Balík bol odmietnutý: položka '{name}' má nepovolený názov (mohla by sa zapísať mimo priečinka balíka).</translation>
        </message>
        <message>
            <source>The pack is refused: it holds more than {limit} files.</source>
            <translation>Balík bol odmietnutý: obsahuje viac ako {limit} súborov.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is a link or a special file.</source>
            <translation>Balík bol odmietnutý: položka '{name}' je odkaz alebo špeciálny súbor.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is encrypted.</source>
            <translation>Balík bol odmietnutý: položka '{name}' je zašifrovaná.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' unpacks to more than {ratio} times its size (a zip bomb).</source>
            <translation>Balík bol odmietnutý: položka '{name}' sa po rozbalení zväčší viac ako {ratio}-násobne (zip bomba).</translation>
        </message>
        <message>
            <source>The pack is refused: it unpacks to more than {limit} MB.</source>
            <translation>Balík bol odmietnutý: po rozbalení má viac ako {limit} MB.</translation>
        </message>
        <message>
            <source>The pack is refused: it unpacks to more than {ratio} times its size (a zip bomb).</source>
            <translation>Balík bol odmietnutý: po rozbalení sa zväčší viac ako {ratio}-násobne (zip bomba).</translation>
        </message>
        <message>
            <source>The pack is refused: a file name appears twice.</source>
            <translation>Balík bol odmietnutý: niektorý názov súboru sa v ňom vyskytuje dvakrát.</translation>
        </message>
        <message>
            <source>This file is not a content pack: it has no {file}.</source>
            <translation>Tento súbor nie je balík obsahu: chýba v ňom {file}.</translation>
        </message>
        <message>
            <source>The pack is refused: its {file} is too large.</source>
            <translation>Balík bol odmietnutý: jeho súbor {file} je príliš veľký.</translation>
        </message>
        <message>
            <source>The pack is refused: its {file} is not valid JSON.</source>
            <translation>Balík bol odmietnutý: jeho súbor {file} nie je platný JSON.</translation>
        </message>
        <message>
            <source>The pack is refused: its {file} lists no checksums.</source>
            <translation>Balík bol odmietnutý: jeho súbor {file} neobsahuje žiadne kontrolné súčty.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is not listed in its manifest.</source>
            <translation>Balík bol odmietnutý: položka '{name}' nie je uvedená v jeho manifeste.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is listed in its manifest but missing.</source>
            <translation>Balík bol odmietnutý: položka '{name}' je uvedená v jeho manifeste, ale chýba.</translation>
        </message>
        <message>
            <source>The pack is refused: the entry '{name}' would be written outside the pack's folder.</source>
            <translation>Balík bol odmietnutý: položka '{name}' by sa zapísala mimo priečinka balíka.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is larger than it declares.</source>
            <translation>Balík bol odmietnutý: položka '{name}' je väčšia, než uvádza.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' does not match its checksum (the file is damaged or was changed).</source>
            <translation>Balík bol odmietnutý: položka '{name}' nezodpovedá svojmu kontrolnému súčtu (súbor je poškodený alebo bol zmenený).</translation>
        </message>
        <message>
            <source>{file} cannot be read as a content pack: {reason}.</source>
            <translation>Súbor {file} nie je možné prečítať ako balík obsahu: {reason}.</translation>
        </message>
        <message>
            <source>Pack {id} version {installed} is installed; this file has version {version}, which is not newer. Nothing was changed.</source>
            <translation>Balík {id} je nainštalovaný vo verzii {installed}; tento súbor má verziu {version}, ktorá nie je novšia. Nič sa nezmenilo.</translation>
        </message>
        <message>
            <source>The pack is refused: module {module} is already in {where}.</source>
            <translation>Balík bol odmietnutý: modul {module} sa už nachádza tu: {where}.</translation>
        </message>
        <message>
            <source>the name is not valid UTF-8 (shown with �); rename it</source>
            <translation>názov nie je platný UTF-8 (zobrazený so znakom �); premenujte ho</translation>
        </message>
        <message>
            <source>not a regular file (a FIFO, socket or device); it is never opened</source>
            <translation>nie je to bežný súbor (FIFO, soket alebo zariadenie); nikdy sa neotvára</translation>
        </message>
        <message>
            <source>a folder where a file is expected</source>
            <extracomment>The longest line of a content file, in characters.</extracomment>
            <translation>priečinok namiesto očakávaného súboru</translation>
        </message>
        <message>
            <source>content folder not found</source>
            <translation>priečinok s obsahom sa nenašiel</translation>
        </message>
        <message>
            <source>no modules found: a course is a folder of module folders, each with a module.md</source>
            <translation>nenašli sa žiadne moduly: kurz je priečinok s priečinkami modulov, z ktorých každý obsahuje súbor module.md</translation>
        </message>
        <message>
            <source>the section has {size} characters; the limit is {limit} (split it into sections)</source>
            <extracomment>Characters in one section's Markdown (17,791). Lines in one section (310). Nesting of lists and block quotes, counted per line (indentation of 4 columns, '- ', '&gt; ') (3). Lines in one block of text between blank lines, outside fenced blocks (42). Table cells ('|') in one section (127). Opening brackets '[' (links, images, footnotes) in one section (29). Emphasis characters ('*', '_') in one section (120).</extracomment>
            <translation>oddiel má {size} znakov; limit je {limit} (rozdeľte ho na viac oddielov)</translation>
        </message>
        <message>
            <source>the section has {count} lines; the limit is {limit} (split it into sections)</source>
            <translation>oddiel má {count} riadkov; limit je {limit} (rozdeľte ho na viac oddielov)</translation>
        </message>
        <message>
            <source>more than {limit} table cells ('|') in one section</source>
            <translation>viac ako {limit} buniek tabuľky ('|') v jednom oddiele</translation>
        </message>
        <message>
            <source>more than {limit} '[' (links, images, footnotes) in one section</source>
            <translation>viac ako {limit} znakov '[' (odkazy, obrázky, poznámky pod čiarou) v jednom oddiele</translation>
        </message>
        <message>
            <source>more than {limit} emphasis marks ('*', '_') in one section</source>
            <translation>viac ako {limit} značiek zvýraznenia ('*', '_') v jednom oddiele</translation>
        </message>
        <message>
            <source>more than {limit} lines without a blank line</source>
            <translation>viac ako {limit} riadkov bez prázdneho riadka</translation>
        </message>
        <message>
            <source>lists or quotes nested more than {limit} levels deep</source>
            <translation>zoznamy alebo citácie vnorené hlbšie ako {limit} úrovní</translation>
        </message>
        <message>
            <source>nested too deeply to format</source>
            <translation>príliš hlboké vnorenie na formátovanie</translation>
        </message>
        <message>
            <source>cannot be formatted ({error})</source>
            <translation>nie je možné naformátovať ({error})</translation>
        </message>
        <message>
            <source>a symbolic link that points to itself (a link loop)</source>
            <translation>symbolický odkaz, ktorý ukazuje sám na seba (slučka odkazov)</translation>
        </message>
        <message>
            <source>a symbolic link to a file that does not exist (an editor's lock file?)</source>
            <translation>symbolický odkaz na neexistujúci súbor (zamykací súbor editora?)</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>prístup zamietnutý</translation>
        </message>
        <message>
            <source>cannot read file: {reason}</source>
            <translation>súbor nie je možné prečítať: {reason}</translation>
        </message>
        <message>
            <source>file is {size} bytes; the limit is {limit} bytes</source>
            <translation>súbor má {size} bajtov; limit je {limit} bajtov</translation>
        </message>
        <message>
            <source>file is larger than the limit of {limit} bytes</source>
            <translation>súbor je väčší ako limit {limit} bajtov</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
            <translation>nie je to text v kódovaní UTF-8 (bajt 0x{byte}); uložte súbor v kódovaní UTF-8</translation>
        </message>
        <message>
            <source>the file holds a NUL character; it is not text</source>
            <translation>súbor obsahuje znak NUL; nie je to text</translation>
        </message>
        <message>
            <source>line is {length} characters long; the limit is {limit}</source>
            <translation>riadok má {length} znakov; limit je {limit}</translation>
        </message>
        <message>
            <source>The phases add up to {planned} min, but the activity states {stated} min.</source>
            <translation>Fázy spolu trvajú {planned} min, ale aktivita uvádza {stated} min.</translation>
        </message>
        <message>
            <source>With the minutes chosen the phases take {total} min: {over} min more than the {stated} min the activity states.</source>
            <translation>S vybranými minútami trvajú fázy {total} min: o {over} min viac, ako uvádza aktivita ({stated} min).</translation>
        </message>
        <message>
            <source>With the minutes chosen the phases take {total} min: {under} min less than the {stated} min the activity states.</source>
            <translation>S vybranými minútami trvajú fázy {total} min: o {under} min menej, ako uvádza aktivita ({stated} min).</translation>
        </message>
        <message>
            <source>The sub-phases of {phase} take {inner} min, more than the {minutes} min set for it.</source>
            <translation>Podfázy fázy {phase} trvajú {inner} min, teda viac ako {minutes} min, ktoré sú pre ňu nastavené.</translation>
        </message>
        <message>
            <source>section '{id}' {problem}; the reader shows it as plain text</source>
            <translation>oddiel '{id}': {problem}; čítačka ho zobrazí ako obyčajný text</translation>
        </message>
        <message>
            <source>anchors and aliases (&amp;name, *name) are not allowed in course content</source>
            <translation>kotvy a aliasy (&amp;name, *name) nie sú v obsahu kurzu povolené</translation>
        </message>
        <message>
            <source>lists and mappings are nested more than {limit} deep</source>
            <translation>zoznamy a mapovania sú vnorené hlbšie ako {limit} úrovní</translation>
        </message>
        <message>
            <source>invalid YAML: nested too deeply</source>
            <translation>neplatný YAML: príliš hlboké vnorenie</translation>
        </message>
        <message>
            <source>The code {code} belongs to no passed result in this gradebook: the certificate is not valid here.</source>
            <translation>Kód {code} nepatrí k žiadnemu úspešnému výsledku v tomto prehľade hodnotení: osvedčenie tu nie je platné.</translation>
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
            <translation>Hodnotenie (%)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Výsledok</translation>
        </message>
        <message>
            <source>Time (minutes)</source>
            <translation>Čas (v minútach)</translation>
        </message>
        <message>
            <source>Attempts used</source>
            <translation>Použité pokusy</translation>
        </message>
        <message>
            <source>Essays waiting</source>
            <translation>Čakajúce eseje</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>splnené</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>nesplnené</translation>
        </message>
        <message>
            <source>There is no imported attempt {uuid}.</source>
            <translation>Importovaný pokus {uuid} neexistuje.</translation>
        </message>
        <message>
            <source>A mark is between 0 and 100 %.</source>
            <translation>Hodnotenie musí byť v rozsahu od 0 do 100 %.</translation>
        </message>
        <message>
            <source>There is no answer to grade.</source>
            <translation>Nie je tu žiadna odpoveď na ohodnotenie.</translation>
        </message>
        <message>
            <source>There is no imported learner named {name}.</source>
            <translation>Importovaný účastník s menom {name} neexistuje.</translation>
        </message>
        <message>
            <source>{file} could not be written: {reason}.</source>
            <extracomment>Files merged per transaction on import (one commit to disk per batch). SQLite's page cache while importing, in KiB (the default is 2 MB). The answers go into the gradebook in the order of the attempts' random ids, all over its B-tree: with the default cache most pages were written out and read back within one batch (a fifth more CPU, a third more time in SQLite).</extracomment>
            <translation>Súbor {file} sa nepodarilo zapísať: {reason}.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <extracomment>Attempts whose marks were recorded (new or newer than those received before). Attempts whose marks were already there (the same file or a newer one received before). Attempts the file names that are not on this PC (taken elsewhere, or removed with their profile).
----------
attempt UUID -&gt; (question key per slot, grading rule, pass mark), read from its sealed plan.</extracomment>
            <translation>Súbor {file} nie je možné prečítať: {reason}.</translation>
        </message>
        <message>
            <source>{file} is truncated or damaged: it is not a whole marks file.</source>
            <translation>Súbor {file} je skrátený alebo poškodený: nie je to úplný súbor s hodnoteniami.</translation>
        </message>
        <message>
            <source>{file} is not a Coursebook marks file.</source>
            <translation>Súbor {file} nie je súbor s hodnoteniami Coursebook.</translation>
        </message>
        <message>
            <source>{file} was written by a newer Coursebook (format {version}); update this program to receive it.</source>
            <translation>Súbor {file} bol vytvorený novšou verziou aplikácie Coursebook (formát {version}); ak ho chcete prevziať, aktualizujte tento program.</translation>
        </message>
        <message>
            <source>{file} is signed with this PC's own key, not with the trainer's.</source>
            <translation>Súbor {file} je podpísaný vlastným kľúčom tohto počítača, nie kľúčom školiteľa.</translation>
        </message>
        <message>
            <source>{file} is for another PC: its marks belong to results handed in elsewhere.</source>
            <translation>Súbor {file} je určený pre iný počítač: jeho hodnotenia patria k výsledkom odovzdaným inde.</translation>
        </message>
        <message>
            <source>{file} names a learner who has no profile on this PC.</source>
            <translation>Súbor {file} uvádza účastníka, ktorý na tomto počítači nemá profil.</translation>
        </message>
        <message>
            <source>{file} cannot be checked: the sealed record of {name} on this PC is damaged.</source>
            <translation>Súbor {file} nemožno overiť: zapečatený záznam účastníka {name} na tomto počítači je poškodený.</translation>
        </message>
        <message>
            <source>{file} is not signed by the trainer whose assessment {name} took: the key does not match.</source>
            <translation>Súbor {file} nie je podpísaný školiteľom, ktorý pripravil test pre účastníka {name}: kľúč nesúhlasí.</translation>
        </message>
        <message>
            <source>{file} is truncated or damaged: it is not a whole results file.</source>
            <translation>Súbor {file} je skrátený alebo poškodený: nie je to úplný súbor s výsledkami.</translation>
        </message>
        <message>
            <source>{file} is not a Coursebook results file.</source>
            <translation>Súbor {file} nie je súbor s výsledkami Coursebook.</translation>
        </message>
        <message>
            <source>{file} was written by a newer Coursebook (format {version}); update this program to import it.</source>
            <translation>Súbor {file} bol vytvorený novšou verziou aplikácie Coursebook (formát {version}); ak ho chcete importovať, aktualizujte tento program.</translation>
        </message>
        <message>
            <source>{file} was changed after it was written: its signature does not match.</source>
            <translation>Súbor {file} bol po zapísaní zmenený: jeho podpis nesúhlasí.</translation>
        </message>
        <message>
            <source>{file} holds a broken record of results: {problem}</source>
            <translation>Súbor {file} obsahuje poškodený záznam výsledkov: {problem}</translation>
        </message>
        <message>
            <source>{file} holds an attempt whose questions differ from its record.</source>
            <translation>Súbor {file} obsahuje pokus, ktorého otázky sa líšia od jeho záznamu.</translation>
        </message>
        <message>
            <source>{file} is signed with a foreign key, not the key of the PC it claims to come from.</source>
            <translation>Súbor {file} je podpísaný cudzím kľúčom, nie kľúčom počítača, z ktorého údajne pochádza.</translation>
        </message>
        <message>
            <source>{file} claims a learner whose results came from another PC.</source>
            <translation>Súbor {file} uvádza účastníka, ktorého výsledky pochádzajú z iného počítača.</translation>
        </message>
        <message>
            <source>{file} does not continue the results imported before for {name}: they were taken back to an earlier state.</source>
            <translation>Súbor {file} nenadväzuje na výsledky, ktoré boli pre účastníka {name} importované predtým: výsledky boli vrátené do staršieho stavu.</translation>
        </message>
        <message>
            <source>Gradebook report</source>
            <extracomment>passed / learners with a grade, in %; None when nobody has a grade yet. mean of the grades that count, in %.</extracomment>
            <translation>Správa z prehľadu hodnotení</translation>
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
            <translation>Dátum: {date}</translation>
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
            <translation>Súhrn</translation>
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
            <translation>Úspešnosť (%)</translation>
        </message>
        <message>
            <source>Mean grade (%)</source>
            <translation>Priemerné hodnotenie (%)</translation>
        </message>
        <message>
            <source>Question statistics: {title}</source>
            <translation>Štatistika otázok: {title}</translation>
        </message>
        <message>
            <source>Each learner's first attempt counts (as in Moodle).</source>
            <translation>Počíta sa prvý pokus každého účastníka (ako v Moodli).</translation>
        </message>
        <message>
            <source>Every finished attempt counts.</source>
            <translation>Počíta sa každý dokončený pokus.</translation>
        </message>
        <message>
            <source>Facility: the mean score as a share of the maximum (low = hard). Discrimination: how well the question separates stronger from weaker learners; below 30 % it very likely needs checking, below 0 check the key.</source>
            <translation>Ľahkosť: priemerné skóre ako podiel maxima (nízka = ťažké). Rozlišovacia schopnosť: ako dobre otázka odlišuje silnejších účastníkov od slabších; pod 30 % je kontrola veľmi pravdepodobne potrebná, pod 0 skontrolujte kľúč.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Otázka</translation>
        </message>
        <message>
            <source>Answers counted</source>
            <translation>Započítané odpovede</translation>
        </message>
        <message>
            <source>Facility (%)</source>
            <translation>Ľahkosť (%)</translation>
        </message>
        <message>
            <source>Discrimination (%)</source>
            <translation>Rozlišovacia schopnosť (%)</translation>
        </message>
        <message>
            <source>Needs checking?</source>
            <translation>Potrebná kontrola?</translation>
        </message>
        <message>
            <source>Commonest wrong answer</source>
            <translation>Najčastejšia nesprávna odpoveď</translation>
        </message>
        <message>
            <source>No results have been imported yet.</source>
            <translation>Zatiaľ neboli importované žiadne výsledky.</translation>
        </message>
        <message>
            <source>No finished attempt to count yet.</source>
            <translation>Zatiaľ nie je žiadny dokončený pokus na započítanie.</translation>
        </message>
        <message>
            <source>Yes: negative, check the key</source>
            <extracomment>Moodle's "Needs checking?" thresholds on the discrimination index (qbank_statistics helper).</extracomment>
            <translation>Áno: záporná, skontrolujte kľúč</translation>
        </message>
        <message>
            <source>Very likely</source>
            <translation>Veľmi pravdepodobne</translation>
        </message>
        <message>
            <source>Likely</source>
            <translation>Pravdepodobne</translation>
        </message>
        <message>
            <source>Unlikely</source>
            <translation>Nepravdepodobne</translation>
        </message>
        <message>
            <source>Cannot write to the data folder {folder}: {reason}. Choose another folder with --data-dir or the COURSEBOOK_HOME environment variable.</source>
            <translation>Do dátového priečinka {folder} nie je možné zapisovať: {reason}. Zvoľte iný priečinok pomocou voľby --data-dir alebo premennej prostredia COURSEBOOK_HOME.</translation>
        </message>
        <message>
            <source>An assessment must be a JSON object.</source>
            <extracomment>An assessment file is small; anything larger is refused unread. The deepest nesting of JSON arrays and objects read (a definition needs 3). Bounds of the numbers: (lowest, highest). Minutes; 0 = no time limit. When it runs out the attempt is submitted automatically. Percentage of the maximum score needed to pass; 0 = no pass mark. 0 = unlimited. Which attempt counts when there are several: highest, last, first or average.</extracomment>
            <translation>Test musí byť objekt JSON.</translation>
        </message>
        <message>
            <source>'{key}' must be text.</source>
            <translation>'{key}' musí byť text.</translation>
        </message>
        <message>
            <source>'id' is required.</source>
            <translation>'id' je povinné.</translation>
        </message>
        <message>
            <source>The title is too long. Most characters allowed: {limit}.</source>
            <translation>Názov je príliš dlhý. Najvyšší povolený počet znakov: {limit}.</translation>
        </message>
        <message>
            <source>'{key}' must be true or false (without quotes).</source>
            <translation>'{key}' musí byť true alebo false (bez úvodzoviek).</translation>
        </message>
        <message>
            <source>'draws' must be a list of question banks. Most banks allowed: {limit}.</source>
            <translation>'draws' musí byť zoznam bánk otázok. Najvyšší povolený počet bánk: {limit}.</translation>
        </message>
        <message>
            <source>Each entry of 'draws' needs a 'module_id' text.</source>
            <translation>Každá položka v 'draws' musí mať text 'module_id'.</translation>
        </message>
        <message>
            <source>'review' must be an object.</source>
            <translation>'review' musí byť objekt.</translation>
        </message>
        <message>
            <source>The id '{id}' must be lower-case letters, digits and '-'.</source>
            <translation>Identifikátor '{id}' smie obsahovať len malé písmená, číslice a '-'.</translation>
        </message>
        <message>
            <source>The assessment needs a title.</source>
            <translation>Test musí mať názov.</translation>
        </message>
        <message>
            <source>Choose at least one question bank.</source>
            <translation>Vyberte aspoň jednu banku otázok.</translation>
        </message>
        <message>
            <source>The number of questions cannot be negative.</source>
            <translation>Počet otázok nesmie byť záporný.</translation>
        </message>
        <message>
            <source>Each question bank may be listed once.</source>
            <translation>Každá banka otázok môže byť uvedená iba raz.</translation>
        </message>
        <message>
            <source>Too many questions are drawn from one bank. Most questions allowed: {limit}.</source>
            <translation>Z jednej banky otázok sa vyberá príliš veľa otázok. Najvyšší povolený počet otázok: {limit}.</translation>
        </message>
        <message>
            <source>The time limit cannot be negative.</source>
            <translation>Časový limit nesmie byť záporný.</translation>
        </message>
        <message>
            <source>The time limit is too long. Longest time limit in minutes: {limit}.</source>
            <translation>Časový limit je príliš dlhý. Najdlhší časový limit v minútach: {limit}.</translation>
        </message>
        <message>
            <source>The pass mark is a percentage from 0 to 100.</source>
            <translation>Hranica úspešnosti je percento od 0 do 100.</translation>
        </message>
        <message>
            <source>Attempts allowed cannot be negative (0 = unlimited).</source>
            <translation>Povolený počet pokusov nesmie byť záporný (0 = neobmedzene).</translation>
        </message>
        <message>
            <source>Too many attempts are allowed. Most attempts allowed: {limit} (0 = unlimited).</source>
            <translation>Je povolených príliš veľa pokusov. Najvyšší povolený počet pokusov: {limit} (0 = neobmedzene).</translation>
        </message>
        <message>
            <source>The grading must be one of: {methods}.</source>
            <translation>Spôsob hodnotenia musí byť jeden z: {methods}.</translation>
        </message>
        <message>
            <source>'{key}' must be a whole number from {low} to {high}.</source>
            <translation>'{key}' musí byť celé číslo od {low} do {high}.</translation>
        </message>
        <message>
            <source>'{key}' must be a number from {low} to {high}.</source>
            <translation>'{key}' musí byť číslo od {low} do {high}.</translation>
        </message>
        <message>
            <source>{name} is not a number JSON allows.</source>
            <translation>{name} nie je číslo, ktoré JSON povoľuje.</translation>
        </message>
        <message>
            <source>The number {text} is too large.</source>
            <translation>Číslo {text} je príliš veľké.</translation>
        </message>
        <message>
            <source>The file starts with a byte-order mark (BOM); save it as UTF-8 without BOM.</source>
            <translation>Súbor začína znakom poradia bajtov (BOM); uložte ho ako UTF-8 bez BOM.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text.</source>
            <translation>Súbor nie je text v kódovaní UTF-8.</translation>
        </message>
        <message>
            <source>Arrays and objects are nested too deep. Most levels allowed: {limit}.</source>
            <translation>Polia a objekty sú vnorené príliš hlboko. Najvyšší povolený počet úrovní: {limit}.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {reason}</source>
            <translation>Súbor nie je platný JSON: {reason}</translation>
        </message>
        <message>
            <source>The file cannot be read ({reason}).</source>
            <translation>Súbor nie je možné prečítať ({reason}).</translation>
        </message>
        <message>
            <source>Its id is '{id}'; the file must be named {id}.json.</source>
            <translation>Jeho identifikátor je '{id}'; súbor sa musí volať {id}.json.</translation>
        </message>
        <message>
            <source>The time is up; the answer was not saved.</source>
            <extracomment>An attempt's time is written at least this often while it is on screen (and with every answer). ``settings["source"]`` of an attempt at an exam file. Why an answer was refused (AttemptClosed): one sentence each, said in several places.</extracomment>
            <translation>Čas vypršal; odpoveď nebola uložená.</translation>
        </message>
        <message>
            <source>This attempt has been submitted; the answer was not saved.</source>
            <translation>Tento pokus už bol odovzdaný; odpoveď nebola uložená.</translation>
        </message>
        <message>
            <source>Module '{module}' is not in the library.</source>
            <extracomment>Exams opened with their start code in this session (in memory only), and their banks. Monotonic time at an attempt's last tick, and at its last write. Elapsed seconds at the last mark, as this session counted them (the store may lag 5 s). Per module: (the bank object, its size, question id -&gt; question), rebuilt when the bank changes. Checked chains per profile, with the state of the store they were checked in. Report results with the state they were made in (see :meth:`kept`). Banks loaded or reloaded in this session: a kept report is redone after any.</extracomment>
            <translation>Modul '{module}' nie je v knižnici.</translation>
        </message>
        <message>
            <source>Module '{module}' has no usable questions.</source>
            <translation>Modul '{module}' nemá žiadne použiteľné otázky.</translation>
        </message>
        <message>
            <source>No attempts are left at '{title}'. Attempts allowed: {allowed}.</source>
            <translation>Pri teste '{title}' vám už nezostávajú žiadne pokusy. Povolený počet pokusov: {allowed}.</translation>
        </message>
        <message>
            <source>'{title}' has no usable questions.</source>
            <translation>'{title}' nemá žiadne použiteľné otázky.</translation>
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
            <translation>Pokus ešte nebol odovzdaný.</translation>
        </message>
        <message>
            <source>There is no module '{module}'. Modules: {known}.</source>
            <translation>Modul '{module}' neexistuje. Moduly: {known}.</translation>
        </message>
        <message>
            <source>Module '{module}' has no activity.</source>
            <translation>Modul '{module}' nemá žiadnu aktivitu.</translation>
        </message>
        <message>
            <source>The activity of module '{module}' has no groups to print role cards for.</source>
            <translation>Aktivita modulu '{module}' nemá žiadne skupiny, pre ktoré by bolo možné vytlačiť karty rolí.</translation>
        </message>
        <message>
            <source>Module '{module}' has no cards ({file}).</source>
            <translation>Modul '{module}' nemá karty s indikátormi ({file}).</translation>
        </message>
        <message>
            <source>The cards cannot be read: {reason}</source>
            <translation>Karty nie je možné prečítať: {reason}</translation>
        </message>
        <message>
            <source>The cards of module '{module}' cannot be read.</source>
            <translation>Karty modulu '{module}' nie je možné prečítať.</translation>
        </message>
        <message>
            <source>There is no handout '{what}'. Choose one of: {kinds}.</source>
            <translation>Podklad '{what}' neexistuje. Vyberte jeden z: {kinds}.</translation>
        </message>
        <message>
            <source>There is no space left on the disk: {path}</source>
            <extracomment>What the operating system says, in the user's language, for the failures a user can act on.</extracomment>
            <translation>Na disku už nie je miesto: {path}</translation>
        </message>
        <message>
            <source>The disk is read-only: {path}</source>
            <translation>Disk je len na čítanie: {path}</translation>
        </message>
        <message>
            <source>You may not read or write here: {path}</source>
            <translation>Tu nemáte oprávnenie na čítanie ani zápis: {path}</translation>
        </message>
        <message>
            <source>The file or folder does not exist: {path}</source>
            <translation>Súbor alebo priečinok neexistuje: {path}</translation>
        </message>
        <message>
            <source>The disk could not be read or written (was it removed?): {path}</source>
            <translation>Disk nebolo možné čítať ani naň zapisovať (nebol odpojený?): {path}</translation>
        </message>
    </context>
</TS>