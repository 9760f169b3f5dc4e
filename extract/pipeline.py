"""``Extractor``: Story → StoryExtraction. Placeholder until the extraction issue lands."""

from __future__ import annotations

from ontology.model import Story, StoryExtraction


class Extractor:
    """Builds the pipeline once; call :meth:`extract` per story."""

    def extract(self, story: Story) -> StoryExtraction:
        return StoryExtraction.empty(story)
