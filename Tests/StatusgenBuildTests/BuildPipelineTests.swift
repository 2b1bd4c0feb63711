import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import Testing

@Suite("The build pipeline")
struct BuildPipelineTests {
    @Test("warns about an update dated more than a day after the build's time, and leaves it out")
    func futureUpdate() throws {
        let config = InputFile(
            path: "statusgen.yml",
            contents: Data(
                "title: T\nbase_url: https://s.test/\ntimezone: UTC\ncomponents:\n  - id: web\n    name: Web\n".utf8))
        let incident = InputFile(
            path: "incidents/a.md",
            contents: Data(
                ("---\ntitle: T\nimpact: minor\n---\n## 2026-11-24T10:00:00Z investigating\nx\n\n"
                    + "## 2062-11-24T11:00:00Z resolved\ny\n").utf8))
        let result = BuildPipeline().run([config, incident], now: try TimestampParser.parse("2026-11-24T12:00:00Z"))
        #expect(
            result.diagnostics.map(\.description) == [
                "incidents/a.md:8: warning: this update is dated more than a day after the build's time, so it is not shown yet"
            ])
        let page = try #require(result.outputs?.first { $0.path == "incidents/a.html" })
        #expect(!String(decoding: page.contents, as: UTF8.self).contains("2062"))
    }

    @Test("files of static/ are published as they are, at any depth; a generated page of the same path wins")
    func staticFiles() throws {
        let config = InputFile(
            path: "statusgen.yml",
            contents: Data("title: T\nbase_url: https://s.test/\ntimezone: UTC\ncomponents: []\n".utf8))
        let stub = InputFile(path: "static/issues/old/index.html", contents: Data("moved".utf8))
        let index = InputFile(path: "static/index.html", contents: Data("not the status page".utf8))
        let result = BuildPipeline().run(
            [config, stub, index], now: try TimestampParser.parse("2026-11-24T12:00:00Z"))
        let outputs = try #require(result.outputs)
        #expect(outputs.first { $0.path == "issues/old/index.html" }?.contents == Data("moved".utf8))
        #expect(outputs.first { $0.path == "index.html" }?.contents != Data("not the status page".utf8))
        #expect(outputs.map(\.path) == outputs.map(\.path).sorted())
    }
}
