from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiContent")


@_attrs_define
class AiContent:
    """The AI content parts, each as text; only the requested ones are filled."""

    faq: None | str | Unset = UNSET
    """ The `faq` part. """
    titles: None | str | Unset = UNSET
    """ The `titles` part. """
    summary: None | str | Unset = UNSET
    """ The `summary` part. """
    keywords: None | str | Unset = UNSET
    """ The `keywords` part. """
    facebook_post: None | str | Unset = UNSET
    """ The `facebookPost` part. """
    introduction: None | str | Unset = UNSET
    """ The `introduction` part. """
    linked_in_post: None | str | Unset = UNSET
    """ The `linkedInPost` part. """
    twitter_thread: None | str | Unset = UNSET
    """ The `twitterThread` part. """
    threads_by_instagram: None | str | Unset = UNSET
    """ The `threadsByInstagram` part. """
    youtube_description: None | str | Unset = UNSET
    """ The `youtubeDescription` part. """
    key_topics_with_bullets: None | str | Unset = UNSET
    """ The `keyTopicsWithBullets` part. """
    web_article_seo_friendly: None | str | Unset = UNSET
    """ The `webArticleSEOFriendly` part. """
    transcription_job_id: str | Unset = UNSET
    """ The transcription it was made from. """
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "faq",
        "titles",
        "summary",
        "keywords",
        "facebookPost",
        "introduction",
        "linkedInPost",
        "twitterThread",
        "threadsByInstagram",
        "youtubeDescription",
        "keyTopicsWithBullets",
        "webArticleSEOFriendly",
        "transcriptionJobId",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ()
    additional_properties: dict[str, Any] = _attrs_field(
        factory=dict, kw_only=True, repr=masked_mapping
    )
    """Fields the API sent that this SDK version does not know; sent back unchanged."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        faq: None | str | Unset
        if isinstance(self.faq, Unset):
            faq = UNSET
        else:
            faq = self.faq

        titles: None | str | Unset
        if isinstance(self.titles, Unset):
            titles = UNSET
        else:
            titles = self.titles

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        keywords: None | str | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        else:
            keywords = self.keywords

        facebook_post: None | str | Unset
        if isinstance(self.facebook_post, Unset):
            facebook_post = UNSET
        else:
            facebook_post = self.facebook_post

        introduction: None | str | Unset
        if isinstance(self.introduction, Unset):
            introduction = UNSET
        else:
            introduction = self.introduction

        linked_in_post: None | str | Unset
        if isinstance(self.linked_in_post, Unset):
            linked_in_post = UNSET
        else:
            linked_in_post = self.linked_in_post

        twitter_thread: None | str | Unset
        if isinstance(self.twitter_thread, Unset):
            twitter_thread = UNSET
        else:
            twitter_thread = self.twitter_thread

        threads_by_instagram: None | str | Unset
        if isinstance(self.threads_by_instagram, Unset):
            threads_by_instagram = UNSET
        else:
            threads_by_instagram = self.threads_by_instagram

        youtube_description: None | str | Unset
        if isinstance(self.youtube_description, Unset):
            youtube_description = UNSET
        else:
            youtube_description = self.youtube_description

        key_topics_with_bullets: None | str | Unset
        if isinstance(self.key_topics_with_bullets, Unset):
            key_topics_with_bullets = UNSET
        else:
            key_topics_with_bullets = self.key_topics_with_bullets

        web_article_seo_friendly: None | str | Unset
        if isinstance(self.web_article_seo_friendly, Unset):
            web_article_seo_friendly = UNSET
        else:
            web_article_seo_friendly = self.web_article_seo_friendly

        transcription_job_id = self.transcription_job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if faq is not UNSET:
            field_dict["faq"] = faq
        if titles is not UNSET:
            field_dict["titles"] = titles
        if summary is not UNSET:
            field_dict["summary"] = summary
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if facebook_post is not UNSET:
            field_dict["facebookPost"] = facebook_post
        if introduction is not UNSET:
            field_dict["introduction"] = introduction
        if linked_in_post is not UNSET:
            field_dict["linkedInPost"] = linked_in_post
        if twitter_thread is not UNSET:
            field_dict["twitterThread"] = twitter_thread
        if threads_by_instagram is not UNSET:
            field_dict["threadsByInstagram"] = threads_by_instagram
        if youtube_description is not UNSET:
            field_dict["youtubeDescription"] = youtube_description
        if key_topics_with_bullets is not UNSET:
            field_dict["keyTopicsWithBullets"] = key_topics_with_bullets
        if web_article_seo_friendly is not UNSET:
            field_dict["webArticleSEOFriendly"] = web_article_seo_friendly
        if transcription_job_id is not UNSET:
            field_dict["transcriptionJobId"] = transcription_job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            faq: None | str | Unset = d.pop("faq", UNSET)

            titles: None | str | Unset = d.pop("titles", UNSET)

            summary: None | str | Unset = d.pop("summary", UNSET)

            keywords: None | str | Unset = d.pop("keywords", UNSET)

            facebook_post: None | str | Unset = d.pop("facebookPost", UNSET)

            introduction: None | str | Unset = d.pop("introduction", UNSET)

            linked_in_post: None | str | Unset = d.pop("linkedInPost", UNSET)

            twitter_thread: None | str | Unset = d.pop("twitterThread", UNSET)

            threads_by_instagram: None | str | Unset = d.pop("threadsByInstagram", UNSET)

            youtube_description: None | str | Unset = d.pop("youtubeDescription", UNSET)

            key_topics_with_bullets: None | str | Unset = d.pop("keyTopicsWithBullets", UNSET)

            web_article_seo_friendly: None | str | Unset = d.pop("webArticleSEOFriendly", UNSET)

            transcription_job_id = d.pop("transcriptionJobId", UNSET)

            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                faq,
                titles,
                summary,
                keywords,
                facebook_post,
                introduction,
                linked_in_post,
                twitter_thread,
                threads_by_instagram,
                youtube_description,
                key_topics_with_bullets,
                web_article_seo_friendly,
                transcription_job_id,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

    def collect_violations(
        self, prefix: str = "", out: list[Violation] | None = None
    ) -> list[Violation]:
        """Every documented constraint this value breaks, each named by its field path."""
        out = [] if out is None else out
        v: Any
        v = self.faq
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "faq", v, "string", True)

        v = self.titles
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "titles", v, "string", True)

        v = self.summary
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "summary", v, "string", True)

        v = self.keywords
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "keywords", v, "string", True)

        v = self.facebook_post
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "facebook_post", v, "string", True)

        v = self.introduction
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "introduction", v, "string", True)

        v = self.linked_in_post
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "linked_in_post", v, "string", True)

        v = self.twitter_thread
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "twitter_thread", v, "string", True)

        v = self.threads_by_instagram
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "threads_by_instagram", v, "string", True)

        v = self.youtube_description
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "youtube_description", v, "string", True)

        v = self.key_topics_with_bullets
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "key_topics_with_bullets", v, "string", True)

        v = self.web_article_seo_friendly
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "web_article_seo_friendly", v, "string", True)

        v = self.transcription_job_id
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "transcription_job_id", v, "string", False)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send
        unchanged; False sends it the slow way, which checks and words every problem."""
        v = d.get("faq", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("titles", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("summary", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("keywords", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("facebookPost", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("introduction", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("linkedInPost", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("twitterThread", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("threadsByInstagram", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("youtubeDescription", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("keyTopicsWithBullets", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("webArticleSEOFriendly", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("transcriptionJobId", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        return True

    def validate(self) -> None:
        """Raise hamsa.RequestValidationError listing every broken constraint, if any."""
        _constraints.raise_if_any(self.collect_violations())

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
