<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Edit assessment</source>
            <translation>Edit assessment</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>New assessment</translation>
        </message>
        <message>
            <source>e.g. Final test, module 6</source>
            <translation>e.g. Final test, module 6</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Questions drawn at random from each question bank</source>
            <translation>Questions drawn at random from each question bank</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Available</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <source>Questions from %1</source>
            <translation>Questions from %1</translation>
        </message>
        <message numerus="yes">
            <source> (%n left out: errors)</source>
            <translation>
                <numerusform> (%n left out: errors)</numerusform>
                <numerusform> (%n left out: errors)</numerusform>
            </translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Rules</translation>
        </message>
        <message>
            <source>Shuffle the order of the questions</source>
            <translation>Shuffle the order of the questions</translation>
        </message>
        <message>
            <source>Shuffle the answer options</source>
            <translation>Shuffle the answer options</translation>
        </message>
        <message>
            <source>Time limit in minutes</source>
            <translation>Time limit in minutes</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>no time limit</source>
            <translation>no time limit</translation>
        </message>
        <message>
            <source>Time &amp;limit:</source>
            <translation>Time &amp;limit:</translation>
        </message>
        <message>
            <source>When it runs out, the attempt is submitted automatically.</source>
            <translation>When it runs out, the attempt is submitted automatically.</translation>
        </message>
        <message>
            <source>no pass mark</source>
            <translation>no pass mark</translation>
        </message>
        <message>
            <source>&amp;Pass mark:</source>
            <translation>&amp;Pass mark:</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>unlimited</translation>
        </message>
        <message>
            <source>&amp;Attempts allowed:</source>
            <translation>&amp;Attempts allowed:</translation>
        </message>
        <message>
            <source>Highest grade</source>
            <translation>Highest grade</translation>
        </message>
        <message>
            <source>Last attempt</source>
            <translation>Last attempt</translation>
        </message>
        <message>
            <source>First attempt</source>
            <translation>First attempt</translation>
        </message>
        <message>
            <source>Average of all attempts</source>
            <translation>Average of all attempts</translation>
        </message>
        <message>
            <source>&amp;Which attempt counts:</source>
            <translation>&amp;Which attempt counts:</translation>
        </message>
        <message>
            <source>After submitting, learners see their score and…</source>
            <translation>After submitting, learners see their score and…</translation>
        </message>
        <message>
            <source>which questions they got right</source>
            <translation>which questions they got right</translation>
        </message>
        <message>
            <source>the right answers</source>
            <translation>the right answers</translation>
        </message>
        <message>
            <source>the feedback (explanations)</source>
            <translation>the feedback (explanations)</translation>
        </message>
        <message>
            <source>Feedback is never shown before the attempt is submitted.</source>
            <translation>Feedback is never shown before the attempt is submitted.</translation>
        </message>
        <message numerus="yes">
            <source>The assessment has %n question(s).</source>
            <translation>
                <numerusform>The assessment has %n question.</numerusform>
                <numerusform>The assessment has %n questions.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot save: %1</source>
            <translation>Cannot save: %1</translation>
        </message>
        <message>
            <source>Cannot write the assessment file: %1</source>
            <translation>Cannot write the assessment file: %1</translation>
        </message>
    </context>
    <context>
        <name>AudienceWindow</name>
        <message>
            <source>Slide</source>
            <translation>Slide</translation>
        </message>
    </context>
    <context>
        <name>BankExporter</name>
        <message>
            <source>Export questions</source>
            <translation>Export questions</translation>
        </message>
        <message>
            <source>Moodle GIFT (*.gift);;Moodle XML (*.xml)</source>
            <translation>Moodle GIFT (*.gift);;Moodle XML (*.xml)</translation>
        </message>
        <message>
            <source>Questions not exported</source>
            <translation>Questions not exported</translation>
        </message>
        <message>
            <source>The questions of %1 were saved to %2.</source>
            <translation>The questions of %1 were saved to %2.</translation>
        </message>
        <message>
            <source>Questions exported</source>
            <translation>Questions exported</translation>
        </message>
    </context>
    <context>
        <name>BankImportDialog</name>
        <message>
            <source>Import questions</source>
            <translation>Import questions</translation>
        </message>
        <message>
            <source>Into the question bank of</source>
            <translation>Into the question bank of</translation>
        </message>
        <message>
            <source>A .gift, Aiken .txt or Moodle XML file</source>
            <translation>A .gift, Aiken .txt or Moodle XML file</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
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
            <translation>Format</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Questions to import</source>
            <translation>Questions to import</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>Problems found</translation>
        </message>
        <message>
            <source>Import the good questions and skip those with errors</source>
            <translation>Import the good questions and skip those with errors</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Question file</source>
            <translation>Question file</translation>
        </message>
        <message>
            <source>Question files (*.gift *.txt *.xml);;All files (*)</source>
            <translation>Question files (*.gift *.txt *.xml);;All files (*)</translation>
        </message>
        <message>
            <source>Choose a module and a file.</source>
            <translation>Choose a module and a file.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) can be imported</source>
            <translation>
                <numerusform>%n question can be imported</numerusform>
                <numerusform>%n questions can be imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s), %1 warning(s).</source>
            <translation>
                <numerusform>%n error; warnings: %1.</numerusform>
                <numerusform>%n errors; warnings: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>This module comes from a content pack: a newer version of the pack replaces its question bank, so keep this file to import it again.</source>
            <translation>This module comes from a content pack: a newer version of the pack replaces its question bank, so keep this file to import it again.</translation>
        </message>
        <message>
            <source>Questions without a section are imported, and 'coursebook validate' lists them until a section is added.</source>
            <translation>Questions without a section are imported, and 'coursebook validate' lists them until a section is added.</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>Questions not imported</source>
            <translation>Questions not imported</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) imported into %1.</source>
            <translation>
                <numerusform>%n question imported into %1.</numerusform>
                <numerusform>%n questions imported into %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardsDialog</name>
        <message>
            <source>Language of the cards:</source>
            <translation>Language of the cards:</translation>
        </message>
        <message>
            <source>Language of the cards</source>
            <translation>Language of the cards</translation>
        </message>
        <message>
            <source>{language} (translation)</source>
            <translation>{language} (translation)</translation>
        </message>
        <message>
            <source>Indicator cards</source>
            <translation>Indicator cards</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>Czech</translation>
        </message>
        <message>
            <source>Slovak</source>
            <translation>Slovak</translation>
        </message>
        <message>
            <source>Slovenian</source>
            <translation>Slovenian</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Save cards as PDF</source>
            <translation>Save cards as PDF</translation>
        </message>
    </context>
    <context>
        <name>Certificate</name>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>passed “%1”</source>
            <translation>passed “%1”</translation>
        </message>
        <message>
            <source>with %1 %</source>
            <translation>with %1 %</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>on %1</translation>
        </message>
        <message>
            <source>Trainer: %1</source>
            <translation>Trainer: %1</translation>
        </message>
        <message>
            <source>Verification code: %1</source>
            <translation>Verification code: %1</translation>
        </message>
    </context>
    <context>
        <name>ClassroomController</name>
        <message>
            <source>&amp;Classroom</source>
            <extracomment>The window that replaced this one after a switch (kept alive here and on the application).</extracomment>
            <translation>&amp;Classroom</translation>
        </message>
        <message>
            <source>&amp;Switch profile…</source>
            <translation>&amp;Switch profile…</translation>
        </message>
        <message>
            <source>Log in as &amp;trainer…</source>
            <translation>Log in as &amp;trainer…</translation>
        </message>
        <message>
            <source>&amp;Add exam file…</source>
            <translation>&amp;Add exam file…</translation>
        </message>
        <message>
            <source>&amp;Make exam file…</source>
            <translation>&amp;Make exam file…</translation>
        </message>
        <message>
            <source>S&amp;ubmit open assessments…</source>
            <translation>S&amp;ubmit open assessments…</translation>
        </message>
        <message>
            <source>&amp;Hand in results…</source>
            <translation>&amp;Hand in results…</translation>
        </message>
        <message>
            <source>&amp;Import results…</source>
            <translation>&amp;Import results…</translation>
        </message>
        <message>
            <source>&amp;Gradebook…</source>
            <translation>&amp;Gradebook…</translation>
        </message>
        <message>
            <source>&amp;My results…</source>
            <translation>&amp;My results…</translation>
        </message>
        <message>
            <source>&amp;Receive marks…</source>
            <translation>&amp;Receive marks…</translation>
        </message>
        <message>
            <source>Question &amp;statistics…</source>
            <translation>Question &amp;statistics…</translation>
        </message>
        <message>
            <source>&amp;Verify certificate…</source>
            <translation>&amp;Verify certificate…</translation>
        </message>
        <message>
            <source>Log &amp;out trainer</source>
            <translation>Log &amp;out trainer</translation>
        </message>
        <message>
            <source>Submit open assessments</source>
            <translation>Submit open assessments</translation>
        </message>
        <message>
            <source>Only a trainer can do this. Log in as trainer first (Classroom menu).</source>
            <translation>Only a trainer can do this. Log in as trainer first (Classroom menu).</translation>
        </message>
        <message>
            <source>No assessment is open on this PC.</source>
            <translation>No assessment is open on this PC.</translation>
        </message>
        <message numerus="yes">
            <source>Submit %n open assessment(s) now, with the answers given so far?</source>
            <translation>
                <numerusform>Submit %n open assessment now, with the answers given so far?</numerusform>
                <numerusform>Submit %n open assessments now, with the answers given so far?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) submitted and sealed.</source>
            <translation>
                <numerusform>%n assessment submitted and sealed.</numerusform>
                <numerusform>%n assessments submitted and sealed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hand in results</source>
            <translation>Hand in results</translation>
        </message>
        <message>
            <source>Folder to hand in to (e.g. the USB stick)</source>
            <translation>Folder to hand in to (e.g. the USB stick)</translation>
        </message>
        <message>
            <source>Your results were written to %1. Give the stick to your trainer.</source>
            <translation>Your results were written to %1. Give the stick to your trainer.</translation>
        </message>
        <message>
            <source>Import results</source>
            <translation>Import results</translation>
        </message>
        <message>
            <source>Coursebook results (*.cbresults)</source>
            <translation>Coursebook results (*.cbresults)</translation>
        </message>
        <message>
            <source>Checking and merging results files…</source>
            <translation>Checking and merging results files…</translation>
        </message>
        <message>
            <source>Files imported: %1. New attempts: %2. Refused files: %3.</source>
            <translation>Files imported: %1. New attempts: %2. Refused files: %3.</translation>
        </message>
        <message>
            <source>Receive marks</source>
            <translation>Receive marks</translation>
        </message>
        <message>
            <source>Coursebook marks (*.cbmarks)</source>
            <translation>Coursebook marks (*.cbmarks)</translation>
        </message>
        <message>
            <source>Files received: %1. Attempts with new marks: %2. Refused files: %3.</source>
            <translation>Files received: %1. Attempts with new marks: %2. Refused files: %3.</translation>
        </message>
        <message>
            <source>Attempts not on this PC (left out): %1.</source>
            <translation>Attempts not on this PC (left out): %1.</translation>
        </message>
        <message>
            <source>Gradebook</source>
            <translation>Gradebook</translation>
        </message>
        <message>
            <source>Question statistics</source>
            <translation>Question statistics</translation>
        </message>
        <message>
            <source>Verify certificate</source>
            <translation>Verify certificate</translation>
        </message>
        <message>
            <source>Add exam file</source>
            <translation>Add exam file</translation>
        </message>
        <message>
            <source>Coursebook exam (*.cbexam)</source>
            <translation>Coursebook exam (*.cbexam)</translation>
        </message>
        <message>
            <source>“%1” was added. Learners take it under Quiz › Take assessment… with the start code the trainer gives the class.</source>
            <translation>“%1” was added. Learners take it under Quiz › Take assessment… with the start code the trainer gives the class.</translation>
        </message>
        <message>
            <source>Make exam file</source>
            <translation>Make exam file</translation>
        </message>
        <message>
            <source>Assessment to pack</source>
            <translation>Assessment to pack</translation>
        </message>
        <message>
            <source>Assessment (*.json)</source>
            <translation>Assessment (*.json)</translation>
        </message>
        <message>
            <source>Start code (at least 6 letters or digits; give it to the class when the exam starts):</source>
            <translation>Start code (at least 6 letters or digits; give it to the class when the exam starts):</translation>
        </message>
        <message>
            <source>Save exam file</source>
            <translation>Save exam file</translation>
        </message>
        <message>
            <source>The exam file was saved: %1</source>
            <translation>The exam file was saved: %1</translation>
        </message>
    </context>
    <context>
        <name>ConsoleWindow</name>
        <message>
            <source>Presenter console — %1</source>
            <translation>Presenter console — %1</translation>
        </message>
        <message>
            <source>Overview (O)</source>
            <translation>Overview (O)</translation>
        </message>
        <message>
            <source>Go to… (G)</source>
            <translation>Go to… (G)</translation>
        </message>
        <message>
            <source>Black (B)</source>
            <translation>Black (B)</translation>
        </message>
        <message>
            <source>White (W)</source>
            <translation>White (W)</translation>
        </message>
        <message>
            <source>Swap screens (S)</source>
            <translation>Swap screens (S)</translation>
        </message>
        <message>
            <source>End (Esc)</source>
            <translation>End (Esc)</translation>
        </message>
        <message>
            <source>Current slide</source>
            <translation>Current slide</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>Next slide</translation>
        </message>
        <message>
            <source>Trainer notes</source>
            <translation>Trainer notes</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>PgDn/→ next · PgUp/← previous · number + Enter go to · B black · W white · T activity timer · S swap screens · F5 from the start · Shift+F5 from here · Esc end</source>
            <translation>PgDn/→ next · PgUp/← previous · number + Enter go to · B black · W white · T activity timer · S swap screens · F5 from the start · Shift+F5 from here · Esc end</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Next: %1</translation>
        </message>
        <message>
            <source>Next: end of the presentation</source>
            <translation>Next: end of the presentation</translation>
        </message>
        <message>
            <source> · black screen</source>
            <translation> · black screen</translation>
        </message>
        <message>
            <source> · white screen</source>
            <translation> · white screen</translation>
        </message>
        <message>
            <source> · activity on screen</source>
            <translation> · activity on screen</translation>
        </message>
        <message>
            <source>Slide %1 of %2</source>
            <translation>Slide %1 of %2</translation>
        </message>
        <message>
            <source>Elapsed %1</source>
            <translation>Elapsed %1</translation>
        </message>
        <message>
            <source>Go to slide</source>
            <translation>Go to slide</translation>
        </message>
        <message>
            <source>Slide number:</source>
            <translation>Slide number:</translation>
        </message>
    </context>
    <context>
        <name>ContentLabels</name>
        <message>
            <source>Activity</source>
            <extracomment>The labels the reader puts around a module's content, translated into the module's language.</extracomment>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Learning objectives</source>
            <translation>Learning objectives</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materials</translation>
        </message>
        <message>
            <source>Groups and roles</source>
            <translation>Groups and roles</translation>
        </message>
        <message>
            <source>Trainer instructions</source>
            <translation>Trainer instructions</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <source>Trainer tips</source>
            <translation>Trainer tips</translation>
        </message>
        <message>
            <source>Injects</source>
            <translation>Injects</translation>
        </message>
        <message>
            <source>Variants</source>
            <translation>Variants</translation>
        </message>
        <message>
            <source>Online variant</source>
            <translation>Online variant</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Handouts</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>This part was written for this course from the source.</source>
            <translation>This part was written for this course from the source.</translation>
        </message>
        <message>
            <source>Tick an objective when you can do it.</source>
            <translation>Tick an objective when you can do it.</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Introduction</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Definitions</translation>
        </message>
        <message>
            <source>Theory</source>
            <translation>Theory</translation>
        </message>
        <message>
            <source>Editor's note</source>
            <translation>Editor's note</translation>
        </message>
        <message>
            <source>For the trainer</source>
            <translation>For the trainer</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Answer key (trainers only)</source>
            <translation>Answer key (trainers only)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>Information the group receives</source>
            <translation>Information the group receives</translation>
        </message>
        <message>
            <source>Timed phases</source>
            <translation>Timed phases</translation>
        </message>
        <message>
            <source>Activity sheet</source>
            <translation>Activity sheet</translation>
        </message>
        <message>
            <source>Role card</source>
            <translation>Role card</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Shown at</source>
            <translation>Shown at</translation>
        </message>
        <message>
            <source>Timing check</source>
            <translation>Timing check</translation>
        </message>
        <message>
            <source>For the trainer only</source>
            <translation>For the trainer only</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Part of this text could not be formatted; it is shown as written.</source>
            <translation>Part of this text could not be formatted; it is shown as written.</translation>
        </message>
        <message>
            <source>Correct.</source>
            <translation>Correct.</translation>
        </message>
        <message>
            <source>Partly correct.</source>
            <translation>Partly correct.</translation>
        </message>
        <message>
            <source>Not correct.</source>
            <translation>Not correct.</translation>
        </message>
        <message>
            <source>The right answer</source>
            <translation>The right answer</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Why:</translation>
        </message>
        <message>
            <source>This question tests the section %1.</source>
            <translation>This question tests the section %1.</translation>
        </message>
        <message>
            <source>True</source>
            <translation>True</translation>
        </message>
        <message>
            <source>False</source>
            <translation>False</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translation>Single choice</translation>
        </message>
        <message>
            <source>Multiple choice</source>
            <translation>Multiple choice</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>True or false</translation>
        </message>
        <message>
            <source>Short answer</source>
            <translation>Short answer</translation>
        </message>
        <message>
            <source>Matching</source>
            <translation>Matching</translation>
        </message>
        <message>
            <source>Ordering</source>
            <translation>Ordering</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Essay</source>
            <translation>Essay</translation>
        </message>
    </context>
    <context>
        <name>EssayAnswer</name>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this section:</source>
            <translation>Find in this section:</translation>
        </message>
        <message>
            <source>word or beginning of a word; accents optional</source>
            <translation>word or beginning of a word; accents optional</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>not found</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
    </context>
    <context>
        <name>GradebookPrinting</name>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>Certificate…</source>
            <translation>Certificate…</translation>
        </message>
        <message>
            <source>Save the certificate of the chosen learner, who passed, as PDF</source>
            <translation>Save the certificate of the chosen learner, who passed, as PDF</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>The file could not be written: %1</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>Choose a learner who passed: only they get a certificate.</source>
            <translation>Choose a learner who passed: only they get a certificate.</translation>
        </message>
        <message>
            <source>The certificate was saved: %1
Verification code: %2</source>
            <translation>The certificate was saved: %1
Verification code: %2</translation>
        </message>
    </context>
    <context>
        <name>GradebookWindow</name>
        <message>
            <source>Gradebook</source>
            <translation>Gradebook</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Learner</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Grade (%)</source>
            <translation>Grade (%)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Time (minutes)</source>
            <translation>Time (minutes)</translation>
        </message>
        <message>
            <source>Attempts used</source>
            <translation>Attempts used</translation>
        </message>
        <message>
            <source>Essays waiting</source>
            <translation>Essays waiting</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Attempt</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Score (%)</source>
            <translation>Score (%)</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Trainer's comment</source>
            <translation>Trainer's comment</translation>
        </message>
        <message>
            <source>Comment for the learner</source>
            <translation>Comment for the learner</translation>
        </message>
        <message>
            <source>Save mark</source>
            <translation>Save mark</translation>
        </message>
        <message>
            <source>Essay mark:</source>
            <translation>Essay mark:</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <source>Return marks…</source>
            <translation>Return marks…</translation>
        </message>
        <message>
            <source>Learners and assessments</source>
            <translation>Learners and assessments</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <source>Answers of the chosen attempt</source>
            <translation>Answers of the chosen attempt</translation>
        </message>
        <message>
            <source>Essay mark</source>
            <translation>Essay mark</translation>
        </message>
        <message>
            <source>Folder for the marks files (e.g. the USB stick)</source>
            <translation>Folder for the marks files (e.g. the USB stick)</translation>
        </message>
        <message>
            <source>Return marks</source>
            <translation>Return marks</translation>
        </message>
        <message numerus="yes">
            <source>%n marks file(s) written to %1. Each learner receives theirs with Classroom › Receive marks….</source>
            <translation>
                <numerusform>%n marks file written to %1. Each learner receives theirs with Classroom › Receive marks….</numerusform>
                <numerusform>%n marks files written to %1. Each learner receives theirs with Classroom › Receive marks….</numerusform>
            </translation>
        </message>
        <message>
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Export gradebook</source>
            <translation>Export gradebook</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <source>Handouts — %1</source>
            <translation>Handouts — %1</translation>
        </message>
        <message>
            <source>The module, for participants</source>
            <translation>The module, for participants</translation>
        </message>
        <message>
            <source>The module with trainer notes</source>
            <translation>The module with trainer notes</translation>
        </message>
        <message>
            <source>Activity sheet for the trainer</source>
            <translation>Activity sheet for the trainer</translation>
        </message>
        <message>
            <source>Role cards, one group per page</source>
            <translation>Role cards, one group per page</translation>
        </message>
        <message>
            <source>Indicator cards, one per page</source>
            <translation>Indicator cards, one per page</translation>
        </message>
        <message>
            <source>Print:</source>
            <translation>Print:</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Paper:</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>Print preview…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>Save handout as PDF</source>
            <translation>Save handout as PDF</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Home</source>
            <extracomment>the figures of the last refresh are on the page</extracomment>
            <translation>Home</translation>
        </message>
        <message>
            <source>Your study</source>
            <translation>Your study</translation>
        </message>
        <message>
            <source>%v of %m sections read (%p %)</source>
            <translation>%v of %m sections read (%p %)</translation>
        </message>
        <message>
            <source>Course progress</source>
            <translation>Course progress</translation>
        </message>
        <message>
            <source>All modules (Ctrl+L)</source>
            <translation>All modules (Ctrl+L)</translation>
        </message>
        <message>
            <source>Flashcards and practice</source>
            <translation>Flashcards and practice</translation>
        </message>
        <message>
            <source>Review flashcards (F8)</source>
            <translation>Review flashcards (F8)</translation>
        </message>
        <message>
            <source>Learning objectives still open</source>
            <translation>Learning objectives still open</translation>
        </message>
        <message>
            <source>An objective is met when its sections are read and its practice questions answered right. Enter opens the first section still to read.</source>
            <translation>An objective is met when its sections are read and its practice questions answered right. Enter opens the first section still to read.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>The figures could not be read: %1</source>
            <translation>The figures could not be read: %1</translation>
        </message>
        <message>
            <source>Continue: %1 — %2</source>
            <translation>Continue: %1 — %2</translation>
        </message>
        <message>
            <source>Next to read: %1 — %2</source>
            <translation>Next to read: %1 — %2</translation>
        </message>
        <message>
            <source>Flashcards due today: %1</source>
            <translation>Flashcards due today: %1</translation>
        </message>
        <message>
            <source>Last practice:</source>
            <translation>Last practice:</translation>
        </message>
        <message>
            <source>%1: %2 of %3 right</source>
            <translation>%1: %2 of %3 right</translation>
        </message>
        <message>
            <source>No practice yet: Quiz › Practise this module (F7).</source>
            <translation>No practice yet: Quiz › Practise this module (F7).</translation>
        </message>
        <message>
            <source>%1 of %2 objectives met</source>
            <translation>%1 of %2 objectives met</translation>
        </message>
        <message>
            <source>%1 — %2 (sections read %3 of %4, questions right %5 of %6)</source>
            <translation>%1 — %2 (sections read %3 of %4, questions right %5 of %6)</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Module</source>
            <extracomment>(sections read, sections) of a row whether a row's module has indicator cards</extracomment>
            <translation>Module</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Study time</source>
            <translation>Study time</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Quick reference</source>
            <translation>Quick reference</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Indicator cards</source>
            <translation>Indicator cards</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>Progress of %1: %2 of %3 sections read</source>
            <translation>Progress of %1: %2 of %3 sections read</translation>
        </message>
        <message>
            <source>%v of %m sections read</source>
            <translation>%v of %m sections read</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <source>Library</source>
            <extracomment>module id, section id, scroll fraction of the place where the learner stopped</extracomment>
            <translation>Library</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Modules</translation>
        </message>
        <message>
            <source>Continue reading: %1</source>
            <translation>Continue reading: %1</translation>
        </message>
        <message>
            <source>Enter or double-click opens a module, Ctrl+Enter its indicator cards. Ctrl+L returns here.</source>
            <translation>Enter or double-click opens a module, Ctrl+Enter its indicator cards. Ctrl+L returns here.</translation>
        </message>
        <message>
            <source>Pack %1, version %2</source>
            <translation>Pack %1, version %2</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Shipped</translation>
        </message>
        <message>
            <source>Skipped because of errors in the content (run 'coursebook validate' for all):</source>
            <translation>Skipped because of errors in the content (run 'coursebook validate' for all):</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>The learner database is damaged. Close Coursebook and start it again: it will restore the newest good backup.</source>
            <extracomment>Milliseconds after the window is shown at which its icon is set (after the first frame).</extracomment>
            <translation>The learner database is damaged. Close Coursebook and start it again: it will restore the newest good backup.</translation>
        </message>
        <message>
            <source>An assessment is in progress on this PC (data folder {folder}). Coursebook opens again when it is submitted.</source>
            <translation>An assessment is in progress on this PC (data folder {folder}). Coursebook opens again when it is submitted.</translation>
        </message>
        <message>
            <source>Coursebook is already open with the data folder {folder}. Its window has been brought to the front.</source>
            <translation>Coursebook is already open with the data folder {folder}. Its window has been brought to the front.</translation>
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
            <translation>&amp;Home</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Library</translation>
        </message>
        <message>
            <source>&amp;Review flashcards</source>
            <translation>&amp;Review flashcards</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>&amp;Previous section</source>
            <translation>&amp;Previous section</translation>
        </message>
        <message>
            <source>&amp;Next section</source>
            <translation>&amp;Next section</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Actual size</translation>
        </message>
        <message>
            <source>&amp;Find in section…</source>
            <translation>&amp;Find in section…</translation>
        </message>
        <message>
            <source>&amp;Search the course…</source>
            <translation>&amp;Search the course…</translation>
        </message>
        <message>
            <source>&amp;Bookmark this section</source>
            <translation>&amp;Bookmark this section</translation>
        </message>
        <message>
            <source>&amp;Highlight selection with a note…</source>
            <translation>&amp;Highlight selection with a note…</translation>
        </message>
        <message>
            <source>Bookmarks and &amp;notes…</source>
            <translation>Bookmarks and &amp;notes…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Import content &amp;pack…</source>
            <translation>Import content &amp;pack…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Print section…</source>
            <translation>&amp;Print section…</translation>
        </message>
        <message>
            <source>Print &amp;module…</source>
            <translation>Print &amp;module…</translation>
        </message>
        <message>
            <source>Save section as P&amp;DF…</source>
            <translation>Save section as P&amp;DF…</translation>
        </message>
        <message>
            <source>Save module as PD&amp;F…</source>
            <translation>Save module as PD&amp;F…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>&amp;Full screen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Coursebook</source>
            <translation>&amp;About Coursebook</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>Learner data recovered</source>
            <translation>Learner data recovered</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s) skipped because of content errors — see the library.</source>
            <translation>
                <numerusform>%n module skipped because of content errors — see the library.</numerusform>
                <numerusform>%n modules skipped because of content errors — see the library.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cards cannot be shown</source>
            <translation>Cards cannot be shown</translation>
        </message>
        <message>
            <source>Section bookmarked. Ctrl+B lists bookmarks and notes.</source>
            <translation>Section bookmarked. Ctrl+B lists bookmarks and notes.</translation>
        </message>
        <message>
            <source>Select a passage of the text first.</source>
            <translation>Select a passage of the text first.</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>Highlight</translation>
        </message>
        <message>
            <source>Note (optional):</source>
            <translation>Note (optional):</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Building the search index…</source>
            <translation>Building the search index…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Building the search index… %1 passages</source>
            <translation>Building the search index… %1 passages</translation>
        </message>
        <message>
            <source>Search is not available: %1</source>
            <translation>Search is not available: %1</translation>
        </message>
        <message>
            <source>About Coursebook</source>
            <translation>About Coursebook</translation>
        </message>
        <message>
            <source>Coursebook — an offline training course on combating trafficking in human beings.
Learner data: %1</source>
            <translation>Coursebook — an offline training course on combating trafficking in human beings.
Learner data: %1</translation>
        </message>
    </context>
    <context>
        <name>MatchingAnswer</name>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>right</source>
            <translation>right</translation>
        </message>
        <message>
            <source>wrong</source>
            <translation>wrong</translation>
        </message>
    </context>
    <context>
        <name>ModuleView</name>
        <message>
            <source>Table of contents</source>
            <extracomment>Actions the main window adds to the text's context menu (bookmark, highlight, find).</extracomment>
            <translation>Table of contents</translation>
        </message>
        <message>
            <source>Section text</source>
            <translation>Section text</translation>
        </message>
        <message>
            <source>read</source>
            <translation>read</translation>
        </message>
        <message>
            <source>started, not yet read</source>
            <translation>started, not yet read</translation>
        </message>
        <message>
            <source>not yet opened</source>
            <translation>not yet opened</translation>
        </message>
        <message>
            <source>From the module %1</source>
            <translation>From the module %1</translation>
        </message>
        <message>
            <source>Open in browser?</source>
            <translation>Open in browser?</translation>
        </message>
        <message>
            <source>This address is outside Coursebook:
%1

Open it in your web browser?</source>
            <translation>This address is outside Coursebook:
%1

Open it in your web browser?</translation>
        </message>
    </context>
    <context>
        <name>MyResults</name>
        <message>
            <source>My results</source>
            <translation>My results</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Score (%)</source>
            <translation>Score (%)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Trainer's comments</source>
            <translation>Trainer's comments</translation>
        </message>
        <message>
            <source>From the trainer</source>
            <translation>From the trainer</translation>
        </message>
        <message>
            <source>waiting for the trainer</source>
            <extracomment>The trainer's returned marks by attempt UUID.</extracomment>
            <translation>waiting for the trainer</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>You have not submitted an assessment yet.</source>
            <translation>You have not submitted an assessment yet.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>essays waiting</source>
            <translation>essays waiting</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 %, passed</source>
            <translation>%1 %, passed</translation>
        </message>
        <message>
            <source>%1 %, failed</source>
            <translation>%1 %, failed</translation>
        </message>
        <message>
            <source>From the trainer, %1 (%2):</source>
            <translation>From the trainer, %1 (%2):</translation>
        </message>
        <message>
            <source>From the trainer, %1:</source>
            <translation>From the trainer, %1:</translation>
        </message>
        <message>
            <source>This attempt: %1 %</source>
            <translation>This attempt: %1 %</translation>
        </message>
        <message>
            <source>Grade that counts: %1</source>
            <translation>Grade that counts: %1</translation>
        </message>
        <message>
            <source>Essays still waiting for the trainer: %1</source>
            <translation>Essays still waiting for the trainer: %1</translation>
        </message>
        <message>
            <source>Question %1 (%2 %): %3</source>
            <translation>Question %1 (%2 %): %3</translation>
        </message>
        <message>
            <source>Question %1: %2 %</source>
            <translation>Question %1: %2 %</translation>
        </message>
    </context>
    <context>
        <name>NewLearnerDialog</name>
        <message>
            <source>New learner</source>
            <translation>New learner</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>optional, 4 to 12 digits</source>
            <translation>optional, 4 to 12 digits</translation>
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
            <translation>Bookmarks and notes</translation>
        </message>
        <message>
            <source>Search bookmarks, highlights and notes</source>
            <translation>Search bookmarks, highlights and notes</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Export as Markdown…</source>
            <translation>Export as Markdown…</translation>
        </message>
        <message>
            <source>Bookmark: %1</source>
            <translation>Bookmark: %1</translation>
        </message>
        <message>
            <source>This passage is no longer in the text (the course was updated).</source>
            <translation>This passage is no longer in the text (the course was updated).</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note: %1</translation>
        </message>
        <message>
            <source>Bookmarks and notes: %1</source>
            <translation>Bookmarks and notes: %1</translation>
        </message>
        <message>
            <source>passages no longer found: %1</source>
            <translation>passages no longer found: %1</translation>
        </message>
        <message>
            <source>(no longer in the text)</source>
            <translation>(no longer in the text)</translation>
        </message>
        <message>
            <source>Export bookmarks and notes</source>
            <translation>Export bookmarks and notes</translation>
        </message>
    </context>
    <context>
        <name>OrderingAnswer</name>
        <message>
            <source>Items to put in order</source>
            <translation>Items to put in order</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Move &amp;down</translation>
        </message>
    </context>
    <context>
        <name>PackImporter</name>
        <message>
            <source>Import content pack</source>
            <translation>Import content pack</translation>
        </message>
        <message>
            <source>Content packs (*.coursepack);;All files (*)</source>
            <translation>Content packs (*.coursepack);;All files (*)</translation>
        </message>
        <message>
            <source>Checking and installing %1…</source>
            <translation>Checking and installing %1…</translation>
        </message>
        <message>
            <source>Content pack not installed</source>
            <translation>Content pack not installed</translation>
        </message>
        <message>
            <source>The pack could not be installed: %1</source>
            <translation>The pack could not be installed: %1</translation>
        </message>
        <message>
            <source>%1 version %2 replaces version %3. Learners' progress is kept.</source>
            <translation>%1 version %2 replaces version %3. Learners' progress is kept.</translation>
        </message>
        <message>
            <source>%1 version %2 is installed.</source>
            <translation>%1 version %2 is installed.</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>Modules: %1</translation>
        </message>
        <message>
            <source>No longer in this version (progress in them is kept but not shown):</source>
            <translation>No longer in this version (progress in them is kept but not shown):</translation>
        </message>
        <message>
            <source>Changed on this PC since the last version and now replaced by the pack's files:</source>
            <translation>Changed on this PC since the last version and now replaced by the pack's files:</translation>
        </message>
        <message>
            <source>Content pack installed</source>
            <translation>Content pack installed</translation>
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
            <translation>Preparing the course for its first use…</translation>
        </message>
        <message numerus="yes">
            <source>Preparing the course for its first use: %n module(s) read…</source>
            <translation>
                <numerusform>Preparing the course for its first use: %n module read…</numerusform>
                <numerusform>Preparing the course for its first use: %n modules read…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>Trainer notes are shown to trainer profiles only.</source>
            <translation>Trainer notes are shown to trainer profiles only.</translation>
        </message>
        <message>
            <source>No notes for this slide.</source>
            <translation>No notes for this slide.</translation>
        </message>
        <message>
            <source>New development</source>
            <translation>New development</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Question %1 of %2</translation>
        </message>
        <message>
            <source>The activity is over.</source>
            <translation>The activity is over.</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Starts when the trainer says so</source>
            <translation>Starts when the trainer says so</translation>
        </message>
    </context>
    <context>
        <name>ProfilePicker</name>
        <message>
            <source>Who is learning?</source>
            <translation>Who is learning?</translation>
        </message>
        <message>
            <source>Choose your profile</source>
            <extracomment>Asks for a PIN; tests replace it. Returns None when cancelled.</extracomment>
            <translation>Choose your profile</translation>
        </message>
        <message>
            <source>An assessment is in progress on this PC: the course stays closed until it is submitted.</source>
            <translation>An assessment is in progress on this PC: the course stays closed until it is submitted.</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profiles</translation>
        </message>
        <message>
            <source>&amp;New learner…</source>
            <translation>&amp;New learner…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>(trainer)</source>
            <translation>(trainer)</translation>
        </message>
        <message>
            <source>(PIN)</source>
            <translation>(PIN)</translation>
        </message>
        <message>
            <source>The PIN is not right.</source>
            <translation>The PIN is not right.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN of %1:</source>
            <translation>PIN of %1:</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>Question %1 of %2</source>
            <translation>Question %1 of %2</translation>
        </message>
        <message>
            <source>This question is no longer in the question bank. It does not count.</source>
            <translation>This question is no longer in the question bank. It does not count.</translation>
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation>Choose one answer.</translation>
        </message>
        <message>
            <source>Choose every answer that applies.</source>
            <translation>Choose every answer that applies.</translation>
        </message>
        <message>
            <source>True or false?</source>
            <translation>True or false?</translation>
        </message>
        <message>
            <source>Type a short answer.</source>
            <translation>Type a short answer.</translation>
        </message>
        <message>
            <source>Type a number.</source>
            <translation>Type a number.</translation>
        </message>
        <message>
            <source>Choose the matching item for each line.</source>
            <translation>Choose the matching item for each line.</translation>
        </message>
        <message>
            <source>Put the items in the right order: drag them, or select one and use Move up / Move down.</source>
            <translation>Put the items in the right order: drag them, or select one and use Move up / Move down.</translation>
        </message>
        <message>
            <source>Write your answer. A trainer will grade it.</source>
            <translation>Write your answer. A trainer will grade it.</translation>
        </message>
        <message>
            <source>Saved. A trainer will grade this answer.</source>
            <translation>Saved. A trainer will grade this answer.</translation>
        </message>
        <message>
            <source>Read the section</source>
            <translation>Read the section</translation>
        </message>
    </context>
    <context>
        <name>QuizController</name>
        <message>
            <source>&amp;Practise this module</source>
            <translation>&amp;Practise this module</translation>
        </message>
        <message>
            <source>Review my &amp;wrong answers</source>
            <translation>Review my &amp;wrong answers</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;New assessment…</translation>
        </message>
        <message>
            <source>&amp;Edit assessment…</source>
            <translation>&amp;Edit assessment…</translation>
        </message>
        <message>
            <source>&amp;Take assessment…</source>
            <translation>&amp;Take assessment…</translation>
        </message>
        <message>
            <source>&amp;Reports…</source>
            <translation>&amp;Reports…</translation>
        </message>
        <message>
            <source>&amp;Import questions…</source>
            <translation>&amp;Import questions…</translation>
        </message>
        <message>
            <source>E&amp;xport questions…</source>
            <translation>E&amp;xport questions…</translation>
        </message>
        <message>
            <source>&amp;Quiz</source>
            <translation>&amp;Quiz</translation>
        </message>
        <message>
            <source>The course is closed while an assessment is open on this PC. It opens again when the assessment is submitted.</source>
            <translation>The course is closed while an assessment is open on this PC. It opens again when the assessment is submitted.</translation>
        </message>
        <message>
            <source>Only a trainer can do this. Log in as trainer first (Classroom menu).</source>
            <translation>Only a trainer can do this. Log in as trainer first (Classroom menu).</translation>
        </message>
        <message>
            <source>Practise</source>
            <translation>Practise</translation>
        </message>
        <message>
            <source>Practise “%1”: which questions?</source>
            <translation>Practise “%1”: which questions?</translation>
        </message>
        <message numerus="yes">
            <source>All %n question(s)</source>
            <translation>
                <numerusform>All questions (%n)</numerusform>
                <numerusform>All %n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n at random</source>
            <translation>
                <numerusform>%n at random</numerusform>
                <numerusform>%n at random</numerusform>
            </translation>
        </message>
        <message>
            <source>Open or select a module first.</source>
            <translation>Open or select a module first.</translation>
        </message>
        <message>
            <source>This module has no questions to practise.</source>
            <translation>This module has no questions to practise.</translation>
        </message>
        <message>
            <source>My wrong answers</source>
            <translation>My wrong answers</translation>
        </message>
        <message>
            <source>There are no assessments yet. A trainer creates one with Quiz › New assessment…, or adds an exam file (Classroom menu).</source>
            <translation>There are no assessments yet. A trainer creates one with Quiz › New assessment…, or adds an exam file (Classroom menu).</translation>
        </message>
        <message>
            <source>%1 — exam (start code needed)</source>
            <translation>%1 — exam (start code needed)</translation>
        </message>
        <message>
            <source>%1 — practice test (public question banks)</source>
            <translation>%1 — practice test (public question banks)</translation>
        </message>
        <message>
            <source>Review my wrong answers</source>
            <translation>Review my wrong answers</translation>
        </message>
        <message>
            <source>There is nothing to review: every question you practised was answered right the last time.</source>
            <translation>There is nothing to review: every question you practised was answered right the last time.</translation>
        </message>
        <message>
            <source>Some assessment files could not be read:</source>
            <translation>Some assessment files could not be read:</translation>
        </message>
        <message numerus="yes">
            <source>(%n attempt(s) left)</source>
            <translation>
                <numerusform>(%n attempt left)</numerusform>
                <numerusform>(%n attempts left)</numerusform>
            </translation>
        </message>
        <message>
            <source>Assessment:</source>
            <translation>Assessment:</translation>
        </message>
        <message>
            <source>Start code</source>
            <translation>Start code</translation>
        </message>
        <message>
            <source>Start code for “%1”:</source>
            <translation>Start code for “%1”:</translation>
        </message>
        <message>
            <source>Import questions</source>
            <translation>Import questions</translation>
        </message>
        <message>
            <source>Questions imported</source>
            <translation>Questions imported</translation>
        </message>
        <message>
            <source>Export questions</source>
            <translation>Export questions</translation>
        </message>
        <message>
            <source>Select a module in the library first.</source>
            <translation>Select a module in the library first.</translation>
        </message>
        <message>
            <source>New assessment</source>
            <translation>New assessment</translation>
        </message>
        <message>
            <source>Edit assessment</source>
            <translation>Edit assessment</translation>
        </message>
        <message>
            <source>Assessment “%1” saved.</source>
            <translation>Assessment “%1” saved.</translation>
        </message>
        <message>
            <source>Take assessment</source>
            <translation>Take assessment</translation>
        </message>
        <message>
            <source>You have no attempts left at this assessment.</source>
            <translation>You have no attempts left at this assessment.</translation>
        </message>
        <message numerus="yes">
            <source>“%1”: %n question(s).</source>
            <translation>
                <numerusform>“%1”: %n question.</numerusform>
                <numerusform>“%1”: %n questions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Time limit: %n minute(s). When the time is up, the assessment is submitted automatically; the time keeps running if you close it.</source>
            <translation>
                <numerusform>Time limit: %n minute. When the time is up, the assessment is submitted automatically; the time keeps running if you close it.</numerusform>
                <numerusform>Time limit: %n minutes. When the time is up, the assessment is submitted automatically; the time keeps running if you close it.</numerusform>
            </translation>
        </message>
        <message>
            <source>The course text is not available during the assessment. Start now?</source>
            <translation>The course text is not available during the assessment. Start now?</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Continue the assessment</source>
            <translation>Continue the assessment</translation>
        </message>
        <message>
            <source>An assessment is open: the course stays closed and the time keeps running. Continue it with Quiz › Take assessment…</source>
            <translation>An assessment is open: the course stays closed and the time keeps running. Continue it with Quiz › Take assessment…</translation>
        </message>
        <message>
            <source>An assessment is open on this PC: the course is closed until it is submitted.</source>
            <translation>An assessment is open on this PC: the course is closed until it is submitted.</translation>
        </message>
        <message>
            <source>Assessment submitted</source>
            <translation>Assessment submitted</translation>
        </message>
        <message>
            <source>The time for “%1” ran out while Coursebook was closed. It was submitted with the answers you had given.</source>
            <translation>The time for “%1” ran out while Coursebook was closed. It was submitted with the answers you had given.</translation>
        </message>
        <message>
            <source>You have not finished the assessment “%1” (%2 of %3 questions answered).</source>
            <translation>You have not finished the assessment “%1” (%2 of %3 questions answered).</translation>
        </message>
        <message>
            <source>Time left: %1. The time keeps running.</source>
            <translation>Time left: %1. The time keeps running.</translation>
        </message>
        <message>
            <source>Continue now?</source>
            <translation>Continue now?</translation>
        </message>
        <message>
            <source>Continue the assessment?</source>
            <translation>Continue the assessment?</translation>
        </message>
        <message>
            <source>You have an unfinished practice of “%1” (%2 of %3 questions answered). Continue it?</source>
            <translation>You have an unfinished practice of “%1” (%2 of %3 questions answered). Continue it?</translation>
        </message>
        <message>
            <source>Continue practising?</source>
            <translation>Continue practising?</translation>
        </message>
    </context>
    <context>
        <name>QuizReports</name>
        <message>
            <source>Quiz reports</source>
            <translation>Quiz reports</translation>
        </message>
        <message>
            <source>Progress of the reports</source>
            <translation>Progress of the reports</translation>
        </message>
        <message>
            <source>&amp;Learners</source>
            <translation>&amp;Learners</translation>
        </message>
        <message>
            <source>&amp;Difficult questions</source>
            <translation>&amp;Difficult questions</translation>
        </message>
        <message>
            <source>&amp;Essays to grade</source>
            <translation>&amp;Essays to grade</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Save as &amp;CSV…</translation>
        </message>
        <message>
            <source>All quizzes</source>
            <translation>All quizzes</translation>
        </message>
        <message>
            <source>All assessments</source>
            <translation>All assessments</translation>
        </message>
        <message>
            <source>All practice</source>
            <translation>All practice</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>assessment</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>practice</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Attempts of every learner</source>
            <translation>Attempts of every learner</translation>
        </message>
        <message>
            <source>Which quizzes to show</source>
            <translation>Which quizzes to show</translation>
        </message>
        <message>
            <source>Enter start &amp;code…</source>
            <translation>Enter start &amp;code…</translation>
        </message>
        <message>
            <source>Learner</source>
            <extracomment>Asks for an exam file's start code (tests replace it); None = cancelled.</extracomment>
            <translation>Learner</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Attempt</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>sealed</source>
            <translation>sealed</translation>
        </message>
        <message>
            <source>altered after submission</source>
            <translation>altered after submission</translation>
        </message>
        <message>
            <source>essays to grade</source>
            <translation>essays to grade</translation>
        </message>
        <message>
            <source>Start code</source>
            <translation>Start code</translation>
        </message>
        <message>
            <source>Start code of the exam file “%1”:</source>
            <translation>Start code of the exam file “%1”:</translation>
        </message>
        <message>
            <source>Answers from:</source>
            <translation>Answers from:</translation>
        </message>
        <message>
            <source>Hardest first: the lowest average score at the top. Questions nobody answered are not listed.</source>
            <translation>Hardest first: the lowest average score at the top. Questions nobody answered are not listed.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Right</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Average</translation>
        </message>
        <message>
            <source>Most often chosen wrong answers</source>
            <translation>Most often chosen wrong answers</translation>
        </message>
        <message>
            <source>How each question fared</source>
            <translation>How each question fared</translation>
        </message>
        <message>
            <source>Which answers to count</source>
            <translation>Which answers to count</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Essays waiting for a grade</source>
            <translation>Essays waiting for a grade</translation>
        </message>
        <message>
            <source>A comment the learner will see (optional)</source>
            <translation>A comment the learner will see (optional)</translation>
        </message>
        <message>
            <source>&amp;Mark:</source>
            <translation>&amp;Mark:</translation>
        </message>
        <message>
            <source>C&amp;omment:</source>
            <translation>C&amp;omment:</translation>
        </message>
        <message>
            <source>&amp;Save grade</source>
            <translation>&amp;Save grade</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in progress</translation>
        </message>
        <message numerus="yes">
            <source>%n essay(s) to grade</source>
            <translation>
                <numerusform>%n essay to grade</numerusform>
                <numerusform>%n essays to grade</numerusform>
            </translation>
        </message>
        <message>
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>not passed</source>
            <translation>not passed</translation>
        </message>
        <message>
            <source>start code needed</source>
            <translation>start code needed</translation>
        </message>
        <message>
            <source>clock set back by %1</source>
            <translation>clock set back by %1</translation>
        </message>
        <message>
            <source>Some attempts are at exam files: enter the start code to grade them.</source>
            <translation>Some attempts are at exam files: enter the start code to grade them.</translation>
        </message>
        <message>
            <source>True</source>
            <translation>True</translation>
        </message>
        <message>
            <source>False</source>
            <translation>False</translation>
        </message>
        <message>
            <source>Grading the answers again and checking the sealed records…</source>
            <translation>Grading the answers again and checking the sealed records…</translation>
        </message>
        <message>
            <source>Checking every learner's sealed record…</source>
            <translation>Checking every learner's sealed record…</translation>
        </message>
        <message>
            <source>The report could not be made: %1</source>
            <translation>The report could not be made: %1</translation>
        </message>
        <message>
            <source>&amp;Essays to grade (%1)</source>
            <translation>&amp;Essays to grade (%1)</translation>
        </message>
        <message>
            <source>No essay answers wait for a grade.</source>
            <translation>No essay answers wait for a grade.</translation>
        </message>
        <message>
            <source>Guidance for grading:</source>
            <translation>Guidance for grading:</translation>
        </message>
        <message>
            <source>Answer of %1:</source>
            <translation>Answer of %1:</translation>
        </message>
        <message>
            <source>Cannot grade</source>
            <translation>Cannot grade</translation>
        </message>
        <message>
            <source>Save report as CSV</source>
            <translation>Save report as CSV</translation>
        </message>
    </context>
    <context>
        <name>QuizResults</name>
        <message>
            <source>True</source>
            <translation>True</translation>
        </message>
        <message>
            <source>False</source>
            <translation>False</translation>
        </message>
        <message>
            <source>Results — %1</source>
            <translation>Results — %1</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>(question no longer in the bank)</source>
            <translation>(question no longer in the bank)</translation>
        </message>
        <message>
            <source>Your trainer has chosen to show only the score of this assessment.</source>
            <translation>Your trainer has chosen to show only the score of this assessment.</translation>
        </message>
        <message>
            <source>Practise &amp;again</source>
            <translation>Practise &amp;again</translation>
        </message>
        <message>
            <source>%1 of %2 answered questions right (%3 %)</source>
            <translation>%1 of %2 answered questions right (%3 %)</translation>
        </message>
        <message>
            <source>%1 of %2 points (%3 %)</source>
            <translation>%1 of %2 points (%3 %)</translation>
        </message>
        <message>
            <source>Graded when the exam file is opened again with its start code</source>
            <translation>Graded when the exam file is opened again with its start code</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) wait for a trainer's grade</source>
            <translation>
                <numerusform>%n answer waits for a trainer's grade</numerusform>
                <numerusform>%n answers wait for a trainer's grade</numerusform>
            </translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Not passed</translation>
        </message>
        <message>
            <source>The time ran out: the attempt was submitted automatically with the answers saved until then.</source>
            <translation>The time ran out: the attempt was submitted automatically with the answers saved until then.</translation>
        </message>
        <message>
            <source>Answered %1 of %2 questions.</source>
            <translation>Answered %1 of %2 questions.</translation>
        </message>
        <message>
            <source>Time taken: %1</source>
            <translation>Time taken: %1</translation>
        </message>
        <message>
            <source>Submitted: %1</source>
            <translation>Submitted: %1</translation>
        </message>
        <message>
            <source>Pass mark: %1 %</source>
            <translation>Pass mark: %1 %</translation>
        </message>
        <message>
            <source>highest attempt</source>
            <translation>highest attempt</translation>
        </message>
        <message>
            <source>last attempt</source>
            <translation>last attempt</translation>
        </message>
        <message>
            <source>first attempt</source>
            <translation>first attempt</translation>
        </message>
        <message>
            <source>average of attempts</source>
            <translation>average of attempts</translation>
        </message>
        <message>
            <source>Grade that counts (%1): %2 %</source>
            <translation>Grade that counts (%1): %2 %</translation>
        </message>
        <message>
            <source>Attempts left: %1</source>
            <translation>Attempts left: %1</translation>
        </message>
        <message>
            <source>— not answered</source>
            <translation>— not answered</translation>
        </message>
        <message>
            <source>awaiting grading</source>
            <translation>awaiting grading</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>answered</translation>
        </message>
        <message>
            <source>✓ right</source>
            <translation>✓ right</translation>
        </message>
        <message>
            <source>◐ partly right (%1 %)</source>
            <translation>◐ partly right (%1 %)</translation>
        </message>
        <message>
            <source>✗ wrong</source>
            <translation>✗ wrong</translation>
        </message>
        <message>
            <source>Question %1</source>
            <translation>Question %1</translation>
        </message>
        <message>
            <source>This question is no longer in the question bank.</source>
            <translation>This question is no longer in the question bank.</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(not answered)</translation>
        </message>
        <message>
            <source>Your answer:</source>
            <translation>Your answer:</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>Result:</translation>
        </message>
        <message>
            <source>The right answer:</source>
            <translation>The right answer:</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>Feedback:</translation>
        </message>
        <message>
            <source>Trainer comment:</source>
            <translation>Trainer comment:</translation>
        </message>
    </context>
    <context>
        <name>QuizWindow</name>
        <message>
            <source>Quiz</source>
            <extracomment>Asks the learner a yes/no question; tests replace it.</extracomment>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Practice — check each answer as you go</source>
            <translation>Practice — check each answer as you go</translation>
        </message>
        <message>
            <source>Assessment — your answers are saved as you give them; the results come after you submit</source>
            <translation>Assessment — your answers are saved as you give them; the results come after you submit</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Time left</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) of the question bank were left out because they contain errors.</source>
            <translation>
                <numerusform>%n question of the question bank was left out because it contains errors.</numerusform>
                <numerusform>%n questions of the question bank were left out because they contain errors.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The question banks had %n question(s) fewer than this assessment asks for.</source>
            <translation>
                <numerusform>The question banks had %n question fewer than this assessment asks for.</numerusform>
                <numerusform>The question banks had %n questions fewer than this assessment asks for.</numerusform>
            </translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Check</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Try again</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Previous</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>&amp;Next ▶</translation>
        </message>
        <message>
            <source>&amp;Finish practice</source>
            <translation>&amp;Finish practice</translation>
        </message>
        <message>
            <source>&amp;Submit…</source>
            <translation>&amp;Submit…</translation>
        </message>
        <message>
            <source>Question %1</source>
            <translation>Question %1</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Not answered yet</source>
            <translation>Not answered yet</translation>
        </message>
        <message>
            <source>Answered: %1 of %2</source>
            <translation>Answered: %1 of %2</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Answer saved at %1</source>
            <translation>Answer saved at %1</translation>
        </message>
        <message>
            <source>Choose which number you mean.</source>
            <translation>Choose which number you mean.</translation>
        </message>
        <message>
            <source>Answer the question first.</source>
            <translation>Answer the question first.</translation>
        </message>
        <message>
            <source>Type a number, for example 12.5</source>
            <translation>Type a number, for example 12.5</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Time left: %1</translation>
        </message>
        <message>
            <source>Submit your answers? You cannot change them afterwards.</source>
            <translation>Submit your answers? You cannot change them afterwards.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered.</source>
            <translation>
                <numerusform>%n question not answered.</numerusform>
                <numerusform>%n questions not answered.</numerusform>
            </translation>
        </message>
        <message>
            <source>Submit the assessment</source>
            <translation>Submit the assessment</translation>
        </message>
        <message>
            <source>Could not submit</source>
            <translation>Could not submit</translation>
        </message>
        <message>
            <source>The attempt could not be submitted: %1

Your saved answers are kept; try again.</source>
            <translation>The attempt could not be submitted: %1

Your saved answers are kept; try again.</translation>
        </message>
        <message>
            <source>Your answers so far are saved. You can continue this assessment later from the Quiz menu.</source>
            <translation>Your answers so far are saved. You can continue this assessment later from the Quiz menu.</translation>
        </message>
        <message>
            <source>The time keeps running while the assessment is closed: %1 left.</source>
            <translation>The time keeps running while the assessment is closed: %1 left.</translation>
        </message>
        <message>
            <source>Leave the assessment?</source>
            <translation>Leave the assessment?</translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <source>Flashcards</source>
            <translation>Flashcards</translation>
        </message>
        <message>
            <source>Show answer (Space)</source>
            <translation>Show answer (Space)</translation>
        </message>
        <message>
            <source>1 Again</source>
            <translation>1 Again</translation>
        </message>
        <message>
            <source>2 Hard</source>
            <translation>2 Hard</translation>
        </message>
        <message>
            <source>3 Good</source>
            <translation>3 Good</translation>
        </message>
        <message>
            <source>4 Easy</source>
            <translation>4 Easy</translation>
        </message>
        <message>
            <source>Space shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy. Esc closes.</source>
            <translation>Space shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy. Esc closes.</translation>
        </message>
        <message>
            <source>Reviewed today: %1</source>
            <translation>Reviewed today: %1</translation>
        </message>
        <message>
            <source>No more cards for today.</source>
            <translation>No more cards for today.</translation>
        </message>
        <message>
            <source>Cards left today: %1</source>
            <translation>Cards left today: %1</translation>
        </message>
    </context>
    <context>
        <name>RunnerPanel</name>
        <message>
            <source>Phases (minutes)</source>
            <translation>Phases (minutes)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Next phase</source>
            <translation>Next phase</translation>
        </message>
        <message>
            <source>Timer on screen (T)</source>
            <translation>Timer on screen (T)</translation>
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
            <translation>Injects</translation>
        </message>
        <message>
            <source>Show: %1</source>
            <translation>Show: %1</translation>
        </message>
        <message>
            <source>not shown yet</source>
            <translation>not shown yet</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>All groups</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Previous question</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Next question</translation>
        </message>
        <message>
            <source>Back to the slides</source>
            <translation>Back to the slides</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Timing: the phases take %1 min, as the activity states.</source>
            <translation>Timing: the phases take %1 min, as the activity states.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>The activity is over.</source>
            <translation>The activity is over.</translation>
        </message>
        <message>
            <source>%1: %2 left</source>
            <translation>%1: %2 left</translation>
        </message>
        <message>
            <source>%1: %2 over time</source>
            <translation>%1: %2 over time</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>shown at %1</source>
            <translation>shown at %1</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search the course</source>
            <translation>Search the course</translation>
        </message>
        <message>
            <source>Words or beginnings of words; accents optional (zrtev finds žrtev)</source>
            <translation>Words or beginnings of words; accents optional (zrtev finds žrtev)</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>All languages</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
        <message>
            <source>Enter opens the selected hit; Esc closes.</source>
            <translation>Enter opens the selected hit; Esc closes.</translation>
        </message>
        <message>
            <source>Glossary: %1</source>
            <translation>Glossary: %1</translation>
        </message>
        <message>
            <source>Practice questions: %1</source>
            <translation>Practice questions: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n hit</numerusform>
                <numerusform>%n hits</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Text size:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Colour theme</translation>
        </message>
        <message>
            <source>&amp;Colours:</source>
            <translation>&amp;Colours:</translation>
        </message>
        <message>
            <source>The course text keeps its own language; only the interface around it changes.</source>
            <translation>The course text keeps its own language; only the interface around it changes.</translation>
        </message>
    </context>
    <context>
        <name>SlideOverview</name>
        <message>
            <source>Slides</source>
            <translation>Slides</translation>
        </message>
    </context>
    <context>
        <name>StatisticsWindow</name>
        <message>
            <source>Question statistics and knowledge gain</source>
            <extracomment>Rows flagged "very likely" or "negative" are tinted (a colour that keeps black text readable).</extracomment>
            <translation>Question statistics and knowledge gain</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Knowledge gain</source>
            <translation>Knowledge gain</translation>
        </message>
        <message>
            <source>Each learner's first attempt only (as in Moodle)</source>
            <translation>Each learner's first attempt only (as in Moodle)</translation>
        </message>
        <message>
            <source>&amp;Assessment:</source>
            <translation>&amp;Assessment:</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answers counted</source>
            <translation>Answers counted</translation>
        </message>
        <message>
            <source>Facility (%)</source>
            <translation>Facility (%)</translation>
        </message>
        <message>
            <source>Discrimination (%)</source>
            <translation>Discrimination (%)</translation>
        </message>
        <message>
            <source>Needs checking?</source>
            <translation>Needs checking?</translation>
        </message>
        <message>
            <source>Commonest wrong answers</source>
            <translation>Commonest wrong answers</translation>
        </message>
        <message>
            <source>Question statistics</source>
            <translation>Question statistics</translation>
        </message>
        <message>
            <source>Facility: the mean score as a share of the maximum (low = hard). Discrimination: how well the question separates stronger from weaker learners. Needs checking (Moodle's thresholds): very likely below 30 %, likely below 50 %; below 0 the weaker learners did better: check the key.</source>
            <translation>Facility: the mean score as a share of the maximum (low = hard). Discrimination: how well the question separates stronger from weaker learners. Needs checking (Moodle's thresholds): very likely below 30 %, likely below 50 %; below 0 the weaker learners did better: check the key.</translation>
        </message>
        <message>
            <source>&amp;Pre-test:</source>
            <translation>&amp;Pre-test:</translation>
        </message>
        <message>
            <source>P&amp;ost-test:</source>
            <translation>P&amp;ost-test:</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Learner</translation>
        </message>
        <message>
            <source>Pre-test (%)</source>
            <translation>Pre-test (%)</translation>
        </message>
        <message>
            <source>Post-test (%)</source>
            <translation>Post-test (%)</translation>
        </message>
        <message>
            <source>Gain (points)</source>
            <translation>Gain (points)</translation>
        </message>
        <message>
            <source>Normalised gain</source>
            <translation>Normalised gain</translation>
        </message>
        <message>
            <source>Knowledge gain per learner</source>
            <translation>Knowledge gain per learner</translation>
        </message>
        <message>
            <source>Pre-test: each learner's first finished attempt. Post-test: the grade that counts. Normalised gain: the share of what there was to learn that was learnt, (post − pre) / (100 − pre).</source>
            <translation>Pre-test: each learner's first finished attempt. Post-test: the grade that counts. Normalised gain: the share of what there was to learn that was learnt, (post − pre) / (100 − pre).</translation>
        </message>
        <message>
            <source>All assessments</source>
            <translation>All assessments</translation>
        </message>
        <message>
            <source>No results have been imported yet.</source>
            <translation>No results have been imported yet.</translation>
        </message>
        <message>
            <source>No learner took both tests.</source>
            <translation>No learner took both tests.</translation>
        </message>
        <message numerus="yes">
            <source>Class mean gain: %1 points (%n learner(s)).</source>
            <translation>
                <numerusform>Class mean gain: %1 points (%n learner).</numerusform>
                <numerusform>Class mean gain: %1 points (%n learners).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TextAnswer</name>
        <message>
            <source>A number, e.g. 12.5</source>
            <translation>A number, e.g. 12.5</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Your answer</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Which number do you mean?</source>
            <translation>Which number do you mean?</translation>
        </message>
        <message>
            <source>I mean %1</source>
            <translation>I mean %1</translation>
        </message>
    </context>
    <context>
        <name>TrainerController</name>
        <message>
            <source>&amp;Present from the beginning</source>
            <translation>&amp;Present from the beginning</translation>
        </message>
        <message>
            <source>Present from this &amp;section</source>
            <translation>Present from this &amp;section</translation>
        </message>
        <message>
            <source>Print &amp;handouts…</source>
            <translation>Print &amp;handouts…</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>&amp;Present</translation>
        </message>
        <message>
            <source>The course is closed while an assessment is open.</source>
            <translation>The course is closed while an assessment is open.</translation>
        </message>
        <message>
            <source>Open a module to present it.</source>
            <translation>Open a module to present it.</translation>
        </message>
        <message>
            <source>Open a module to print its handouts.</source>
            <translation>Open a module to print its handouts.</translation>
        </message>
    </context>
    <context>
        <name>TrainerLogin</name>
        <message>
            <source>Log in as trainer</source>
            <translation>Log in as trainer</translation>
        </message>
        <message>
            <source>Trainer functions (assessments, results of all learners, grading, exam files) need the trainer passphrase.</source>
            <translation>Trainer functions (assessments, results of all learners, grading, exam files) need the trainer passphrase.</translation>
        </message>
        <message>
            <source>&amp;Trainer:</source>
            <translation>&amp;Trainer:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>This PC has no trainer profile yet. Add one with: coursebook profiles add NAME --trainer</source>
            <translation>This PC has no trainer profile yet. Add one with: coursebook profiles add NAME --trainer</translation>
        </message>
        <message>
            <source>Too many wrong tries. Wait %1 s and try again.</source>
            <translation>Too many wrong tries. Wait %1 s and try again.</translation>
        </message>
    </context>
    <context>
        <name>VerifyCertificate</name>
        <message>
            <source>Verify certificate</source>
            <translation>Verify certificate</translation>
        </message>
        <message>
            <source>&amp;Verification code on the certificate:</source>
            <translation>&amp;Verification code on the certificate:</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Check</translation>
        </message>
        <message>
            <source>Type the code printed on the certificate.</source>
            <translation>Type the code printed on the certificate.</translation>
        </message>
        <message>
            <source>Not valid.</source>
            <translation>Not valid.</translation>
        </message>
        <message>
            <source>Valid: %1 passed “%2” with %3 % on %4.</source>
            <translation>Valid: %1 passed “%2” with %3 % on %4.</translation>
        </message>
    </context>
    <context>
        <name>_ChoiceAnswer</name>
        <message>
            <source>right answer</source>
            <extracomment>True when every change is a finished answer (a click); False for typing, saved on leaving or a pause.</extracomment>
            <translation>right answer</translation>
        </message>
        <message>
            <source>wrong answer</source>
            <translation>wrong answer</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>The learner database {path} is in use by another program. Close it and start Coursebook again.</source>
            <translation>The learner database {path} is in use by another program. Close it and start Coursebook again.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full. Free some space and start Coursebook again; no learner data was changed.</source>
            <translation>The disk that holds {path} is full. Free some space and start Coursebook again; no learner data was changed.</translation>
        </message>
        <message>
            <source>The learner database {path} cannot be written (read-only). Start Coursebook with --data-dir and a folder you can write to.</source>
            <translation>The learner database {path} cannot be written (read-only). Start Coursebook with --data-dir and a folder you can write to.</translation>
        </message>
        <message>
            <source>The learner database {path} cannot be opened. Check that the folder exists and can be written, or start Coursebook with --data-dir.</source>
            <translation>The learner database {path} cannot be opened. Check that the folder exists and can be written, or start Coursebook with --data-dir.</translation>
        </message>
        <message>
            <source>The learner database {path} could not be used: {reason}. No learner data was changed.</source>
            <translation>The learner database {path} could not be used: {reason}. No learner data was changed.</translation>
        </message>
        <message>
            <source>A journal file beside the learner database was not used ({reason}); it was set aside as {name}.</source>
            <extracomment>Pages the log may grow to before SQLite checkpoints it (40 MB): an exam session fits in one log. Seconds to wait for another program's lock on the database before saying it is in use. What happened at open that the user should be told (a recovery), else None.</extracomment>
            <translation>A journal file beside the learner database was not used ({reason}); it was set aside as {name}.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Coursebook (schema {schema}). Use that version or a newer one.</source>
            <translation>{path} was written by a newer Coursebook (schema {schema}). Use that version or a newer one.</translation>
        </message>
        <message>
            <source>The learner database was damaged ({problem}). It was set aside as {aside} and the backup of {when} was restored.</source>
            <translation>The learner database was damaged ({problem}). It was set aside as {aside} and the backup of {when} was restored.</translation>
        </message>
        <message>
            <source>The learner database was damaged ({problem}) and no good backup was found. It was set aside as {aside} and a new one was started.</source>
            <translation>The learner database was damaged ({problem}) and no good backup was found. It was set aside as {aside} and a new one was started.</translation>
        </message>
        <message>
            <source>Only a trainer can do this. Log in as trainer first.</source>
            <extracomment>A key derived from the passphrase at login (kept in memory only): it signs the trainer's cache of verified report results, so a learner who can edit the database cannot forge a cached result.</extracomment>
            <translation>Only a trainer can do this. Log in as trainer first.</translation>
        </message>
        <message>
            <source>Too many wrong tries. Wait {seconds} s and try again.</source>
            <translation>Too many wrong tries. Wait {seconds} s and try again.</translation>
        </message>
        <message>
            <source>The passphrase is not right.</source>
            <translation>The passphrase is not right.</translation>
        </message>
        <message>
            <source>Records {first}–{last} are missing: an attempt or answers were deleted.</source>
            <extracomment>Seconds an answer's recorded time on screen may fall below an earlier one (the grace at the end). The string encoder ``_CANONICAL`` itself uses for every string (``ensure_ascii=False``): the C one. The decoder's own scanner, called without the wrapper that skips white space around the value. slot -&gt; (question key, response JSON text, answered at, elapsed seconds then) slot -&gt; (fraction, comment, trainer name) Attempts whose rows differ from their chain (changed or deleted after the fact). The chain itself is broken (gaps, removed entries, changed entries): nothing after it is sure.</extracomment>
            <translation>Records {first}–{last} are missing: an attempt or answers were deleted.</translation>
        </message>
        <message>
            <source>Record {seq} does not follow the one before it.</source>
            <translation>Record {seq} does not follow the one before it.</translation>
        </message>
        <message>
            <source>Record {seq} was altered after it was written.</source>
            <translation>Record {seq} was altered after it was written.</translation>
        </message>
        <message>
            <source>Record {seq} cannot be read.</source>
            <translation>Record {seq} cannot be read.</translation>
        </message>
        <message>
            <source>The newest records are missing: records up to {last} were written, {found} are there.</source>
            <translation>The newest records are missing: records up to {last} were written, {found} are there.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz}: its time on screen went backwards ({before} s, then {after} s).</source>
            <translation>Attempt {number} of {quiz}: its time on screen went backwards ({before} s, then {after} s).</translation>
        </message>
        <message>
            <source>Attempt {uuid} is not in the sealed record.</source>
            <translation>Attempt {uuid} is not in the sealed record.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz} was altered after submission: its times or questions differ from the sealed record.</source>
            <translation>Attempt {number} of {quiz} was altered after submission: its times or questions differ from the sealed record.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz} was altered after submission: its answers differ from the sealed record.</source>
            <translation>Attempt {number} of {quiz} was altered after submission: its answers differ from the sealed record.</translation>
        </message>
        <message>
            <source>Attempt {number} of {quiz} was deleted; the sealed record still has it.</source>
            <translation>Attempt {number} of {quiz} was deleted; the sealed record still has it.</translation>
        </message>
        <message>
            <source>Passphrase of a trainer of this PC: </source>
            <translation>Passphrase of a trainer of this PC: </translation>
        </message>
        <message>
            <source>Passphrase of the new trainer: </source>
            <translation>Passphrase of the new trainer: </translation>
        </message>
        <message>
            <source>PIN (4 to 12 digits): </source>
            <translation>PIN (4 to 12 digits): </translation>
        </message>
        <message>
            <source>Added {role} {name}.</source>
            <translation>Added {role} {name}.</translation>
        </message>
        <message>
            <source>There is no profile named {name}.</source>
            <translation>There is no profile named {name}.</translation>
        </message>
        <message>
            <source>Removed {name} and everything that belonged to the profile.</source>
            <translation>Removed {name} and everything that belonged to the profile.</translation>
        </message>
        <message>
            <source>Wrote {file}. It opens only with the start code.</source>
            <translation>Wrote {file}. It opens only with the start code.</translation>
        </message>
        <message>
            <source>A start code needs at least 6 letters or digits.</source>
            <extracomment>The packing installation's public key (base64), "" for files packed before keys travelled.</extracomment>
            <translation>A start code needs at least 6 letters or digits.</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>{file}: 'banks' must map bank ids to files.</source>
            <translation>{file}: 'banks' must map bank ids to files.</translation>
        </message>
        <message>
            <source>{file}: there is no question bank '{bank}' (neither a module nor under 'banks').</source>
            <translation>{file}: there is no question bank '{bank}' (neither a module nor under 'banks').</translation>
        </message>
        <message>
            <source>{file}: the bank has no usable questions.</source>
            <translation>{file}: the bank has no usable questions.</translation>
        </message>
        <message>
            <source>{file} is not a Coursebook exam file.</source>
            <translation>{file} is not a Coursebook exam file.</translation>
        </message>
        <message>
            <source>{file} is damaged.</source>
            <translation>{file} is damaged.</translation>
        </message>
        <message>
            <source>{file} was made by another version of Coursebook.</source>
            <translation>{file} was made by another version of Coursebook.</translation>
        </message>
        <message>
            <source>The start code is not right.</source>
            <translation>The start code is not right.</translation>
        </message>
        <message>
            <source>A profile needs a name.</source>
            <translation>A profile needs a name.</translation>
        </message>
        <message>
            <source>A profile name has at most 60 characters.</source>
            <translation>A profile name has at most 60 characters.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 12 digits.</source>
            <translation>A PIN is 4 to 12 digits.</translation>
        </message>
        <message>
            <source>The trainer passphrase needs at least 8 characters.</source>
            <translation>The trainer passphrase needs at least 8 characters.</translation>
        </message>
        <message>
            <source>A profile named {name} already exists.</source>
            <translation>A profile named {name} already exists.</translation>
        </message>
        <message>
            <source>{name} is the only trainer; add another trainer before removing this one.</source>
            <translation>{name} is the only trainer; add another trainer before removing this one.</translation>
        </message>
        <message>
            <source>'ANSWER:' without a question and at least two options before it</source>
            <translation>'ANSWER:' without a question and at least two options before it</translation>
        </message>
        <message>
            <source>'ANSWER: {letter}' names no option of this question</source>
            <translation>'ANSWER: {letter}' names no option of this question</translation>
        </message>
        <message>
            <source>option {letter} appears twice</source>
            <translation>option {letter} appears twice</translation>
        </message>
        <message>
            <source>a question's options must be followed by 'ANSWER: X'</source>
            <translation>a question's options must be followed by 'ANSWER: X'</translation>
        </message>
        <message>
            <source>the last question has no 'ANSWER: X' line</source>
            <translation>the last question has no 'ANSWER: X' line</translation>
        </message>
        <message>
            <source>There is no module '{module}' in {folder}. Modules: {known}.</source>
            <translation>There is no module '{module}' in {folder}. Modules: {known}.</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>{file} cannot be written: {reason}.</translation>
        </message>
        <message>
            <source>Module '{module}' has no question bank ({file}).</source>
            <translation>Module '{module}' has no question bank ({file}).</translation>
        </message>
        <message>
            <source>{problem}: left out of the export</source>
            <translation>{problem}: left out of the export</translation>
        </message>
        <message>
            <source>{id}: Moodle needs at least three answers in a matching question (add a distractor)</source>
            <translation>{id}: Moodle needs at least three answers in a matching question (add a distractor)</translation>
        </message>
        <message>
            <source>{id}: Moodle accepts only its own list of grades; {percent} % is not one</source>
            <translation>{id}: Moodle accepts only its own list of grades; {percent} % is not one</translation>
        </message>
        <message>
            <source>question id '{id}' is already used in the bank</source>
            <translation>question id '{id}' is already used in the bank</translation>
        </message>
        <message>
            <source>The bank cannot be read, so nothing was added: {reason}</source>
            <translation>The bank cannot be read, so nothing was added: {reason}</translation>
        </message>
        <message>
            <source>The bank has no 'questions:' list to add to.</source>
            <translation>The bank has no 'questions:' list to add to.</translation>
        </message>
        <message>
            <source>Adding the questions would break the bank: {reason}</source>
            <translation>Adding the questions would break the bank: {reason}</translation>
        </message>
        <message>
            <source>The 'questions:' list is not at the end of the file, so nothing was added.</source>
            <translation>The 'questions:' list is not at the end of the file, so nothing was added.</translation>
        </message>
        <message>
            <source>HTML was turned into plain text</source>
            <translation>HTML was turned into plain text</translation>
        </message>
        <message>
            <source>a description (text without an answer block) is not a question; left out</source>
            <translation>a description (text without an answer block) is not a question; left out</translation>
        </message>
        <message>
            <source>the braces around the answers do not match (a '{{' or '}}' is missing or should be escaped as '\{{' / '\}}')</source>
            <translation>the braces around the answers do not match (a '{{' or '}}' is missing or should be escaped as '\{{' / '\}}')</translation>
        </message>
        <message>
            <source>the question has no text</source>
            <translation>the question has no text</translation>
        </message>
        <message>
            <source>a multiple-choice question needs at least two answers</source>
            <translation>a multiple-choice question needs at least two answers</translation>
        </message>
        <message>
            <source>no answer is worth 100 %</source>
            <translation>no answer is worth 100 %</translation>
        </message>
        <message>
            <source>no right answer: mark one with '=' or give weights such as '~%50%'</source>
            <translation>no right answer: mark one with '=' or give weights such as '~%50%'</translation>
        </message>
        <message>
            <source>the positive weights add up to {percent} %, not 100 %</source>
            <translation>the positive weights add up to {percent} %, not 100 %</translation>
        </message>
        <message>
            <source>an answer is empty</source>
            <translation>an answer is empty</translation>
        </message>
        <message>
            <source>a matching question needs at least two pairs</source>
            <translation>a matching question needs at least two pairs</translation>
        </message>
        <message>
            <source>each matching answer needs '-&gt;' between the two sides</source>
            <translation>each matching answer needs '-&gt;' between the two sides</translation>
        </message>
        <message>
            <source>a matching question needs at least two pairs with both sides</source>
            <translation>a matching question needs at least two pairs with both sides</translation>
        </message>
        <message>
            <source>two pairs have the same left side</source>
            <translation>two pairs have the same left side</translation>
        </message>
        <message>
            <source>a short-answer question needs an answer</source>
            <translation>a short-answer question needs an answer</translation>
        </message>
        <message>
            <source>the feedback for any other answer ('~#…') is left out: Coursebook gives the general feedback instead</source>
            <translation>the feedback for any other answer ('~#…') is left out: Coursebook gives the general feedback instead</translation>
        </message>
        <message>
            <source>a numerical question needs an answer</source>
            <translation>a numerical question needs an answer</translation>
        </message>
        <message>
            <source>the margin of error in '{value}' is negative</source>
            <translation>the margin of error in '{value}' is negative</translation>
        </message>
        <message>
            <source>the feedback for the right number is left out: Coursebook shows the general feedback</source>
            <translation>the feedback for the right number is left out: Coursebook shows the general feedback</translation>
        </message>
        <message>
            <source>no number is worth 100 %</source>
            <translation>no number is worth 100 %</translation>
        </message>
        <message>
            <source>'{value}' is not a number</source>
            <extracomment>Tags Coursebook writes into Moodle files so an export can be imported back without loss. Moodle accepts only these grades (``question_bank::fraction_options_full``), as fractions.</extracomment>
            <translation>'{value}' is not a number</translation>
        </message>
        <message>
            <source>{id}: an answer contains '-&gt;', so Moodle would read the question as matching</source>
            <translation>{id}: an answer contains '-&gt;', so Moodle would read the question as matching</translation>
        </message>
        <message>
            <source>a document type declaration is not allowed in a question file</source>
            <translation>a document type declaration is not allowed in a question file</translation>
        </message>
        <message>
            <source>not well-formed XML: {reason}</source>
            <translation>not well-formed XML: {reason}</translation>
        </message>
        <message>
            <source>a description is not a question; left out</source>
            <translation>a description is not a question; left out</translation>
        </message>
        <message>
            <source>line {line}: fraction '{fraction}' is not a number</source>
            <translation>line {line}: fraction '{fraction}' is not a number</translation>
        </message>
        <message>
            <source>neither true nor false is worth 100 %</source>
            <translation>neither true nor false is worth 100 %</translation>
        </message>
        <message>
            <source>case-sensitive matching is not kept: Coursebook ignores case</source>
            <translation>case-sensitive matching is not kept: Coursebook ignores case</translation>
        </message>
        <message>
            <source>the feedback for any other answer is left out</source>
            <translation>the feedback for any other answer is left out</translation>
        </message>
        <message>
            <source>the feedback for the right number is left out</source>
            <translation>the feedback for the right number is left out</translation>
        </message>
        <message>
            <source>question type '{kind}' has no counterpart in Coursebook</source>
            <translation>question type '{kind}' has no counterpart in Coursebook</translation>
        </message>
        <message>
            <source>a Moodle XML file starts with &lt;quiz&gt;</source>
            <translation>a Moodle XML file starts with &lt;quiz&gt;</translation>
        </message>
        <message>
            <source>{file} must name the pack's id, version, language and title.</source>
            <extracomment>Limits against zip bombs and runaway packs. ``module-id#section-id`` (or a whole ``module-id``) the new version no longer has files of the old version changed or added on this PC since it was installed (e.g. questions a trainer imported into a pack module): the new version replaces them</extracomment>
            <translation>{file} must name the pack's id, version, language and title.</translation>
        </message>
        <message>
            <source>{file} does not describe the pack correctly.</source>
            <translation>{file} does not describe the pack correctly.</translation>
        </message>
        <message>
            <source>The course in {file} has errors; nothing was done.</source>
            <translation>The course in {file} has errors; nothing was done.</translation>
        </message>
        <message>
            <source>{file} is missing: it names the pack's id, version, language and title.</source>
            <translation>{file} is missing: it names the pack's id, version, language and title.</translation>
        </message>
        <message>
            <source>{file} is a link; a pack holds only plain files.</source>
            <translation>{file} is a link; a pack holds only plain files.</translation>
        </message>
        <message>
            <source>The pack is refused: the entry '{name}' has a name that is not allowed (it could be written outside the pack's folder).</source>
            <translation>The pack is refused: the entry '{name}' has a name that is not allowed (it could be written outside the pack's folder).</translation>
        </message>
        <message>
            <source>The pack is refused: it holds more than {limit} files.</source>
            <translation>The pack is refused: it holds more than {limit} files.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is a link or a special file.</source>
            <translation>The pack is refused: '{name}' is a link or a special file.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is encrypted.</source>
            <translation>The pack is refused: '{name}' is encrypted.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' unpacks to more than {ratio} times its size (a zip bomb).</source>
            <translation>The pack is refused: '{name}' unpacks to more than {ratio} times its size (a zip bomb).</translation>
        </message>
        <message>
            <source>The pack is refused: it unpacks to more than {limit} MB.</source>
            <translation>The pack is refused: it unpacks to more than {limit} MB.</translation>
        </message>
        <message>
            <source>The pack is refused: it unpacks to more than {ratio} times its size (a zip bomb).</source>
            <translation>The pack is refused: it unpacks to more than {ratio} times its size (a zip bomb).</translation>
        </message>
        <message>
            <source>The pack is refused: a file name appears twice.</source>
            <translation>The pack is refused: a file name appears twice.</translation>
        </message>
        <message>
            <source>This file is not a content pack: it has no {file}.</source>
            <translation>This file is not a content pack: it has no {file}.</translation>
        </message>
        <message>
            <source>The pack is refused: its {file} is too large.</source>
            <translation>The pack is refused: its {file} is too large.</translation>
        </message>
        <message>
            <source>The pack is refused: its {file} is not valid JSON.</source>
            <translation>The pack is refused: its {file} is not valid JSON.</translation>
        </message>
        <message>
            <source>The pack is refused: its {file} lists no checksums.</source>
            <translation>The pack is refused: its {file} lists no checksums.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is not listed in its manifest.</source>
            <translation>The pack is refused: '{name}' is not listed in its manifest.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is listed in its manifest but missing.</source>
            <translation>The pack is refused: '{name}' is listed in its manifest but missing.</translation>
        </message>
        <message>
            <source>The pack is refused: the entry '{name}' would be written outside the pack's folder.</source>
            <translation>The pack is refused: the entry '{name}' would be written outside the pack's folder.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' is larger than it declares.</source>
            <translation>The pack is refused: '{name}' is larger than it declares.</translation>
        </message>
        <message>
            <source>The pack is refused: '{name}' does not match its checksum (the file is damaged or was changed).</source>
            <translation>The pack is refused: '{name}' does not match its checksum (the file is damaged or was changed).</translation>
        </message>
        <message>
            <source>{file} cannot be read as a content pack: {reason}.</source>
            <translation>{file} cannot be read as a content pack: {reason}.</translation>
        </message>
        <message>
            <source>Pack {id} version {installed} is installed; this file has version {version}, which is not newer. Nothing was changed.</source>
            <translation>Pack {id} version {installed} is installed; this file has version {version}, which is not newer. Nothing was changed.</translation>
        </message>
        <message>
            <source>The pack is refused: module {module} is already in {where}.</source>
            <translation>The pack is refused: module {module} is already in {where}.</translation>
        </message>
        <message>
            <source>the name is not valid UTF-8 (shown with �); rename it</source>
            <translation>the name is not valid UTF-8 (shown with �); rename it</translation>
        </message>
        <message>
            <source>not a regular file (a FIFO, socket or device); it is never opened</source>
            <translation>not a regular file (a FIFO, socket or device); it is never opened</translation>
        </message>
        <message>
            <source>a folder where a file is expected</source>
            <extracomment>The longest line of a content file, in characters.</extracomment>
            <translation>a folder where a file is expected</translation>
        </message>
        <message>
            <source>content folder not found</source>
            <translation>content folder not found</translation>
        </message>
        <message>
            <source>no modules found: a course is a folder of module folders, each with a module.md</source>
            <translation>no modules found: a course is a folder of module folders, each with a module.md</translation>
        </message>
        <message>
            <source>the section has {size} characters; the limit is {limit} (split it into sections)</source>
            <extracomment>Characters in one section's Markdown (17,791). Lines in one section (310). Nesting of lists and block quotes, counted per line (indentation of 4 columns, '- ', '&gt; ') (3). Lines in one block of text between blank lines, outside fenced blocks (42). Table cells ('|') in one section (127). Opening brackets '[' (links, images, footnotes) in one section (29). Emphasis characters ('*', '_') in one section (120).</extracomment>
            <translation>the section has {size} characters; the limit is {limit} (split it into sections)</translation>
        </message>
        <message>
            <source>the section has {count} lines; the limit is {limit} (split it into sections)</source>
            <translation>the section has {count} lines; the limit is {limit} (split it into sections)</translation>
        </message>
        <message>
            <source>more than {limit} table cells ('|') in one section</source>
            <translation>more than {limit} table cells ('|') in one section</translation>
        </message>
        <message>
            <source>more than {limit} '[' (links, images, footnotes) in one section</source>
            <translation>more than {limit} '[' (links, images, footnotes) in one section</translation>
        </message>
        <message>
            <source>more than {limit} emphasis marks ('*', '_') in one section</source>
            <translation>more than {limit} emphasis marks ('*', '_') in one section</translation>
        </message>
        <message>
            <source>more than {limit} lines without a blank line</source>
            <translation>more than {limit} lines without a blank line</translation>
        </message>
        <message>
            <source>lists or quotes nested more than {limit} levels deep</source>
            <translation>lists or quotes nested more than {limit} levels deep</translation>
        </message>
        <message>
            <source>nested too deeply to format</source>
            <translation>nested too deeply to format</translation>
        </message>
        <message>
            <source>cannot be formatted ({error})</source>
            <translation>cannot be formatted ({error})</translation>
        </message>
        <message>
            <source>a symbolic link that points to itself (a link loop)</source>
            <translation>a symbolic link that points to itself (a link loop)</translation>
        </message>
        <message>
            <source>a symbolic link to a file that does not exist (an editor's lock file?)</source>
            <translation>a symbolic link to a file that does not exist (an editor's lock file?)</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permission denied</translation>
        </message>
        <message>
            <source>cannot read file: {reason}</source>
            <translation>cannot read file: {reason}</translation>
        </message>
        <message>
            <source>file is {size} bytes; the limit is {limit} bytes</source>
            <translation>file is {size} bytes; the limit is {limit} bytes</translation>
        </message>
        <message>
            <source>file is larger than the limit of {limit} bytes</source>
            <translation>file is larger than the limit of {limit} bytes</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
            <translation>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</translation>
        </message>
        <message>
            <source>the file holds a NUL character; it is not text</source>
            <translation>the file holds a NUL character; it is not text</translation>
        </message>
        <message>
            <source>line is {length} characters long; the limit is {limit}</source>
            <translation>line is {length} characters long; the limit is {limit}</translation>
        </message>
        <message>
            <source>The phases add up to {planned} min, but the activity states {stated} min.</source>
            <translation>The phases add up to {planned} min, but the activity states {stated} min.</translation>
        </message>
        <message>
            <source>With the minutes chosen the phases take {total} min: {over} min more than the {stated} min the activity states.</source>
            <translation>With the minutes chosen the phases take {total} min: {over} min more than the {stated} min the activity states.</translation>
        </message>
        <message>
            <source>With the minutes chosen the phases take {total} min: {under} min less than the {stated} min the activity states.</source>
            <translation>With the minutes chosen the phases take {total} min: {under} min less than the {stated} min the activity states.</translation>
        </message>
        <message>
            <source>The sub-phases of {phase} take {inner} min, more than the {minutes} min set for it.</source>
            <translation>The sub-phases of {phase} take {inner} min, more than the {minutes} min set for it.</translation>
        </message>
        <message>
            <source>section '{id}' {problem}; the reader shows it as plain text</source>
            <translation>section '{id}' {problem}; the reader shows it as plain text</translation>
        </message>
        <message>
            <source>anchors and aliases (&amp;name, *name) are not allowed in course content</source>
            <translation>anchors and aliases (&amp;name, *name) are not allowed in course content</translation>
        </message>
        <message>
            <source>lists and mappings are nested more than {limit} deep</source>
            <translation>lists and mappings are nested more than {limit} deep</translation>
        </message>
        <message>
            <source>invalid YAML: nested too deeply</source>
            <translation>invalid YAML: nested too deeply</translation>
        </message>
        <message>
            <source>The code {code} belongs to no passed result in this gradebook: the certificate is not valid here.</source>
            <translation>The code {code} belongs to no passed result in this gradebook: the certificate is not valid here.</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Learner</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Grade (%)</source>
            <translation>Grade (%)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Time (minutes)</source>
            <translation>Time (minutes)</translation>
        </message>
        <message>
            <source>Attempts used</source>
            <translation>Attempts used</translation>
        </message>
        <message>
            <source>Essays waiting</source>
            <translation>Essays waiting</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>There is no imported attempt {uuid}.</source>
            <translation>There is no imported attempt {uuid}.</translation>
        </message>
        <message>
            <source>A mark is between 0 and 100 %.</source>
            <translation>A mark is between 0 and 100 %.</translation>
        </message>
        <message>
            <source>There is no answer to grade.</source>
            <translation>There is no answer to grade.</translation>
        </message>
        <message>
            <source>There is no imported learner named {name}.</source>
            <translation>There is no imported learner named {name}.</translation>
        </message>
        <message>
            <source>{file} could not be written: {reason}.</source>
            <extracomment>Files merged per transaction on import (one commit to disk per batch). SQLite's page cache while importing, in KiB (the default is 2 MB). The answers go into the gradebook in the order of the attempts' random ids, all over its B-tree: with the default cache most pages were written out and read back within one batch (a fifth more CPU, a third more time in SQLite).</extracomment>
            <translation>{file} could not be written: {reason}.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <extracomment>Attempts whose marks were recorded (new or newer than those received before). Attempts whose marks were already there (the same file or a newer one received before). Attempts the file names that are not on this PC (taken elsewhere, or removed with their profile).
----------
attempt UUID -&gt; (question key per slot, grading rule, pass mark), read from its sealed plan.</extracomment>
            <translation>{file} cannot be read: {reason}.</translation>
        </message>
        <message>
            <source>{file} is truncated or damaged: it is not a whole marks file.</source>
            <translation>{file} is truncated or damaged: it is not a whole marks file.</translation>
        </message>
        <message>
            <source>{file} is not a Coursebook marks file.</source>
            <translation>{file} is not a Coursebook marks file.</translation>
        </message>
        <message>
            <source>{file} was written by a newer Coursebook (format {version}); update this program to receive it.</source>
            <translation>{file} was written by a newer Coursebook (format {version}); update this program to receive it.</translation>
        </message>
        <message>
            <source>{file} is signed with this PC's own key, not with the trainer's.</source>
            <translation>{file} is signed with this PC's own key, not with the trainer's.</translation>
        </message>
        <message>
            <source>{file} is for another PC: its marks belong to results handed in elsewhere.</source>
            <translation>{file} is for another PC: its marks belong to results handed in elsewhere.</translation>
        </message>
        <message>
            <source>{file} names a learner who has no profile on this PC.</source>
            <translation>{file} names a learner who has no profile on this PC.</translation>
        </message>
        <message>
            <source>{file} cannot be checked: the sealed record of {name} on this PC is damaged.</source>
            <translation>{file} cannot be checked: the sealed record of {name} on this PC is damaged.</translation>
        </message>
        <message>
            <source>{file} is not signed by the trainer whose assessment {name} took: the key does not match.</source>
            <translation>{file} is not signed by the trainer whose assessment {name} took: the key does not match.</translation>
        </message>
        <message>
            <source>{file} is truncated or damaged: it is not a whole results file.</source>
            <translation>{file} is truncated or damaged: it is not a whole results file.</translation>
        </message>
        <message>
            <source>{file} is not a Coursebook results file.</source>
            <translation>{file} is not a Coursebook results file.</translation>
        </message>
        <message>
            <source>{file} was written by a newer Coursebook (format {version}); update this program to import it.</source>
            <translation>{file} was written by a newer Coursebook (format {version}); update this program to import it.</translation>
        </message>
        <message>
            <source>{file} was changed after it was written: its signature does not match.</source>
            <translation>{file} was changed after it was written: its signature does not match.</translation>
        </message>
        <message>
            <source>{file} holds a broken record of results: {problem}</source>
            <translation>{file} holds a broken record of results: {problem}</translation>
        </message>
        <message>
            <source>{file} holds an attempt whose questions differ from its record.</source>
            <translation>{file} holds an attempt whose questions differ from its record.</translation>
        </message>
        <message>
            <source>{file} is signed with a foreign key, not the key of the PC it claims to come from.</source>
            <translation>{file} is signed with a foreign key, not the key of the PC it claims to come from.</translation>
        </message>
        <message>
            <source>{file} claims a learner whose results came from another PC.</source>
            <translation>{file} claims a learner whose results came from another PC.</translation>
        </message>
        <message>
            <source>{file} does not continue the results imported before for {name}: they were taken back to an earlier state.</source>
            <translation>{file} does not continue the results imported before for {name}: they were taken back to an earlier state.</translation>
        </message>
        <message>
            <source>Gradebook report</source>
            <extracomment>passed / learners with a grade, in %; None when nobody has a grade yet. mean of the grades that count, in %.</extracomment>
            <translation>Gradebook report</translation>
        </message>
        <message>
            <source>Course: {course}</source>
            <translation>Course: {course}</translation>
        </message>
        <message>
            <source>Assessments: {titles}</source>
            <translation>Assessments: {titles}</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Date: {date}</translation>
        </message>
        <message>
            <source>Learners: {n}</source>
            <translation>Learners: {n}</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Learners</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Pass rate (%)</source>
            <translation>Pass rate (%)</translation>
        </message>
        <message>
            <source>Mean grade (%)</source>
            <translation>Mean grade (%)</translation>
        </message>
        <message>
            <source>Question statistics: {title}</source>
            <translation>Question statistics: {title}</translation>
        </message>
        <message>
            <source>Each learner's first attempt counts (as in Moodle).</source>
            <translation>Each learner's first attempt counts (as in Moodle).</translation>
        </message>
        <message>
            <source>Every finished attempt counts.</source>
            <translation>Every finished attempt counts.</translation>
        </message>
        <message>
            <source>Facility: the mean score as a share of the maximum (low = hard). Discrimination: how well the question separates stronger from weaker learners; below 30 % it very likely needs checking, below 0 check the key.</source>
            <translation>Facility: the mean score as a share of the maximum (low = hard). Discrimination: how well the question separates stronger from weaker learners; below 30 % it very likely needs checking, below 0 check the key.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answers counted</source>
            <translation>Answers counted</translation>
        </message>
        <message>
            <source>Facility (%)</source>
            <translation>Facility (%)</translation>
        </message>
        <message>
            <source>Discrimination (%)</source>
            <translation>Discrimination (%)</translation>
        </message>
        <message>
            <source>Needs checking?</source>
            <translation>Needs checking?</translation>
        </message>
        <message>
            <source>Commonest wrong answer</source>
            <translation>Commonest wrong answer</translation>
        </message>
        <message>
            <source>No results have been imported yet.</source>
            <translation>No results have been imported yet.</translation>
        </message>
        <message>
            <source>No finished attempt to count yet.</source>
            <translation>No finished attempt to count yet.</translation>
        </message>
        <message>
            <source>Yes: negative, check the key</source>
            <extracomment>Moodle's "Needs checking?" thresholds on the discrimination index (qbank_statistics helper).</extracomment>
            <translation>Yes: negative, check the key</translation>
        </message>
        <message>
            <source>Very likely</source>
            <translation>Very likely</translation>
        </message>
        <message>
            <source>Likely</source>
            <translation>Likely</translation>
        </message>
        <message>
            <source>Unlikely</source>
            <translation>Unlikely</translation>
        </message>
        <message>
            <source>Cannot write to the data folder {folder}: {reason}. Choose another folder with --data-dir or the COURSEBOOK_HOME environment variable.</source>
            <translation>Cannot write to the data folder {folder}: {reason}. Choose another folder with --data-dir or the COURSEBOOK_HOME environment variable.</translation>
        </message>
        <message>
            <source>An assessment must be a JSON object.</source>
            <extracomment>An assessment file is small; anything larger is refused unread. The deepest nesting of JSON arrays and objects read (a definition needs 3). Bounds of the numbers: (lowest, highest). Minutes; 0 = no time limit. When it runs out the attempt is submitted automatically. Percentage of the maximum score needed to pass; 0 = no pass mark. 0 = unlimited. Which attempt counts when there are several: highest, last, first or average.</extracomment>
            <translation>An assessment must be a JSON object.</translation>
        </message>
        <message>
            <source>'{key}' must be text.</source>
            <translation>'{key}' must be text.</translation>
        </message>
        <message>
            <source>'id' is required.</source>
            <translation>'id' is required.</translation>
        </message>
        <message>
            <source>The title is too long. Most characters allowed: {limit}.</source>
            <translation>The title is too long. Most characters allowed: {limit}.</translation>
        </message>
        <message>
            <source>'{key}' must be true or false (without quotes).</source>
            <translation>'{key}' must be true or false (without quotes).</translation>
        </message>
        <message>
            <source>'draws' must be a list of question banks. Most banks allowed: {limit}.</source>
            <translation>'draws' must be a list of question banks. Most banks allowed: {limit}.</translation>
        </message>
        <message>
            <source>Each entry of 'draws' needs a 'module_id' text.</source>
            <translation>Each entry of 'draws' needs a 'module_id' text.</translation>
        </message>
        <message>
            <source>'review' must be an object.</source>
            <translation>'review' must be an object.</translation>
        </message>
        <message>
            <source>The id '{id}' must be lower-case letters, digits and '-'.</source>
            <translation>The id '{id}' must be lower-case letters, digits and '-'.</translation>
        </message>
        <message>
            <source>The assessment needs a title.</source>
            <translation>The assessment needs a title.</translation>
        </message>
        <message>
            <source>Choose at least one question bank.</source>
            <translation>Choose at least one question bank.</translation>
        </message>
        <message>
            <source>The number of questions cannot be negative.</source>
            <translation>The number of questions cannot be negative.</translation>
        </message>
        <message>
            <source>Each question bank may be listed once.</source>
            <translation>Each question bank may be listed once.</translation>
        </message>
        <message>
            <source>Too many questions are drawn from one bank. Most questions allowed: {limit}.</source>
            <translation>Too many questions are drawn from one bank. Most questions allowed: {limit}.</translation>
        </message>
        <message>
            <source>The time limit cannot be negative.</source>
            <translation>The time limit cannot be negative.</translation>
        </message>
        <message>
            <source>The time limit is too long. Longest time limit in minutes: {limit}.</source>
            <translation>The time limit is too long. Longest time limit in minutes: {limit}.</translation>
        </message>
        <message>
            <source>The pass mark is a percentage from 0 to 100.</source>
            <translation>The pass mark is a percentage from 0 to 100.</translation>
        </message>
        <message>
            <source>Attempts allowed cannot be negative (0 = unlimited).</source>
            <translation>Attempts allowed cannot be negative (0 = unlimited).</translation>
        </message>
        <message>
            <source>Too many attempts are allowed. Most attempts allowed: {limit} (0 = unlimited).</source>
            <translation>Too many attempts are allowed. Most attempts allowed: {limit} (0 = unlimited).</translation>
        </message>
        <message>
            <source>The grading must be one of: {methods}.</source>
            <translation>The grading must be one of: {methods}.</translation>
        </message>
        <message>
            <source>'{key}' must be a whole number from {low} to {high}.</source>
            <translation>'{key}' must be a whole number from {low} to {high}.</translation>
        </message>
        <message>
            <source>'{key}' must be a number from {low} to {high}.</source>
            <translation>'{key}' must be a number from {low} to {high}.</translation>
        </message>
        <message>
            <source>{name} is not a number JSON allows.</source>
            <translation>{name} is not a number JSON allows.</translation>
        </message>
        <message>
            <source>The number {text} is too large.</source>
            <translation>The number {text} is too large.</translation>
        </message>
        <message>
            <source>The file starts with a byte-order mark (BOM); save it as UTF-8 without BOM.</source>
            <translation>The file starts with a byte-order mark (BOM); save it as UTF-8 without BOM.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text.</source>
            <translation>The file is not UTF-8 text.</translation>
        </message>
        <message>
            <source>Arrays and objects are nested too deep. Most levels allowed: {limit}.</source>
            <translation>Arrays and objects are nested too deep. Most levels allowed: {limit}.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {reason}</source>
            <translation>The file is not valid JSON: {reason}</translation>
        </message>
        <message>
            <source>The file cannot be read ({reason}).</source>
            <translation>The file cannot be read ({reason}).</translation>
        </message>
        <message>
            <source>Its id is '{id}'; the file must be named {id}.json.</source>
            <translation>Its id is '{id}'; the file must be named {id}.json.</translation>
        </message>
        <message>
            <source>The time is up; the answer was not saved.</source>
            <extracomment>An attempt's time is written at least this often while it is on screen (and with every answer). ``settings["source"]`` of an attempt at an exam file. Why an answer was refused (AttemptClosed): one sentence each, said in several places.</extracomment>
            <translation>The time is up; the answer was not saved.</translation>
        </message>
        <message>
            <source>This attempt has been submitted; the answer was not saved.</source>
            <translation>This attempt has been submitted; the answer was not saved.</translation>
        </message>
        <message>
            <source>Module '{module}' is not in the library.</source>
            <extracomment>Exams opened with their start code in this session (in memory only), and their banks. Monotonic time at an attempt's last tick, and at its last write. Elapsed seconds at the last mark, as this session counted them (the store may lag 5 s). Per module: (the bank object, its size, question id -&gt; question), rebuilt when the bank changes. Checked chains per profile, with the state of the store they were checked in. Report results with the state they were made in (see :meth:`kept`). Banks loaded or reloaded in this session: a kept report is redone after any.</extracomment>
            <translation>Module '{module}' is not in the library.</translation>
        </message>
        <message>
            <source>Module '{module}' has no usable questions.</source>
            <translation>Module '{module}' has no usable questions.</translation>
        </message>
        <message>
            <source>No attempts are left at '{title}'. Attempts allowed: {allowed}.</source>
            <translation>No attempts are left at '{title}'. Attempts allowed: {allowed}.</translation>
        </message>
        <message>
            <source>'{title}' has no usable questions.</source>
            <translation>'{title}' has no usable questions.</translation>
        </message>
        <message>
            <source>Attempt {attempt} does not exist.</source>
            <translation>Attempt {attempt} does not exist.</translation>
        </message>
        <message>
            <source>Attempt {attempt} has no question {number}.</source>
            <translation>Attempt {attempt} has no question {number}.</translation>
        </message>
        <message>
            <source>The attempt has not been submitted yet.</source>
            <translation>The attempt has not been submitted yet.</translation>
        </message>
        <message>
            <source>There is no module '{module}'. Modules: {known}.</source>
            <translation>There is no module '{module}'. Modules: {known}.</translation>
        </message>
        <message>
            <source>Module '{module}' has no activity.</source>
            <translation>Module '{module}' has no activity.</translation>
        </message>
        <message>
            <source>The activity of module '{module}' has no groups to print role cards for.</source>
            <translation>The activity of module '{module}' has no groups to print role cards for.</translation>
        </message>
        <message>
            <source>Module '{module}' has no cards ({file}).</source>
            <translation>Module '{module}' has no cards ({file}).</translation>
        </message>
        <message>
            <source>The cards cannot be read: {reason}</source>
            <translation>The cards cannot be read: {reason}</translation>
        </message>
        <message>
            <source>The cards of module '{module}' cannot be read.</source>
            <translation>The cards of module '{module}' cannot be read.</translation>
        </message>
        <message>
            <source>There is no handout '{what}'. Choose one of: {kinds}.</source>
            <translation>There is no handout '{what}'. Choose one of: {kinds}.</translation>
        </message>
        <message>
            <source>There is no space left on the disk: {path}</source>
            <extracomment>What the operating system says, in the user's language, for the failures a user can act on.</extracomment>
            <translation>There is no space left on the disk: {path}</translation>
        </message>
        <message>
            <source>The disk is read-only: {path}</source>
            <translation>The disk is read-only: {path}</translation>
        </message>
        <message>
            <source>You may not read or write here: {path}</source>
            <translation>You may not read or write here: {path}</translation>
        </message>
        <message>
            <source>The file or folder does not exist: {path}</source>
            <translation>The file or folder does not exist: {path}</translation>
        </message>
        <message>
            <source>The disk could not be read or written (was it removed?): {path}</source>
            <translation>The disk could not be read or written (was it removed?): {path}</translation>
        </message>
    </context>
</TS>