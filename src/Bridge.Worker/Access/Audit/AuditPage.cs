using System.Globalization;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.Access.Audit;

/// <summary>The admins' view of the audit trail: a filter form (actor, action prefix) over a table, newest first, times in UTC.</summary>
internal static class AuditPage
{
    private const string Css = """
        *{box-sizing:border-box}body{margin:0;background:#f3f5f8;color:#17202b;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
        @media (prefers-color-scheme:dark){body{background:#0e131a;color:#e6ebf1}table,form{background:#161d26!important;border-color:#263140!important}th{color:#93a0b0!important}}
        main{max-width:72rem;margin:0 auto;padding:1rem}h1{font-size:1.3rem;margin:.2rem 0 .8rem}
        form{display:flex;flex-wrap:wrap;gap:.6rem;align-items:end;background:#fff;border:1px solid #e2e6ec;border-radius:.6rem;padding:.8rem;margin-bottom:1rem}
        label{display:flex;flex-direction:column;color:#5b6675;font-size:.9rem}input{font:inherit;padding:.4rem;border:1px solid #c9d1db;border-radius:.35rem}
        button{font:inherit;font-weight:600;padding:.45rem 1rem;border:0;border-radius:.35rem;background:#0b63c5;color:#fff}
        table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #e2e6ec}th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #e2e6ec;vertical-align:top}
        th{color:#5b6675;font-weight:600}td{overflow-wrap:anywhere}.none{color:#5b6675}
        """;

    public static string Render(IReadOnlyList<AuditEntry> entries, AuditQuery query)
    {
        var body = HtmlWriter.Build(html =>
        {
            html.Append($"<h1>Audit trail</h1>");
            html.Append($"<form method=\"get\" action=\"/audit\"><label>Actor<input name=\"actor\" value=\"{query.Actor ?? ""}\"></label>");
            html.Append($"<label>Action starts with<input name=\"action\" value=\"{query.ActionPrefix ?? ""}\" placeholder=\"incident.\"></label>");
            html.Append($"<label>At most<input name=\"limit\" type=\"number\" min=\"1\" max=\"{AuditQuery.MaxLimit}\" value=\"{query.Limit}\"></label><button>Show</button></form>");
            if (entries.Count == 0)
            {
                html.Append($"<p class=\"none\" id=\"empty\">Nothing recorded that matches.</p>");
                return;
            }

            html.Append($"<table id=\"audit\"><thead><tr><th>When (UTC)</th><th>Who</th><th>Action</th><th>On</th><th>Via</th><th>Detail</th></tr></thead><tbody>");
            foreach (var entry in entries)
            {
                var at = entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                html.Append($"<tr><td>{at}</td><td>{entry.Actor}</td><td>{entry.Action}</td><td>{entry.Subject}</td><td>{entry.Via ?? ""}</td><td>{entry.Detail ?? ""}</td></tr>");
            }

            html.Append($"</tbody></table>");
        });
        return HtmlWriter.Build(html => html.Append(
            $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>Audit trail · Bridge</title><style>{new HtmlFragment(Css)}</style></head><body><main>{body}</main></body></html>")).Markup;
    }
}
