import type { Lang } from '../../http/lang';
import type { ViolationCount } from '../../services/violations';

const TEXT = {
  'zh-CN': {
    title: '举报显示的违规行为',
    intro: '以下是举报人描述的情况所违反的催收规则，每条都注明出处。规则按来电号码所在地判断（中国号码按国内规范，美国号码按 Regulation F）。',
    reports: (n: number) => `${n} 条举报`,
    source: '出处',
    titleOnly: '（仅核对了文件名称和发布机构，条文未逐字核对）',
  },
  en: {
    title: 'Rules the reports say were broken',
    intro: 'What reporters describe breaks these collection rules, each with its source. Rules follow the number\'s country: Chinese guidance for Chinese numbers, Regulation F for US numbers.',
    reports: (n: number) => (n === 1 ? '1 report' : `${n} reports`),
    source: 'Source',
    titleOnly: ' (only the document and its issuer were checked, not the wording of the provision)',
  },
};

/** The conduct rules reports say a caller broke, each explained with its source; nothing when there are none. */
export function ViolationList({ lang, violations, id = 'violations' }: { lang: Lang; violations: ViolationCount[]; id?: string }) {
  if (!violations.length) return null;
  const t = TEXT[lang];
  return (
    <section class="card violations" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p class="hint">{t.intro}</p>
      <ul class="plain">
        {violations.map((v) => (
          <li class="violation" data-rule={v.rule}>
            <strong>{v.label}</strong> <span class="muted">· {t.reports(v.reports)}</span>
            <p>{v.explanation}</p>
            <p class="hint">
              {t.source}: <a href={v.source.url} rel="noopener noreferrer external">{v.source.title}</a> · {v.source.issuer}
              {v.source.verified === 'title' ? t.titleOnly : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
