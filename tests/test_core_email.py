"""E-mail over SMTP: Django's SMTP backend delivers to a real server on 127.0.0.1 (aiosmtpd)."""

import re

from django.contrib.auth import get_user_model


def test_admin_password_reset_mail_is_delivered(client, home_page, smtp_server, settings):
    settings.DEFAULT_FROM_EMAIL = "Study in Bialystok <portal@studyinbialystok.example>"
    get_user_model().objects.create_user(username="editor", email="editor@uwb.example", password="old-pass")

    response = client.post("/admin/password_reset/", {"email": "editor@uwb.example"})

    assert response.status_code == 302
    [message] = smtp_server.messages
    assert message.envelope_recipients == ["editor@uwb.example"]
    assert message["From"] == "Study in Bialystok <portal@studyinbialystok.example>"
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+/)", message.get_content())
    assert link, message.get_content()
    # The link opens the form that sets a new password.
    form = client.get(link.group(1), follow=True)
    assert form.status_code == 200 and 'name="new_password1"' in form.text


def test_no_mail_for_an_unknown_address(client, home_page, smtp_server):
    response = client.post("/admin/password_reset/", {"email": "nobody@example.org"})
    # The same answer as for a known address: the form does not reveal who has an account.
    assert response.status_code == 302
    assert smtp_server.messages == []
