import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, ForbiddenError } from '@portal/core';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/**
 * Counts failed logins per account and per client address in PostgreSQL, so the limit holds
 * across instances. A success clears the account's counter.
 */
@Injectable()
export class LoginThrottleService {
  private readonly byAccount: RateLimiterPostgres;
  private readonly byIp: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource, @Inject(AppConfig) config: AppConfig) {
    const storeClient = (dataSource.driver as unknown as { master: Pool }).master;
    const common = {
      storeClient,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
      duration: config.loginWindowSeconds,
    };
    this.byAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'login_account', points: config.loginAccountLimit });
    this.byIp = new RateLimiterPostgres({ ...common, keyPrefix: 'login_ip', points: config.loginIpLimit });
  }

  /**
   * Counts the attempt before the password is checked, and refuses it when either counter is exhausted. Reserving
   * first (an atomic increment) keeps parallel attempts from all passing a check that only read the counters.
   */
  async reserveAttempt(email: string, ip: string): Promise<void> {
    const results = await Promise.allSettled([this.byAccount.consume(email.toLowerCase()), this.byIp.consume(ip)]);
    const blocked: RateLimiterRes[] = [];
    for (const result of results) {
      if (result.status === 'fulfilled') continue;
      if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
      blocked.push(result.reason);
    }
    if (blocked.length === 0) return;
    const retryAfterSeconds = Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000);
    throw new ForbiddenError('TOO_MANY_LOGIN_ATTEMPTS', `too many failed logins; try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }

  /** A successful login clears the account's counter and gives the address its attempt back: only failures count. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    await Promise.all([this.byAccount.delete(email.toLowerCase()), this.giveBack(ip)]);
  }

  private async giveBack(ip: string): Promise<void> {
    // Never below zero: successful logins must not buy an address extra failures.
    const counted = await this.byIp.get(ip);
    if (counted && counted.consumedPoints > 0) await this.byIp.reward(ip, 1);
  }
}
