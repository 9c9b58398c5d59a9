from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator


class BulkTranslationForm(forms.Form):
    """Which page (and subpages) to translate into which locales."""

    page = forms.ModelChoiceField(
        queryset=Page.objects.filter(depth__gt=1), label=_("Page"), widget=AdminPageChooser()
    )
    include_subtree = forms.BooleanField(label=_("Include its subpages"), required=False)
    locales = forms.ModelMultipleChoiceField(
        queryset=Locale.objects.all(),
        label=_("Translate into"),
        widget=forms.CheckboxSelectMultiple,
    )
    machine_translate = forms.BooleanField(
        label=_("Pre-fill with machine translation"), required=False, initial=True
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locales"].label_from_instance = lambda locale: locale.get_display_name()
        translator = get_machine_translator()
        if translator is None:
            del self.fields["machine_translate"]
        else:
            self.fields["machine_translate"].help_text = _(
                "Uses %(name)s; translators then review each draft."
            ) % {"name": translator.display_name}

    def clean(self):
        data = super().clean()
        page, locales = data.get("page"), data.get("locales")
        if page and locales is not None and not [locale for locale in locales if locale.id != page.locale_id]:
            self.add_error("locales", _("Choose at least one locale other than the page's own."))
        return data


class CoverageFilterForm(forms.Form):
    """Filters of the coverage report; unknown values are ignored rather than failing."""

    section = forms.TypedChoiceField(label=_("Section"), required=False, coerce=int, empty_value=None)
    content_type = forms.TypedChoiceField(label=_("Page type"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(label=_("Status"), required=False)
    locale = forms.TypedChoiceField(label=_("Locale"), required=False, coerce=int, empty_value=None)
