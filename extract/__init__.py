"""From files to extractions: articles → stories → mentions → entities and relations.

Stages, one module (or folder) each:

- ``extract.reading``   files, directories, globs → decoded articles → clean ``Story`` objects
- ``extract.gazetteer`` the named bodies of Korea (data files) and their aliases
- ``extract.pipeline``  ``Extractor``: a spaCy pipeline over Kiwi that turns a ``Story`` into a
  ``StoryExtraction`` (one line of the JSON Lines contract)
"""
