"""Aiken and Moodle XML import: what each brings in, and what it refuses with file and line."""

from __future__ import annotations

from coursebook.interop import aiken, moodlexml
from coursebook.quiz.model import grade

AIKEN = """What is the correct answer to this question?
A. Is it this one?
B. Maybe this answer?
C. Possibly this one?
D. Must be this one!
ANSWER: D

Which LMS has the most quiz import formats?
A) Moodle
B) ATutor
ANSWER: A
"""


def test_aiken_reads_single_choice_questions():
    result = aiken.parse(AIKEN, "x.txt")
    assert result.errors == []
    first, second = result.questions
    assert first.type == "single" and first.text == "What is the correct answer to this question?"
    assert [o.weight for o in first.options] == [0, 0, 0, 1.0]
    assert [o.text for o in second.options] == ["Moodle", "ATutor"]
    assert grade(second, 0).correct
    assert [q.line for q in result.questions] == [1, 8]


def test_aiken_errors_name_the_line():
    result = aiken.parse("Q one?\nA. a\nB. b\nANSWER: C\n\nQ two?\nA. a\nB. b\n", "bad.txt")
    assert [str(e) for e in result.errors] == ["bad.txt:4: 'ANSWER: C' names no option of this question",
                                               "bad.txt:6: the last question has no 'ANSWER: X' line"]
    assert result.questions == []


XML = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Imported</text></category></question>
  <question type="multichoice">
    <name><text>Capital</text></name>
    <questiontext format="html"><text><![CDATA[<p>Capital of <b>Slovenia</b>?</p>]]></text></questiontext>
    <generalfeedback format="html"><text>Ljubljana is the capital.</text></generalfeedback>
    <idnumber>cap-1</idnumber>
    <single>true</single>
    <answer fraction="100" format="html"><text>Ljubljana</text><feedback><text>Yes.</text></feedback></answer>
    <answer fraction="0" format="html"><text>Maribor</text><feedback><text>No.</text></feedback></answer>
  </question>
  <question type="truefalse">
    <name><text>tf</text></name>
    <questiontext format="moodle_auto_format"><text>The sky is green.</text></questiontext>
    <answer fraction="0"><text>true</text><feedback><text>No, it is not.</text></feedback></answer>
    <answer fraction="100"><text>false</text><feedback><text>Right.</text></feedback></answer>
  </question>
  <question type="description"><questiontext><text>Read this first.</text></questiontext></question>
  <question type="calculated"><questiontext><text>{a} + {b}?</text></questiontext></question>
</quiz>
"""


def test_moodle_xml_import():
    result = moodlexml.parse(XML, "bank.xml")
    assert result.categories == ["$course$/top/Imported"]
    assert [str(e) for e in result.errors] == ["bank.xml:20: question type 'calculated' has no counterpart in Coursebook"]
    assert [str(w) for w in result.warnings] == ["bank.xml:4: HTML was turned into plain text",
                                                 "bank.xml:19: a description is not a question; left out"]
    capital, tf = result.questions
    assert (capital.id, capital.type, capital.text) == ("cap-1", "single", "Capital of Slovenia?")
    assert [(o.text, o.weight, o.feedback) for o in capital.options] == [("Ljubljana", 1.0, "Yes."), ("Maribor", 0.0, "No.")]
    assert (tf.id, tf.answer, tf.feedback_true, tf.feedback_false) == ("tf", False, "No, it is not.", "Right.")


def test_moodle_xml_refuses_entities_and_broken_files():
    bomb = '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaa">]>\n<quiz>&a;</quiz>'
    result = moodlexml.parse(bomb, "bomb.xml")
    assert result.questions == [] and result.errors[0].line == 2
    assert "document type declaration" in result.errors[0].message
    broken = moodlexml.parse("<quiz>\n<question type='truefalse'>\n</quiz>", "broken.xml")
    assert broken.errors[0].line == 3 and "not well-formed" in broken.errors[0].message
