/**
 * Every problem type the API answers with (RFC 9457). A problem's `type` is the URI of its
 * explanation page, `<origin>/problems/<name>`, and its `title` is the title below in the
 * request's language; both stay the same for every occurrence of the type.
 */
import type { Lang } from './lang';

export type Text = Readonly<Record<Lang, string>>;

/** A text in both languages. */
export function text(zh: string, en: string): Text {
  return { 'zh-CN': zh, en };
}

export interface ProblemTypeInfo {
  /** The status this type is usually sent with (405, 415 …); `validation-error` and a few others have one only. */
  status: number;
  title: Text;
  /** What happened and what to do, for the explanation page. */
  explanation: Text;
}

export const problemTypes = {
  'validation-error': {
    status: 400,
    title: text('请求内容有误', 'Request validation failed'),
    explanation: text(
      '请求中有字段缺失、格式不对或取值不被接受。回答里的 errors 列出每个有问题的字段（path）和原因（message），改正后重新发送即可。',
      'A field of the request is missing, malformed or has a value the API does not accept. The errors list names each field (path) and what is wrong with it (message); correct them and send the request again.',
    ),
  },
  'invalid-number': {
    status: 400,
    title: text('不是有效的电话号码', 'Not a valid phone number'),
    explanation: text(
      '输入的内容无法识别为电话号码：位数太少或太多、号段不存在，或地区代码不对。可以直接粘贴来电显示的号码，例如 138 0013 8000、010-8888 1234、95188 或 +86 138 0013 8000；外国号码请带上国家代码或 region 参数。',
      'What was sent cannot be read as a phone number: too few or too many digits, a range that does not exist, or the wrong region. Paste the number as the phone shows it, e.g. 138 0013 8000, 010-8888 1234, 95188 or +86 138 0013 8000; for numbers from other countries add the country code or the region parameter.',
    ),
  },
  'malformed-json': {
    status: 400,
    title: text('JSON 格式错误', 'Malformed JSON body'),
    explanation: text(
      '请求体声明为 JSON，但不是有效的 JSON（例如缺少引号或括号、多了逗号）。请检查请求体后重试。',
      'The body says it is JSON but does not parse as JSON (a missing quote or bracket, a trailing comma …). Check the body and try again.',
    ),
  },
  'unsupported-media-type': {
    status: 415,
    title: text('不支持的内容类型', 'Unsupported media type'),
    explanation: text(
      '请求体的 Content-Type 不是此接口接受的类型。JSON 接口请发送 application/json；批量导入请发送 application/x-ndjson。回答的 Accept 头会说明接受的类型。',
      'The body is not of a type this endpoint accepts. Send application/json to the JSON API and application/x-ndjson to the bulk import; the Accept header of the answer names the type expected.',
    ),
  },
  'payload-too-large': {
    status: 413,
    title: text('请求体过大', 'Payload too large'),
    explanation: text(
      '请求体超过了此接口的大小上限（JSON 接口为 64 KiB）。请缩短内容，例如缩短备注。',
      'The body is larger than this endpoint accepts (64 KiB for the JSON API). Send less, for example a shorter comment.',
    ),
  },
  'not-found': {
    status: 404,
    title: text('未找到', 'Not found'),
    explanation: text(
      '请求的地址或对象不存在，或者已被撤回、隐藏。请检查地址和编号。',
      'Nothing exists at this address, or the item was retracted or hidden. Check the path and the id.',
    ),
  },
  'method-not-allowed': {
    status: 405,
    title: text('不支持此请求方法', 'Method not allowed'),
    explanation: text(
      '这个地址存在，但不支持所用的 HTTP 方法。回答的 Allow 头列出了可用的方法。',
      'The path exists but not with this HTTP method. The Allow header of the answer lists the methods it takes.',
    ),
  },
  'rate-limited': {
    status: 429,
    title: text('请求过于频繁', 'Too many requests'),
    explanation: text(
      '短时间内来自同一举报者或同一网络的请求太多。请等待回答中 Retry-After 头给出的秒数后再试。',
      'Too many requests came from one reporter or one network in a short time. Wait the number of seconds the Retry-After header gives, then try again.',
    ),
  },
  unauthorized: {
    status: 401,
    title: text('需要身份验证', 'Unauthorized'),
    explanation: text(
      '此操作需要凭据：撤回举报需要当时使用的 X-Reporter-Token，管理接口需要 Authorization: Bearer 令牌。',
      'This action needs credentials: retracting a report needs the X-Reporter-Token it was sent with, the admin API an Authorization: Bearer token.',
    ),
  },
  forbidden: {
    status: 403,
    title: text('无权执行此操作', 'Forbidden'),
    explanation: text(
      '凭据有效，但不允许执行此操作，例如撤回别人的举报。',
      'The credentials are valid but do not allow this action, for example retracting someone else\'s report.',
    ),
  },
  conflict: {
    status: 409,
    title: text('状态冲突', 'Conflict'),
    explanation: text(
      '对象当前的状态不允许此操作，例如申诉已经处理过。请先读取最新状态。',
      'The item is in a state that does not allow this action, for example a dispute that was already resolved. Read its current state first.',
    ),
  },
  'admin-disabled': {
    status: 503,
    title: text('管理接口未启用', 'Admin API disabled'),
    explanation: text(
      '服务器没有配置 ADMIN_TOKEN，所以管理接口关闭。运营者设置该环境变量后即可使用。',
      'The server has no ADMIN_TOKEN configured, so the admin API is off. The operator can enable it by setting that variable.',
    ),
  },
  'internal-error': {
    status: 500,
    title: text('服务器内部错误', 'Internal server error'),
    explanation: text(
      '服务器出了问题，请求没有完成，也没有保存任何内容。请稍后重试。',
      'Something went wrong on the server; the request was not completed and nothing was stored. Try again later.',
    ),
  },
  'http-error': {
    status: 400,
    title: text('请求失败', 'Request failed'),
    explanation: text('请求没有完成。detail 字段说明了原因。', 'The request was not completed; the detail field says why.'),
  },
} as const satisfies Record<string, ProblemTypeInfo>;

export type ProblemType = keyof typeof problemTypes;

export function isProblemType(name: string): name is ProblemType {
  return Object.hasOwn(problemTypes, name);
}

/**
 * The absolute URI naming a problem type on this host.
 *
 * @example
 * problemTypeUri('https://example.org', 'invalid-number') // 'https://example.org/problems/invalid-number'
 */
export function problemTypeUri(origin: string, type: ProblemType): string {
  return `${origin}/problems/${type}`;
}
