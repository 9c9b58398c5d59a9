"""A system check that names the languages whose site search runs without stemming (PostgreSQL).

Run by `migrate` and `manage.py check --database default`: a language whose configuration in
settings.SEARCH_CONFIGS is missing from the database or only matches whole words (`simple`, or one of
search/textsearch.py's configurations created without dictionary files) gets a warning.
"""

from django.conf import settings
from django.core.checks import Tags, Warning, register
from django.db import DatabaseError, connections
from django.utils import translation

from .textsearch import stemming_configurations


@register(Tags.database)
def languages_without_stemming(app_configs=None, databases=None, **kwargs):
    if not databases or "default" not in databases:
        return []
    connection = connections["default"]
    if connection.vendor != "postgresql":
        # SQLite (local development) never stems: docs/search.md says so.
        return []
    configs = settings.SEARCH_CONFIGS
    with translation.override("en"):
        languages = [(code, str(name)) for code, name in settings.LANGUAGES]
    wanted = {configs.get(code, "simple") for code, _ in languages}
    try:
        stems = stemming_configurations(connection, wanted)
    except DatabaseError:
        return []
    plain = [f"{name} ({code})" for code, name in languages if not stems.get(configs.get(code, "simple"))]
    if not plain:
        return []
    return [
        Warning(
            "Site search matches whole words only, without stemming, in: " + ", ".join(plain) + ".",
            hint=(
                "Give each language a stemming configuration in SEARCH_CONFIGS. For Polish and Ukrainian, "
                "install the dictionary files on the PostgreSQL server (deploy/postgres/install-dictionaries), "
                "then run `manage.py search_configurations` and `manage.py update_index` (docs/search.md)."
            ),
            id="search.W001",
        )
    ]
