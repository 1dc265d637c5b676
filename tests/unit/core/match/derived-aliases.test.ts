import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../../lib/core/match/build-matcher';
import { type AliasSource, derivedAliases, shareContextForms } from '../../../../lib/core/match/derived-aliases';
import { findMentions } from '../../../../lib/core/match/find-mentions';
import { resolvePage } from '../../../../lib/core/match/page-rules';
import { personSurnames } from '../../../../lib/core/match/surnames';
import { bundledAliases } from './bundled';

describe('surnames of people', () => {
  it('takes the last word of a name written given name first', () => {
    expect(personSurnames('Demis Hassabis', [])).toEqual(['Hassabis']);
    expect(personSurnames('Eric Boyd', [])).toEqual(['Boyd']);
    expect(personSurnames('Yann LeCun', [])).toEqual(['LeCun']);
    expect(personSurnames('Fei-Fei Li', ['李飞飞'])).toEqual(['Li']);
    expect(personSurnames('Jensen Huang', ['黄仁勋'])).toEqual(['Huang']);
    expect(personSurnames('Ren Ito', ['伊藤錬'])).toEqual(['Ito']);
    expect(personSurnames('Yuhuai (Tony) Wu', ['Yuhuai Wu', 'Tony Wu'])).toEqual(['Wu']);
  });

  it('takes the family name first for Chinese and Korean names written so', () => {
    expect(personSurnames('Liang Wenfeng', ['梁文锋'])).toEqual(['Liang']);
    expect(personSurnames('Tang Jie', ['Jie Tang', '唐杰'])).toEqual(['Tang']);
    expect(personSurnames('Lee Jae-myung', [])).toEqual(['Lee']);
    expect(personSurnames('Kim Sung-hoon', ['김성훈'])).toEqual(['Kim']);
    expect(personSurnames('June Paik', ['Baek Jun-ho'])).toEqual(['Paik', 'Baek']);
  });

  it('never gives a given name, a title or a patronymic', () => {
    expect(personSurnames('Masayoshi Son', ['Son Masayoshi', '孫正義'])).toEqual(['Son']);
    expect(personSurnames('Tahnoun bin Zayed', ['Sheikh Tahnoun'])).toEqual([]);
    expect(personSurnames('Madonna', [])).toEqual([]);
  });
});

const ENTITIES: AliasSource[] = [
  {
    id: 'liang-wenfeng',
    kind: 'person',
    name: 'Liang Wenfeng',
    aliases: [{ text: 'Liang Wenfeng' }, { text: '梁文锋' }],
  },
  { id: 'percy-liang', kind: 'person', name: 'Percy Liang', aliases: [{ text: 'Percy Liang' }] },
  { id: 'eric-boyd', kind: 'person', name: 'Eric Boyd', aliases: [{ text: 'Eric Boyd' }] },
  { id: 'llama-4-maverick', kind: 'model', name: 'Llama 4 Maverick', aliases: [{ text: 'Llama 4 Maverick' }] },
  { id: 'deepseek-r1', kind: 'model', name: 'DeepSeek-R1', aliases: [{ text: 'DeepSeek-R1' }] },
  { id: 'gemini-2-5-flash', kind: 'model', name: 'Gemini 2.5 Flash', aliases: [{ text: 'Gemini 2.5 Flash' }] },
  { id: 'claude-3-5-sonnet', kind: 'model', name: 'Claude 3.5 Sonnet', aliases: [{ text: 'Claude 3.5 Sonnet' }] },
  { id: 'github-copilot', kind: 'product', name: 'GitHub Copilot', aliases: [{ text: 'GitHub Copilot' }] },
  {
    id: 'microsoft-copilot',
    kind: 'product',
    name: 'Microsoft Copilot',
    aliases: [{ text: 'Microsoft Copilot' }, { text: 'Copilot', ambiguous: true }],
  },
  {
    id: 'tang-jie',
    kind: 'person',
    name: 'Tang Jie',
    aliases: [{ text: 'Tang Jie' }, { text: 'Tang', contextOnly: true }],
  },
];
const flags = (a: { text: string; entityId: string; contextOnly?: boolean; ambiguous?: boolean }) =>
  `${a.entityId}:${a.text}${a.contextOnly ? ' (context)' : ''}${a.ambiguous ? ' (AI pages)' : ''}`;

describe('derivedAliases', () => {
  it('derives surnames, short model forms and the other order of Claude-style names', () => {
    expect(derivedAliases(ENTITIES).map(flags)).toEqual([
      'liang-wenfeng:Liang (context)',
      'percy-liang:Liang (context)',
      'eric-boyd:Boyd (context)',
      'llama-4-maverick:Maverick (context)',
      'llama-4-maverick:4 Maverick (context)',
      'deepseek-r1:R1 (context)',
      'gemini-2-5-flash:2.5 Flash (context)',
      'claude-3-5-sonnet:3.5 Sonnet (context)',
      'github-copilot:Copilot (context)',
      'claude-3-5-sonnet:Claude Sonnet 3.5',
      'claude-3-5-sonnet:Sonnet 3.5 (AI pages)',
    ]);
  });

  it('derives a name without its accents, Latin letters only', () => {
    const people: AliasSource[] = [
      { id: 'timothee-lacroix', kind: 'person', name: 'Timothée Lacroix', aliases: [{ text: 'Timothée Lacroix' }] },
      { id: 'gemini-ja', kind: 'model', name: 'ジェミニ', aliases: [{ text: 'ジェミニ' }, { text: 'Gemini' }] },
    ];
    expect(derivedAliases(people).map(flags)).toEqual([
      'timothee-lacroix:Lacroix (context)',
      'timothee-lacroix:Timothee Lacroix',
    ]);
  });

  it('context-only forms are case-sensitive; one shared by two people lists the other', () => {
    const shared = shareContextForms(derivedAliases(ENTITIES));
    expect(shared.find((a) => a.text === 'Liang')).toEqual({
      text: 'Liang',
      entityId: 'liang-wenfeng',
      contextOnly: true,
      caseSensitive: true,
      others: ['percy-liang'],
    });
  });
});

describe('context-only forms on a page', () => {
  const LINES: Record<string, string> = { 'gemini-2-5-flash': 'gemini', 'deepseek-r1': 'deepseek' };
  const line = (id: string) => (LINES[id] ? { line: LINES[id] } : {});
  const listed = [
    ...ENTITIES.flatMap((e) => e.aliases.map((a) => ({ ...a, entityId: e.id, ...line(e.id) }))),
    { text: 'Gemini 2.0 Flash', entityId: 'gemini-2-0-flash', line: 'gemini' },
    { text: 'DeepSeek', entityId: 'deepseek', line: 'deepseek' },
  ];
  // As seed.ts gives them: a model's aliases, derived ones too, know its line.
  const derived = derivedAliases(ENTITIES).map((a) => ({ ...a, ...line(a.entityId) }));
  const m = buildMatcher(shareContextForms([...listed, ...derived]));
  const page = (...texts: string[]) =>
    resolvePage(texts.map((text) => ({ text, mentions: findMentions(m, text) })))
      .flat()
      .map((x) => `${x.entityId}:${x.matched}`);

  it('count after the full name, for the entity the page named', () => {
    expect(page('DeepSeek founder Liang Wenfeng spoke.', 'Liang said the model was cheap.')).toEqual([
      'deepseek:DeepSeek',
      'liang-wenfeng:Liang Wenfeng',
      'liang-wenfeng:Liang',
    ]);
    expect(page('Percy Liang of Stanford spoke.', 'Liang said so.')).toEqual([
      'percy-liang:Percy Liang',
      'percy-liang:Liang',
    ]);
    expect(
      page('Llama 4 Maverick and DeepSeek-R1 ship.', 'Maverick beat R1 and Eric Boyd agreed; Boyd said so.'),
    ).toEqual([
      'llama-4-maverick:Llama 4 Maverick',
      'deepseek-r1:DeepSeek-R1',
      'llama-4-maverick:Maverick',
      'deepseek-r1:R1',
      'eric-boyd:Eric Boyd',
      'eric-boyd:Boyd',
    ]);
  });

  it('count for no one without the full name, when two people share the form, or in lower case', () => {
    expect(page('Liang said so; Maverick and R1 too.')).toEqual([]);
    expect(page('Liang Wenfeng and Percy Liang met.', 'Liang said so.')).toEqual([
      'liang-wenfeng:Liang Wenfeng',
      'percy-liang:Percy Liang',
    ]);
    expect(page('Liang Wenfeng spoke.', 'a maverick, wenfeng')).toEqual(['liang-wenfeng:Liang Wenfeng']);
  });

  it('count a short form that restates a version once the page names its line', () => {
    expect(page('Gemini 2.5 Flash is out; 2.5 Flash is cheap.', 'Claude 3.5 Sonnet and 3.5 Sonnet.')).toEqual([
      'gemini-2-5-flash:Gemini 2.5 Flash',
      'gemini-2-5-flash:2.5 Flash',
      'claude-3-5-sonnet:Claude 3.5 Sonnet',
      'claude-3-5-sonnet:3.5 Sonnet',
    ]);
    // "Gemini 2.0 Flash" names the Gemini line: "2.5 Flash" counts before or after it; never alone.
    expect(page('2.5 Flash is cheap.', 'Gemini 2.0 Flash is older.').map((x) => x.split(':')[1])).toEqual([
      '2.5 Flash',
      'Gemini 2.0 Flash',
    ]);
    expect(page('2.5 Flash and 3.5 Sonnet are cheap.')).toEqual([]);
  });

  it("count a model's short form once the page names its developer when it has no family: R1 after DeepSeek", () => {
    expect(page('DeepSeek released its R1 model.')).toEqual(['deepseek:DeepSeek', 'deepseek-r1:R1']);
    expect(page('R1 is a reasoning model.')).toEqual([]);
  });

  it('give a name another entity has as its short form to that entity when the page names only it', () => {
    const shared = shareContextForms([...listed, ...derivedAliases(ENTITIES)]);
    expect(shared.find((a) => a.text === 'Copilot')).toMatchObject({
      entityId: 'microsoft-copilot',
      others: ['github-copilot'],
    });
    expect(page('GitHub Copilot writes code.', 'Copilot nailed it.')).toEqual([
      'github-copilot:GitHub Copilot',
      'github-copilot:Copilot',
    ]);
    expect(page('Microsoft Copilot and GitHub Copilot.', 'Copilot nailed it.')).toEqual([
      'microsoft-copilot:Microsoft Copilot',
      'github-copilot:GitHub Copilot',
      'microsoft-copilot:Copilot',
    ]);
    expect(page('Copilot nailed it, said OpenAI.')).toEqual([]);
  });
});

describe("the issue's context forms on the bundled dataset", () => {
  const m = buildMatcher(bundledAliases());
  const page = (...texts: string[]) =>
    resolvePage(texts.map((text) => ({ text, mentions: findMentions(m, text) })))
      .flat()
      .map((x) => `${x.entityId}:${x.matched}`);

  it('finds surnames, short forms, codenames and the reversed Claude order after the full name', () => {
    const found = page(
      'DeepSeek founder Liang Wenfeng, Zhipu chief scientist Tang Jie and Meta released Llama 4 Maverick.',
      "OpenAI's o1 model, code-named Strawberry. Liang and Tang agreed that Maverick and Sonnet 3.5 were good.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'liang-wenfeng:Liang',
        'tang-jie:Tang',
        'llama-4-maverick:Maverick',
        'o1:Strawberry',
        'claude-3-5-sonnet:Sonnet 3.5',
      ]),
    );
  });

  it('finds the short forms the dataset lists itself ("R1") once the page names the line', () => {
    expect(page('DeepSeek said its R1 model was cheap to train; V3 came first.')).toEqual([
      'deepseek:DeepSeek',
      'deepseek-r1:R1',
      'deepseek-v3:V3',
    ]);
    expect(page('Meta said Llama 4, a rival to OpenAI models, comes as Scout and Maverick.')).toEqual(
      expect.arrayContaining(['llama-4-scout:Scout', 'llama-4-maverick:Maverick']),
    );
  });

  it("finds a product's short form once the page names its maker: Operator after OpenAI", () => {
    expect(page("OpenAI's Operator books tables; Operator uses a browser.")).toEqual([
      'openai:OpenAI',
      'operator:Operator',
      'operator:Operator',
    ]);
    expect(page('The Operator pressed a key; Anthropic shipped Claude.')).not.toContain('operator:Operator');
  });

  it('leaves them alone on a page not about AI', () => {
    expect(page("Shakespeare's Sonnet 18 and Sonnet 3.5 lines; Liang and Tang; a Strawberry tart.")).toEqual([]);
  });
});
