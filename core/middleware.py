from django.conf import settings


class ContentSecurityPolicyMiddleware:
    """Send the strict Content-Security-Policy of settings on every public response, and the
    Permissions-Policy on every response (admin included)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.CONTENT_SECURITY_POLICY
        self.excluded = tuple(settings.CONTENT_SECURITY_POLICY_EXCLUDED_PATHS)
        self.permissions_policy = settings.PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.permissions_policy:
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        if self.policy and not request.path.startswith(self.excluded):
            response.headers.setdefault("Content-Security-Policy", self.policy_for(request))
        return response

    def policy_for(self, request):
        """The strict policy, widened only by the sources this request's own code added.

        Views and template tags may set `request.csp_sources` (directive → set of sources), e.g. the
        script files of the cookie categories a visitor consented to; other directives stay as they are.
        """
        extra = getattr(request, "csp_sources", None)
        if not extra:
            return self.policy
        directives = []
        for directive in self.policy.split(";"):
            name, *sources = directive.split()
            directives.append(" ".join([name, *sources, *sorted(extra.get(name, ()))]))
        return "; ".join(directives)
