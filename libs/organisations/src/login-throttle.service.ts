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

  /** Refuses before the password is even checked when either counter is exhausted. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.byAccount.get(email.toLowerCase()), this.byIp.get(ip)]);
    const blocked = [
      account && account.consumedPoints >= this.byAccount.points ? account : null,
      address && address.consumedPoints >= this.byIp.points ? address : null,
    ].filter((r): r is RateLimiterRes => r !== null);
    if (blocked.length === 0) return;
    const retryAfterSeconds = Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000);
    throw new ForbiddenError('TOO_MANY_LOGIN_ATTEMPTS', `too many failed logins; try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.penalise(this.byAccount, email.toLowerCase()), this.penalise(this.byIp, ip)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email.toLowerCase());
  }

  private async penalise(limiter: RateLimiterPostgres, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
    }
  }
}
