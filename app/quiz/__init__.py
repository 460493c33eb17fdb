"""The quiz windows: answer widgets, the question page, the attempt window, results, reports."""
