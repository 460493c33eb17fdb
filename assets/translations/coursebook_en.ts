<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Edit assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Final test, module 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions drawn at random from each question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n left out: errors)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffle the order of the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffle the answer options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it runs out, the attempt is submitted automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pass mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempts allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of all attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which attempt counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After submitting, learners see their score and…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which questions they got right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feedback (explanations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback is never shown before the attempt is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The assessment has %n question(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the assessment file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cards as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentLabels</name>
    <message>
        <source>Activity</source>
        <extracomment>The labels the reader puts around a module&apos;s content, translated into the module&apos;s language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part was written for this course from the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick an objective when you can do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EssayAnswer</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Library</source>
        <extracomment>module id, section id, scroll fraction of the place where the learner stopped</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens a module. Ctrl+L returns here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped because of errors in the content (run &apos;coursebook validate&apos; for all):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The learner database is damaged. Close Coursebook and start it again: it will restore the newest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coursebook is already open with the data folder {folder}. Its window has been brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Coursebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Coursebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner data recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) skipped because of content errors — see the library.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cards cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Coursebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coursebook — an offline training course on combating trafficking in human beings.
Learner data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingAnswer</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleView</name>
    <message>
        <source>Table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is outside Coursebook:
%1

Open it in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderingAnswer</name>
    <message>
        <source>Items to put in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is no longer in the question bank. It does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose every answer that applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True or false?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a short answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the matching item for each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the items in the right order: drag them, or select one and use Move up / Move down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your answer. A trainer will grade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. A trainer will grade this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly correct: %1 % of the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizController</name>
    <message>
        <source>&amp;Practise this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review my &amp;wrong answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise “%1”: which questions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at random</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open or select a module first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has no questions to practise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My wrong answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review my wrong answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to review: every question you practised was answered right the last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some assessment files could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no assessments yet. A trainer creates one with Quiz › New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n attempt(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no attempts left at this assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n question(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time limit: %n minute(s). When the time is up, the assessment is submitted automatically; the time keeps running if you close it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The course text is not available during the assessment. Start now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time for “%1” ran out while Coursebook was closed. It was submitted with the answers you had given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not finished the assessment “%1” (%2 of %3 questions answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: %1. The time keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the assessment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unfinished practice of “%1” (%2 of %3 questions answered). Continue it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue practising?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizReports</name>
    <message>
        <source>Quiz reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Difficult questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Essays to grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardest first: the lowest average score at the top. Questions nobody answered are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most often chosen wrong answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment the learner will see (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n essay(s) to grade</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Essays to grade (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizResults</name>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(question no longer in the bank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trainer has chosen to show only the score of this assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered questions right (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 points (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) wait for a trainer&apos;s grade</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time ran out: the attempt was submitted automatically with the answers saved until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1 of %2 questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average of attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade that counts (%1): %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ partly right (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizWindow</name>
    <message>
        <source>Quiz</source>
        <extracomment>Asks the learner a yes/no question; tests replace it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice — check each answer as you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment — your answers are saved as you give them; the results come after you submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) of the question bank were left out because they contain errors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The question banks had %n question(s) fewer than this assessment asks for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the question first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, for example 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit your answers? You cannot change them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt could not be submitted: %1

Your saved answers are kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers so far are saved. You can continue this assessment later from the Quiz menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time keeps running while the assessment is closed: %1 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the assessment?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <source>A number, e.g. 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrueFalseAnswer</name>
    <message>
        <source>True</source>
        <extracomment>True when every change is a finished answer (a click); False for typing, saved on leaving or a pause.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The learner database {path} is in use by another program. Close it and start Coursebook again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds {path} is full. Free some space and start Coursebook again; no learner data was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner database {path} cannot be written (read-only). Start Coursebook with --data-dir and a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner database {path} cannot be opened. Check that the folder exists and can be written, or start Coursebook with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner database {path} could not be used: {reason}. No learner data was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal file beside the learner database was not used ({reason}); it was set aside as {name}.</source>
        <extracomment>Pages the log may grow to before SQLite checkpoints it (40 MB): an exam session fits in one log. Seconds to wait for another program&apos;s lock on the database before saying it is in use. What happened at open that the user should be told (a recovery), else None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer Coursebook (schema {schema}). Use that version or a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner database was damaged ({problem}). It was set aside as {aside} and the backup of {when} was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner database was damaged ({problem}) and no good backup was found. It was set aside as {aside} and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
