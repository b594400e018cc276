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

function tooComplex(limit: string, max: number, counted: number, node: FieldNode | undefined): GraphQLError {
  // Fragments spread within fragments can count past any number: report a finite one.
  const found = Math.min(counted, Number.MAX_SAFE_INTEGER);
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

const EMPTY: Measure = { depth: 0, aliases: 0, directives: 0, cost: 0 };

/**
 * Measures selection sets with fragments expanded: depth, aliases, directives and estimated cost
 * (introspection fields not counted). Each fragment is measured once and its figures reused
 * wherever it is spread — so fragments spreading fragments many times over cost the validator
 * linear work, while the figures still count every expansion. A fragment inside its own
 * expansion (a cycle, refused by GraphQL's own rules) counts as empty.
 */
class OperationMeasure {
  private readonly measured = new Map<string, Measure>();
  private readonly rootCounts = new Map<string, Map<string, number>>();
  private readonly visiting = new Set<string>();

  constructor(private readonly fragments: Map<string, FragmentDefinitionNode>) {}

  /** The figures of a selection set, its cost as if it were asked for once. */
  measure(selectionSet: SelectionSetNode): Measure {
    const total: Measure = { ...EMPTY };
    for (const selection of selectionSet.selections) {
      total.directives += selection.directives?.length ?? 0;
      let inner: Measure;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        if (selection.alias) total.aliases += 1;
        const below = selection.selectionSet ? this.measure(selection.selectionSet) : EMPTY;
        // The field itself, and what it selects once per item of the page it asks for.
        inner = { ...below, depth: below.depth + 1, cost: 1 + pageSize(selection) * below.cost };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = this.measure(selection.selectionSet);
      } else {
        inner = this.fragment(selection.name.value, (fragment) => this.measure(fragment.selectionSet), this.measured, EMPTY);
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.aliases += inner.aliases;
      total.directives += inner.directives;
      total.cost += inner.cost;
    }
    return total;
  }

  /** How many times each root field is asked for, through fragments (a fragment can hold many aliased copies). */
  rootFields(selectionSet: SelectionSetNode): Map<string, number> {
    const counts = new Map<string, number>();
    const add = (name: string, count: number) => counts.set(name, (counts.get(name) ?? 0) + count);
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) add(selection.name.value, 1);
      else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? this.rootFields(selection.selectionSet)
            : this.fragment(selection.name.value, (fragment) => this.rootFields(fragment.selectionSet), this.rootCounts, new Map());
        for (const [name, count] of inner) add(name, count);
      }
    }
    return counts;
  }

  /** A fragment's figures, computed once; `empty` for an unknown fragment or one inside its own expansion. */
  private fragment<T>(name: string, compute: (fragment: FragmentDefinitionNode) => T, cache: Map<string, T>, empty: T): T {
    const known = cache.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || this.visiting.has(name)) return empty;
    this.visiting.add(name);
    const result = compute(fragment);
    this.visiting.delete(name);
    cache.set(name, result);
    return result;
  }
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
      const measuring = new OperationMeasure(fragments);
      const found = measuring.measure(operation.selectionSet);
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
      const root = measuring.rootFields(operation.selectionSet);
      for (const name of OPERATION_LIMITS.oncePerRequest) {
        const count = root.get(name) ?? 0;
        if (count > 1) {
          context.reportError(tooComplex(`${name} per request`, 1, count, first));
          return;
        }
      }
    },
  };
};
