/// The site's one stylesheet (screen and print) and its one script. The script only adds the
/// search box on the home page and the filter boxes of long tables; every page reads the same
/// without it. It is a classic script: no modules, `fetch` or workers, which browsers refuse
/// on `file://`.
enum SiteAssets {
  static let stylesheet = """
    :root { --ink: #1b1f24; --muted: #555d66; --line: #d0d7de; --link: #0a58ca; --bg: #ffffff;
      --soft: #f4f6f8; --ok: #14532d; --ok-bg: #e7f5ec; --gap: #8b1a1a; --gap-bg: #fdecec;
      --exempt: #6b4b00; --exempt-bg: #fff4d6; }
    * { box-sizing: border-box; }
    html { font-size: 100%; }
    body { margin: 0; color: var(--ink); background: var(--bg); line-height: 1.5;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    a { color: var(--link); }
    a:focus-visible, input:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; }
    .skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: 0.5rem; }
    .skip:focus { left: 0.5rem; z-index: 2; }
    header.site { background: #12355b; color: #fff; padding: 0.6rem 1.5rem; }
    header.site a { color: #fff; }
    header.site .brand { margin: 0; font-weight: 700; font-size: 1.1rem; }
    header.site .scope { font-weight: 400; color: #dce7f3; font-size: 0.9rem; }
    header.site nav ul { list-style: none; margin: 0.3rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1.1rem; }
    header.site nav a { text-decoration: none; font-size: 0.95rem; }
    header.site nav a:hover, header.site nav a[aria-current] { text-decoration: underline; }
    main { max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; }
    h1 { font-size: 1.8rem; margin: 0.2rem 0 1rem; line-height: 1.25; }
    h1 .name { display: block; font-weight: 400; font-size: 1.25rem; color: var(--muted); }
    h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--line); }
    h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
    .kind { margin: 0.5rem 0 0; text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; color: var(--muted); }
    .lead { font-size: 1.1rem; max-width: 50rem; }
    .muted, .defined, .none { color: var(--muted); }
    .defined { font-size: 0.9rem; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.5rem; margin: 0; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; }
    table { border-collapse: collapse; margin: 0.4rem 0 1rem; font-size: 0.93rem; }
    th, td { border: 1px solid var(--line); padding: 0.3rem 0.55rem; text-align: left; vertical-align: top; }
    thead th { background: var(--soft); }
    tfoot th, tfoot td { background: var(--soft); font-weight: 600; }
    .wide { overflow-x: auto; }
    table.dashboard { font-size: 0.85rem; }
    table.dashboard td { text-align: center; white-space: nowrap; }
    table.dashboard td.list { white-space: normal; min-width: 7rem; max-width: 11rem; }
    table.dashboard thead th { vertical-align: bottom; }
    table.dashboard tbody th { font-weight: 400; min-width: 13rem; }
    .row-name { display: block; color: var(--muted); font-size: 0.8rem; }
    td.ok { background: var(--ok-bg); color: var(--ok); }
    td.gap, span.gap { background: var(--gap-bg); color: var(--gap); font-weight: 600; }
    td.exempt, span.exempt { background: var(--exempt-bg); color: var(--exempt); }
    td.partial { background: var(--gap-bg); color: var(--gap); }
    td.gap a { color: var(--gap); }
    td.exempt a { color: var(--exempt); }
    span.gap, span.exempt { padding: 0 0.3rem; border-radius: 3px; }
    .unknown { color: var(--gap); text-decoration: underline dotted; }
    ul.links { padding-left: 1.2rem; }
    ul.columns { columns: 18rem; }
    ul.cards { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.6rem; }
    ul.cards a { display: block; padding: 0.5rem 0.9rem; border: 1px solid var(--line); border-radius: 6px; text-decoration: none; background: var(--soft); }
    ul.cards .n { font-weight: 700; font-size: 1.2rem; margin-right: 0.3rem; color: var(--ink); }
    ol.sources li { margin-bottom: 0.3rem; }
    table.findings p { margin: 0; }
    table.findings .rule { font-size: 0.85rem; color: var(--muted); }
    table.findings .where { font-size: 0.8rem; color: var(--muted); word-break: break-all; }
    tr.suppressed { color: var(--muted); }
    tr:target { outline: 3px solid #f0b400; }
    .sev { display: inline-block; padding: 0 0.4rem; border-radius: 3px; font-size: 0.8rem; font-weight: 600; }
    .sev-error { background: #8b1a1a; color: #fff; }
    .sev-warning { background: #7a4d00; color: #fff; }
    .sev-info { background: #1d4f91; color: #fff; }
    .sev-hint { background: #4a525a; color: #fff; }
    form#search { margin: 1rem 0; padding: 0.8rem 1rem; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
    form#search label, p.filter label { font-weight: 600; margin-right: 0.5rem; }
    input[type=search] { font: inherit; padding: 0.35rem 0.5rem; border: 1px solid #6e7781; border-radius: 4px; width: min(30rem, 100%); }
    #search-results { margin: 0.4rem 0 0; }
    figure.diagram { margin: 1rem 0; overflow-x: auto; }
    figure.diagram figcaption { color: var(--muted); font-size: 0.9rem; }
    details summary { cursor: pointer; color: var(--link); }
    article.rule h2 { font-size: 1.1rem; }
    footer { max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--line); }
    [hidden] { display: none !important; }
    @media print {
      header.site nav, .skip, .filter, form#search { display: none !important; }
      header.site { background: none; color: #000; padding: 0; border-bottom: 1px solid #000; }
      header.site a { color: #000; }
      body { font-size: 10.5pt; }
      main, footer { max-width: none; padding: 0; }
      a { color: #000; text-decoration: none; }
      .wide { overflow: visible; }
      tr, dl.facts dt, dl.facts dd { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
      details > *:not(summary) { display: block; }
      figure.diagram svg { max-width: 100%; height: auto; }
      td.ok, td.gap, td.exempt, td.partial, .sev { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }

    """

  static let script = """
    (function () {
      "use strict";
      function words(text) {
        return text.toLowerCase().split(/\\s+/).filter(function (w) { return w.length > 0; });
      }
      function matches(text, wanted) {
        var hay = text.toLowerCase();
        return wanted.every(function (w) { return hay.indexOf(w) >= 0; });
      }
      var boxes = document.querySelectorAll("input[data-filter]");
      Array.prototype.forEach.call(boxes, function (box) {
        var table = document.getElementById(box.getAttribute("data-filter"));
        if (!table || !table.tBodies.length) { return; }
        box.parentNode.hidden = false;
        box.addEventListener("input", function () {
          var wanted = words(box.value);
          Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
            row.hidden = wanted.length > 0 && !matches(row.textContent, wanted);
          });
        });
      });
      var form = document.getElementById("search");
      var index = window.MHHS_SEARCH;
      if (!form || !index) { return; }
      var input = document.getElementById("search-input");
      var list = document.getElementById("search-results");
      var status = document.getElementById("search-status");
      form.hidden = false;
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var first = list.querySelector("a");
        if (first) { window.location.href = first.href; }
      });
      input.addEventListener("input", function () {
        var wanted = words(input.value);
        list.textContent = "";
        status.textContent = "";
        if (!wanted.length) { return; }
        var exact = [], other = [];
        index.forEach(function (entry) {
          if (!matches(entry[0] + " " + entry[1], wanted)) { return; }
          (entry[0].toLowerCase() === input.value.trim().toLowerCase() ? exact : other).push(entry);
        });
        var found = exact.concat(other);
        found.slice(0, 50).forEach(function (entry) {
          var item = document.createElement("li");
          var link = document.createElement("a");
          link.href = entry[3];
          link.textContent = entry[0];
          item.appendChild(link);
          item.appendChild(document.createTextNode((entry[1] ? " " + entry[1] : "") + " (" + entry[2] + ")"));
          list.appendChild(item);
        });
        status.textContent = found.length === 0 ? "Nothing found." :
          found.length > 50 ? found.length + " found; the first 50 are shown." :
          found.length + (found.length === 1 ? " found." : " found.");
      });
    })();

    """
}
