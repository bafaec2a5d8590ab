namespace Bridge.Worker.Reporting.Web;

/// <summary>
/// The report pages' stylesheet. Contrast (WCAG 2.1 AA asks 4.5:1 for text, 3:1 for bars and the focus ring):
/// light — text #17202b on #ffffff 16.4:1, muted #4a5564 on #ffffff 7.6:1, links #0b57b0 on #ffffff 7.0:1, bars #0b63c5
/// on #ffffff 5.8:1, problem #9b1c1c on #fdecec 7.1:1; dark — text #e6edf3 on #18202a 13.9:1, muted #a8b3c1 on #18202a
/// 7.7:1, links and bars #8cc4ff on #18202a 8.9:1, problem #ffd2d2 on #3a1717 11.9:1. Focus: a 3 px outline in the link colour.
/// </summary>
internal static class ReportStyles
{
    public const string Css = """
        :root{color-scheme:light dark;--bg:#f3f5f8;--card:#fff;--text:#17202b;--muted:#4a5564;--line:#d5dbe3;--link:#0b57b0;--bar:#0b63c5;--bad:#9b1c1c;--badbg:#fdecec}
        @media (prefers-color-scheme:dark){:root{--bg:#10151c;--card:#18202a;--text:#e6edf3;--muted:#a8b3c1;--line:#334155;--link:#8cc4ff;--bar:#8cc4ff;--bad:#ffd2d2;--badbg:#3a1717}}
        *{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--text);font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
        a{color:var(--link)}a:focus-visible,button:focus-visible,input:focus-visible,.scroll:focus-visible{outline:3px solid var(--link);outline-offset:2px}
        .skip{position:absolute;left:-999px;top:0;background:var(--card);padding:.5rem 1rem}.skip:focus{left:.5rem}
        header,main,footer{max-width:70rem;margin:0 auto;padding:.5rem 1rem}
        nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}nav a[aria-current]{font-weight:700;text-decoration:none}
        h1{font-size:1.45rem;margin:.6rem 0 .3rem}h2{font-size:1.1rem;margin:.2rem 0 .6rem}.lead{margin-top:0}.muted,.note{color:var(--muted)}
        .reports{list-style:none;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr))}
        .reports li,section.table{background:var(--card);border:1px solid var(--line);border-radius:.6rem;padding:1rem 1.1rem;margin-bottom:1rem}
        form.period{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin:.5rem 0}form.period label{display:block;font-weight:600}
        input{font:inherit;padding:.35rem .5rem;border:1px solid var(--muted);border-radius:.35rem;background:var(--card);color:var(--text)}
        button{font:inherit;font-weight:700;padding:.45rem 1rem;border-radius:.4rem;border:2px solid var(--link);background:var(--link);color:var(--card);cursor:pointer}
        .problem{color:var(--bad);background:var(--badbg);padding:.6rem .8rem;border-radius:.4rem}
        .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%}th,td{padding:.3rem .55rem;border-bottom:1px solid var(--line);vertical-align:top}
        th.text,td.text{text-align:left}th.num,td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}thead th{border-bottom:2px solid var(--muted)}
        figure.chart{margin:0 0 .8rem}figure.chart figcaption{color:var(--muted);font-size:.9rem}
        svg .bar{fill:var(--bar)}svg .axis{stroke:var(--muted);stroke-width:1}svg text{fill:var(--text);font-size:13px;font-family:inherit}
        @media print{:root{--bg:#fff;--card:#fff;--text:#000;--muted:#333;--link:#000;--bar:#555}header,form.period,.csv,.skip{display:none}section.table{break-inside:avoid;border:0;padding:0}}
        """;
}
