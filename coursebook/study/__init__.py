"""Self-study: honest reading progress, objectives met, resume per module, bookmarks and notes,
flashcards and the home page's data. Each module takes the store (or its connection); no Qt."""
