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
        <name>CardsDialog</name>
        <message>
            <source>Print…</source>
            <translation>Tlačiť…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Uložiť ako PDF…</translation>
        </message>
        <message>
            <source>Save cards as PDF</source>
            <translation>Uložiť karty ako PDF</translation>
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
        <name>LibraryView</name>
        <message>
            <source>Library</source>
            <extracomment>module id, section id, scroll fraction of the place where the learner stopped</extracomment>
            <translation>Knižnica</translation>
        </message>
        <message>
            <source>Module</source>
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
            <source>Modules</source>
            <translation>Moduly</translation>
        </message>
        <message>
            <source>Enter or double-click opens a module. Ctrl+L returns here.</source>
            <translation>Modul otvoríte klávesom Enter alebo dvojitým kliknutím. Klávesovou skratkou Ctrl+L sa vrátite sem.</translation>
        </message>
        <message>
            <source>Continue reading: %1</source>
            <translation>Pokračovať v čítaní: %1</translation>
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
            <source>%v of %m sections</source>
            <translation>Oddiely: %v z %m</translation>
        </message>
        <message>
            <source>Progress of %1</source>
            <translation>Pokrok v module %1</translation>
        </message>
        <message>
            <source>Indicator cards</source>
            <translation>Karty s indikátormi</translation>
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
            <translation>Databáza účastníkov je poškodená. Zatvorte Coursebook a spustite ho znova: obnoví najnovšiu nepoškodenú zálohu.</translation>
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
            <translation>Coursebook</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Knižnica</translation>
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
            <source>&amp;Quit</source>
            <translation>&amp;Ukončiť</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Súbor</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Prejsť</translation>
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
    </context>
    <context>
        <name>ModuleView</name>
        <message>
            <source>Table of contents</source>
            <translation>Obsah</translation>
        </message>
        <message>
            <source>Section text</source>
            <translation>Text oddielu</translation>
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
            <source>Correct.</source>
            <translation>Správne.</translation>
        </message>
        <message>
            <source>Partly correct: %1 % of the mark.</source>
            <translation>Čiastočne správne: %1 % z možných bodov.</translation>
        </message>
        <message>
            <source>Not correct.</source>
            <translation>Nesprávne.</translation>
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
            <source>&amp;Quiz</source>
            <translation>&amp;Kvíz</translation>
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
        <message>
            <source>There are no assessments yet. A trainer creates one with Quiz › New assessment…</source>
            <translation>Zatiaľ nie sú k dispozícii žiadne testy. Školiteľ ho vytvorí príkazom Kvíz › Nový test…</translation>
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
            <source>Learner</source>
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
            <source>Assessment</source>
            <translation>Test</translation>
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
            <source>True</source>
            <translation>Pravda</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Nepravda</translation>
        </message>
        <message>
            <source>&amp;Essays to grade (%1)</source>
            <translation>&amp;Eseje na hodnotenie (%1)</translation>
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
            <source>(not answered)</source>
            <translation>(nezodpovedané)</translation>
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
            <source>True</source>
            <translation>Pravda</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Nepravda</translation>
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
    </context>
    <context>
        <name>TrueFalseAnswer</name>
        <message>
            <source>True</source>
            <extracomment>True when every change is a finished answer (a click); False for typing, saved on leaving or a pause.</extracomment>
            <translation>Pravda</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Nepravda</translation>
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
    </context>
</TS>