"""Local stand-ins of the two CDN purge APIs, on 127.0.0.1: Cloudflare's purge_cache (a bearer token, a
JSON body of at most 100 URLs) and CloudFront's CreateInvalidation (an XML InvalidationBatch signed with
AWS Signature V4, the signature recomputed here with botocore). Each checks what the real API checks,
answers with the real API's shapes, success and error, and records what it accepted."""

import json
import re
import threading
import xml.etree.ElementTree as ElementTree
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

CLOUDFLARE_MOST_URLS = 100
CLOUDFRONT_NAMESPACE = "http://cloudfront.amazonaws.com/doc/2020-05-31/"


class _Server:
    """A threaded HTTP server whose POSTs go to `self.answer(handler, body)`."""

    def __init__(self):
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                status, headers, answer = owner.answer(self, body)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.accepted = []
        self.refused = []
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class CloudflareAPI(_Server):
    """POST {endpoint}/client/v4/zones/{zone}/purge_cache. `accepted` holds the URL lists it took."""

    def __init__(self, zone, token):
        super().__init__()
        self.zone, self.token = zone, token
        self.endpoint += "/client/v4"

    def answer(self, handler, body):
        def errors(status, code, message):
            self.refused.append((status, code))
            return status, {"Content-Type": "application/json"}, json.dumps(
                {"success": False, "errors": [{"code": code, "message": message}], "messages": [], "result": None}
            ).encode()

        match = re.fullmatch(r"/client/v4/zones/([^/]+)/purge_cache", handler.path)
        if not match or match.group(1) != self.zone:
            return errors(404, 7003, f"Could not route to {handler.path}, perhaps your object identifier is invalid?")
        if handler.headers.get("Authorization") != f"Bearer {self.token}":
            return errors(403, 10000, "Authentication error")
        if handler.headers.get("Content-Type") != "application/json":
            return errors(400, 1001, "Invalid request: content type")
        try:
            files = json.loads(body)["files"]
        except (ValueError, KeyError, TypeError):
            return errors(400, 1012, "Request must contain one of \"purge_everything\", \"files\", \"tags\"")
        if not files or len(files) > CLOUDFLARE_MOST_URLS or not all(
            isinstance(url, str) and url.startswith(("http://", "https://")) for url in files
        ):
            return errors(400, 1015, f"Invalid 'files': 1 to {CLOUDFLARE_MOST_URLS} absolute URLs")
        self.accepted.append(files)
        return 200, {"Content-Type": "application/json"}, json.dumps(
            {"success": True, "errors": [], "messages": [], "result": {"id": self.zone}}
        ).encode()

    def urls(self):
        return [url for batch in self.accepted for url in batch]


class CloudFrontAPI(_Server):
    """POST {endpoint}/2020-05-31/distribution/{id}/invalidation. `accepted` holds the path lists it took."""

    def __init__(self, distribution, access_key, secret_key):
        super().__init__()
        self.distribution = distribution
        self.credentials = Credentials(access_key, secret_key)
        self.references = set()

    @staticmethod
    def _error(status, code, message):
        text = (f'<?xml version="1.0"?>\n<ErrorResponse xmlns="{CLOUDFRONT_NAMESPACE}"><Error><Type>Sender</Type>'
                f"<Code>{code}</Code><Message>{message}</Message></Error><RequestId>b5e1b7a4</RequestId>"
                "</ErrorResponse>")
        return status, {"Content-Type": "text/xml"}, text.encode()

    def signature_problem(self, handler, body):
        """Why the request's Signature V4 is wrong, or None: recomputed with botocore from the headers
        the Authorization header says are signed."""
        authorization = handler.headers.get("Authorization", "")
        match = re.fullmatch(
            r"AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/us-east-1/cloudfront/aws4_request, "
            r"SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})", authorization)
        if not match:
            return f"not a CloudFront Signature V4 Authorization: {authorization!r}"
        key, day, signed, signature = match.groups()
        if key != self.credentials.access_key:
            return "unknown key"
        names = signed.split(";")
        if not {"host", "x-amz-date"} <= set(names):
            return f"host and x-amz-date must be signed, not only {names}"
        timestamp = handler.headers.get("X-Amz-Date", "")
        if not timestamp.startswith(day):
            return "the credential's day is not the request's"
        request = AWSRequest(
            method="POST", url=f"http://{handler.headers['Host']}{handler.path}",
            headers={name: handler.headers[name] for name in names}, data=body)
        request.context["timestamp"] = timestamp
        auth = SigV4Auth(self.credentials, "cloudfront", "us-east-1")
        expected = auth.signature(auth.string_to_sign(request, auth.canonical_request(request)), request)
        return None if expected == signature else "signature does not match"

    def answer(self, handler, body):
        problem = self.signature_problem(handler, body)
        if problem:
            self.refused.append((403, problem))
            return self._error(403, "SignatureDoesNotMatch", problem)
        match = re.fullmatch(r"/2020-05-31/distribution/([^/]+)/invalidation", handler.path)
        if not match or match.group(1) != self.distribution:
            self.refused.append((404, "NoSuchDistribution"))
            return self._error(404, "NoSuchDistribution", "The specified distribution does not exist.")
        root = ElementTree.fromstring(body)
        space = "{" + CLOUDFRONT_NAMESPACE + "}"
        paths = [item.text for item in root.findall(f"{space}Paths/{space}Items/{space}Path")]
        quantity = root.findtext(f"{space}Paths/{space}Quantity")
        reference = root.findtext(f"{space}CallerReference")
        if root.tag != f"{space}InvalidationBatch" or quantity != str(len(paths)) or not paths or not reference:
            self.refused.append((400, "MalformedInput"))
            return self._error(400, "MalformedInput", "Unexpected list element or wrong Quantity.")
        if reference in self.references:
            self.refused.append((409, "InvalidationBatchAlreadyExists"))
            return self._error(409, "InvalidationBatchAlreadyExists", "The CallerReference was used before.")
        if not all(path.startswith("/") for path in paths):
            self.refused.append((400, "InvalidArgument"))
            return self._error(400, "InvalidArgument", "Your request contains one or more invalid paths.")
        self.references.add(reference)
        self.accepted.append(paths)
        number = f"I{len(self.accepted):013d}"
        items = "".join(f"<Path>{path}</Path>" for path in paths)
        text = (f'<?xml version="1.0"?>\n<Invalidation xmlns="{CLOUDFRONT_NAMESPACE}"><Id>{number}</Id>'
                "<Status>InProgress</Status><CreateTime>2026-11-24T12:00:00Z</CreateTime><InvalidationBatch>"
                f"<Paths><Quantity>{len(paths)}</Quantity><Items>{items}</Items></Paths>"
                f"<CallerReference>{reference}</CallerReference></InvalidationBatch></Invalidation>")
        location = f"https://cloudfront.amazonaws.com/2020-05-31/distribution/{self.distribution}/invalidation/{number}"
        return 201, {"Content-Type": "text/xml", "Location": location}, text.encode()
