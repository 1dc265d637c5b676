import type { EntityView } from '../shared/protocol';

/**
 * Entities asked for while this page is open, one request per id. A failed
 * request (the worker was restarting) is forgotten, so the next hover asks again.
 */
export class EntityCache {
  private entities = new Map<string, Promise<EntityView | null>>();

  constructor(private readonly fetch: (id: string) => Promise<EntityView | null>) {}

  /** The user's own entities changed: every card is asked for again. */
  clear(): void {
    this.entities.clear();
  }

  get(id: string): Promise<EntityView | null> {
    let p = this.entities.get(id);
    if (!p) {
      p = this.fetch(id).catch((e: unknown) => {
        this.entities.delete(id);
        throw e;
      });
      this.entities.set(id, p);
    }
    return p;
  }
}
