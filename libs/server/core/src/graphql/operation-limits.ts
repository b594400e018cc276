import { ErrorCode } from '@ruta/shared-domain';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { AppError } from '../errors/app-error.js';

/** How big one GraphQL request may be. The web app's largest operation stays far below each. */
export const OPERATION_LIMITS = {
  /** Nested selections (fields within fields). */
  maxDepth: 10,
  /** Aliased fields, fragments expanded (aliases multiply work and brute-force attempts). */
  maxAliases: 20,
  /** Directives, fragments expanded. */
  maxDirectives: 10,
  /** Lexical tokens of the document (enforced by the parser, before anything else). */
  maxTokens: 3_000,
  /**
   * Estimated cost: one per field, each field multiplied by the page sizes above it (`first`,
   * the most allowed when it comes from a variable).
   */
  maxCost: 25_000,
  /** Page size assumed for `first` given through a variable (the most any list accepts). */
  assumedPageSize: 100,
  /** Root fields that may appear once per request: each is a guess at a secret. */
  oncePerRequest: ['login', 'setPasswordWithLink', 'changePassword'],
} as const;

interface Measure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

function tooComplex(limit: string, max: number, found: number, node: FieldNode | undefined): GraphQLError {
  const error = new AppError(ErrorCode.TooComplex, 'tooComplex', [], { limit, max, found });
  return new GraphQLError(`Operation too complex: ${limit} ${found} > ${max}`, { nodes: node ? [node] : [], originalError: error });
}

/** The page size a field asks for: its `first` argument (literal, or the most allowed for a variable), else 1. */
function pageSize(field: FieldNode): number {
  const first = field.arguments?.find((argument) => argument.name.value === 'first');
  if (!first) return 1;
  if (first.value.kind === Kind.INT) return Math.max(1, Number(first.value.value));
  return OPERATION_LIMITS.assumedPageSize;
}

/**
 * Walks a selection set with fragments expanded (each fragment at most once per path, so cycles
 * end): depth, aliases, directives and estimated cost. Introspection fields are not counted.
 */
function measure(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  multiplier: number,
  visiting: Set<string>,
): Measure {
  const total: Measure = { depth: 0, aliases: 0, directives: 0, cost: 0 };
  for (const selection of selectionSet.selections) {
    total.directives += selection.directives?.length ?? 0;
    let inner: Measure | null = null;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      if (selection.alias) total.aliases += 1;
      const size = pageSize(selection);
      total.cost += multiplier;
      if (selection.selectionSet) {
        inner = measure(selection.selectionSet, fragments, multiplier * size, visiting);
        inner.depth += 1;
      } else {
        inner = { depth: 1, aliases: 0, directives: 0, cost: 0 };
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, multiplier, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      inner = measure(fragment.selectionSet, fragments, multiplier, visiting);
      visiting.delete(name);
    }
    total.depth = Math.max(total.depth, inner.depth);
    total.aliases += inner.aliases;
    total.directives += inner.directives;
    total.cost += inner.cost;
  }
  return total;
}

/** The root fields of an operation, through its fragments (a fragment can hold many aliased copies). */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, visiting: Set<string>): FieldNode[] {
  return selectionSet.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, visiting);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || visiting.has(fragment.name.value)) return [];
    visiting.add(fragment.name.value);
    const fields = rootFields(fragment.selectionSet, fragments, visiting);
    visiting.delete(fragment.name.value);
    return fields;
  });
}

/**
 * One validation rule for the size of a request: depth, aliases, directives, estimated cost, and
 * the fields that may be asked once. It runs before any resolver, so nothing is read or written
 * for a refused request; the error is `TOO_COMPLEX` with the limit in its extensions.
 */
export const operationLimitsRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments = new Map<string, FragmentDefinitionNode>(
    context
      .getDocument()
      .definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((definition) => [definition.name.value, definition]),
  );
  return {
    OperationDefinition(operation) {
      const found = measure(operation.selectionSet, fragments, 1, new Set());
      found.directives += operation.directives?.length ?? 0;
      const first = operation.selectionSet.selections.find((selection): selection is FieldNode => selection.kind === Kind.FIELD);
      const checks: Array<[string, number, number]> = [
        ['depth', OPERATION_LIMITS.maxDepth, found.depth],
        ['aliases', OPERATION_LIMITS.maxAliases, found.aliases],
        ['directives', OPERATION_LIMITS.maxDirectives, found.directives],
        ['cost', OPERATION_LIMITS.maxCost, found.cost],
      ];
      for (const [limit, max, value] of checks) {
        if (value > max) {
          context.reportError(tooComplex(limit, max, value, first));
          return;
        }
      }
      const root = rootFields(operation.selectionSet, fragments, new Set());
      for (const name of OPERATION_LIMITS.oncePerRequest) {
        const count = root.filter((field) => field.name.value === name).length;
        if (count > 1) {
          context.reportError(tooComplex(`${name} per request`, 1, count, first));
          return;
        }
      }
    },
  };
};
