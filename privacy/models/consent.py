import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.params import is_control


def script_urls(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


# A host name of letters, digits and hyphens with at least one dot: no wildcard, no IP tricks.
HOST_NAME = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", re.IGNORECASE)


def is_safe_script_url(url):
    """An https URL of a named host or a path on this site, with nothing that could widen the
    Content-Security-Policy or lead a browser to another host: browsers read a backslash as a slash,
    so "/\\evil.example/x.js" is "//evil.example/x.js"."""
    if any(character.isspace() or is_control(character) or character in ";,'\"\\*" for character in url):
        return False
    if url.startswith("/"):
        return not url.startswith("//")
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 -- raises ValueError for a port that is not a number
    except ValueError:
        return False
    return (
        parts.scheme == "https"
        and not (parts.username or parts.password)
        and bool(parts.hostname and HOST_NAME.fullmatch(parts.hostname))
    )


def validate_script_urls(text):
    wrong = [url for url in script_urls(text) if not is_safe_script_url(url)]
    if wrong:
        raise ValidationError(
            _("Use https:// addresses or paths on this site, one per line: %(urls)s"),
            params={"urls": ", ".join(wrong)},
        )


class ConsentSettings(TranslatableMixin, models.Model):
    """What the cookie banner says, which categories it offers and which scripts each category loads."""

    banner_text = models.TextField(
        _("banner text"),
        help_text=_("Say which cookies the portal would like to set and why, in plain words."),
    )
    cookie_policy_page = models.ForeignKey(
        "privacy.PolicyPage",
        verbose_name=_("cookie policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    policy_version = models.CharField(
        _("consent version"),
        max_length=20,
        default="1",
        help_text=_("Change it when the cookie policy changes: every visitor is then asked again."),
    )
    necessary_description = models.TextField(_("necessary cookies: description"))
    statistics_enabled = models.BooleanField(_("offer statistics cookies"), default=True)
    statistics_description = models.TextField(_("statistics: description"), blank=True)
    statistics_scripts = models.TextField(
        _("statistics: script URLs"),
        blank=True,
        validators=[validate_script_urls],
        help_text=_("External script files loaded after consent, one URL per line (for example Matomo)."),
    )
    statistics_cookie_prefixes = models.CharField(
        _("statistics: cookie name prefixes"),
        max_length=255,
        blank=True,
        help_text=_(
            "Comma-separated, e.g. “_pk_, _ga”: these cookies are deleted when consent is withdrawn."
        ),
    )
    marketing_enabled = models.BooleanField(_("offer marketing cookies"), default=False)
    marketing_description = models.TextField(_("marketing: description"), blank=True)
    marketing_scripts = models.TextField(
        _("marketing: script URLs"), blank=True, validators=[validate_script_urls]
    )
    marketing_cookie_prefixes = models.CharField(
        _("marketing: cookie name prefixes"), max_length=255, blank=True
    )

    panels = [
        FieldPanel("banner_text"),
        FieldPanel("cookie_policy_page"),
        FieldPanel("policy_version"),
        FieldPanel("necessary_description"),
        MultiFieldPanel(
            [
                FieldPanel("statistics_enabled"),
                FieldPanel("statistics_description"),
                FieldPanel("statistics_scripts"),
                FieldPanel("statistics_cookie_prefixes"),
            ],
            heading=_("Statistics"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("marketing_enabled"),
                FieldPanel("marketing_description"),
                FieldPanel("marketing_scripts"),
                FieldPanel("marketing_cookie_prefixes"),
            ],
            heading=_("Marketing"),
        ),
    ]
    # Translators translate the words; the technical settings are the same in every language.
    translatable_fields = [
        TranslatableField("banner_text"),
        TranslatableField("necessary_description"),
        TranslatableField("statistics_description"),
        TranslatableField("marketing_description"),
        SynchronizedField("cookie_policy_page"),
        SynchronizedField("policy_version"),
        SynchronizedField("statistics_enabled"),
        SynchronizedField("statistics_scripts"),
        SynchronizedField("statistics_cookie_prefixes"),
        SynchronizedField("marketing_enabled"),
        SynchronizedField("marketing_scripts"),
        SynchronizedField("marketing_cookie_prefixes"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("cookie consent settings")
        verbose_name_plural = _("cookie consent settings")

    def __str__(self):
        return str(_("Cookie consent, version %(version)s") % {"version": self.policy_version})


class ConsentRecord(models.Model):
    """One consent decision, kept anonymously to demonstrate consent: no IP address, no user agent."""

    consent_id = models.UUIDField(_("consent id"), db_index=True)
    statistics = models.BooleanField(_("statistics"))
    marketing = models.BooleanField(_("marketing"))
    policy_version = models.CharField(_("consent version"), max_length=20)
    global_privacy_control = models.BooleanField(_("Global Privacy Control signal"), default=False)
    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")

    def __str__(self):
        return f"{self.consent_id} {self.created_at:%Y-%m-%d %H:%M}"
