/**
 * The site's one stylesheet, served from /assets/site.css (the CSP allows no inline styles).
 * Mobile first; every colour pair meets WCAG AA contrast.
 */
export const siteCss = `
:root{--fg:#1b1f24;--muted:#4b5563;--bg:#f6f7f9;--card:#fff;--line:#d6dae0;--link:#0b57d0;--focus:#ff9f1a;
--official:#0b5394;--likely_legitimate:#1e6b34;--unknown:#4a4f57;--suspicious:#8a4b00;--likely_scam:#b3261e}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:.5rem}
header.site{background:#102a43;color:#fff}
header.site .bar{max-width:880px;margin:0 auto;padding:.6rem 1rem;display:flex;align-items:center;gap:1rem;flex-wrap:wrap}
header.site a{color:#fff;text-decoration:none}
header.site .brand{font-weight:700;font-size:1.15rem;margin-right:auto}
header.site .lang{border:1px solid #9fb3c8;border-radius:4px;padding:.15rem .6rem}
main{max-width:880px;margin:0 auto;padding:1rem}
main:focus{outline:none}
footer.site{max-width:880px;margin:2rem auto 0;padding:1rem;color:var(--muted);font-size:.875rem;border-top:1px solid var(--line)}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem;overflow-wrap:anywhere}
h2{font-size:1.2rem;margin:0 0 .6rem}
h3{font-size:1rem;margin:1rem 0 .4rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem;margin:0 0 1rem}
.muted{color:var(--muted)}
.search{display:flex;gap:.5rem;flex-wrap:wrap;align-items:flex-end}
.search .field{flex:1 1 14rem;display:flex;flex-direction:column}
label{font-weight:600}
input[type=text],input[type=search],input[type=datetime-local],input[type=number],select,textarea{font:inherit;width:100%;padding:.55rem .6rem;border:1px solid #767d87;border-radius:6px;background:#fff;color:var(--fg)}
textarea{min-height:6rem;resize:vertical}
button,.button{font:inherit;font-weight:600;background:#0b57d0;color:#fff;border:0;border-radius:6px;padding:.6rem 1.1rem;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:#e8eef9;color:#0b3a8c}
button[disabled]{opacity:.7;cursor:wait}
.verdict{display:flex;align-items:center;gap:.75rem;flex-wrap:wrap;margin:.25rem 0 .75rem}
.badge{display:inline-flex;align-items:center;gap:.4rem;color:#fff;font-weight:700;font-size:1.1rem;border-radius:999px;padding:.3rem .9rem}
.badge .icon{display:inline-grid;place-items:center;width:1.4rem;height:1.4rem;border-radius:50%;background:rgba(255,255,255,.22);font-size:.9rem}
.badge.official{background:var(--official)}.badge.likely_legitimate{background:var(--likely_legitimate)}
.badge.unknown{background:var(--unknown)}.badge.suspicious{background:var(--suspicious)}.badge.likely_scam{background:var(--likely_scam)}
.card.verdict-official{border-top:6px solid var(--official)}.card.verdict-likely_legitimate{border-top:6px solid var(--likely_legitimate)}
.card.verdict-unknown{border-top:6px solid var(--unknown)}.card.verdict-suspicious{border-top:6px solid var(--suspicious)}
.card.verdict-likely_scam{border-top:6px solid var(--likely_scam)}
.meter{height:.6rem;background:#e5e7eb;border-radius:999px;overflow:hidden;max-width:20rem}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.5rem 1rem;margin:.5rem 0 0;padding:0}
.facts div{margin:0}.number-facts{margin:0 0 1rem}.facts dt{font-size:.8rem;color:var(--muted)}.facts dd{margin:0;font-weight:600}
ul.plain{list-style:none;margin:0;padding:0}
ul.plain>li{padding:.35rem 0;border-bottom:1px solid #eceef1}
ul.plain>li:last-child{border-bottom:0}
.recent-report .chips{margin:.3rem 0}
.reason{display:flex;gap:.5rem;align-items:baseline}
.reason .effect{flex:none;font-size:.75rem;font-weight:700;border-radius:4px;padding:0 .4rem;border:1px solid currentColor}
.effect.scam{color:var(--likely_scam)}.effect.legit{color:var(--likely_legitimate)}.effect.abuse{color:var(--suspicious)}
.advice li{padding:.4rem 0}
.call{display:inline-block;margin-left:.35rem;white-space:nowrap;font-weight:700}
.chips{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;margin:0;padding:0}
.chips li{background:#eef1f5;border-radius:999px;padding:.15rem .7rem;font-size:.9rem}
.chart{margin:.5rem 0}.chart svg{width:100%;height:auto;display:block}
.chart .bar{fill:#3f6fb5}.chart .bar.zero{fill:#d6dae0}.chart .axis{stroke:#9aa3ae}.chart text{fill:#4b5563;font-size:12px}
.comment{white-space:pre-wrap;overflow-wrap:anywhere;margin:.25rem 0 0}
.notice{border-radius:6px;padding:.7rem 1rem;margin:0 0 1rem;font-weight:600}
.notice{background:#eef1f5;border:1px solid var(--line)}
.notice.ok{background:#e3f4e8;color:#14532d;border:1px solid #8fd19e}
.notice.error{background:#fdecea;color:#8c1d18;border:1px solid #f3a59f}
form.report fieldset,form.dispute fieldset{border:1px solid var(--line);border-radius:6px;margin:0 0 .9rem;padding:.5rem .8rem .7rem}
form.report legend,form.dispute legend{font-weight:600;padding:0 .3rem}
form.report .row,form.dispute .row{margin:0 0 .9rem;display:flex;flex-direction:column;gap:.2rem}
.choices{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.15rem .75rem}
.choices label{font-weight:400;display:flex;gap:.45rem;align-items:flex-start;padding:.2rem 0}
.choices input{margin-top:.35rem;flex:none;width:1.05rem;height:1.05rem}
.hint{font-size:.85rem;color:var(--muted);font-weight:400}
pre.snippet{background:#0f172a;color:#e2e8f0;padding:.75rem;border-radius:6px;overflow-x:auto;font-size:.8rem;white-space:pre-wrap;overflow-wrap:anywhere}
.trending a{font-weight:600;text-decoration:none}
.trending .badge{font-size:.8rem;padding:.05rem .55rem;margin-left:.4rem}
.trending .count{color:var(--muted);font-size:.9rem;margin-left:.5rem}
ul.hotlines{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.1rem 1rem}
ul.hotlines li{padding:.3rem 0;border-bottom:1px solid #eceef1}
ol.guide{padding-left:1.3rem;margin:0}ol.guide li{margin:.3rem 0}
.grid2{display:grid;gap:1rem;margin:0 0 1rem}
@media (min-width:760px){.grid2{grid-template-columns:1fr 1fr;align-items:start}.grid2>.card{margin:0}}
.effect.note{color:var(--muted)}
.no-evidence{margin:.5rem 0 0}.no-evidence p{margin:.3rem 0}.no-evidence .lead{font-weight:700;font-size:1.05rem}
.explain{margin:.6rem 0 0;font-size:.9rem}
.notice.warning{background:#fff4e5;color:#6b3400;border:2px solid #b35c00}
.spoof h2{font-size:1.15rem;margin:0 0 .3rem;color:#7a2e00}.spoof p{margin:0 0 .6rem;font-weight:600}
.spoof .button{background:#b3261e}
.field-error{color:#8c1d18;font-weight:600;margin:0;font-size:.95rem}
.field-error::before{content:"⚠ ";speak:never}
[aria-invalid=true]{border-color:#b3261e;border-width:2px}
form.report fieldset.invalid,form.dispute fieldset.invalid{border-color:#b3261e;border-width:2px}
.error-summary:focus{outline:3px solid var(--focus);outline-offset:2px}
.error-summary ul{margin:.3rem 0 0;padding-left:1.2rem}.error-summary a{color:#8c1d18}
.own-report h2{font-size:1.15rem;margin:0 0 .4rem}.own-report .facts{margin:0 0 .5rem}
.own-actions{display:flex;flex-direction:column;gap:.5rem;margin-top:.6rem;border-top:1px solid #eceef1;padding-top:.6rem}
.own-actions p{margin:0}.own-actions .button{margin-left:.25rem;padding:.35rem .9rem}
ul.my-reports>li.card{border-bottom:1px solid var(--line);padding:1rem;margin:0 0 1rem}
.choices.single{grid-template-columns:1fr}
details#dispute summary{cursor:pointer}details#dispute[open] summary{margin-bottom:.5rem}
.code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-weight:400;overflow-wrap:anywhere}
.about-verdicts{margin:0}.about-verdicts div{padding:.45rem 0;border-bottom:1px solid #eceef1}.about-verdicts dd{margin:.3rem 0 0}
ol.verify-steps{list-style:none;margin:0;padding:0;counter-reset:step}ol.verify-steps>li{counter-increment:step}
ol.verify-steps>li>h2::before{content:counter(step) ". "}ul.questions{margin:.3rem 0 .9rem;padding-left:1.2rem;font-weight:600}ul.questions li{margin:.2rem 0}
.verify-link{margin:.4rem 0 1rem;font-weight:600}form.verify .call{font-size:1.1rem}
#agency-checks .check{font-weight:600}#agency-checks .check.not_listed{color:var(--likely_scam)}#agency-checks .check.listed{color:var(--likely_legitimate)}
body.embed{background:#fff}
body.embed main{padding:.5rem}
body.embed h1{font-size:1.2rem}
.circumstances{border:1px solid #d5d9df;border-radius:8px;padding:.6rem .8rem;margin:1rem 0}
.circumstances input[type=number]{max-width:8rem}
.violation{padding:.5rem 0;border-bottom:1px solid #eceef1}.violation p{margin:.25rem 0}
.complaint-nav{margin:.5rem 0 1rem}.complaint-nav a{background:#eef1f5;border-radius:999px;padding:.2rem .8rem;text-decoration:none}
.complaint-text{min-height:16rem;font-size:.95rem;line-height:1.5;margin:.3rem 0 .5rem}
.complaint .button{margin:.2rem 0}
`;
