import StatusgenModel
import Testing

@testable import StatusgenRendering

@Suite("Strings: placeholders and plural forms")
struct StringsTests {
    let strings = Strings(
        locale: "xx",
        values: [
            "greeting": "Hello {name}, {name}!",
            "odd": "{unknown} {Name} {} {na-me} {name",
            "apples_one": "{count} apple for {name}",
            "apples_other": "{count} apples for {name}",
        ])

    @Test("fills every placeholder it has an argument for and keeps the rest as written")
    func fill() {
        #expect(strings.text("greeting", ["name": "Ada"]) == "Hello Ada, Ada!")
        #expect(strings.text("greeting") == "Hello {name}, {name}!")
        #expect(strings.text("odd", ["name": "Ada", "Name": "x"]) == "{unknown} {Name} {} {na-me} {name")
        #expect(
            strings.text("greeting", ["name": "{name}"]) == "Hello {name}, {name}!", "arguments are not filled again")
    }

    @Test("a key that does not exist shows as itself")
    func missingKey() {
        #expect(strings.text("no_such_key") == "no_such_key")
    }

    @Test(
        "picks _one for a count of 1 and _other for any other count",
        arguments: [(0, "0 apples"), (1, "1 apple"), (2, "2 apples")])
    func plural(count: Int, text: String) {
        #expect(strings.plural("apples", count: count, ["name": "Ada"]) == text + " for Ada")
    }

    @Test(
        "counts 0 as one in French and the languages that do, not in English or German",
        arguments: [("fr", "0 incident"), ("fr-CA", "0 incident"), ("en", "0 incidents"), ("de", "0 incidents")])
    func zeroIsOne(locale: String, text: String) {
        let words = Strings(locale: locale, values: ["n_one": "{count} incident", "n_other": "{count} incidents"])
        #expect(words.plural("n", count: 0) == text)
        #expect(words.plural("n", count: 2) == "2 incidents")
    }

    @Test("lists the placeholders of a text in order")
    func placeholders() {
        #expect(Strings.placeholders(in: "{date}: {status}. {uptime}.") == ["date", "status", "uptime"])
        #expect(Strings.placeholders(in: "{Name} {} none") == [])
    }

    @Test("formats numbers, lengths of time and dates in the language's words")
    func formats() {
        let german = Fixture.german
        #expect(PercentFormatter.format(0.9995, german) == "99,95\u{A0}%")
        #expect(PercentFormatter.format(1, german) == "100\u{A0}%")
        #expect(DurationFormatter.format(7980, german) == "2\u{A0}Std. 13\u{A0}Min.")
        #expect(DurationFormatter.format(93_600, german) == "1\u{A0}Tg. 2\u{A0}Std.")
        #expect(DurationFormatter.format(30, german) == "unter 1\u{A0}Min.")
        let time = SiteTimeFormatter(timeZone: Fixture.londonZone, around: Fixture.now, german)
        #expect(time.dateTime(Fixture.date("2026-03-01T10:52:00Z")) == "1. März 2026, 10:52 GMT")
        #expect(time.day(Fixture.date("2026-09-30T12:00:00Z")) == "30. Sept. 2026")
    }
}
