"""`statusgen notify` against real peers on 127.0.0.1: aiosmtpd (plain, and STARTTLS with AUTH), HTTP
receivers for each webhook kind, exactly-once across runs, retries, a deadline, and kill -9 mid-run."""

import asyncio
import email
import email.policy
import hashlib
import hmac
import json
import os
import random
import signal
import subprocess
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from conftest import statusgen_binary
from local_http import free_port

NOW = "2026-11-24T12:00:00Z"
SECRET = "s3cret"

CONFIG = """title: Exämple Status
base_url: https://status.example.com/
timezone: Europe/London
components:
  - id: mail
    name: Mail
  - id: web
    name: Website
notify:
{channels}"""

INCIDENT = """---
title: {title}
impact: major
components:
  {component}: partial_outage
{extra}---

## 2026-11-24T10:00:00Z investigating

Mail is slow & delayed (< 5 min) for *some* customers.

## 2026-11-24T10:30:00Z identified

We found the cause.
"""


class Receiver:
    """An HTTP server that records each POST; `behaviour` maps a path to ok, fail-once, hang, slow, redirect
    (301 to /elsewhere) or close (the request read whole, then the connection closed without an answer)."""

    def __init__(self, behaviour=None):
        self.requests = []
        self.behaviour = behaviour or {}
        self.seen = {}
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                mode = receiver.behaviour.get(self.path, "ok")
                count = receiver.seen.get(self.path, 0)
                receiver.seen[self.path] = count + 1
                if mode == "hang":
                    time.sleep(30)
                    return
                if mode == "fail-once" and count == 0:
                    self.send_response(500)
                    self.end_headers()
                    return
                if mode == "slow":
                    time.sleep(0.15)
                if mode == "redirect":
                    self.send_response(301)
                    self.send_header("Location", receiver.url("/elsewhere"))
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if mode == "close":
                    self.close_connection = True
                    return
                receiver.requests.append((self.path, dict(self.headers), body))
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def do_GET(self):
                receiver.seen["GET " + self.path] = receiver.seen.get("GET " + self.path, 0) + 1
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def bodies(self, path):
        return [json.loads(body) for p, _, body in self.requests if p == path]

    def close(self):
        self.server.shutdown()


class Mailbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, email.message_from_bytes(envelope.content, policy=email.policy.default)))
        return "250 OK"


class PickyMailbox(Mailbox):
    """A mailbox whose server does not know one address, as a real one refuses a subscriber who left."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == "gone@example.com":
            return "550 5.1.1 <gone@example.com>: no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"


class FullAndSlowMailbox(Mailbox):
    """A relay that takes a quarter of a second for each message and refuses the mailboxes in `full` for
    now, as a server does while a mailbox is over its quota."""

    def __init__(self):
        super().__init__()
        self.full = {"full@example.com"}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.full:
            return f"452 4.2.2 <{address}>: mailbox full"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(0.25)
        return await super().handle_DATA(server, session, envelope)


class RateLimitedMailbox(Mailbox):
    """A relay that takes two recipients a session, then refuses the rest for now: a limit of the session."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        session.taken = getattr(session, "taken", 0) + 1
        if session.taken > 2:
            return "451 4.7.1 Rate limit exceeded, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def authenticator(server, session, envelope, mechanism, auth_data):
    return AuthResult(success=auth_data.login == b"ann" and auth_data.password == b"pw")


@pytest.fixture
def peers(tmp_path):
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
        check=True, capture_output=True)
    import ssl
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    plain, secure = Mailbox(), Mailbox()
    plain_server = Controller(plain, hostname="127.0.0.1", port=free_port(), server_hostname="localhost")
    secure_server = Controller(
        secure, hostname="127.0.0.1", port=free_port(), server_hostname="localhost", tls_context=context, require_starttls=True,
        auth_required=True, authenticator=authenticator)
    plain_server.start()
    secure_server.start()
    http = Receiver({"/retry": "fail-once", "/hang": "hang"})
    yield {"plain": (plain, plain_server.port), "secure": (secure, secure_server.port), "http": http,
           "cert": tmp_path / "cert.pem"}
    plain_server.stop()
    secure_server.stop()
    http.close()


def make_site(root, channels, cert=None):
    (root / "incidents").mkdir(parents=True)
    (root / "statusgen.yml").write_text(CONFIG.format(channels=channels), encoding="utf-8")
    (root / "incidents" / "mail-delay.md").write_text(
        INCIDENT.format(title="Mail flow delayed für UK customers", component="mail", extra=""), encoding="utf-8")
    (root / "incidents" / "web-down.md").write_text(
        INCIDENT.format(title="Website down", component="web", extra=""), encoding="utf-8")
    (root / "incidents" / "silent.md").write_text(
        INCIDENT.format(title="Silent", component="web", extra="notify: false\n"), encoding="utf-8")
    (root / "subscribers.csv").write_text(
        "address,components,locale\nann@example.com,mail,en\nbob@example.com,web\ncy@example.com\ndora@example.com,mail,de\n"
        "eve@example.com,mail,fr\n", encoding="utf-8")
    if cert:
        (root / "ca.pem").write_bytes(cert.read_bytes())


def start_channels(root, names):
    lines = "".join(f"*\t{name}\t2026-11-24T00:00:00Z\tstart\n" for name in names)
    (root / "notify-ledger.txt").write_text("# ledger\n" + lines, encoding="utf-8")


def notify(root, *args, env=None):
    environment = dict(os.environ, HOOK_SECRET=SECRET, TOKEN="tok", SMTP_USER="ann", SMTP_PASSWORD="pw", **(env or {}))
    return subprocess.run([str(statusgen_binary()), "notify", "--source", str(root), "--now", NOW, *args],
                          capture_output=True, text=True, env=environment, timeout=120)


def all_channels(peers):
    http = peers["http"]
    return f"""  hook:
    kind: webhook
    url: {http.url('/hook')}
    secret_env: HOOK_SECRET
  slack:
    kind: slack
    url_env: SLACK_URL
  teams:
    kind: teams
    url: {http.url('/teams')}
  discord:
    kind: discord
    url: {http.url('/discord')}
  toot:
    kind: mastodon
    url: {http.url('/masto')}
    token_env: TOKEN
  mail:
    kind: email
    smtp: 127.0.0.1:{peers['plain'][1]}
    security: none
    from: status@example.com
    unsubscribe: mailto:unsubscribe@example.com
  list:
    kind: email
    smtp: localhost:{peers['secure'][1]}
    auth: login
    username_env: SMTP_USER
    password_env: SMTP_PASSWORD
    from: status@example.com
    to: all@example.com
    unsubscribe: mailto:unsubscribe@example.com
    ca_file: ca.pem
"""

NAMES = ["hook", "slack", "teams", "discord", "toot", "mail", "list"]


def test_every_channel_gets_each_update_once(tmp_path, peers):
    http = peers["http"]
    make_site(tmp_path, all_channels(peers), cert=peers["cert"])
    start_channels(tmp_path, NAMES)
    env = {"SLACK_URL": http.url("/slack")}
    result = notify(tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    # Two incidents of two updates each; the `notify: false` incident is left out.
    for path in ["/hook", "/slack", "/teams", "/discord", "/masto/api/v1/statuses"]:
        assert len(http.bodies(path)) == 4, path
    for path, headers, body in http.requests:
        if path == "/hook":
            expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
            assert headers["X-Statusgen-Signature"] == expected
            payload = json.loads(body)
            assert set(payload) == {"meta", "page", "incident"}
            assert payload["incident"]["incident_updates"][0]["id"] == headers["X-Statusgen-Update-Id"]
        if path == "/masto/api/v1/statuses":
            assert headers["Authorization"] == "Bearer tok"
            assert headers["Idempotency-Key"].endswith("Z")
            assert "https://status.example.com/incidents/" in json.loads(body)["status"]
    slack = http.bodies("/slack")[0]
    assert "&lt; 5 min" in json.dumps(slack["blocks"]) and "&amp;" in json.dumps(slack["blocks"])
    teams = http.bodies("/teams")[0]
    assert teams["attachments"][0]["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert teams["attachments"][0]["content"]["type"] == "AdaptiveCard"
    assert teams["attachments"][0]["content"]["actions"][0]["title"] == "View on Exämple Status"
    discord = http.bodies("/discord")[0]
    assert "\\(< 5 min\\)" in discord["embeds"][0]["description"]
    assert discord["allowed_mentions"] == {"parse": []}
    assert discord["embeds"][0]["fields"][0]["name"] == "Status"

    plain = peers["plain"][0].messages
    # ann, dora and eve want mail only, bob web only, cy everything: 2 + 2 + 4 + 2 + 2 messages.
    sent = [line for line in result.stdout.splitlines() if line.startswith("mail: sent ")]
    assert sorted(line.split(" to ", 1)[1] for line in sent) == (
        ["2 of the 5 subscribers in subscribers.csv"] * 2 + ["4 of the 5 subscribers in subscribers.csv"] * 2)
    recipients = sorted(rcpt[0] for rcpt, _ in plain)
    assert recipients == (["ann@example.com"] * 2 + ["bob@example.com"] * 2 + ["cy@example.com"] * 4
                          + ["dora@example.com"] * 2 + ["eve@example.com"] * 2)
    mail_delay = [m for rcpt, m in plain if rcpt == ["ann@example.com"]]
    first, second = sorted(mail_delay, key=lambda m: m["Date"].datetime)
    assert str(first["Subject"]) == "[Investigating] Mail flow delayed für UK customers"
    assert "=?UTF-8?Q?" in first.as_string()
    assert str(second["In-Reply-To"]) == str(first["Message-ID"]) == str(second["References"])
    assert str(first["List-Unsubscribe"]) == "<mailto:unsubscribe@example.com>"
    assert str(first["Auto-Submitted"]) == "auto-generated"
    assert "status.example.com" in str(first["List-Id"])
    text = first.get_body(("plain",)).get_content()
    html = first.get_body(("html",)).get_content()
    assert "https://status.example.com/incidents/mail-delay.html" in text and "<script" not in html
    assert "<img" not in html and "Mail: Partial outage" in text
    raw = first.as_bytes()
    assert all(len(line) < 998 for line in raw.split(b"\n"))
    assert "quoted-printable" in first.get_body(("plain",))["Content-Transfer-Encoding"]
    assert '<html lang="en">' in html and "Unsubscribe: mailto:unsubscribe@example.com" in text
    # dora reads German: the site's words in her mail are German, the operator's text stays as written.
    german = min((m for rcpt, m in plain if rcpt == ["dora@example.com"]), key=lambda m: m["Date"].datetime)
    assert str(german["Subject"]) == "[Untersuchung] Mail flow delayed für UK customers"
    german_text = german.get_body(("plain",)).get_content()
    assert "Abbestellen: mailto:unsubscribe@example.com" in german_text and "Mail: Teilweiser Ausfall" in german_text
    assert '<html lang="de">' in german.get_body(("html",)).get_content()
    assert str(german["Message-ID"]) == str(first["Message-ID"])
    # eve reads French, with a no-break space before each colon.
    french = min((m for rcpt, m in plain if rcpt == ["eve@example.com"]), key=lambda m: m["Date"].datetime)
    assert str(french["Subject"]) == "[Enquête en cours] Mail flow delayed für UK customers"
    french_text = french.get_body(("plain",)).get_content()
    assert "Se désabonner\u00a0: mailto:unsubscribe@example.com" in french_text
    assert "Mail\u00a0: Panne partielle" in french_text
    assert '<html lang="fr">' in french.get_body(("html",)).get_content()
    secure = peers["secure"][0].messages
    assert len(secure) == 4 and all(rcpt == ["all@example.com"] for rcpt, _ in secure)

    again = notify(tmp_path, env=env)
    assert again.returncode == 0, again.stderr
    assert len(http.requests) == 20 and len(plain) == 12 and len(secure) == 4

    incident = tmp_path / "incidents" / "web-down.md"
    incident.write_text(incident.read_text() + "\n## 2026-11-24T11:00:00Z resolved\n\nFixed.\n", encoding="utf-8")
    # Editing a sent update's text does not send it again.
    incident.write_text(incident.read_text().replace("We found the cause.", "We found the cause (a typo fixed)."))
    third = notify(tmp_path, env=env)
    assert third.returncode == 0, third.stderr
    assert len(http.requests) == 25 and len(secure) == 5
    assert len(plain) == 14  # bob and cy
    ledger = (tmp_path / "notify-ledger.txt").read_text()
    assert ledger.count("\tsent\n") == 7 * 5  # every channel, five updates


def test_a_subscriber_in_a_language_of_the_site_gets_its_translation_and_page(tmp_path, peers):
    make_site(tmp_path, f"""  mail:
    kind: email
    smtp: 127.0.0.1:{peers['plain'][1]}
    security: none
    from: status@example.com
    unsubscribe: mailto:unsubscribe@example.com
""")
    config = tmp_path / "statusgen.yml"
    config.write_text(config.read_text().replace("timezone:", "locales: [en, de]\ntimezone:"), encoding="utf-8")
    (tmp_path / "incidents" / "mail-delay.de.md").write_text(
        "---\ntitle: Verzögerte Mails für Kunden im Vereinigten Königreich\n---\n"
        "## 2026-11-24T10:00:00Z investigating\nMails kommen langsam an.\n\n"
        "## 2026-11-24T10:30:00Z identified\nWir kennen die Ursache.\n", encoding="utf-8")
    start_channels(tmp_path, ["mail"])
    result = notify(tmp_path)
    assert result.returncode == 0, result.stderr
    plain = peers["plain"][0].messages

    def first_mail(address):
        return min((m for rcpt, m in plain if rcpt == [address]), key=lambda m: m["Date"].datetime)

    # dora reads German, a language the site is published in: the translation, and the German page.
    german = first_mail("dora@example.com")
    assert str(german["Subject"]) == "[Untersuchung] Verzögerte Mails für Kunden im Vereinigten Königreich"
    german_text = german.get_body(("plain",)).get_content()
    assert "Mails kommen langsam an." in german_text and "Mail is slow" not in german_text
    assert "https://status.example.com/de/incidents/mail-delay.html" in german_text
    # The signature links the status page in German too, in the text and in the HTML.
    assert "Status: https://status.example.com/de/\r\n" in german_text
    assert '<a href="https://status.example.com/de/">' in german.get_body(("html",)).get_content()
    # eve reads French, which the site is not published in: the words are French, the text and page English.
    french = first_mail("eve@example.com")
    assert str(french["Subject"]) == "[Enquête en cours] Mail flow delayed für UK customers"
    french_text = french.get_body(("plain",)).get_content()
    assert "Mail is slow" in french_text and "https://status.example.com/incidents/mail-delay.html" in french_text
    english = first_mail("ann@example.com")
    assert str(english["Subject"]) == "[Investigating] Mail flow delayed für UK customers"
    assert "https://status.example.com/incidents/mail-delay.html" in english.get_body(("plain",)).get_content()


def test_each_webhook_tells_the_site_as_it_stood_right_after_its_update(tmp_path, peers):
    http = peers["http"]
    make_site(tmp_path, f"  hook:\n    kind: webhook\n    url: {http.url('/hook')}\n")
    (tmp_path / "incidents" / "silent.md").unlink()
    incident = tmp_path / "incidents" / "web-down.md"
    # Resolved, back, and resolved again: all of it sent in one run, after the fact.
    incident.write_text(incident.read_text() + "\n## 2026-11-24T11:00:00Z resolved\n\nFixed.\n\n"
                        "## 2026-11-24T11:10:00Z investigating\n\nBack again.\n\n"
                        "## 2026-11-24T11:20:00Z resolved\n\nFixed for good.\n\n"
                        # Back and resolved in one second, as a script does it.
                        "## 2026-11-24T11:30:00Z investigating\n\nAgain.\n\n"
                        "## 2026-11-24T11:30:00Z resolved\n\nA false alarm.\n", encoding="utf-8")
    start_channels(tmp_path, ["hook"])
    result = notify(tmp_path)
    assert result.returncode == 0, result.stderr
    sent = {headers["X-Statusgen-Update-Id"]: json.loads(body) for path, headers, body in http.requests
            if path == "/hook"}
    web = {update_id.removeprefix("web-down-"): payload for update_id, payload in sent.items()
           if update_id.startswith("web-down-")}
    assert sorted(web) == ["20261124T100000Z", "20261124T103000Z", "20261124T110000Z", "20261124T111000Z",
                           "20261124T112000Z", "20261124T113000Z", "20261124T113000Z-2"]

    def stood(moment):
        payload = web[moment]
        component = payload["incident"]["components"][0]
        return (payload["incident"]["status"], payload["incident"]["resolved_at"], component["status"],
                payload["page"]["status_indicator"])

    # The mail incident stays open throughout, so the page is never "none"; the website's component is
    # down while its incident is open, and each resolve has its own moment.
    assert stood("20261124T100000Z") == ("investigating", None, "partial_outage", "major")
    assert stood("20261124T110000Z")[:3] == ("resolved", "2026-11-24T11:00:00.000Z", "operational")
    assert stood("20261124T111000Z") == ("investigating", None, "partial_outage", "major")
    assert stood("20261124T112000Z")[:3] == ("resolved", "2026-11-24T11:20:00.000Z", "operational")
    # The first of two updates in one second does not yet know the second.
    assert stood("20261124T113000Z") == ("investigating", None, "partial_outage", "major")
    assert stood("20261124T113000Z-2")[:3] == ("resolved", "2026-11-24T11:30:00.000Z", "operational")


def test_a_channel_without_history_on_a_site_with_updates_waits_for_its_baseline(tmp_path, peers):
    http = peers["http"]
    make_site(tmp_path, f"  hook:\n    kind: webhook\n    url: {http.url('/base')}\n")
    refused = notify(tmp_path)
    assert refused.returncode == 1 and "--baseline" in refused.stderr
    baseline = notify(tmp_path, "--baseline")
    assert baseline.returncode == 0, baseline.stderr
    assert "4 updates recorded as sent" in baseline.stdout
    assert notify(tmp_path).returncode == 0
    assert http.bodies("/base") == []
    # A channel added later, first in the list and without its secret yet, waits for its own baseline; the
    # channel with a history is still sent the update that comes meanwhile, and a plain --baseline, which
    # would record it as sent, is not suggested, not even to a run of the new channel alone.
    config = tmp_path / "statusgen.yml"
    config.write_text(config.read_text().replace(
        "notify:\n", f"notify:\n  later:\n    kind: webhook\n    url: {http.url('/later')}\n"
                     "    secret_env: LATER_SECRET\n"), encoding="utf-8")
    incident = tmp_path / "incidents" / "web-down.md"
    incident.write_text(incident.read_text() + "\n## 2026-11-24T11:00:00Z resolved\n\nFixed.\n", encoding="utf-8")
    alone = notify(tmp_path, "--channel", "later")
    assert alone.returncode == 1 and "Run 'statusgen notify --baseline --channel later'" in alone.stderr
    waiting = notify(tmp_path)
    assert waiting.returncode == 1
    assert "'later' (5 updates)" in waiting.stderr
    assert "Run 'statusgen notify --baseline --channel later'" in waiting.stderr
    assert [body["incident"]["incident_updates"][0]["status"] for body in http.bodies("/base")] == ["resolved"]
    assert http.bodies("/later") == []
    # The baseline needs no secret: nothing is sent.
    started = notify(tmp_path, "--baseline", "--channel", "later")
    assert started.returncode == 0, started.stderr
    assert "later: baseline: 5 updates recorded as sent, none sent" in started.stdout
    assert notify(tmp_path, env={"LATER_SECRET": "s"}).returncode == 0
    assert len(http.bodies("/base")) == 1 and http.bodies("/later") == []


def test_channels_in_a_file_of_their_own(tmp_path, peers):
    http = peers["http"]
    make_site(tmp_path, "")
    config = tmp_path / "statusgen.yml"
    config.write_text(config.read_text().replace("notify:\n", "notify: channels.yml\n"), encoding="utf-8")
    (tmp_path / "channels.yml").write_text(f"hook:\n  kind: webhook\n  url: {http.url('/own')}\n", encoding="utf-8")
    start_channels(tmp_path, ["hook"])
    result = notify(tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(http.bodies("/own")) == 4
    built = subprocess.run([str(statusgen_binary()), "build", "--source", str(tmp_path), "--now", NOW],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    assert not list((tmp_path / "site").rglob("channels.yml"))


@contextmanager
def mail_site(root, box, subscribers, settings=""):
    """A site whose one channel, `mail` (with `settings` added), has started and sends to `subscribers`
    through an SMTP server on 127.0.0.1 that `box` answers for; the server stops when the block ends."""
    server = Controller(box, hostname="127.0.0.1", port=free_port())
    server.start()
    try:
        make_site(root, f"""  mail:
    kind: email
    smtp: 127.0.0.1:{server.port}
    security: none
    from: status@example.com
    unsubscribe: mailto:unsubscribe@example.com
{settings}""")
        (root / "subscribers.csv").write_text("\n".join(subscribers) + "\n")
        start_channels(root, ["mail"])
        yield
    finally:
        server.stop()


def test_an_address_the_server_refuses_is_skipped_and_the_others_get_the_update(tmp_path):
    box = PickyMailbox()
    with mail_site(tmp_path, box, ["ann@example.com", "gone@example.com", "cy@example.com"]):
        result = notify(tmp_path)
        assert result.returncode == 0, result.stderr
        assert "refused by gone@example.com: 550 5.1.1 <gone@example.com>: no such user" in result.stderr
        assert sorted(rcpt[0] for rcpt, _ in box.messages) == ["ann@example.com"] * 4 + ["cy@example.com"] * 4
        # The summary counts the subscribers who got it, not the refused address.
        sent = [line for line in result.stdout.splitlines() if line.startswith("mail: sent ")]
        assert len(sent) == 4 and all(line.endswith(" to 2 of the 3 subscribers in subscribers.csv") for line in sent)
        again = notify(tmp_path)
        assert again.returncode == 0 and len(box.messages) == 8 and "refused" not in again.stderr


def test_a_bad_subscriber_line_holds_the_channel_back_and_says_so(tmp_path):
    box = Mailbox()
    with mail_site(tmp_path, box, ["ann@example.com", "cy@example.com,no-such-component"]):
        held = notify(tmp_path)
        assert held.returncode == 1 and box.messages == []
        assert "subscribers.csv:2: " in held.stderr
        # The channel the problem holds back is named: the operator knows who was not told.
        assert "mail: 4 updates not sent, for the problem above; the next run sends them once it is fixed" in held.stderr
        (tmp_path / "subscribers.csv").write_text("ann@example.com\ncy@example.com\n")
        fixed = notify(tmp_path)
        assert fixed.returncode == 0, fixed.stderr
        assert len(box.messages) == 8


def test_a_mailbox_full_for_now_misses_the_update_alone_and_a_long_session_is_not_cut_off(tmp_path):
    box = FullAndSlowMailbox()
    others = ["ann@example.com", "cy@example.com", "dan@example.com", "eve@example.com", "fay@example.com"]
    with mail_site(tmp_path, box, others[:2] + ["full@example.com"] + others[2:], "    timeout_seconds: 1\n"):
        result = notify(tmp_path)
        # Each session takes 1.25 s, longer than the timeout, while the relay answers each command at once.
        assert result.returncode == 0, result.stderr
        assert "no answer within" not in result.stderr
        assert result.stderr.count("refused for now by full@example.com: 452 4.2.2") == 4, result.stderr
        # Everyone after the full mailbox got each update once, and nobody twice.
        assert sorted(rcpt[0] for rcpt, _ in box.messages) == sorted(others * 4)
        # Still full: tried again, and still waiting; nobody else is sent anything.
        again = notify(tmp_path)
        assert again.returncode == 0 and len(box.messages) == 20
        assert again.stderr.count("still refused for now by full@example.com") == 4, again.stderr


def ledger_lines(root):
    return [line.split("\t") for line in (root / "notify-ledger.txt").read_text().splitlines()[1:]]


def token(update_id, channel, address):
    return hashlib.sha256(f"{update_id}\n{channel}\n{address.lower()}\n".encode()).hexdigest()[:16]


def test_a_mailbox_full_for_now_gets_the_update_once_it_has_room(tmp_path):
    box = FullAndSlowMailbox()
    with mail_site(tmp_path, box, ["ann@example.com", "full@example.com"]):
        first = notify(tmp_path)
        assert first.returncode == 0, first.stderr
        assert [rcpt for rcpt, _ in box.messages] == [["ann@example.com"]] * 4
        # The ledger names the waiting recipient by a token, never by the address it commits to git.
        deferred = [line for line in ledger_lines(tmp_path) if line[3] == "deferred"]
        sent = [line[0] for line in ledger_lines(tmp_path) if line[3] == "sent"]
        assert len(deferred) == 4 and "full@example.com" not in (tmp_path / "notify-ledger.txt").read_text()
        assert sorted(line[4] for line in deferred) == sorted(token(update, "mail", "full@example.com") for update in sent)

        # A dry run shows the tries to come, each message as it would go, and sends nothing.
        planned = notify(tmp_path, "--dry-run")
        assert planned.returncode == 0 and len(box.messages) == 4, planned.stderr
        assert planned.stdout.count("(tried again: it refused this update for now)") == 4, planned.stdout
        assert planned.stdout.count("mail from <status@example.com> to <full@example.com>") == 4
        assert "nothing to send" not in planned.stdout

        # Room again, and meanwhile a new update: the full mailbox gets what it missed first, in order.
        box.full.clear()
        incident = tmp_path / "incidents" / "web-down.md"
        incident.write_text(incident.read_text() + "\n## 2026-11-24T11:00:00Z monitoring\n\nA fix is out.\n")
        later = notify(tmp_path)
        assert later.returncode == 0, later.stderr
        retried = box.messages[4:]
        assert [rcpt for rcpt, _ in retried] == [["full@example.com"]] * 4 + [["ann@example.com"], ["full@example.com"]]
        # The same messages, each with its update's Message-ID, then the new update.
        ids = [message["Message-ID"] for _, message in retried]
        assert ids[:4] == [message["Message-ID"] for _, message in box.messages[:4]]
        assert ids[4] == ids[5] and ids[4].startswith("<web-down-20261124T110000Z@")
        assert later.stdout.count("to 1 recipient that had refused it for now") == 4, later.stdout
        assert [line[3] for line in ledger_lines(tmp_path)].count("sent") == 9

        done = notify(tmp_path)
        assert done.returncode == 0 and len(box.messages) == 10 and "mail: nothing to send" in done.stdout


def test_a_mailbox_full_for_now_gets_an_update_whose_incident_file_was_renamed_meanwhile(tmp_path):
    box = FullAndSlowMailbox()
    with mail_site(tmp_path, box, ["ann@example.com", "Full@Example.com"]):
        assert notify(tmp_path).returncode == 0 and len(box.messages) == 4
        (tmp_path / "incidents" / "mail-delay.md").rename(tmp_path / "incidents" / "mail-delay-uk.md")
        # Still full for two more runs: the first records the renamed updates as sent to the others, the
        # second finds them under their new ids all the same.
        for _ in range(2):
            waiting = notify(tmp_path)
            assert waiting.returncode == 0 and len(box.messages) == 4, waiting.stderr
            assert "not tried again" not in waiting.stderr and "given up" not in waiting.stderr
        box.full.clear()
        result = notify(tmp_path)
        assert result.returncode == 0, result.stderr
        # Not sent again to ann, who has them; sent to the full mailbox under the new ids, and only then.
        assert [(rcpt, message["Message-ID"].split("@")[0]) for rcpt, message in box.messages[4:]] == [
            (["Full@Example.com"], "<mail-delay-uk-20261124T100000Z"),
            (["Full@Example.com"], "<mail-delay-uk-20261124T103000Z"),
            (["Full@Example.com"], "<web-down-20261124T100000Z"),
            (["Full@Example.com"], "<web-down-20261124T103000Z"),
        ]
        assert "not tried again" not in result.stderr and "given up" not in result.stderr
        assert notify(tmp_path).stdout.strip() == "mail: nothing to send"


def test_a_recipient_full_for_five_days_or_gone_from_the_list_is_not_tried_again(tmp_path):
    box = FullAndSlowMailbox()
    box.full.add("left@example.com")
    with mail_site(tmp_path, box, ["ann@example.com", "full@example.com", "left@example.com"]):
        assert notify(tmp_path).returncode == 0
        # The first refusals were six days ago; left@example.com has since unsubscribed.
        ledger = tmp_path / "notify-ledger.txt"
        week_ago = (datetime.now(timezone.utc) - timedelta(days=6)).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines = []
        for line in ledger.read_text().splitlines(keepends=True):
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 5 and fields[4] == token(fields[0], "mail", "full@example.com"):
                fields[2] = week_ago
                line = "\t".join(fields) + "\n"
            lines.append(line)
        ledger.write_text("".join(lines))
        (tmp_path / "subscribers.csv").write_text("ann@example.com\nfull@example.com\n")
        box.full.clear()
        result = notify(tmp_path)
        assert result.returncode == 0, result.stderr
        assert len(box.messages) == 4, [rcpt for rcpt, _ in box.messages]
        assert result.stderr.count("given up on full@example.com, which refused it for now for 5 days") == 4, result.stderr
        assert result.stderr.count("which refused it for now: no longer subscribed to it (recorded as refused)") == 4, result.stderr
        assert [line[3] for line in ledger_lines(tmp_path)].count("refused") == 8
        assert notify(tmp_path).stdout.strip() == "mail: nothing to send"


def test_a_rate_limit_of_the_session_is_a_failure_not_a_refused_address(tmp_path):
    subscribers = ["a@example.com", "b@example.com", "c@example.com", "d@example.com"]
    with mail_site(tmp_path, RateLimitedMailbox(), subscribers):
        result = notify(tmp_path)
        # Not skipped as if c and d had left: the update is not recorded as sent, and the run fails.
        assert result.returncode == 1
        assert "451 4.7.1 Rate limit exceeded" in result.stderr and "refused for" not in result.stderr
        notes = [line.split("\t")[3] for line in (tmp_path / "notify-ledger.txt").read_text().splitlines()[1:]]
        assert "sent" not in notes


def test_a_failing_channel_is_retried_and_the_others_go_on(tmp_path, peers):
    http = peers["http"]
    closed = free_port()
    make_site(tmp_path, f"""  retry:
    kind: webhook
    url: {http.url('/retry')}
  hang:
    kind: webhook
    url: {http.url('/hang')}
    timeout_seconds: 1
  fine:
    kind: slack
    url: {http.url('/fine')}
  gone:
    kind: webhook
    url: http://127.0.0.1:{closed}/hook
  nomail:
    kind: email
    smtp: 127.0.0.1:{closed}
    security: none
    from: status@example.com
    to: all@example.com
    unsubscribe: mailto:unsubscribe@example.com
""")
    start_channels(tmp_path, ["retry", "hang", "fine", "gone", "nomail"])
    result = notify(tmp_path)
    assert result.returncode == 1
    # A receiver that is not there is told in words, not in the network library's dump of its error.
    for name in ["gone", "nomail"]:
        lines = [line for line in result.stderr.splitlines() if line.startswith(name + ":")]
        assert lines and all("connection refused" in line for line in lines), result.stderr
    assert "errno" not in result.stderr and "ConnectionFailure" not in result.stderr
    # A refused connection fails at once, and is tried again after 1 s and 3 s, rather than each attempt
    # waiting out the channel's timeout (10 s) first.
    started = time.monotonic()
    gone = notify(tmp_path, "--channel", "gone")
    assert gone.returncode == 1 and "(3 attempts)" in gone.stderr and "connection refused" in gone.stderr, gone.stderr
    assert time.monotonic() - started < 10
    assert "hang:" in result.stderr and "no answer within" in result.stderr
    assert len(http.bodies("/retry")) == 4 and http.seen["/retry"] == 5
    assert len(http.bodies("/fine")) == 4
    ledger = (tmp_path / "notify-ledger.txt").read_text()
    hang = [line.split("\t")[3] for line in ledger.splitlines() if line.split("\t")[1:2] == ["hang"]]
    # No answer within the timeout: the receiver may have taken it, so it is neither tried again in this
    # run nor marked failed; it counts as a delivery that may have arrived.
    assert hang == ["start", "sending"]
    assert "may not have been taken (1 attempt): no answer within 1.0 s" in result.stderr
    assert "it is sent again by the next run and may arrive twice" in result.stderr
    # Each next run tries an update never tried first, then the first again; that run says that the run
    # after it holds the update rather than send it a third time, and that run does.
    for _ in range(4):
        again = notify(tmp_path, "--channel", "hang")
        if "a run that was stopped began sending it" in again.stderr:
            break
    assert "a run that was stopped began sending it; it is sent again" in again.stderr
    assert "the next run holds it rather than send it a third time" in again.stderr
    assert "sent again by the next run" not in again.stderr
    third = notify(tmp_path, "--channel", "hang")
    assert "held: two runs were stopped while sending it" in third.stderr


def test_a_redirect_is_never_counted_as_sent_and_a_hang_up_after_the_request_may_have_arrived(tmp_path):
    http = Receiver({"/moved": "redirect", "/hangup": "close"})
    try:
        make_site(tmp_path, f"""  moved:
    kind: webhook
    url: {http.url('/moved')}
  hangup:
    kind: webhook
    url: {http.url('/hangup')}
""")
        start_channels(tmp_path, ["moved", "hangup"])
        result = notify(tmp_path)
        assert result.returncode == 1
        notes = {}
        for line in (tmp_path / "notify-ledger.txt").read_text().splitlines()[1:]:
            notes.setdefault(line.split("\t")[1], []).append(line.split("\t")[3])
        # Followed, a 301 would have sent a GET without the update to the new address, and the channel's 200
        # would have been recorded as sent.
        assert "GET /elsewhere" not in http.seen and http.seen["/moved"] == 1
        # Its host only: a webhook's path can hold its token.
        assert f"the address redirects to one on http://127.0.0.1:{http.port}; set the channel's url" in result.stderr
        assert "/elsewhere" not in result.stderr
        assert notes["moved"] == ["start", "sending", "failed"]
        # The whole request went out before the receiver hung up: it may have taken the update, so it is not
        # posted again in this run, and counts as a delivery that may have arrived.
        assert http.seen["/hangup"] == 1
        assert notes["hangup"] == ["start", "sending"]
        assert "hangup: " in result.stderr and "may not have been taken (1 attempt)" in result.stderr
    finally:
        http.close()


def test_a_renamed_incident_file_is_not_sent_again_but_its_next_update_is(tmp_path, peers):
    http = peers["http"]
    make_site(tmp_path, f"""  hook:
    kind: webhook
    url: {http.url('/renamed')}
""")
    start_channels(tmp_path, ["hook"])
    assert notify(tmp_path).returncode == 0
    assert len(http.bodies("/renamed")) == 4
    incidents = tmp_path / "incidents"
    (incidents / "web-down.md").rename(incidents / "website-down.md")
    again = notify(tmp_path)
    assert again.returncode == 0, again.stderr
    assert len(http.bodies("/renamed")) == 4, "the renamed incident's two updates were sent again"
    assert again.stderr.count("which the site no longer has (was incidents/web-down.md renamed?); recorded as sent") == 2
    # Its next update is new, and sent.
    with (incidents / "website-down.md").open("a") as file:
        file.write("\n## 2026-11-24T11:30:00Z resolved\n\nThe website is back.\n")
    third = notify(tmp_path)
    assert third.returncode == 0 and "no longer has" not in third.stderr, third.stderr
    bodies = http.bodies("/renamed")
    assert len(bodies) == 5 and bodies[-1]["incident"]["status"] == "resolved"


def update_of_discord(payload):
    """A Discord post's update id, from its embed's incident link and time (Discord has no header for it)."""
    embed = payload["embeds"][0]
    slug = embed["url"].rsplit("/", 1)[1].removesuffix(".html")
    return slug + "-" + embed["timestamp"].replace("-", "").replace(":", "")


def test_kill_9_never_loses_an_update_nor_sends_one_more_than_twice(tmp_path):
    slow = Receiver({"/a": "slow", "/b": "slow"})
    try:
        (tmp_path / "incidents").mkdir()
        (tmp_path / "statusgen.yml").write_text(CONFIG.format(channels=f"""  a:
    kind: webhook
    url: {slow.url('/a')}
  b:
    kind: discord
    url: {slow.url('/b')}
"""), encoding="utf-8")
        for number in range(12):
            (tmp_path / "incidents" / f"i{number:02d}.md").write_text(
                INCIDENT.format(title=f"Incident {number}", component="mail", extra=""), encoding="utf-8")
        start_channels(tmp_path, ["a", "b"])
        rng = random.Random(13)
        for _ in range(30):
            process = subprocess.Popen(
                [str(statusgen_binary()), "notify", "--source", str(tmp_path), "--now", NOW],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.05, 0.6))
            process.send_signal(signal.SIGKILL)
            process.wait()
            text = (tmp_path / "notify-ledger.txt").read_text()
            assert text.endswith("\n")
        final = notify(tmp_path)
        held = {tuple(line.split(" ")[:2]) for line in final.stderr.splitlines() if " held: " in line}
        assert final.returncode == (1 if held else 0), final.stderr

        def counts():
            seen = {}
            for path, headers, body in slow.requests:
                update = headers.get("X-Statusgen-Update-Id") or update_of_discord(json.loads(body))
                seen[(path, update)] = seen.get((path, update), 0) + 1
            return seen

        # The operator settles each held update as docs/notifications.md says: a 'sent' line when it
        # arrived, its 'sending' lines deleted when it did not.
        ledger = tmp_path / "notify-ledger.txt"
        lines = ledger.read_text().splitlines(keepends=True)
        for label, update in held:
            channel = label.rstrip(":")
            if counts().get(("/" + channel, update), 0):
                lines.append(f"{update}\t{channel}\t2026-11-24T12:00:00Z\tsent\n")
            else:
                lines = [line for line in lines
                         if not (line.startswith(f"{update}\t{channel}\t") and line.endswith("\tsending\n"))]
        ledger.write_text("".join(lines))
        settled = notify(tmp_path)
        assert settled.returncode == 0, settled.stderr

        seen = counts()
        assert len([key for key in seen if key[0] == "/a"]) == 24
        assert len([key for key in seen if key[0] == "/b"]) == 24
        assert max(seen.values()) <= 2
        duplicates = sum(count - 1 for count in seen.values())
        print(f"kill -9 x30: {len(slow.requests)} requests for 48 deliveries, {duplicates} duplicates,"
              f" {len(held)} held")
    finally:
        slow.close()
