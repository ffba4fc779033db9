#!/usr/bin/python3
"""Checks a site written by `mhhs site` the way a reader meets it: opened from disk.

Usage: check-site.py SITE_DIR

1. Every internal link and script/stylesheet reference (href, src) resolves to a file of the
   site, and every #fragment to an id on the target page; nothing is loaded from elsewhere
   (no http(s) src, no module scripts, no fetch/Worker/import in the scripts).
2. Every page loads from file:// in headless Chromium with no console error.
3. The home page's search finds IF-021 from "UTC Settlement".
4. The same holds for a copy of the site taken out of a zip.

Needs Debian's chromium, chromium-driver and python3-selenium (run with /usr/bin/python3).
"""

import html.parser
import os
import shutil
import sys
import tempfile
import urllib.parse
import zipfile


class Refs(html.parser.HTMLParser):
    """The ids, links and references of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.refs = []  # (attribute, value)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for name in ("href", "src"):
            if a.get(name) is not None:
                self.refs.append((tag, name, a[name]))
        if tag == "script" and a.get("type") == "module":
            self.problems.append("a module script")
        if tag == "base":
            self.problems.append("a <base> element")


def parse(path):
    refs = Refs()
    with open(path, encoding="utf-8") as f:
        refs.feed(f.read())
    return refs


def check_links(root):
    pages = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                pages[os.path.relpath(path, root)] = parse(path)
    problems = []
    links = 0
    for page, refs in sorted(pages.items()):
        problems += ["%s: %s" % (page, p) for p in refs.problems]
        for tag, attr, value in refs.refs:
            url = urllib.parse.urlsplit(value)
            if url.scheme or url.netloc:
                if tag == "a" and url.scheme in ("http", "https"):
                    continue  # a link out, followed only when the reader chooses to
                problems.append("%s: <%s %s=%r> leaves the site" % (page, tag, attr, value))
                continue
            links += 1
            target = page if not url.path else os.path.normpath(
                os.path.join(os.path.dirname(page), urllib.parse.unquote(url.path)))
            if target.startswith(".."):
                problems.append("%s: %r points outside the site" % (page, value))
                continue
            if not os.path.isfile(os.path.join(root, target)):
                problems.append("%s: %r: no such file %s" % (page, value, target))
                continue
            if url.fragment and target.endswith(".html") and url.fragment not in pages[target].ids:
                problems.append("%s: %r: no id %r on %s" % (page, value, url.fragment, target))
    for script in [n for n in os.listdir(root) if n.endswith(".js")]:
        text = open(os.path.join(root, script), encoding="utf-8").read()
        for banned in ("fetch(", "new Worker", "importScripts", "import("):
            if banned in text:
                problems.append("%s uses %s" % (script, banned))
    return pages, links, problems


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--allow-file-access-from-files"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    binary = shutil.which("chromium")
    if binary:
        options.binary_location = binary
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                            options=options)


def check_pages(driver, root, pages):
    problems = []
    for page in sorted(pages):
        driver.get("file://" + os.path.join(os.path.abspath(root), page))
        for entry in driver.get_log("browser"):
            if entry.get("level") == "SEVERE":
                problems.append("%s: console error: %s" % (page, entry.get("message")))
    return problems


def check_search(driver, root, query="UTC Settlement", wanted="interfaces/IF-021.html"):
    from selenium.webdriver.common.by import By

    driver.get("file://" + os.path.join(os.path.abspath(root), "index.html"))
    box = driver.find_element(By.ID, "search-input")
    if not box.is_displayed():
        return ["index.html: the search box is not shown"]
    box.send_keys(query)
    hrefs = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results a")]
    if not any(h and h.endswith(wanted) for h in hrefs):
        return ["search for %r did not find %s (found %s)" % (query, wanted, hrefs[:5])]
    return []


def main():
    if len(sys.argv) != 2 or not os.path.isfile(os.path.join(sys.argv[1], "index.html")):
        sys.exit("usage: check-site.py SITE_DIR (a folder written by mhhs site)")
    root = sys.argv[1]
    pages, links, problems = check_links(root)
    driver = browser()
    try:
        problems += check_pages(driver, root, pages)
        problems += check_search(driver, root)
        with tempfile.TemporaryDirectory() as scratch:
            archive = os.path.join(scratch, "site.zip")
            with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
                for folder, _, files in os.walk(root):
                    for name in files:
                        path = os.path.join(folder, name)
                        z.write(path, os.path.join("site", os.path.relpath(path, root)))
            with zipfile.ZipFile(archive) as z:
                z.extractall(scratch)
            copy = os.path.join(scratch, "site")
            problems += ["from the zip: " + p for p in check_pages(driver, copy, ["index.html", "interfaces/IF-021.html"])]
            problems += ["from the zip: " + p for p in check_search(driver, copy)]
    finally:
        driver.quit()
    for p in problems:
        print(p)
    print("site: %d pages loaded, %d internal links and the search checked (also from a zip): %d problems"
          % (len(pages), links, len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
