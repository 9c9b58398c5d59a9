from django.utils.cache import patch_vary_headers


class ConsentVaryMiddleware:
    """Mark responses that depend on the consent cookie, so shared caches keep one copy per decision.

    Visitors without a cookie (everyone before consent) still share one cached copy.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if hasattr(request, "_consent_state"):
            patch_vary_headers(response, ["Cookie"])
        return response
