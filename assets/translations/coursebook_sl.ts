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
            <source>Time limit in minutes</source>
            <translation>Časovna omejitev v minutah</translation>
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
        <name>AudienceWindow</name>
        <message>
            <source>Slide</source>
            <translation>Prosojnica</translation>
        </message>
    </context>
    <context>
        <name>BankExporter</name>
        <message>
            <source>Export questions</source>
            <translation>Izvozi vprašanja</translation>
        </message>
        <message>
            <source>Moodle GIFT (*.gift);;Moodle XML (*.xml)</source>
            <translation>Moodle GIFT (*.gift);;Moodle XML (*.xml)</translation>
        </message>
        <message>
            <source>Questions not exported</source>
            <translation>Vprašanja niso bila izvožena</translation>
        </message>
        <message>
            <source>The questions of %1 were saved to %2.</source>
            <translation>Vprašanja modula %1 so bila shranjena v %2.</translation>
        </message>
        <message>
            <source>Questions exported</source>
            <translation>Vprašanja so izvožena</translation>
        </message>
    </context>
    <context>
        <name>BankImportDialog</name>
        <message>
            <source>Import questions</source>
            <translation>Uvozi vprašanja</translation>
        </message>
        <message>
            <source>Into the question bank of</source>
            <translation>V zbirko vprašanj modula</translation>
        </message>
        <message>
            <source>A .gift, Aiken .txt or Moodle XML file</source>
            <translation>Datoteka .gift, Aiken .txt ali Moodle XML</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Prebrskaj…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datoteka</translation>
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
            <translation>Oblika</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Vrstica</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Vprašanje</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Razdelek</translation>
        </message>
        <message>
            <source>Questions to import</source>
            <translation>Vprašanja za uvoz</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>Najdene težave</translation>
        </message>
        <message>
            <source>Import the good questions and skip those with errors</source>
            <translation>Uvozi ustrezna vprašanja in preskoči tista z napakami</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Uvozi</translation>
        </message>
        <message>
            <source>Question file</source>
            <translation>Datoteka z vprašanji</translation>
        </message>
        <message>
            <source>Question files (*.gift *.txt *.xml);;All files (*)</source>
            <translation>Datoteke z vprašanji (*.gift *.txt *.xml);;Vse datoteke (*)</translation>
        </message>
        <message>
            <source>Choose a module and a file.</source>
            <translation>Izberite modul in datoteko.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(brez)</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) can be imported</source>
            <translation>
                <numerusform>Uvoziti je mogoče %n vprašanje</numerusform>
                <numerusform>Uvoziti je mogoče %n vprašanji</numerusform>
                <numerusform>Uvoziti je mogoče %n vprašanja</numerusform>
                <numerusform>Uvoziti je mogoče %n vprašanj</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s), %1 warning(s).</source>
            <translation>
                <numerusform>%n napaka, število opozoril: %1.</numerusform>
                <numerusform>%n napaki, število opozoril: %1.</numerusform>
                <numerusform>%n napake, število opozoril: %1.</numerusform>
                <numerusform>%n napak, število opozoril: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>This module comes from a content pack: a newer version of the pack replaces its question bank, so keep this file to import it again.</source>
            <translation>Ta modul izvira iz vsebinskega paketa: novejša različica paketa nadomesti njegovo zbirko vprašanj, zato to datoteko shranite, da jo boste lahko znova uvozili.</translation>
        </message>
        <message>
            <source>Questions without a section are imported, and 'coursebook validate' lists them until a section is added.</source>
            <translation>Vprašanja brez razdelka se uvozijo, 'coursebook validate' pa jih navaja, dokler jim ne dodate razdelka.</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>opozorilo: %1</translation>
        </message>
        <message>
            <source>Questions not imported</source>
            <translation>Vprašanja niso bila uvožena</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) imported into %1.</source>
            <translation>
                <numerusform>%n vprašanje je bilo uvoženo v %1.</numerusform>
                <numerusform>%n vprašanji sta bili uvoženi v %1.</numerusform>
                <numerusform>%n vprašanja so bila uvožena v %1.</numerusform>
                <numerusform>%n vprašanj je bilo uvoženih v %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardsDialog</name>
        <message>
            <source>Language of the cards:</source>
            <translation>Jezik kartic:</translation>
        </message>
        <message>
            <source>Language of the cards</source>
            <translation>Jezik kartic</translation>
        </message>
        <message>
            <source>{language} (translation)</source>
            <translation>{language} (prevod)</translation>
        </message>
        <message>
            <source>Indicator cards</source>
            <translation>Kartice z indikatorji</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Natisni…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Shrani kot PDF…</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>češčina</translation>
        </message>
        <message>
            <source>Slovak</source>
            <translation>slovaščina</translation>
        </message>
        <message>
            <source>Slovenian</source>
            <translation>slovenščina</translation>
        </message>
        <message>
            <source>English</source>
            <translation>angleščina</translation>
        </message>
        <message>
            <source>Save cards as PDF</source>
            <translation>Shrani kartice kot PDF</translation>
        </message>
    </context>
    <context>
        <name>Certificate</name>
        <message>
            <source>Certificate</source>
            <translation>Potrdilo</translation>
        </message>
        <message>
            <source>passed “%1”</source>
            <translation>je opravil(-a) »%1«</translation>
        </message>
        <message>
            <source>with %1 %</source>
            <translation>z rezultatom %1 %</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>dne %1</translation>
        </message>
        <message>
            <source>Trainer: %1</source>
            <translation>Trener: %1</translation>
        </message>
        <message>
            <source>Verification code: %1</source>
            <translation>Koda za preverjanje: %1</translation>
        </message>
    </context>
    <context>
        <name>ClassroomController</name>
        <message>
            <source>&amp;Classroom</source>
            <extracomment>The window that replaced this one after a switch (kept alive here and on the application).</extracomment>
            <translation>Uči&amp;lnica</translation>
        </message>
        <message>
            <source>&amp;Switch profile…</source>
            <translation>&amp;Zamenjaj profil…</translation>
        </message>
        <message>
            <source>Log in as &amp;trainer…</source>
            <translation>Prijava kot &amp;trener…</translation>
        </message>
        <message>
            <source>&amp;Add exam file…</source>
            <translation>&amp;Dodaj izpitno datoteko…</translation>
        </message>
        <message>
            <source>&amp;Make exam file…</source>
            <translation>&amp;Ustvari izpitno datoteko…</translation>
        </message>
        <message>
            <source>S&amp;ubmit open assessments…</source>
            <translation>&amp;Oddaj odprte preizkuse znanja…</translation>
        </message>
        <message>
            <source>&amp;Hand in results…</source>
            <translation>&amp;Predaj rezultate…</translation>
        </message>
        <message>
            <source>&amp;Import results…</source>
            <translation>Uvoz&amp;i rezultate…</translation>
        </message>
        <message>
            <source>&amp;Gradebook…</source>
            <translation>&amp;Redovalnica…</translation>
        </message>
        <message>
            <source>&amp;My results…</source>
            <translation>&amp;Moji rezultati…</translation>
        </message>
        <message>
            <source>&amp;Receive marks…</source>
            <translation>Prejmi o&amp;cene…</translation>
        </message>
        <message>
            <source>Question &amp;statistics…</source>
            <translation>&amp;Statistika vprašanj…</translation>
        </message>
        <message>
            <source>&amp;Verify certificate…</source>
            <translation>Pre&amp;veri potrdilo…</translation>
        </message>
        <message>
            <source>Log &amp;out trainer</source>
            <translation>Od&amp;java trenerja</translation>
        </message>
        <message>
            <source>Submit open assessments</source>
            <translation>Oddaj odprte preizkuse znanja</translation>
        </message>
        <message>
            <source>Only a trainer can do this. Log in as trainer first (Classroom menu).</source>
            <translation>To lahko stori samo trener. Najprej se prijavite kot trener (meni Učilnica).</translation>
        </message>
        <message>
            <source>No assessment is open on this PC.</source>
            <translation>Na tem računalniku ni odprt noben preizkus znanja.</translation>
        </message>
        <message numerus="yes">
            <source>Submit %n open assessment(s) now, with the answers given so far?</source>
            <translation>
                <numerusform>Želite zdaj oddati %n odprt preizkus znanja z doslej podanimi odgovori?</numerusform>
                <numerusform>Želite zdaj oddati %n odprta preizkusa znanja z doslej podanimi odgovori?</numerusform>
                <numerusform>Želite zdaj oddati %n odprte preizkuse znanja z doslej podanimi odgovori?</numerusform>
                <numerusform>Želite zdaj oddati %n odprtih preizkusov znanja z doslej podanimi odgovori?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) submitted and sealed.</source>
            <translation>
                <numerusform>%n preizkus znanja je oddan in zapečaten.</numerusform>
                <numerusform>%n preizkusa znanja sta oddana in zapečatena.</numerusform>
                <numerusform>%n preizkusi znanja so oddani in zapečateni.</numerusform>
                <numerusform>%n preizkusov znanja je oddanih in zapečatenih.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hand in results</source>
            <translation>Predaj rezultate</translation>
        </message>
        <message>
            <source>Folder to hand in to (e.g. the USB stick)</source>
            <translation>Mapa za predajo (npr. na ključku USB)</translation>
        </message>
        <message>
            <source>Your results were written to %1. Give the stick to your trainer.</source>
            <translation>Vaši rezultati so bili zapisani v %1. Ključek USB izročite trenerju.</translation>
        </message>
        <message>
            <source>Import results</source>
            <translation>Uvozi rezultate</translation>
        </message>
        <message>
            <source>Coursebook results (*.cbresults)</source>
            <translation>Rezultati Coursebook (*.cbresults)</translation>
        </message>
        <message>
            <source>Checking and merging results files…</source>
            <translation>Preverjanje in združevanje datotek z rezultati…</translation>
        </message>
        <message>
            <source>Files imported: %1. New attempts: %2. Refused files: %3.</source>
            <translation>Uvožene datoteke: %1. Novi poskusi: %2. Zavrnjene datoteke: %3.</translation>
        </message>
        <message>
            <source>Receive marks</source>
            <translation>Prejmi ocene</translation>
        </message>
        <message>
            <source>Coursebook marks (*.cbmarks)</source>
            <translation>Ocene Coursebook (*.cbmarks)</translation>
        </message>
        <message>
            <source>Files received: %1. Attempts with new marks: %2. Refused files: %3.</source>
            <translation>Prejete datoteke: %1. Poskusi z novimi ocenami: %2. Zavrnjene datoteke: %3.</translation>
        </message>
        <message>
            <source>Attempts not on this PC (left out): %1.</source>
            <translation>Poskusi, ki jih na tem računalniku ni (izpuščeni): %1.</translation>
        </message>
        <message>
            <source>Gradebook</source>
            <translation>Redovalnica</translation>
        </message>
        <message>
            <source>Question statistics</source>
            <translation>Statistika vprašanj</translation>
        </message>
        <message>
            <source>Verify certificate</source>
            <translation>Preveri potrdilo</translation>
        </message>
        <message>
            <source>Add exam file</source>
            <translation>Dodaj izpitno datoteko</translation>
        </message>
        <message>
            <source>Coursebook exam (*.cbexam)</source>
            <translation>Izpit Coursebook (*.cbexam)</translation>
        </message>
        <message>
            <source>“%1” was added. Learners take it under Quiz › Take assessment… with the start code the trainer gives the class.</source>
            <translation>Izpit »%1« je dodan. Udeleženci ga rešijo z ukazom Kviz › Reši preizkus znanja… in začetno kodo, ki jo trener sporoči razredu.</translation>
        </message>
        <message>
            <source>Make exam file</source>
            <translation>Ustvari izpitno datoteko</translation>
        </message>
        <message>
            <source>Assessment to pack</source>
            <translation>Preizkus znanja, ki ga želite zapakirati</translation>
        </message>
        <message>
            <source>Assessment (*.json)</source>
            <translation>Preizkus znanja (*.json)</translation>
        </message>
        <message>
            <source>Start code (at least 6 letters or digits; give it to the class when the exam starts):</source>
            <translation>Začetna koda (vsaj 6 črk ali številk; sporočite jo razredu, ko se izpit začne):</translation>
        </message>
        <message>
            <source>Save exam file</source>
            <translation>Shrani izpitno datoteko</translation>
        </message>
        <message>
            <source>The exam file was saved: %1</source>
            <translation>Izpitna datoteka je shranjena: %1</translation>
        </message>
    </context>
    <context>
        <name>ConsoleWindow</name>
        <message>
            <source>Presenter console — %1</source>
            <translation>Konzola predstavitelja — %1</translation>
        </message>
        <message>
            <source>Overview (O)</source>
            <translation>Pregled (O)</translation>
        </message>
        <message>
            <source>Go to… (G)</source>
            <translation>Pojdi na… (G)</translation>
        </message>
        <message>
            <source>Black (B)</source>
            <translation>Črn zaslon (B)</translation>
        </message>
        <message>
            <source>White (W)</source>
            <translation>Bel zaslon (W)</translation>
        </message>
        <message>
            <source>Swap screens (S)</source>
            <translation>Zamenjaj zaslona (S)</translation>
        </message>
        <message>
            <source>End (Esc)</source>
            <translation>Konec (Esc)</translation>
        </message>
        <message>
            <source>Current slide</source>
            <translation>Trenutna prosojnica</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>Naslednja prosojnica</translation>
        </message>
        <message>
            <source>Trainer notes</source>
            <translation>Opombe za trenerja</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Opombe</translation>
        </message>
        <message>
            <source>PgDn/→ next · PgUp/← previous · number + Enter go to · B black · W white · T activity timer · S swap screens · F5 from the start · Shift+F5 from here · Esc end</source>
            <translation>PgDn/→ naprej · PgUp/← nazaj · številka + Enter pojdi na · B črn zaslon · W bel zaslon · T časovnik aktivnosti · S zamenjaj zaslona · F5 od začetka · Shift+F5 od tu · Esc konec</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Naslednja: %1</translation>
        </message>
        <message>
            <source>Next: end of the presentation</source>
            <translation>Naslednje: konec predstavitve</translation>
        </message>
        <message>
            <source> · black screen</source>
            <translation> · črn zaslon</translation>
        </message>
        <message>
            <source> · white screen</source>
            <translation> · bel zaslon</translation>
        </message>
        <message>
            <source> · activity on screen</source>
            <translation> · aktivnost na zaslonu</translation>
        </message>
        <message>
            <source>Slide %1 of %2</source>
            <translation>Prosojnica %1 od %2</translation>
        </message>
        <message>
            <source>Elapsed %1</source>
            <translation>Pretečeni čas: %1</translation>
        </message>
        <message>
            <source>Go to slide</source>
            <translation>Pojdi na prosojnico</translation>
        </message>
        <message>
            <source>Slide number:</source>
            <translation>Številka prosojnice:</translation>
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
            <source>Scenario</source>
            <translation>Scenarij</translation>
        </message>
        <message>
            <source>Answer key (trainers only)</source>
            <translation>Rešitve (samo za trenerje)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vloga</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Naloge</translation>
        </message>
        <message>
            <source>Information the group receives</source>
            <translation>Informacije, ki jih prejme skupina</translation>
        </message>
        <message>
            <source>Timed phases</source>
            <translation>Časovno določene faze</translation>
        </message>
        <message>
            <source>Activity sheet</source>
            <translation>List aktivnosti</translation>
        </message>
        <message>
            <source>Role card</source>
            <translation>Kartica vloge</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Faza</translation>
        </message>
        <message>
            <source>Shown at</source>
            <translation>Prikazano ob</translation>
        </message>
        <message>
            <source>Timing check</source>
            <translation>Preverjanje časovnice</translation>
        </message>
        <message>
            <source>For the trainer only</source>
            <translation>Samo za trenerja</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Začetek</translation>
        </message>
        <message>
            <source>Part of this text could not be formatted; it is shown as written.</source>
            <translation>Dela tega besedila ni bilo mogoče oblikovati; prikazan je tako, kot je zapisan.</translation>
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
            <source>Why:</source>
            <translation>Zakaj:</translation>
        </message>
        <message>
            <source>This question tests the section %1.</source>
            <translation>To vprašanje preverja razdelek %1.</translation>
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
        <name>FindBar</name>
        <message>
            <source>Find in this section:</source>
            <translation>Najdi v tem razdelku:</translation>
        </message>
        <message>
            <source>word or beginning of a word; accents optional</source>
            <translation>beseda ali začetek besede; diakritični znaki niso obvezni</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Prejšnji</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Naslednji</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zapri</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>ni najdeno</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 od %2</translation>
        </message>
    </context>
    <context>
        <name>GradebookPrinting</name>
        <message>
            <source>Export PDF…</source>
            <translation>Izvozi v PDF…</translation>
        </message>
        <message>
            <source>Certificate…</source>
            <translation>Potrdilo…</translation>
        </message>
        <message>
            <source>Save the certificate of the chosen learner, who passed, as PDF</source>
            <translation>Shrani potrdilo izbranega udeleženca, ki je preizkus opravil, kot PDF</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Shrani PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Izvozi v PDF</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>Datoteke ni bilo mogoče zapisati: %1</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Potrdilo</translation>
        </message>
        <message>
            <source>Choose a learner who passed: only they get a certificate.</source>
            <translation>Izberite udeleženca, ki je preizkus opravil: samo tak dobi potrdilo.</translation>
        </message>
        <message>
            <source>The certificate was saved: %1
Verification code: %2</source>
            <translation>Potrdilo je shranjeno: %1
Koda za preverjanje: %2</translation>
        </message>
    </context>
    <context>
        <name>GradebookWindow</name>
        <message>
            <source>Gradebook</source>
            <translation>Redovalnica</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Udeleženec</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Preizkus znanja</translation>
        </message>
        <message>
            <source>Grade (%)</source>
            <translation>Ocena (%)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Izid</translation>
        </message>
        <message>
            <source>Time (minutes)</source>
            <translation>Čas (v minutah)</translation>
        </message>
        <message>
            <source>Attempts used</source>
            <translation>Porabljeni poskusi</translation>
        </message>
        <message>
            <source>Essays waiting</source>
            <translation>Neocenjeni eseji</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Poskus</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Oddano</translation>
        </message>
        <message>
            <source>Score (%)</source>
            <translation>Rezultat (%)</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Vprašanje</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odgovor</translation>
        </message>
        <message>
            <source>Trainer's comment</source>
            <translation>Komentar trenerja</translation>
        </message>
        <message>
            <source>Comment for the learner</source>
            <translation>Komentar za udeleženca</translation>
        </message>
        <message>
            <source>Save mark</source>
            <translation>Shrani oceno</translation>
        </message>
        <message>
            <source>Essay mark:</source>
            <translation>Ocena eseja:</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Izvozi v CSV…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Izvozi v Excel…</translation>
        </message>
        <message>
            <source>Return marks…</source>
            <translation>Vrni ocene…</translation>
        </message>
        <message>
            <source>Learners and assessments</source>
            <translation>Udeleženci in preizkusi znanja</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Poskusi</translation>
        </message>
        <message>
            <source>Answers of the chosen attempt</source>
            <translation>Odgovori izbranega poskusa</translation>
        </message>
        <message>
            <source>Essay mark</source>
            <translation>Ocena eseja</translation>
        </message>
        <message>
            <source>Folder for the marks files (e.g. the USB stick)</source>
            <translation>Mapa za datoteke z ocenami (npr. na ključku USB)</translation>
        </message>
        <message>
            <source>Return marks</source>
            <translation>Vrni ocene</translation>
        </message>
        <message numerus="yes">
            <source>%n marks file(s) written to %1. Each learner receives theirs with Classroom › Receive marks….</source>
            <translation>
                <numerusform>%n datoteka z ocenami je zapisana v %1. Vsak udeleženec prejme svojo z ukazom Učilnica › Prejmi ocene….</numerusform>
                <numerusform>%n datoteki z ocenami sta zapisani v %1. Vsak udeleženec prejme svojo z ukazom Učilnica › Prejmi ocene….</numerusform>
                <numerusform>%n datoteke z ocenami so zapisane v %1. Vsak udeleženec prejme svojo z ukazom Učilnica › Prejmi ocene….</numerusform>
                <numerusform>%n datotek z ocenami je zapisanih v %1. Vsak udeleženec prejme svojo z ukazom Učilnica › Prejmi ocene….</numerusform>
            </translation>
        </message>
        <message>
            <source>passed</source>
            <translation>opravljeno</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>ni opravljeno</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>čaka na oceno</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Delovni zvezek Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export gradebook</source>
            <translation>Izvozi redovalnico</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <source>Handouts — %1</source>
            <translation>Gradivo za udeležence — %1</translation>
        </message>
        <message>
            <source>The module, for participants</source>
            <translation>Modul za udeležence</translation>
        </message>
        <message>
            <source>The module with trainer notes</source>
            <translation>Modul z opombami za trenerja</translation>
        </message>
        <message>
            <source>Activity sheet for the trainer</source>
            <translation>List aktivnosti za trenerja</translation>
        </message>
        <message>
            <source>Role cards, one group per page</source>
            <translation>Kartice vlog, ena skupina na stran</translation>
        </message>
        <message>
            <source>Indicator cards, one per page</source>
            <translation>Kartice z indikatorji, ena na stran</translation>
        </message>
        <message>
            <source>Print:</source>
            <translation>Natisni:</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papir:</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>Predogled tiskanja…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Shrani kot PDF…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Shranjeno: %1</translation>
        </message>
        <message>
            <source>Save handout as PDF</source>
            <translation>Shrani gradivo kot PDF</translation>
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
            <translation>Vaše učenje</translation>
        </message>
        <message>
            <source>%v of %m sections read (%p %)</source>
            <translation>Prebrani razdelki: %v od %m (%p %)</translation>
        </message>
        <message>
            <source>Course progress</source>
            <translation>Napredek v tečaju</translation>
        </message>
        <message>
            <source>All modules (Ctrl+L)</source>
            <translation>Vsi moduli (Ctrl+L)</translation>
        </message>
        <message>
            <source>Flashcards and practice</source>
            <translation>Učne kartice in vaje</translation>
        </message>
        <message>
            <source>Review flashcards (F8)</source>
            <translation>Ponavljanje učnih kartic (F8)</translation>
        </message>
        <message>
            <source>Learning objectives still open</source>
            <translation>Učni cilji, ki še niso doseženi</translation>
        </message>
        <message>
            <source>An objective is met when its sections are read and its practice questions answered right. Enter opens the first section still to read.</source>
            <translation>Cilj je dosežen, ko so prebrani vsi njegovi razdelki in so vprašanja za vajo pravilno rešena. Tipka Enter odpre prvi razdelek, ki ga morate še prebrati.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Štetje …</translation>
        </message>
        <message>
            <source>The figures could not be read: %1</source>
            <translation>Podatkov ni bilo mogoče prebrati: %1</translation>
        </message>
        <message>
            <source>Continue: %1 — %2</source>
            <translation>Nadaljuj: %1 — %2</translation>
        </message>
        <message>
            <source>Next to read: %1 — %2</source>
            <translation>Naslednje za branje: %1 — %2</translation>
        </message>
        <message>
            <source>Flashcards due today: %1</source>
            <translation>Učne kartice, ki so na vrsti danes: %1</translation>
        </message>
        <message>
            <source>Last practice:</source>
            <translation>Zadnja vaja:</translation>
        </message>
        <message>
            <source>%1: %2 of %3 right</source>
            <translation>%1: pravilno %2 od %3</translation>
        </message>
        <message>
            <source>No practice yet: Quiz › Practise this module (F7).</source>
            <translation>Niste še vadili: Kviz › Vaja iz tega modula (F7).</translation>
        </message>
        <message>
            <source>%1 of %2 objectives met</source>
            <translation>Doseženi cilji: %1 od %2</translation>
        </message>
        <message>
            <source>%1 — %2 (sections read %3 of %4, questions right %5 of %6)</source>
            <translation>%1 — %2 (prebrani razdelki: %3 od %4, pravilni odgovori: %5 od %6)</translation>
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
            <source>From</source>
            <translation>Izvor</translation>
        </message>
        <message>
            <source>Indicator cards</source>
            <translation>Kartice z indikatorji</translation>
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
            <source>Progress of %1: %2 of %3 sections read</source>
            <translation>Napredek v modulu %1: prebrani razdelki %2 od %3</translation>
        </message>
        <message>
            <source>%v of %m sections read</source>
            <translation>Prebrani razdelki: %v od %m</translation>
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
            <source>Modules</source>
            <translation>Moduli</translation>
        </message>
        <message>
            <source>Continue reading: %1</source>
            <translation>Nadaljuj z branjem: %1</translation>
        </message>
        <message>
            <source>Enter or double-click opens a module, Ctrl+Enter its indicator cards. Ctrl+L returns here.</source>
            <translation>Modul odprete s tipko Enter ali dvoklikom, njegove kartice z indikatorji pa s kombinacijo tipk Ctrl+Enter. S kombinacijo tipk Ctrl+L se vrnete sem.</translation>
        </message>
        <message>
            <source>Pack %1, version %2</source>
            <translation>Paket %1, različica %2</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Priloženo</translation>
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
            <extracomment>Milliseconds after the window is shown at which its icon is set (after the first frame).</extracomment>
            <translation>Podatkovna zbirka udeležencev je poškodovana. Zaprite Coursebook in ga znova zaženite: obnovil bo najnovejšo nepoškodovano varnostno kopijo.</translation>
        </message>
        <message>
            <source>An assessment is in progress on this PC (data folder {folder}). Coursebook opens again when it is submitted.</source>
            <translation>Na tem računalniku poteka preizkus znanja (podatkovna mapa {folder}). Coursebook se znova odpre, ko je preizkus oddan.</translation>
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
            <translation>&amp;Knjižnica</translation>
        </message>
        <message>
            <source>&amp;Review flashcards</source>
            <translation>Ponavljanje &amp;učnih kartic</translation>
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
            <source>&amp;Find in section…</source>
            <translation>&amp;Najdi v razdelku…</translation>
        </message>
        <message>
            <source>&amp;Search the course…</source>
            <translation>&amp;Išči po tečaju…</translation>
        </message>
        <message>
            <source>&amp;Bookmark this section</source>
            <translation>&amp;Zaznamuj ta razdelek</translation>
        </message>
        <message>
            <source>&amp;Highlight selection with a note…</source>
            <translation>&amp;Označi izbor z opombo…</translation>
        </message>
        <message>
            <source>Bookmarks and &amp;notes…</source>
            <translation>Zaznamki in opom&amp;be…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Končaj</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Nastavitve…</translation>
        </message>
        <message>
            <source>Import content &amp;pack…</source>
            <translation>Uvozi vsebinski &amp;paket…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datoteka</translation>
        </message>
        <message>
            <source>&amp;Print section…</source>
            <translation>Na&amp;tisni razdelek…</translation>
        </message>
        <message>
            <source>Print &amp;module…</source>
            <translation>Natisni &amp;modul…</translation>
        </message>
        <message>
            <source>Save section as P&amp;DF…</source>
            <translation>Shrani razdelek kot P&amp;DF…</translation>
        </message>
        <message>
            <source>Save module as PD&amp;F…</source>
            <translation>Shrani modul kot PD&amp;F…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Pojdi</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Uredi</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>&amp;Celozaslonski način</translation>
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
            <source>Section bookmarked. Ctrl+B lists bookmarks and notes.</source>
            <translation>Razdelek je dodan med zaznamke. S kombinacijo tipk Ctrl+B prikažete zaznamke in opombe.</translation>
        </message>
        <message>
            <source>Select a passage of the text first.</source>
            <translation>Najprej izberite odlomek besedila.</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>Označitev</translation>
        </message>
        <message>
            <source>Note (optional):</source>
            <translation>Opomba (neobvezno):</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Shrani kot PDF</translation>
        </message>
        <message>
            <source>Building the search index…</source>
            <translation>Ustvarjanje iskalnega indeksa…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Iskanje</translation>
        </message>
        <message>
            <source>Building the search index… %1 passages</source>
            <translation>Ustvarjanje iskalnega indeksa… Obdelani odlomki: %1</translation>
        </message>
        <message>
            <source>Search is not available: %1</source>
            <translation>Iskanje ni na voljo: %1</translation>
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
        <message>
            <source>right</source>
            <translation>pravilno</translation>
        </message>
        <message>
            <source>wrong</source>
            <translation>napačno</translation>
        </message>
    </context>
    <context>
        <name>ModuleView</name>
        <message>
            <source>Table of contents</source>
            <extracomment>Actions the main window adds to the text's context menu (bookmark, highlight, find).</extracomment>
            <translation>Kazalo</translation>
        </message>
        <message>
            <source>Section text</source>
            <translation>Besedilo razdelka</translation>
        </message>
        <message>
            <source>read</source>
            <translation>prebrano</translation>
        </message>
        <message>
            <source>started, not yet read</source>
            <translation>začeto, še ne prebrano</translation>
        </message>
        <message>
            <source>not yet opened</source>
            <translation>še ni odprto</translation>
        </message>
        <message>
            <source>From the module %1</source>
            <translation>Iz modula %1</translation>
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
        <name>MyResults</name>
        <message>
            <source>My results</source>
            <translation>Moji rezultati</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Preizkus znanja</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Oddano</translation>
        </message>
        <message>
            <source>Score (%)</source>
            <translation>Rezultat (%)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Izid</translation>
        </message>
        <message>
            <source>Trainer's comments</source>
            <translation>Komentarji trenerja</translation>
        </message>
        <message>
            <source>From the trainer</source>
            <translation>Od trenerja</translation>
        </message>
        <message>
            <source>waiting for the trainer</source>
            <extracomment>The trainer's returned marks by attempt UUID.</extracomment>
            <translation>čaka na trenerja</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>opravljeno</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>ni opravljeno</translation>
        </message>
        <message>
            <source>You have not submitted an assessment yet.</source>
            <translation>Oddali še niste nobenega preizkusa znanja.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Odpri</translation>
        </message>
        <message>
            <source>essays waiting</source>
            <translation>neocenjeni eseji</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 %, passed</source>
            <translation>%1 %, opravljeno</translation>
        </message>
        <message>
            <source>%1 %, failed</source>
            <translation>%1 %, ni opravljeno</translation>
        </message>
        <message>
            <source>From the trainer, %1 (%2):</source>
            <translation>Od trenerja, %1 (%2):</translation>
        </message>
        <message>
            <source>From the trainer, %1:</source>
            <translation>Od trenerja, %1:</translation>
        </message>
        <message>
            <source>This attempt: %1 %</source>
            <translation>Ta poskus: %1 %</translation>
        </message>
        <message>
            <source>Grade that counts: %1</source>
            <translation>Ocena, ki šteje: %1</translation>
        </message>
        <message>
            <source>Essays still waiting for the trainer: %1</source>
            <translation>Eseji, ki še čakajo na trenerja: %1</translation>
        </message>
        <message>
            <source>Question %1 (%2 %): %3</source>
            <translation>Vprašanje %1 (%2 %): %3</translation>
        </message>
        <message>
            <source>Question %1: %2 %</source>
            <translation>Vprašanje %1: %2 %</translation>
        </message>
    </context>
    <context>
        <name>NewLearnerDialog</name>
        <message>
            <source>New learner</source>
            <translation>Nov udeleženec</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Ime:</translation>
        </message>
        <message>
            <source>optional, 4 to 12 digits</source>
            <translation>neobvezno, od 4 do 12 števk</translation>
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
            <translation>Zaznamki in opombe</translation>
        </message>
        <message>
            <source>Search bookmarks, highlights and notes</source>
            <translation>Iščite po zaznamkih, označitvah in opombah</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Odpri</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Izbriši</translation>
        </message>
        <message>
            <source>Export as Markdown…</source>
            <translation>Izvozi kot Markdown…</translation>
        </message>
        <message>
            <source>Bookmark: %1</source>
            <translation>Zaznamek: %1</translation>
        </message>
        <message>
            <source>This passage is no longer in the text (the course was updated).</source>
            <translation>Tega odlomka ni več v besedilu (tečaj je bil posodobljen).</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Opomba: %1</translation>
        </message>
        <message>
            <source>Bookmarks and notes: %1</source>
            <translation>Zaznamki in opombe: %1</translation>
        </message>
        <message>
            <source>passages no longer found: %1</source>
            <translation>odlomki, ki jih ni več mogoče najti: %1</translation>
        </message>
        <message>
            <source>(no longer in the text)</source>
            <translation>(ni več v besedilu)</translation>
        </message>
        <message>
            <source>Export bookmarks and notes</source>
            <translation>Izvozi zaznamke in opombe</translation>
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
        <name>PackImporter</name>
        <message>
            <source>Import content pack</source>
            <translation>Uvozi vsebinski paket</translation>
        </message>
        <message>
            <source>Content packs (*.coursepack);;All files (*)</source>
            <translation>Vsebinski paketi (*.coursepack);;Vse datoteke (*)</translation>
        </message>
        <message>
            <source>Checking and installing %1…</source>
            <translation>Preverjanje in nameščanje paketa %1…</translation>
        </message>
        <message>
            <source>Content pack not installed</source>
            <translation>Vsebinski paket ni nameščen</translation>
        </message>
        <message>
            <source>The pack could not be installed: %1</source>
            <translation>Paketa ni bilo mogoče namestiti: %1</translation>
        </message>
        <message>
            <source>%1 version %2 replaces version %3. Learners' progress is kept.</source>
            <translation>Paket %1, različica %2, nadomešča različico %3. Napredek udeležencev je ohranjen.</translation>
        </message>
        <message>
            <source>%1 version %2 is installed.</source>
            <translation>Nameščen je paket %1, različica %2.</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>Moduli: %1</translation>
        </message>
        <message>
            <source>No longer in this version (progress in them is kept but not shown):</source>
            <translation>Ni več v tej različici (napredek v teh modulih je ohranjen, vendar se ne prikazuje):</translation>
        </message>
        <message>
            <source>Changed on this PC since the last version and now replaced by the pack's files:</source>
            <translation>Spremenjeno na tem računalniku od zadnje različice in zdaj nadomeščeno z datotekami iz paketa:</translation>
        </message>
        <message>
            <source>Content pack installed</source>
            <translation>Vsebinski paket je nameščen</translation>
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
            <translation>Priprava tečaja za prvo uporabo…</translation>
        </message>
        <message numerus="yes">
            <source>Preparing the course for its first use: %n module(s) read…</source>
            <translation>
                <numerusform>Priprava tečaja za prvo uporabo: prebran %n modul…</numerusform>
                <numerusform>Priprava tečaja za prvo uporabo: prebrana %n modula…</numerusform>
                <numerusform>Priprava tečaja za prvo uporabo: prebrani %n moduli…</numerusform>
                <numerusform>Priprava tečaja za prvo uporabo: prebranih %n modulov…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>Trainer notes are shown to trainer profiles only.</source>
            <translation>Opombe za trenerja so prikazane samo profilom trenerjev.</translation>
        </message>
        <message>
            <source>No notes for this slide.</source>
            <translation>Za ta prosojnico ni opomb.</translation>
        </message>
        <message>
            <source>New development</source>
            <translation>Nov razvoj dogodkov</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Vprašanje %1 od %2</translation>
        </message>
        <message>
            <source>The activity is over.</source>
            <translation>Aktivnost je končana.</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Začasno ustavljeno</translation>
        </message>
        <message>
            <source>Starts when the trainer says so</source>
            <translation>Začne se na trenerjev znak</translation>
        </message>
    </context>
    <context>
        <name>ProfilePicker</name>
        <message>
            <source>Who is learning?</source>
            <translation>Kdo se uči?</translation>
        </message>
        <message>
            <source>Choose your profile</source>
            <extracomment>Asks for a PIN; tests replace it. Returns None when cancelled.</extracomment>
            <translation>Izberite svoj profil</translation>
        </message>
        <message>
            <source>An assessment is in progress on this PC: the course stays closed until it is submitted.</source>
            <translation>Na tem računalniku poteka preizkus znanja: tečaj ostane zaprt, dokler preizkus ni oddan.</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profili</translation>
        </message>
        <message>
            <source>&amp;New learner…</source>
            <translation>&amp;Nov udeleženec…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Odpri</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Prekliči</translation>
        </message>
        <message>
            <source>(trainer)</source>
            <translation>(trener)</translation>
        </message>
        <message>
            <source>(PIN)</source>
            <translation>(PIN)</translation>
        </message>
        <message>
            <source>The PIN is not right.</source>
            <translation>PIN ni pravilen.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN of %1:</source>
            <translation>PIN za %1:</translation>
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
            <source>&amp;Import questions…</source>
            <translation>Uvo&amp;zi vprašanja…</translation>
        </message>
        <message>
            <source>E&amp;xport questions…</source>
            <translation>&amp;Izvozi vprašanja…</translation>
        </message>
        <message>
            <source>&amp;Quiz</source>
            <translation>&amp;Kviz</translation>
        </message>
        <message>
            <source>The course is closed while an assessment is open on this PC. It opens again when the assessment is submitted.</source>
            <translation>Tečaj je zaprt, dokler je na tem računalniku odprt preizkus znanja. Znova se odpre, ko je preizkus oddan.</translation>
        </message>
        <message>
            <source>Only a trainer can do this. Log in as trainer first (Classroom menu).</source>
            <translation>To lahko stori samo trener. Najprej se prijavite kot trener (meni Učilnica).</translation>
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
            <source>There are no assessments yet. A trainer creates one with Quiz › New assessment…, or adds an exam file (Classroom menu).</source>
            <translation>Preizkusov znanja še ni. Trener ga ustvari z ukazom Kviz › Nov preizkus znanja… ali doda izpitno datoteko (meni Učilnica).</translation>
        </message>
        <message>
            <source>%1 — exam (start code needed)</source>
            <translation>%1 — izpit (potrebna je začetna koda)</translation>
        </message>
        <message>
            <source>%1 — practice test (public question banks)</source>
            <translation>%1 — preizkus za vajo (javne zbirke vprašanj)</translation>
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
            <source>Start code</source>
            <translation>Začetna koda</translation>
        </message>
        <message>
            <source>Start code for “%1”:</source>
            <translation>Začetna koda za »%1«:</translation>
        </message>
        <message>
            <source>Import questions</source>
            <translation>Uvozi vprašanja</translation>
        </message>
        <message>
            <source>Questions imported</source>
            <translation>Vprašanja so uvožena</translation>
        </message>
        <message>
            <source>Export questions</source>
            <translation>Izvozi vprašanja</translation>
        </message>
        <message>
            <source>Select a module in the library first.</source>
            <translation>Najprej izberite modul v Knjižnici.</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>Nov preizkus znanja</translation>
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
            <source>Reports</source>
            <translation>Poročila</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Preizkus znanja</translation>
        </message>
        <message>
            <source>Continue the assessment</source>
            <translation>Nadaljuj preizkus znanja</translation>
        </message>
        <message>
            <source>An assessment is open: the course stays closed and the time keeps running. Continue it with Quiz › Take assessment…</source>
            <translation>Preizkus znanja je odprt: tečaj ostane zaprt, čas pa teče naprej. Nadaljujete ga z ukazom Kviz › Reši preizkus znanja…</translation>
        </message>
        <message>
            <source>An assessment is open on this PC: the course is closed until it is submitted.</source>
            <translation>Na tem računalniku je odprt preizkus znanja: tečaj je zaprt, dokler preizkus ni oddan.</translation>
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
            <source>Progress of the reports</source>
            <translation>Napredek poročil</translation>
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
            <source>Attempts of every learner</source>
            <translation>Poskusi vseh udeležencev</translation>
        </message>
        <message>
            <source>Which quizzes to show</source>
            <translation>Kateri kvizi naj bodo prikazani</translation>
        </message>
        <message>
            <source>Enter start &amp;code…</source>
            <translation>Vnesi začetno &amp;kodo…</translation>
        </message>
        <message>
            <source>Learner</source>
            <extracomment>Asks for an exam file's start code (tests replace it); None = cancelled.</extracomment>
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
            <source>Check</source>
            <translation>Preverjanje</translation>
        </message>
        <message>
            <source>sealed</source>
            <translation>zapečateno</translation>
        </message>
        <message>
            <source>altered after submission</source>
            <translation>spremenjeno po oddaji</translation>
        </message>
        <message>
            <source>essays to grade</source>
            <translation>eseji za ocenjevanje</translation>
        </message>
        <message>
            <source>Start code</source>
            <translation>Začetna koda</translation>
        </message>
        <message>
            <source>Start code of the exam file “%1”:</source>
            <translation>Začetna koda izpitne datoteke »%1«:</translation>
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
            <source>How each question fared</source>
            <translation>Uspešnost posameznih vprašanj</translation>
        </message>
        <message>
            <source>Which answers to count</source>
            <translation>Kateri odgovori se upoštevajo</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Preizkus znanja</translation>
        </message>
        <message>
            <source>Essays waiting for a grade</source>
            <translation>Eseji, ki čakajo na oceno</translation>
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
            <source>start code needed</source>
            <translation>potrebna je začetna koda</translation>
        </message>
        <message>
            <source>clock set back by %1</source>
            <translation>ura je bila prestavljena nazaj za %1</translation>
        </message>
        <message>
            <source>Some attempts are at exam files: enter the start code to grade them.</source>
            <translation>Nekateri poskusi so iz izpitnih datotek: za njihovo ocenjevanje vnesite začetno kodo.</translation>
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
            <source>Grading the answers again and checking the sealed records…</source>
            <translation>Ponovno ocenjevanje odgovorov in preverjanje zapečatenih zapisov …</translation>
        </message>
        <message>
            <source>Checking every learner's sealed record…</source>
            <translation>Preverjanje zapečatenega zapisa vsakega udeleženca …</translation>
        </message>
        <message>
            <source>The report could not be made: %1</source>
            <translation>Poročila ni bilo mogoče pripraviti: %1</translation>
        </message>
        <message>
            <source>&amp;Essays to grade (%1)</source>
            <translation>&amp;Eseji za ocenjevanje (%1)</translation>
        </message>
        <message>
            <source>No essay answers wait for a grade.</source>
            <translation>Noben esejski odgovor ne čaka na oceno.</translation>
        </message>
        <message>
            <source>Guidance for grading:</source>
            <translation>Navodila za ocenjevanje:</translation>
        </message>
        <message>
            <source>Answer of %1:</source>
            <translation>Odgovor, ki ga je dal(a) %1:</translation>
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
        <message>
            <source>Graded when the exam file is opened again with its start code</source>
            <translation>Ocenjeno bo, ko se izpitna datoteka znova odpre z njeno začetno kodo</translation>
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
            <source>Question %1</source>
            <translation>Vprašanje %1</translation>
        </message>
        <message>
            <source>This question is no longer in the question bank.</source>
            <translation>Tega vprašanja ni več v zbirki vprašanj.</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(brez odgovora)</translation>
        </message>
        <message>
            <source>Your answer:</source>
            <translation>Vaš odgovor:</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>Rezultat:</translation>
        </message>
        <message>
            <source>The right answer:</source>
            <translation>Pravilni odgovor:</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>Povratne informacije:</translation>
        </message>
        <message>
            <source>Trainer comment:</source>
            <translation>Komentar trenerja:</translation>
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
            <source>Choose which number you mean.</source>
            <translation>Izberite, katero število ste mislili.</translation>
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
        <name>ReviewWindow</name>
        <message>
            <source>Flashcards</source>
            <translation>Učne kartice</translation>
        </message>
        <message>
            <source>Show answer (Space)</source>
            <translation>Pokaži odgovor (Space)</translation>
        </message>
        <message>
            <source>1 Again</source>
            <translation>1 Znova</translation>
        </message>
        <message>
            <source>2 Hard</source>
            <translation>2 Težko</translation>
        </message>
        <message>
            <source>3 Good</source>
            <translation>3 Dobro</translation>
        </message>
        <message>
            <source>4 Easy</source>
            <translation>4 Lahko</translation>
        </message>
        <message>
            <source>Space shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy. Esc closes.</source>
            <translation>Tipka Space prikaže odgovor; 1 Znova, 2 Težko, 3 Dobro, 4 Lahko. Tipka Esc zapre okno.</translation>
        </message>
        <message>
            <source>Reviewed today: %1</source>
            <translation>Danes ponovljeno: %1</translation>
        </message>
        <message>
            <source>No more cards for today.</source>
            <translation>Za danes ni več kartic.</translation>
        </message>
        <message>
            <source>Cards left today: %1</source>
            <translation>Preostale kartice za danes: %1</translation>
        </message>
    </context>
    <context>
        <name>RunnerPanel</name>
        <message>
            <source>Phases (minutes)</source>
            <translation>Faze (minute)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Začni</translation>
        </message>
        <message>
            <source>Next phase</source>
            <translation>Naslednja faza</translation>
        </message>
        <message>
            <source>Timer on screen (T)</source>
            <translation>Časovnik na zaslonu (T)</translation>
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
            <translation>Scenarijski vložki</translation>
        </message>
        <message>
            <source>Show: %1</source>
            <translation>Prikaži: %1</translation>
        </message>
        <message>
            <source>not shown yet</source>
            <translation>še ni prikazano</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Skupine</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Vse skupine</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Prikaži</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Razprava</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Prejšnje vprašanje</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Naslednje vprašanje</translation>
        </message>
        <message>
            <source>Back to the slides</source>
            <translation>Nazaj na prosojnice</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Timing: the phases take %1 min, as the activity states.</source>
            <translation>Časovnica: faze trajajo %1 min, kot je navedeno v aktivnosti.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Začasno ustavi</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Nadaljuj</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Končano</translation>
        </message>
        <message>
            <source>The activity is over.</source>
            <translation>Aktivnost je končana.</translation>
        </message>
        <message>
            <source>%1: %2 left</source>
            <translation>%1: preostane %2</translation>
        </message>
        <message>
            <source>%1: %2 over time</source>
            <translation>%1: prekoračeno za %2</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Začasno ustavljeno</translation>
        </message>
        <message>
            <source>shown at %1</source>
            <translation>prikazano ob %1</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search the course</source>
            <translation>Iskanje po tečaju</translation>
        </message>
        <message>
            <source>Words or beginnings of words; accents optional (zrtev finds žrtev)</source>
            <translation>Besede ali začetki besed; diakritični znaki niso obvezni (zrtev najde žrtev)</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Vsi jeziki</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Rezultati iskanja</translation>
        </message>
        <message>
            <source>Enter opens the selected hit; Esc closes.</source>
            <translation>Tipka Enter odpre izbrani zadetek; tipka Esc zapre okno.</translation>
        </message>
        <message>
            <source>Glossary: %1</source>
            <translation>Slovarček: %1</translation>
        </message>
        <message>
            <source>Practice questions: %1</source>
            <translation>Vprašanja za vajo: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n zadetek</numerusform>
                <numerusform>%n zadetka</numerusform>
                <numerusform>%n zadetki</numerusform>
                <numerusform>%n zadetkov</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Nastavitve</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Jezik vmesnika</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Jezik:</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Velikost besedila</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Velikost besedila:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Svetla</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Temna</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Visok kontrast</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Barvna tema</translation>
        </message>
        <message>
            <source>&amp;Colours:</source>
            <translation>&amp;Barve:</translation>
        </message>
        <message>
            <source>The course text keeps its own language; only the interface around it changes.</source>
            <translation>Besedilo tečaja ohrani svoj jezik; spremeni se samo vmesnik okrog njega.</translation>
        </message>
    </context>
    <context>
        <name>SlideOverview</name>
        <message>
            <source>Slides</source>
            <translation>Prosojnice</translation>
        </message>
    </context>
    <context>
        <name>StatisticsWindow</name>
        <message>
            <source>Question statistics and knowledge gain</source>
            <extracomment>Rows flagged "very likely" or "negative" are tinted (a colour that keeps black text readable).</extracomment>
            <translation>Statistika vprašanj in pridobljeno znanje</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Vprašanja</translation>
        </message>
        <message>
            <source>Knowledge gain</source>
            <translation>Pridobljeno znanje</translation>
        </message>
        <message>
            <source>Each learner's first attempt only (as in Moodle)</source>
            <translation>Samo prvi poskus vsakega udeleženca (kot v Moodlu)</translation>
        </message>
        <message>
            <source>&amp;Assessment:</source>
            <translation>&amp;Preizkus znanja:</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Vprašanje</translation>
        </message>
        <message>
            <source>Answers counted</source>
            <translation>Upoštevani odgovori</translation>
        </message>
        <message>
            <source>Facility (%)</source>
            <translation>Lahkotnost (%)</translation>
        </message>
        <message>
            <source>Discrimination (%)</source>
            <translation>Razločevalnost (%)</translation>
        </message>
        <message>
            <source>Needs checking?</source>
            <translation>Potreben pregled?</translation>
        </message>
        <message>
            <source>Commonest wrong answers</source>
            <translation>Najpogostejši napačni odgovori</translation>
        </message>
        <message>
            <source>Question statistics</source>
            <translation>Statistika vprašanj</translation>
        </message>
        <message>
            <source>Facility: the mean score as a share of the maximum (low = hard). Discrimination: how well the question separates stronger from weaker learners. Needs checking (Moodle's thresholds): very likely below 30 %, likely below 50 %; below 0 the weaker learners did better: check the key.</source>
            <translation>Lahkotnost: povprečni rezultat kot delež največjega (nizka = težko). Razločevalnost: kako dobro vprašanje loči boljše udeležence od slabših. Potreben pregled (Moodlovi pragovi): zelo verjetno pod 30 %, verjetno pod 50 %; pod 0 so slabši udeleženci odgovarjali bolje: preverite ključ.</translation>
        </message>
        <message>
            <source>&amp;Pre-test:</source>
            <translation>&amp;Začetni preizkus:</translation>
        </message>
        <message>
            <source>P&amp;ost-test:</source>
            <translation>&amp;Končni preizkus:</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Udeleženec</translation>
        </message>
        <message>
            <source>Pre-test (%)</source>
            <translation>Začetni preizkus (%)</translation>
        </message>
        <message>
            <source>Post-test (%)</source>
            <translation>Končni preizkus (%)</translation>
        </message>
        <message>
            <source>Gain (points)</source>
            <translation>Napredek (točke)</translation>
        </message>
        <message>
            <source>Normalised gain</source>
            <translation>Normaliziran napredek</translation>
        </message>
        <message>
            <source>Knowledge gain per learner</source>
            <translation>Pridobljeno znanje po udeležencih</translation>
        </message>
        <message>
            <source>Pre-test: each learner's first finished attempt. Post-test: the grade that counts. Normalised gain: the share of what there was to learn that was learnt, (post − pre) / (100 − pre).</source>
            <translation>Začetni preizkus: prvi zaključeni poskus vsakega udeleženca. Končni preizkus: ocena, ki šteje. Normaliziran napredek: delež tega, kar je bilo mogoče naučiti, ki je bil naučen, (končni − začetni) / (100 − začetni).</translation>
        </message>
        <message>
            <source>All assessments</source>
            <translation>Vsi preizkusi znanja</translation>
        </message>
        <message>
            <source>No results have been imported yet.</source>
            <translation>Uvoženih rezultatov še ni.</translation>
        </message>
        <message>
            <source>No learner took both tests.</source>
            <translation>Noben udeleženec ni opravljal obeh preizkusov.</translation>
        </message>
        <message numerus="yes">
            <source>Class mean gain: %1 points (%n learner(s)).</source>
            <translation>
                <numerusform>Povprečni napredek skupine v točkah: %1 (%n udeleženec).</numerusform>
                <numerusform>Povprečni napredek skupine v točkah: %1 (%n udeleženca).</numerusform>
                <numerusform>Povprečni napredek skupine v točkah: %1 (%n udeleženci).</numerusform>
                <numerusform>Povprečni napredek skupine v točkah: %1 (%n udeležencev).</numerusform>
            </translation>
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
        <message>
            <source>Which number do you mean?</source>
            <translation>Katero število ste mislili?</translation>
        </message>
        <message>
            <source>I mean %1</source>
            <translation>Mislim %1</translation>
        </message>
    </context>
    <context>
        <name>TrainerController</name>
        <message>
            <source>&amp;Present from the beginning</source>
            <translation>&amp;Predstavi od začetka</translation>
        </message>
        <message>
            <source>Present from this &amp;section</source>
            <translation>Predstavi od tega &amp;razdelka</translation>
        </message>
        <message>
            <source>Print &amp;handouts…</source>
            <translation>Natisni &amp;gradivo za udeležence…</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>P&amp;redstavitev</translation>
        </message>
        <message>
            <source>The course is closed while an assessment is open.</source>
            <translation>Tečaj je zaprt, dokler je odprt preizkus znanja.</translation>
        </message>
        <message>
            <source>Open a module to present it.</source>
            <translation>Odprite modul, ki ga želite predstaviti.</translation>
        </message>
        <message>
            <source>Open a module to print its handouts.</source>
            <translation>Odprite modul, za katerega želite natisniti gradivo za udeležence.</translation>
        </message>
    </context>
    <context>
        <name>TrainerLogin</name>
        <message>
            <source>Log in as trainer</source>
            <translation>Prijava kot trener</translation>
        </message>
        <message>
            <source>Trainer functions (assessments, results of all learners, grading, exam files) need the trainer passphrase.</source>
            <translation>Za funkcije trenerja (preizkusi znanja, rezultati vseh udeležencev, ocenjevanje, izpitne datoteke) potrebujete geslo trenerja.</translation>
        </message>
        <message>
            <source>&amp;Trainer:</source>
            <translation>&amp;Trener:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Geslo:</translation>
        </message>
        <message>
            <source>This PC has no trainer profile yet. Add one with: coursebook profiles add NAME --trainer</source>
            <translation>Ta računalnik še nima profila trenerja. Dodajte ga z ukazom: coursebook profiles add NAME --trainer</translation>
        </message>
        <message>
            <source>Too many wrong tries. Wait %1 s and try again.</source>
            <translation>Preveč napačnih poskusov. Počakajte %1 s in poskusite znova.</translation>
        </message>
    </context>
    <context>
        <name>VerifyCertificate</name>
        <message>
            <source>Verify certificate</source>
            <translation>Preveri potrdilo</translation>
        </message>
        <message>
            <source>&amp;Verification code on the certificate:</source>
            <translation>&amp;Koda za preverjanje na potrdilu:</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>P&amp;reveri</translation>
        </message>
        <message>
            <source>Type the code printed on the certificate.</source>
            <translation>Vpišite kodo, natisnjeno na potrdilu.</translation>
        </message>
        <message>
            <source>Not valid.</source>
            <translation>Ni veljavno.</translation>
        </message>
        <message>
            <source>Valid: %1 passed “%2” with %3 % on %4.</source>
            <translation>Veljavno: %1 je opravil(-a) »%2« z rezultatom %3 % dne %4.</translation>
        </message>
    </context>
    <context>
        <name>_ChoiceAnswer</name>
        <message>
            <source>right answer</source>
            <extracomment>True when every change is a finished answer (a click); False for typing, saved on leaving or a pause.</extracomment>
            <translation>pravilen odgovor</translation>
        </message>
        <message>
            <source>wrong answer</source>
            <translation>napačen odgovor</translation>
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
        <message>
            <source>Only a trainer can do this. Log in as trainer first.</source>
            <extracomment>A key derived from the passphrase at login (kept in memory only): it signs the trainer's cache of verified report results, so a learner who can edit the database cannot forge a cached result.</extracomment>
            <translation>To lahko stori samo trener. Najprej se prijavite kot trener.</translation>
        </message>
        <message>
            <source>Too many wrong tries. Wait {seconds} s and try again.</source>
            <translation>Preveč napačnih poskusov. Počakajte {seconds} s in poskusite znova.</translation>
        </message>
        <message>
            <source>The passphrase is not right.</source>
            <translation>Geslo ni pravilno.</translation>
        </message>
        <message>
            <source>Records {first}–{last} are missing: an attempt or answers were deleted.</source>
            <extracomment>Seconds an answer's recorded time on screen may fall below an earlier one (the grace at the end). The string encoder ``_CANONICAL`` itself uses for every string (``ensure_ascii=False``): the C one. The decoder's own scanner, called without the wrapper that skips white space around the value. slot -&gt; (question key, response JSON text, answered at, elapsed seconds then) slot -&gt; (fraction, comment, trainer name) Attempts whose rows differ from their chain (changed or deleted after the fact). The chain itself is broken (gaps, removed entries, changed entries): nothing after it is sure.</extracomment>
            <translation>Manjkajo zapisi {first}–{last}: poskus ali odgovori so bili izbrisani.</translation>
        </message>
        <message>
            <source>Record {seq} does not follow the one before it.</source>
            <translation>Zapis {seq} ne sledi prejšnjemu.</translation>
        </message>
        <message>
            <source>Record {seq} was altered after it was written.</source>
            <translation>Zapis {seq} je bil spremenjen, potem ko je bil zapisan.</translation>
        </message>
        <message>
            <source>Record {seq} cannot be read.</source>
            <translation>Zapisa {seq} ni mogoče prebrati.</translation>
        </message>
        <message>
            <source>The newest records are missing: records up to {last} were written, {found} are there.</source>
            <translation>Manjkajo najnovejši zapisi: zapisani so bili zapisi do št. {last}, na voljo pa jih je {found}.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz}: its time on screen went backwards ({before} s, then {after} s).</source>
            <translation>Poskus {number} preizkusa {quiz}: njegov čas na zaslonu se je pomaknil nazaj ({before} s, nato {after} s).</translation>
        </message>
        <message>
            <source>Attempt {uuid} is not in the sealed record.</source>
            <translation>Poskusa {uuid} ni v zapečatenem zapisu.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz} was altered after submission: its times or questions differ from the sealed record.</source>
            <translation>Poskus {number} preizkusa {quiz} je bil po oddaji spremenjen: njegovi časi ali vprašanja se razlikujejo od zapečatenega zapisa.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz} was altered after submission: its answers differ from the sealed record.</source>
            <translation>Poskus {number} preizkusa {quiz} je bil po oddaji spremenjen: njegovi odgovori se razlikujejo od zapečatenega zapisa.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz} was deleted; the sealed record still has it.</source>
            <translation>Poskus {number} preizkusa {quiz} je bil izbrisan; zapečateni zapis ga še vsebuje.</translation>
        </message>
        <message>
            <source>Passphrase of a trainer of this PC: </source>
            <translation>Geslo trenerja tega računalnika: </translation>
        </message>
        <message>
            <source>Passphrase of the new trainer: </source>
            <translation>Geslo novega trenerja: </translation>
        </message>
        <message>
            <source>PIN (4 to 12 digits): </source>
            <translation>PIN (od 4 do 12 števk): </translation>
        </message>
        <message>
            <source>Added {role} {name}.</source>
            <translation>Dodano: {role} {name}.</translation>
        </message>
        <message>
            <source>There is no profile named {name}.</source>
            <translation>Profil z imenom {name} ne obstaja.</translation>
        </message>
        <message>
            <source>Removed {name} and everything that belonged to the profile.</source>
            <translation>Profil {name} je odstranjen z vsemi pripadajočimi podatki.</translation>
        </message>
        <message>
            <source>Wrote {file}. It opens only with the start code.</source>
            <translation>Datoteka {file} je zapisana. Odpre se samo z začetno kodo.</translation>
        </message>
        <message>
            <source>A start code needs at least 6 letters or digits.</source>
            <extracomment>The packing installation's public key (base64), "" for files packed before keys travelled.</extracomment>
            <translation>Začetna koda mora imeti vsaj 6 črk ali številk.</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>{file}: 'banks' must map bank ids to files.</source>
            <translation>{file}: 'banks' mora ID-jem zbirk prirejati datoteke.</translation>
        </message>
        <message>
            <source>{file}: there is no question bank '{bank}' (neither a module nor under 'banks').</source>
            <translation>{file}: zbirka vprašanj '{bank}' ne obstaja (ni ne modul ne vnos pod 'banks').</translation>
        </message>
        <message>
            <source>{file}: the bank has no usable questions.</source>
            <translation>{file}: zbirka nima uporabnih vprašanj.</translation>
        </message>
        <message>
            <source>{file} is not a Coursebook exam file.</source>
            <translation>{file} ni izpitna datoteka programa Coursebook.</translation>
        </message>
        <message>
            <source>{file} is damaged.</source>
            <translation>Datoteka {file} je poškodovana.</translation>
        </message>
        <message>
            <source>{file} was made by another version of Coursebook.</source>
            <translation>Datoteko {file} je ustvarila druga različica programa Coursebook.</translation>
        </message>
        <message>
            <source>The start code is not right.</source>
            <translation>Začetna koda ni pravilna.</translation>
        </message>
        <message>
            <source>A profile needs a name.</source>
            <translation>Profil mora imeti ime.</translation>
        </message>
        <message>
            <source>A profile name has at most 60 characters.</source>
            <translation>Ime profila ima lahko največ 60 znakov.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 12 digits.</source>
            <translation>PIN mora imeti od 4 do 12 števk.</translation>
        </message>
        <message>
            <source>The trainer passphrase needs at least 8 characters.</source>
            <translation>Geslo trenerja mora imeti vsaj 8 znakov.</translation>
        </message>
        <message>
            <source>A profile named {name} already exists.</source>
            <translation>Profil z imenom {name} že obstaja.</translation>
        </message>
        <message>
            <source>{name} is the only trainer; add another trainer before removing this one.</source>
            <translation>{name} je edini trener; preden ga odstranite, dodajte drugega trenerja.</translation>
        </message>
        <message>
            <source>'ANSWER:' without a question and at least two options before it</source>
            <translation>'ANSWER:' brez vprašanja in vsaj dveh možnosti pred njim</translation>
        </message>
        <message>
            <source>'ANSWER: {letter}' names no option of this question</source>
            <translation>'ANSWER: {letter}' ne navaja nobene možnosti tega vprašanja</translation>
        </message>
        <message>
            <source>option {letter} appears twice</source>
            <translation>možnost {letter} se pojavi dvakrat</translation>
        </message>
        <message>
            <source>a question's options must be followed by 'ANSWER: X'</source>
            <translation>možnostim vprašanja mora slediti 'ANSWER: X'</translation>
        </message>
        <message>
            <source>the last question has no 'ANSWER: X' line</source>
            <translation>zadnje vprašanje nima vrstice 'ANSWER: X'</translation>
        </message>
        <message>
            <source>There is no module '{module}' in {folder}. Modules: {known}.</source>
            <translation>V mapi {folder} ni modula '{module}'. Moduli: {known}.</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>V datoteko {file} ni mogoče pisati: {reason}.</translation>
        </message>
        <message>
            <source>Module '{module}' has no question bank ({file}).</source>
            <translation>Modul '{module}' nima zbirke vprašanj ({file}).</translation>
        </message>
        <message>
            <source>{problem}: left out of the export</source>
            <translation>{problem}: izpuščeno iz izvoza</translation>
        </message>
        <message>
            <source>{id}: Moodle needs at least three answers in a matching question (add a distractor)</source>
            <translation>{id}: Moodle zahteva vsaj tri odgovore pri vprašanju s povezovanjem (dodajte zavajajoči odgovor)</translation>
        </message>
        <message>
            <source>{id}: Moodle accepts only its own list of grades; {percent} % is not one</source>
            <translation>{id}: Moodle sprejme samo ocene s svojega seznama; {percent} % ni med njimi</translation>
        </message>
        <message>
            <source>question id '{id}' is already used in the bank</source>
            <translation>ID vprašanja '{id}' je v zbirki že uporabljen</translation>
        </message>
        <message>
            <source>The bank cannot be read, so nothing was added: {reason}</source>
            <translation>Zbirke vprašanj ni mogoče prebrati, zato ni bilo nič dodano: {reason}</translation>
        </message>
        <message>
            <source>The bank has no 'questions:' list to add to.</source>
            <translation>Zbirka vprašanj nima seznama 'questions:', v katerega bi lahko dodali vprašanja.</translation>
        </message>
        <message>
            <source>Adding the questions would break the bank: {reason}</source>
            <translation>Dodajanje vprašanj bi poškodovalo zbirko vprašanj: {reason}</translation>
        </message>
        <message>
            <source>The 'questions:' list is not at the end of the file, so nothing was added.</source>
            <translation>Seznam 'questions:' ni na koncu datoteke, zato ni bilo nič dodano.</translation>
        </message>
        <message>
            <source>HTML was turned into plain text</source>
            <translation>HTML je bil pretvorjen v navadno besedilo</translation>
        </message>
        <message>
            <source>a description (text without an answer block) is not a question; left out</source>
            <translation>opis (besedilo brez bloka z odgovori) ni vprašanje; izpuščeno</translation>
        </message>
        <message>
            <source>the braces around the answers do not match (a '{{' or '}}' is missing or should be escaped as '\{{' / '\}}')</source>
            <translation>zaviti oklepaji okrog odgovorov se ne ujemajo (manjka '{{' ali '}}' ali pa bi ga bilo treba ubežati kot '\{{' / '\}}')</translation>
        </message>
        <message>
            <source>the question has no text</source>
            <translation>vprašanje nima besedila</translation>
        </message>
        <message>
            <source>a multiple-choice question needs at least two answers</source>
            <translation>izbirno vprašanje potrebuje vsaj dva odgovora</translation>
        </message>
        <message>
            <source>no answer is worth 100 %</source>
            <translation>noben odgovor ni vreden 100 %</translation>
        </message>
        <message>
            <source>no right answer: mark one with '=' or give weights such as '~%50%'</source>
            <translation>ni pravilnega odgovora: enega označite z '=' ali podajte uteži, na primer '~%50%'</translation>
        </message>
        <message>
            <source>the positive weights add up to {percent} %, not 100 %</source>
            <translation>pozitivne uteži dajo skupaj {percent} %, ne 100 %</translation>
        </message>
        <message>
            <source>an answer is empty</source>
            <translation>odgovor je prazen</translation>
        </message>
        <message>
            <source>a matching question needs at least two pairs</source>
            <translation>vprašanje s povezovanjem potrebuje vsaj dva para</translation>
        </message>
        <message>
            <source>each matching answer needs '-&gt;' between the two sides</source>
            <translation>vsak odgovor pri povezovanju potrebuje '-&gt;' med obema stranema</translation>
        </message>
        <message>
            <source>a matching question needs at least two pairs with both sides</source>
            <translation>vprašanje s povezovanjem potrebuje vsaj dva para z obema stranema</translation>
        </message>
        <message>
            <source>two pairs have the same left side</source>
            <translation>dva para imata enako levo stran</translation>
        </message>
        <message>
            <source>a short-answer question needs an answer</source>
            <translation>vprašanje s kratkim odgovorom potrebuje odgovor</translation>
        </message>
        <message>
            <source>the feedback for any other answer ('~#…') is left out: Coursebook gives the general feedback instead</source>
            <translation>povratna informacija za vse druge odgovore ('~#…') je izpuščena: Coursebook namesto nje prikaže splošno povratno informacijo</translation>
        </message>
        <message>
            <source>a numerical question needs an answer</source>
            <translation>številsko vprašanje potrebuje odgovor</translation>
        </message>
        <message>
            <source>the margin of error in '{value}' is negative</source>
            <translation>dopustna napaka v '{value}' je negativna</translation>
        </message>
        <message>
            <source>the feedback for the right number is left out: Coursebook shows the general feedback</source>
            <translation>povratna informacija za pravilno število je izpuščena: Coursebook prikaže splošno povratno informacijo</translation>
        </message>
        <message>
            <source>no number is worth 100 %</source>
            <translation>nobeno število ni vredno 100 %</translation>
        </message>
        <message>
            <source>'{value}' is not a number</source>
            <extracomment>Tags Coursebook writes into Moodle files so an export can be imported back without loss. Moodle accepts only these grades (``question_bank::fraction_options_full``), as fractions.</extracomment>
            <translation>'{value}' ni število</translation>
        </message>
        <message>
            <source>{id}: an answer contains '-&gt;', so Moodle would read the question as matching</source>
            <translation>{id}: odgovor vsebuje '-&gt;', zato bi Moodle vprašanje prebral kot vprašanje s povezovanjem</translation>
        </message>
        <message>
            <source>a document type declaration is not allowed in a question file</source>
            <translation>deklaracija vrste dokumenta v datoteki z vprašanji ni dovoljena</translation>
        </message>
        <message>
            <source>not well-formed XML: {reason}</source>
            <translation>XML ni pravilno oblikovan: {reason}</translation>
        </message>
        <message>
            <source>a description is not a question; left out</source>
            <translation>opis ni vprašanje; izpuščeno</translation>
        </message>
        <message>
            <source>line {line}: fraction '{fraction}' is not a number</source>
            <translation>vrstica {line}: delež '{fraction}' ni število</translation>
        </message>
        <message>
            <source>neither true nor false is worth 100 %</source>
            <translation>niti odgovor »drži« niti »ne drži« ni vreden 100 %</translation>
        </message>
        <message>
            <source>case-sensitive matching is not kept: Coursebook ignores case</source>
            <translation>razlikovanje med velikimi in malimi črkami ni ohranjeno: Coursebook ga ne upošteva</translation>
        </message>
        <message>
            <source>the feedback for any other answer is left out</source>
            <translation>povratna informacija za vse druge odgovore je izpuščena</translation>
        </message>
        <message>
            <source>the feedback for the right number is left out</source>
            <translation>povratna informacija za pravilno število je izpuščena</translation>
        </message>
        <message>
            <source>question type '{kind}' has no counterpart in Coursebook</source>
            <translation>vrsta vprašanja '{kind}' v programu Coursebook nima ustreznice</translation>
        </message>
        <message>
            <source>a Moodle XML file starts with &lt;quiz&gt;</source>
            <translation>datoteka Moodle XML se začne z &lt;quiz&gt;</translation>
        </message>
        <message>
            <source>{file} must name the pack's id, version, language and title.</source>
            <extracomment>Limits against zip bombs and runaway packs. ``module-id#section-id`` (or a whole ``module-id``) the new version no longer has files of the old version changed or added on this PC since it was installed (e.g. questions a trainer imported into a pack module): the new version replaces them</extracomment>
            <translation>{file} mora navajati ID, različico, jezik in naslov paketa.</translation>
        </message>
        <message>
            <source>{file} does not describe the pack correctly.</source>
            <translation>{file} ne opisuje paketa pravilno.</translation>
        </message>
        <message>
            <source>The course in {file} has errors; nothing was done.</source>
            <translation>Tečaj v datoteki {file} vsebuje napake; nič ni bilo spremenjeno.</translation>
        </message>
        <message>
            <source>{file} is missing: it names the pack's id, version, language and title.</source>
            <translation>Datoteka {file} manjka: v njej so navedeni ID, različica, jezik in naslov paketa.</translation>
        </message>
        <message>
            <source>{file} is a link; a pack holds only plain files.</source>
            <translation>{file} je povezava; paket vsebuje samo navadne datoteke.</translation>
        </message>
        <message>
            <source>The pack is refused: the entry '{name}' has a name that is not allowed (it could be written outside the pack's folder).</source>
            <translation>Paket je zavrnjen: vnos '{name}' ima nedovoljeno ime (lahko bi bil zapisan zunaj mape paketa).</translation>
        </message>
        <message>
            <source>The pack is refused: it holds more than {limit} files.</source>
            <translation>Paket je zavrnjen: vsebuje več kot {limit} datotek.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is a link or a special file.</source>
            <translation>Paket je zavrnjen: vnos '{name}' je povezava ali posebna datoteka.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is encrypted.</source>
            <translation>Paket je zavrnjen: vnos '{name}' je šifriran.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' unpacks to more than {ratio} times its size (a zip bomb).</source>
            <translation>Paket je zavrnjen: vnos '{name}' je po razpakiranju več kot {ratio}-krat večji kot stisnjen (zip bomba).</translation>
        </message>
        <message>
            <source>The pack is refused: it unpacks to more than {limit} MB.</source>
            <translation>Paket je zavrnjen: po razpakiranju obsega več kot {limit} MB.</translation>
        </message>
        <message>
            <source>The pack is refused: it unpacks to more than {ratio} times its size (a zip bomb).</source>
            <translation>Paket je zavrnjen: po razpakiranju je več kot {ratio}-krat večji kot stisnjen (zip bomba).</translation>
        </message>
        <message>
            <source>The pack is refused: a file name appears twice.</source>
            <translation>Paket je zavrnjen: ime datoteke se pojavi dvakrat.</translation>
        </message>
        <message>
            <source>This file is not a content pack: it has no {file}.</source>
            <translation>Ta datoteka ni vsebinski paket: nima datoteke {file}.</translation>
        </message>
        <message>
            <source>The pack is refused: its {file} is too large.</source>
            <translation>Paket je zavrnjen: njegova datoteka {file} je prevelika.</translation>
        </message>
        <message>
            <source>The pack is refused: its {file} is not valid JSON.</source>
            <translation>Paket je zavrnjen: njegova datoteka {file} ni veljaven JSON.</translation>
        </message>
        <message>
            <source>The pack is refused: its {file} lists no checksums.</source>
            <translation>Paket je zavrnjen: njegova datoteka {file} ne navaja nobene kontrolne vsote.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is not listed in its manifest.</source>
            <translation>Paket je zavrnjen: vnos '{name}' ni naveden v njegovem manifestu.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is listed in its manifest but missing.</source>
            <translation>Paket je zavrnjen: vnos '{name}' je naveden v manifestu, vendar manjka.</translation>
        </message>
        <message>
            <source>The pack is refused: the entry '{name}' would be written outside the pack's folder.</source>
            <translation>Paket je zavrnjen: vnos '{name}' bi bil zapisan zunaj mape paketa.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is larger than it declares.</source>
            <translation>Paket je zavrnjen: vnos '{name}' je večji, kot je navedeno.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' does not match its checksum (the file is damaged or was changed).</source>
            <translation>Paket je zavrnjen: vnos '{name}' se ne ujema s svojo kontrolno vsoto (datoteka je poškodovana ali je bila spremenjena).</translation>
        </message>
        <message>
            <source>{file} cannot be read as a content pack: {reason}.</source>
            <translation>Datoteke {file} ni mogoče prebrati kot vsebinski paket: {reason}.</translation>
        </message>
        <message>
            <source>Pack {id} version {installed} is installed; this file has version {version}, which is not newer. Nothing was changed.</source>
            <translation>Paket {id} je nameščen v različici {installed}; ta datoteka ima različico {version}, ki ni novejša. Nič ni bilo spremenjeno.</translation>
        </message>
        <message>
            <source>The pack is refused: module {module} is already in {where}.</source>
            <translation>Paket je zavrnjen: modul {module} je že v {where}.</translation>
        </message>
        <message>
            <source>the name is not valid UTF-8 (shown with �); rename it</source>
            <translation>ime ni veljaven UTF-8 (prikazano z znakom �); preimenujte ga</translation>
        </message>
        <message>
            <source>not a regular file (a FIFO, socket or device); it is never opened</source>
            <translation>ni navadna datoteka (FIFO, vtičnica ali naprava); nikoli se ne odpre</translation>
        </message>
        <message>
            <source>a folder where a file is expected</source>
            <extracomment>The longest line of a content file, in characters.</extracomment>
            <translation>mapa na mestu, kjer je pričakovana datoteka</translation>
        </message>
        <message>
            <source>content folder not found</source>
            <translation>mape z vsebino ni mogoče najti</translation>
        </message>
        <message>
            <source>no modules found: a course is a folder of module folders, each with a module.md</source>
            <translation>ni najdenih modulov: tečaj je mapa z mapami modulov, vsaka z datoteko module.md</translation>
        </message>
        <message>
            <source>the section has {size} characters; the limit is {limit} (split it into sections)</source>
            <extracomment>Characters in one section's Markdown (17,791). Lines in one section (310). Nesting of lists and block quotes, counted per line (indentation of 4 columns, '- ', '&gt; ') (3). Lines in one block of text between blank lines, outside fenced blocks (42). Table cells ('|') in one section (127). Opening brackets '[' (links, images, footnotes) in one section (29). Emphasis characters ('*', '_') in one section (120).</extracomment>
            <translation>razdelek ima {size} znakov; omejitev je {limit} (razdelite ga na več razdelkov)</translation>
        </message>
        <message>
            <source>the section has {count} lines; the limit is {limit} (split it into sections)</source>
            <translation>razdelek ima {count} vrstic; omejitev je {limit} (razdelite ga na več razdelkov)</translation>
        </message>
        <message>
            <source>more than {limit} table cells ('|') in one section</source>
            <translation>več kot {limit} celic tabele ('|') v enem razdelku</translation>
        </message>
        <message>
            <source>more than {limit} '[' (links, images, footnotes) in one section</source>
            <translation>več kot {limit} znakov '[' (povezave, slike, opombe pod črto) v enem razdelku</translation>
        </message>
        <message>
            <source>more than {limit} emphasis marks ('*', '_') in one section</source>
            <translation>več kot {limit} oznak za poudarjanje ('*', '_') v enem razdelku</translation>
        </message>
        <message>
            <source>more than {limit} lines without a blank line</source>
            <translation>več kot {limit} vrstic brez prazne vrstice</translation>
        </message>
        <message>
            <source>lists or quotes nested more than {limit} levels deep</source>
            <translation>seznami ali citati so gnezdeni globlje kot {limit} ravni</translation>
        </message>
        <message>
            <source>nested too deeply to format</source>
            <translation>pregloboko gnezdeno za oblikovanje</translation>
        </message>
        <message>
            <source>cannot be formatted ({error})</source>
            <translation>ni mogoče oblikovati ({error})</translation>
        </message>
        <message>
            <source>a symbolic link that points to itself (a link loop)</source>
            <translation>simbolna povezava, ki kaže sama nase (zanka povezav)</translation>
        </message>
        <message>
            <source>a symbolic link to a file that does not exist (an editor's lock file?)</source>
            <translation>simbolna povezava na datoteko, ki ne obstaja (datoteka za zaklep urejevalnika?)</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>dostop zavrnjen</translation>
        </message>
        <message>
            <source>cannot read file: {reason}</source>
            <translation>datoteke ni mogoče prebrati: {reason}</translation>
        </message>
        <message>
            <source>file is {size} bytes; the limit is {limit} bytes</source>
            <translation>datoteka ima {size} bajtov; omejitev je {limit} bajtov</translation>
        </message>
        <message>
            <source>file is larger than the limit of {limit} bytes</source>
            <translation>datoteka presega omejitev {limit} bajtov</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
            <translation>ni besedilo v kodiranju UTF-8 (bajt 0x{byte}); shranite datoteko kot UTF-8</translation>
        </message>
        <message>
            <source>the file holds a NUL character; it is not text</source>
            <translation>datoteka vsebuje znak NUL; ni besedilna</translation>
        </message>
        <message>
            <source>line is {length} characters long; the limit is {limit}</source>
            <translation>vrstica je dolga {length} znakov; omejitev je {limit}</translation>
        </message>
        <message>
            <source>The phases add up to {planned} min, but the activity states {stated} min.</source>
            <translation>Faze skupaj trajajo {planned} min, aktivnost pa navaja {stated} min.</translation>
        </message>
        <message>
            <source>With the minutes chosen the phases take {total} min: {over} min more than the {stated} min the activity states.</source>
            <translation>Z izbranimi minutami faze trajajo {total} min: {over} min več od {stated} min, ki jih navaja aktivnost.</translation>
        </message>
        <message>
            <source>With the minutes chosen the phases take {total} min: {under} min less than the {stated} min the activity states.</source>
            <translation>Z izbranimi minutami faze trajajo {total} min: {under} min manj od {stated} min, ki jih navaja aktivnost.</translation>
        </message>
        <message>
            <source>The sub-phases of {phase} take {inner} min, more than the {minutes} min set for it.</source>
            <translation>Podfaze faze {phase} trajajo {inner} min, kar je več od {minutes} min, določenih zanjo.</translation>
        </message>
        <message>
            <source>section '{id}' {problem}; the reader shows it as plain text</source>
            <translation>razdelek '{id}': {problem}; bralnik ga prikaže kot navadno besedilo</translation>
        </message>
        <message>
            <source>anchors and aliases (&amp;name, *name) are not allowed in course content</source>
            <translation>sidra in vzdevki (&amp;name, *name) v vsebini tečaja niso dovoljeni</translation>
        </message>
        <message>
            <source>lists and mappings are nested more than {limit} deep</source>
            <translation>seznami in preslikave so gnezdeni globlje kot {limit} ravni</translation>
        </message>
        <message>
            <source>invalid YAML: nested too deeply</source>
            <translation>neveljaven YAML: pregloboko gnezdenje</translation>
        </message>
        <message>
            <source>The code {code} belongs to no passed result in this gradebook: the certificate is not valid here.</source>
            <translation>Koda {code} ne pripada nobenemu opravljenemu preizkusu v tej redovalnici: potrdilo tukaj ni veljavno.</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Udeleženec</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Preizkus znanja</translation>
        </message>
        <message>
            <source>Grade (%)</source>
            <translation>Ocena (%)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Izid</translation>
        </message>
        <message>
            <source>Time (minutes)</source>
            <translation>Čas (v minutah)</translation>
        </message>
        <message>
            <source>Attempts used</source>
            <translation>Porabljeni poskusi</translation>
        </message>
        <message>
            <source>Essays waiting</source>
            <translation>Neocenjeni eseji</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>opravljeno</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>ni opravljeno</translation>
        </message>
        <message>
            <source>There is no imported attempt {uuid}.</source>
            <translation>Uvoženega poskusa {uuid} ni.</translation>
        </message>
        <message>
            <source>A mark is between 0 and 100 %.</source>
            <translation>Ocena mora biti med 0 in 100 %.</translation>
        </message>
        <message>
            <source>There is no answer to grade.</source>
            <translation>Ni odgovora, ki bi ga bilo treba oceniti.</translation>
        </message>
        <message>
            <source>There is no imported learner named {name}.</source>
            <translation>Uvoženega udeleženca z imenom {name} ni.</translation>
        </message>
        <message>
            <source>{file} could not be written: {reason}.</source>
            <extracomment>Files merged per transaction on import (one commit to disk per batch). SQLite's page cache while importing, in KiB (the default is 2 MB). The answers go into the gradebook in the order of the attempts' random ids, all over its B-tree: with the default cache most pages were written out and read back within one batch (a fifth more CPU, a third more time in SQLite).</extracomment>
            <translation>Datoteke {file} ni bilo mogoče zapisati: {reason}.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <extracomment>Attempts whose marks were recorded (new or newer than those received before). Attempts whose marks were already there (the same file or a newer one received before). Attempts the file names that are not on this PC (taken elsewhere, or removed with their profile).
----------
attempt UUID -&gt; (question key per slot, grading rule, pass mark), read from its sealed plan.</extracomment>
            <translation>Datoteke {file} ni mogoče prebrati: {reason}.</translation>
        </message>
        <message>
            <source>{file} is truncated or damaged: it is not a whole marks file.</source>
            <translation>Datoteka {file} je okrnjena ali poškodovana: ni celotna datoteka z ocenami.</translation>
        </message>
        <message>
            <source>{file} is not a Coursebook marks file.</source>
            <translation>Datoteka {file} ni datoteka z ocenami programa Coursebook.</translation>
        </message>
        <message>
            <source>{file} was written by a newer Coursebook (format {version}); update this program to receive it.</source>
            <translation>Datoteko {file} je zapisala novejša različica programa Coursebook (oblika {version}); za prevzem posodobite ta program.</translation>
        </message>
        <message>
            <source>{file} is signed with this PC's own key, not with the trainer's.</source>
            <translation>Datoteka {file} je podpisana s ključem tega računalnika in ne s trenerjevim.</translation>
        </message>
        <message>
            <source>{file} is for another PC: its marks belong to results handed in elsewhere.</source>
            <translation>Datoteka {file} je namenjena drugemu računalniku: njene ocene se nanašajo na rezultate, predane drugje.</translation>
        </message>
        <message>
            <source>{file} names a learner who has no profile on this PC.</source>
            <translation>Datoteka {file} navaja udeleženca, ki na tem računalniku nima profila.</translation>
        </message>
        <message>
            <source>{file} cannot be checked: the sealed record of {name} on this PC is damaged.</source>
            <translation>Datoteke {file} ni mogoče preveriti: zapečateni zapis udeleženca {name} na tem računalniku je poškodovan.</translation>
        </message>
        <message>
            <source>{file} is not signed by the trainer whose assessment {name} took: the key does not match.</source>
            <translation>Datoteka {file} ni podpisana s ključem trenerja, ki je pripravil preizkus znanja za udeleženca {name}: ključ se ne ujema.</translation>
        </message>
        <message>
            <source>{file} is truncated or damaged: it is not a whole results file.</source>
            <translation>Datoteka {file} je okrnjena ali poškodovana: ni celotna datoteka z rezultati.</translation>
        </message>
        <message>
            <source>{file} is not a Coursebook results file.</source>
            <translation>Datoteka {file} ni datoteka z rezultati programa Coursebook.</translation>
        </message>
        <message>
            <source>{file} was written by a newer Coursebook (format {version}); update this program to import it.</source>
            <translation>Datoteko {file} je zapisala novejša različica programa Coursebook (oblika {version}); za uvoz posodobite ta program.</translation>
        </message>
        <message>
            <source>{file} was changed after it was written: its signature does not match.</source>
            <translation>Datoteka {file} je bila spremenjena po tem, ko je bila zapisana: njen podpis se ne ujema.</translation>
        </message>
        <message>
            <source>{file} holds a broken record of results: {problem}</source>
            <translation>Datoteka {file} vsebuje poškodovan zapis rezultatov: {problem}</translation>
        </message>
        <message>
            <source>{file} holds an attempt whose questions differ from its record.</source>
            <translation>Datoteka {file} vsebuje poskus, katerega vprašanja se razlikujejo od njegovega zapisa.</translation>
        </message>
        <message>
            <source>{file} is signed with a foreign key, not the key of the PC it claims to come from.</source>
            <translation>Datoteka {file} je podpisana s tujim ključem in ne s ključem računalnika, s katerega naj bi izvirala.</translation>
        </message>
        <message>
            <source>{file} claims a learner whose results came from another PC.</source>
            <translation>Datoteka {file} navaja udeleženca, katerega rezultati izvirajo z drugega računalnika.</translation>
        </message>
        <message>
            <source>{file} does not continue the results imported before for {name}: they were taken back to an earlier state.</source>
            <translation>Datoteka {file} ne nadaljuje rezultatov, ki so bili za udeleženca {name} uvoženi prej: rezultati so bili vrnjeni v prejšnje stanje.</translation>
        </message>
        <message>
            <source>Gradebook report</source>
            <extracomment>passed / learners with a grade, in %; None when nobody has a grade yet. mean of the grades that count, in %.</extracomment>
            <translation>Poročilo redovalnice</translation>
        </message>
        <message>
            <source>Course: {course}</source>
            <translation>Tečaj: {course}</translation>
        </message>
        <message>
            <source>Assessments: {titles}</source>
            <translation>Preizkusi znanja: {titles}</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Datum: {date}</translation>
        </message>
        <message>
            <source>Learners: {n}</source>
            <translation>Udeleženci: {n}</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Rezultati</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Povzetek</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Udeleženci</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Opravili</translation>
        </message>
        <message>
            <source>Pass rate (%)</source>
            <translation>Uspešnost (%)</translation>
        </message>
        <message>
            <source>Mean grade (%)</source>
            <translation>Povprečna ocena (%)</translation>
        </message>
        <message>
            <source>Question statistics: {title}</source>
            <translation>Statistika vprašanj: {title}</translation>
        </message>
        <message>
            <source>Each learner's first attempt counts (as in Moodle).</source>
            <translation>Šteje prvi poskus vsakega udeleženca (kot v Moodlu).</translation>
        </message>
        <message>
            <source>Every finished attempt counts.</source>
            <translation>Šteje vsak zaključeni poskus.</translation>
        </message>
        <message>
            <source>Facility: the mean score as a share of the maximum (low = hard). Discrimination: how well the question separates stronger from weaker learners; below 30 % it very likely needs checking, below 0 check the key.</source>
            <translation>Lahkotnost: povprečni rezultat kot delež največjega (nizka = težko). Razločevalnost: kako dobro vprašanje loči boljše udeležence od slabših; pod 30 % je pregled zelo verjetno potreben, pod 0 preverite ključ.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Vprašanje</translation>
        </message>
        <message>
            <source>Answers counted</source>
            <translation>Upoštevani odgovori</translation>
        </message>
        <message>
            <source>Facility (%)</source>
            <translation>Lahkotnost (%)</translation>
        </message>
        <message>
            <source>Discrimination (%)</source>
            <translation>Razločevalnost (%)</translation>
        </message>
        <message>
            <source>Needs checking?</source>
            <translation>Potreben pregled?</translation>
        </message>
        <message>
            <source>Commonest wrong answer</source>
            <translation>Najpogostejši napačni odgovor</translation>
        </message>
        <message>
            <source>No results have been imported yet.</source>
            <translation>Uvoženih rezultatov še ni.</translation>
        </message>
        <message>
            <source>No finished attempt to count yet.</source>
            <translation>Zaključenega poskusa, ki bi ga lahko šteli, še ni.</translation>
        </message>
        <message>
            <source>Yes: negative, check the key</source>
            <extracomment>Moodle's "Needs checking?" thresholds on the discrimination index (qbank_statistics helper).</extracomment>
            <translation>Da: negativna, preverite ključ</translation>
        </message>
        <message>
            <source>Very likely</source>
            <translation>Zelo verjetno</translation>
        </message>
        <message>
            <source>Likely</source>
            <translation>Verjetno</translation>
        </message>
        <message>
            <source>Unlikely</source>
            <translation>Malo verjetno</translation>
        </message>
        <message>
            <source>Cannot write to the data folder {folder}: {reason}. Choose another folder with --data-dir or the COURSEBOOK_HOME environment variable.</source>
            <translation>V podatkovno mapo {folder} ni mogoče pisati: {reason}. Izberite drugo mapo z možnostjo --data-dir ali s spremenljivko okolja COURSEBOOK_HOME.</translation>
        </message>
        <message>
            <source>An assessment must be a JSON object.</source>
            <extracomment>An assessment file is small; anything larger is refused unread. The deepest nesting of JSON arrays and objects read (a definition needs 3). Bounds of the numbers: (lowest, highest). Minutes; 0 = no time limit. When it runs out the attempt is submitted automatically. Percentage of the maximum score needed to pass; 0 = no pass mark. 0 = unlimited. Which attempt counts when there are several: highest, last, first or average.</extracomment>
            <translation>Preizkus znanja mora biti objekt JSON.</translation>
        </message>
        <message>
            <source>'{key}' must be text.</source>
            <translation>'{key}' mora biti besedilo.</translation>
        </message>
        <message>
            <source>'id' is required.</source>
            <translation>'id' je obvezen.</translation>
        </message>
        <message>
            <source>The title is too long. Most characters allowed: {limit}.</source>
            <translation>Naslov je predolg. Največje dovoljeno število znakov: {limit}.</translation>
        </message>
        <message>
            <source>'{key}' must be true or false (without quotes).</source>
            <translation>'{key}' mora biti true ali false (brez narekovajev).</translation>
        </message>
        <message>
            <source>'draws' must be a list of question banks. Most banks allowed: {limit}.</source>
            <translation>'draws' mora biti seznam zbirk vprašanj. Največje dovoljeno število zbirk: {limit}.</translation>
        </message>
        <message>
            <source>Each entry of 'draws' needs a 'module_id' text.</source>
            <translation>Vsak vnos v 'draws' potrebuje besedilo 'module_id'.</translation>
        </message>
        <message>
            <source>'review' must be an object.</source>
            <translation>'review' mora biti objekt.</translation>
        </message>
        <message>
            <source>The id '{id}' must be lower-case letters, digits and '-'.</source>
            <translation>Identifikator '{id}' sme vsebovati samo male črke, števke in '-'.</translation>
        </message>
        <message>
            <source>The assessment needs a title.</source>
            <translation>Preizkus znanja potrebuje naslov.</translation>
        </message>
        <message>
            <source>Choose at least one question bank.</source>
            <translation>Izberite vsaj eno zbirko vprašanj.</translation>
        </message>
        <message>
            <source>The number of questions cannot be negative.</source>
            <translation>Število vprašanj ne sme biti negativno.</translation>
        </message>
        <message>
            <source>Each question bank may be listed once.</source>
            <translation>Vsaka zbirka vprašanj je lahko navedena samo enkrat.</translation>
        </message>
        <message>
            <source>Too many questions are drawn from one bank. Most questions allowed: {limit}.</source>
            <translation>Iz ene zbirke vprašanj je izbranih preveč vprašanj. Največje dovoljeno število vprašanj: {limit}.</translation>
        </message>
        <message>
            <source>The time limit cannot be negative.</source>
            <translation>Časovna omejitev ne sme biti negativna.</translation>
        </message>
        <message>
            <source>The time limit is too long. Longest time limit in minutes: {limit}.</source>
            <translation>Časovna omejitev je predolga. Najdaljša časovna omejitev v minutah: {limit}.</translation>
        </message>
        <message>
            <source>The pass mark is a percentage from 0 to 100.</source>
            <translation>Prag uspešnosti je odstotek od 0 do 100.</translation>
        </message>
        <message>
            <source>Attempts allowed cannot be negative (0 = unlimited).</source>
            <translation>Dovoljeno število poskusov ne sme biti negativno (0 = neomejeno).</translation>
        </message>
        <message>
            <source>Too many attempts are allowed. Most attempts allowed: {limit} (0 = unlimited).</source>
            <translation>Dovoljenih je preveč poskusov. Največje dovoljeno število poskusov: {limit} (0 = neomejeno).</translation>
        </message>
        <message>
            <source>The grading must be one of: {methods}.</source>
            <translation>Način ocenjevanja mora biti eden od: {methods}.</translation>
        </message>
        <message>
            <source>'{key}' must be a whole number from {low} to {high}.</source>
            <translation>'{key}' mora biti celo število od {low} do {high}.</translation>
        </message>
        <message>
            <source>'{key}' must be a number from {low} to {high}.</source>
            <translation>'{key}' mora biti število od {low} do {high}.</translation>
        </message>
        <message>
            <source>{name} is not a number JSON allows.</source>
            <translation>{name} ni število, ki ga dovoljuje JSON.</translation>
        </message>
        <message>
            <source>The number {text} is too large.</source>
            <translation>Število {text} je preveliko.</translation>
        </message>
        <message>
            <source>The file starts with a byte-order mark (BOM); save it as UTF-8 without BOM.</source>
            <translation>Datoteka se začne z oznako vrstnega reda bajtov (BOM); shranite jo kot UTF-8 brez BOM.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text.</source>
            <translation>Datoteka ni besedilo v kodiranju UTF-8.</translation>
        </message>
        <message>
            <source>Arrays and objects are nested too deep. Most levels allowed: {limit}.</source>
            <translation>Tabele in objekti so gnezdeni pregloboko. Največje dovoljeno število ravni: {limit}.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {reason}</source>
            <translation>Datoteka ni veljaven JSON: {reason}</translation>
        </message>
        <message>
            <source>The file cannot be read ({reason}).</source>
            <translation>Datoteke ni mogoče prebrati ({reason}).</translation>
        </message>
        <message>
            <source>Its id is '{id}'; the file must be named {id}.json.</source>
            <translation>Njegov identifikator je '{id}'; datoteka se mora imenovati {id}.json.</translation>
        </message>
        <message>
            <source>The time is up; the answer was not saved.</source>
            <extracomment>An attempt's time is written at least this often while it is on screen (and with every answer). ``settings["source"]`` of an attempt at an exam file. Why an answer was refused (AttemptClosed): one sentence each, said in several places.</extracomment>
            <translation>Čas je potekel; odgovor ni bil shranjen.</translation>
        </message>
        <message>
            <source>This attempt has been submitted; the answer was not saved.</source>
            <translation>Ta poskus je že oddan; odgovor ni bil shranjen.</translation>
        </message>
        <message>
            <source>Module '{module}' is not in the library.</source>
            <extracomment>Exams opened with their start code in this session (in memory only), and their banks. Monotonic time at an attempt's last tick, and at its last write. Elapsed seconds at the last mark, as this session counted them (the store may lag 5 s). Per module: (the bank object, its size, question id -&gt; question), rebuilt when the bank changes. Checked chains per profile, with the state of the store they were checked in. Report results with the state they were made in (see :meth:`kept`). Banks loaded or reloaded in this session: a kept report is redone after any.</extracomment>
            <translation>Modula '{module}' ni v knjižnici.</translation>
        </message>
        <message>
            <source>Module '{module}' has no usable questions.</source>
            <translation>Modul '{module}' nima uporabnih vprašanj.</translation>
        </message>
        <message>
            <source>No attempts are left at '{title}'. Attempts allowed: {allowed}.</source>
            <translation>Za preizkus znanja '{title}' nimate več poskusov. Dovoljeno število poskusov: {allowed}.</translation>
        </message>
        <message>
            <source>'{title}' has no usable questions.</source>
            <translation>'{title}' nima uporabnih vprašanj.</translation>
        </message>
        <message>
            <source>Attempt {attempt} does not exist.</source>
            <translation>Poskus {attempt} ne obstaja.</translation>
        </message>
        <message>
            <source>Attempt {attempt} has no question {number}.</source>
            <translation>Poskus {attempt} nima vprašanja {number}.</translation>
        </message>
        <message>
            <source>The attempt has not been submitted yet.</source>
            <translation>Poskus še ni oddan.</translation>
        </message>
        <message>
            <source>There is no module '{module}'. Modules: {known}.</source>
            <translation>Modul '{module}' ne obstaja. Moduli: {known}.</translation>
        </message>
        <message>
            <source>Module '{module}' has no activity.</source>
            <translation>Modul '{module}' nima aktivnosti.</translation>
        </message>
        <message>
            <source>The activity of module '{module}' has no groups to print role cards for.</source>
            <translation>Aktivnost modula '{module}' nima skupin, za katere bi lahko natisnili kartice vlog.</translation>
        </message>
        <message>
            <source>Module '{module}' has no cards ({file}).</source>
            <translation>Modul '{module}' nima kartic z indikatorji ({file}).</translation>
        </message>
        <message>
            <source>The cards cannot be read: {reason}</source>
            <translation>Kartic ni mogoče prebrati: {reason}</translation>
        </message>
        <message>
            <source>The cards of module '{module}' cannot be read.</source>
            <translation>Kartic modula '{module}' ni mogoče prebrati.</translation>
        </message>
        <message>
            <source>There is no handout '{what}'. Choose one of: {kinds}.</source>
            <translation>Gradivo '{what}' ne obstaja. Izberite eno od: {kinds}.</translation>
        </message>
        <message>
            <source>There is no space left on the disk: {path}</source>
            <extracomment>What the operating system says, in the user's language, for the failures a user can act on.</extracomment>
            <translation>Na disku ni več prostora: {path}</translation>
        </message>
        <message>
            <source>The disk is read-only: {path}</source>
            <translation>Disk je samo za branje: {path}</translation>
        </message>
        <message>
            <source>You may not read or write here: {path}</source>
            <translation>Tu nimate dovoljenja za branje ali pisanje: {path}</translation>
        </message>
        <message>
            <source>The file or folder does not exist: {path}</source>
            <translation>Datoteka ali mapa ne obstaja: {path}</translation>
        </message>
        <message>
            <source>The disk could not be read or written (was it removed?): {path}</source>
            <translation>Diska ni bilo mogoče brati ali pisati (ali je bil odstranjen?): {path}</translation>
        </message>
    </context>
</TS>