import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context';

export interface DomainEvent {
  type: string;
}

export type DomainEventHandler<E extends DomainEvent> = (em: EntityManager, ctx: RequestContext, event: E) => Promise<void>;

/**
 * In-transaction domain events: handlers run inside the publisher's transaction, so a consequence
 * (e.g. grants suspended with their organisation) commits or rolls back with its cause.
 * Domains subscribe in onModuleInit; core knows no event types.
 */
@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<string, DomainEventHandler<DomainEvent>[]>();

  on<E extends DomainEvent>(type: E['type'], handler: DomainEventHandler<E>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as DomainEventHandler<DomainEvent>);
    this.handlers.set(type, list);
  }

  async publish<E extends DomainEvent>(em: EntityManager, ctx: RequestContext, event: E): Promise<void> {
    for (const handler of this.handlers.get(event.type) ?? []) await handler(em, ctx, event);
  }
}
