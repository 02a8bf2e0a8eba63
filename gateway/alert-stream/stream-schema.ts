/**
 * The schema the alert stream validates subscriptions against: the gateway's API schema plus
 * `Subscription.alertRaised`. Apollo Gateway executes no subscriptions, so this one field is served by the
 * gateway process itself (alert-poller.ts), with the graph's own `Alert` type: one definition of an alert.
 */
import { extendSchema, parse, type GraphQLSchema } from 'graphql';

const SUBSCRIPTION_SDL = /* GraphQL */ `
  """
  Live events, over GraphQL over Server-Sent Events at /graphql/stream.
  """
  type Subscription {
    """
    Each alert you may see, recorded after \`after\` (the cursor of the last one you received), in the order
    they were recorded, then new ones as they are recorded. At-least-once: drop repeats by id.
    """
    alertRaised(after: String): Alert!
  }
`;

/** The stream schema, or null when the graph has no alerts (e.g. a test supergraph). */
export function alertStreamSchema(apiSchema: GraphQLSchema): GraphQLSchema | null {
  if (!apiSchema.getType('Alert') || !apiSchema.getQueryType()?.getFields().alerts) return null;
  return extendSchema(apiSchema, parse(SUBSCRIPTION_SDL));
}
