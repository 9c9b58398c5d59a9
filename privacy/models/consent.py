import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.text import SingleLineFieldsMixin, is_control

from ..categories import OPTIONAL_CATEGORIES

# Who may change which scripts run and which cookies are cleared (see docs/roles.md).
TECHNICAL_PERMISSION = "privacy.change_consent_scripts"


def technical_panel(field_name):
    """Without TECHNICAL_PERMISSION the field is not in the form at all, so a POST cannot change it."""
    return FieldPanel(field_name, permission=TECHNICAL_PERMISSION)


class ConsentSettingsForm(WagtailAdminModelForm):
    """A translation's form has no technical field: they follow the default language's settings."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.technical_source() is not None:
            for name in self.instance.technical_fields:
                self.fields.pop(name, None)


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


def category_fields(class_name, fields_of):
    """An abstract model with the fields that `fields_of(category)` names for each optional category."""
    attributes = {"__module__": __name__, "Meta": type("Meta", (), {"abstract": True})}
    for category in OPTIONAL_CATEGORIES:
        attributes.update(fields_of(category))
    return type(class_name, (models.Model,), attributes)


def about(category, what):
    return format_lazy("{category}: {what}", category=category.label, what=what)


def settings_fields(category):
    """What the consent settings keep for one category: the switch, the words, scripts and cookies."""
    return {
        category.enabled_field: models.BooleanField(
            about(category, pgettext_lazy("cookie category", "offer these cookies")),
            default=category.offered_by_default,
        ),
        category.description_field: models.TextField(
            about(category, pgettext_lazy("cookie category", "description")), blank=True
        ),
        category.scripts_field: models.TextField(
            about(category, pgettext_lazy("cookie category", "script URLs")),
            blank=True,
            validators=[validate_script_urls],
            help_text=_("External script files loaded after consent, one URL per line (for example Matomo)."),
        ),
        category.prefixes_field: models.CharField(
            about(category, pgettext_lazy("cookie category", "cookie name prefixes")),
            max_length=255,
            blank=True,
            help_text=_(
                "Comma-separated, e.g. “_pk_, _ga”: these cookies are deleted when consent is withdrawn."
            ),
        ),
    }


def category_panel(category):
    return MultiFieldPanel(
        [
            technical_panel(category.enabled_field),
            FieldPanel(category.description_field),
            technical_panel(category.scripts_field),
            technical_panel(category.prefixes_field),
        ],
        heading=category.label,
    )


class ConsentSettings(
    SingleLineFieldsMixin,
    TranslatableMixin,
    category_fields("CategorySettings", settings_fields),
    models.Model,
):
    """What the cookie banner says, which categories it offers and which scripts each category loads."""

    appears_on_every_page = True  # the banner: for the page cache (pagecache/changes.py)

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

    # The technical settings: the same in every language, changed in the default language only and
    # only by people with TECHNICAL_PERMISSION (a translator or editor never widens the CSP).
    technical_fields = (
        "policy_version",
        *(name for category in OPTIONAL_CATEGORIES for name in category.technical_fields),
    )

    base_form_class = ConsentSettingsForm
    panels = [
        FieldPanel("banner_text"),
        FieldPanel("cookie_policy_page"),
        technical_panel("policy_version"),
        FieldPanel("necessary_description"),
        *(category_panel(category) for category in OPTIONAL_CATEGORIES),
    ]
    # Translators translate the words; the technical settings are the same in every language.
    translatable_fields = [
        TranslatableField("banner_text"),
        TranslatableField("necessary_description"),
        *(TranslatableField(category.description_field) for category in OPTIONAL_CATEGORIES),
        SynchronizedField("cookie_policy_page"),
        *(SynchronizedField(name, overridable=False) for name in technical_fields),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("cookie consent settings")
        verbose_name_plural = _("cookie consent settings")
        permissions = [
            ("change_consent_scripts", _("Can change consent scripts, cookie prefixes and switches")),
        ]

    def __str__(self):
        return str(_("Cookie consent, version %(version)s") % {"version": self.policy_version})

    def save(self, *args, **kwargs):
        """Translations take the technical settings from the default language's settings, always.

        Whatever a form, the translation editor or "stop synchronising" left in a translation,
        the saved row carries the source's values; saving the source passes them to every
        translation at once, synchronised or not.
        """
        source = self.technical_source()
        if source is not None:
            for name in self.technical_fields:
                setattr(self, name, getattr(source, name))
        super().save(*args, **kwargs)
        if source is None:
            type(self).objects.filter(translation_key=self.translation_key).exclude(pk=self.pk).update(
                **{name: getattr(self, name) for name in self.technical_fields}
            )

    def technical_source(self):
        """The settings in the default language that this translation follows, or None for the source."""
        default = Locale.get_default()
        if self.locale_id == default.id:
            return None
        return type(self).objects.filter(translation_key=self.translation_key, locale=default).first()


def decision_fields(category):
    return {category.name: models.BooleanField(category.label)}


class ConsentRecord(category_fields("CategoryDecisions", decision_fields), models.Model):
    """One consent decision, kept anonymously to demonstrate consent: no IP address, no user agent."""

    consent_id = models.UUIDField(_("consent id"), db_index=True)
    policy_version = models.CharField(_("consent version"), max_length=20)
    global_privacy_control = models.BooleanField(_("Global Privacy Control signal"), default=False)
    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")

    def __str__(self):
        return f"{self.consent_id} {self.created_at:%Y-%m-%d %H:%M}"
