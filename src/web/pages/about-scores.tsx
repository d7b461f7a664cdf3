import type { Verdict } from '../../domain/scoring';
import { VerdictBadge } from '../components/verdict-badge';
import { Layout } from '../layout';
import { href, type PageContext } from '../page-context';

interface Section {
  id: string;
  title: string;
  paragraphs: string[];
}

interface AboutText {
  title: string;
  intro: string;
  verdictsTitle: string;
  verdicts: Record<Verdict, string>;
  oneReport: string;
  sections: Section[];
  alwaysTitle: string;
  always: string[];
  back: string;
}

const zh: AboutText = {
  title: '这些结果是什么意思？',
  intro: '我们根据大家的举报和公开的官方号码，估计一个来电号码是正规催收，还是冒充催收的诈骗。结果只是参考，不能代替你自己核实。',
  verdictsTitle: '结论',
  verdicts: {
    official: '登记在册的银行、贷款平台或监管机构的号码，每个都注明了来源。但来电显示可以伪造：看到官方号码打来，也请挂断后自己回拨。',
    likely_legitimate: '几位互不相关的举报人都说，对方报得出工号和公司全称，官方客服也确认过。',
    unknown: '举报太少，或者大家说法不一，暂时下不了结论。',
    suspicious: '已经有诈骗迹象，但还不够多、不够一致。',
    likely_scam: '几位互不相关的举报人都反映了诈骗的迹象，例如要求转账到个人账户、官方客服说不是他们打的。',
  },
  oneReport: '只有一个人的举报，永远不会单独得出“疑似诈骗”或“可能是正规催收”。',
  sections: [
    {
      id: 'probability',
      title: '诈骗可能性',
      paragraphs: [
        '一个 0% 到 100% 的估计：和这个号码情况相同的来电里，大约有多少是诈骗。70% 的意思是，十个这样的来电里大约有七个是诈骗。',
        '新举报比旧举报分量重（大约每半年减半）。同一个人无论举报几次只算一次；短时间内集中涌入、来自同一网络的举报会被降低分量，以防有人刷票。',
        '没有人举报过的号码不显示这个数字：没有依据，任何百分比都只是猜测。',
      ],
    },
    {
      id: 'confidence',
      title: '可信度',
      paragraphs: [
        '这个估计有多少依据，看的是有多少位互不相关的举报人（旧的、被降低分量的举报算得少一些；同一团伙其他号码的举报人也算在内）。页面会给出一个范围：依据越少，范围越宽。范围宽时可信度低，窄时可信度高。登记在册的官方号码可信度总是高。',
        '可信度低的时候，新的举报随时可能让结果改变。',
      ],
    },
    {
      id: 'abuse',
      title: '违规催收程度',
      paragraphs: [
        '和“是不是诈骗”分开衡量。正规的催收公司也可能违规：威胁恐吓、辱骂、晚上 9 点后或早上 8 点前来电、一天打很多次、骚扰你的家人和同事。这里看的是有多少举报人反映了这些行为。',
        '程度高时，建议你保留录音，向贷款机构或金融消费者投诉热线 12378 投诉，而不是把它当成诈骗。',
      ],
    },
    {
      id: 'reasons',
      title: '判断依据和说明',
      paragraphs: [
        '每一条依据都说明是哪些举报让结果偏向诈骗或偏向正规。',
        '标着“说明”的条目本身不改变百分比，但可能改变你该怎么做：例如有人反映冒用官方号码打来、有一批举报被降低了分量、号码的主人提出了申诉。',
      ],
    },
  ],
  alwaysTitle: '不管结果是什么',
  always: [
    '不要转账到个人账户，不要点对方发来的链接或二维码。',
    '挂断电话，自己拨打贷款机构的官方客服核实，不要回拨来电号码。',
    '保留通话录音和短信截图。受到威胁请报警 110。',
  ],
  back: '回到首页查号码',
};

const en: AboutText = {
  title: 'What the results mean',
  intro: 'From people’s reports and published official numbers, we estimate whether a number that calls about a debt is a real collection agent or a scammer pretending to be one. It is a guide, not a replacement for checking yourself.',
  verdictsTitle: 'Verdicts',
  verdicts: {
    official: 'A registered number of a bank, lender or regulator, each with its source. But caller ID can be forged: even when an official number calls, hang up and call it back yourself.',
    likely_legitimate: 'Several unrelated reporters say the caller gave an employee ID and company name, and the official hotline confirmed the call.',
    unknown: 'Too few reports, or reporters disagree, so there is no verdict yet.',
    suspicious: 'There are signs of a scam, but not yet many or consistent ones.',
    likely_scam: 'Several unrelated reporters describe signs of a scam, such as asking for payment to a personal account or the official hotline saying the call was not theirs.',
  },
  oneReport: 'One person’s reports alone never make a number “likely a scam” or “likely a real collector”.',
  sections: [
    {
      id: 'probability',
      title: 'Scam probability',
      paragraphs: [
        'An estimate from 0% to 100% of how many calls like this one are scams. 70% means that about seven in ten such calls are scams.',
        'New reports count for more than old ones (about half as much every six months). One person counts once however often they report, and reports that arrive in a burst or from one network count for less, so nobody can stuff the ballot.',
        'A number nobody has reported shows no percentage: without reports, any number would be a guess.',
      ],
    },
    {
      id: 'confidence',
      title: 'Confidence',
      paragraphs: [
        'How much the estimate rests on: how many unrelated people reported the number (old reports and reports that count for less weigh less; reporters of the same operation\'s other numbers count too). The page gives a range: the less evidence, the wider it is. A wide range is low confidence, a narrow one high. A registered official number always has high confidence.',
        'While confidence is low, new reports can change the result at any time.',
      ],
    },
    {
      id: 'abuse',
      title: 'Abusive conduct',
      paragraphs: [
        'Measured separately from whether it is a scam. Real collection agencies can break the rules too: threats, insults, calls after 9 pm or before 8 am, many calls a day, calling your family or employer. This shows how many reporters describe such conduct.',
        'When it is high, keep recordings and complain to the lender or to the financial consumer hotline 12378, rather than treating the caller as a scammer.',
      ],
    },
    {
      id: 'reasons',
      title: 'Reasons and notes',
      paragraphs: [
        'Each reason says which reports pushed the result towards a scam or towards a real collector.',
        'Items marked “Note” do not change the percentage, but may change what you should do: for example people reporting calls that faked an official number, a batch of reports that counts for less, or an open dispute by the number’s owner.',
      ],
    },
  ],
  alwaysTitle: 'Whatever the result',
  always: [
    'Never pay to a personal account, and never pay through a link or QR code the caller sends.',
    'Hang up and call the lender’s official hotline yourself; never call back the number that called you.',
    'Keep recordings and screenshots. If you are threatened, call the police on 110.',
  ],
  back: 'Back to the number search',
};

const verdictOrder: Verdict[] = ['official', 'likely_legitimate', 'unknown', 'suspicious', 'likely_scam'];

/** `/about/scores`: what the verdict, scam probability, confidence and abuse level mean, in plain words. */
export function AboutScoresPage({ page }: { page: PageContext }) {
  const text = page.lang === 'en' ? en : zh;
  return (
    <Layout page={page} title={`${text.title} · ${page.t.siteName}`} description={text.intro}>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <section class="card" aria-labelledby="verdicts">
        <h2 id="verdicts">{text.verdictsTitle}</h2>
        <dl class="about-verdicts">
          {verdictOrder.map((verdict) => (
            <div>
              <dt>
                <VerdictBadge verdict={verdict} t={page.t} />
              </dt>
              <dd>{text.verdicts[verdict]}</dd>
            </div>
          ))}
        </dl>
        <p>{text.oneReport}</p>
      </section>
      {text.sections.map((section) => (
        <section class="card" aria-labelledby={section.id}>
          <h2 id={section.id}>{section.title}</h2>
          {section.paragraphs.map((p) => (
            <p>{p}</p>
          ))}
        </section>
      ))}
      <section class="card" aria-labelledby="always">
        <h2 id="always">{text.alwaysTitle}</h2>
        <ul>
          {text.always.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      </section>
      <p>
        <a href={href(page, '/')}>{text.back}</a>
      </p>
    </Layout>
  );
}
