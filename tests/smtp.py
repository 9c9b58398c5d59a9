"""A real SMTP server for the tests: aiosmtpd on 127.0.0.1, keeping what it receives."""

import email
import email.policy
import socket

from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    """Stores every delivered message with the envelope's recipients, as an SMTP relay sees it."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        message.envelope_recipients = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted for delivery"


class SMTPServer:
    def __init__(self):
        self.mailbox = Mailbox()
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=free_port())

    @property
    def host(self):
        return self.controller.hostname

    @property
    def port(self):
        return self.controller.port

    @property
    def messages(self):
        return self.mailbox.messages

    def start(self):
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()
