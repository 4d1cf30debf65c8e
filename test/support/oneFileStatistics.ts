/**
 * Traces of simple-statistics' one-file build (dist/simple-statistics.{mjs,cjs,min.js}) in a bundle. That file
 * also holds code a bundler cannot drop because it runs at load: a Bayesian classifier's and a perceptron's
 * classes (prototype methods `train`, `score`, `predict`; `this.totalCount`, `this.weights`) and a standard
 * normal table of 310 values computed in a loop. Every build takes the package by function instead
 * (scripts/simpleStatisticsByFunction.mjs). The pattern matches these traces minified or not; the core's own
 * `.weights` (the sample's lost reasons, the lead-scoring copy) is never `this.weights`.
 * @example
 * ONE_FILE_STATISTICS.test("i.prototype.train=function(t,r){") //=> true
 * ONE_FILE_STATISTICS.test("this.weights = [];") //=> true
 * ONE_FILE_STATISTICS.test("reasons.map((reason) => reason.weights[phase])") //=> false
 */
export const ONE_FILE_STATISTICS = /\.prototype\.(train|score|predict)\s*=|this\.weights\b|\btotalCount\b/;
