import type { TemplateOptions } from "../../core/template/types";

/** The templates the host benchmarks generate: default, many stages, large sample. */
export const BENCH_TEMPLATES: readonly (readonly [string, TemplateOptions])[] = [
  ["default (6 stages), no sample", { locale: "zh-CN" }],
  ["12 stages, no sample", { locale: "en", stages: ["Prospect", "Lead", "MQL", "SQL", "Discovery", "Demo", "Proposal", "Quote", "Negotiation", "Legal", "Signature", "Won"] }],
  ["default, 5,000 sample deals", { locale: "zh-CN", sampleDeals: 5000 }],
];
