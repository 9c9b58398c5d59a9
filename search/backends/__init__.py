"""Search backends of the portal, named in WAGTAILSEARCH_BACKENDS."""
