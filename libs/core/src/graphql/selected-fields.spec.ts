import { type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type OperationDefinitionNode, parse, type FieldNode } from 'graphql';
import { selectedFields } from './selected-fields';

/** The resolve info of the query's first root field, as far as selectedFields reads it. */
function infoOf(source: string): GraphQLResolveInfo {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectedFields', () => {
  it('collects field names at a path through aliases, fragments and inline fragments', () => {
    const info =
      infoOf(`query { search { total hits { score article { id t: title ...More ... on Article { body } } } hits { article { kind } } } }
      fragment More on Article { updatedAt ... on Article { tags } }`);
    expect([...selectedFields(info, ['hits', 'article'])].sort()).toEqual(['body', 'id', 'kind', 'tags', 'title', 'updatedAt']);
    expect([...selectedFields(info, ['hits'])].sort()).toEqual(['article', 'score']);
    expect([...selectedFields(info, [])].sort()).toEqual(['hits', 'total']);
    expect(selectedFields(info, ['facets']).size).toBe(0);
  });
});
