import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACT_ORDER } from '@/lib/background/dataset/schema';
import { canonicalEntity } from '../../../scripts/canonical-entity';
import { DATA_DIR, loadDatasetFromDisk } from '../../../scripts/load-dataset';

/* How the entity files are kept: where they are, how they are written, and releases that are not aliases. */
const FOLDER: Record<string, string> = {
  lab: 'labs',
  model: 'models',
  product: 'products',
  person: 'people',
  chip: 'chips',
};
const files = readdirSync(DATA_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(DATA_DIR, d.name))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ folder: d.name, file: f, text: readFileSync(join(DATA_DIR, d.name, f), 'utf8') })),
  );

describe('entity files', () => {
  it('are named by their id and filed under their kind', () => {
    const wrong = files.flatMap(({ folder, file, text }) => {
      const e = JSON.parse(text);
      return `${e.id}.json` === file && FOLDER[e.kind] === folder ? [] : [`${folder}/${file}`];
    });
    expect(wrong).toEqual([]);
  });

  it('are written in canonical form (npx tsx tests/scripts/format-dataset.ts)', () => {
    const wrong = files
      .filter(({ text }) => canonicalEntity(JSON.parse(text), FACT_ORDER) !== text)
      .map((f) => `${f.folder}/${f.file}`);
    expect(wrong).toEqual([]);
  });

  it("list no dated snapshot as an alias unless it is the entity's own release", () => {
    // "GPT-4-0314" on GPT-4 or "DeepSeek-V3-0324" on DeepSeek-V3 would show the wrong date and licence:
    // a snapshot is an alias only when its date is the entity's release date ("gpt-4.1-mini-2025-04-14").
    const ds = loadDatasetFromDisk();
    const bad = ds.entities.flatMap((e) => {
      if (e.kind !== 'model') return [];
      const released = e.facts.releaseDate?.value;
      return e.aliases.flatMap((a) => {
        const month = snapshotMonth(a.text, released);
        if (!month || a.text === e.name) return [];
        return released?.startsWith(month) ? [] : [`${e.id}: ${a.text} (released ${released ?? 'unknown'})`];
      });
    });
    expect(bad).toEqual([]);
  });

  it('give a release with its own date, size or licence its own entity, never an alias of another', () => {
    // Each name maps to the only entity that may list it (null: no entity yet, so none may).
    const owners = new Map<string, string[]>();
    for (const e of loadDatasetFromDisk().entities) {
      for (const a of e.aliases) owners.set(key(a.text), [...new Set([...(owners.get(key(a.text)) ?? []), e.id])]);
    }
    const wrong = Object.entries(OWN_RELEASES).flatMap(([name, id]) => {
      const found = owners.get(key(name)) ?? [];
      const ok = id === null ? found.length === 0 : found.length === 1 && found[0] === id;
      return ok ? [] : [`${name}: listed by ${found.join(', ') || 'nobody'}, expected ${id ?? 'nobody'}`];
    });
    expect(wrong).toEqual([]);
  });
});

/** The year-month a snapshot name carries ("-20241022", "-2025-04-14", "-0324", "-03-2025"), as YYYY-MM. */
function snapshotMonth(name: string, released: string | undefined): string | undefined {
  let m = /[-\s]((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?[0-3]\d$/.exec(name);
  if (m) return `${m[1]}-${m[2]}`;
  m = /[-\s](0[1-9]|1[0-2])-((?:19|20)\d\d)$/.exec(name);
  if (m) return `${m[2]}-${m[1]}`;
  m = /[-\s](0[1-9]|1[0-2])[0-3]\d$/.exec(name);
  // MMDD without a year: the entity's release year, else any year is wrong.
  if (m) return `${released?.slice(0, 4) ?? '0000'}-${m[1]}`;
  return undefined;
}

/** The matcher treats case and hyphen/space/underscore as equal, so compare names the same way. */
function key(name: string): string {
  return name.toLowerCase().replace(/[-\s_]+/g, '');
}

/** Releases once listed as aliases of a different release (issue #14 audit and its follow-up). */
const OWN_RELEASES: Record<string, string | null> = {
  'DeepSeek-V3-0324': 'deepseek-v3-0324',
  'o1-preview': 'o1-preview',
  'GLM-4-9B': 'glm-4-9b',
  'GLM-4-32B-0414': 'glm-4-32b-0414',
  'Qwen1.5-MoE-A2.7B': 'qwen-1-5-moe',
  'Ministral 3B': 'ministral-3b',
  'Ministral 8B': 'ministral-8b',
  'Qwen3-2507': null,
  'Qwen3-235B-A22B-Instruct-2507': 'qwen-3-235b-a22b-instruct-2507',
  'DeepSeek-V3.1-Terminus': 'deepseek-v3-1-terminus',
  'DeepSeek-V3.2-Speciale': 'deepseek-v3-2-speciale',
  'Veo 2': null,
  'Veo 3': 'veo-3',
  'Veo 3.1': null,
  'Phi-4-reasoning-plus': 'phi-4-reasoning-plus',
  'Qwen-Image-Edit': 'qwen-image-edit',
  'Qwen-Image-2512': 'qwen-image-2512',
  'Llama Guard 2': 'llama-guard-2',
  'Llama Guard 3': 'llama-guard-3',
  'Llama Guard 4': 'llama-guard-4',
  'Magistral Small': 'magistral-small',
  'Magistral Medium': 'magistral-medium',
  SDXL: 'sdxl',
  'Stable Diffusion XL': 'sdxl',
  'Stable Diffusion 3.5': null,
  'Stable Diffusion 2.1': null,
  'Claude Instant 1.2': null,
  'ChatGLM3-6B': null,
  CogVLM2: null,
  'Grok-1.5V': null,
  'gpt-realtime-mini': null,
  'Imagen 3': null,
  'Imagen 4': null,
  'Midjourney v6.1': null,
  'Nemotron 3 Super': null,
  'Olmo 3.1': null,
  'Qwen3-Max-Preview': null,
  'Tulu 3 405B': 'tulu-3-405b',
  'Qwen2.5-7B': null,
  'Qwen3-32B': null,
  'DeepSeek-R1-Distill-Qwen-32B': null,
  'ERNIE-4.5-300B-A47B': null,
  'ERNIE-4.5-VL-424B-A47B': null,
  // Member releases once listed on their family (a family's card shows no member's date or size).
  'Aya Expanse': null,
  CogView4: null,
  MiniCPM4: null,
  'Nova Pro': null,
  'Step-2': null,
  'Seedream 3.0': null,
  'Yi-34B': null,
  'Pangu 3.0': null,
  'EXAONE 3.0': null,
  CodeGen2: null,
  // A later size of an earlier release (its own date) and newest releases whose siblings have no entity yet.
  'CodeLlama-70B': 'code-llama-70b',
  'Phi-3-small': 'phi-3-small',
  'Phi-3-medium': 'phi-3-medium',
  'Code Llama 70B': 'code-llama-70b',
  'GPT-6 Astra Pro': null,
  'GPT-6.1 Sol': null,
  'GPT-6.2 Sol': null,
  'Qwen3.8-27B': null,
  'Qwen3.8-Max': null,
  'DeepSeek-V4-Flash-0731': null,
  'Kimi K3.1 Pro': 'kimi-k3-1-pro',
};
