"""What the tone check, the spelling check and promise detection report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, order=True)
class Finding:
    """A span [start, end) of the draft (indices into the original text), what kind of problem
    it is and a short explanation for the user. Findings about the draft as a whole
    (missing_apology, missing_thanks, generic) span the whole text."""

    start: int
    end: int
    kind: str
    explanation: str

    def to_json(self, text: str) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "text": text[self.start : self.end],
            "explanation": self.explanation,
        }
