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
        <name>CardsDialog</name>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Save cards as PDF</source>
            <translation>Save cards as PDF</translation>
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
        <name>LibraryView</name>
        <message>
            <source>Library</source>
            <extracomment>module id, section id, scroll fraction of the place where the learner stopped</extracomment>
            <translation>Library</translation>
        </message>
        <message>
            <source>Module</source>
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
            <source>Modules</source>
            <translation>Modules</translation>
        </message>
        <message>
            <source>Enter or double-click opens a module. Ctrl+L returns here.</source>
            <translation>Enter or double-click opens a module. Ctrl+L returns here.</translation>
        </message>
        <message>
            <source>Continue reading: %1</source>
            <translation>Continue reading: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>%v of %m sections</source>
            <translation>%v of %m sections</translation>
        </message>
        <message>
            <source>Progress of %1</source>
            <translation>Progress of %1</translation>
        </message>
        <message>
            <source>Indicator cards</source>
            <translation>Indicator cards</translation>
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
            <translation>The learner database is damaged. Close Coursebook and start it again: it will restore the newest good backup.</translation>
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
            <translation>Coursebook</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Library</translation>
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
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
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
    </context>
    <context>
        <name>ModuleView</name>
        <message>
            <source>Table of contents</source>
            <translation>Table of contents</translation>
        </message>
        <message>
            <source>Section text</source>
            <translation>Section text</translation>
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
            <source>Correct.</source>
            <translation>Correct.</translation>
        </message>
        <message>
            <source>Partly correct: %1 % of the mark.</source>
            <translation>Partly correct: %1 % of the mark.</translation>
        </message>
        <message>
            <source>Not correct.</source>
            <translation>Not correct.</translation>
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
            <source>&amp;Quiz</source>
            <translation>&amp;Quiz</translation>
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
        <message>
            <source>There are no assessments yet. A trainer creates one with Quiz › New assessment…</source>
            <translation>There are no assessments yet. A trainer creates one with Quiz › New assessment…</translation>
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
            <source>Learner</source>
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
            <source>Assessment</source>
            <translation>Assessment</translation>
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
            <source>True</source>
            <translation>True</translation>
        </message>
        <message>
            <source>False</source>
            <translation>False</translation>
        </message>
        <message>
            <source>&amp;Essays to grade (%1)</source>
            <translation>&amp;Essays to grade (%1)</translation>
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
            <source>(not answered)</source>
            <translation>(not answered)</translation>
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
            <source>True</source>
            <translation>True</translation>
        </message>
        <message>
            <source>False</source>
            <translation>False</translation>
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
    </context>
    <context>
        <name>TrueFalseAnswer</name>
        <message>
            <source>True</source>
            <extracomment>True when every change is a finished answer (a click); False for typing, saved on leaving or a pause.</extracomment>
            <translation>True</translation>
        </message>
        <message>
            <source>False</source>
            <translation>False</translation>
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
    </context>
</TS>