namespace Bridge.Worker.StatusPage;

/// <summary>
/// The page's only stylesheet, inline: the bridge may run where there is no internet, so nothing is fetched.
/// Light and dark follow the viewer's system setting; one column on a phone, two from 900 px.
/// </summary>
/// <remarks>
/// Contrast (WCAG 2.1 AA: text 4.5:1, the focus ring 3:1 against what it sits on), light / dark:
/// badges and tinted rows: warn #7d5400 on #fff4d1 6.09 / #e3b341 on #332a10 7.29 (the old #9a6700 was 4.43);
/// crit #c4231c on #ffeceb 5.12 / #ff7b72 on #3d1614 6.29; ok #166c30 on #e7f5ec 5.79 (the old #1a7f37 was 4.52) /
/// #4ac26b on #12301d 6.29; info #0b63c5 on #e6f0fc 5.06 / #6cb6ff on #112a45 6.78; muted #5b6675 on #f6f8fa 5.48,
/// on #f3f5f8 5.34, on #fff 5.83 / #93a0b0 on #1b2430 5.89, on #161d26 6.38, on #0e131a 7.01.
/// Header (dark in both): #a9b4c2 on #16202c 7.83 / on #0a0f15 9.15; "After hours" #e4dcff on #3b2f63 9.01;
/// "Business hours" and "All systems normal" #cdf3d9 on #1f4f33 7.83; "Needs attention" #ffe9a6 on #5c4405 7.64;
/// problems #fff on #8e1a14 9.10. Links and the focus ring: #0b63c5 on #fff 5.82, on #f3f5f8 5.33, on #fff4d1 5.30,
/// on #ffeceb 5.12 / #6cb6ff on #161d26 7.89, on #0e131a 8.67, on #332a10 6.61, on #3d1614 7.39. The pressed pause
/// button: #fff on #0b63c5 5.82 / #161d26 on #6cb6ff 7.89.
/// Colour is never alone: every dot, border and tint stands beside a word (a badge, a count, a heading note).
/// </remarks>
internal static class StatusPageStyles
{
    public const string Css = """
        :root{color-scheme:light dark;--bg:#f3f5f8;--card:#fff;--ink:#17202b;--muted:#5b6675;--line:#e2e6ec;--soft:#f6f8fa;--focus:#0b63c5;
        --ok:#166c30;--ok-bg:#e7f5ec;--warn:#7d5400;--warn-bg:#fff4d1;--crit:#c4231c;--crit-bg:#ffeceb;
        --info:#0b63c5;--info-bg:#e6f0fc;--head:#16202c;--head-ink:#f4f7fa;--head-muted:#a9b4c2}
        @media (prefers-color-scheme:dark){:root{--bg:#0e131a;--card:#161d26;--ink:#e6ebf1;--muted:#93a0b0;--line:#263140;--soft:#1b2430;
        --ok:#4ac26b;--ok-bg:#12301d;--warn:#e3b341;--warn-bg:#332a10;--crit:#ff7b72;--crit-bg:#3d1614;--info:#6cb6ff;--info-bg:#112a45;--head:#0a0f15;--focus:#6cb6ff}}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        a{color:var(--info)}
        :focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
        .sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
        h1.brand{margin:0;font-size:inherit;font-weight:inherit}
        main{max-width:1600px;margin:0 auto}
        .updates{display:flex;flex-wrap:wrap;align-items:center;gap:.35rem .9rem;padding:.6rem 1.25rem 0;color:var(--muted);font-size:.85rem}
        .updates button{font:inherit;font-weight:600;color:var(--ink);background:var(--card);border:1px solid var(--muted);border-radius:6px;padding:.25rem .7rem;cursor:pointer}
        .updates button[aria-pressed=true]{background:var(--focus);border-color:var(--focus);color:var(--card)}
        .updates button[aria-pressed=true]::before{content:"\2713  "}
        #update-news:empty{display:none}
        #update-news{color:var(--ink);font-weight:600}
        .top{display:grid;grid-template-columns:auto 1fr auto;grid-template-areas:"brand now overall";align-items:center;gap:.5rem 1.5rem;padding:.75rem 1.25rem;background:var(--head);color:var(--head-ink)}
        .brand{grid-area:brand}.now{grid-area:now}.overall{grid-area:overall;justify-self:end}
        @media (max-width:700px){.top{grid-template-columns:1fr auto;grid-template-areas:"brand overall" "now now"}.brand-what{display:none}}
        .brand{display:flex;align-items:baseline;gap:.5rem}
        .mark{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;background:#4ac26b;box-shadow:0 0 0 3px rgba(255,255,255,.12);align-self:center}
        .top.lvl-warn .mark{background:#e3b341}.top.lvl-crit .mark{background:#ff7b72}
        .brand-name{font-weight:700;font-size:1.15rem;letter-spacing:.02em}
        .brand-what{color:var(--head-muted);font-size:.85rem}
        .now{display:flex;flex-wrap:wrap;align-items:baseline;gap:.35rem .6rem}
        .now .date{color:var(--head-muted)}
        .now .clock{font-size:1.35rem;font-weight:700;font-variant-numeric:tabular-nums}
        .now .zone{color:var(--head-muted);font-size:.85rem;margin-right:.4rem}
        .hours{font-weight:600;padding:.1rem .55rem;border-radius:999px;font-size:.85rem}
        .hours.closed{background:#3b2f63;color:#e4dcff}
        .hours.open{background:#1f4f33;color:#cdf3d9}
        .hours-next{color:var(--head-muted);font-size:.85rem}
        .overall{font-weight:700;padding:.35rem .85rem;border-radius:999px;font-size:.9rem;white-space:nowrap}
        .overall.lvl-ok,.overall.lvl-none{background:#1f4f33;color:#cdf3d9}
        .overall.lvl-warn{background:#5c4405;color:#ffe9a6}
        .overall.lvl-crit{background:#8e1a14;color:#fff}
        .attention{list-style:none;margin:0;padding:.5rem 1.25rem;display:flex;flex-direction:column;gap:.25rem}
        .attention li{padding:.45rem .75rem;border-radius:8px;font-weight:600;border-left:4px solid}
        .attention li.lvl-warn{background:var(--warn-bg);color:var(--warn)}
        .attention li.lvl-crit{background:var(--crit-bg);color:var(--crit)}
        .attention a{color:inherit}
        .grid{display:grid;grid-template-columns:1fr;gap:1rem;padding:1rem 1.25rem}
        @media (min-width:900px){.grid{grid-template-columns:minmax(0,2.2fr) minmax(300px,1fr)}}
        .col{display:flex;flex-direction:column;gap:1rem;min-width:0}
        .card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:.9rem 1rem 1rem;border-top:4px solid var(--line)}
        .card.lvl-ok{border-top-color:var(--ok)}
        .card.lvl-warn{border-top-color:var(--warn)}
        .card.lvl-crit{border-top-color:var(--crit)}
        h2{margin:0 0 .7rem;font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);display:flex;justify-content:space-between;gap:1rem}
        h2 .note{text-transform:none;letter-spacing:0;font-weight:500}
        .empty{margin:.25rem 0;color:var(--muted)}
        .rel{color:var(--muted);font-size:.85em;white-space:nowrap}
        time{font-variant-numeric:tabular-nums;white-space:nowrap}
        .badge{display:inline-block;font-size:.75rem;font-weight:700;padding:.12rem .5rem;border-radius:6px;white-space:nowrap;vertical-align:1px}
        .b-crit{background:var(--crit-bg);color:var(--crit)}
        .b-warn{background:var(--warn-bg);color:var(--warn)}
        .b-ok{background:var(--ok-bg);color:var(--ok)}
        .b-info{background:var(--info-bg);color:var(--info)}
        .b-muted{background:var(--soft);color:var(--muted);border:1px solid var(--line)}
        .dot{display:inline-block;width:.6rem;height:.6rem;border-radius:50%;margin-right:.45rem;vertical-align:1px;background:var(--muted)}
        .dot.lvl-ok{background:var(--ok)}.dot.lvl-warn{background:var(--warn)}.dot.lvl-crit{background:var(--crit)}
        .schedules{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:.75rem}
        .schedule{border:1px solid var(--line);border-radius:10px;padding:.75rem .9rem;background:var(--soft);display:grid;grid-template-columns:1fr;gap:.55rem 1.25rem}
        .schedule .label{font-size:.8rem;color:var(--muted);font-weight:600}
        .schedule .who{font-size:1.5rem;font-weight:700;line-height:1.2;margin:.15rem 0 .2rem}
        .schedule .who small{font-size:.8rem;font-weight:500;color:var(--muted);margin-left:.35rem}
        .schedule .who.gap{color:var(--crit)}
        .schedule .who.off{color:var(--muted);font-size:1.2rem}
        .schedule .span{font-size:.9rem}
        .schedule .next{margin:0;padding:.5rem 0 0;border-top:1px dashed var(--line);list-style:none;font-size:.9rem;display:flex;flex-direction:column;justify-content:center;gap:.3rem}
        .schedule .next li{display:grid;grid-template-columns:5.4rem minmax(0,1fr) auto;gap:0 .5rem;align-items:baseline}
        .schedule .next .tag{color:var(--muted);font-size:.8rem}
        .schedule .next .name{font-weight:600}
        .schedule .next .at{text-align:right}
        @media (min-width:1100px){.schedule{grid-template-columns:minmax(0,1fr) minmax(330px,1.15fr)}.schedule .next{margin:0;padding:0 0 0 1.25rem;border-top:0;border-left:1px dashed var(--line)}}
        @media (max-width:600px){.schedule .next li{grid-template-columns:5.4rem minmax(0,1fr)}.schedule .next .at{grid-column:2;text-align:left;font-size:.85rem}}
        .rows{list-style:none;margin:0;padding:0}
        .rows>li{padding:.6rem 0;border-top:1px solid var(--line)}
        .rows>li:first-child{border-top:0;padding-top:.1rem}
        .head{display:grid;grid-template-columns:auto minmax(0,1fr) auto;grid-template-areas:"badge title when";align-items:baseline;gap:.2rem .6rem}
        .head .badge{grid-area:badge}.head .title{grid-area:title}.head .when{grid-area:when;font-size:.9rem}
        @media (max-width:600px){.head{grid-template-columns:auto 1fr;grid-template-areas:"badge when" "title title"}.head .when{justify-self:end}}
        .decisions>li.page-now{border-left:3px solid var(--crit);padding-left:.7rem;margin-left:-.2rem}
        .incidents>li[data-state=Triggered]{border-left:3px solid var(--crit);padding-left:.7rem;margin-left:-.2rem}
        .incidents .next b{color:var(--crit)}
        details.closed{margin-top:.6rem}
        details.closed .rows{color:var(--ink);font-size:.9rem}
        .counts{list-style:none;margin:0 0 .5rem;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(6.5rem,1fr));gap:.35rem}
        .counts li{padding:.3rem .5rem;border-radius:8px;background:var(--soft);font-size:.85rem}
        .counts li b{font-size:1.05rem;margin-right:.25rem;font-variant-numeric:tabular-nums}
        .counts li.zero{color:var(--muted)}
        .counts li.lvl-warn{background:var(--warn-bg);color:var(--warn)}
        .counts li.lvl-crit{background:var(--crit-bg);color:var(--crit)}
        .ticket{font-weight:700;font-variant-numeric:tabular-nums}
        .summary{font-weight:600;overflow-wrap:anywhere}
        .facts{display:flex;flex-wrap:wrap;gap:.2rem .9rem;margin:.2rem 0 0;font-size:.85rem;color:var(--muted)}
        .facts b{color:var(--ink);font-weight:600}
        .why{margin:.3rem 0 0;font-size:.88rem;color:var(--ink)}
        .why .arrow{color:var(--muted);margin:0 .3rem}
        details{margin-top:.25rem;font-size:.82rem;color:var(--muted)}
        summary{cursor:pointer}
        details ol{margin:.3rem 0 0;padding-left:1.3rem}
        details code{font-size:.78rem;background:var(--soft);padding:0 .25rem;border-radius:4px}
        .changes>li{display:grid;grid-template-columns:8.5rem minmax(0,1fr) auto;gap:.2rem .75rem;align-items:baseline}
        .changes .what{font-size:.9rem;color:var(--muted)}
        .changes .what b{color:var(--ink);font-weight:600}
        @media (max-width:600px){.changes>li{grid-template-columns:1fr auto}.changes .when{grid-column:1/-1;order:-1;font-size:.85rem}}
        .checks{list-style:none;margin:0;padding:0}
        .checks li{padding:.45rem 0;border-top:1px solid var(--line)}
        .checks li:first-child{border-top:0;padding-top:0}
        .checks .title{font-weight:600}
        .checks .detail{display:block;margin-left:1.05rem;font-size:.85rem;color:var(--muted);overflow-wrap:anywhere}
        .muted{color:var(--muted);font-size:.85rem}
        footer{padding:.5rem 1.25rem 1.5rem;color:var(--muted);font-size:.8rem;text-align:center}
        @media (max-width:600px){body{font-size:14px}.top{padding:.6rem .9rem}.updates{padding:.5rem .6rem 0}.attention{padding:.5rem .6rem}.grid{padding:.75rem .6rem;gap:.75rem}.card{padding:.75rem .8rem .85rem}}
        """;
}
