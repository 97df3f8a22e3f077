import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';

/** A resolver someone forgot to annotate: the global guard must refuse it for everyone. */
@Resolver()
export class DenyProbeResolver {
  @Query(() => String)
  probeWithoutAccessRule(): string {
    return 'leaked';
  }
}

@Module({ providers: [DenyProbeResolver] })
export class DenyProbeModule {}
