import { z } from 'zod';
import { Entity } from './schema';

/** JSON Schema for one entity file, generated from the zod schema so editors can check files as they are typed. */
export function entityJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Entity, { io: 'input', unrepresentable: 'any' }),
    title: 'LabLens dataset entity',
    description:
      'One file per entity under assets/data/<kind>/<id>.json. Generated from lib/background/dataset/schema.ts.',
  };
}
