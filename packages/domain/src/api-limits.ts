/**
 * How many procedure calls one batched HTTP request may carry. The web client batches what a page
 * asks for in the same tick (a few dozen at most); the server refuses larger batches with 400, so
 * one request cannot fan out into thousands of calls.
 */
export const MAX_CALLS_PER_BATCH = 50;
