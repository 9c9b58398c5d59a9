from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .countries import COUNTRY_REGION, country_choices


def validate_country(code):
    if code not in COUNTRY_REGION:
        raise ValidationError(_("“%(code)s” is not an ISO 3166 country code."), params={"code": code})


class CountrySelect(forms.Select):
    """A drop-down of every country, named and sorted in the editor's language when it renders."""

    def get_context(self, name, value, attrs):
        self.choices = [("", "---------"), *country_choices(COUNTRY_REGION)]
        return super().get_context(name, value, attrs)


class PartnerImportForm(forms.Form):
    """The admin upload of a partners CSV file."""

    file = forms.FileField(
        label=_("CSV file"), help_text=_("UTF-8, with the columns described in the README.")
    )
    dry_run = forms.BooleanField(label=_("Only check the file, change nothing"), required=False)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.PARTNERS_IMPORT_MAX_BYTES
        if upload.size > limit:
            raise ValidationError(
                _("The file is %(size)s; the limit is %(limit)s."),
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            )
        return upload
