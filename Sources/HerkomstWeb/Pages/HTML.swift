/// Minimal, safe HTML building: every interpolated value goes through `escape`.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    static func escape(_ text: String?) -> String { text.map(escape) ?? "" }

    static func page(title: String, notice: String?, body: String) -> String {
        """
        <!doctype html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) — Herkomst</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #1b1b1b; }
        .notice { background: #fff4ce; border-left: 4px solid #8a6d00; padding: .5rem 1rem; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .95rem; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { border-bottom: 1px solid #ccc; padding: .3rem .5rem; text-align: left; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        .risk { color: #a4000f; font-weight: bold; }
        nav.pager a { margin-right: 1rem; }
        a { color: #0b4f9c; }
        a:focus, button:focus, input:focus { outline: 3px solid #ffbf47; }
        </style>
        </head>
        <body>
        \(notice.map { "<p class=\"notice\" role=\"note\">\(escape($0))</p>" } ?? "")
        \(body)
        </body>
        </html>
        """
    }
}
