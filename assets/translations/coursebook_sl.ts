<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Edit assessment</source>
            <translation>Uredi preizkus znanja</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>Nov preizkus znanja</translation>
        </message>
        <message>
            <source>e.g. Final test, module 6</source>
            <translation>npr. Končni preizkus znanja, modul 6</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Naslov:</translation>
        </message>
        <message>
            <source>Questions drawn at random from each question bank</source>
            <translation>Vprašanja, naključno izbrana iz vsake zbirke vprašanj</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Vprašanja</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Na voljo</translation>
        </message>
        <message>
            <source>all</source>
            <translation>vsa</translation>
        </message>
        <message>
            <source>Questions from %1</source>
            <translation>Vprašanja iz modula %1</translation>
        </message>
        <message numerus="yes">
            <source> (%n left out: errors)</source>
            <translation>
                <numerusform> (%n izpuščeno zaradi napak)</numerusform>
                <numerusform> (%n izpuščeni zaradi napak)</numerusform>
                <numerusform> (%n izpuščena zaradi napak)</numerusform>
                <numerusform> (%n izpuščenih zaradi napak)</numerusform>
            </translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Pravila</translation>
        </message>
        <message>
            <source>Shuffle the order of the questions</source>
            <translation>Premešaj vrstni red vprašanj</translation>
        </message>
        <message>
            <source>Shuffle the answer options</source>
            <translation>Premešaj možne odgovore</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>no time limit</source>
            <translation>brez časovne omejitve</translation>
        </message>
        <message>
            <source>Time &amp;limit:</source>
            <translation>Časovna &amp;omejitev:</translation>
        </message>
        <message>
            <source>When it runs out, the attempt is submitted automatically.</source>
            <translation>Ko se čas izteče, se poskus samodejno odda.</translation>
        </message>
        <message>
            <source>no pass mark</source>
            <translation>brez praga uspešnosti</translation>
        </message>
        <message>
            <source>&amp;Pass mark:</source>
            <translation>&amp;Prag uspešnosti:</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>neomejeno</translation>
        </message>
        <message>
            <source>&amp;Attempts allowed:</source>
            <translation>&amp;Dovoljeno število poskusov:</translation>
        </message>
        <message>
            <source>Highest grade</source>
            <translation>Najvišja ocena</translation>
        </message>
        <message>
            <source>Last attempt</source>
            <translation>Zadnji poskus</translation>
        </message>
        <message>
            <source>First attempt</source>
            <translation>Prvi poskus</translation>
        </message>
        <message>
            <source>Average of all attempts</source>
            <translation>Povprečje vseh poskusov</translation>
        </message>
        <message>
            <source>&amp;Which attempt counts:</source>
            <translation>&amp;Kateri poskus šteje:</translation>
        </message>
        <message>
            <source>After submitting, learners see their score and…</source>
            <translation>Po oddaji udeleženci vidijo svoj rezultat in…</translation>
        </message>
        <message>
            <source>which questions they got right</source>
            <translation>katera vprašanja so rešili pravilno</translation>
        </message>
        <message>
            <source>the right answers</source>
            <translation>pravilne odgovore</translation>
        </message>
        <message>
            <source>the feedback (explanations)</source>
            <translation>povratne informacije (razlage)</translation>
        </message>
        <message>
            <source>Feedback is never shown before the attempt is submitted.</source>
            <translation>Povratne informacije se pred oddajo poskusa nikoli ne prikažejo.</translation>
        </message>
        <message numerus="yes">
            <source>The assessment has %n question(s).</source>
            <translation>
                <numerusform>Preizkus znanja ima %n vprašanje.</numerusform>
                <numerusform>Preizkus znanja ima %n vprašanji.</numerusform>
                <numerusform>Preizkus znanja ima %n vprašanja.</numerusform>
                <numerusform>Preizkus znanja ima %n vprašanj.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot save: %1</source>
            <translation>Shranjevanje ni mogoče: %1</translation>
        </message>
        <message>
            <source>Cannot write the assessment file: %1</source>
            <translation>Datoteke s preizkusom znanja ni mogoče zapisati: %1</translation>
        </message>
    </context>
    <context>
        <name>CardsDialog</name>
        <message>
            <source>Print…</source>
            <translation>Natisni…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Shrani kot PDF…</translation>
        </message>
        <message>
            <source>Save cards as PDF</source>
            <translation>Shrani kartice kot PDF</translation>
        </message>
    </context>
    <context>
        <name>ContentLabels</name>
        <message>
            <source>Activity</source>
            <extracomment>The labels the reader puts around a module's content, translated into the module's language.</extracomment>
            <translation>Aktivnost</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Trajanje</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Learning objectives</source>
            <translation>Učni cilji</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materiali</translation>
        </message>
        <message>
            <source>Groups and roles</source>
            <translation>Skupine in vloge</translation>
        </message>
        <message>
            <source>Trainer instructions</source>
            <translation>Navodila za trenerja</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Razprava</translation>
        </message>
        <message>
            <source>Trainer tips</source>
            <translation>Nasveti za trenerja</translation>
        </message>
        <message>
            <source>Injects</source>
            <translation>Scenarijski vložki</translation>
        </message>
        <message>
            <source>Variants</source>
            <translation>Različice</translation>
        </message>
        <message>
            <source>Online variant</source>
            <translation>Spletna različica</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Gradivo za udeležence</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Vir</translation>
        </message>
        <message>
            <source>This part was written for this course from the source.</source>
            <translation>Ta del je bil za ta tečaj napisan na podlagi vira.</translation>
        </message>
        <message>
            <source>Tick an objective when you can do it.</source>
            <translation>Cilj označite, ko ga obvladate.</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Uvod</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Definicije</translation>
        </message>
        <message>
            <source>Theory</source>
            <translation>Teorija</translation>
        </message>
        <message>
            <source>Editor's note</source>
            <translation>Opomba urednika</translation>
        </message>
        <message>
            <source>For the trainer</source>
            <translation>Za trenerja</translation>
        </message>
        <message>
            <source>Correct.</source>
            <translation>Pravilno.</translation>
        </message>
        <message>
            <source>Partly correct.</source>
            <translation>Delno pravilno.</translation>
        </message>
        <message>
            <source>Not correct.</source>
            <translation>Nepravilno.</translation>
        </message>
        <message>
            <source>The right answer</source>
            <translation>Pravilni odgovor</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Drži</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Ne drži</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translation>Izbira enega odgovora</translation>
        </message>
        <message>
            <source>Multiple choice</source>
            <translation>Izbira več odgovorov</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>Drži/ne drži</translation>
        </message>
        <message>
            <source>Short answer</source>
            <translation>Kratek odgovor</translation>
        </message>
        <message>
            <source>Matching</source>
            <translation>Povezovanje</translation>
        </message>
        <message>
            <source>Ordering</source>
            <translation>Razvrščanje</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Številski odgovor</translation>
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
            <translation>Odgovor</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <source>Library</source>
            <extracomment>module id, section id, scroll fraction of the place where the learner stopped</extracomment>
            <translation>Knjižnica</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>Study time</source>
            <translation>Čas učenja</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Napredek</translation>
        </message>
        <message>
            <source>Quick reference</source>
            <translation>Hitri pregled</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Moduli</translation>
        </message>
        <message>
            <source>Enter or double-click opens a module. Ctrl+L returns here.</source>
            <translation>Modul odprete s tipko Enter ali dvoklikom. S kombinacijo tipk Ctrl+L se vrnete sem.</translation>
        </message>
        <message>
            <source>Continue reading: %1</source>
            <translation>Nadaljuj z branjem: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>%v of %m sections</source>
            <translation>Razdelki: %v od %m</translation>
        </message>
        <message>
            <source>Progress of %1</source>
            <translation>Napredek v modulu %1</translation>
        </message>
        <message>
            <source>Indicator cards</source>
            <translation>Kartice z indikatorji</translation>
        </message>
        <message>
            <source>Skipped because of errors in the content (run 'coursebook validate' for all):</source>
            <translation>Izpuščeno zaradi napak v vsebini (za celoten seznam zaženite 'coursebook validate'):</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>The learner database is damaged. Close Coursebook and start it again: it will restore the newest good backup.</source>
            <translation>Podatkovna zbirka udeležencev je poškodovana. Zaprite Coursebook in ga znova zaženite: obnovil bo najnovejšo nepoškodovano varnostno kopijo.</translation>
        </message>
        <message>
            <source>Coursebook is already open with the data folder {folder}. Its window has been brought to the front.</source>
            <translation>Coursebook je že odprt s podatkovno mapo {folder}. Njegovo okno je bilo premaknjeno v ospredje.</translation>
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
            <translation>&amp;Knjižnica</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>Na&amp;zaj</translation>
        </message>
        <message>
            <source>&amp;Previous section</source>
            <translation>&amp;Prejšnji razdelek</translation>
        </message>
        <message>
            <source>&amp;Next section</source>
            <translation>&amp;Naslednji razdelek</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Povečaj</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Po&amp;manjšaj</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Dejanska velikost</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Končaj</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datoteka</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Pojdi</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Po&amp;gled</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Po&amp;moč</translation>
        </message>
        <message>
            <source>&amp;About Coursebook</source>
            <translation>&amp;O programu Coursebook</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigacija</translation>
        </message>
        <message>
            <source>Learner data recovered</source>
            <translation>Podatki udeležencev so obnovljeni</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s) skipped because of content errors — see the library.</source>
            <translation>
                <numerusform>%n modul je bil izpuščen zaradi napak v vsebini — glejte Knjižnico.</numerusform>
                <numerusform>%n modula sta bila izpuščena zaradi napak v vsebini — glejte Knjižnico.</numerusform>
                <numerusform>%n moduli so bili izpuščeni zaradi napak v vsebini — glejte Knjižnico.</numerusform>
                <numerusform>%n modulov je bilo izpuščenih zaradi napak v vsebini — glejte Knjižnico.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cards cannot be shown</source>
            <translation>Kartic ni mogoče prikazati</translation>
        </message>
        <message>
            <source>About Coursebook</source>
            <translation>O programu Coursebook</translation>
        </message>
        <message>
            <source>Coursebook — an offline training course on combating trafficking in human beings.
Learner data: %1</source>
            <translation>Coursebook — tečaj usposabljanja o boju proti trgovini z ljudmi, ki deluje brez internetne povezave.
Podatki udeležencev: %1</translation>
        </message>
    </context>
    <context>
        <name>MatchingAnswer</name>
        <message>
            <source>Choose…</source>
            <translation>Izberite…</translation>
        </message>
    </context>
    <context>
        <name>ModuleView</name>
        <message>
            <source>Table of contents</source>
            <translation>Kazalo</translation>
        </message>
        <message>
            <source>Section text</source>
            <translation>Besedilo razdelka</translation>
        </message>
        <message>
            <source>Open in browser?</source>
            <translation>Želite odpreti v brskalniku?</translation>
        </message>
        <message>
            <source>This address is outside Coursebook:
%1

Open it in your web browser?</source>
            <translation>Ta naslov je zunaj programa Coursebook:
%1

Ali ga želite odpreti v spletnem brskalniku?</translation>
        </message>
    </context>
    <context>
        <name>OrderingAnswer</name>
        <message>
            <source>Items to put in order</source>
            <translation>Postavke za razvrstitev</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Premakni &amp;gor</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Premakni &amp;dol</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>Question %1 of %2</source>
            <translation>Vprašanje %1 od %2</translation>
        </message>
        <message>
            <source>This question is no longer in the question bank. It does not count.</source>
            <translation>Tega vprašanja ni več v zbirki vprašanj. Ne šteje se v rezultat.</translation>
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation>Izberite en odgovor.</translation>
        </message>
        <message>
            <source>Choose every answer that applies.</source>
            <translation>Izberite vse pravilne odgovore.</translation>
        </message>
        <message>
            <source>True or false?</source>
            <translation>Ali trditev drži?</translation>
        </message>
        <message>
            <source>Type a short answer.</source>
            <translation>Vpišite kratek odgovor.</translation>
        </message>
        <message>
            <source>Type a number.</source>
            <translation>Vpišite število.</translation>
        </message>
        <message>
            <source>Choose the matching item for each line.</source>
            <translation>Za vsako vrstico izberite ustrezno postavko.</translation>
        </message>
        <message>
            <source>Put the items in the right order: drag them, or select one and use Move up / Move down.</source>
            <translation>Postavke razvrstite v pravilni vrstni red: povlecite jih ali pa eno izberite in uporabite Premakni gor / Premakni dol.</translation>
        </message>
        <message>
            <source>Write your answer. A trainer will grade it.</source>
            <translation>Napišite svoj odgovor. Ocenil ga bo trener.</translation>
        </message>
        <message>
            <source>Saved. A trainer will grade this answer.</source>
            <translation>Shranjeno. Ta odgovor bo ocenil trener.</translation>
        </message>
        <message>
            <source>Correct.</source>
            <translation>Pravilno.</translation>
        </message>
        <message>
            <source>Partly correct: %1 % of the mark.</source>
            <translation>Delno pravilno: %1 % možnih točk.</translation>
        </message>
        <message>
            <source>Not correct.</source>
            <translation>Nepravilno.</translation>
        </message>
        <message>
            <source>Read the section</source>
            <translation>Preberi razdelek</translation>
        </message>
    </context>
    <context>
        <name>QuizController</name>
        <message>
            <source>&amp;Practise this module</source>
            <translation>&amp;Vaja iz tega modula</translation>
        </message>
        <message>
            <source>Review my &amp;wrong answers</source>
            <translation>Ponovi moje &amp;napačne odgovore</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>N&amp;ov preizkus znanja…</translation>
        </message>
        <message>
            <source>&amp;Edit assessment…</source>
            <translation>&amp;Uredi preizkus znanja…</translation>
        </message>
        <message>
            <source>&amp;Take assessment…</source>
            <translation>&amp;Reši preizkus znanja…</translation>
        </message>
        <message>
            <source>&amp;Reports…</source>
            <translation>&amp;Poročila…</translation>
        </message>
        <message>
            <source>&amp;Quiz</source>
            <translation>&amp;Kviz</translation>
        </message>
        <message>
            <source>Practise</source>
            <translation>Vaja</translation>
        </message>
        <message>
            <source>Practise “%1”: which questions?</source>
            <translation>Vaja »%1«: katera vprašanja želite vaditi?</translation>
        </message>
        <message numerus="yes">
            <source>All %n question(s)</source>
            <translation>
                <numerusform>Vsa vprašanja (%n)</numerusform>
                <numerusform>Vsa vprašanja (%n)</numerusform>
                <numerusform>Vsa %n vprašanja</numerusform>
                <numerusform>Vseh %n vprašanj</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n at random</source>
            <translation>
                <numerusform>%n naključno izbrano vprašanje</numerusform>
                <numerusform>%n naključno izbrani vprašanji</numerusform>
                <numerusform>%n naključno izbrana vprašanja</numerusform>
                <numerusform>%n naključno izbranih vprašanj</numerusform>
            </translation>
        </message>
        <message>
            <source>Open or select a module first.</source>
            <translation>Najprej odprite ali izberite modul.</translation>
        </message>
        <message>
            <source>This module has no questions to practise.</source>
            <translation>Ta modul nima vprašanj za vajo.</translation>
        </message>
        <message>
            <source>My wrong answers</source>
            <translation>Moji napačni odgovori</translation>
        </message>
        <message>
            <source>Review my wrong answers</source>
            <translation>Ponovi moje napačne odgovore</translation>
        </message>
        <message>
            <source>There is nothing to review: every question you practised was answered right the last time.</source>
            <translation>Ničesar ni treba ponoviti: na vsa vprašanja, ki ste jih vadili, ste nazadnje odgovorili pravilno.</translation>
        </message>
        <message>
            <source>Some assessment files could not be read:</source>
            <translation>Nekaterih datotek s preizkusi znanja ni bilo mogoče prebrati:</translation>
        </message>
        <message>
            <source>There are no assessments yet. A trainer creates one with Quiz › New assessment…</source>
            <translation>Preizkusov znanja še ni. Trener ga ustvari z ukazom Kviz › Nov preizkus znanja…</translation>
        </message>
        <message numerus="yes">
            <source>(%n attempt(s) left)</source>
            <translation>
                <numerusform>(še %n poskus)</numerusform>
                <numerusform>(še %n poskusa)</numerusform>
                <numerusform>(še %n poskusi)</numerusform>
                <numerusform>(še %n poskusov)</numerusform>
            </translation>
        </message>
        <message>
            <source>Assessment:</source>
            <translation>Preizkus znanja:</translation>
        </message>
        <message>
            <source>Edit assessment</source>
            <translation>Uredi preizkus znanja</translation>
        </message>
        <message>
            <source>Assessment “%1” saved.</source>
            <translation>Preizkus znanja »%1« je shranjen.</translation>
        </message>
        <message>
            <source>Take assessment</source>
            <translation>Reši preizkus znanja</translation>
        </message>
        <message>
            <source>You have no attempts left at this assessment.</source>
            <translation>Za ta preizkus znanja nimate več poskusov.</translation>
        </message>
        <message numerus="yes">
            <source>“%1”: %n question(s).</source>
            <translation>
                <numerusform>»%1«: %n vprašanje.</numerusform>
                <numerusform>»%1«: %n vprašanji.</numerusform>
                <numerusform>»%1«: %n vprašanja.</numerusform>
                <numerusform>»%1«: %n vprašanj.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Time limit: %n minute(s). When the time is up, the assessment is submitted automatically; the time keeps running if you close it.</source>
            <translation>
                <numerusform>Časovna omejitev: %n minuta. Ko se čas izteče, se preizkus znanja samodejno odda; čas teče naprej, tudi če ga zaprete.</numerusform>
                <numerusform>Časovna omejitev: %n minuti. Ko se čas izteče, se preizkus znanja samodejno odda; čas teče naprej, tudi če ga zaprete.</numerusform>
                <numerusform>Časovna omejitev: %n minute. Ko se čas izteče, se preizkus znanja samodejno odda; čas teče naprej, tudi če ga zaprete.</numerusform>
                <numerusform>Časovna omejitev: %n minut. Ko se čas izteče, se preizkus znanja samodejno odda; čas teče naprej, tudi če ga zaprete.</numerusform>
            </translation>
        </message>
        <message>
            <source>The course text is not available during the assessment. Start now?</source>
            <translation>Med preizkusom znanja besedilo tečaja ni dostopno. Želite začeti zdaj?</translation>
        </message>
        <message>
            <source>Assessment submitted</source>
            <translation>Preizkus znanja je oddan</translation>
        </message>
        <message>
            <source>The time for “%1” ran out while Coursebook was closed. It was submitted with the answers you had given.</source>
            <translation>Čas za »%1« se je iztekel, medtem ko je bil Coursebook zaprt. Preizkus je bil oddan z odgovori, ki ste jih že podali.</translation>
        </message>
        <message>
            <source>You have not finished the assessment “%1” (%2 of %3 questions answered).</source>
            <translation>Preizkusa znanja »%1« niste dokončali (odgovorili ste na %2 od %3 vprašanj).</translation>
        </message>
        <message>
            <source>Time left: %1. The time keeps running.</source>
            <translation>Preostali čas: %1. Čas teče naprej.</translation>
        </message>
        <message>
            <source>Continue now?</source>
            <translation>Želite nadaljevati zdaj?</translation>
        </message>
        <message>
            <source>Continue the assessment?</source>
            <translation>Želite nadaljevati preizkus znanja?</translation>
        </message>
        <message>
            <source>You have an unfinished practice of “%1” (%2 of %3 questions answered). Continue it?</source>
            <translation>Imate nedokončano vajo »%1« (odgovorili ste na %2 od %3 vprašanj). Jo želite nadaljevati?</translation>
        </message>
        <message>
            <source>Continue practising?</source>
            <translation>Želite nadaljevati vajo?</translation>
        </message>
    </context>
    <context>
        <name>QuizReports</name>
        <message>
            <source>Quiz reports</source>
            <translation>Poročila o kvizih</translation>
        </message>
        <message>
            <source>&amp;Learners</source>
            <translation>&amp;Udeleženci</translation>
        </message>
        <message>
            <source>&amp;Difficult questions</source>
            <translation>&amp;Težka vprašanja</translation>
        </message>
        <message>
            <source>&amp;Essays to grade</source>
            <translation>&amp;Eseji za ocenjevanje</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Shrani kot &amp;CSV…</translation>
        </message>
        <message>
            <source>All quizzes</source>
            <translation>Vsi kvizi</translation>
        </message>
        <message>
            <source>All assessments</source>
            <translation>Vsi preizkusi znanja</translation>
        </message>
        <message>
            <source>All practice</source>
            <translation>Vse vaje</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>preizkus znanja</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>vaja</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Prikaži:</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Udeleženec</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Kviz</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Poskus</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Začetek</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Točke</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Izid</translation>
        </message>
        <message>
            <source>Answers from:</source>
            <translation>Odgovori iz:</translation>
        </message>
        <message>
            <source>Hardest first: the lowest average score at the top. Questions nobody answered are not listed.</source>
            <translation>Najprej najtežja: vprašanja z najnižjim povprečnim rezultatom so na vrhu. Vprašanja, na katera ni odgovoril nihče, niso navedena.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Vprašanje</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Odgovorjeno</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Pravilno</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Povprečje</translation>
        </message>
        <message>
            <source>Most often chosen wrong answers</source>
            <translation>Najpogosteje izbrani napačni odgovori</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Preizkus znanja</translation>
        </message>
        <message>
            <source>A comment the learner will see (optional)</source>
            <translation>Komentar, ki ga bo videl udeleženec (neobvezno)</translation>
        </message>
        <message>
            <source>&amp;Mark:</source>
            <translation>&amp;Ocena:</translation>
        </message>
        <message>
            <source>C&amp;omment:</source>
            <translation>&amp;Komentar:</translation>
        </message>
        <message>
            <source>&amp;Save grade</source>
            <translation>&amp;Shrani oceno</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>v teku</translation>
        </message>
        <message numerus="yes">
            <source>%n essay(s) to grade</source>
            <translation>
                <numerusform>%n esej za ocenjevanje</numerusform>
                <numerusform>%n eseja za ocenjevanje</numerusform>
                <numerusform>%n eseji za ocenjevanje</numerusform>
                <numerusform>%n esejev za ocenjevanje</numerusform>
            </translation>
        </message>
        <message>
            <source>passed</source>
            <translation>opravljeno</translation>
        </message>
        <message>
            <source>not passed</source>
            <translation>ni opravljeno</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Drži</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Ne drži</translation>
        </message>
        <message>
            <source>&amp;Essays to grade (%1)</source>
            <translation>&amp;Eseji za ocenjevanje (%1)</translation>
        </message>
        <message>
            <source>Cannot grade</source>
            <translation>Ocenjevanje ni mogoče</translation>
        </message>
        <message>
            <source>Save report as CSV</source>
            <translation>Shrani poročilo kot CSV</translation>
        </message>
    </context>
    <context>
        <name>QuizResults</name>
        <message>
            <source>True</source>
            <translation>Drži</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Ne drži</translation>
        </message>
        <message>
            <source>Results — %1</source>
            <translation>Rezultati — %1</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Kviz</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Vprašanje</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Izid</translation>
        </message>
        <message>
            <source>(question no longer in the bank)</source>
            <translation>(vprašanja ni več v zbirki)</translation>
        </message>
        <message>
            <source>Your trainer has chosen to show only the score of this assessment.</source>
            <translation>Vaš trener je določil, da se pri tem preizkusu znanja prikaže samo rezultat.</translation>
        </message>
        <message>
            <source>Practise &amp;again</source>
            <translation>&amp;Ponovi vajo</translation>
        </message>
        <message>
            <source>%1 of %2 answered questions right (%3 %)</source>
            <translation>Pravilno: %1 od %2 odgovorjenih vprašanj (%3 %)</translation>
        </message>
        <message>
            <source>%1 of %2 points (%3 %)</source>
            <translation>%1 od %2 točk (%3 %)</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) wait for a trainer's grade</source>
            <translation>
                <numerusform>%n odgovor čaka na trenerjevo oceno</numerusform>
                <numerusform>%n odgovora čakata na trenerjevo oceno</numerusform>
                <numerusform>%n odgovori čakajo na trenerjevo oceno</numerusform>
                <numerusform>%n odgovorov čaka na trenerjevo oceno</numerusform>
            </translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Opravljeno</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Ni opravljeno</translation>
        </message>
        <message>
            <source>The time ran out: the attempt was submitted automatically with the answers saved until then.</source>
            <translation>Čas se je iztekel: poskus je bil samodejno oddan z odgovori, shranjenimi do tega trenutka.</translation>
        </message>
        <message>
            <source>Answered %1 of %2 questions.</source>
            <translation>Odgovorjenih vprašanj: %1 od %2.</translation>
        </message>
        <message>
            <source>Time taken: %1</source>
            <translation>Porabljeni čas: %1</translation>
        </message>
        <message>
            <source>Submitted: %1</source>
            <translation>Oddano: %1</translation>
        </message>
        <message>
            <source>Pass mark: %1 %</source>
            <translation>Prag uspešnosti: %1 %</translation>
        </message>
        <message>
            <source>highest attempt</source>
            <translation>najboljši poskus</translation>
        </message>
        <message>
            <source>last attempt</source>
            <translation>zadnji poskus</translation>
        </message>
        <message>
            <source>first attempt</source>
            <translation>prvi poskus</translation>
        </message>
        <message>
            <source>average of attempts</source>
            <translation>povprečje poskusov</translation>
        </message>
        <message>
            <source>Grade that counts (%1): %2 %</source>
            <translation>Veljavna ocena (%1): %2 %</translation>
        </message>
        <message>
            <source>Attempts left: %1</source>
            <translation>Preostali poskusi: %1</translation>
        </message>
        <message>
            <source>— not answered</source>
            <translation>— brez odgovora</translation>
        </message>
        <message>
            <source>awaiting grading</source>
            <translation>čaka na oceno</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>odgovorjeno</translation>
        </message>
        <message>
            <source>✓ right</source>
            <translation>✓ pravilno</translation>
        </message>
        <message>
            <source>◐ partly right (%1 %)</source>
            <translation>◐ delno pravilno (%1 %)</translation>
        </message>
        <message>
            <source>✗ wrong</source>
            <translation>✗ napačno</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(brez odgovora)</translation>
        </message>
    </context>
    <context>
        <name>QuizWindow</name>
        <message>
            <source>Quiz</source>
            <extracomment>Asks the learner a yes/no question; tests replace it.</extracomment>
            <translation>Kviz</translation>
        </message>
        <message>
            <source>Practice — check each answer as you go</source>
            <translation>Vaja — vsak odgovor lahko sproti preverite</translation>
        </message>
        <message>
            <source>Assessment — your answers are saved as you give them; the results come after you submit</source>
            <translation>Preizkus znanja — odgovori se shranjujejo sproti; rezultate vidite po oddaji</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Preostali čas</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) of the question bank were left out because they contain errors.</source>
            <translation>
                <numerusform>%n vprašanje iz zbirke vprašanj je bilo izpuščeno, ker vsebuje napake.</numerusform>
                <numerusform>%n vprašanji iz zbirke vprašanj sta bili izpuščeni, ker vsebujeta napake.</numerusform>
                <numerusform>%n vprašanja iz zbirke vprašanj so bila izpuščena, ker vsebujejo napake.</numerusform>
                <numerusform>%n vprašanj iz zbirke vprašanj je bilo izpuščenih, ker vsebujejo napake.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The question banks had %n question(s) fewer than this assessment asks for.</source>
            <translation>
                <numerusform>Zbirke vprašanj so imele %n vprašanje manj, kot jih zahteva ta preizkus znanja.</numerusform>
                <numerusform>Zbirke vprašanj so imele %n vprašanji manj, kot jih zahteva ta preizkus znanja.</numerusform>
                <numerusform>Zbirke vprašanj so imele %n vprašanja manj, kot jih zahteva ta preizkus znanja.</numerusform>
                <numerusform>Zbirke vprašanj so imele %n vprašanj manj, kot jih zahteva ta preizkus znanja.</numerusform>
            </translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Vprašanja</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Preveri</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>Poskusi &amp;znova</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ P&amp;rejšnje</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>&amp;Naslednje ▶</translation>
        </message>
        <message>
            <source>&amp;Finish practice</source>
            <translation>&amp;Končaj vajo</translation>
        </message>
        <message>
            <source>&amp;Submit…</source>
            <translation>&amp;Oddaj…</translation>
        </message>
        <message>
            <source>Question %1</source>
            <translation>Vprašanje %1</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Odgovorjeno</translation>
        </message>
        <message>
            <source>Not answered yet</source>
            <translation>Še brez odgovora</translation>
        </message>
        <message>
            <source>Answered: %1 of %2</source>
            <translation>Odgovorjeno: %1 od %2</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Ni shranjeno: %1</translation>
        </message>
        <message>
            <source>Answer saved at %1</source>
            <translation>Odgovor shranjen ob %1</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Drži</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Ne drži</translation>
        </message>
        <message>
            <source>Answer the question first.</source>
            <translation>Najprej odgovorite na vprašanje.</translation>
        </message>
        <message>
            <source>Type a number, for example 12.5</source>
            <translation>Vpišite število, na primer 12,5</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Preostali čas: %1</translation>
        </message>
        <message>
            <source>Submit your answers? You cannot change them afterwards.</source>
            <translation>Želite oddati odgovore? Pozneje jih ne boste mogli več spremeniti.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered.</source>
            <translation>
                <numerusform>%n vprašanje je brez odgovora.</numerusform>
                <numerusform>%n vprašanji sta brez odgovora.</numerusform>
                <numerusform>%n vprašanja so brez odgovora.</numerusform>
                <numerusform>%n vprašanj je brez odgovora.</numerusform>
            </translation>
        </message>
        <message>
            <source>Submit the assessment</source>
            <translation>Oddaj preizkus znanja</translation>
        </message>
        <message>
            <source>Could not submit</source>
            <translation>Oddaja ni uspela</translation>
        </message>
        <message>
            <source>The attempt could not be submitted: %1

Your saved answers are kept; try again.</source>
            <translation>Poskusa ni bilo mogoče oddati: %1

Shranjeni odgovori so ohranjeni; poskusite znova.</translation>
        </message>
        <message>
            <source>Your answers so far are saved. You can continue this assessment later from the Quiz menu.</source>
            <translation>Vaši dosedanji odgovori so shranjeni. Preizkus znanja lahko pozneje nadaljujete prek menija Kviz.</translation>
        </message>
        <message>
            <source>The time keeps running while the assessment is closed: %1 left.</source>
            <translation>Čas teče naprej, tudi ko je preizkus znanja zaprt: preostane še %1.</translation>
        </message>
        <message>
            <source>Leave the assessment?</source>
            <translation>Želite zapustiti preizkus znanja?</translation>
        </message>
    </context>
    <context>
        <name>TextAnswer</name>
        <message>
            <source>A number, e.g. 12.5</source>
            <translation>Število, npr. 12,5</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Vaš odgovor</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odgovor</translation>
        </message>
    </context>
    <context>
        <name>TrueFalseAnswer</name>
        <message>
            <source>True</source>
            <extracomment>True when every change is a finished answer (a click); False for typing, saved on leaving or a pause.</extracomment>
            <translation>Drži</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Ne drži</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>The learner database {path} is in use by another program. Close it and start Coursebook again.</source>
            <translation>Podatkovno zbirko udeležencev {path} uporablja drug program. Zaprite ga in znova zaženite Coursebook.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full. Free some space and start Coursebook again; no learner data was changed.</source>
            <translation>Disk, na katerem je {path}, je poln. Sprostite nekaj prostora in znova zaženite Coursebook; podatki udeležencev niso bili spremenjeni.</translation>
        </message>
        <message>
            <source>The learner database {path} cannot be written (read-only). Start Coursebook with --data-dir and a folder you can write to.</source>
            <translation>V podatkovno zbirko udeležencev {path} ni mogoče pisati (samo za branje). Zaženite Coursebook z možnostjo --data-dir in mapo, v katero lahko pišete.</translation>
        </message>
        <message>
            <source>The learner database {path} cannot be opened. Check that the folder exists and can be written, or start Coursebook with --data-dir.</source>
            <translation>Podatkovne zbirke udeležencev {path} ni mogoče odpreti. Preverite, ali mapa obstaja in ali je v njo mogoče pisati, ali pa zaženite Coursebook z možnostjo --data-dir.</translation>
        </message>
        <message>
            <source>The learner database {path} could not be used: {reason}. No learner data was changed.</source>
            <translation>Podatkovne zbirke udeležencev {path} ni bilo mogoče uporabiti: {reason}. Podatki udeležencev niso bili spremenjeni.</translation>
        </message>
        <message>
            <source>A journal file beside the learner database was not used ({reason}); it was set aside as {name}.</source>
            <extracomment>Pages the log may grow to before SQLite checkpoints it (40 MB): an exam session fits in one log. Seconds to wait for another program's lock on the database before saying it is in use. What happened at open that the user should be told (a recovery), else None.</extracomment>
            <translation>Datoteka dnevnika poleg podatkovne zbirke udeležencev ni bila uporabljena ({reason}); umaknjena je bila pod imenom {name}.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Coursebook (schema {schema}). Use that version or a newer one.</source>
            <translation>Datoteko {path} je zapisala novejša različica programa Coursebook (shema {schema}). Uporabite to ali novejšo različico.</translation>
        </message>
        <message>
            <source>The learner database was damaged ({problem}). It was set aside as {aside} and the backup of {when} was restored.</source>
            <translation>Podatkovna zbirka udeležencev je bila poškodovana ({problem}). Umaknjena je bila pod imenom {aside}, obnovljena pa je bila varnostna kopija, narejena {when}.</translation>
        </message>
        <message>
            <source>The learner database was damaged ({problem}) and no good backup was found. It was set aside as {aside} and a new one was started.</source>
            <translation>Podatkovna zbirka udeležencev je bila poškodovana ({problem}), nepoškodovane varnostne kopije pa ni bilo mogoče najti. Umaknjena je bila pod imenom {aside}, ustvarjena pa je bila nova.</translation>
        </message>
    </context>
</TS>