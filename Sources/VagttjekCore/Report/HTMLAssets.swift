/// The HTML report's legend, style sheet and filter script.
extension HTMLReport {
    static func legend(_ da: Bool) -> String {
        var s = "<p class=\"legend\">"
        let items: [(String, String)] = [
            ("k-work", da ? "arbejde" : "work"), ("k-oncall-workplace", da ? "sovevagt" : "sleeping night watch"),
            ("k-oncall-home", da ? "rådighed hjemme" : "on-call at home"), ("k-vacation", da ? "fravær" : "absence"),
            ("night", da ? "natperiode" : "night period"), ("weekend", "weekend"), ("holiday", da ? "helligdag" : "public holiday"),
            ("f-error", da ? "fejl" : "error"), ("f-warning", da ? "advarsel" : "warning"), ("f-info", "info"),
        ]
        for (cls, word) in items {
            s += "<span><svg width=\"14\" height=\"10\"><rect class=\"\(cls)\" width=\"14\" height=\"10\"/></svg> \(word)</span> "
        }
        return s + "</p>\n"
    }

    static let style = """
        body { font-family: system-ui, sans-serif; margin: 1.5em; color: #1b1b1b; max-width: 1100px; }
        h1 { font-size: 1.5em; margin: 0 0 .2em; } h2 { font-size: 1.2em; margin-top: 1.5em; } h3 { font-size: 1em; margin: .2em 0; }
        .meta { color: #555; margin: 0; } .totals { font-size: 1.15em; font-weight: 600; }
        span.error, td.error, li.error .sev { color: #b00020; } span.warning, td.warning, li.warning .sev { color: #8a5300; }
        span.info, td.info, li.info .sev { color: #1d5fa8; }
        .clear { color: #1b6e2b; font-weight: 600; }
        table { border-collapse: collapse; font-size: .92em; } th, td { border-bottom: 1px solid #ddd; padding: .25em .6em; text-align: left; vertical-align: top; }
        td.n, th.n { text-align: right; }
        article.employee { border-top: 1px solid #ccc; padding: .5em 0; }
        .name { font-weight: normal; } .facts { margin: .1em 0; color: #444; font-size: .9em; }
        ol.findings { margin: .3em 0; padding-left: 1.4em; font-size: .92em; } ol.findings li { margin: .25em 0; }
        .sev { font-weight: 600; text-transform: uppercase; font-size: .85em; } .when, .value { color: #333; }
        svg.timeline { width: 100%; height: auto; display: block; } svg text { font-size: 8px; fill: #666; }
        .legend span { margin-right: 1em; font-size: .85em; white-space: nowrap; }
        .weekend { fill: #eeeeee; } .holiday { fill: #fff1c2; } .night { fill: #2b2f4a; fill-opacity: .12; }
        .k-work, .k-callout { fill: #3b6fb6; } .k-course { fill: #5a8f3c; } .k-oncall-workplace { fill: #7b4fa0; } .k-oncall-home { fill: #c3a6dc; }
        .k-vacation, .k-sick, .k-timeoff, .k-seniorday, .k-leave, .k-dayoff { fill: #9aa5a0; }
        .f-error { fill: #d0021b; } .f-warning { fill: #f5a623; } .f-info { fill: #4a90d9; }
        .more, .none { color: #555; font-size: .9em; }
        .badge { font-size: .75em; font-weight: 600; border-radius: .8em; padding: .05em .55em; margin-left: .3em; border: 1px solid; }
        .badge.error { color: #b00020; } .badge.warning { color: #8a5300; } .badge.info { color: #1d5fa8; }
        #fix-first { border: 2px solid #b00020; border-radius: 6px; padding: .2em 1em .6em; margin-top: 1em; }
        #fix-first h2 { color: #b00020; margin-top: .6em; } #fix-first h3 { margin-top: .6em; } .count { color: #b00020; font-size: .9em; }
        .shifts { display: none; }
        @media print {
          @page { size: A4 landscape; margin: 12mm; }
          body { margin: 0; max-width: none; font-size: 10pt; } .filterbox { display: none; }
          article.employee { break-inside: avoid; page-break-inside: avoid; }
          .shifts { display: block; font-size: 8pt; color: #333; margin: .1em 0; }
        }

        """

    static let script = """
        (function () {
          var box = document.getElementById('filter');
          if (!box) { return; }
          box.addEventListener('input', function () {
            var q = box.value.toLowerCase();
            var blocks = document.querySelectorAll('article.employee');
            for (var i = 0; i < blocks.length; i++) {
              blocks[i].hidden = q.length > 0 && blocks[i].getAttribute('data-search').indexOf(q) < 0;
            }
          });
        })();

        """
}
