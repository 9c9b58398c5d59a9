"""The enquiry form at /<lang>/ask/ and its confirmation page.

The form page is the only public page with a CSRF token (and so Django's `csrftoken` cookie); it
is never cached. The confirmation and every other public page set no cookie.
"""

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_GET, require_http_methods

from core.params import int_param
from institutions.models import InstitutionPage, StudyProgrammePage

from . import spam
from .forms import CITY, EnquiryForm
from .models import EnquirySettings, Topic, retention_days
from .routing import source_page
from .tasks import deliver_enquiry


def token_message(reason):
    """What to tell a student whose form token was refused (see spam.read_token)."""
    if reason == "too_fast":
        return gettext("The form was sent very quickly. Please check your answers and send it again.")
    if reason == "used":
        return gettext("This form was already sent. To ask another question, send the form again.")
    return gettext(
        "This form had expired or was not sent from this website's own page. Please check your "
        "answers and send it again."
    )


def rate_limit_message():
    return gettext(
        "Many questions were sent from your connection in the last hour. Please wait an hour and "
        "send this one again, or write to the office by e-mail."
    )


def initial_choices(params):
    """Pre-selections from the short form of an institution or programme page (GET parameters).

    The pages may be in any language; the form offers their default-language versions. Unknown or
    malformed values are ignored.
    """
    initial = {}
    for name, model in (("institution", InstitutionPage), ("programme", StudyProgrammePage)):
        value = params.get(name, "")
        if value == CITY and name == "institution":
            initial[name] = CITY
        elif (page_id := int_param(value)) is not None:
            source = source_page(model, page_id)
            if source is not None:
                initial[name] = str(source.pk)
    if params.get("topic") in Topic.values:
        initial["topic"] = params["topic"]
    return initial


def notice_context():
    """What the form says about the data: purpose, controller, retention, the privacy policy."""
    enquiry_settings = EnquirySettings.load()
    policy = enquiry_settings.privacy_policy
    if policy is not None:
        policy = policy.localized
        policy = policy if policy.live else None
    return {
        "controller": enquiry_settings.controller,
        "privacy_policy": policy,
        "retention_days": retention_days(),
    }


@never_cache
@csrf_protect
@require_http_methods(["GET", "POST"])
def ask(request):
    language = get_language()
    if request.method == "GET":
        initial = {**initial_choices(request.GET), "token": spam.new_token()}
        return render_form(request, EnquiryForm(initial=initial, language=language))
    form = EnquiryForm(request.POST, language=language)
    if spam.over_rate_limit(request):
        return render_form(request, form, problem=rate_limit_message(), status=429)
    valid = form.is_valid()
    try:
        nonce = spam.read_token(request.POST.get("token"))
    except spam.TokenProblem as refusal:
        if str(refusal) != "too_fast":
            renew_token(form)
        return render_form(request, form, problem="" if not valid else token_message(str(refusal)))
    if not valid:
        return render_form(request, form)
    if not spam.spend_token(nonce):
        renew_token(form)
        return render_form(request, form, problem=token_message("used"))
    return store_and_send(request, form, language)


def renew_token(form):
    form.data = form.data.copy()
    form.data["token"] = spam.new_token()


def render_form(request, form, problem="", status=None):
    """The form page; with errors (or a `problem` of the whole form) it answers 400 or `status`."""
    if status is None:
        status = 400 if problem or form.errors else 200
    context = {"form": form, "problem": problem, **notice_context()}
    return render(request, "enquiries/ask.html", context, status=status)


def store_and_send(request, form, language):
    enquiry = form.enquiry(language)
    enquiry.save()
    spam.count_enquiry(request)
    # Stored first: a mail server that is down loses nothing (see mail.deliver).
    deliver_enquiry.enqueue(enquiry.pk)
    url = reverse("enquiries_public:sent")
    if enquiry.institution_id:
        url += f"?institution={enquiry.institution_id}"
    return HttpResponseRedirect(url, status=303)


@require_GET
def sent(request):
    institution = None
    page_id = int_param(request.GET.get("institution"))
    if page_id is not None:
        institution = InstitutionPage.objects.live().filter(pk=page_id).first()
        institution = institution.localized if institution else None
    return render(request, "enquiries/sent.html", {"institution": institution})
