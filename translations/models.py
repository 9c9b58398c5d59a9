from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from core.text import validate_single_line


class BulkTranslationJob(models.Model):
    """One "machine-translate, then review" request: a page (and its subtree) into several locales."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    page = models.ForeignKey(Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    include_subtree = models.BooleanField(_("include subpages"), default=False)
    locales = models.ManyToManyField(Locale, verbose_name=_("locales"), related_name="+")
    machine_translate = models.BooleanField(_("pre-fill with machine translation"), default=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(_("translations to create"), default=0)
    done = models.PositiveIntegerField(_("translations created"), default=0)
    failed = models.PositiveIntegerField(_("translations failed"), default=0)
    error = models.TextField(_("errors"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("bulk translation job")
        verbose_name_plural = _("bulk translation jobs")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page.title} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def progress(self):
        """Percentage of the translations handled so far."""
        if not self.total:
            return 100 if self.status == self.Status.DONE else 0
        return round(100 * (self.done + self.failed) / self.total)


class TranslationReview(models.Model):
    """Marks a machine-translated draft as needing a human review before it is published."""

    class Status(models.TextChoices):
        NEEDS_REVIEW = "needs_review", _("Needs review")
        APPROVED = "approved", _("Approved")

    translation = models.OneToOneField(
        Translation, verbose_name=_("translation"), on_delete=models.CASCADE, related_name="review"
    )
    job = models.ForeignKey(
        BulkTranslationJob,
        verbose_name=_("job"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviews",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEEDS_REVIEW)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("translation review")
        verbose_name_plural = _("translation reviews")

    def __str__(self):
        return f"{self.translation} ({self.get_status_display()})"


class TranslatorLocale(models.Model):
    """Ties a translator group to the one locale its members may translate into."""

    group = models.OneToOneField(
        "auth.Group", verbose_name=_("group"), on_delete=models.CASCADE, related_name="translator_locale"
    )
    locale = models.ForeignKey(Locale, verbose_name=_("locale"), on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("translator group")
        verbose_name_plural = _("translator groups")

    def __str__(self):
        return f"{self.group.name} → {self.locale.language_code}"


def translator_locale_ids(user):
    """The locales a translator may work in, or None when the user is not locale-restricted.

    Members of a per-locale translator group are restricted to those locales; superusers
    and everybody else (editors) are not.
    """
    if not user.is_authenticated or user.is_superuser:
        return None
    if not hasattr(user, "_translator_locale_ids"):
        ids = set(
            user.groups.filter(translator_locale__isnull=False).values_list(
                "translator_locale__locale_id", flat=True
            )
        )
        user._translator_locale_ids = ids or None
    return user._translator_locale_ids


class GlossaryTerm(models.Model):
    """A name or term that machine translation must keep as written, or render one agreed way."""

    term = models.CharField(
        _("term"),
        max_length=200,
        validators=[validate_single_line],
        help_text=_("As it is written in the source language, e.g. “Erasmus+” or “Białystok”."),
    )
    locale = models.ForeignKey(
        Locale,
        verbose_name=_("language"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Leave empty to apply the term to every language."),
    )
    rendering = models.CharField(
        _("translation"),
        max_length=200,
        blank=True,
        validators=[validate_single_line],
        help_text=_("How machine translation must write the term; leave empty to keep it as written."),
    )

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["term", "locale__language_code"]
        constraints = [
            models.UniqueConstraint(fields=["term", "locale"], name="unique_glossary_term_per_locale"),
            models.UniqueConstraint(
                fields=["term"],
                condition=models.Q(locale__isnull=True),
                name="unique_glossary_term_everywhere",
            ),
        ]

    def __str__(self):
        return self.term

    @property
    def written(self):
        """The form machine translation writes."""
        return self.rendering or self.term


class DeepLGlossary(models.Model):
    """The DeepL glossary that holds the portal's terms for one language pair (DeepL's are immutable)."""

    source_lang = models.CharField(max_length=10)
    target_lang = models.CharField(max_length=10)
    entries_hash = models.CharField(max_length=64)
    glossary_id = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source_lang", "target_lang"], name="unique_deepl_glossary_pair")
        ]

    def __str__(self):
        return f"{self.source_lang}→{self.target_lang}: {self.glossary_id}"
