import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { ForbiddenError } from '../errors/app-error';
import { isMutation, requestOf } from './http-request';

/** Caps mutations per client address and minute, so a runaway client cannot flood writes. */
@Injectable()
export class MutationRateLimitGuard implements CanActivate {
  private readonly limiter: RateLimiterMemory;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.limiter = new RateLimiterMemory({ points: config.mutationRateLimit, duration: 60 });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!isMutation(context)) return true;
    try {
      await this.limiter.consume(requestOf(context).ip);
      return true;
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      const retryAfterSeconds = Math.ceil(res.msBeforeNext / 1000);
      throw new ForbiddenError('RATE_LIMITED', `too many changes; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
    }
  }
}
