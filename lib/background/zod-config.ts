import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * zod/mini for the worker's messages: no JIT parsers (the extension's CSP
 * forbids eval, and zod's probe for it, `Function('')`, is reported as a
 * violation), and English error messages, because a refused request's error
 * goes back to its sender and should say what was wrong ("Too big: expected
 * string to have <=200 characters", not "Invalid input").
 */
export function configureZod(): void {
  z.config({ ...en(), jitless: true });
}
