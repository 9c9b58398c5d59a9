"""PostgreSQL text-search configurations for the languages PostgreSQL does not stem by itself.

PostgreSQL ships Snowball stemmers for English, Spanish, Turkish and Arabic, none for Polish or
Ukrainian. Each of those gets a configuration of its own (`portal_polish`, `portal_ukrainian`, named in
settings.SEARCH_CONFIGS): words go through an `ispell` dictionary built from Hunspell's word lists
(`uczelni`, `uczelniach` → `uczelnia`), and the words it does not know (names, "Erasmus") through
`simple`. The dictionary files must be on the database server, in its `tsearch_data` folder
(deploy/postgres/install-dictionaries); where they are not, the configuration is a plain copy of
`simple`, so search still works word for word, and the system check of search/checks.py names the
language. Created by search/migrations/0001 and again by `manage.py search_configurations`.
"""

from django.db import DatabaseError, transaction

# configuration name (also the dictionary files' name): what the configuration is for.
CONFIGURATIONS = ("portal_polish", "portal_ukrainian")
# The parser's word token types; numbers, e-mail addresses and URLs keep `simple`.
WORD_TOKENS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"


def install(connection, configurations=CONFIGURATIONS, files=None):
    """(Re)create each configuration, stemming where its dictionary files are on the server.

    `files` maps a configuration to the base name of its files (default: its own name). Returns the
    configurations that stem. Pages indexed before keep their old vectors until `update_index`.
    """
    files = files or {}
    stemming = []
    with connection.cursor() as cursor:
        for name in configurations:
            dictionary = f"{name}_ispell"
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
            cursor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {dictionary}")
            base = files.get(name, name)
            try:
                # PostgreSQL reads the files here: a missing file fails this statement alone.
                with transaction.atomic(using=connection.alias):
                    cursor.execute(
                        f"CREATE TEXT SEARCH DICTIONARY {dictionary} "
                        f"(TEMPLATE = ispell, DictFile = {base}, AffFile = {base}, StopWords = {base})"
                    )
            except DatabaseError:
                cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = simple)")
                continue
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = simple)")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {WORD_TOKENS} WITH {dictionary}, simple"
            )
            stemming.append(name)
    return stemming


def stemming_configurations(connection, names):
    """Which of the configurations `names` exist and reduce words to a stem (a dictionary whose
    template is not `simple` for ordinary words), as {name: stems}; missing ones are left out."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.cfgname, bool_or(t.tmplname <> 'simple')
            FROM pg_ts_config c
            JOIN pg_ts_config_map m ON m.mapcfg = c.oid
            JOIN pg_ts_dict d ON d.oid = m.mapdict
            JOIN pg_ts_template t ON t.oid = d.dicttemplate
            JOIN ts_token_type('default') tt ON tt.tokid = m.maptokentype
            WHERE tt.alias IN ('asciiword', 'word') AND c.cfgname = ANY(%s)
            GROUP BY c.cfgname
            """,
            [list(names)],
        )
        return dict(cursor.fetchall())
