/**
 * How an area declares its part of the API contract: one entry per method, a zod schema for the input
 * and a phantom type for the output. `shared/api/contract.ts` composes the areas' parts.
 */
import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Never read at run time: carries the output type. */
  output?: O;
}

/** `method<Output>()(inputSchema)`: the output type is named, the input type is inferred. */
export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}

export type ContractPart = Record<string, MethodSpec<z.ZodType, unknown>>;
