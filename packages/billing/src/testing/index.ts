export { type FormValue, parseStripeForm } from './form-params.ts';
export {
  type DeliverOptions,
  type StripeFake,
  type StripeFakeDelivery,
  type StripeFakeEvent,
  type StripeFakeOptions,
  type StripeFakePrice,
  type StripeFakeRequest,
  startStripeFake,
} from './stripe-fake.ts';
export { stripeEnv } from './stripe-env.ts';
