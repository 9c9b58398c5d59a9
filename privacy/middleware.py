from django.utils.cache import patch_cache_control, patch_vary_headers

from .consent import cache_variant, claimed_variant


class ConsentVaryMiddleware:
    """Mark responses that depend on the consent cookie, so shared caches keep one copy per decision.

    Browsers and generic caches vary on the cookie. A cache in front that keys on the plain state cookie
    (deploy/varnish/default.vcl) must not store a page rendered for another state than that cookie
    claims (a forged or outdated state cookie): such responses are private.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if hasattr(request, "_consent_state"):
            patch_vary_headers(response, ["Cookie"])
            if claimed_variant(request) != cache_variant(request):
                patch_cache_control(response, private=True)
        return response
