from wagtail import hooks

from . import store


@hooks.register("before_serve_page")
def tag_served_page(page, request, serve_args, serve_kwargs):
    """Tag the response with the page that serves it, so that a change of the page purges it."""
    tags = {store.page_tag(page.pk)}
    if getattr(page, "lists_pages_across_the_tree", False):
        tags.add(store.ANY_PAGE_TAG)
    request.pagecache_tags = tags
