"""The Polish and Ukrainian text-search configurations on PostgreSQL (search/textsearch.py)."""

from django.db import migrations


def create_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from search.textsearch import install

    install(schema_editor.connection)


def drop_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from search.textsearch import CONFIGURATIONS

    with schema_editor.connection.cursor() as cursor:
        for name in CONFIGURATIONS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
            cursor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {name}_ispell")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_configurations, drop_configurations)]
