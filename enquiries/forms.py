"""The public enquiry form: fields, the institutions and programmes in the reader's language, checks."""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from core.localization import localize
from institutions.models import InstitutionPage, StudyProgrammePage
from partners.countries import COUNTRY_REGION, country_choices, sort_key

from .models import NAME_MAX_LENGTH, QUESTION_MAX_LENGTH, Enquiry, Topic

CITY = "city"


def no_control_characters(value):
    """Line breaks and other control characters have no place in a name (nor in a mail header)."""
    if any(unicodedata.category(character) == "Cc" for character in value):
        raise forms.ValidationError(_("Use letters, spaces and punctuation only, on one line."))


def routing_choices(locale):
    """Institutions and their programmes, named in `locale` (as core.localization shows them).

    Values are the pages in the default language, whichever language the form is shown in.
    Four queries, however many institutions and programmes there are.

    Returns:
        (institution choices, programme choices grouped by institution, {programme id: institution id})
    """
    default = Locale.get_default()
    institutions = list(InstitutionPage.objects.live().filter(locale=default).order_by("path"))
    programmes = list(StudyProgrammePage.objects.live().filter(locale=default).order_by("path"))
    shown = {page.translation_key: page for page in localize([*institutions, *programmes], locale)}
    names = {
        page.translation_key: shown.get(page.translation_key, page) for page in [*institutions, *programmes]
    }

    def title(page):
        return names[page.translation_key].title

    institution_choices, grouped, parent_of = [], [], {}
    for institution in sorted(institutions, key=lambda page: sort_key(title(page))):
        institution_choices.append((str(institution.pk), title(institution)))
        children = [page for page in programmes if page.path[: -Page.steplen] == institution.path]
        if children:
            grouped.append((title(institution), [(str(page.pk), title(page)) for page in children]))
        parent_of.update({str(page.pk): str(institution.pk) for page in children})
    return institution_choices, grouped, parent_of


class EnquiryForm(forms.Form):
    name = forms.CharField(
        label=_("Your name"), max_length=NAME_MAX_LENGTH, validators=[no_control_characters]
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("The office answers to this address."),
    )
    country = forms.ChoiceField(label=_("Country of citizenship"))
    institution = forms.ChoiceField(label=_("Who should answer?"))
    programme = forms.ChoiceField(
        label=_("Programme (optional)"),
        required=False,
        help_text=_("Only if your question is about one programme of the university you chose."),
    )
    topic = forms.ChoiceField(label=_("Topic"), choices=[("", "—"), *Topic.choices])
    question = forms.CharField(
        label=_("Your question"),
        max_length=QUESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    # Spam defences (see spam.py): the honeypot is hidden by the stylesheet; the token is signed.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, language, **kwargs):
        super().__init__(*args, **kwargs)
        locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
        institutions, programmes, self.programme_institution = routing_choices(locale)
        self.fields["country"].choices = [("", "—"), *country_choices(COUNTRY_REGION, language)]
        self.fields["institution"].choices = [
            ("", "—"),
            *institutions,
            (CITY, _("The city of Białystok / not sure yet")),
        ]
        self.fields["programme"].choices = [("", "—"), *programmes]
        self.fields["question"].help_text = _("Up to %(count)s characters.") % {"count": QUESTION_MAX_LENGTH}
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("Please leave this field empty."))
        return ""

    def clean(self):
        cleaned = super().clean()
        programme, institution = cleaned.get("programme"), cleaned.get("institution")
        if programme and institution and self.programme_institution.get(programme) != institution:
            self.add_error(
                "programme",
                _("This programme is not taught at the university you chose: choose another or none."),
            )
        return cleaned

    def is_valid(self):
        valid = super().is_valid()
        # Each invalid field names its error for screen readers (the summary links to the field).
        for name in self.errors:
            if name in self.fields:
                field_id = self[name].auto_id
                described_by = [f"{field_id}_error"]
                if self.fields[name].help_text:
                    described_by.append(f"{field_id}_helptext")
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": " ".join(described_by)}
                )
        return valid

    def enquiry(self, language):
        data = self.cleaned_data
        institution = None if data["institution"] == CITY else int(data["institution"])
        return Enquiry(
            language=language,
            name=data["name"],
            email=data["email"],
            country=data["country"],
            institution_id=institution,
            programme_id=int(data["programme"]) if data["programme"] else None,
            topic=data["topic"],
            question=data["question"],
        )
