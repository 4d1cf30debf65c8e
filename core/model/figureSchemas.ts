import * as z from "zod/mini";

/** A share in [0, 1], or `null` when its denominator is empty. */
export const shareSchema = z.nullable(z.number().check(z.gte(0), z.lte(1)));
/** A number of days, or `null` when there is nothing to measure. */
export const daysSchema = z.nullable(z.number());
/** A whole count, never negative. */
export const countSchema = z.number().check(z.int(), z.gte(0));
/** An amount (money, or money per day), or `null` when an input is missing. */
export const amountSchema = z.nullable(z.number());
