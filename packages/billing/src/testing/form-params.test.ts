import { describe, expect, it } from 'vitest';
import { parseStripeForm } from './form-params.ts';

describe('parseStripeForm', () => {
  it('nests bracketed names as Stripe reads them: numeric keys make arrays', () => {
    const body =
      'mode=subscription&line_items%5B0%5D%5Bprice%5D=price_1&line_items%5B0%5D%5Bquantity%5D=1&line_items%5B1%5D%5Bprice%5D=price_2&metadata%5Buser_id%5D=u1&expand%5B0%5D=customer';
    expect(parseStripeForm(body)).toEqual({
      mode: 'subscription',
      line_items: [{ price: 'price_1', quantity: '1' }, { price: 'price_2' }],
      metadata: { user_id: 'u1' },
      expand: ['customer'],
    });
  });

  it('reads an empty body as no parameters', () => {
    expect(parseStripeForm('')).toEqual({});
  });
});
