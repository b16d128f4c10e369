from enum import StrEnum
from typing import Any, cast


class AiPart(StrEnum):
    """A kind of AI content made from a transcript.
    Documented values; others are sent as given."""

    FACEBOOKPOST = "facebookPost"
    FAQ = "faq"
    INTRODUCTION = "introduction"
    KEYTOPICSWITHBULLETS = "keyTopicsWithBullets"
    KEYWORDS = "keywords"
    LINKEDINPOST = "linkedInPost"
    SUMMARY = "summary"
    THREADSBYINSTAGRAM = "threadsByInstagram"
    TITLES = "titles"
    TWITTERTHREAD = "twitterThread"
    WEBARTICLESEOFRIENDLY = "webArticleSEOFriendly"
    YOUTUBEDESCRIPTION = "youtubeDescription"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this SDK version does not know yet (kept as sent by the API)."""
        return self.value in type(self)._value2member_map_

    @classmethod
    def from_wire(cls, value: Any) -> "AiPart":
        """The member for a value the API sent; an unknown string becomes an unregistered one."""
        member = cls._value2member_map_.get(value)  # an unhashable value raises TypeError
        return cls(value) if member is None else cast("AiPart", member)

    @classmethod
    def _missing_(cls, value: object) -> "AiPart | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
