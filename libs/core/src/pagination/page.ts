import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import type { Type as ClassType } from '@nestjs/common';

export const MAX_PAGE_SIZE = 100;

@InputType({ description: `Offset pagination; at most ${MAX_PAGE_SIZE} items a page.` })
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset = 0;

  @Field(() => Int, { defaultValue: 25 })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit = 25;
}

@ArgsType()
export class PagedArgs {
  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PageInput)
  page?: PageInput;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
  hasMore: boolean;
}

export function pageOf<T>(items: T[], totalCount: number, page: PageInput | undefined): Page<T> {
  const offset = page?.offset ?? 0;
  return { items, totalCount, offset, hasMore: offset + items.length < totalCount };
}

export function pageWindow(page: PageInput | undefined): { offset: number; limit: number } {
  return { offset: page?.offset ?? 0, limit: Math.min(page?.limit ?? 25, MAX_PAGE_SIZE) };
}

/** Builds a named GraphQL page type for an item type. */
export function Paginated<T>(itemType: ClassType<T>, name: string): ClassType<Page<T>> {
  @ObjectType(name, { isAbstract: false })
  class PageClass implements Page<T> {
    @Field(() => [itemType])
    items: T[];

    @Field(() => Int)
    totalCount: number;

    @Field(() => Int)
    offset: number;

    @Field()
    hasMore: boolean;
  }
  return PageClass;
}
