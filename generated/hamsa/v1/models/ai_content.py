from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping


@_attrs_define(repr=False)
class AiContent(OpenModel):
    """The AI content parts, each as text; only the requested ones are filled."""

    faq: None | str = None
    """The `faq` part."""
    titles: None | str = None
    """The `titles` part."""
    summary: None | str = None
    """The `summary` part."""
    keywords: None | str = None
    """The `keywords` part."""
    facebook_post: None | str = None
    """The `facebookPost` part."""
    introduction: None | str = None
    """The `introduction` part."""
    linked_in_post: None | str = None
    """The `linkedInPost` part."""
    twitter_thread: None | str = None
    """The `twitterThread` part."""
    threads_by_instagram: None | str = None
    """The `threadsByInstagram` part."""
    youtube_description: None | str = None
    """The `youtubeDescription` part."""
    key_topics_with_bullets: None | str = None
    """The `keyTopicsWithBullets` part."""
    web_article_seo_friendly: None | str = None
    """The `webArticleSEOFriendly` part."""
    transcription_job_id: str | None = None
    """The transcription it was made from."""
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
    _wire_nulls: Sequence[str] = _attrs_field(
        default=(), kw_only=True, repr=False, alias="wire_nulls"
    )
    """The JSON keys that came as null: to_wire sends them back, other None fields stay out."""

    def to_wire(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API sends and accepts (camelCase keys)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.faq is not None:
            field_dict["faq"] = self.faq
        if self.titles is not None:
            field_dict["titles"] = self.titles
        if self.summary is not None:
            field_dict["summary"] = self.summary
        if self.keywords is not None:
            field_dict["keywords"] = self.keywords
        if self.facebook_post is not None:
            field_dict["facebookPost"] = self.facebook_post
        if self.introduction is not None:
            field_dict["introduction"] = self.introduction
        if self.linked_in_post is not None:
            field_dict["linkedInPost"] = self.linked_in_post
        if self.twitter_thread is not None:
            field_dict["twitterThread"] = self.twitter_thread
        if self.threads_by_instagram is not None:
            field_dict["threadsByInstagram"] = self.threads_by_instagram
        if self.youtube_description is not None:
            field_dict["youtubeDescription"] = self.youtube_description
        if self.key_topics_with_bullets is not None:
            field_dict["keyTopicsWithBullets"] = self.key_topics_with_bullets
        if self.web_article_seo_friendly is not None:
            field_dict["webArticleSEOFriendly"] = self.web_article_seo_friendly
        if self.transcription_job_id is not None:
            field_dict["transcriptionJobId"] = self.transcription_job_id
        for key in self._wire_nulls:
            field_dict.setdefault(key, None)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        # __class__, not type(): a field may be called `type`, and its local would shadow it.
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        # Only a nullable field tells null from absent; a per-key scan of every object would
        # cost more than the rest of a parse.
        wire_nulls: list[str] = []
        try:
            faq: None | str = d.pop("faq", None)
            if faq is None and "faq" in src_dict:
                wire_nulls.append("faq")
            titles: None | str = d.pop("titles", None)
            if titles is None and "titles" in src_dict:
                wire_nulls.append("titles")
            summary: None | str = d.pop("summary", None)
            if summary is None and "summary" in src_dict:
                wire_nulls.append("summary")
            keywords: None | str = d.pop("keywords", None)
            if keywords is None and "keywords" in src_dict:
                wire_nulls.append("keywords")
            facebook_post: None | str = d.pop("facebookPost", None)
            if facebook_post is None and "facebookPost" in src_dict:
                wire_nulls.append("facebookPost")
            introduction: None | str = d.pop("introduction", None)
            if introduction is None and "introduction" in src_dict:
                wire_nulls.append("introduction")
            linked_in_post: None | str = d.pop("linkedInPost", None)
            if linked_in_post is None and "linkedInPost" in src_dict:
                wire_nulls.append("linkedInPost")
            twitter_thread: None | str = d.pop("twitterThread", None)
            if twitter_thread is None and "twitterThread" in src_dict:
                wire_nulls.append("twitterThread")
            threads_by_instagram: None | str = d.pop("threadsByInstagram", None)
            if threads_by_instagram is None and "threadsByInstagram" in src_dict:
                wire_nulls.append("threadsByInstagram")
            youtube_description: None | str = d.pop("youtubeDescription", None)
            if youtube_description is None and "youtubeDescription" in src_dict:
                wire_nulls.append("youtubeDescription")
            key_topics_with_bullets: None | str = d.pop("keyTopicsWithBullets", None)
            if key_topics_with_bullets is None and "keyTopicsWithBullets" in src_dict:
                wire_nulls.append("keyTopicsWithBullets")
            web_article_seo_friendly: None | str = d.pop("webArticleSEOFriendly", None)
            if web_article_seo_friendly is None and "webArticleSEOFriendly" in src_dict:
                wire_nulls.append("webArticleSEOFriendly")
            transcription_job_id = d.pop("transcriptionJobId", None)
            if transcription_job_id.__class__ is not str and transcription_job_id is not None:
                wrong_type(transcription_job_id, "str")
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
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_
