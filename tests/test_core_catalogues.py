"""The gettext catalogues of the apps and of the project never disagree about a string.

Django merges every catalogue into one per language and the first app's translation wins, so one
msgid with two translations shows the wrong one somewhere. Ambiguous words get a context instead
(`pgettext_lazy`, `{% translate … context "…" %}`); this check fails until they do.
"""

from collections import defaultdict
from pathlib import Path

import polib
from django.conf import settings

PROJECT = Path(settings.BASE_DIR)


def catalogues(root):
    ignored = {".venv", "node_modules"}
    for path in sorted(root.glob("**/locale/*/LC_MESSAGES/django.po")):
        if not ignored & set(path.relative_to(root).parts):
            yield path


def translation_of(entry):
    return entry.msgstr or tuple(sorted(entry.msgstr_plural.items()))


def collisions(root=PROJECT):
    """{(language, msgid): {translation: [catalogues]}} for msgids translated differently without context."""
    seen = defaultdict(lambda: defaultdict(list))
    for path in catalogues(root):
        language = path.parts[-3]
        for entry in polib.pofile(str(path)):
            if entry.translated() and not entry.msgctxt:
                seen[(language, entry.msgid)][translation_of(entry)].append(str(path.relative_to(root)))
    return {key: dict(found) for key, found in seen.items() if len(found) > 1}


def test_one_msgid_has_one_translation_in_every_catalogue():
    assert collisions() == {}, "give the ambiguous strings a context (pgettext) or translate them alike"


def test_the_check_finds_a_collision(tmp_path):
    for app, text in (("a", "Czas trwania"), ("b", "Czas przechowywania")):
        po = polib.POFile()
        po.append(polib.POEntry(msgid="Duration", msgstr=text))
        po.append(polib.POEntry(msgid="Duration", msgctxt=app, msgstr=text))
        folder = tmp_path / app / "locale" / "pl" / "LC_MESSAGES"
        folder.mkdir(parents=True)
        po.save(str(folder / "django.po"))
    # The same word with a context in each catalogue is no collision; without one it is.
    assert list(collisions(tmp_path)) == [("pl", "Duration")]
