"""The explorer's pages: each module has ``render(store)``; ``common`` holds the cached reads."""
