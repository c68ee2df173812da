/**
 * How an area declares its part of the API contract: one entry per method, a zod schema for the input
 * and a phantom type for the output. `shared/api/contract.ts` composes the areas' parts.
 */
import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Never read at run time: carries the output type. */
  output?: O;
  /**
   * Running the call twice leaves the same state and gives the same answer (a read, or a save of a whole
   * item by its id). Only such a call is sent once more when the backend process dies before it answers:
   * the host cannot know whether the first attempt committed, and a second create would make a duplicate.
   */
  repeatable?: true;
}

export interface MethodOptions {
  repeatable?: true;
}

/** `method<Output>()(inputSchema, { repeatable: true })`: the output type is named, the input type is inferred. */
export function method<O>() {
  return <I extends z.ZodType>(input: I, options: MethodOptions = {}): MethodSpec<I, O> => ({ input, ...options });
}

export type ContractPart = Record<string, MethodSpec<z.ZodType, unknown>>;
