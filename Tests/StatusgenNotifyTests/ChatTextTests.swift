import StatusgenModel
import Testing

@testable import StatusgenNotify

@Suite("Escaping and signing of chat and webhook payloads")
struct ChatTextTests {
    @Test("Slack mrkdwn gets &, < and > as entities, so no text makes a link or mention")
    func slack() {
        #expect(SlackText.escape("<!channel> a & b > c") == "&lt;!channel&gt; a &amp; b &gt; c")
    }

    @Test("Discord markdown characters get a backslash")
    func discord() {
        #expect(DiscordText.escape("*bold* _x_ `code` ~s~ |sp|") == "\\*bold\\* \\_x\\_ \\`code\\` \\~s\\~ \\|sp\\|")
    }

    @Test("the webhook signature is the hex HMAC-SHA256 of the body (RFC 4231 test case 2)")
    func signature() {
        #expect(
            WebhookChannel.signature("what do ya want for nothing?", "Jefe")
                == "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test("HTML for mail escapes text and drops images, keeping their alt text")
    func html() {
        #expect(MarkupEscaping.html("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(
            HTMLText.withoutImages("<p>a <img src=\"https://x/y.png\" alt=\"graph\" /> b</p>") == "<p>a graph b</p>")
    }
}
