import { ParentBasedSampler, type Sampler, SamplingDecision } from "@opentelemetry/sdk-trace-node";

/** Prisma's span names: prisma:client:operation, prisma:client:db_query, prisma:client:transaction… */
const DATABASE_SPAN = "prisma:";

/**
 * Starts a trace for every request, but never for a database call alone: queries outside any
 * request (start-up's demo load, the hourly score recording) would each become a one-span trace,
 * thousands at start-up, crowding out the requests' traces in the export queue.
 */
const requestsNotLoneQueries: Sampler = {
  shouldSample: (_context, _traceId, spanName) => ({ decision: spanName.startsWith(DATABASE_SPAN) ? SamplingDecision.NOT_RECORD : SamplingDecision.RECORD_AND_SAMPLED }),
  toString: () => "RequestsNotLoneQueries",
};

/** Children follow their parent (a caller's `traceparent` flags included); new traces start as above. */
export const topographSampler: Sampler = new ParentBasedSampler({ root: requestsNotLoneQueries });
