/* global process */
// Preloaded into the built CLI by a test (NODE_OPTIONS=--require): `new Date()` and `Date.now()` read
// FIXED_NOW (ms since 1970) instead of the machine's clock; the local zone is still the process's (TZ).
const fixedNow = Number(process.env.FIXED_NOW);
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args) {
    super(...(args.length === 0 ? [fixedNow] : args));
  }
  static now() {
    return fixedNow;
  }
}
globalThis.Date = FixedDate;
