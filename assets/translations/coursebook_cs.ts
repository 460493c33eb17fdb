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
        <name>CardsDialog</name>
        <message>
            <source>Print…</source>
            <translation>Tisknout…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Uložit jako PDF…</translation>
        </message>
        <message>
            <source>Save cards as PDF</source>
            <translation>Uložit karty jako PDF</translation>
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
        <name>LibraryView</name>
        <message>
            <source>Library</source>
            <extracomment>module id, section id, scroll fraction of the place where the learner stopped</extracomment>
            <translation>Knihovna</translation>
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
            <source>Modules</source>
            <translation>Moduly</translation>
        </message>
        <message>
            <source>Enter or double-click opens a module. Ctrl+L returns here.</source>
            <translation>Modul otevřete klávesou Enter nebo dvojitým kliknutím. Klávesovou zkratkou Ctrl+L se vrátíte sem.</translation>
        </message>
        <message>
            <source>Continue reading: %1</source>
            <translation>Pokračovat ve čtení: %1</translation>
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
            <translation>Oddíly: %v z %m</translation>
        </message>
        <message>
            <source>Progress of %1</source>
            <translation>Pokrok v modulu %1</translation>
        </message>
        <message>
            <source>Indicator cards</source>
            <translation>Karty s indikátory</translation>
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
            <translation>Databáze účastníků je poškozená. Zavřete Coursebook a spusťte jej znovu: obnoví nejnovější nepoškozenou zálohu.</translation>
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
            <translation>Coursebook</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Knihovna</translation>
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
            <source>&amp;Quit</source>
            <translation>&amp;Ukončit</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Soubor</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Přejít</translation>
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
    </context>
    <context>
        <name>ModuleView</name>
        <message>
            <source>Table of contents</source>
            <translation>Obsah</translation>
        </message>
        <message>
            <source>Section text</source>
            <translation>Text oddílu</translation>
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
            <source>Correct.</source>
            <translation>Správně.</translation>
        </message>
        <message>
            <source>Partly correct: %1 % of the mark.</source>
            <translation>Částečně správně: %1 % z možných bodů.</translation>
        </message>
        <message>
            <source>Not correct.</source>
            <translation>Nesprávně.</translation>
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
            <source>&amp;Quiz</source>
            <translation>&amp;Kvíz</translation>
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
        <message>
            <source>There are no assessments yet. A trainer creates one with Quiz › New assessment…</source>
            <translation>Zatím nejsou k dispozici žádné testy. Školitel jej vytvoří příkazem Kvíz › Nový test…</translation>
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
            <source>Assessment</source>
            <translation>Test</translation>
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
            <source>True</source>
            <translation>Pravda</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Nepravda</translation>
        </message>
        <message>
            <source>&amp;Essays to grade (%1)</source>
            <translation>&amp;Eseje k hodnocení (%1)</translation>
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
            <source>(not answered)</source>
            <translation>(nezodpovězeno)</translation>
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
            <source>True</source>
            <translation>Pravda</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Nepravda</translation>
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
    </context>
</TS>