import Testing

@testable import StatusgenPublish

@Suite("A system tool's words on failure")
struct ExternalCommandTests {
    @Test(
        "what ssh, rsync and git print on failure is one line: their fatal lines, else their last two",
        arguments: [
            (
                "root@127.0.0.1: Permission denied (publickey).\r\n",
                "root@127.0.0.1: Permission denied (publickey)."
            ),
            (
                "No ED25519 host key is known for [127.0.0.1]:59583 and you have requested strict checking.\r\n"
                    + "Host key verification failed.\r\n",
                "No ED25519 host key is known for [127.0.0.1]:59583 and you have requested strict checking."
                    + " Host key verification failed."
            ),
            (
                "fatal: '/srv/none.git' does not appear to be a git repository\nfatal: Could not read from remote"
                    + " repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n",
                "fatal: '/srv/none.git' does not appear to be a git repository fatal: Could not read from remote"
                    + " repository."
            ),
            (
                "rsync: connection unexpectedly closed (0 bytes received so far) [sender]\n"
                    + "rsync error: unexplained error (code 255) at io.c(232) [sender=3.2.7]\n",
                "rsync: connection unexpectedly closed (0 bytes received so far) [sender]"
                    + " rsync error: unexplained error (code 255) at io.c(232) [sender=3.2.7]"
            ),
            (
                "ERROR: Repository not found.\nfatal: Could not read from remote repository.\n\n"
                    + "Please make sure you have the correct access rights\nand the repository exists.\n",
                "ERROR: Repository not found. fatal: Could not read from remote repository."
            ),
            ("", ""),
        ])
    func lastWords(errors: String, expected: String) {
        #expect(ExternalCommand.lastWords(of: errors) == expected)
    }
}
