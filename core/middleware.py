from django.conf import settings


class ContentSecurityPolicyMiddleware:
    """Send the strict Content-Security-Policy of settings on every public response."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.CONTENT_SECURITY_POLICY
        self.excluded = tuple(settings.CONTENT_SECURITY_POLICY_EXCLUDED_PATHS)

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy and not request.path.startswith(self.excluded):
            response.headers.setdefault("Content-Security-Policy", self.policy)
        return response
