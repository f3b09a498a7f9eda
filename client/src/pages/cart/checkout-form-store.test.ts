import { describe, expect, it } from 'vitest';
import { checkoutDetails, fieldErrors } from './checkout-form-store';

const empty = { contact: { email: '', phone: '' }, address: { name: '', line1: '', line2: '', postcode: '', city: '', country: 'FR' } };
const filled = {
  contact: { email: ' ada@example.org ', phone: '' },
  address: { name: 'Ada', line1: '1 rue de Rivoli', line2: ' ', postcode: '75 004', city: 'Paris', country: 'FR' },
};

describe('checkout form', () => {
  it('asks for the e-mail always, and for the address only when lines ship', () => {
    expect(fieldErrors(empty, false)).toEqual({ email: 'required' });
    expect(fieldErrors(empty, true)).toEqual({ email: 'required', name: 'required', line1: 'required', postcode: 'required', city: 'required' });
    expect(fieldErrors(filled, true)).toEqual({});
  });
  it('says what is wrong with the postcode and the city as the server would', () => {
    expect(fieldErrors({ ...filled, address: { ...filled.address, postcode: '7500' } }, true)).toEqual({ postcode: 'postcode_format' });
    expect(fieldErrors({ ...filled, address: { ...filled.address, postcode: '69003' } }, true)).toEqual({ city: 'city_mismatch' });
    expect(fieldErrors({ ...filled, contact: { email: 'ada@', phone: 'abc' } }, true)).toEqual({ email: 'email', phone: 'phone' });
  });
  it('sends trimmed contact and address, without empty optional fields', () => {
    expect(checkoutDetails(filled, true)).toEqual({
      contact: { email: 'ada@example.org' },
      shippingAddress: { name: 'Ada', line1: '1 rue de Rivoli', postcode: '75004', city: 'Paris', country: 'FR' },
    });
    expect(checkoutDetails(filled, false)).toEqual({ contact: { email: 'ada@example.org' } });
  });
});
